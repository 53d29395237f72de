import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../utils/finance/directory';
import { parseTickerInput } from '../../../utils/finance/markets';
import { recognize } from '../../../utils/finance/recognize';
import { parseSymbolTable } from '../../../utils/finance/symbol-table';
import {
  aliasProblem,
  applyUserSymbols,
  cleanUserSymbols,
  withAliases,
  type UserSymbols,
} from '../../../utils/finance/user-symbols';
import { SMALL_TABLE } from './small-directory';

const listings = parseSymbolTable(SMALL_TABLE).listings;
const symbols = (partial: Partial<UserSymbols>): UserSymbols => ({
  watchlist: [],
  aliases: [],
  mutes: [],
  ...partial,
});
const tickersIn = (text: string, user: UserSymbols) => {
  const directory = buildDirectory(withAliases(listings, user.aliases));
  return applyUserSymbols(
    recognize(text, { publishedAt: null, lang: null, directory }),
    user,
    directory,
  ).filter((e) => e.kind === 'ticker');
};

describe('parseTickerInput: tickers as readers type them', () => {
  it.each([
    ['600519', '600519.SH'],
    ['sh600519', '600519.SH'],
    ['600519.ss', '600519.SH'],
    ['000001.SZ', '000001.SZ'],
    ['830799', '830799.BJ'],
    ['1810.hk', '01810.HK'],
    ['HK01810', '01810.HK'],
    ['700', '00700.HK'],
    ['$aapl', 'AAPL'],
    [' brk-b ', 'BRK.B'],
    ['GOOGL', 'GOOGL'],
  ])('%s → %s', (input, value) => {
    expect(parseTickerInput(input)?.value).toBe(value);
  });

  it.each(['', '600519.SZ', '123456', '00000', 'TOOLONG', 'AA1', '小米'])('refuses %j', (input) => {
    expect(parseTickerInput(input)).toBeNull();
  });
});

describe('cleanUserSymbols', () => {
  it('keeps well-formed entries, normalised, and drops repeats and junk', () => {
    expect(
      cleanUserSymbols({
        watchlist: ['1810.hk', '01810.HK', 'nonsense!', 42, 'aapl'],
        aliases: [
          { text: ' 小米 ', value: '1810' },
          { text: '小米', value: 'AAPL' },
          { text: 'x', value: 'AAPL' },
          { text: 'Google', value: 'not a ticker!' },
          'junk',
          null,
        ],
        mutes: ['长城', ' 长城 ', '', 7],
      }),
    ).toEqual({
      watchlist: ['01810.HK', 'AAPL'],
      aliases: [{ text: '小米', value: '01810.HK' }],
      mutes: ['长城'],
    });
    expect(cleanUserSymbols('garbage')).toEqual({ watchlist: [], aliases: [], mutes: [] });
  });

  it('says why an alias cannot be kept', () => {
    expect(aliasProblem('小', '01810')).toBe('aliasTooShort');
    expect(aliasProblem('a'.repeat(41), 'AAPL')).toBe('aliasTooLong');
    expect(aliasProblem('小米', '01810.SZ')).toBe('tickerUnknownForm');
    expect(aliasProblem('小米', '1810.HK')).toBeNull();
  });
});

describe('the reader’s symbols on recognition', () => {
  it('an alias names its company, for a listing known or not', () => {
    const user = symbols({
      aliases: [
        { text: '小米', value: '01810.HK' },
        { text: 'Googs', value: 'GOOGL' },
      ],
    });
    const found = tickersIn('小米发布新机，Googs rallied.', user);
    expect(found.map((e) => [e.text, e.value])).toEqual([
      ['小米', '01810.HK'],
      ['Googs', 'GOOGL'],
    ]);
    // Without the aliases neither is recognised.
    expect(tickersIn('小米发布新机，Googs rallied.', symbols({}))).toEqual([]);
  });

  it('an alias takes a name from the company that had it', () => {
    const user = symbols({ aliases: [{ text: 'Target', value: 'TGT' }] });
    // ~Target alone needs context; as the reader's alias it needs none.
    expect(tickersIn('Target cut prices again.', symbols({}))).toEqual([]);
    expect(tickersIn('Target cut prices again.', user).map((e) => e.value)).toEqual(['TGT']);
    const moved = symbols({ aliases: [{ text: 'Apple', value: 'AMZN' }] });
    expect(tickersIn('Apple (the fruit stand) opened.', moved).map((e) => e.value)).toEqual([
      'AMZN',
    ]);
  });

  it('a muted ticker hides the company however it is written, across its listings', () => {
    const text = '阿里巴巴（09988.HK）涨3%，Alibaba (NYSE: BABA) rose, and Apple fell.';
    expect(tickersIn(text, symbols({})).map((e) => e.value)).toEqual(['09988.HK', 'BABA', 'AAPL']);
    expect(tickersIn(text, symbols({ mutes: ['9988'] })).map((e) => e.value)).toEqual(['AAPL']);
    expect(tickersIn(text, symbols({ mutes: ['$baba'] })).map((e) => e.value)).toEqual(['AAPL']);
  });

  it('a muted word hides that spelling only; a capitalised word is not taken for a ticker', () => {
    const text = 'Apple fell; Apple Inc. (AAPL) later recovered. 苹果公司也在下跌。';
    const found = tickersIn(text, symbols({ mutes: ['apple'] }));
    expect(found.map((e) => e.text)).toEqual(['Apple Inc. (AAPL)', '苹果公司']);
    expect(tickersIn(text, symbols({ mutes: ['AAPL'] }))).toEqual([]);
  });

  it('a watched company is flagged on every listing, and nothing else is', () => {
    const text = '阿里巴巴（09988.HK）涨3%，Alibaba (NYSE: BABA) rose, and Apple fell.';
    const found = tickersIn(text, symbols({ watchlist: ['BABA'] }));
    expect(found.map((e) => [e.value, e.kind === 'ticker' ? (e.watchedAs ?? null) : null])).toEqual(
      [
        ['09988.HK', 'BABA'],
        ['BABA', 'BABA'],
        ['AAPL', null],
      ],
    );
    expect(found.map((e) => 'watched' in e && e.watched === true)).toEqual([true, true, false]);
    // Both listings watched: each is covered by its own entry.
    const both = tickersIn(text, symbols({ watchlist: ['BABA', '09988.HK'] }));
    expect(both.map((e) => (e.kind === 'ticker' ? e.watchedAs : null))).toEqual([
      '09988.HK',
      'BABA',
      undefined,
    ]);
  });
});
