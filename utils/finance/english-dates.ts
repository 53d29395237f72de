import { MONTH_NUMBERS as MONTHS } from '../month-names';
import { resolveMonthDay, type DateParts, type FoundDate } from './date-values';

/**
 * English dates by our own grammar: calendar dates (Nov. 7, Sept. 16-17, 2025,
 * March 31, 2028, 3 June 2024, May 2024, last November, on Tuesday) and what
 * finance writing adds (by the end of 2027, Q3 2024, fiscal 2025, the third
 * quarter, in 2025). chrono-node read the calendar forms well but cost about a
 * millisecond per sentence; this is one regular-expression pass per form.
 * Times of day, durations and vague spans ("last week", "three months ago") are
 * left out.
 */

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const monthOf = (name: string) =>
  MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()]!;
const FUTURE_BEFORE = /\b(?:will|would|is to|are to|scheduled|due to|set to|next)\b[^.]{0,40}$/i;

// Month Day[-Day][, Year] · Day Month [Year] · Month [of] Year · (in|last|next|…) Month
const CALENDAR: {
  re: RegExp;
  build(
    m: RegExpExecArray,
    ref: Date,
    text: string,
  ): (FoundDate['parts'] & { until?: DateParts }) | null;
}[] = [
  {
    re: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?!\\d))?(?:,?\\s+((?:19|20)\\d{2}))?(?![\\d:])`,
      'g',
    ),
    build(m, ref) {
      const month = monthOf(m[1]!);
      const day = Number(m[2]);
      const year = m[4] ? Number(m[4]) : resolveMonthDay(month, day, ref);
      const until = m[3] ? { year, month, day: Number(m[3]) } : undefined;
      return { year, month, day, until };
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'g'),
    build(m, ref) {
      const month = monthOf(m[2]!);
      const day = Number(m[1]);
      return { year: m[3] ? Number(m[3]) : resolveMonthDay(month, day, ref), month, day };
    },
  },
  {
    re: new RegExp(`\\b${MONTH}(?:\\s+of)?,?\\s+((?:19|20)\\d{2})\\b`, 'g'),
    build: (m) => ({ year: Number(m[2]), month: monthOf(m[1]!) }),
  },
  {
    // A month alone needs a word that makes it a time: in March, last November, by June.
    re: new RegExp(
      `\\b(in|since|until|by|from|through|last|next|this|early|mid|late|mid-)\\s*${MONTH}\\b(?!\\s+\\d)`,
      'gi',
    ),
    build(m, ref) {
      const word = m[1]!.toLowerCase();
      const month = monthOf(m[2]!);
      if (m[2]![0] !== m[2]![0]!.toUpperCase()) return null; // "in may" is not a month
      const refMonth = ref.getUTCMonth() + 1;
      let year = ref.getUTCFullYear();
      if (word === 'last' && month >= refMonth) year--;
      else if (word === 'next' && month <= refMonth) year++;
      return { year, month };
    },
  },
  {
    re: /\b(last|next|this|on)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    build(m, ref, text) {
      const target = WEEKDAYS[m[2]!.toLowerCase()]!;
      const today = ref.getUTCDay();
      const word = m[1]?.toLowerCase();
      const future =
        word === 'next' ||
        (word !== 'last' && FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)));
      // The publish date's own weekday is that day, whichever way the sentence looks.
      let shift = future ? (target - today + 7) % 7 : -((today - target + 7) % 7);
      if (word === 'last' && shift === 0) shift = -7;
      const d = new Date(ref.getTime() + shift * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    },
  },
];

function fromCalendarGrammar(text: string, ref: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, build } of CALENDAR) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const built = build(m, ref, text);
      if (!built) continue;
      const { until, ...parts } = built;
      // "on Tuesday" marks Tuesday; "in March" marks March.
      const lead = /^(?:on|in|since|until|by|from|through)\s+/i.exec(m[0]);
      const start = m.index + (lead ? lead[0].length : 0);
      const trimmed = m[0].replace(/^\s+/, '');
      const offset = m[0].length - trimmed.length;
      found.push({
        start: lead ? start : m.index + offset,
        end: m.index + m[0].length,
        parts,
        ...(until ? { until } : {}),
      });
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
  return [...fromOwnGrammar(text, ref), ...fromCalendarGrammar(text, ref)];
}
