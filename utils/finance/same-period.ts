/**
 * 比上年同期多2100亿元, 較去年同期累升約4%: "the same period last year", the base of a
 * year-on-year comparison. It is the period the sentence reports (11月社会融资规模增量…,
 * 前三季度…), a year earlier; with no period before it in its sentence, the publish
 * month a year earlier (政策基调较去年同期更为积极, read in December).
 */
import type { DateParts, FoundDate } from './date-values';

const SAME_PERIOD = /[去上]年同期/g;
// A sentence or clause ends: the period named before it belongs to another statement.
const BREAK = /[。！？；;!?\n]/;
/** How far back the period reported may lie. */
const REACH = 120;

// (the year is fixed by the period it copies: no clause's tense moves it again)
const yearEarlier = (p: DateParts): DateParts => {
  const copy: DateParts = { ...p, year: p.year - 1 };
  delete copy.yearGuessed;
  return copy;
};

export function samePeriodDates(text: string, ref: Date, found: FoundDate[]): void {
  SAME_PERIOD.lastIndex = 0;
  for (let m = SAME_PERIOD.exec(text); m; m = SAME_PERIOD.exec(text)) {
    const start = m.index;
    let base: FoundDate | undefined;
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (f.end > start || start - f.end > REACH) continue;
      if (!base || f.end > base.end || (f.end === base.end && f.start < base.start)) base = f;
    }
    if (base && BREAK.test(text.slice(base.end, start))) base = undefined;
    if (base) {
      const date: FoundDate = { start, end: start + m[0].length, parts: yearEarlier(base.parts) };
      if (base.until) date.until = yearEarlier(base.until);
      found.push(date);
    } else {
      const parts = { year: ref.getUTCFullYear() - 1, month: ref.getUTCMonth() + 1 };
      found.push({ start, end: start + m[0].length, parts });
    }
  }
}
