/**
 * Formatting for people. Publish times are shown as the site wrote them (in the
 * site's own zone, with that zone named), because "19:14 Beijing time" is what a
 * reader compares against the article, not their local clock.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

function zoneLabel(offset: string): string {
  if (offset === 'Z' || offset === '+00:00') return 'UTC';
  const [, sign, hh, mm] = /^([+-])(\d{2}):(\d{2})$/.exec(offset) ?? [];
  const hours = Number(hh);
  return `UTC${sign}${hours}${mm && mm !== '00' ? `:${mm}` : ''}`;
}

export function formatPublished(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi, , offset] = m;
  // Wall-clock parts formatted as if in UTC, so no conversion to the reader's zone.
  const wall = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)),
  );
  const options: Intl.DateTimeFormatOptions =
    h === undefined
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' };
  let text: string;
  try {
    text = new Intl.DateTimeFormat(locale, options).format(wall);
  } catch {
    text = new Intl.DateTimeFormat('en', options).format(wall);
  }
  return offset && h !== undefined ? `${text} (${zoneLabel(offset)})` : text;
}

/**
 * An engine date value (2027, 2024-04, 2024-04-01, 2024-Q1, 2024-H2) written for
 * the reader, at the precision the article wrote: "April 2024" / "2024年4月".
 * `words` gives the quarter and half-year forms, which Intl does not know.
 */
export function formatDateValue(
  value: string,
  locale: string,
  words: { quarter(year: string, q: string): string; half(year: string, h: string): string },
): string {
  const period = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (period) {
    const [, year, kind, n] = period;
    return kind === 'Q' ? words.quarter(year!, n!) : words.half(year!, n!);
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const options: Intl.DateTimeFormatOptions = d
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : mo
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return value;
  }
}

/** A day the reader did something (a clipping's creation), in their zone and language. */
export function formatDay(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}

export function languageName(lang: string | null, locale: string): string | null {
  if (!lang) return null;
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** A size in bytes for people, in the reader's locale: "1.2 MB", "340 kB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
