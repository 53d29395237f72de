import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab, type PageEntities } from '../../utils/messages';
import type { PageStatus } from '../../utils/page-status';
import {
  editUserSymbols,
  readPreferences,
  readUserSymbols,
  writePreferences,
  writeSiteHighlights,
  type Preferences,
} from '../../utils/storage';
import { loadPageStatus, type StatusSources } from './load-status';

interface PopupState {
  phase: 'loading' | 'ready';
  tabId: number | null;
  status: PageStatus | null;
  /** The article's entities and the switch, when the page is an article that answered. */
  entities: PageEntities | null;
  /** The reader's preferences for every site (null until read). */
  preferences: Preferences | null;
  /** The reader's watchlist (null until read): starred rows, listed first. */
  watchlist: string[] | null;
  /** Stars or unstars a ticker; open pages follow through storage. */
  setWatched(value: string, on: boolean): Promise<void>;
  load(sources?: StatusSources): Promise<void>;
  reloadTab(): Promise<void>;
  /** The per-site switch: remembered for the host, applied to the tab at once. */
  setSiteHighlights(on: boolean): Promise<void>;
  reveal(start: number): Promise<void>;
  setPrintHighlights(on: boolean): Promise<void>;
}

export const browserSources: StatusSources = {
  async findTab() {
    const param = new URLSearchParams(location.search).get('tab');
    if (param && /^\d+$/.test(param)) {
      const tab = await browser.tabs.get(Number(param));
      return tab.id === undefined ? null : { id: tab.id, url: tab.url };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  },
  askPage: (tabId) => sendToTab(tabId, 'content/page-status', null),
  askBackground: (tabId) => sendToBackground('background/tab-status', { tabId }),
};

export const usePopupStore = create<PopupState>((set, get) => ({
  phase: 'loading',
  tabId: null,
  status: null,
  entities: null,
  preferences: null,
  watchlist: null,
  async load(sources = browserSources) {
    set({ phase: 'loading' });
    readPreferences().then(
      (preferences) => set({ preferences }),
      (error: unknown) => console.warn('[FinMark] could not read preferences:', error),
    );
    readUserSymbols().then(
      ({ watchlist }) => set({ watchlist }),
      (error: unknown) => console.warn('[FinMark] could not read the watchlist:', error),
    );
    const { tabId, status } = await loadPageStatus(sources);
    set({ phase: 'ready', tabId, status });
    if (tabId !== null && status?.kind === 'analysed' && status.report.isArticle) {
      // Recognition may still be under way right after load: ask until it has answered.
      for (let attempt = 0; attempt < 10; attempt++) {
        const entities = await sendToTab(tabId, 'content/entities', null).catch(() => null);
        if (entities) set({ entities });
        if (!entities || entities.entities.length || !entities.on) break;
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  },
  async setSiteHighlights(on) {
    const { tabId, entities } = get();
    if (tabId === null || !entities) return;
    // The switch moves at once; if the change cannot be made, it moves back.
    set({ entities: { ...entities, on } });
    try {
      await writeSiteHighlights(entities.host, on);
      await sendToTab(tabId, 'content/set-highlights', { on });
    } catch (error) {
      set({ entities });
      throw error;
    }
  },
  async setPrintHighlights(on) {
    const { preferences } = get();
    if (!preferences) return;
    set({ preferences: { ...preferences, printHighlights: on } });
    try {
      // Pages pick the change up from storage; nothing to send.
      set({ preferences: await writePreferences({ printHighlights: on }) });
    } catch (error) {
      set({ preferences });
      throw error;
    }
  },
  async setWatched(value, on) {
    const before = get().watchlist ?? [];
    set({ watchlist: on ? [...before, value] : before.filter((v) => v !== value) });
    try {
      const next = await editUserSymbols((symbols) => ({
        ...symbols,
        watchlist: on
          ? [...symbols.watchlist, value]
          : symbols.watchlist.filter((v) => v !== value),
      }));
      set({ watchlist: next.watchlist });
    } catch (error) {
      set({ watchlist: before });
      throw error;
    }
  },
  async reveal(start) {
    const { tabId } = get();
    if (tabId !== null) await sendToTab(tabId, 'content/reveal', { start });
  },
  async reloadTab() {
    const { tabId } = get();
    if (tabId === null) return;
    await browser.tabs.reload(tabId);
    window.close();
  },
}));
