import { describe, expect, it } from 'vitest';
import {
  parseNasdaqListed,
  parseOtherListed,
  usLegalName,
} from '../../../utils/symbol-lists/nasdaq';
import { SourceError } from '../../../utils/symbol-lists/sources';
import { fixtureText } from './support';

const summary = (l: { value: string; zh: string | null; en: string | null; lists: string[] }) => [
  l.value,
  l.zh,
  l.en,
  l.lists.join('|'),
];

describe('Nasdaq Trader symbol directory', () => {
  it('keeps common stock, ADS, share classes and ETFs from nasdaqlisted.txt', () => {
    expect(parseNasdaqListed(fixtureText('nasdaqlisted.txt')).map(summary)).toEqual([
      ['AAPL', null, 'Apple Inc.', 'NASDAQ'],
      ['GOOG', null, 'Alphabet Inc.', 'NASDAQ'],
      ['GOOGL', null, 'Alphabet Inc.', 'NASDAQ'],
      ['PDD', null, 'PDD Holdings Inc.', 'NASDAQ'],
      // "Preferred" in the company's name, not its description: kept.
      ['PFBC', null, 'Preferred Bank', 'NASDAQ'],
      ['QQQ', null, 'Invesco QQQ Trust, Series 1', 'NASDAQ'],
    ]);
    // Dropped: the preferred (AGNCN), notes (OXLCZ), rights/unit/warrant (SVII*), the test issue.
  });

  it('lists otherlisted.txt rows by exchange and reads its ACT Symbol convention', () => {
    const listings = parseOtherListed(fixtureText('otherlisted.txt'));
    expect(listings.map(summary)).toEqual([
      ['A', null, 'Agilent Technologies, Inc.', 'NYSE'],
      ['BABA', null, 'Alibaba Group Holding Limited', 'NYSE'],
      ['BRK.A', null, 'Berkshire Hathaway Inc.', 'NYSE'],
      ['BRK.B', null, 'Berkshire Hathaway Inc.', 'NYSE'],
      ['CBOE', null, 'Cboe Global Markets, Inc.', 'CBOE'],
      ['ET', null, 'Energy Transfer LP', 'NYSE'],
      ['SPY', null, 'SPDR S&P 500 ETF Trust', 'NYSE Arca'],
      ['UEC', null, 'Uranium Energy Corp.', 'NYSE American'],
    ]);
    // AAC.U / AAC.W / AIIA.R look like share classes but are a unit, a warrant and rights.
    expect(listings.map((l) => l.code)).not.toContain('AAC.W');
    expect(listings[0]).toEqual({
      code: 'A',
      market: 'US',
      value: 'A',
      zh: null,
      en: 'Agilent Technologies, Inc.',
      names: [{ text: 'Agilent Technologies, Inc.', ordinaryWord: false }],
      lists: ['NYSE'],
      sameAs: null,
    });
  });

  it('drops ACT .U/.W/.R symbols even when the name does not say unit, warrant or rights', () => {
    const text = [
      'ACT Symbol|Security Name|Exchange|CQS Symbol|ETF|Round Lot Size|Test Issue|NASDAQ Symbol',
      'XYZ.U|XYZ Acquisition Corp|N|XYZ.U|N|100|N|XYZ=',
      'XYZ.W|XYZ Acquisition Corp|N|XYZ.WS|N|100|N|XYZ+',
      'XYZ.R|XYZ Acquisition Corp|N|XYZr|N|100|N|XYZ^',
      'XYZ.B|XYZ Acquisition Corp|N|XYZ.B|N|100|N|XYZ.B',
      'File Creation Time: 1009202621:31|||||||',
    ].join('\n');
    expect(parseOtherListed(text).map((l) => l.value)).toEqual(['XYZ.B']);
  });

  it('cleans the security description off the legal name', () => {
    expect(usLegalName('Apple Inc. - Common Stock')).toBe('Apple Inc.');
    expect(usLegalName('Alphabet Inc. - Class A Common Stock')).toBe('Alphabet Inc.');
    expect(
      usLegalName('Taiwan Semiconductor Manufacturing Company Ltd. American Depositary Shares'),
    ).toBe('Taiwan Semiconductor Manufacturing Company Ltd.');
    expect(usLegalName('Berkshire Hathaway Inc.')).toBe('Berkshire Hathaway Inc.');
  });

  it('refuses a file without its header or its File Creation Time row', () => {
    const text = fixtureText('nasdaqlisted.txt');
    const cut = text.slice(0, text.indexOf('File Creation Time'));
    expect(() => parseNasdaqListed(cut)).toThrow(SourceError);
    expect(() => parseNasdaqListed(cut)).toThrow(/nasdaqlisted\.txt.*truncated/);
    expect(() => parseOtherListed(text)).toThrow(/otherlisted\.txt does not start with/);
  });
});
