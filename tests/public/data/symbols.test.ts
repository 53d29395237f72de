import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../utils/finance/symbol-table';
import { loadShippedListings } from '../../support/shipped-directory';

/** Validates every entry of the shipped symbol tables (public/data/symbols/*.tsv). */
describe('shipped symbol directory', () => {
  const { listings, problems } = loadShippedListings();
  const members = (list: string) => listings.filter((l) => l.lists.includes(list) && !l.sameAs);

  it('parses with no malformed row (codes, exchanges, columns)', () => {
    expect(problems).toEqual([]);
  });

  it('has no name shared by two companies and no broken same_as link', () => {
    expect(crossCheck(listings)).toEqual([]);
  });

  it('covers the indices it claims', () => {
    expect(members('CSI300').length).toBe(300);
    expect(listings.filter((l) => l.lists.includes('STAR50')).length).toBe(50);
    expect(listings.filter((l) => l.lists.includes('HSTECH')).length).toBe(30);
    expect(listings.filter((l) => l.lists.includes('HSI')).length).toBeGreaterThanOrEqual(80);
    expect(listings.filter((l) => l.lists.includes('SPX')).length).toBeGreaterThanOrEqual(500);
    expect(listings.filter((l) => l.lists.includes('NDX')).length).toBeGreaterThanOrEqual(100);
  });

  it("holds the seed article's sixteen companies", () => {
    const seed = listings.filter((l) => l.lists.includes('SEED')).map((l) => `${l.zh} ${l.value}`);
    expect(seed.sort()).toEqual(
      [
        '英飞拓 002528.SZ',
        '数字政通 300075.SZ',
        '榕基软件 002474.SZ',
        '德生科技 002908.SZ',
        '科创信息 300730.SZ',
        '用友网络 600588.SH',
        '久远银海 002777.SZ',
        '石基信息 002153.SZ',
        '捷成股份 300182.SZ',
        '任子行 300311.SZ',
        '四维图新 002405.SZ',
        '普联软件 300996.SZ',
        '奇安信 688561.SH',
        '北信源 300352.SZ',
        '中国软件 600536.SH',
        '岩山科技 002195.SZ',
      ].sort(),
    );
  });
});
