import type { Directory } from './directory';
import { parseTickerInput } from './markets';
import type { Entity } from './recognize';
import type { Listing } from './symbol-table';

/**
 * The reader's own symbols, which win over every list: a watchlist (always marked,
 * listed first), aliases (小米 → 01810.HK, "Google" → GOOGL) and mutes (never mark
 * this). Pure: the background applies them, tests run them in Node.
 */
export interface UserSymbols {
  /** Normalised ticker values, in the order the reader added them. */
  watchlist: string[];
  aliases: SymbolAlias[];
  /** A ticker (mutes the company however it is written) or a word (mutes that spelling). */
  mutes: string[];
}

export interface SymbolAlias {
  text: string;
  value: string;
}

export const EMPTY_USER_SYMBOLS: UserSymbols = { watchlist: [], aliases: [], mutes: [] };

/** Shortest and longest alias: the directory ignores one-character names. */
export const ALIAS_LENGTH = { min: 2, max: 40 } as const;

/** Why an alias cannot be kept, or null when it can. */
export function aliasProblem(text: string, ticker: string): string | null {
  const clean = text.trim();
  if (clean.length < ALIAS_LENGTH.min) return 'aliasTooShort';
  if (clean.length > ALIAS_LENGTH.max || /[\t\r\n]/.test(clean)) return 'aliasTooLong';
  if (!parseTickerInput(ticker)) return 'tickerUnknownForm';
  return null;
}

/** Only well-formed entries survive, normalised and without repeats. */
export function cleanUserSymbols(value: unknown): UserSymbols {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  const watchlist = [
    ...new Set(
      strings(stored.watchlist)
        .map((s) => parseTickerInput(s)?.value)
        .filter((v): v is string => !!v),
    ),
  ];
  const aliases: SymbolAlias[] = [];
  const seen = new Set<string>();
  for (const a of Array.isArray(stored.aliases) ? stored.aliases : []) {
    const { text, value: ticker } = (a ?? {}) as { text?: unknown; value?: unknown };
    if (typeof text !== 'string' || typeof ticker !== 'string') continue;
    if (aliasProblem(text, ticker)) continue;
    const key = text.trim().toLowerCase();
    if (seen.has(key)) continue; // one alias names one company
    seen.add(key);
    aliases.push({ text: text.trim(), value: parseTickerInput(ticker)!.value });
  }
  const mutes = [
    ...new Set(
      strings(stored.mutes)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return { watchlist, aliases, mutes };
}

/**
 * The listings with the reader's aliases: an alias becomes a name of its listing
 * (taken from any other listing that had it, the reader's word wins), and a ticker
 * the lists do not know gets a listing of its own.
 */
export function withAliases(
  listings: readonly Listing[],
  aliases: readonly SymbolAlias[],
): Listing[] {
  if (!aliases.length) return [...listings];
  const byValue = new Map<string, SymbolAlias[]>();
  for (const a of aliases) byValue.set(a.value, [...(byValue.get(a.value) ?? []), a]);
  const taken = new Set(aliases.map((a) => a.text.toLowerCase()));
  const out = listings.map((l) => {
    const own = byValue.get(l.value);
    const names = l.names.filter((n) => !taken.has(n.text.toLowerCase()));
    if (!own && names.length === l.names.length) return l;
    byValue.delete(l.value);
    return {
      ...l,
      names: [...names, ...(own ?? []).map((a) => ({ text: a.text, ordinaryWord: false }))],
    };
  });
  for (const [value, own] of byValue) {
    const parsed = parseTickerInput(value)!;
    out.push({
      code: value.split('.')[0]!,
      market: parsed.market,
      value,
      zh: null,
      en: null,
      names: own.map((a) => ({ text: a.text, ordinaryWord: false })),
      lists: ['USER'],
      sameAs: null,
    });
  }
  return out;
}

/** The same company across listings (09988.HK and BABA), when the directory knows it. */
function companyOf(value: string, directory: Directory | null): string {
  const listing = directory?.byValue(value);
  return listing ? directory!.primary(listing).value : value;
}

/**
 * Drops muted mentions and flags watched tickers. A muted ticker mutes the company
 * however it is written; a muted word mutes mentions written exactly so.
 */
export function applyUserSymbols(
  entities: readonly Entity[],
  symbols: UserSymbols,
  directory: Directory | null,
): Entity[] {
  if (!symbols.watchlist.length && !symbols.mutes.length) return [...entities];
  // Company → the watchlist entry naming it (the first, if two listings are watched).
  const watched = new Map<string, string>();
  for (const v of symbols.watchlist) {
    const company = companyOf(v, directory);
    if (!watched.has(company)) watched.set(company, v);
  }
  const mutedCompanies = new Set<string>();
  const mutedWords = new Set<string>();
  for (const mute of symbols.mutes) {
    mutedWords.add(mute.toLowerCase());
    const ticker = parseTickerInput(mute);
    // "Apple" reads as a five-letter US symbol too: a US ticker mutes the company
    // only when written as one (AAPL, $aapl); a code with digits always does.
    const writtenAsTicker = ticker?.market !== 'US' || /^\$|^[A-Z.-]+$/.test(mute);
    if (ticker && writtenAsTicker) mutedCompanies.add(companyOf(ticker.value, directory));
  }
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.kind !== 'ticker') {
      if (!mutedWords.has(e.text.toLowerCase())) out.push(e);
      continue;
    }
    const company = companyOf(e.value, directory);
    if (mutedCompanies.has(company) || mutedWords.has(e.text.toLowerCase())) continue;
    const entry = symbols.watchlist.includes(e.value) ? e.value : watched.get(company);
    out.push(entry ? { ...e, watched: true, watchedAs: entry } : e);
  }
  return out;
}
