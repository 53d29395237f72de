/**
 * Turns the many ways pages state a publish time into one ISO 8601 string.
 * The offset is kept when the page states one; otherwise the caller's default
 * offset (the site's zone, when we can tell it) is applied; with neither, a local
 * ISO time without offset is returned rather than inventing a zone.
 */

import { MONTH_NUMBERS as MONTHS } from '../month-names';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "+08:00", "-05:00", "Z", or undefined when unknown. */
  offset?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIso(p: ZonedParts): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return p.offset ? `${date}T00:00:00${p.offset}` : date;
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${p.offset ?? ''}`;
}

function validParts(p: ZonedParts): boolean {
  if (p.year < 1990 || p.year > 2100) return false;
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 59)) {
    return false;
  }
  return true;
}

function normaliseOffset(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw === 'Z' || raw === 'z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return undefined;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

const MACHINE =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?\s*$/i;

/**
 * Machine-readable times from meta tags, JSON-LD and `<time datetime>`:
 * "2022-07-01T19:14:27+08:00", "2022-07-01 19:14", "20220701", epoch seconds/millis.
 */
export function parseMachineTime(raw: string, defaultOffset?: string): string | null {
  const text = raw.trim();
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return null;
    return d.toISOString().replace('.000Z', 'Z');
  }
  const m = MACHINE.exec(text);
  if (!m) return parseVisibleDateline(text, defaultOffset)?.iso ?? null;
  const parts: ZonedParts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] === undefined ? undefined : Number(m[4]),
    minute: m[5] === undefined ? undefined : Number(m[5]),
    second: m[6] === undefined ? undefined : Number(m[6]),
  };
  parts.offset = normaliseOffset(m[7]) ?? (parts.hour === undefined ? undefined : defaultOffset);
  return validParts(parts) ? formatIso(parts) : null;
}

/** US Eastern is UTC-4 from the second Sunday of March to the first Sunday of November. */
function easternOffset(year: number, month: number, day: number): string {
  const nthSunday = (m: number, n: number) => {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const afterStart = month > 3 || (month === 3 && day >= nthSunday(3, 2));
  const beforeEnd = month < 11 || (month === 11 && day < nthSunday(11, 1));
  return afterStart && beforeEnd ? '-04:00' : '-05:00';
}

function zoneOffset(zone: string | undefined, year: number, month: number, day: number) {
  if (!zone) return undefined;
  const z = zone.toUpperCase().replace(/\s+/g, '');
  if (z === 'GMT' || z === 'UTC') return 'Z';
  if (z === 'ET') return easternOffset(year, month, day);
  const fixed: Record<string, string> = {
    EDT: '-04:00',
    EST: '-05:00',
    CDT: '-05:00',
    PDT: '-07:00',
    PST: '-08:00',
    BST: '+01:00',
    CET: '+01:00',
    CEST: '+02:00',
    HKT: '+08:00',
    SGT: '+08:00',
    JST: '+09:00',
    北京时间: '+08:00',
    北京時間: '+08:00',
  };
  if (fixed[z]) return fixed[z];
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (m) return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
  return undefined;
}

export interface Dateline {
  iso: string;
  /** Where the match starts in the searched text. */
  index: number;
  /** True when the dateline carries a time of day, the usual mark of a news item. */
  hasTime: boolean;
}

// 2022-07-01 19:14 · 2022/07/01 19:14:05 · 2022年07月01日 19:14 · 2022.07.01 · 2022年7月1日
const NUMERIC_DATELINE =
  /(?<![\d.])(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?![\d.])\s*日?(?:\s*(?:星期.|周.)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?(?:\s*(GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC\s*[+-]\s*\d{1,2}(?::?\d{2})?|北京时间|北京時間|HKT))?/g;

// July 1, 2022 · Jul. 1, 2022 7:14 PM ET · Updated: Sept 16, 2025 at 3:02 p.m. EDT
const ENGLISH_DATELINE =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s*(?:at|,|-|·|\|)?\s*(\d{1,2}):(\d{2})\s*([ap])\.?m\.?)?(?:\s*\(?\s*(ET|EDT|EST|GMT|UTC|BST|HKT|PT|PDT|PST|CET|CEST)\b)?/gi;

// 1 July 2022 · 01 Jul 2022 14:20 GMT
const DAY_FIRST_DATELINE =
  /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})(?:\s*,?\s*(\d{1,2}):(\d{2})\s*(?:([ap])\.?m\.?)?)?(?:\s*(GMT|UTC|BST|ET|EDT|EST|HKT|CET|CEST)\b)?/gi;

function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'p';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** All date(-time)s written for people in `text`, in order of appearance. */
export function findDatelines(text: string, defaultOffset?: string): Dateline[] {
  const found: Dateline[] = [];
  const push = (parts: ZonedParts, index: number, zone: string | undefined) => {
    if (!validParts(parts)) return;
    const hasTime = parts.hour !== undefined;
    parts.offset = zoneOffset(zone, parts.year, parts.month, parts.day);
    if (!parts.offset && hasTime) parts.offset = defaultOffset;
    found.push({ iso: formatIso(parts), index, hasTime });
  };
  for (const m of text.matchAll(NUMERIC_DATELINE)) {
    push(
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: m[4] === undefined ? undefined : Number(m[4]),
        minute: m[5] === undefined ? undefined : Number(m[5]),
        second: m[6] === undefined ? undefined : Number(m[6]),
      },
      m.index,
      m[7],
    );
  }
  for (const m of text.matchAll(ENGLISH_DATELINE)) {
    push(
      {
        year: Number(m[3]),
        month: MONTHS[m[1]!.toLowerCase()] ?? 0,
        day: Number(m[2]),
        hour: m[4] === undefined ? undefined : to24h(Number(m[4]), m[6]),
        minute: m[5] === undefined ? undefined : Number(m[5]),
      },
      m.index,
      m[7],
    );
  }
  for (const m of text.matchAll(DAY_FIRST_DATELINE)) {
    push(
      {
        year: Number(m[3]),
        month: MONTHS[m[2]!.toLowerCase()] ?? 0,
        day: Number(m[1]),
        hour: m[4] === undefined ? undefined : to24h(Number(m[4]), m[6]),
        minute: m[5] === undefined ? undefined : Number(m[5]),
      },
      m.index,
      m[7],
    );
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first dateline in `text`, preferring one with a time of day. */
export function parseVisibleDateline(text: string, defaultOffset?: string): Dateline | null {
  const all = findDatelines(text, defaultOffset);
  return all.find((d) => d.hasTime) ?? all[0] ?? null;
}
