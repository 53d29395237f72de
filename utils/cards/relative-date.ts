/**
 * How far a date is from today, in the reader's language ("in 3 months", "3个月后",
 * "last year"). Works on FinMark's date values at any precision (2025, 2025-06,
 * 2025-06-24, 2025-Q3, 2025-H1): the distance is taken to the period's first day,
 * in the largest unit that fits (a year value in years), and "today" / "this month"
 * / "this year" when the period holds today.
 */
export function startOfValue(value: string): Date | null {
  const m = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2]
    ? Number(m[2]) - 1
    : m[4]
      ? (Number(m[4]) - 1) * 3
      : m[5]
        ? (Number(m[5]) - 1) * 6
        : 0;
  return new Date(Date.UTC(year, month, m[3] ? Number(m[3]) : 1));
}

/** The first day after the period a value names (its exclusive end). */
export function endOfValue(value: string): Date | null {
  const start = startOfValue(value);
  if (!start) return null;
  const y = start.getUTCFullYear();
  const mo = start.getUTCMonth();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(Date.UTC(y, mo, start.getUTCDate() + 1));
  if (/^\d{4}-\d{2}$/.test(value)) return new Date(Date.UTC(y, mo + 1, 1));
  if (/Q/.test(value)) return new Date(Date.UTC(y, mo + 3, 1));
  if (/H/.test(value)) return new Date(Date.UTC(y, mo + 6, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

const DAY = 86_400_000;

export function relativeToToday(value: string, now: Date, locale: string): string | null {
  const start = startOfValue(value);
  const end = endOfValue(value);
  if (!start || !end) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (today >= start.getTime() && today < end.getTime()) {
    // The period holds today: say so at its own precision.
    if (end.getTime() - start.getTime() <= DAY) return format.format(0, 'day');
    if (/^\d{4}-\d{2}$/.test(value)) return format.format(0, 'month');
    if (/Q/.test(value)) return format.format(0, 'quarter');
    return format.format(0, 'year');
  }
  const years = start.getUTCFullYear() - now.getUTCFullYear();
  // A year is as far as the years between ("next year", "in 10 years").
  if (/^\d{4}$/.test(value)) return format.format(years, 'year');
  const days = Math.round((start.getTime() - today) / DAY);
  const months =
    (start.getUTCFullYear() - now.getUTCFullYear()) * 12 +
    (start.getUTCMonth() - now.getUTCMonth());
  if (Math.abs(days) < 31) return format.format(days, 'day');
  if (Math.abs(months) < 24) return format.format(months, 'month');
  return format.format(years, 'year');
}
