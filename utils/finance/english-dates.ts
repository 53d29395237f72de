import { MONTH_NUMBERS as MONTHS } from '../month-names';
import { resolveMonthDay, type DateParts, type FoundDate } from './date-values';
import { eachMatch } from './each-match';

/**
 * English dates by our own grammar: calendar dates (Nov. 7, Sept. 16-17, 2025,
 * March 31, 2028, 3 June 2024, May 2024, last November, on Tuesday) and what
 * finance writing adds (by the end of 2027, Q3 2024, fiscal 2025, the third
 * quarter, in 2025, next year, the August statement). chrono-node read the calendar
 * forms well but cost about a millisecond per sentence.
 *
 * Each form is found from a required anchor (a month name, a weekday, a four-digit
 * year, "quarter", "end"), and the words around it are read with short anchored
 * expressions: a pattern that starts with optional words is tried at every
 * position of the text and cost several times more.
 * Times of day, durations and vague spans ("last week", "three months ago") are
 * left out.
 */

type Built = DateParts & { until?: DateParts };

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const WEEKDAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tues: 2,
  wednes: 3,
  thurs: 4,
  fri: 5,
  satur: 6,
};
const monthOf = (name: string) =>
  MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()]!;

const YEAR = '((?:19|20)\\d{2})';
// Full names, or abbreviations with their optional full stop (a sentence's own full
// stop after "December." stays out of the date).
const MONTH_ANCHOR =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\b|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)/g;
// After the month: a day (and range, and year), or a year.
const DAY_AFTER = new RegExp(
  `\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?!\\d))?(?:,?\\s+${YEAR})?(?![\\d:])`,
  'y',
);
const YEAR_AFTER = new RegExp(`(?:\\s+of)?,?\\s+${YEAR}\\b`, 'y');
// Before the month: a day ("3 June"), or a word that makes a month alone a time.
const DAY_BEFORE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+$/;
const TIME_WORD_BEFORE =
  /(?:\b(in|since|until|by|from|through|past|after|before|last|next|this|early|mid|late|as of)\s+|\b(mid-)|[A-Za-z]['’]s\s+)$/i;
// A month alone followed by what a policy body or a statistics office publishes.
const RELEASE_AFTER =
  /^\s+(?:meeting|statement|minutes|decision|projections|forecasts?|policy meeting|jobs report|payrolls|CPI|inflation data|retail sales)\b/;
const FUTURE_BEFORE =
  /\b(?:will|would|is to|are to|scheduled|due to|set to|next|expected|reports|ahead of|upcoming|later|before|concludes|begins|starts|meets|due)\b[^.]{0,40}$/i;

function monthDates(text: string, ref: Date, found: FoundDate[]): void {
  const re = MONTH_ANCHOR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const month = monthOf(m[1] ?? m[2]!);
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 12), start);
    DAY_AFTER.lastIndex = end;
    const day = DAY_AFTER.exec(text);
    if (day) {
      // March 31, 2028 · Nov. 7 · Sept. 16-17, 2025
      const d = Number(day[1]);
      const year = day[3] ? Number(day[3]) : resolveMonthDay(month, d, ref);
      const parts: Built = { year, month, day: d };
      if (day[2]) parts.until = { year, month, day: Number(day[2]) };
      push(found, start, DAY_AFTER.lastIndex, parts);
      continue;
    }
    YEAR_AFTER.lastIndex = end;
    const yearAfter = YEAR_AFTER.exec(text);
    const dayBefore = DAY_BEFORE.exec(before);
    if (dayBefore) {
      // 3 June 2024 · 12th March
      const d = Number(dayBefore[1]);
      const year = yearAfter ? Number(yearAfter[1]) : resolveMonthDay(month, d, ref);
      push(found, start - dayBefore[0].length, yearAfter ? YEAR_AFTER.lastIndex : end, {
        year,
        month,
        day: d,
      });
      continue;
    }
    if (yearAfter) {
      // May 2024, June of 2023
      push(found, start, YEAR_AFTER.lastIndex, { year: Number(yearAfter[1]), month });
      continue;
    }
    // A month alone needs a word that makes it a time (in March, last November,
    // mid-December) or what is published in it (the August statement); "May" alone
    // is usually the verb.
    if (/^\s*\d/.test(text.slice(end, end + 3))) continue;
    const word = TIME_WORD_BEFORE.exec(before);
    const release = !word && RELEASE_AFTER.test(text.slice(end, end + 30));
    if (!word && !release) continue;
    const lead = (word?.[1] ?? '').toLowerCase();
    const refMonth = ref.getUTCMonth() + 1;
    let year = ref.getUTCFullYear();
    if (lead === 'last' || lead === 'since' || lead === 'as of') {
      if (month > refMonth || (lead === 'last' && month === refMonth)) year--;
    } else if (['next', 'until', 'by', 'past', 'after', 'through', 'before'].includes(lead)) {
      // Words that look ahead: the next such month (a Dec. story's "past March").
      if (month < refMonth || (lead === 'next' && month === refMonth)) year++;
    } else if (lead !== 'this') {
      // "in March", mid-December, a possessive or a published month: the nearest.
      year = resolveMonthDay(month, 15, ref);
    }
    // "last November", "mid-December" keep their word; "in March" marks March.
    const keep = ['last', 'next', 'this', 'early', 'mid', 'late'].includes(lead) || !!word?.[2];
    push(found, keep && word ? start - word[0].length : start, end, { year, month });
  }
}

const WEEKDAY_ANCHOR = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const WEEKDAY_WORD_BEFORE = /\b(last|next|this|on)\s+$/i;

function weekdayDates(text: string, ref: Date, found: FoundDate[]): void {
  const re = WEEKDAY_ANCHOR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const target = WEEKDAYS[m[1]!.toLowerCase()]!;
    const word = WEEKDAY_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const lead = word?.[1]!.toLowerCase();
    const today = ref.getUTCDay();
    const future =
      lead === 'next' ||
      (lead !== 'last' && FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)));
    // The publish date's own weekday is that day, whichever way the sentence looks.
    let shift = future ? (target - today + 7) % 7 : -((today - target + 7) % 7);
    if (lead === 'last' && shift === 0) shift = -7;
    const d = new Date(ref.getTime() + shift * 86_400_000);
    const start =
      lead === 'last' || lead === 'next' || lead === 'this' ? m.index - word![0].length : m.index;
    push(found, start, m.index + m[0].length, {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
  }
}

// Four-digit years: "in 2025", "by 2030", and bare years in running text (the 2019
// budget), but not amounts, counts or codes.
const YEAR_ANCHOR = /\b((?:19|20)\d{2})\b/g;
const YEAR_WORD_BEFORE =
  /\b(?:in|by|since|from|through|until|before|after|during|early|late|of)\s+$|\bmid-?$/i;
const NOT_A_YEAR_BEFORE = /(?:[$£€.,]|No\.\s?)$/;
const NOT_A_YEAR_AFTER =
  /^(?:[\d,.]\d|\s*(?:%|percent|points|bps|basis points|[万亿元千百点个名只台股家倍户人次余多年月日号])|-\d)/;
const YEAR_RANGE_AFTER = /^\s*[-–]\s*((?:19|20)\d{2}|\d{2})\b(?![-–.]\d)/;
const NOT_AFTER_TIME_WORD = /^(?:[-–]\d|\s*(?:%|percent|points|bps))/;

function yearDates(text: string, found: FoundDate[]): void {
  const re = YEAR_ANCHOR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = Number(m[1]);
    const end = m.index + 4;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(end, end + 16);
    // 2007-2009, 2024–25: one date running from the first year to the second
    const range = YEAR_RANGE_AFTER.exec(after);
    if (range && !NOT_A_YEAR_BEFORE.test(before)) {
      const raw = range[1]!;
      const until = raw.length === 2 ? Math.floor(year / 100) * 100 + Number(raw) : Number(raw);
      if (until > year && until - year <= 50) {
        push(found, m.index, end + range[0].length, { year, until: { year: until } });
        re.lastIndex = end + range[0].length;
        continue;
      }
    }
    const timeWord = YEAR_WORD_BEFORE.test(before);
    const ok = timeWord
      ? !NOT_AFTER_TIME_WORD.test(after)
      : year >= 1950 &&
        year < 2050 &&
        !NOT_A_YEAR_BEFORE.test(before) &&
        !NOT_A_YEAR_AFTER.test(after);
    if (ok) push(found, m.index, end, { year });
  }
}

// by the end of 2027, at the end of the year, end-2025
const END_OF = new RegExp(`\\b[Ee]nd(?: of|-)\\s?(?:(?:the|this|next|last) year|${YEAR})\\b`, 'g');
const YEAR_SHIFT: Record<string, number> = { next: 1, last: -1 };
// Q3 2024, Q3 · the third quarter (of 2024), fourth-quarter
const Q_FORM = new RegExp(`\\bQ([1-4])(?:\\s*(?:of\\s+)?(?:FY\\s?)?${YEAR})?\\b`, 'g');
const QUARTER_WORDS = new RegExp(
  `\\b([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[-\\s][Qq]uarter(?:\\s+of\\s+${YEAR})?\\b`,
  'g',
);
// Case is spelled out ([Ff]) rather than asked of the engine with /i, which made
// these scans several times slower.
// the first half (of 2024), second-half, H1 2024, 2H19
const HALF_WORDS = new RegExp(`\\b([Ff]irst|[Ss]econd)[-\\s][Hh]alf(?:\\s+of\\s+${YEAR})?\\b`, 'g');
const H_FORM = /\b(?:H([12])\s*((?:19|20)\d{2})|([12])H\s?(\d{2}))\b/g;
// fiscal 2025, fiscal year 2025, FY2025, FY25
const FISCAL = /\b(?:[Ff]iscal(?: [Yy]ear)?\s+((?:19|20)\d{2})|FY\s?((?:19|20)\d{2}|\d{2}))\b/g;
// this year, next month, last quarter: a year, month or quarter from the publish date
const RELATIVE = /\b([Tt]his|[Nn]ext|[Ll]ast)\s+(year|month|quarter)\b/g;
const THE_BEFORE = /\bthe\s+$/i;

const KEYS = new Map<RegExp, string[]>([
  [END_OF, ['end', 'End']],
  [Q_FORM, ['Q']],
  [QUARTER_WORDS, ['uarter']],
  [HALF_WORDS, ['alf']],
  [H_FORM, ['H']],
  [FISCAL, ['iscal', 'FY']],
]);

function financeDates(text: string, ref: Date, found: FoundDate[]): void {
  const refYear = ref.getUTCFullYear();
  const each = (re: RegExp, build: (m: RegExpExecArray) => DateParts, withThe = false) => {
    // A pass costs a few nanoseconds a character: skip forms whose key the text lacks.
    const key = KEYS.get(re);
    if (key && !key.some((k) => text.includes(k))) return;
    eachMatch(text, re, null, (m) => {
      const the = withThe ? THE_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index)) : null;
      push(found, m.index - (the ? the[0].length : 0), m.index + m[0].length, build(m));
    });
  };
  each(
    END_OF,
    (m) => ({
      year: m[1]
        ? Number(m[1])
        : refYear + (YEAR_SHIFT[/(next|last) year/.exec(m[0])?.[1] ?? ''] ?? 0),
      month: 12,
      part: 'end',
    }),
    true,
  );
  each(Q_FORM, (m) => ({ year: Number(m[2] ?? refYear), quarter: Number(m[1]) }));
  each(
    QUARTER_WORDS,
    (m) => ({ year: Number(m[2] ?? refYear), quarter: ORDINALS[m[1]!.toLowerCase()] }),
    true,
  );
  each(
    HALF_WORDS,
    (m) => ({ year: Number(m[2] ?? refYear), half: m[1]!.toLowerCase() === 'first' ? 1 : 2 }),
    true,
  );
  each(H_FORM, (m) =>
    m[1]
      ? { year: Number(m[2]), half: Number(m[1]) }
      : { year: 2000 + Number(m[4]), half: Number(m[3]) },
  );
  each(FISCAL, (m) => {
    const raw = m[1] ?? m[2]!;
    return { year: raw.length === 2 ? 2000 + Number(raw) : Number(raw), fiscal: true };
  });
  each(RELATIVE, (m) => {
    const shift = { this: 0, next: 1, last: -1 }[m[1]!.toLowerCase() as 'this'] ?? 0;
    const unit = m[2]!.toLowerCase();
    if (unit === 'year') return { year: refYear + shift };
    if (unit === 'month') {
      const d = new Date(Date.UTC(refYear, ref.getUTCMonth() + shift, 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    }
    const q = Math.floor(ref.getUTCMonth() / 3) + shift; // may run past either end
    return { year: refYear + Math.floor(q / 4), quarter: (((q % 4) + 4) % 4) + 1 };
  });
}

function push(found: FoundDate[], start: number, end: number, built: Built): void {
  const { until, ...parts } = built;
  found.push(until ? { start, end, parts, until } : { start, end, parts });
}

export function findEnglishDates(text: string, ref: Date): FoundDate[] {
  const found: FoundDate[] = [];
  financeDates(text, ref, found);
  yearDates(text, found);
  monthDates(text, ref, found);
  if (text.includes('day')) weekdayDates(text, ref, found);
  return found;
}
