import { matchDates, type DateEntity } from './dates';
import type { Directory } from './directory';
import { matchIndicators, type IndicatorEntity } from './indicators';
import { matchPolicyDocs, type PolicyDocEntity } from './policy-docs';
import { matchTickers, type TickerEntity } from './tickers';

/**
 * The engine's single entry: article text in, entities out. Pure TypeScript, no
 * DOM and no browser API, so it runs the same in the content script, in Node for
 * the CLI and in tests. Offsets are UTF-16 indexes into `text`.
 */
export type Entity = TickerEntity | DateEntity | PolicyDocEntity | IndicatorEntity;

export interface RecognizeOptions {
  /** ISO publish time of the article; relative dates resolve against it. */
  publishedAt?: string | null;
  /** BCP 47 language of the article ("zh-CN", "en"), when known. */
  lang?: string | null;
  directory: Directory;
}

const DAY_FIRST_LANG = /^en-(?:GB|IE|AU|NZ|IN|ZA|SG|HK|MY)\b/i;

export function recognize(text: string, options: RecognizeOptions): Entity[] {
  // British, Irish and Commonwealth English writes 22/04/2025 day first.
  const dayFirst = DAY_FIRST_LANG.test(options.lang ?? '');
  const tickers = matchTickers(text, options.directory);
  const docs = matchPolicyDocs(text);
  // A date inside a ticker or a document title (《2024年政府工作报告》) belongs to it.
  const owner = new Uint8Array(text.length + 1);
  // Counted loops: recognize runs once per page, often unoptimised, where a for…of
  // allocates an iterator result per entity.
  for (let i = 0; i < tickers.length; i++) owner.fill(1, tickers[i]!.start, tickers[i]!.end);
  for (let i = 0; i < docs.length; i++) owner.fill(1, docs[i]!.start, docs[i]!.end);
  const inside = (e: { start: number; end: number }) => {
    for (let i = e.start; i < e.end; i++) if (!owner[i]) return false;
    return true;
  };
  const touches = (e: { start: number; end: number }) => {
    for (let i = e.start; i < e.end; i++) if (owner[i]) return true;
    return false;
  };
  // A figure quoted in a title (《5月份居民消费价格同比上涨0.3%》) is part of the title.
  const found = matchIndicators(text, options.publishedAt, { dayFirst }).filter((i) => !touches(i));
  const dates = matchDates(text, options.publishedAt, { dayFirst }).filter((d) => !inside(d));
  // A date written between a series and its figure ("industrial production in October
  // fell 1.3%") stays a date of its own: the indicator's mark then ends before it, and
  // its card still carries the figure.
  const indicators = found.map((ind) => trimBefore(ind, dates, text));
  return mergeByPosition(mergeByPosition(mergeByPosition(tickers, dates), docs), indicators);
}

function trimBefore(ind: IndicatorEntity, dates: DateEntity[], text: string): IndicatorEntity {
  const inner = firstStartingAfter(dates, ind.start);
  if (!inner || inner.start >= ind.end) return ind;
  // "industrial production in" → "industrial production": the mark ends on the name.
  const head = text.slice(ind.start, inner.start).replace(/(?:\s+(?:in|for|of|during))?\s*$/i, '');
  const end = ind.start + head.length;
  return { ...ind, end, text: text.slice(ind.start, end) };
}

/**
 * The first date starting after `at`, by binary search: dates come in text order and
 * never overlap (a scan from the first date for each indicator was quadratic).
 */
function firstStartingAfter(dates: DateEntity[], at: number): DateEntity | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return dates[lo];
}

/** Two lists already in text order into one (a sort of the whole was a tenth of the time). */
function mergeByPosition<A extends Entity, B extends Entity>(a: A[], b: B[]): (A | B)[] {
  // Most pages lack a kind or two (no document titles, no indicators): the other list
  // is then the merge, with no copy. The lists are recognize's own, never shared.
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: (A | B)[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x.start < y.start || (x.start === y.start && x.end >= y.end)) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
