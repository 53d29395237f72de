import { cn } from './cn';
import { hk } from './hk';
import type { MarketSpec } from './market';
import { us } from './us';

/**
 * The market registry: one file per market (cn.ts, hk.ts, us.ts) declares its
 * exchanges, code shapes, written forms, quote sites, list sources and tables;
 * the ticker grammar, quote links, stored defaults, options page and directory
 * loader loop over `MARKETS`. A new market is a new file and a line here (plus
 * its list downloader in utils/symbol-lists and its UI strings).
 */

// The order is the options page's and the engine's: a market's forms are tried
// before the next market's, and its tables read first.
const ALL = [cn, hk, us] as const;

/** A market's id: 'cn', 'hk', 'us'. */
export type Market = (typeof ALL)[number]['id'];
/** The exchange a listing carries (the tables' market column): 'SH', 'SZ', 'BJ', 'HK', 'US'. */
export type Exchange = (typeof ALL)[number]['exchanges'][number];
/** The official lists the markets can download (`utils/symbol-lists/sources.ts` implements each). */
export type ListSourceId = (typeof ALL)[number]['sources'][number]['id'];

export type AnyMarket = MarketSpec<Market, Exchange, ListSourceId>;

export const MARKETS: readonly AnyMarket[] = ALL;

/** Every exchange, market by market. */
export const EXCHANGES: readonly Exchange[] = MARKETS.flatMap((m) => m.exchanges);

const BY_EXCHANGE = new Map<string, AnyMarket>(
  MARKETS.flatMap((m) => m.exchanges.map((e) => [e, m] as const)),
);

export function isExchange(value: string): value is Exchange {
  return BY_EXCHANGE.has(value);
}

/** The market an exchange belongs to (SZ → cn). */
export function marketOf(exchange: Exchange): AnyMarket {
  return BY_EXCHANGE.get(exchange)!;
}

export function marketById(id: Market): AnyMarket {
  return MARKETS.find((m) => m.id === id)!;
}

/** FinMark's normalised value for a listing. */
export function tickerValue(code: string, exchange: Exchange): string {
  return marketOf(exchange).value(code, exchange);
}

/** Checks a code against its exchange; returns the problem, or null when valid. */
export function codeProblem(code: string, exchange: Exchange): string | null {
  return marketOf(exchange).codeProblem(code, exchange);
}

/**
 * Reads a ticker as a reader types it into the options page — `600519`,
 * `sh600519`, `600519.SS`, `1810.hk`, `HK01810`, `$aapl`, `brk-b` — into its
 * normalised value and exchange; null when no market reads it.
 */
export function parseTickerInput(input: string): { value: string; market: Exchange } | null {
  const raw = input.trim().toUpperCase().replace(/^\$/, '');
  for (const m of MARKETS) {
    const read = m.readInput(raw);
    if (read) return { value: m.value(read.code, read.exchange), market: read.exchange };
  }
  return null;
}

export { hkCode } from './hk';
export { isUsSymbol } from './us';
export type {
  BracketContext,
  CodeForm,
  FormContext,
  FoundCode,
  ListSource,
  MarketSpec,
  QuoteSite,
} from './market';
