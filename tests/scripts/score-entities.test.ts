import { describe, expect, it } from 'vitest';
import { differences, precision, recall, scorePage } from '../../scripts/lib/score-entities';

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
});
