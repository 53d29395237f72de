import { describe, expect, it } from 'vitest';
import { parseHkexXlsx } from '../../../utils/symbol-lists/hkex';
import { fixtureBytes } from './support';

const summary = (l: { value: string; zh: string | null; en: string | null; lists: string[] }) => [
  l.value,
  l.zh,
  l.en,
  l.lists.join('|'),
];

describe('HKEX list of securities', () => {
  it('keeps HKD Main Board and GEM equities, named in simplified Chinese from the _c file', () => {
    const listings = parseHkexXlsx(fixtureBytes('hkex-en.xlsx'), fixtureBytes('hkex-zh.xlsx'));
    expect(listings.map(summary)).toEqual([
      ['00001.HK', '长和', 'CKH HOLDINGS', 'HKEX'],
      ['00700.HK', '腾讯控股', 'TENCENT', 'HKEX'],
      ['08083.HK', '中国有赞', 'CHINA YOUZAN', 'HKEX'],
      ['09988.HK', '阿里巴巴-W', 'BABA-W', 'HKEX'],
    ]);
    // Left out: the tracker fund 02800 and 80700, the RMB counter of Tencent.
    expect(listings[3]!.names.map((n) => n.text)).toEqual([
      '阿里巴巴-W',
      'BABA-W',
      '阿里巴巴',
      'BABA',
    ]);
    // Hong Kong news writes the traditional name, which stays a name too.
    expect(listings[1]!.names.map((n) => n.text)).toEqual(['腾讯控股', 'TENCENT', '騰訊控股']);
  });

  it('works without the Chinese file, and refuses a workbook without its header', () => {
    expect(parseHkexXlsx(fixtureBytes('hkex-en.xlsx')).map((l) => [l.value, l.zh])).toEqual([
      ['00001.HK', null],
      ['00700.HK', null],
      ['08083.HK', null],
      ['09988.HK', null],
    ]);
    expect(() => parseHkexXlsx(fixtureBytes('szse-a.xlsx'))).toThrow(
      /HKEX list of securities: ListOfSecurities\.xlsx has no "Stock Code" header row/,
    );
  });
});
