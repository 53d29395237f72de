/**
 * Shingle F1 between a ground-truth text and an extracted text, for
 * `npm run eval:bodies`.
 *
 * - Whitespace is normalised first (every run of whitespace, U+3000 included, is one
 *   space; ends trimmed).
 * - The unit is chosen per page by the *reference* (ground-truth) text's CJK share:
 *   Han, kana and Hangul characters among all letters. At or above `CJK_SHARE` (0.3)
 *   the text is CJK and is cut into **character** 4-grams with the spaces removed
 *   (CJK writes no spaces between words, and saved pages indent with U+3000);
 *   otherwise it is Latin and is cut into **word** 4-grams, words being runs of
 *   letters, marks and digits (an inner apostrophe kept), so punctuation and
 *   case-preserving glue such as "end.Next" do not matter. Both texts of a pair are
 *   cut the same way, so an empty or foreign extraction cannot change the unit.
 * - Shingles are counted as a multiset: overlap = Σ min(count in reference, count in
 *   candidate); precision = overlap / candidate shingles, recall = overlap / reference
 *   shingles, F1 their harmonic mean. A text shorter than 4 units is one shingle of
 *   all its units.
 */

export type ShingleMode = 'cjk' | 'latin';

export const SHINGLE_SIZE = 4;
export const CJK_SHARE = 0.3;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The share of CJK characters among the letters of `text` (0 when it has none). */
export function cjkShare(text: string): number {
  let letters = 0;
  let cjk = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (CJK.test(ch)) cjk++;
  }
  return letters === 0 ? 0 : cjk / letters;
}

export function shingleMode(text: string): ShingleMode {
  return cjkShare(text) >= CJK_SHARE ? 'cjk' : 'latin';
}

/** The units shingles are made of: characters (CJK) or words (Latin). */
export function shingleUnits(text: string, mode: ShingleMode): string[] {
  const normal = normaliseWhitespace(text);
  if (mode === 'cjk') return Array.from(normal.replace(/ /g, ''));
  return normal.match(WORD) ?? [];
}

/** The multiset of `size`-grams of the text's units, as shingle → count. */
export function shingles(
  text: string,
  mode: ShingleMode,
  size = SHINGLE_SIZE,
): Map<string, number> {
  const units = shingleUnits(text, mode);
  const counts = new Map<string, number>();
  if (units.length === 0) return counts;
  const n = Math.min(size, units.length);
  const join = mode === 'cjk' ? '' : ' ';
  for (let i = 0; i + n <= units.length; i++) {
    const key = units.slice(i, i + n).join(join);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  mode: ShingleMode;
  referenceShingles: number;
  candidateShingles: number;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c;
  return sum;
}

/**
 * Scores `candidate` against `reference`. Two empty texts score 1 (nothing to find,
 * nothing extra); an empty side against a non-empty one scores 0.
 */
export function shingleF1(
  reference: string,
  candidate: string,
  mode: ShingleMode = shingleMode(reference),
): ShingleScore {
  const ref = shingles(reference, mode);
  const cand = shingles(candidate, mode);
  const referenceShingles = total(ref);
  const candidateShingles = total(cand);
  if (referenceShingles === 0 && candidateShingles === 0) {
    return { precision: 1, recall: 1, f1: 1, mode, referenceShingles, candidateShingles };
  }
  let overlap = 0;
  for (const [key, count] of cand) overlap += Math.min(count, ref.get(key) ?? 0);
  const precision = candidateShingles === 0 ? 0 : overlap / candidateShingles;
  const recall = referenceShingles === 0 ? 0 : overlap / referenceShingles;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, mode, referenceShingles, candidateShingles };
}
