import { t } from '../../utils/i18n';
import {
  cleanTags,
  CLIPPING_VERSION,
  clippingProblem,
  MAX_NOTE_LENGTH,
  newClippingId,
  type Clipping,
  type ClippingChange,
  type ClippingDraft,
} from '../../utils/clips/clipping';
import { browser } from 'wxt/browser';
import type { ImportResult } from '../../utils/messages';
import { dropClipping, readClipping, readClippings, storeClippings } from '../../utils/storage';

/**
 * The only writer of clippings. Every change runs through one queue, so two tabs
 * clipping at once, or a note typed while another tab deletes, never interleave
 * their read-modify-write. A failed write is retried; if it still fails the caller
 * gets an error that says so, and nothing is half-written.
 */
export interface ClipStoreIo {
  read: typeof readClipping;
  readAll: typeof readClippings;
  store: typeof storeClippings;
  drop: typeof dropClipping;
  /** Empties local storage: every clipping, index and setting. */
  clearAll(): Promise<void>;
  now(): Date;
  newId(): string;
  wait(ms: number): Promise<void>;
}

const defaultIo: ClipStoreIo = {
  read: readClipping,
  readAll: readClippings,
  store: storeClippings,
  drop: dropClipping,
  clearAll: () => browser.storage.local.clear(),
  now: () => new Date(),
  newId: newClippingId,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const ATTEMPTS = 3;

export class ClipWriteError extends Error {
  override name = 'ClipWriteError';
}

export function createClipStore(io: ClipStoreIo = defaultIo) {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const withRetry = async (what: string, write: () => Promise<void>) => {
    let last: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        await write();
        return;
      } catch (error) {
        last = error;
        if (attempt < ATTEMPTS - 1) await io.wait(200 * 2 ** attempt);
      }
    }
    const reason = last instanceof Error ? last.message : String(last);
    console.warn(`[FinMark] could not save ${what}:`, last);
    // Said to the reader in the toolbar or the popup: in the browser's language.
    throw new ClipWriteError(t('clipSaveFailed', [String(ATTEMPTS), reason]));
  };

  const valid = (clipping: Clipping): Clipping => {
    const problem = clippingProblem(clipping);
    if (problem) throw new Error(t('clipInvalid', problem));
    return clipping;
  };

  return {
    add(draft: ClippingDraft): Promise<Clipping> {
      return serially(async () => {
        const at = io.now().toISOString();
        const clipping = valid({
          ...draft,
          tags: cleanTags(draft.tags),
          schemaVersion: CLIPPING_VERSION,
          id: io.newId(),
          created: at,
          updated: at,
        });
        await withRetry('the clipping', () => io.store([clipping]));
        return clipping;
      });
    },

    update(id: string, change: ClippingChange): Promise<Clipping> {
      return serially(async () => {
        const current = await io.read(id);
        if (!current) throw new Error(t('clipGone'));
        const next = valid({
          ...current,
          ...(change.note !== undefined ? { note: change.note.slice(0, MAX_NOTE_LENGTH) } : {}),
          ...(change.colour !== undefined ? { colour: change.colour } : {}),
          ...(change.tags !== undefined ? { tags: cleanTags(change.tags) } : {}),
          updated: io.now().toISOString(),
        });
        await withRetry('the change', () => io.store([next]));
        return next;
      });
    },

    remove(id: string): Promise<Clipping | null> {
      return serially(async () => {
        const current = await io.read(id);
        if (!current) return null;
        await withRetry('the deletion', () => io.drop(current));
        return current;
      });
    },

    restore(clipping: Clipping): Promise<Clipping> {
      return serially(async () => {
        await withRetry('the clipping', () => io.store([valid(clipping)]));
        return clipping;
      });
    },

    /** Erases everything, after the writes already queued. */
    eraseAll(): Promise<void> {
      return serially(() => withRetry('the erasure', () => io.clearAll()));
    },

    /** Adds the clippings whose ids are new; the rest are left as they are. */
    importMany(clippings: readonly Clipping[]): Promise<ImportResult> {
      return serially(async () => {
        for (const c of clippings) valid(c);
        const have = new Set((await io.readAll()).clippings.map((c) => c.id));
        const fresh = new Map<string, Clipping>();
        for (const c of clippings) if (!have.has(c.id)) fresh.set(c.id, c);
        await withRetry('the import', () => io.store([...fresh.values()]));
        return { added: fresh.size, skipped: clippings.length - fresh.size };
      });
    },
  };
}

export type ClipStore = ReturnType<typeof createClipStore>;
