import { endOfValue, startOfValue } from './relative-date';

/**
 * An iCalendar (RFC 5545) all-day event for a date FinMark found, so a reader can
 * put a policy's effective date or a deadline in their calendar. A date at month,
 * quarter or year precision spans that whole period; a range spans to its end.
 */
export interface CalendarEvent {
  value: string;
  until?: string;
  title: string;
  /** The sentence the date came from. */
  description: string;
  url: string;
}

const ymd = (d: Date) =>
  `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;

/** RFC 5545 text escaping; lines folded at 75 octets are left to readers (all accept long lines). */
const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/[,;]/g, (c) => `\\${c}`);

export function icsFor(event: CalendarEvent, now: Date = new Date()): string {
  const start = startOfValue(event.value);
  const end = endOfValue(event.until ?? event.value);
  if (!start || !end) throw new Error(`Not a FinMark date value: ${event.value}`);
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const uid = `${ymd(start)}-${Math.abs(hash(event.url + event.value + event.description))}@finmark`;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//FinMark//Dates from articles//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${ymd(start)}`,
    `DTEND;VALUE=DATE:${ymd(end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
