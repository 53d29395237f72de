import * as chrono from 'chrono-node';
import { resolveMonthDay, type DateParts, type FoundDate } from './date-values';

/**
 * English dates: chrono-node for calendar dates it reads well (Nov. 7,
 * Sept. 16-17, 2025, March 31, 2028, on Tuesday), our own grammar for what it does
 * not read (by the end of 2027, Q3 2024, fiscal 2025, the third quarter, in 2025).
 * Times of day and durations ("for two years", "last week") are left out.
 */

const NAMED_MONTH_OR_DAY =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const NAMED_MONTH_OR_DAY_G = new RegExp(NAMED_MONTH_OR_DAY.source, 'g');
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

function fromChrono(text: string, ref: Date): FoundDate[] {
  // chrono is costly on long texts, so it reads only a short window around each month
  // or weekday name; windows that overlap yield the same date twice, which the caller
  // settles like any other overlap.
  const found: FoundDate[] = [];
  let coveredUntil = -1;
  for (const hit of text.matchAll(NAMED_MONTH_OR_DAY_G)) {
    if (hit.index < coveredUntil) continue;
    const from = Math.max(0, hit.index - 16);
    const window = text.slice(from, Math.min(text.length, hit.index + 48));
    for (const r of chrono.en.parse(
      window,
      { instant: ref, timezone: 0 },
      { forwardDate: false },
    )) {
      const known = r.start;
      const hasMonth = known.isCertain('month');
      const hasWeekday = known.isCertain('weekday');
      if (!hasMonth && !hasWeekday) continue; // times, "for two years"
      // Only dates that name a month or weekday: not "last month", "three months ago".
      if (!NAMED_MONTH_OR_DAY.test(r.text)) continue;
      const date = known.date();
      const toParts = (c: chrono.ParsedComponents, fallbackYear: number): DateParts => {
        const month = c.get('month') ?? date.getUTCMonth() + 1;
        const certainDay = c.isCertain('day') || c.isCertain('weekday');
        const day = certainDay ? (c.get('day') ?? undefined) : undefined;
        const year = c.isCertain('year')
          ? (c.get('year') ?? fallbackYear)
          : day
            ? resolveMonthDay(month, day, ref)
            : fallbackYear;
        return { year, month, day };
      };
      const parts = toParts(known, ref.getUTCFullYear());
      const start = from + r.index;
      const written = r.text.replace(/[\s,;:]+$/, '');
      // A date cut by the window's edge is read again from the next window.
      if (start + written.length >= from + window.length && from + window.length < text.length)
        continue;
      found.push({
        start,
        end: start + written.length,
        parts,
        until: r.end ? toParts(r.end, parts.year) : undefined,
      });
      coveredUntil = Math.max(coveredUntil, start + written.length);
    }
  }
  return found;
}

const OWN: { re: RegExp; build(m: RegExpExecArray, ref: Date): DateParts | null }[] = [
  // by the end of 2027, at the end of the year, end-2025
  {
    re: /\b(?:by |at |before |until )?(?:the )?end(?: of|-)\s?(?:the year|((?:19|20)\d{2}))\b/gi,
    build: (m, ref) => ({
      year: m[1] ? Number(m[1]) : ref.getUTCFullYear(),
      month: 12,
      part: 'end',
    }),
  },
  // Q3 2024, Q3, 3Q24, the third quarter (of 2024), fourth-quarter
  {
    re: /\b(?:Q([1-4])(?:\s*(?:of\s+)?(?:FY\s?)?((?:19|20)\d{2}))?|(?:the\s+)?(first|second|third|fourth)[-\s]quarter(?:\s+of\s+((?:19|20)\d{2}))?)\b/gi,
    build(m, ref) {
      const quarter = m[1] ? Number(m[1]) : ORDINALS[m[3]!.toLowerCase()];
      const year = Number(m[2] ?? m[4] ?? ref.getUTCFullYear());
      return { year, quarter };
    },
  },
  // fiscal 2025, fiscal year 2025, FY2025, FY25
  {
    re: /\b(?:fiscal(?: year)?\s+((?:19|20)\d{2})|FY\s?((?:19|20)\d{2}|\d{2}))\b/gi,
    build(m) {
      const raw = m[1] ?? m[2]!;
      return { year: raw.length === 2 ? 2000 + Number(raw) : Number(raw), fiscal: true };
    },
  },
  // A bare year in running text (2017 rate hikes, the 2019 budget), not an amount
  {
    re: /(?<![\d$£€.,]|No\.\s?)\b((?:19[5-9]|20[0-4])\d)\b(?![\d,.]\d|\s*(?:%|percent|points|bps|basis points|[万亿元千百点个名只台股家倍户人次余多年月日号])|-\d)/g,
    build: (m) => ({ year: Number(m[1]) }),
  },
  // in 2025, by 2030, since 2008, from 2024, through 2026, until 2025, mid-2025
  {
    re: /\b(?:in|by|since|from|through|until|before|after|during|early|late|mid-?|of)\s+((?:19|20)\d{2})\b(?![-–]\d|\s*(?:%|percent|points|bps))/gi,
    build: (m) => ({ year: Number(m[1]) }),
  },
];

function fromOwnGrammar(text: string, ref: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, build } of OWN) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = build(m, ref);
      if (!parts) continue;
      // Keep only the date words: "in 2025" marks 2025, not "in ".
      const lead = /^(?:in|by|since|from|through|until|before|after|during|of)\s+/i.exec(m[0]);
      const start = m.index + (lead ? lead[0].length : 0);
      found.push({ start, end: m.index + m[0].length, parts });
    }
  }
  return found;
}

export function findEnglishDates(text: string, ref: Date): FoundDate[] {
  return [...fromOwnGrammar(text, ref), ...fromChrono(text, ref)];
}
