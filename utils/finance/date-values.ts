/**
 * Shared by the Chinese and English date grammars: the parts a date was written
 * with, and how they become FinMark's value (an ISO prefix at the precision
 * written: 2025, 2022-04, 2022-06-24, 2024-Q1, 2024-H1).
 */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  /** 初/上旬 (early), 中旬 (mid), 下旬 (late), 底/末 (end) of the month or year. */
  part?: string;
  /** Fiscal year rather than calendar year. */
  fiscal?: boolean;
  yearOnly?: boolean;
  /** The year was not written: the finder chose the nearest, the clause's tense may move it. */
  yearGuessed?: true;
}

export interface FoundDate {
  start: number;
  end: number;
  parts: DateParts;
  /** The end of a range ("2022年1月1日至2025年12月31日", "Sept. 16-17"). */
  until?: DateParts;
}

const DIGITS: Record<string, number> = {
  〇: 0,
  // Official documents often write the zero of 二○二四年 with a white circle.
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十九 → 29, 三十一 → 31; digits pass through. */
const ENGLISH_COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A count written in English words or digits: "two" weeks ago, the first "11" months. */
const WEEKDAY_NUMBERS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tues: 2,
  wednes: 3,
  thurs: 4,
  fri: 5,
  satur: 6,
  日: 0,
  天: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};

/**
 * The day of the week (Sunday 0) a weekday's stem names: an English stem (Mon, Tues,
 * Wednes…, any case) or the Chinese numeral after 周/星期/礼拜 (日 and 天 are Sunday).
 */
export function weekdayNumber(stem: string): number | undefined {
  return WEEKDAY_NUMBERS[stem.toLowerCase()];
}

export function englishCount(word: string): number {
  return ENGLISH_COUNTS[word.toLowerCase()] ?? Number(word);
}

export function chineseNumber(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!raw.includes('十')) return DIGITS[raw] ?? NaN;
  const [tens, ones] = raw.split('十') as [string, string];
  return (tens ? (DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (DIGITS[ones] ?? NaN) : 0);
}

/**
 * The year of a month-day written without one: the occurrence nearest the
 * reference date (news writes "6月24日" for last week and "11月7日" for next autumn).
 */
export function resolveMonthDay(month: number, day: number, ref: Date): number {
  const year = ref.getUTCFullYear();
  let best = year;
  let bestGap = Infinity;
  // A counted loop, not a loop over [year - 1, year, year + 1]: an array per date
  // until the engine optimises the caller.
  for (let y = year - 1; y <= year + 1; y++) {
    const gap = Math.abs(Date.UTC(y, month - 1, day) - ref.getTime());
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** The day `days` after the publish date (before it when negative): 昨日, tomorrow. */
export function shiftDay(ref: Date, days: number): DateParts {
  const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A week `weeks` after the publish week (本周 0, 上周 -1, next week 1): its Monday,
 * until its Sunday, as the labels write a week.
 */
export function weekOf(ref: Date, weeks: number): DateParts & { until: DateParts } {
  const monday = -((ref.getUTCDay() + 6) % 7) + 7 * weeks;
  return { ...shiftDay(ref, monday), until: shiftDay(ref, monday + 6) };
}

/** The month `months` after the publish month (本月 0, 上个月 -1, next month 1). */
export function shiftMonth(ref: Date, months: number): DateParts {
  const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + months, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * A day of the month written alone (25日, on the 27th): that day in the publish month
 * or the month either side. Looking ahead (`1`) takes the first such day on or after
 * the publish date, looking back (`-1`) the last on or before it, and no tense (`0`)
 * the nearest of the three.
 */
export function nearestDay(day: number, ref: Date, tense: -1 | 0 | 1 = 0): DateParts | null {
  const today = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  let best: DateParts | null = null;
  let bestGap = Infinity;
  for (let shift = -1; shift <= 1; shift++) {
    const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, day));
    if (d.getUTCDate() !== day) continue; // the 31st of a 30-day month
    const signed = d.getTime() - today;
    if ((tense > 0 && signed < 0) || (tense < 0 && signed > 0)) continue;
    const gap = Math.abs(tense ? signed : d.getTime() - ref.getTime());
    if (gap < bestGap) {
      bestGap = gap;
      best = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day };
    }
  }
  return best;
}

/**
 * The decade a two-digit decade means (the '90s, 90年代) when no century is
 * written: the latest one that has begun by the publish year, so in 2025 "20年代"
 * is the 2020s and "30年代" the 1930s.
 */
export function decadeOf(twoDigits: number, ref: Date): number {
  const recent = 2000 + twoDigits;
  return recent <= ref.getUTCFullYear() ? recent : 1900 + twoDigits;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

export function dateValue(p: DateParts): string {
  if (p.quarter) return `${p.year}-Q${p.quarter}`;
  if (p.half) return `${p.year}-H${p.half}`;
  if (p.month && p.day) return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.month) return `${p.year}-${pad(p.month)}`;
  return String(p.year);
}

const isCount = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;

/**
 * The parts dateValue reads, on the branch it takes, as one number: year × 1000 plus
 * 901–909 for a quarter, 951–959 for a half, month × 32 + day, month × 32, or 0. Parts
 * outside those ranges have no key (their value is simply made again).
 */
function valueKey(p: DateParts): number | undefined {
  const { year, quarter, half, month, day } = p;
  if (!Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  if (quarter) return isCount(quarter, 9) ? year * 1000 + 900 + quarter : undefined;
  if (half) return isCount(half, 9) ? year * 1000 + 950 + half : undefined;
  if (month && day) {
    return isCount(month, 12) && isCount(day, 31) ? year * 1000 + month * 32 + day : undefined;
  }
  if (month) return isCount(month, 12) ? year * 1000 + month * 32 : undefined;
  return year * 1000;
}

/**
 * dateValue, each value made once per reader: a page writes the same dates again and
 * again (2024年, 6月24日), and each value is a few strings put together.
 */
export function dateValueReader(): (p: DateParts) => string {
  const values = new Map<number, string>();
  return (p) => {
    const key = valueKey(p);
    if (key === undefined) return dateValue(p);
    let value = values.get(key);
    if (value === undefined) {
      value = dateValue(p);
      values.set(key, value);
    }
    return value;
  };
}

export function validParts(p: DateParts): boolean {
  if (!Number.isInteger(p.year) || p.year < 1900 || p.year > 2100) return false;
  if (p.month !== undefined && !(p.month >= 1 && p.month <= 12)) return false;
  if (p.day !== undefined) {
    if (p.month === undefined || !(p.day >= 1)) return false;
    if (p.day > daysIn(p.year, p.month)) return false;
  }
  return true;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Arithmetic rather than a Date per candidate: every candidate date is checked.
const daysIn = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    ? 29
    : DAYS_IN_MONTH[month - 1]!;

const PART_NAMES: Record<string, string> = {
  初: 'start',
  上旬: 'early',
  中旬: 'mid',
  下旬: 'late',
  底: 'end',
  末: 'end',
  中期: 'mid',
  end: 'end',
};

export function partName(part: string | undefined): string | undefined {
  return part ? (PART_NAMES[part] ?? part) : undefined;
}
