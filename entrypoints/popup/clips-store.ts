import { create } from 'zustand';
import { newestFirst, type Clipping, type ClippingChange } from '../../utils/clips/clipping';
import { prepareSearch } from '../../utils/clips/search';
import { sendToBackground, sendToTab, type ClipPlaces } from '../../utils/messages';
import { readClippings, watchClippings } from '../../utils/storage';

/**
 * The popup's view of the clipping library. It reads storage once and then follows
 * its changes, so two open views (or a tab clipping meanwhile) stay in sync; every
 * write goes to the background, the library's only writer.
 */
interface ClipState {
  loaded: boolean;
  clippings: Clipping[];
  /** The active tab's address as clippings file it, and what it could not place. */
  page: ClipPlaces | null;
  /** The last deletion, for Undo. */
  deleted: Clipping | null;
  error: string | null;
  load(tabId: number | null): Promise<void>;
  /** Saves a note, colour or tags change through the background. */
  save(id: string, change: ClippingChange): Promise<void>;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  open(clipping: Clipping): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let stopWatching: (() => void) | null = null;

export const useClipStore = create<ClipState>((set, get) => ({
  loaded: false,
  clippings: [],
  page: null,
  deleted: null,
  error: null,
  async load(tabId) {
    stopWatching?.();
    stopWatching = watchClippings(({ changed, removed }) => {
      const byId = new Map(get().clippings.map((c) => [c.id, c]));
      for (const id of removed) byId.delete(id);
      for (const c of changed) byId.set(c.id, c);
      const clippings = [...byId.values()].sort(newestFirst);
      set({ clippings });
    });
    const [library, page] = await Promise.all([
      readClippings(),
      tabId === null
        ? Promise.resolve(null)
        : sendToTab(tabId, 'content/clip-places', null).catch(() => null),
    ]);
    set({ loaded: true, clippings: library.clippings, page });
    // Fold the texts for search once the list is on screen, not on the first keystroke.
    setTimeout(() => prepareSearch(get().clippings), 0);
  },
  async save(id, change) {
    try {
      await sendToBackground('background/clip-update', { id, change });
      set({ error: null });
    } catch (error) {
      set({ error: message(error) });
      throw error;
    }
  },
  async remove(id) {
    try {
      const deleted = await sendToBackground('background/clip-delete', { id });
      set({ deleted, error: null });
    } catch (error) {
      set({ error: message(error) });
    }
  },
  async undo() {
    const { deleted } = get();
    if (!deleted) return;
    try {
      await sendToBackground('background/clip-restore', deleted);
      set({ deleted: null, error: null });
    } catch (error) {
      set({ error: message(error) });
    }
  },
  async open(clipping) {
    await sendToBackground('background/open-clip', { id: clipping.id, url: clipping.url });
    window.close();
  },
}));
