import { describe, expect, it } from 'vitest';
import { endOfValue, relativeToToday, startOfValue } from '../../../utils/cards/relative-date';

const now = new Date('2025-06-15T10:00:00Z');

describe('relativeToToday', () => {
  it.each([
    ['2025-09', 'en', 'in 3 months'],
    ['2025-09', 'zh-CN', '3个月后'],
    ['2025-06-18', 'en', 'in 3 days'],
    ['2025-06-15', 'en', 'today'],
    ['2025-06', 'en', 'this month'],
    ['2025', 'en', 'this year'],
    ['2025-Q2', 'en', 'this quarter'],
    ['2024-04', 'en', '14 months ago'],
    ['2035', 'en', 'in 10 years'],
    ['2035', 'zh-CN', '10年后'],
  ])('%s (%s) → %s', (value, locale, want) => {
    expect(relativeToToday(value, now, locale)).toBe(want);
  });

  it('knows where each precision starts and ends', () => {
    expect(startOfValue('2024-Q3')?.toISOString().slice(0, 10)).toBe('2024-07-01');
    expect(endOfValue('2024-Q3')?.toISOString().slice(0, 10)).toBe('2024-10-01');
    expect(startOfValue('2024-H2')?.toISOString().slice(0, 10)).toBe('2024-07-01');
    expect(endOfValue('2024-02')?.toISOString().slice(0, 10)).toBe('2024-03-01');
    expect(endOfValue('2024-12-31')?.toISOString().slice(0, 10)).toBe('2025-01-01');
    expect(startOfValue('next week')).toBeNull();
  });
});
