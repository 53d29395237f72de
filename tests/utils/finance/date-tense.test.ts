import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';

// Thursday 20 November 2025: May lies six months either way, March is nearer ahead.
const NOVEMBER = '2025-11-20T10:00:00+08:00';
const values = (text: string) => matchDates(text, NOVEMBER).map((d) => d.value);

describe('a date written without its year follows its clause', () => {
  it.each([
    ['The trial, which ended in May, was costly.', '2025-05'],
    ['In May, sales rose.', '2025-05'],
    ['The rules took effect in March.', '2025-03'],
    ['该试验已于5月结束。', '2025-05'],
    ['公司5月发布了新品。', '2025-05'],
    ['此前，公司在3月完成融资。', '2025-03'],
    ['審判已於5月結束。', '2025-05'],
  ])('looks back: %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    ['The trial is due to end in May.', '2026-05'],
    ['该规定将于5月实施。', '2026-05'],
    ['公司预计5月发布新品。', '2026-05'],
    ['公司預計5月推出新品。', '2026-05'],
  ])('looks ahead: %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('keeps the nearer one without a cue, and a statistic its own period', () => {
    expect(values('关注3月的安排。')).toEqual(['2026-03']);
    expect(values('市场预计10月CPI同比上涨0.3%。')).toEqual(['2025-10']);
    // A written year is never moved.
    expect(values('The plant, which closed in May 2026, reopened.')).toEqual(['2026-05']);
  });
});

describe('an act written in the present tense is scheduled', () => {
  it.each([
    // July lies four months back and eight ahead: the present tense reads it ahead
    ["California's pricing law comes into force on July 1.", '2026-07-01'],
    ['The amended form now applies from Aug. 1 after two delays.', '2026-08-01'],
    ['The ban takes effect on July 15.', '2026-07-15'],
  ])('looks ahead: %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    // a date passed lately stays this year's: a calendar line, not next year's act
    ['Apple reports on Nov. 2.', '2025-11-02'],
    // the past tense looks back as before
    ['The ban took effect on July 15.', '2025-07-15'],
  ])('keeps %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });
});
