import { reversePattern } from './reverse-pattern';

/**
 * What a policy cue reads around one date: the text just before and after it (the
 * date's clause, for the cues that need an act nearby), whether the date is ahead of
 * the publish date's year, and its sentence.
 */
export interface CueContext {
  before: string;
  /** `before` read backwards, for the cues anchored at its end (see reverse-pattern.ts). */
  readonly beforeBackward: string;
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
  /**
   * Words of which every act mark holds one: a date near none of them skips the marks.
   * Left out where nearly every date is near one (Chinese text holds 会, 行 or 前 beside
   * almost any date), where the test would cost more than it spares.
   */
  markWords?: RegExp;
  /**
   * The date belongs to something that is never a policy act, whatever marks it: an
   * index compiler's review, a comparison's base. Read before the act marks.
   */
  never?: Cue[];
  /** A mark just before the date that decides alone. */
  actBefore: Cue[];
  /**
   * The characters every `actBefore` mark ends with (past spaces), where that is a
   * short list: a date after anything else skips them (Chinese: 于, 至, 为…).
   */
  actBeforeEnds?: string;
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

type Side = 'before' | 'after';
type Condition = (c: CueContext) => boolean;
/**
 * A cue that is one pattern on one side of the date, and maybe a condition: cues of one
 * side and one condition (the same function) merge.
 */
type PatternCue = Cue & { readonly side: Side; readonly re: RegExp; readonly also?: Condition };

/**
 * A pattern on the text before the date, read backwards where it is anchored at that
 * text's end (nearly every cue is): one attempt instead of one per position. Reversed on
 * first use, so that a content script that never marks a date never pays for it.
 */
function readBefore(re: RegExp): (c: CueContext) => boolean {
  let backward: RegExp | null | undefined;
  return (c) => {
    if (backward === undefined) {
      try {
        const reversed = reversePattern(re);
        backward = reversed.anchored ? reversed.re : null;
      } catch {
        backward = null;
      }
    }
    if (backward === null) return re.test(c.before);
    backward.lastIndex = 0;
    return backward.test(c.beforeBackward);
  };
}

const patternCue = (side: Side, re: RegExp, also?: Condition): PatternCue => {
  const read = side === 'before' ? readBefore(re) : (c: CueContext) => re.test(c.after);
  return Object.assign(also ? (c: CueContext) => read(c) && also(c) : read, { side, re, also });
};

const isPatternCue = (cue: Cue): cue is PatternCue => 're' in cue;

/**
 * A cue that is a pattern on the text before the date. Give a shared condition (such
 * as `BODY_NEAR`) rather than a new closure where one fits: cues with one condition merge.
 */
export const before = (re: RegExp, also?: Condition): Cue => patternCue('before', re, also);

/** A cue that is a pattern on the text after the date. */
export const after = (re: RegExp, also?: Condition): Cue => patternCue('after', re, also);

/** The commonest conditions, shared so that the cues reading them merge. */
export const BODY_NEAR: Condition = (c) => c.body();
export const AHEAD_AND_BODY: Condition = (c) => c.ahead && c.body();

/**
 * A list of cues with its pattern-only cues merged, one alternation per side (and
 * flags): a date's text is then read once per side instead of once per cue, which
 * was most of the cost of marking a date. Only whether any cue of a list holds is
 * asked, so merging and moving the patterns first changes no answer.
 */
const MERGE_LIMIT = 8;

export function mergePatternCues(cues: readonly Cue[]): Cue[] {
  const groups = new Map<string, PatternCue[]>();
  const conditions = new Map<Condition | undefined, number>();
  const others: Cue[] = [];
  for (const cue of cues) {
    if (!isPatternCue(cue)) {
      others.push(cue);
      continue;
    }
    if (!conditions.has(cue.also)) conditions.set(cue.also, conditions.size);
    const key = `${cue.side} ${cue.re.flags} ${conditions.get(cue.also)}`;
    groups.set(key, [...(groups.get(key) ?? []), cue]);
  }
  // In alternations of at most MERGE_LIMIT patterns: past a size, V8 leaves a pattern
  // to its slower bytecode tier, and one alternation of two dozen cues cost twice what
  // three of eight did.
  const merged = [...groups.values()].flatMap((group) => {
    const chunks: PatternCue[][] = [];
    for (let i = 0; i < group.length; i += MERGE_LIMIT)
      chunks.push(group.slice(i, i + MERGE_LIMIT));
    return chunks.map((chunk) => {
      const [first] = chunk as [PatternCue, ...PatternCue[]];
      if (chunk.length === 1) return first;
      const source = chunk.map((cue) => `(?:${cue.re.source})`).join('|');
      return patternCue(first.side, new RegExp(source, first.re.flags), first.also);
    });
  });
  return [...merged, ...others];
}

/**
 * A case-insensitive pattern that finds any of `words` (separated by `|`, no pattern
 * syntax but a closing `\b`), for a test of whether a text holds one. It is written
 * as a trie (effect, expir, extend → e(?:ffect|xpir|xtend)): V8 tries a list's
 * alternatives one by one at each position, a trie's shared letters once. A word that
 * another starts with makes the longer one redundant, since only existence is asked.
 */
export function anyWord(words: string): RegExp {
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const atoms = (word: string) => word.toLowerCase().match(/\\b|[^]/g) ?? [];
  const trie = (tails: string[][]): string => {
    if (tails.some((t) => t.length === 0)) return '';
    const byFirst = new Map<string, string[][]>();
    for (const [first, ...rest] of tails)
      byFirst.set(first!, [...(byFirst.get(first!) ?? []), rest]);
    const branches = [...byFirst].map(
      ([first, rest]) => (first === '\\b' ? first : escape(first)) + trie(rest),
    );
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return new RegExp(trie(words.split('|').map(atoms)), 'i');
}

/**
 * Whether the text before a date ends (past spaces) in one of `chars`: a look at one
 * character that spares most dates a pattern tried from every position of the text.
 */
export function endsWithOneOf(before: string, chars: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && before.charCodeAt(i) <= 0x20) i--;
  return i >= 0 && chars.includes(before[i]!);
}
