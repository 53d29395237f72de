import { describe, expect, it } from 'vitest';
import {
  after,
  before,
  BODY_NEAR,
  mergePatternCues,
  type Cue,
  type CueContext,
} from '../../../utils/finance/policy-cue';
import { reverseText } from '../../../utils/finance/reverse-pattern';

const context = (before: string, after: string, body: boolean): CueContext => ({
  before,
  beforeBackward: reverseText(before),
  after,
  clause: `${before} ${after}`,
  ahead: true,
  sentence: `${before} ${after}`,
  inSentence: () => false,
  body: () => body,
});
const any = (cues: readonly Cue[], c: CueContext) => cues.some((cue) => cue(c));

describe('mergePatternCues', () => {
  const cues = [
    before(/\btakes effect on\s+$/),
    before(/\bdeadline of\s+$/),
    before(/\bmeets on\s+$/, BODY_NEAR),
    before(/\bdecides on\s+$/, BODY_NEAR),
    before(/\bvotes on\s+$/, (c) => c.ahead),
    after(/^\s+deadline\b/),
    (c: CueContext) => c.after.startsWith(' meeting'),
  ];
  const merged = mergePatternCues(cues);

  it('merges patterns of one side and one condition, and keeps the others apart', () => {
    // takes effect + deadline; meets + decides (BODY_NEAR); votes; the after pattern; the closure
    expect(merged).toHaveLength(5);
  });

  it('answers every date as the cues did one by one', () => {
    const cases = [
      context('the rule takes effect on ', '.', false),
      context('a deadline of ', '.', false),
      context('the Fed meets on ', '.', true),
      context('the Fed meets on ', '.', false),
      context('the board decides on ', '.', true),
      context('the House votes on ', '.', false),
      context('a ', ' deadline for filings', false),
      context('the ', ' meeting', false),
      context('shares rose on ', '.', true),
    ];
    for (const c of cases) expect(any(merged, c)).toBe(any(cues, c));
    expect(cases.map((c) => any(merged, c))).toEqual([
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
