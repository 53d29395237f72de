/**
 * What a policy cue reads around one date: the text just before and after it (the
 * date's clause, for the cues that need an act nearby), whether the date is ahead of
 * the publish date's year, and its sentence.
 */
export interface CueContext {
  before: string;
  after: string;
  /** `before` and `after` joined by a space: the clause read whole. */
  readonly clause: string;
  ahead: boolean;
  sentence: string;
  /**
   * Whether `re` (not global) matches `sentence`. The dates of a sentence share its
   * answer: each pattern reads a sentence once, however many dates it holds.
   */
  inSentence(re: RegExp): boolean;
  /** Whether a policy body is named in the sentence or the paragraph's sentences before it. */
  body(): boolean;
}

/** One language's cues, in the order policy-dates.ts reads them. */
export interface PolicyCues {
  /** Words of which every act mark holds one: a date near none of them skips the marks. */
  markWords: RegExp;
  /** A mark just before the date that decides alone. */
  actBefore: Cue[];
  /** A mark just after the date that decides alone. */
  actAfter: Cue[];
  /** The date belongs to something else (read on the date's clause). */
  not: Cue[];
  /** An act in the clause that is a policy act whoever does it (rate hikes, 降准). */
  strongClause: Cue;
  /** An act in the clause, a policy one when a body is near. */
  clause: Cue;
}

export type Cue = (c: CueContext) => boolean;

/** A cue that is a pattern on the text before the date. */
export const before =
  (re: RegExp, also?: (c: CueContext) => boolean): Cue =>
  (c) =>
    re.test(c.before) && (!also || also(c));

/** A cue that is a pattern on the text after the date. */
export const after =
  (re: RegExp, also?: (c: CueContext) => boolean): Cue =>
  (c) =>
    re.test(c.after) && (!also || also(c));
