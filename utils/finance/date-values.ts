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
  for (const y of [year - 1, year, year + 1]) {
    const gap = Math.abs(Date.UTC(y, month - 1, day) - ref.getTime());
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateValue(p: DateParts): string {
  if (p.quarter) return `${p.year}-Q${p.quarter}`;
  if (p.half) return `${p.year}-H${p.half}`;
  if (p.month && p.day) return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.month) return `${p.year}-${pad(p.month)}`;
  return String(p.year);
}

export function validParts(p: DateParts): boolean {
  if (!Number.isInteger(p.year) || p.year < 1900 || p.year > 2100) return false;
  if (p.month !== undefined && !(p.month >= 1 && p.month <= 12)) return false;
  if (p.day !== undefined) {
    if (p.month === undefined || !(p.day >= 1)) return false;
    const last = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
    if (p.day > last) return false;
  }
  return true;
}

const PART_NAMES: Record<string, string> = {
  初: 'start',
  上旬: 'early',
  中旬: 'mid',
  下旬: 'late',
  底: 'end',
  末: 'end',
  end: 'end',
};

export function partName(part: string | undefined): string | undefined {
  return part ? (PART_NAMES[part] ?? part) : undefined;
}
