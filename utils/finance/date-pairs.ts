/**
 * Two dates written without their years and joined as one span or pair ("from Jan. 5
 * to Jan. 9", "between March and May", 1月5日至1月9日) are read in one sweep of time:
 * the first never falls after the second, and the two lie within a year. Placing
 * each at its own nearest occurrence can break that (in a December story, "March"
 * reads as next March and "May" as last May).
 */
import type { Tense } from './date-tense';
import type { DateParts, FoundDate } from './date-values';

const JOIN_EN = /^\s*,?\s*(?:and|or|-|–|—)\s+(?:(?:early|mid|late)[-\s])?$|^\s*[-–—]\s*$/i;
// "to" joins a span only after "from" ("pushed back in March to June" moved a date).
const SPAN_EN = /^\s*(?:to|through|thru|until|till|into)\s+(?:(?:early|mid|late)[-\s])?$/i;
const FROM_BEFORE = /\b(?:from|between)\s+(?:(?:early|mid|late)[-\s])?$/i;
// Each date must name its month: 3月17日至18日 is one range, joined later.
const NAMES_MONTH = /月|[A-Za-z]/;
const JOIN_ZH = /^\s*(?:至|到|-|–|—|～|~|、|和|及|与|與|或|以及)\s*$/;

/** Months since year 0, with the day as a fraction: enough to order two dates. */
const position = (p: DateParts) => p.year * 12 + (p.month! - 1) + (p.day ?? 0) / 32;

const monthly = (p: DateParts) => p.month !== undefined && p.quarter === undefined;

/**
 * `tense` reads the clause at a span (-1 past, 1 future, 0 none); the pair moves the
 * way either of its dates' clauses points, or else to the placement nearer the
 * publish date. Moves years in place; the list is the caller's.
 */
export function alignPairs(
  text: string,
  dates: FoundDate[],
  ref: Date,
  tense: (start: number, end: number) => Tense,
): void {
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const guessedA = a.parts.yearGuessed === true;
    const guessedB = b.parts.yearGuessed === true;
    if (a.until || b.until || !monthly(a.parts) || !monthly(b.parts)) continue;
    if (!guessedA && !guessedB) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 24) continue;
    const joined =
      JOIN_EN.test(gap) ||
      JOIN_ZH.test(gap) ||
      (SPAN_EN.test(gap) && FROM_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start)));
    if (!joined) continue;
    // ("due on 11 February, and January's inflation figures on 17 February": a month's
    // own statistic, no second end of a pair)
    if (/^['’]s\s/.test(text.slice(b.end, b.end + 3))) continue;
    if (
      !NAMES_MONTH.test(text.slice(a.start, a.end)) ||
      !NAMES_MONTH.test(text.slice(b.start, b.end))
    )
      continue;
    const span = position(b.parts) - position(a.parts);
    if (span >= 0 && span < 12) continue;
    // Either the first moves to precede the second, or the second to follow the first.
    const sameOrder = position({ ...a.parts, year: 0 }) <= position({ ...b.parts, year: 0 });
    const firstMoved = { ...a.parts, year: b.parts.year - (sameOrder ? 0 : 1) };
    const secondMoved = { ...b.parts, year: a.parts.year + (sameOrder ? 0 : 1) };
    // A written year (今年3月和5月) is kept; the other date follows it.
    if (!guessedA || !guessedB) {
      if (guessedA) a.parts = firstMoved;
      else b.parts = secondMoved;
      continue;
    }
    const t = tense(a.start, a.end) || tense(b.start, b.end);
    const now = ref.getUTCFullYear() * 12 + ref.getUTCMonth() + ref.getUTCDate() / 32;
    const middle = (x: DateParts, y: DateParts) => Math.abs((position(x) + position(y)) / 2 - now);
    const moveFirst =
      t < 0 ? true : t > 0 ? false : middle(firstMoved, b.parts) <= middle(a.parts, secondMoved);
    if (moveFirst) a.parts = firstMoved;
    else b.parts = secondMoved;
  }
}
