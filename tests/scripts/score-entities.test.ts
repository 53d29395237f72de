import { describe, expect, it } from 'vitest';
import {
  differences,
  precision,
  recall,
  SCORE_KINDS,
  scorePage,
} from '../../scripts/lib/score-entities';

const labels = [
  { kind: 'ticker', value: '002528.SZ' },
  { kind: 'ticker', value: '002528.SZ' },
  { kind: 'ticker', value: '600588.SH' },
  { kind: 'policy-date', value: '2025' },
  { kind: 'date', value: '2022-06-24' },
];

describe('scorePage', () => {
  it('counts repeated mentions and ignores other kinds', () => {
    const predicted = [
      { kind: 'ticker', value: '002528.SZ' },
      { kind: 'ticker', value: '000001.SZ' },
      { kind: 'date', value: '2025' },
    ];
    const t = scorePage(predicted, labels, 'ticker');
    expect(t).toEqual({ truePositives: 1, predicted: 2, labelled: 3 });
    expect(precision(t)).toBe(0.5);
    expect(recall(t)).toBeCloseTo(1 / 3);
    expect(differences(predicted, labels, 'ticker')).toEqual({
      missing: ['002528.SZ', '600588.SH'],
      extra: ['000001.SZ'],
    });
  });

  it('scores any date as a date, and policy dates on their own', () => {
    const predicted = [
      { kind: 'date', value: '2025' },
      { kind: 'policy-date', value: '2022-06-24' },
    ];
    expect(scorePage(predicted, labels, 'date')).toEqual({
      truePositives: 2,
      predicted: 2,
      labelled: 2,
    });
    expect(scorePage(predicted, labels, 'policy-date')).toEqual({
      truePositives: 0,
      predicted: 1,
      labelled: 1,
    });
  });

  it('scores indicators by series and period, apart from dates', () => {
    const indicatorLabels = [
      { kind: 'indicator', value: 'CPI:2025-05' },
      { kind: 'indicator', value: 'PPI:2025-05' },
      { kind: 'date', value: '2025-05' },
    ];
    const predicted = [
      { kind: 'indicator', value: 'CPI:2025-05' },
      { kind: 'indicator', value: 'CPI:2025-04' },
      { kind: 'date', value: '2025-05' },
    ];
    expect(scorePage(predicted, indicatorLabels, 'indicator')).toEqual({
      truePositives: 1,
      predicted: 2,
      labelled: 2,
    });
    expect(scorePage(predicted, indicatorLabels, 'date')).toEqual({
      truePositives: 1,
      predicted: 1,
      labelled: 1,
    });
    expect(differences(predicted, indicatorLabels, 'indicator')).toEqual({
      missing: ['PPI:2025-05'],
      extra: ['CPI:2025-04'],
    });
  });

  it('names each figure the registry scores, once', () => {
    expect(new Set(SCORE_KINDS).size).toBe(SCORE_KINDS.length);
    expect(SCORE_KINDS).toContain('indicator');
  });
});
