import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDateValue,
  formatDay,
  formatPublished,
  hostOf,
  languageName,
} from '../../utils/format';

describe('formatPublished', () => {
  it("shows the time as the site wrote it, naming the site's zone", () => {
    expect(formatPublished('2022-07-01T19:14:27+08:00', 'en-US')).toBe(
      'July 1, 2022 at 19:14 (UTC+8)',
    );
    expect(formatPublished('2022-07-01T19:14:27+08:00', 'zh-CN')).toBe(
      '2022年7月1日 19:14 (UTC+8)',
    );
    expect(formatPublished('2024-05-02T14:20:00Z', 'en-US')).toContain('14:20 (UTC)');
  });

  it('shows a date alone, or a time without zone, without inventing one', () => {
    expect(formatPublished('2022-07-01', 'en-US')).toBe('July 1, 2022');
    expect(formatPublished('2022-07-01T19:14:00', 'en-US')).toBe('July 1, 2022 at 19:14');
    expect(formatPublished(null, 'en-US')).toBeNull();
  });
});

describe('languageName and hostOf', () => {
  it('names languages in the reader’s locale', () => {
    expect(languageName('zh-CN', 'en')).toBe('Chinese (China)');
    expect(languageName('en', 'zh-CN')).toBe('英语');
    expect(languageName(null, 'en')).toBeNull();
  });

  it('finds the host of a URL, or nothing', () => {
    expect(hostOf('https://www.cls.cn/detail/1')).toBe('www.cls.cn');
    expect(hostOf('nonsense')).toBeNull();
  });
});

describe('formatBytes', () => {
  it('says sizes in the reader’s locale', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(340_000, 'zh-CN')).toBe('340 kB');
  });
});

describe('formatDay', () => {
  it('writes a day in the reader’s language', () => {
    const at = '2026-03-05T10:00:00.000Z';
    expect(formatDay(at, 'en-US')).toBe('Mar 5, 2026');
    expect(formatDay(at, 'zh-CN')).toBe('2026年3月5日');
    expect(formatDay('not a date', 'en-US')).toBe('not a date');
  });
});

describe('formatDateValue', () => {
  const words = {
    quarter: (y: string, q: string) => `Q${q} ${y}`,
    half: (y: string, h: string) => `H${h} ${y}`,
  };
  it('writes each precision for the reader', () => {
    expect(formatDateValue('2027', 'en-US', words)).toBe('2027');
    expect(formatDateValue('2027', 'zh-CN', words)).toBe('2027年');
    expect(formatDateValue('2024-04', 'en-US', words)).toBe('April 2024');
    expect(formatDateValue('2024-04', 'zh-CN', words)).toBe('2024年4月');
    expect(formatDateValue('2024-04-01', 'en-US', words)).toBe('Apr 1, 2024');
    expect(formatDateValue('2024-04-01', 'zh-CN', words)).toBe('2024年4月1日');
    expect(formatDateValue('2024-Q1', 'en-US', words)).toBe('Q1 2024');
    expect(formatDateValue('2024-H2', 'en-US', words)).toBe('H2 2024');
    expect(formatDateValue('someday', 'en-US', words)).toBe('someday');
  });
});
