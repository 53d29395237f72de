import { alignPairs } from './date-pairs';
import { clauseTense, yearByTense } from './date-tense';
import { isSpaceCode } from '../char-codes';
import { findChineseDates } from './chinese-dates';
import {
  dateValueReader,
  partName,
  validParts,
  type DateParts,
  type FoundDate,
  weekdayNumber,
} from './date-values';
import { findEnglishDates } from './english-dates';
import { policyMarker } from './policy-dates';
import { textHolds } from './text-keys';

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

export interface DateOptions {
  /**
   * Read an ambiguous 04/05/2025 as 4 May (day first) rather than April 5. The caller
   * passes it from the page: its language (en-GB, en-AU, en-IN) or its site's hostname
   * (.co.uk, .com.au, .ie, .co.nz, .in). Without it numbers are month-first, the order
   * of the US pages most English finance news comes from; a first number over 12
   * (22/04/2025) is read day-first either way.
   */
  dayFirst?: boolean;
}

const WRITTEN_YEAR = /(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}|FY\s?\d{2}/;

/**
 * The publish time as the page's own clock read it, in the UTC fields the grammars
 * read: 今天, yesterday and 本周 count days where the article was written, and
 * 2024-07-01T07:00+08:00 is 1 July there though 30 June in UTC. A time without a zone
 * is taken as written (JavaScript would read it in the reader's zone).
 */
export function wallClock(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const raw = publishedAt.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(raw)) {
    const local = new Date(`${raw.replace(' ', 'T')}Z`);
    return Number.isNaN(local.getTime()) ? null : local;
  }
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) return null;
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(raw);
  if (!zone || !/\d{2}:\d{2}/.test(raw.slice(0, zone.index))) return parsed;
  const minutes = (Number(zone[2]) * 60 + Number(zone[3])) * (zone[1] === '-' ? -1 : 1);
  return new Date(parsed.getTime() + minutes * 60_000);
}

// Addresses on the page (https://x.com/2024/01/29/story, reuters.com/markets/2024/…):
// their numbers are a path, not a date. Marked from the scheme, www. or the domain's
// ending to the end of the run of ASCII characters (dates sit after the host, so the
// host's own start does not matter).
const URL_RUN =
  /(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|www\.|\.(?:com|cn|net|org|gov|edu|io|co|uk|hk|tw|jp|de|fr|info|biz|news)\/)[!-~]*/g;

function urlMask(text: string): Uint8Array | null {
  if (!textHolds(text, '/')) return null;
  let mask: Uint8Array | null = null;
  URL_RUN.lastIndex = 0;
  for (let m = URL_RUN.exec(text); m; m = URL_RUN.exec(text)) {
    mask ??= new Uint8Array(text.length + 1);
    mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

/** Whether mask[from, to) holds a mark, read in place (a subarray per date was a view object each). */
function marked(mask: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (mask[i]) return true;
  return false;
}

/** Whether text[i] is an ASCII digit, read by code (text[i] makes a string per CJK character). */
const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
const GLUED_TIME = /^\d{2}:\d{2}/;

/** A date never starts or ends inside a longer number (12024年, 4/225, 2024-01-290). */
function cutsNumber(text: string, f: FoundDate): boolean {
  if (isDigitAt(text, f.start) && isDigitAt(text, f.start - 1)) return true;
  return (
    isDigitAt(text, f.end - 1) &&
    isDigitAt(text, f.end) &&
    // 2019-09-3007:42: a page glued the time onto the date
    !GLUED_TIME.test(text.slice(f.end, f.end + 5))
  );
}

// 2022年1月1日至2025年12月31日, 6月24日至29日, 2024-2025年
const RANGE_JOIN = /^\s*(?:至|到|-|–|—|～|~)\s*$/;
const DAY_ONLY_AFTER = /^\s*(?:至|到|-|–|—|～|~)\s*(\d{1,2})\s*[日号]/;

const GLOSS = /^\s*[（(]\s*$/;
// Thursday, July 2 · Wednesday 16/12/2026 · Tuesday 1 December
const WEEKDAY_COMMA = /^(?:,\s*|\s+)$/;
const WEEKDAY_SPAN = /^(?:(?:last|next|this|on)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;
const GLOSS_CLOSE = /^\s*[）)]/;
const BARE_WEEKDAY =
  /^(?:(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/i;
// What each of the three starts with, besides a space: a date followed by anything else
// joins nothing, and most are (a slice and three patterns per date spared).
const JOIN_OPENERS = new Set([...'至到-–—～~（(,'].map((c) => c.charCodeAt(0)));
const mayJoinAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return isSpaceCode(c) || JOIN_OPENERS.has(c);
};

/**
 * Longest first, then earliest; the rest are dropped where they overlap. Sorted in two
 * steps that each cost about linear time: by start (each grammar's pass yields its
 * dates in text order, so the list is a few sorted runs, which the engine's merge sort
 * joins cheaply), then by span with a counting sort, which keeps the earliest first
 * within a length. A comparator sort on (span, start) was the single dearest step.
 */
function settle(found: FoundDate[], length: number): FoundDate[] {
  const byStart = found.sort((a, b) => a.start - b.start); // in place: the list is settle's
  const n = byStart.length;
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, byStart[i]!.end - byStart[i]!.start);
  // Slot 0 holds the longest spans: count each span, then turn counts into offsets.
  const slot = new Int32Array(longest + 1);
  for (let i = 0; i < n; i++) slot[longest - (byStart[i]!.end - byStart[i]!.start)]!++;
  for (let l = 0, sum = 0; l <= longest; l++) {
    const c = slot[l]!;
    slot[l] = sum;
    sum += c;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const f = byStart[i]!;
    order[slot[longest - (f.end - f.start)]!++] = i;
  }
  // Which positions a kept date covers: checking a span costs its length, not a scan
  // of every date kept so far (a long page has thousands).
  const covered = new Uint8Array(length + 1);
  const kept = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const f = byStart[i]!;
    let free = true;
    for (let p = f.start; p < f.end && free; p++) if (covered[p]) free = false;
    if (!free) continue;
    covered.fill(1, f.start, f.end);
    kept[i] = 1;
  }
  const out: FoundDate[] = [];
  for (let i = 0; i < n; i++) if (kept[i]) out.push(byStart[i]!);
  return out;
}

const sameDayOfYear = (a: DateParts, b: DateParts) => a.month === b.month && a.day === b.day;

// next Thursday, this Friday, last Monday: a weekday counted from the publish date.
const RELATIVE_WEEKDAY =
  /^(?:(?:next|this|last|coming)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:下|上|本|这|這)(?:周|週|星期|礼拜|禮拜)[一二三四五六日天])$/i;
const DAY_MS = 86_400_000;

/** `gloss`'s month and day in the year that puts it nearest `reading`, if within a week. */
function glossNearReading(gloss: DateParts, reading: DateParts): DateParts | null {
  if (gloss.month === undefined || gloss.day === undefined || reading.month === undefined) {
    return null;
  }
  const at = Date.UTC(reading.year, reading.month - 1, reading.day ?? 1);
  for (const year of [reading.year, reading.year - 1, reading.year + 1]) {
    const t = Date.UTC(year, gloss.month - 1, gloss.day);
    if (Math.abs(t - at) <= 7 * DAY_MS) return { year, month: gloss.month, day: gloss.day };
  }
  return null;
}

// "between January and March", "from May 1 to May 5", "January to March": one span, the
// value of its start (two dates at different precisions, "in March to June 11", are not).
const SPAN_TO_EN = /^\s+(?:to|through|thru|until)\s+$/;
const SPAN_AND_EN = /^\s+and\s+$/;
const SPAN_OPENS_EN = /\b(?:from|between)\s+(?:early\s+|late\s+|mid-?)?$/i;
const BETWEEN_EN = /\bbetween\s+(?:early\s+|late\s+|mid-?)?$/i;
const samePrecision = (a: DateParts, b: DateParts) =>
  (a.day === undefined) === (b.day === undefined) &&
  (a.month === undefined) === (b.month === undefined) &&
  (a.quarter === undefined) === (b.quarter === undefined) &&
  (a.half === undefined) === (b.half === undefined);

function englishSpan(text: string, d: FoundDate, next: FoundDate): boolean {
  const gap = text.slice(d.end, next.start);
  if (gap.length > 12 || !samePrecision(d.parts, next.parts)) return false;
  const lead = text.slice(Math.max(0, d.start - 16), d.start);
  // ("from Dec. 31, 2025 and June 30, 2026" is two dates after one "from")
  if (SPAN_AND_EN.test(gap)) return BETWEEN_EN.test(lead);
  const opens = SPAN_OPENS_EN.test(lead);
  if (!SPAN_TO_EN.test(gap)) return false;
  // Bare months read as a span ("its price cap for January to March"); anything else
  // needs its "from".
  return opens || (d.parts.day === undefined && d.parts.month !== undefined);
}

// A day written without its month (the 9日 of 12月8日至9日).
const BARE_DAY = /^\d{1,2}\s*[日号號]$/;

/**
 * The end of a span of weekdays: each weekday was resolved alone ("from Monday to
 * Wednesday" on a Saturday: next Monday, last Wednesday), but the span runs forward
 * from its start, so an end before the start is the next week's. A bare day after a
 * written one (12月8日至9日) is of that month, or the next.
 */
function weekdayAfter(text: string, d: FoundDate, next: FoundDate): DateParts {
  const u = next.parts;
  if (u.day === undefined || u.month === undefined || d.parts.day === undefined) return u;
  const written = text.slice(next.start, next.end);
  // 12月8日至9日: a bare day after a written day is of its month, or the next one.
  if (BARE_DAY.test(written) && d.parts.month !== undefined) {
    const sameMonth = u.day > d.parts.day;
    const at = new Date(Date.UTC(d.parts.year, d.parts.month - 1 + (sameMonth ? 0 : 1), u.day));
    return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
  }
  if (!WEEKDAY_SPAN.test(written) && !BARE_WEEKDAY.test(written)) return u;
  const from = Date.UTC(d.parts.year, (d.parts.month ?? 1) - 1, d.parts.day);
  let to = Date.UTC(u.year, u.month - 1, u.day);
  while (to < from) to += 7 * DAY_MS;
  const at = new Date(to);
  return { ...u, year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

const WEEKDAY_NAME = /(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|([一二三四五六日天])$/i;
const GLOSS_OPENS = /^\s*[（(]\s*$/;
const SENTENCE_BREAK = /[.!?;](?:\s|$)|[。！？；]/;

/**
 * A schedule written as "notes on Monday (April 12), bonds on Tuesday and Wednesday":
 * the bare weekdays after a glossed one (or a bare one read as ahead), in its sentence,
 * follow it, when that day is still ahead of the publish date. Read alone, each would
 * be this week's.
 */
function continueWeekdays(text: string, dates: FoundDate[], ref: Date): FoundDate[] {
  const today = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  let anchor: { at: number; end: number } | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (anchor && SENTENCE_BREAK.test(text.slice(anchor.end, d.start))) anchor = null;
    const written = text.slice(d.start, d.end);
    if (!BARE_WEEKDAY.test(written) || d.until || d.parts.day === undefined) continue;
    const next = dates[i + 1];
    const at = Date.UTC(d.parts.year, d.parts.month! - 1, d.parts.day);
    if (next && GLOSS_OPENS.test(text.slice(d.end, next.start))) {
      anchor = at >= today ? { at, end: next.end } : null;
      continue;
    }
    // "notes on Tuesday, bonds on Wednesday and Thursday": a bare weekday still ahead
    // anchors the ones after it too (a day read as past stays: "fell on Friday")
    if (!anchor || at < today) {
      if (at > today) anchor = { at, end: d.end };
      continue;
    }
    const name = WEEKDAY_NAME.exec(written)!;
    const weekday = weekdayNumber(name[1] ?? name[2]!)!;
    // (in the week's order only: "Friday (March 26) and … on Monday" is not the Monday after)
    const from = new Date(anchor.at).getUTCDay() || 7;
    if ((weekday || 7) < from) continue;
    let t: number = anchor.at;
    while (new Date(t).getUTCDay() !== weekday) t += DAY_MS;
    if (t !== at) {
      const day = new Date(t);
      d.parts = {
        ...d.parts,
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
      };
    }
    anchor = { at: t, end: d.end };
  }
  return dates;
}

// 次日, 翌日: the day after the day its sentence named last (细则自次日起施行, after
// 将于本周三发布实施细则; 金管局翌日下调基本利率, after 聯儲局週三減息).
const NEXT_DAY_WORD = /次日|翌日/g;
const NEXT_DAY_REACH = 80;

/** The settled dates with each 次日 / 翌日 added as the day after the day before it. */
function dayAfter(text: string, dates: FoundDate[]): FoundDate[] {
  if (!text.includes('次日') && !text.includes('翌日')) return dates;
  const added: FoundDate[] = [];
  let k = 0;
  NEXT_DAY_WORD.lastIndex = 0;
  for (let m = NEXT_DAY_WORD.exec(text); m; m = NEXT_DAY_WORD.exec(text)) {
    const at = m.index;
    while (k < dates.length && dates[k]!.end <= at) k++;
    // (inside a date already read: left as it is)
    if (k < dates.length && dates[k]!.start < at + 2) continue;
    // (a weekday glossing the day before it names that day: 8月18日（週三）…翌日)
    let j = k - 1;
    while (j > 0 && GLOSS_OPENS.test(text.slice(dates[j - 1]!.end, dates[j]!.start))) j--;
    const previous = dates[j];
    if (
      !previous ||
      previous.until ||
      previous.parts.day === undefined ||
      previous.parts.month === undefined ||
      at - previous.end > NEXT_DAY_REACH ||
      SENTENCE_BREAK.test(text.slice(previous.end, at)) ||
      text.slice(previous.end, at).includes('\n')
    ) {
      continue;
    }
    const day = new Date(
      Date.UTC(previous.parts.year, previous.parts.month - 1, previous.parts.day + 1),
    );
    added.push({
      start: at,
      end: at + 2,
      parts: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
    });
  }
  if (!added.length) return dates;
  return [...dates, ...added].sort((a, b) => a.start - b.start);
}

function joinRanges(text: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (!mayJoinAt(text, d.end)) {
      out.push(d);
      continue;
    }
    const next = dates[i + 1];
    if (
      next &&
      !d.until &&
      (RANGE_JOIN.test(text.slice(d.end, next.start)) || englishSpan(text, d, next))
    ) {
      out.push({
        start: d.start,
        end: next.end,
        parts: d.parts,
        until: weekdayAfter(text, d, next),
      });
      i++;
      continue;
    }
    // 本周一（12月1日）, Tuesday (Dec. 9): one date written twice, read as two mentions
    // (a reader counts both, and each keeps its own precision); the gloss is not
    // joined to anything after it.
    const gloss = next && !d.until ? GLOSS.exec(text.slice(d.end, next.start)) : null;
    if (gloss && next && GLOSS_CLOSE.test(text.slice(next.end, next.end + 2))) {
      // 12月15日（周二）, Tuesday (Dec. 9): a weekday glossing a written day is that day.
      // 下周二（12月1日）: the relative day is certain, the gloss's guessed year follows it.
      if (d.parts.day && next.parts.day) {
        if (BARE_WEEKDAY.test(text.slice(next.start, next.end))) next.parts = d.parts;
        else if (BARE_WEEKDAY.test(text.slice(d.start, d.end))) d.parts = next.parts;
        else if (sameDayOfYear(d.parts, next.parts)) {
          if (next.parts.yearGuessed && !d.parts.yearGuessed) next.parts = d.parts;
          else if (d.parts.yearGuessed && !next.parts.yearGuessed) d.parts = next.parts;
        } else if (RELATIVE_WEEKDAY.test(text.slice(d.start, d.end))) {
          // next Thursday (March 26): "next" is read a week either way by writers; the
          // written day settles which, when it lies within a week of the reading.
          const written = glossNearReading(next.parts, d.parts);
          if (written) {
            d.parts = written;
            if (next.parts.yearGuessed) next.parts = written;
          }
        }
      }
      out.push(d, next);
      i++;
      continue;
    }
    // Thursday, July 2: a weekday with its date is one date, the written date's.
    if (
      next &&
      next.parts.day &&
      WEEKDAY_COMMA.test(text.slice(d.end, next.start)) &&
      WEEKDAY_SPAN.test(text.slice(d.start, d.end)) &&
      !WEEKDAY_SPAN.test(text.slice(next.start, next.end))
    ) {
      out.push({ ...next, start: d.start });
      i++;
      continue;
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

export function matchDates(
  text: string,
  publishedAt: string | null | undefined,
  options: DateOptions = {},
): DateEntity[] {
  const clock = wallClock(publishedAt);
  const known = clock !== null;
  const ref = clock ?? new Date();
  const urls = urlMask(text);
  const placeable = (f: FoundDate) =>
    validParts(f.parts) &&
    // Without a publish date, only dates written with their year can be placed.
    (known || WRITTEN_YEAR.test(text.slice(f.start, f.end))) &&
    !cutsNumber(text, f) &&
    !(urls && marked(urls, f.start, f.end));
  // Both grammars' candidates in one list, which settle() then sorts in place.
  // Counted loops over the lists, here and in the passes below: this function runs
  // once per text, often before the engine has optimised it, and a for…of then
  // allocates an iterator result per date (tens of thousands on a dense page).
  const found: FoundDate[] = [];
  const chinese = findChineseDates(text, ref);
  for (let i = 0; i < chinese.length; i++) if (placeable(chinese[i]!)) found.push(chinese[i]!);
  const english = findEnglishDates(text, ref, options);
  for (let i = 0; i < english.length; i++) if (placeable(english[i]!)) found.push(english[i]!);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (!f.parts.yearGuessed || f.until) continue;
    const year = yearByTense(f.parts, ref, clauseTense(text, f.start, f.end));
    if (year !== f.parts.year) f.parts = { ...f.parts, year };
  }
  const mark = policyMarker(text);
  const valueOf = dateValueReader();
  const refYear = ref.getUTCFullYear();
  const settled = dayAfter(text, settle(found, text.length));
  alignPairs(text, settled, ref, (start, end) => clauseTense(text, start, end));
  return continueWeekdays(text, joinRanges(text, settled), ref).map((f) => {
    const ahead = (f.until ?? f.parts).year >= refYear;
    const { policy, sentence } = mark({ start: f.start, end: f.end, ahead });
    const entity: DateEntity = {
      kind: policy ? 'policy-date' : 'date',
      value: valueOf(f.parts),
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      sentence,
    };
    if (f.until && validParts(f.until)) entity.until = valueOf(f.until);
    const part = partName(f.parts.part);
    if (part) entity.part = part;
    if (f.parts.fiscal) entity.fiscal = true;
    return entity;
  });
}
