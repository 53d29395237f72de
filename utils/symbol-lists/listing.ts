import { codeProblem, tickerValue, type Exchange } from '../finance/markets';
import type { Listing } from '../finance/symbol-table';

/**
 * The shared helper every list parser builds its listings with, and the name
 * clean-up they share. A listing built here has the shape parseSymbolTable
 * gives: names = [zh, en, ...aliases], no ordinary-word flags (those are
 * curated, never downloaded), one list, no same_as.
 */

/** Full-width ASCII (Ａ, ０, －) and the ideographic space folded to plain ASCII. */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Tabs, newlines and `|` would break the symbol table's cells; a leading `~` is its flag. */
export function tableSafe(text: string): string {
  return text
    .replace(/[\t\r\n|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[~^]+\s*/, '');
}

/** A Chinese short name as the news writes it: "万 科Ａ" → "万科A". */
export function chineseShortName(raw: string): string {
  return tableSafe(foldWidth(raw).replace(/[\s\u00a0]+/g, ''));
}

/** A Latin-script name with its spacing tidied: full-width folded, runs of spaces collapsed. */
export function latinName(raw: string): string {
  return tableSafe(foldWidth(raw).replace(/\u00a0/g, ' '));
}

/**
 * Short names carry the exchange's markers: -U / -W / -UW on STAR and ChiNext
 * (not yet profitable, weighted voting rights), -W / -SW / -S / -B / -P in Hong
 * Kong. The news writes the name without them ("寒武纪", "阿里巴巴"). Returns
 * null when there is no marker (or nothing meaningful would be left).
 */
export function withoutListingMarker(name: string): string | null {
  const bare = name.replace(/\s*-\s*(?:UW|SW|U|W|S|B|P)$/, '');
  return bare !== name && bare.length >= 2 ? bare : null;
}

export interface ListingDraft {
  code: string;
  market: Exchange;
  zh?: string | null;
  en?: string | null;
  /** Further names the news writes; empty and repeated ones are dropped. */
  aliases?: (string | null | undefined)[];
  list: string;
}

/** A Listing, or null when the code is not valid for its market or nothing names it. */
export function makeListing(draft: ListingDraft): Listing | null {
  if (codeProblem(draft.code, draft.market)) return null;
  const zh = draft.zh ? tableSafe(draft.zh) || null : null;
  const en = draft.en ? tableSafe(draft.en) || null : null;
  const texts = [zh, en].filter((t): t is string => t !== null);
  for (const alias of draft.aliases ?? []) {
    const text = alias ? tableSafe(alias) : '';
    if (text && !texts.includes(text)) texts.push(text);
  }
  if (texts.length === 0) return null;
  return {
    code: draft.code,
    market: draft.market,
    value: tickerValue(draft.code, draft.market),
    zh,
    en,
    names: texts.map((text) => ({ text, ordinaryWord: false })),
    lists: [tableSafe(draft.list)],
    sameAs: null,
  };
}

/** Keeps the first listing of each value (a list can repeat a row across pages). */
export function uniqueByValue(listings: Iterable<Listing>): Listing[] {
  const seen = new Map<string, Listing>();
  for (const l of listings) if (!seen.has(l.value)) seen.set(l.value, l);
  return [...seen.values()];
}
