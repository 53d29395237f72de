import type { ClipColour, Clipping } from './clipping';

/**
 * Search and filters for the clipping library. Each clipping's searchable text is
 * folded once (lower case, full-width letters and digits to half-width) and kept,
 * so a query over 10,000 clippings is one `includes` per clipping.
 */
export interface ClipFilters {
  query?: string;
  ticker?: string;
  tag?: string;
  site?: string;
  colour?: ClipColour;
  /** ISO dates (YYYY-MM-DD), inclusive, on the clipping's creation day. */
  from?: string;
  to?: string;
  /** Only this page's clippings. */
  url?: string;
}

const FULL_WIDTH = /[\uff01-\uff5e]/;

/** Lower case, with full-width ASCII folded (ＡＢＣ１２３ → abc123). */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  return FULL_WIDTH.test(lower)
    ? lower.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    : lower;
}

const folded = new WeakMap<Clipping, string>();

function haystack(c: Clipping): string {
  let text = folded.get(c);
  if (text === undefined) {
    text = foldForSearch(`${c.quote}\n${c.note}\n${c.title ?? ''}`);
    folded.set(c, text);
  }
  return text;
}

/** Folds every clipping's text ahead of the first search (the popup does it when idle). */
export function prepareSearch(clippings: readonly Clipping[]): void {
  for (const c of clippings) haystack(c);
}

export function filterClippings(clippings: readonly Clipping[], f: ClipFilters): Clipping[] {
  const words = f.query ? foldForSearch(f.query).split(/\s+/).filter(Boolean) : [];
  const tag = f.tag?.toLowerCase();
  return clippings.filter((c) => {
    if (f.url && c.url !== f.url) return false;
    if (f.colour && c.colour !== f.colour) return false;
    if (f.site && c.site !== f.site) return false;
    if (f.ticker && !c.tickers.includes(f.ticker)) return false;
    if (tag && !c.tags.some((t) => t.toLowerCase() === tag)) return false;
    const day = c.created.slice(0, 10);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (words.length) {
      const text = haystack(c);
      for (const w of words) if (!text.includes(w)) return false;
    }
    return true;
  });
}

/** The values the filters can take in this library, most used first. */
export function filterChoices(clippings: readonly Clipping[]) {
  const count = (values: string[]) => {
    const n = new Map<string, number>();
    for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  };
  return {
    tickers: count(clippings.flatMap((c) => c.tickers)),
    tags: count(clippings.flatMap((c) => c.tags)),
    sites: count(clippings.flatMap((c) => (c.site ? [c.site] : []))),
  };
}
