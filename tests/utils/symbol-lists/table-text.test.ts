import { describe, expect, it } from 'vitest';
import { parseSymbolTable, type Listing } from '../../../utils/finance/symbol-table';
import { parseSseList } from '../../../utils/symbol-lists/sse';
import { toSymbolTable } from '../../../utils/symbol-lists/table-text';
import { loadShippedListings } from '../../support/shipped-directory';
import { fixtureText } from './support';

describe('toSymbolTable', () => {
  it('writes the seven-column format, ~ flags and same_as included', () => {
    const [moutai] = parseSseList(fixtureText('sse-main.json')).slice(1);
    const curated: Listing = {
      ...moutai!,
      names: [...moutai!.names, { text: '茅台', ordinaryWord: true }],
      lists: ['SSE', 'CSI300'],
    };
    expect(toSymbolTable([curated])).toBe(
      '600519\tSH\t贵州茅台\tKweichow Moutai Co.,Ltd.\t~茅台\tSSE|CSI300\t\n',
    );
    const text = toSymbolTable([curated], 'Downloaded 2026-10-09');
    expect(text.split('\n')[0]).toBe('# Downloaded 2026-10-09');
    expect(parseSymbolTable(text)).toEqual({ listings: [curated], problems: [] });
  });

  it('writes a second-mention short name with ^ and reads it back so', () => {
    const text = 'LRCX\tUS\t\tLam Research\t^Lam\tSPX\t\n';
    const { listings, problems } = parseSymbolTable(text);
    expect(problems).toEqual([]);
    expect(listings[0]!.names[1]).toEqual({ text: 'Lam', ordinaryWord: true, secondMention: true });
    expect(toSymbolTable(listings)).toBe(text);
  });

  it('round-trips every shipped listing exactly', () => {
    const { listings } = loadShippedListings();
    expect(listings.length).toBeGreaterThan(6000);
    const again = parseSymbolTable(toSymbolTable(listings));
    expect(again.problems).toEqual([]);
    expect(again.listings).toEqual(listings);
  });

  it('cleans names that would break a cell', () => {
    const broken: Listing = {
      code: 'ABC',
      market: 'US',
      value: 'ABC',
      zh: null,
      en: 'Alpha\tBeta|Gamma\nInc.',
      names: [
        { text: 'Alpha\tBeta|Gamma\nInc.', ordinaryWord: false },
        { text: '~Tilde Co', ordinaryWord: false },
        { text: ' | ', ordinaryWord: false },
      ],
      lists: ['NYSE|Arca'],
      sameAs: null,
    };
    const text = toSymbolTable([broken]);
    expect(text).toBe('ABC\tUS\t\tAlpha Beta Gamma Inc.\tTilde Co\tNYSE Arca\t\n');
    const { listings, problems } = parseSymbolTable(text);
    expect(problems).toEqual([]);
    expect(listings[0]!.names.map((n) => n.text)).toEqual(['Alpha Beta Gamma Inc.', 'Tilde Co']);
  });
});
