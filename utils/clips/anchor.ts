import search from 'approx-string-match';

/**
 * Where a clipping's quote is in a page's text (W3C Web Annotation selectors), and
 * finding it again after the page changed. Pure: works on the text of a text map,
 * so it runs in Node and in the content script alike.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after it. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export const CONTEXT_LENGTH = 32;

export function describeQuote(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

export interface Anchor {
  start: number;
  end: number;
  /** 0..1: how sure the place is (1 for the very text at its old position). */
  score: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/** Below this a place is not taken: better "not found" than a wrong passage. */
export const MIN_SCORE = 0.75;

/** Share of the quote that may differ for a fuzzy match (edits, typo fixes). */
const MAX_ERROR_SHARE = 0.2;

/** 0..1: how much of `expected` sits next to the candidate, letters in the same order. */
function contextSimilarity(actual: string, expected: string, fromEnd: boolean): number {
  if (!expected) return 1;
  const a = fromEnd ? actual.slice(-expected.length) : actual.slice(0, expected.length);
  if (a === expected) return 1;
  const errors = search(a, expected, expected.length)[0]?.errors ?? expected.length;
  return Math.max(0, 1 - errors / expected.length);
}

/**
 * Scores a candidate place. The quote counts most; its surroundings tell repeated
 * quotes apart; nearness to the old position settles what is left.
 */
function scoreAt(
  text: string,
  start: number,
  end: number,
  quoteScore: number,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
): number {
  const prefix = contextSimilarity(
    text.slice(Math.max(0, start - quote.prefix.length), start),
    quote.prefix,
    true,
  );
  const suffix = contextSimilarity(text.slice(end, end + quote.suffix.length), quote.suffix, false);
  const near = position
    ? 1 - Math.min(1, Math.abs(start - position.start) / Math.max(1, text.length))
    : 0.5;
  // Weights: quote 50, prefix 20, suffix 20, position 10 (out of 100).
  return (50 * quoteScore + 20 * prefix + 20 * suffix + 10 * near) / 100;
}

/**
 * Finds the quote in `text`: at its old position if the text there is unchanged,
 * else the best exact occurrence, else the best approximate one. Returns null when
 * nothing scores at least MIN_SCORE, so a clipping is never drawn in the wrong place.
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): Anchor | null {
  const exact = quote.exact;
  if (!exact) return null;
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, score: 1, method: 'position' };
  }

  let best: Anchor | null = null;
  const consider = (start: number, end: number, quoteScore: number, method: Anchor['method']) => {
    const score = scoreAt(text, start, end, quoteScore, quote, position);
    if (!best || score > best.score) best = { start, end, score, method };
  };

  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    consider(at, at + exact.length, 1, 'exact');
  }
  if (best) return (best as Anchor).score >= MIN_SCORE ? best : null;

  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  if (maxErrors === 0) return null;
  for (const match of search(text, exact, maxErrors)) {
    consider(match.start, match.end, 1 - match.errors / exact.length, 'fuzzy');
  }
  const found = best as Anchor | null;
  return found && found.score >= MIN_SCORE ? found : null;
}
