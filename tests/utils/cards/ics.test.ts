import { describe, expect, it } from 'vitest';
import { icsFor } from '../../../utils/cards/ics';

describe('icsFor', () => {
  const base = {
    title: '新规施行',
    description: '新规自2024年7月1日起施行; 各地, 逐步推进',
    url: 'https://example.com/a',
  };
  const now = new Date('2024-06-01T08:00:00Z');

  it('writes an all-day event for a day', () => {
    const ics = icsFor({ ...base, value: '2024-07-01' }, now);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240701\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20240702\r\n');
    expect(ics).toContain('DTSTAMP:20240601T080000Z\r\n');
    expect(ics).toContain('DESCRIPTION:新规自2024年7月1日起施行\\; 各地\\, 逐步推进\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('spans a whole period, or a range to its end', () => {
    expect(icsFor({ ...base, value: '2025' }, now)).toContain('DTEND;VALUE=DATE:20260101');
    const range = icsFor({ ...base, value: '2024-06-24', until: '2024-06-29' }, now);
    expect(range).toContain('DTSTART;VALUE=DATE:20240624');
    expect(range).toContain('DTEND;VALUE=DATE:20240630');
  });

  it('refuses what is not a date value', () => {
    expect(() => icsFor({ ...base, value: 'soon' })).toThrow(/Not a FinMark date value/);
  });
});
