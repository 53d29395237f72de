import { MARKETS, type Exchange } from './markets';

/**
 * The written forms around a company's name that the markets declare and that both
 * finding a ticker (`tickers.ts`) and choosing its listing (`listing-choice.ts`)
 * read: share-class markers (快手-W), market words beside a name (港股腾讯,
 * 中国平安A股) and the market words of a paragraph (恒指, 中概股).
 */

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]) =>
  words
    .map(escape)
    .sort((a, b) => b.length - a.length)
    .join('|') || '(?!)';

export const IS_LATIN = /[A-Za-z]/;

// Share-class markers after a short name (快手-W), from the markets that write them.
export const CLASS_SUFFIXES = MARKETS.flatMap((m) => m.classSuffixes);
// Longest first: -UW is not -U followed by a W.
export const CLASS_SUFFIX_WORDS = longestFirst(CLASS_SUFFIXES);
const SUFFIXES = CLASS_SUFFIX_WORDS;
export const CLASS_SUFFIX = CLASS_SUFFIXES.length ? `[-－](?:${SUFFIXES})` : '(?!)';
/** The market whose share-class marker a suffix is (W → hk). */
export const SUFFIX_MARKET = new Map(
  MARKETS.flatMap((m) => m.classSuffixes.map((c) => [c, m.exchanges] as const)),
);
export const SUFFIX_AT_END = new RegExp(`[-－](${SUFFIXES})$`);
export const SUFFIX_BEFORE = new RegExp(`[-－](${SUFFIXES})\\s*$`);
export const SUFFIX_AFTER = new RegExp(`^[-－](${SUFFIXES})(?![A-Za-z])`);

// Market words written next to a name: 港股腾讯, 中国平安A股, 京东美股（JD.US）.
const NAME_CUES = MARKETS.flatMap((m) => m.nameCues.map((w) => [w, m.exchanges] as const));
export const NAME_CUE_WORDS = longestFirst(NAME_CUES.map(([w]) => w));
export const NAME_CUE_AFTER = new RegExp(`^\\s?(${NAME_CUE_WORDS})`);
export const NAME_CUE_BEFORE = new RegExp(`(${NAME_CUE_WORDS})\\s?$`);
export const NAME_CUE_MARKET = new Map<string, readonly Exchange[]>(NAME_CUES);

// Market words of a sentence or a paragraph (恒指, 中概股, Wall Street).
const PARAGRAPH_CUES = MARKETS.flatMap((m) =>
  m.paragraphCues.map((w) => [w, m.exchanges] as const),
);
export const PARAGRAPH_CUE = new RegExp(longestFirst(PARAGRAPH_CUES.map(([w]) => w)), 'g');
export const PARAGRAPH_CUE_MARKET = new Map<string, readonly Exchange[]>(PARAGRAPH_CUES);
// A possessive line right after a name: "BYD's Shenzhen-listed shares", "its U.S. shares",
// "Alibaba's American depositary receipts" (a market's English words, and its receipts').
const POSSESSIVE_CUES = [...PARAGRAPH_CUES, ...NAME_CUES].filter(([w]) => /^[A-Z]/.test(w));
export const POSSESSIVE_CUE_AFTER = new RegExp(
  `^['’]s?\\s+(${longestFirst(POSSESSIVE_CUES.map(([w]) => w))})`,
);
export const POSSESSIVE_CUE_MARKET = new Map<string, readonly Exchange[]>(POSSESSIVE_CUES);
