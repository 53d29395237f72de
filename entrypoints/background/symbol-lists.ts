import { parseSymbolTable, type Listing } from '../../utils/finance/symbol-table';
import type { SymbolListUpdate } from '../../utils/messages';
import { mergeListings } from '../../utils/symbol-lists/merge';
import { NO_PERMISSION } from '../../utils/symbol-lists/origins';
import type { SourceId, SymbolSource } from '../../utils/symbol-lists/sources';
import { toSymbolTable } from '../../utils/symbol-lists/table-text';
import {
  editSymbolListStatus,
  readSymbolListStatus,
  readSymbolLists,
  storeSymbolList,
} from '../../utils/storage';

/**
 * Downloads the exchanges' lists the reader asked for and keeps them as symbol
 * tables in storage. One update runs at a time; a source that fails keeps its
 * last good list and records why, and a page never waits for any of it (the
 * directory is rebuilt after a list is stored, from storage).
 */
type UpdateResult = SymbolListUpdate;
type UpdateOutcome = NonNullable<UpdateResult[SourceId]>;

export interface UpdaterDeps {
  sources: readonly SymbolSource[];
  fetch: typeof fetch;
  /** Whether the reader granted the host permissions a source needs. */
  hasPermission(origins: string[]): Promise<boolean>;
  /** Called before a source's download (Shanghai needs a header rule in place). */
  prepare?(source: SymbolSource): Promise<void>;
  now?(): number;
}

export function createSymbolListUpdater(deps: UpdaterDeps) {
  let running: Promise<UpdateResult> | null = null;
  const now = deps.now ?? Date.now;

  const updateOne = async (source: SymbolSource): Promise<UpdateOutcome> => {
    try {
      if (!(await deps.hasPermission(source.origins))) throw new Error(NO_PERMISSION);
      await deps.prepare?.(source);
      const listings = await source.download(deps.fetch);
      const updatedAt = now();
      await storeSymbolList(
        source.id,
        { updatedAt, table: toSymbolTable(listings) },
        listings.length,
      );
      return { ok: true, count: listings.length };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The last good list stays; only the attempt and its reason are recorded.
      await editSymbolListStatus((status) => {
        const before = status.sources[source.id];
        return {
          ...status,
          sources: {
            ...status.sources,
            [source.id]: {
              updatedAt: before?.updatedAt ?? null,
              count: before?.count ?? 0,
              lastAttempt: now(),
              error: message,
            },
          },
        };
      });
      return { ok: false, error: message };
    }
  };

  return {
    /** Updates the given sources (all by default), one after another. */
    update(ids?: readonly SourceId[]): Promise<UpdateResult> {
      running ??= (async () => {
        const result: UpdateResult = {};
        for (const source of deps.sources) {
          if (!ids || ids.includes(source.id)) result[source.id] = await updateOne(source);
        }
        return result;
      })().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** What the directory loader needs to know: changes whenever a stored list does. */
export async function downloadedStamp(): Promise<string> {
  const { sources } = await readSymbolListStatus();
  return Object.entries(sources)
    .filter(([, s]) => s?.updatedAt)
    .map(([id, s]) => `${id}@${s!.updatedAt}`)
    .sort()
    .join(',');
}

/** The shipped listings with every stored list merged in (shipped entries win). */
export async function mergeDownloaded(shipped: readonly Listing[]): Promise<Listing[]> {
  const lists = await readSymbolLists();
  const downloaded: Listing[] = [];
  for (const [id, list] of Object.entries(lists)) {
    const { listings, problems } = parseSymbolTable(list.table);
    if (problems.length)
      console.warn(`[FinMark] ${id}: ${problems.length} unreadable rows skipped`);
    downloaded.push(...listings);
  }
  return mergeListings([...shipped], downloaded);
}
