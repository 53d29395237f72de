import { findChineseDates } from './chinese-dates';
import { dateValue, partName, validParts, type FoundDate } from './date-values';
import { findEnglishDates } from './english-dates';
import { policyMarker } from './policy-dates';

/**
 * Dates in article text, each with its ISO value at the precision written and
 * whether it is tied to a policy act (`policy-date`) or not (`date`).
 */
export interface DateEntity {
  kind: 'date' | 'policy-date';
  value: string;
  text: string;
  start: number;
  end: number;
  /** End of a range, same precision rules as `value`. */
  until?: string;
  /** early / mid / late / start / end of the month or year, when written. */
  part?: string;
  fiscal?: boolean;
  /** The sentence the date came from. */
  sentence: string;
}

const WRITTEN_YEAR = /(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3}|FY\s?\d{2}/;

// 2022年1月1日至2025年12月31日, 6月24日至29日, 2024-2025年
const RANGE_JOIN = /^\s*(?:至|到|-|–|—|～|~)\s*$/;
const DAY_ONLY_AFTER = /^\s*(?:至|到|-|–|—|～|~)\s*(\d{1,2})\s*[日号]/;

const GLOSS = /^\s*[（(]\s*$/;
const GLOSS_CLOSE = /^\s*[）)]/;
const sameDay = (a: FoundDate['parts'], b: FoundDate['parts']) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** Longest first, then earliest; the rest are dropped where they overlap. */
function settle(found: FoundDate[], length: number): FoundDate[] {
  const sorted = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Which positions a kept date covers: checking a span costs its length, not a scan
  // of every date kept so far (a long page has thousands).
  const covered = new Uint8Array(length + 1);
  const kept: FoundDate[] = [];
  for (const f of sorted) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function joinRanges(text: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const next = dates[i + 1];
    if (next && !d.until && RANGE_JOIN.test(text.slice(d.end, next.start))) {
      out.push({ start: d.start, end: next.end, parts: d.parts, until: next.parts });
      i++;
      continue;
    }
    // 本周一（12月1日）, Tuesday (Dec. 9): one date, written twice; the written-out
    // one wins when the two agree.
    const gloss = next && !d.until ? GLOSS.exec(text.slice(d.end, next.start)) : null;
    if (gloss && next && GLOSS_CLOSE.test(text.slice(next.end, next.end + 2))) {
      if (dateValue(next.parts).startsWith(dateValue(d.parts)) || sameDay(d.parts, next.parts)) {
        const close = GLOSS_CLOSE.exec(text.slice(next.end, next.end + 2))!;
        out.push({ ...next, start: d.start, end: next.end + close[0].length });
        i++;
        continue;
      }
    }
    const dayOnly = d.parts.day ? DAY_ONLY_AFTER.exec(text.slice(d.end, d.end + 8)) : null;
    if (dayOnly && Number(dayOnly[1]) > d.parts.day!) {
      out.push({
        ...d,
        end: d.end + dayOnly[0].length,
        until: { ...d.parts, day: Number(dayOnly[1]) },
      });
      continue;
    }
    out.push(d);
  }
  return out;
}

export function matchDates(text: string, publishedAt: string | null | undefined): DateEntity[] {
  const parsed = publishedAt ? new Date(publishedAt) : new Date(NaN);
  const known = !Number.isNaN(parsed.getTime());
  const ref = known ? parsed : new Date();
  const found = [...findChineseDates(text, ref), ...findEnglishDates(text, ref)].filter(
    (f) =>
      validParts(f.parts) &&
      // Without a publish date, only dates written with their year can be placed.
      (known || WRITTEN_YEAR.test(text.slice(f.start, f.end))),
  );
  const mark = policyMarker(text);
  const refYear = ref.getUTCFullYear();
  return joinRanges(text, settle(found, text.length)).map((f) => {
    const ahead = (f.until ?? f.parts).year >= refYear;
    const { policy, sentence } = mark({ start: f.start, end: f.end, ahead });
    const entity: DateEntity = {
      kind: policy ? 'policy-date' : 'date',
      value: dateValue(f.parts),
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      sentence,
    };
    if (f.until && validParts(f.until)) entity.until = dateValue(f.until);
    const part = partName(f.parts.part);
    if (part) entity.part = part;
    if (f.parts.fiscal) entity.fiscal = true;
    return entity;
  });
}
