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

/** US Pacific and Central follow the Eastern switch dates, an hour and more behind it. */
function usOffset(base: number, year: number, month: number, day: number): string {
  const summer = easternOffset(year, month, day) === '-04:00';
  return `-${pad(base - (summer ? 1 : 0))}:00`;
}

function zoneOffset(zone: string | undefined, year: number, month: number, day: number) {
  if (!zone) return undefined;
  const z = zone.toUpperCase().replace(/\s+/g, '');
  if (z === 'GMT' || z === 'UTC') return 'Z';
  if (z === 'ET') return easternOffset(year, month, day);
  if (z === 'CT') return usOffset(6, year, month, day);
  if (z === 'PT') return usOffset(8, year, month, day);
  const fixed: Record<string, string> = {
    EDT: '-04:00',
    EST: '-05:00',
    // On the English pages these datelines come from, CST is US Central, not China.
    CST: '-06:00',
    CDT: '-05:00',
    PDT: '-07:00',
    PST: '-08:00',
    BST: '+01:00',
    CET: '+01:00',
    CEST: '+02:00',
    IST: '+05:30',
    HKT: '+08:00',
    SGT: '+08:00',
    JST: '+09:00',
    AEST: '+10:00',
    AEDT: '+11:00',
    北京时间: '+08:00',
    北京時間: '+08:00',
  };
  if (fixed[z]) return fixed[z];
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (m) return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
  return undefined;
}

/**
 * What the words around a dateline say it is. Pages print many dates near the top:
 * the story's own ("发布时间：", "Published", a date followed by "来源："), its update
 * time, and dates that belong to something else (the previous story's link, a file
 * photo, a clock in the header).
 */
export type DatelineRole = 'published' | 'updated' | 'other' | 'plain';

export interface Dateline {
  iso: string;
  /** Where the match starts in the searched text. */
  index: number;
  /** Where it ends. */
  end: number;
  /** True when the dateline carries a time of day, the usual mark of a news item. */
  hasTime: boolean;
  role: DatelineRole;
}

const ZONES = 'ET|EDT|EST|CT|CDT|CST|PT|PDT|PST|GMT|UTC|BST|IST|HKT|SGT|JST|CET|CEST|AEST|AEDT';

// 2022-07-01 19:14 · 2022/07/01 19:14:05 · 2022年07月01日 19:14 · 2022.07.01 · 2022年7月1日
const NUMERIC_DATELINE =
  /(?<![\d.])(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?![\d.])\s*日?(?:\s*(?:星期.|周.|週.)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?(?:\s*(GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC\s*[+-]\s*\d{1,2}(?::?\d{2})?|北京时间|北京時間|HKT))?/g;

// 2005.08.2605:39: some CMS templates print the time straight after a two-digit day.
const GLUED_DATELINE =
  /(?<![\d.])(\d{4})([-/.])(\d{2})\2(\d{2})(\d{2}):(\d{2})(?::(\d{2}))?(?!\d)/g;

// July 1, 2022 · Jul. 1, 2022 7:14 PM ET · Updated: Sept 16, 2025 at 3:02 p.m. EDT ·
// December 6, 2016 — 6:22 PM EST · April 21, 2015, at 11:29 a.m. · Dec 28 Sat 2013 00:28
const ENGLISH_DATELINE = new RegExp(
  String.raw`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(\d{4})(?!\d)(?:\s*(?:,\s*at|at|,|-|–|—|·|\||/)?\s*(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s?m\b\.?)?)?(?:\s*\(?\s*(${ZONES})\b)?`,
  'gi',
);

// 1 July 2022 · 01 Jul 2022 14:20 GMT · Thu 3 Jan 2019 02.00 EST
const DAY_FIRST_DATELINE = new RegExp(
  String.raw`\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})(?!\d)(?:\s*,?\s*(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?m\b\.?)?)?(?:\s*(${ZONES})\b)?`,
  'gi',
);

// 2/26/2015 7:11 AM PST: the US order, read only with a 12-hour clock (which
// day-first countries do not print beside it).
const US_NUMERIC_DATELINE = new RegExp(
  String.raw`(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})\s*([ap])\.?m\b\.?(?:\s*(${ZONES})\b)?`,
  'gi',
);

// 18/06/2026, 17:40 BST · 05.02.2026 09:15: the day-first order, read with a 24-hour
// clock (which US pages do not print beside a numeric date), or alone when the first
// number cannot be a month.
const DAY_FIRST_NUMERIC_DATELINE = new RegExp(
  String.raw`(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])(?:\s*,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?!\s*[ap]\.?m\b)(?:\s*(${ZONES})\b)?)?`,
  'gi',
);

// 二〇〇四年六月十日: newspapers' mastheads write the date in Chinese numerals.
const HAN_DATELINE =
  /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;
const HAN_DIGITS = '〇一二三四五六七八九';

function hanNumber(text: string): number {
  if (text.length === 4) {
    return Number([...text.replace(/[○零]/g, '〇')].map((c) => HAN_DIGITS.indexOf(c)).join(''));
  }
  // 十 · 十五 · 二十 · 三十一
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (
    (tens ? HAN_DIGITS.indexOf(tens) : text.includes('十') ? 1 : 0) * 10 +
    (ones ? HAN_DIGITS.indexOf(ones) : 0)
  );
}

function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'p';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

// The nearest of these words before a dateline says what it dates.
const ROLE_WORDS: [RegExp, DatelineRole][] = [
  // "updated" first: 更新时间 and "last modified date" end in words the published pattern takes too.
  [
    /(更新时间|更新時間|更新日期|更新于|更新於|更新|updated|last updated|last modified|modified)( date| on)?\s*[:：]?\s*$/i,
    'updated',
  ],
  [
    /(发布时间|发布日期|發佈時間|發布時間|发表时间|發表時間|发表日期|发稿时间|發稿時間|发文时间|时间|時間|日期|(first )?published( on)?|posted( on)?|original|date)\s*[:：]?\s*$/i,
    'published',
  ],
];
// Dates that belong to something else: the previous or next story, a file photo, a
// clock in the page header, a copyright line.
const OTHER_BEFORE =
  /(上一篇|下一篇|上一条|下一条|上篇|下篇|相关|推荐|previous|next|in this|file photo|current datetime|expiration|copyright|©|版权)[^。.!?]{0,30}$/i;
// "2004-06-10 来源：…", "2024-05-13 13:48 来源：中国网": a dateline beside its source.
const SOURCE_AFTER = /^\s*[|｜·/]?\s*(来源|來源|作者|记者|記者|编辑|編輯|source)/i;

function roleOf(text: string, index: number, end: number): DatelineRole {
  const before = text.slice(Math.max(0, index - 40), index);
  for (const [words, role] of ROLE_WORDS) if (words.test(before)) return role;
  if (OTHER_BEFORE.test(before)) return 'other';
  if (SOURCE_AFTER.test(text.slice(end, end + 16))) return 'published';
  return 'plain';
}

/** All date(-time)s written for people in `text`, in order of appearance. */
export function findDatelines(text: string, defaultOffset?: string): Dateline[] {
  const found: Dateline[] = [];
  const taken: [number, number][] = [];
  const push = (parts: ZonedParts, m: RegExpMatchArray, zone: string | undefined) => {
    const index = m.index!;
    const end = index + m[0].trimEnd().length;
    // The patterns overlap ("2005.08.2605:39" also reads as a bare date); first wins.
    if (taken.some(([a, b]) => index < b && end > a)) return;
    if (!validParts(parts)) return;
    const hasTime = parts.hour !== undefined;
    parts.offset = zoneOffset(zone, parts.year, parts.month, parts.day);
    if (!parts.offset && hasTime) parts.offset = defaultOffset;
    taken.push([index, end]);
    found.push({ iso: formatIso(parts), index, end, hasTime, role: roleOf(text, index, end) });
  };
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  for (const m of text.matchAll(GLUED_DATELINE)) {
    const [, y, , mo, d, h, mi, sec] = m;
    push({ year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: num(sec) }, m, '');
  }
  for (const m of text.matchAll(NUMERIC_DATELINE)) {
    push(
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: num(m[4]),
        minute: num(m[5]),
        second: num(m[6]),
      },
      m,
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
        minute: num(m[5]),
      },
      m,
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
        minute: num(m[5]),
      },
      m,
      m[7],
    );
  }
  for (const m of text.matchAll(HAN_DATELINE)) {
    push({ year: hanNumber(m[1]!), month: hanNumber(m[2]!), day: hanNumber(m[3]!) }, m, '');
  }
  for (const m of text.matchAll(US_NUMERIC_DATELINE)) {
    push(
      {
        year: Number(m[3]),
        month: Number(m[1]),
        day: Number(m[2]),
        hour: to24h(Number(m[4]), m[6]),
        minute: Number(m[5]),
      },
      m,
      m[7],
    );
  }
  for (const m of text.matchAll(DAY_FIRST_NUMERIC_DATELINE)) {
    const first = Number(m[1]);
    // With no clock, only a first number over 12 says the order.
    if (m[5] === undefined && first <= 12) continue;
    push(
      {
        year: Number(m[4]),
        month: Number(m[3]),
        day: first,
        hour: num(m[5]),
        minute: num(m[6]),
      },
      m,
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

function rank(d: Dateline): number {
  const role = { published: 4, plain: 0, updated: -1, other: -Infinity }[d.role];
  return role + (d.hasTime ? 1 : 0);
}

/**
 * The story's own dateline among those in `datelines` (from the text around the start
 * of the body): one labelled as the publish time or standing beside its source first,
 * then one with a time of day, the earliest on ties. Dates of other things are never
 * taken.
 */
export function pickDateline(datelines: readonly Dateline[]): Dateline | null {
  let best: Dateline | null = null;
  for (const d of datelines) {
    if (d.role === 'other') continue;
    if (!best || rank(d) > rank(best)) best = d;
  }
  return best;
}

/** Minutes since the epoch of an ISO time, reading a floating time as UTC. */
function minutesOf(iso: string): number {
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(iso) || iso.length === 10 ? iso : `${iso}Z`;
  return Math.round(Date.parse(zoned) / 60_000);
}

/**
 * The publish time to show, from the metadata's time and the datelines printed near
 * the start of the body. Metadata wins, except where the page's own words show it is
 * not the publish time:
 * - it is a date alone and the page prints the same date with its time;
 * - it is the time the page labels "Updated", and the page prints an earlier one;
 * - the page's dateline is a day or two earlier (metadata of a syndicated or
 *   re-saved copy; the reader sees and means the printed date).
 */
export function choosePublishedTime(
  metaIso: string | null,
  datelines: readonly Dateline[],
): string | null {
  const printed = pickDateline(datelines);
  if (!metaIso) return printed?.iso ?? null;
  if (!printed) return metaIso;
  const metaDate = metaIso.slice(0, 10);
  if (metaIso.length === 10) {
    return printed.hasTime && printed.iso.slice(0, 10) === metaDate ? printed.iso : metaIso;
  }
  const meta = minutesOf(metaIso);
  if (printed.role !== 'updated') {
    const isUpdate = datelines.some(
      (d) => d.role === 'updated' && d.hasTime && Math.abs(minutesOf(d.iso) - meta) <= 1,
    );
    if (isUpdate && printed.hasTime && minutesOf(printed.iso) < meta) return printed.iso;
  }
  // The same clock minute a whole number of hours away: one instant in two zones. A
  // zoned metadata time is exact; a floating one is usually UTC, the printed one local.
  const apart = minutesOf(printed.iso) - meta;
  if (printed.hasTime && apart % 60 === 0 && Math.abs(apart) <= 14 * 60) {
    return /(Z|[+-]\d{2}:\d{2})$/.test(metaIso) ? metaIso : printed.iso;
  }
  const printedDate = printed.iso.slice(0, 10);
  const days = (Date.parse(metaDate) - Date.parse(printedDate)) / 86_400_000;
  if (printed.hasTime && printed.role !== 'updated' && days >= 1 && days <= 2) return printed.iso;
  return metaIso;
}
