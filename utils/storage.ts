import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  CLIP_COLOURS,
  migrateClipping,
  newestFirst,
  type ClipColour,
  type Clipping,
} from './clips/clipping';
import { CLIP_PAGE_PREFIX, clipPageKey, idList, readPageClipIds } from './clips/page-index';
import { ENTITY_KINDS } from './finance/kinds';
import { cleanUserSymbols } from './finance/user-symbols';
import { DEFAULT_QUOTE_SITES, QUOTE_SITES } from './finance/quote-links';
import {
  cleanTints,
  DEFAULT_TINTS,
  HIGHLIGHT_KINDS,
  type HighlightKind,
  type Tint,
} from './highlight/tints';
import type { PageStatus } from './page-status';
import type { SourceId } from './symbol-lists/sources';
import {
  cleanSiteRules,
  setSite,
  siteAllowed,
  siteRulesFromV1,
  type SiteRules,
} from './site-rules';

/**
 * Every storage item FinMark keeps, defined in one place. Each carries a version
 * from the first day so later issues can migrate data instead of dropping it, and
 * every value is validated after it is read: storage can hold anything an older or
 * newer build (or a user with devtools) wrote.
 *
 * Items:
 * - `session:pageStatus:<tabId>` (v1): the latest status the content script reported
 *   for a tab. Session storage: it is per browser session and never synced.
 * - `local:siteHighlights` (v2): where highlights show (see `site-rules.ts`): every
 *   site but a deny list, or only an allow list. v1 was `{ [host]: false }`.
 * - `local:preferences` (v1): the reader's choices that hold on every site, e.g.
 *   whether highlights show when a page is printed.
 * - `local:userSymbols` (v1): the reader's watchlist, aliases and mutes (see
 *   `finance/user-symbols.ts`), read by the background for every recognition.
 * - `local:symbolListStatus` (v1): per downloaded list, when it was last updated and
 *   the last attempt's error; and whether the reader agreed to weekly updates.
 * - `local:symbolList:<source>`: a downloaded list as a symbol table (the shipped
 *   tables' TSV format), with `schemaVersion` inside: these are large, so they are
 *   read only by the background and only when their status says they changed.
 * - `local:clip:<id>`: one clipping per key, each carrying `schemaVersion` (see
 *   `clips/clipping.ts`). One key each, so a write touches one clipping, never the
 *   whole library; only the background writes them.
 * - `local:clipPage:<url>`: the ids of one page's clippings, kept in step with them
 *   (written in the same `set` call), so a page reads its own clippings without
 *   reading the library.
 */

export const PAGE_STATUS_VERSION = 1;

function pageStatusItem(tabId: number) {
  return storage.defineItem<PageStatus | null>(`session:pageStatus:${tabId}`, {
    fallback: null,
    version: PAGE_STATUS_VERSION,
    // An (empty) migrations map makes WXT record the version with the first write,
    // so a later v2 knows what it is migrating from.
    migrations: {},
  });
}

const KINDS = new Set(['analysed', 'unsupported', 'failed']);

export function isPageStatus(value: unknown): value is PageStatus {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; report?: unknown; reason?: unknown; error?: unknown };
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return false;
  if (v.kind === 'analysed') {
    const r = v.report as { url?: unknown; isArticle?: unknown; evidence?: unknown } | undefined;
    return (
      typeof r === 'object' &&
      r !== null &&
      typeof r.url === 'string' &&
      typeof r.isArticle === 'boolean' &&
      Array.isArray(r.evidence)
    );
  }
  if (v.kind === 'unsupported') return typeof v.reason === 'string';
  return typeof v.error === 'string';
}

export async function readPageStatus(tabId: number): Promise<PageStatus | null> {
  const value: unknown = await pageStatusItem(tabId).getValue();
  return isPageStatus(value) ? value : null;
}

export async function writePageStatus(tabId: number, status: PageStatus): Promise<void> {
  if (!isPageStatus(status)) throw new Error('Refusing to store a malformed page status.');
  await pageStatusItem(tabId).setValue(status);
}

export async function clearPageStatus(tabId: number): Promise<void> {
  await pageStatusItem(tabId).removeValue({ removeMeta: true });
}

/**
 * A local item that is validated whenever it is read: `clean` turns whatever storage
 * holds (an older build's value, a hand edit) into a well-formed value.
 */
function validatedItem<T>(
  key: `local:${string}`,
  clean: (value: unknown) => T,
  version: number,
  migrations: Record<number, (old: unknown) => unknown> = {},
) {
  // Defined on first use, not when this module loads: WXT checks an item's version in
  // storage as it defines it, and every page's content script loads this module but
  // reads only two of its items (the check cost every page about 4 ms in Chromium).
  let defined: ReturnType<typeof storage.defineItem<T>> | null = null;
  const item = () =>
    (defined ??= storage.defineItem<T>(key, {
      fallback: clean(undefined),
      version,
      // Even an empty map makes WXT record the version with the first write, so a
      // later version knows what it is migrating from.
      migrations,
    }));
  const read = async () => clean(await item().getValue());
  return {
    read,
    /** Writes `change(current)`, validated; resolves to what was stored. */
    async edit(change: (current: T) => T): Promise<T> {
      const next = clean(change(await read()));
      await item().setValue(next);
      return next;
    },
    watch: (onChange: (value: T) => void) => item().watch((value) => onChange(clean(value))),
  };
}

export const SITE_HIGHLIGHTS_VERSION = 2;

// v1 → v2: `{ [host]: false }` became a deny list, next to an allow-list mode.
const siteRules = validatedItem('local:siteHighlights', cleanSiteRules, SITE_HIGHLIGHTS_VERSION, {
  2: siteRulesFromV1,
});

export const readSiteRules = siteRules.read;
export const writeSiteRules = (rules: SiteRules) => siteRules.edit(() => rules);
export const watchSiteRules = siteRules.watch;

/** Whether FinMark highlights on this host, by the reader's site rules. */
export async function readSiteHighlights(host: string): Promise<boolean> {
  return siteAllowed(await readSiteRules(), host);
}

/** The popup's per-site switch. */
export async function writeSiteHighlights(host: string, on: boolean): Promise<void> {
  if (!host) throw new Error('A site needs a host name.');
  await writeSiteRules(setSite(await readSiteRules(), host, on));
}

export interface Preferences {
  /** Highlights keep their colours on paper; by default they vanish when printing. */
  printHighlights: boolean;
  /**
   * Which kinds of entity are marked on pages (the popup lists them all regardless).
   * Here and in `tints`, a kind missing from what is stored (one added since) takes its
   * default from the registry when read: a new kind needs no migration.
   */
  kinds: Record<HighlightKind, boolean>;
  /** The look of each kind on the page. */
  tints: Record<HighlightKind, Tint>;
  /** The quote sites the cards link to (ids from `QUOTE_SITES`). */
  quoteSites: string[];
  /** The colour the selection toolbar starts with. */
  clipColour: ClipColour;
}

export { HIGHLIGHT_KINDS, type HighlightKind };

export const PREFERENCES_VERSION = 1;
export const DEFAULT_PREFERENCES: Preferences = {
  printHighlights: false,
  kinds: Object.fromEntries(
    HIGHLIGHT_KINDS.map((kind) => [kind, ENTITY_KINDS[kind].on]),
  ) as Preferences['kinds'],
  tints: { ...DEFAULT_TINTS },
  quoteSites: [...DEFAULT_QUOTE_SITES],
  clipColour: 'yellow',
};

/** Known keys with values of the right type; anything else falls back to the default. */
function validPreferences(value: unknown): Preferences {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const kinds = (
    typeof stored.kinds === 'object' && stored.kinds !== null ? stored.kinds : {}
  ) as Record<string, unknown>;
  return {
    printHighlights:
      typeof stored.printHighlights === 'boolean'
        ? stored.printHighlights
        : DEFAULT_PREFERENCES.printHighlights,
    kinds: Object.fromEntries(
      HIGHLIGHT_KINDS.map((k) => [
        k,
        typeof kinds[k] === 'boolean' ? kinds[k] : DEFAULT_PREFERENCES.kinds[k],
      ]),
    ) as Preferences['kinds'],
    tints: cleanTints(stored.tints),
    quoteSites: Array.isArray(stored.quoteSites)
      ? stored.quoteSites.filter(
          (id): id is string => typeof id === 'string' && QUOTE_SITES.some((s) => s.id === id),
        )
      : [...DEFAULT_QUOTE_SITES],
    clipColour: CLIP_COLOURS.includes(stored.clipColour as ClipColour)
      ? (stored.clipColour as ClipColour)
      : DEFAULT_PREFERENCES.clipColour,
  };
}

const preferences = validatedItem('local:preferences', validPreferences, PREFERENCES_VERSION);

export const readPreferences = preferences.read;
export const writePreferences = (change: Partial<Preferences>) =>
  preferences.edit((current) => ({ ...current, ...change }));
/** Calls `onChange` with the new preferences whenever any context writes them. */
export const watchPreferences = preferences.watch;

export const USER_SYMBOLS_VERSION = 1;

const userSymbols = validatedItem('local:userSymbols', cleanUserSymbols, USER_SYMBOLS_VERSION);

export const readUserSymbols = userSymbols.read;
/** Applies `edit` to the stored symbols and keeps what survives validation. */
export const editUserSymbols = userSymbols.edit;
export const watchUserSymbols = userSymbols.watch;

export interface SourceStatus {
  /** When the list in storage was downloaded (null: never). */
  updatedAt: number | null;
  count: number;
  lastAttempt: number | null;
  /** Why the last attempt failed; null when it succeeded. */
  error: string | null;
}

export interface SymbolListStatus {
  /** The reader agreed to a weekly update (an alarm in the background). */
  weekly: boolean;
  sources: Partial<Record<SourceId, SourceStatus>>;
}

export const SYMBOL_LIST_STATUS_VERSION = 1;
const SOURCE_IDS: readonly SourceId[] = ['nasdaq', 'sse', 'szse', 'bse', 'hkex'];
const stamp = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function cleanSymbolListStatus(value: unknown): SymbolListStatus {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const stored = (typeof v.sources === 'object' && v.sources !== null ? v.sources : {}) as Record<
    string,
    Record<string, unknown> | null
  >;
  const sources: SymbolListStatus['sources'] = {};
  for (const id of SOURCE_IDS) {
    const s = stored[id];
    if (typeof s !== 'object' || s === null) continue;
    sources[id] = {
      updatedAt: stamp(s.updatedAt),
      count: typeof s.count === 'number' ? s.count : 0,
      lastAttempt: stamp(s.lastAttempt),
      error: typeof s.error === 'string' ? s.error : null,
    };
  }
  return { weekly: v.weekly === true, sources };
}

const symbolListStatus = validatedItem(
  'local:symbolListStatus',
  cleanSymbolListStatus,
  SYMBOL_LIST_STATUS_VERSION,
);

export const readSymbolListStatus = symbolListStatus.read;
export const editSymbolListStatus = symbolListStatus.edit;
export const watchSymbolListStatus = symbolListStatus.watch;

export const SYMBOL_LIST_VERSION = 1;
const symbolListKey = (id: SourceId) => `symbolList:${id}`;

export interface StoredSymbolList {
  schemaVersion: typeof SYMBOL_LIST_VERSION;
  updatedAt: number;
  /** The listings in the symbol-table format (`parseSymbolTable` reads it). */
  table: string;
}

/** The downloaded lists in storage; anything unreadable counts as not downloaded. */
export async function readSymbolLists(): Promise<Partial<Record<SourceId, StoredSymbolList>>> {
  const stored = await browser.storage.local.get(SOURCE_IDS.map(symbolListKey));
  const out: Partial<Record<SourceId, StoredSymbolList>> = {};
  for (const id of SOURCE_IDS) {
    const v = stored[symbolListKey(id)] as Partial<StoredSymbolList> | undefined;
    if (v?.schemaVersion === SYMBOL_LIST_VERSION && typeof v.table === 'string') {
      out[id] = { schemaVersion: 1, updatedAt: Number(v.updatedAt) || 0, table: v.table };
    }
  }
  return out;
}

/** Stores a list and its status together (background only: the updater is their writer). */
export async function storeSymbolList(
  id: SourceId,
  list: Omit<StoredSymbolList, 'schemaVersion'>,
  count: number,
): Promise<void> {
  await browser.storage.local.set({
    [symbolListKey(id)]: { schemaVersion: SYMBOL_LIST_VERSION, ...list },
  });
  await editSymbolListStatus((status) => ({
    ...status,
    sources: {
      ...status.sources,
      [id]: { updatedAt: list.updatedAt, count, lastAttempt: list.updatedAt, error: null },
    },
  }));
}

export const CLIP_KEY_PREFIX = 'clip:';
const clipKey = (id: string) => `${CLIP_KEY_PREFIX}${id}`;

export interface ClippingLibrary {
  clippings: Clipping[];
  /** Keys holding something that is not (or no longer) a readable clipping: kept, never deleted. */
  unreadable: string[];
}

/** Every clipping, newest first. */
export async function readClippings(): Promise<ClippingLibrary> {
  const all = await browser.storage.local.get(null);
  const clippings: Clipping[] = [];
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(CLIP_KEY_PREFIX)) continue;
    const clipping = migrateClipping(value);
    if (clipping) clippings.push(clipping);
    else unreadable.push(key);
  }
  clippings.sort(newestFirst);
  return { clippings, unreadable };
}

export async function readClipping(id: string): Promise<Clipping | null> {
  const key = clipKey(id);
  const stored = await browser.storage.local.get(key);
  return migrateClipping(stored[key]);
}

export { CLIP_PAGE_PREFIX };

/** One page's clippings, by its index key: two small reads, whatever the library's size. */
export async function readPageClippings(url: string): Promise<Clipping[]> {
  const ids = await readPageClipIds(url);
  if (!ids.length) return [];
  const stored = await browser.storage.local.get(ids.map(clipKey));
  return ids
    .map((id) => migrateClipping(stored[clipKey(id)]))
    .filter((c): c is Clipping => c !== null && c.url === url);
}

/**
 * Writes clippings and their pages' indexes in one call (background only: see
 * MessageMap, which keeps writes in one queue).
 */
export async function storeClippings(clippings: readonly Clipping[]): Promise<void> {
  if (!clippings.length) return;
  const urls = [...new Set(clippings.map((c) => c.url))];
  const indexes = await browser.storage.local.get(urls.map(clipPageKey));
  const items: Record<string, unknown> = {};
  for (const url of urls) {
    const ids = new Set(idList(indexes[clipPageKey(url)]));
    for (const c of clippings) if (c.url === url) ids.add(c.id);
    items[clipPageKey(url)] = [...ids];
  }
  for (const c of clippings) items[clipKey(c.id)] = c;
  await browser.storage.local.set(items);
}

/** Deletes a clipping and takes it out of its page's index. */
export async function dropClipping(clipping: Clipping): Promise<void> {
  const key = clipPageKey(clipping.url);
  const ids = idList((await browser.storage.local.get(key))[key]).filter(
    (id) => id !== clipping.id,
  );
  if (ids.length) await browser.storage.local.set({ [key]: ids });
  else await browser.storage.local.remove(key);
  await browser.storage.local.remove(clipKey(clipping.id));
}

export interface ClippingChanges {
  changed: Clipping[];
  removed: string[];
}

/** Calls `onChange` whenever any context adds, edits or deletes clippings. */
export function watchClippings(onChange: (changes: ClippingChanges) => void): () => void {
  const listener = (
    changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
    area: string,
  ) => {
    if (area !== 'local') return;
    const out: ClippingChanges = { changed: [], removed: [] };
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(CLIP_KEY_PREFIX)) continue;
      const clipping = change.newValue === undefined ? null : migrateClipping(change.newValue);
      if (clipping) out.changed.push(clipping);
      else if (change.newValue === undefined) out.removed.push(key.slice(CLIP_KEY_PREFIX.length));
    }
    if (out.changed.length || out.removed.length) onChange(out);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
