import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../../utils/messages';
import { recognize } from '../../utils/finance/recognize';
import { clearPageStatus, readPageStatus, writePageStatus } from '../../utils/storage';
import { distinctTickers } from '../../utils/entity-lists';
import { clearBadge, showTickerCount } from './badge';
import { loadDirectory } from './directory';

const warn = (what: string) => (error: unknown) => console.warn(`[FinMark] ${what}:`, error);

export default defineBackground(() => {
  onMessage('background/report-status', async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Page status must come from a tab.');
    if (sender.frameId) return null; // only the top frame speaks for the tab
    await writePageStatus(tabId, status);
    if (status.kind !== 'analysed' || !status.report.isArticle) {
      clearBadge(tabId).catch(warn('could not clear the badge'));
    }
    return null;
  });

  onMessage('background/recognize', async ({ text, publishedAt, lang }, sender) => {
    const directory = await loadDirectory();
    const entities = recognize(text, { publishedAt, lang, directory });
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !sender.frameId) {
      showTickerCount(tabId, distinctTickers(entities)).catch(warn('could not set the badge'));
    }
    return entities;
  });

  // A new page in the tab: its badge belongs to the old one until the new one speaks.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      clearBadge(tabId).catch(warn('could not clear the badge'));
    }
  });

  onMessage('background/tab-status', ({ tabId }) => readPageStatus(tabId));

  browser.tabs.onRemoved.addListener((tabId) => {
    clearPageStatus(tabId).catch((error: unknown) => {
      console.warn('[FinMark] could not clear status of closed tab', tabId, error);
    });
  });
});
