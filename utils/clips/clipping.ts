import type { TextPositionSelector, TextQuoteSelector } from './anchor';

/**
 * A clipping: a passage the reader kept from a page, with their note. Stored one
 * per storage key, each carrying its schema version so that a later build can
 * migrate it (see `migrateClipping`).
 */
export const CLIPPING_VERSION = 1;

export const CLIP_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type ClipColour = (typeof CLIP_COLOURS)[number];

export interface Clipping {
  schemaVersion: typeof CLIPPING_VERSION;
  id: string;
  /** ISO 8601. */
  created: string;
  updated: string;
  /** The page's canonical address when it declares one, tracking parameters dropped. */
  url: string;
  title: string | null;
  site: string | null;
  publishedTime: string | null;
  quote: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  colour: ClipColour;
  note: string;
  /** The reader's own tags. */
  tags: string[];
  /** Tickers and dates the engine found in the quote: automatic tags. */
  tickers: string[];
  dates: string[];
}

/** What the page supplies for a new clipping; the background adds id and times. */
export type ClippingDraft = Omit<Clipping, 'schemaVersion' | 'id' | 'created' | 'updated'>;

/** The fields a reader edits after clipping. */
export type ClippingChange = Partial<Pick<Clipping, 'note' | 'colour' | 'tags'>>;

export const MAX_NOTE_LENGTH = 20_000;
export const MAX_QUOTE_LENGTH = 20_000;

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isIsoTime = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));

function isQuoteSelector(v: unknown): v is TextQuoteSelector {
  const s = v as TextQuoteSelector;
  return (
    typeof v === 'object' &&
    v !== null &&
    s.type === 'TextQuoteSelector' &&
    isString(s.exact) &&
    s.exact.length > 0 &&
    isString(s.prefix) &&
    isString(s.suffix)
  );
}

function isPositionSelector(v: unknown): v is TextPositionSelector {
  const s = v as TextPositionSelector;
  return (
    typeof v === 'object' &&
    v !== null &&
    s.type === 'TextPositionSelector' &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.end >= s.start
  );
}

/** Why a value is not a valid clipping, or null when it is one. */
export function clippingProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return 'not an object';
  const c = v as Record<string, unknown>;
  if (c.schemaVersion !== CLIPPING_VERSION)
    return `unknown schema version ${String(c.schemaVersion)}`;
  if (!isString(c.id) || !c.id) return 'no id';
  if (!isIsoTime(c.created) || !isIsoTime(c.updated)) return 'bad created/updated time';
  if (!isString(c.url) || !/^https?:\/\//.test(c.url)) return 'no http(s) address';
  if (!isStringOrNull(c.title) || !isStringOrNull(c.site) || !isStringOrNull(c.publishedTime))
    return 'bad title, site or published time';
  if (!isString(c.quote) || !c.quote.trim()) return 'empty quote';
  if (c.quote.length > MAX_QUOTE_LENGTH) return 'quote too long';
  const selectors = c.selectors as unknown[];
  if (
    !Array.isArray(selectors) ||
    !isQuoteSelector(selectors[0]) ||
    !isPositionSelector(selectors[1])
  )
    return 'bad selectors';
  if (!CLIP_COLOURS.includes(c.colour as ClipColour)) return `unknown colour ${String(c.colour)}`;
  if (!isString(c.note) || c.note.length > MAX_NOTE_LENGTH) return 'bad note';
  if (!isStringList(c.tags) || !isStringList(c.tickers) || !isStringList(c.dates))
    return 'bad tags, tickers or dates';
  return null;
}

export function isClipping(v: unknown): v is Clipping {
  return clippingProblem(v) === null;
}

/**
 * Brings a stored clipping of any known schema version to the current one; null
 * for what cannot be read (kept aside by the store, never deleted).
 */
export function migrateClipping(v: unknown): Clipping | null {
  // Version 1 is the first; later versions add their steps here, oldest first.
  return isClipping(v) ? v : null;
}

/** Library order: newest first, ties by id so that every view lists the same order. */
export function newestFirst(a: Clipping, b: Clipping): number {
  return b.created.localeCompare(a.created) || a.id.localeCompare(b.id);
}

/** Tags as the reader types them: trimmed, no empties, no duplicates, order kept. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().replace(/^#/, '').slice(0, 64);
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** A new id: random, so clippings from two browsers merge without clashes. */
export function newClippingId(): string {
  return `clip-${crypto.randomUUID()}`;
}
