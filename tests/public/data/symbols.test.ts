import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../utils/finance/symbol-table';
import { SEED_COMPANIES } from '../../support/seed-labels';
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
    // 二三四五 has since been renamed 岩山科技; the old name stays an alias.
    for (const [name, value] of SEED_COMPANIES) {
      const listing = listings.find((l) => l.value === value);
      expect(listing?.lists, `${name} ${value}`).toContain('SEED');
      expect(
        listing?.names.map((n) => n.text),
        value,
      ).toContain(name);
    }
  });
});
