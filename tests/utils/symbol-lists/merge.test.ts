import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../utils/finance/directory';
import { crossCheck, parseSymbolTable, type Listing } from '../../../utils/finance/symbol-table';
import { parseBseList } from '../../../utils/symbol-lists/bse';
import { parseHkexXlsx } from '../../../utils/symbol-lists/hkex';
import { mergeListings } from '../../../utils/symbol-lists/merge';
import { parseNasdaqListed, parseOtherListed } from '../../../utils/symbol-lists/nasdaq';
import { parseSseList } from '../../../utils/symbol-lists/sse';
import { parseSzseXlsx } from '../../../utils/symbol-lists/szse';
import { toSymbolTable } from '../../../utils/symbol-lists/table-text';
import { loadShippedListings } from '../../support/shipped-directory';
import { fixtureBytes, fixtureText } from './support';

const table = (lines: string[]) => {
  const { listings, problems } = parseSymbolTable(lines.join('\n'));
  expect(problems).toEqual([]);
  return listings;
};

const shipped = table([
  '600519\tSH\t贵州茅台\tKweichow Moutai\t~茅台\tCSI300\t',
  'AAPL\tUS\t苹果\tApple Inc.\tApple\tSPX\t',
]);

const downloaded = table([
  '600519\tSH\t贵州茅台\tKweichow Moutai Co.,Ltd.\t\tSSE\t',
  '920185\tBJ\t贝特瑞\t\t\tBSE\t',
  // Its English name belongs to the shipped AAPL (case aside): dropped, the alias stays.
  'APLE\tUS\t\tAPPLE INC.\tApple Hospitality REIT\tNYSE\t',
  // Nothing left once "Apple" goes: the listing is dropped.
  'APPL\tUS\t\tapple\t\tNYSE\t',
  'GOOG\tUS\t\tAlphabet Inc.\t\tNASDAQ\t',
  'GOOGL\tUS\t\tAlphabet Inc.\t\tNASDAQ\t',
]);

describe('mergeListings', () => {
  const merged = mergeListings(shipped, downloaded);
  const byValue = (value: string) => merged.find((l) => l.value === value);

  it('keeps the shipped listing whole for a value in both', () => {
    expect(byValue('600519.SH')).toBe(shipped[0]);
    expect(merged.filter((l) => l.value === '600519.SH')).toHaveLength(1);
  });

  it('adds downloaded-only listings', () => {
    expect(byValue('920185.BJ')).toEqual(downloaded[1]);
    expect(merged.map((l) => l.value)).toEqual([
      '600519.SH',
      'AAPL',
      '920185.BJ',
      'APLE',
      'GOOG',
      'GOOGL',
    ]);
  });

  it('drops a name a different shipped company owns, and a listing left nameless', () => {
    expect(byValue('APLE')).toMatchObject({
      zh: null,
      en: null,
      names: [{ text: 'Apple Hospitality REIT', ordinaryWord: false }],
    });
    expect(byValue('APPL')).toBeUndefined();
  });

  it('links two downloaded listings of one name as one company', () => {
    expect(byValue('GOOG')!.sameAs).toBeNull();
    expect(byValue('GOOGL')).toMatchObject({ sameAs: 'GOOG', en: 'Alphabet Inc.' });
    expect(buildDirectory(merged).findNames('Alphabet Inc. said')[0]!.listing.value).toBe('GOOG');
  });

  it('gives a result that crossCheck accepts and the table format round-trips', () => {
    expect(crossCheck(merged)).toEqual([]);
    expect(parseSymbolTable(toSymbolTable(merged)).listings).toEqual(merged);
  });

  it('adds the fixture lists to the real shipped tables without a name clash', () => {
    const real = loadShippedListings().listings;
    expect(crossCheck(real)).toEqual([]);
    const lists: Listing[] = [
      ...parseNasdaqListed(fixtureText('nasdaqlisted.txt')),
      ...parseOtherListed(fixtureText('otherlisted.txt')),
      ...parseSseList(fixtureText('sse-main.json')),
      ...parseSseList(fixtureText('sse-star.json')),
      ...parseSzseXlsx(fixtureBytes('szse-a.xlsx')),
      ...parseBseList(fixtureText('bse-page0.txt')),
      ...parseBseList(fixtureText('bse-page1.txt')),
      ...parseHkexXlsx(fixtureBytes('hkex-en.xlsx'), fixtureBytes('hkex-zh.xlsx')),
    ];
    // Without the merge, the lists clash with the shipped tables (AAPL twice, …).
    expect(crossCheck([...real, ...lists]).length).toBeGreaterThan(10);
    const all = mergeListings(real, lists);
    expect(crossCheck(all)).toEqual([]);
    // (PFBC, in the fixture's Nasdaq list, ships already as an S&P SmallCap 600 member)
    expect(all.slice(real.length).map((l) => l.value)).toEqual([
      'QQQ',
      'ET',
      'SPY',
      'UEC',
      '08083.HK',
    ]);
    // 831010 凯添燃气 is the old code of a shipped company (920010): its only name is taken.
    expect(real.find((l) => l.zh === '凯添燃气')?.value).toBe('920010.BJ');
    expect(all.some((l) => l.value === '831010.BJ')).toBe(false);
  });
});
