import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeProblem,
  EXCHANGES,
  marketById,
  marketOf,
  MARKETS,
  parseTickerInput,
  tickerValue,
  type Exchange,
  type FoundCode,
} from '../../../utils/finance/markets';
import { parseSymbolTable } from '../../../utils/finance/symbol-table';
import { SYMBOL_SOURCES } from '../../../utils/symbol-lists/sources';
import { SYMBOLS_DIR } from '../../support/shipped-directory';

describe('the market registry', () => {
  it('holds the markets in a fixed order, each owning its exchanges', () => {
    expect(MARKETS.map((m) => m.id)).toEqual(['cn', 'hk', 'us']);
    expect(EXCHANGES).toEqual(['SH', 'SZ', 'BJ', 'HK', 'US']);
    for (const m of MARKETS) {
      expect(m.exchanges.length, m.id).toBeGreaterThan(0);
      for (const e of m.exchanges) expect(marketOf(e)).toBe(m);
      expect(marketById(m.id)).toBe(m);
    }
  });

  it.each(MARKETS.map((m) => [m.id, m] as const))(
    '%s has code shapes, written forms that read their own examples, and a bracket shape',
    (_, m) => {
      expect(m.forms.length).toBeGreaterThan(0);
      expect(() => new RegExp(`^(?:${m.bracket.shape})$`)).not.toThrow();
      for (const form of m.forms) {
        expect(form.examples.length).toBeGreaterThan(0);
        for (const [text, value] of form.examples) {
          if (form.needs)
            expect(
              form.needs.some((k) => text.includes(k)),
              text,
            ).toBe(true);
          const found: FoundCode[] = [];
          // No directory: an example must be explicit on its own, unless the form takes
          // only the codes a directory knows.
          form.find({ text, known: () => !!form.knownOnly }, (c) => found.push(c));
          if (form.knownOnly) {
            const unknown: FoundCode[] = [];
            form.find({ text, known: () => false }, (c) => unknown.push(c));
            expect(unknown, text).toEqual([]);
          }
          expect(
            found.map((c) => tickerValue(c.code, c.exchange as Exchange)),
            text,
          ).toEqual([value]);
        }
      }
    },
  );

  it('gives each bracketed code to one market only', () => {
    const shapes = MARKETS.map((m) => new RegExp(`^(?:${m.bracket.shape})$`));
    for (const code of ['600519', '01024', '2318', 'NFLX', 'BRK.B', '12345', 'A']) {
      expect(shapes.filter((s) => s.test(code)).length, code).toBe(1);
    }
  });

  it('every market has quote sites, one at least linked by default, ids unique across markets', () => {
    const ids = MARKETS.flatMap((m) => m.quoteSites.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MARKETS) {
      expect(m.quoteSites.length, m.id).toBeGreaterThan(0);
      expect(
        m.quoteSites.some((s) => s.byDefault),
        m.id,
      ).toBe(true);
    }
  });

  it('names only list sources that utils/symbol-lists/sources.ts implements, each once', () => {
    const owned = MARKETS.flatMap((m) => m.sources.map((s) => s.id));
    expect([...owned].sort()).toEqual(SYMBOL_SOURCES.map((s) => s.id).sort());
    expect(new Set(owned).size).toBe(owned.length);
  });

  it('ships every table it names, and every shipped table holds only its exchanges', () => {
    const tables = MARKETS.flatMap((m) => m.tables);
    const shipped = readdirSync(SYMBOLS_DIR).filter((f) => f.endsWith('.tsv'));
    expect([...tables].sort()).toEqual(shipped.sort());
    for (const m of MARKETS) {
      expect(m.tables.length, m.id).toBeGreaterThan(0);
      for (const file of m.tables) {
        const path = join(SYMBOLS_DIR, file);
        expect(existsSync(path), file).toBe(true);
        const { listings } = parseSymbolTable(readFileSync(path, 'utf8'));
        expect(listings.length, file).toBeGreaterThan(0);
        const foreign = listings.filter((l) => !(m.exchanges as string[]).includes(l.market));
        expect(
          foreign.map((l) => l.value),
          file,
        ).toEqual([]);
        // Every quote site builds an https link for the table's listings.
        for (const site of m.quoteSites) {
          const l = listings[0]!;
          expect(site.url(l.value.split('.')[0]!, l.value, l.market)).toMatch(/^https:\/\//);
        }
      }
    }
  });
});

describe('normalisation, market by market', () => {
  it.each([
    // cn: the exchange follows from the leading digits.
    ['600519', '600519.SH', 'SH'],
    ['688981', '688981.SH', 'SH'],
    ['000001', '000001.SZ', 'SZ'],
    ['300750', '300750.SZ', 'SZ'],
    ['830799', '830799.BJ', 'BJ'],
    ['920000', '920000.BJ', 'BJ'],
    ['sz 000001', '000001.SZ', 'SZ'],
    ['600519.SS', '600519.SH', 'SH'],
    // hk: one to five digits, padded to five.
    ['700', '00700.HK', 'HK'],
    ['0700.HK', '00700.HK', 'HK'],
    ['hk: 9988', '09988.HK', 'HK'],
    // us: class shares with a dot.
    ['BRK-B', 'BRK.B', 'US'],
    ['brk/b', 'BRK.B', 'US'],
    ['$nvda', 'NVDA', 'US'],
  ])('%s → %s', (input, value, exchange) => {
    expect(parseTickerInput(input)).toEqual({ value, market: exchange });
  });

  it.each(['123456', '600519.SZ', 'SZ600519', '00000', '0', 'BRK-BB', 'TOOLONG'])(
    'refuses %j',
    (input) => {
      expect(parseTickerInput(input)).toBeNull();
    },
  );

  it('checks a code against its exchange', () => {
    expect(codeProblem('600519', 'SH')).toBeNull();
    expect(codeProblem('600519', 'SZ')).toBe('"600519" trades on SH, not SZ');
    expect(codeProblem('0700', 'HK')).toBe('"0700" is not a 5-digit HK code');
    expect(codeProblem('00700', 'HK')).toBeNull();
    expect(codeProblem('BRK.B', 'US')).toBeNull();
    expect(codeProblem('brk', 'US')).toBe('"brk" is not a US ticker');
    expect(tickerValue('00700', 'HK')).toBe('00700.HK');
    expect(tickerValue('AAPL', 'US')).toBe('AAPL');
  });
});
