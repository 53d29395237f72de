import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '../../utils/messages';
import type { PageStatus } from '../../utils/page-status';
import { loadPageStatus, type StatusSources } from './load-status';

interface PopupState {
  phase: 'loading' | 'ready';
  tabId: number | null;
  status: PageStatus | null;
  load(sources?: StatusSources): Promise<void>;
  reloadTab(): Promise<void>;
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
  async load(sources = browserSources) {
    set({ phase: 'loading' });
    const { tabId, status } = await loadPageStatus(sources);
    set({ phase: 'ready', tabId, status });
  },
  async reloadTab() {
    const { tabId } = get();
    if (tabId === null) return;
    await browser.tabs.reload(tabId);
    window.close();
  },
}));
