import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, sendToTab } from '../../utils/messages';
import { recognize } from '../../utils/finance/recognize';
import { applyUserSymbols } from '../../utils/finance/user-symbols';
import {
  clearPageStatus,
  editSymbolListStatus,
  readPageStatus,
  readSymbolListStatus,
  readUserSymbols,
  writePageStatus,
} from '../../utils/storage';
import { distinctTickers, quoteTags } from '../../utils/entity-lists';
import { clearBadge, showTickerCount } from './badge';
import { createClipStore } from './clip-store';
import { startClipCommands } from './clip-commands';
import { createDirectoryLoader, readPackaged } from './directory';
import { startReadabilityService } from './readability';
import { ensureSseRefererRule } from './referer-rule';
import { createSymbolListUpdater, downloadedStamp, mergeDownloaded } from './symbol-lists';
import { ALL_SOURCE_ORIGINS } from '../../utils/symbol-lists/origins';
import { SYMBOL_SOURCES } from '../../utils/symbol-lists/sources';

const loadDirectory = createDirectoryLoader({
  readShipped: readPackaged,
  downloadedStamp,
  mergeDownloaded,
  readAliases: async () => (await readUserSymbols()).aliases,
});

const WEEKLY_ALARM = 'symbol-lists-weekly';
const WEEK_MINUTES = 7 * 24 * 60;

const symbolLists = createSymbolListUpdater({
  sources: SYMBOL_SOURCES,
  fetch: (input, init) => fetch(input, init),
  hasPermission: (origins) => browser.permissions.contains({ origins }),
  prepare: async (source) => {
    if (source.id === 'sse') await ensureSseRefererRule();
  },
});

/** The weekly alarm exists exactly when the reader agreed to weekly updates. */
async function syncWeeklyAlarm(weekly: boolean): Promise<void> {
  const existing = await browser.alarms.get(WEEKLY_ALARM);
  if (weekly && !existing) {
    await browser.alarms.create(WEEKLY_ALARM, {
      delayInMinutes: WEEK_MINUTES,
      periodInMinutes: WEEK_MINUTES,
    });
  } else if (!weekly && existing) {
    await browser.alarms.clear(WEEKLY_ALARM);
  }
}

/** Once the tab has loaded, asks its content script to scroll to the clipping. */
function revealWhenLoaded(tabId: number, id: string) {
  const listener = (updated: number, change: { status?: string }) => {
    if (updated !== tabId || change.status !== 'complete') return;
    browser.tabs.onUpdated.removeListener(listener);
    // The content script may start a moment after "complete": ask a few times.
    const ask = (attempt: number) => {
      sendToTab(tabId, 'content/reveal-clip', { id }).catch(() => {
        if (attempt < 10) setTimeout(() => ask(attempt + 1), 300);
      });
    };
    ask(0);
  };
  browser.tabs.onUpdated.addListener(listener);
}

const warn = (what: string) => (error: unknown) => console.warn(`[FinMark] ${what}:`, error);

export default defineBackground(() => {
  // Built as soon as the background wakes (a page's first message wakes it), so the
  // build overlaps the page's own article detection instead of following it.
  loadDirectory().catch(warn('could not build the symbol directory'));
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
    const symbols = await readUserSymbols();
    const directory = await loadDirectory(symbols.aliases);
    // The reader's mutes and watchlist apply before anyone sees the entities: the
    // marks, the popup's lists and the badge's count.
    const entities = applyUserSymbols(
      recognize(text, { publishedAt, lang, directory }),
      symbols,
      directory,
    );
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !sender.frameId) {
      showTickerCount(tabId, distinctTickers(entities)).catch(warn('could not set the badge'));
    }
    return entities;
  });

  startReadabilityService();

  onMessage('background/ticker-names', async ({ values }) => {
    const directory = await loadDirectory();
    return Object.fromEntries(
      values.map((value) => {
        const listing = directory.byValue(value);
        return [value, listing ? { zh: listing.zh, en: listing.en } : null];
      }),
    );
  });

  onMessage('background/update-symbol-lists', ({ ids }) => symbolLists.update(ids));
  onMessage('background/set-weekly-update', async ({ on }) => {
    await editSymbolListStatus((status) => ({ ...status, weekly: on }));
    await syncWeeklyAlarm(on);
    return null;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== WEEKLY_ALARM) return;
    symbolLists.update().catch(warn('the weekly symbol-list update failed'));
  });
  // Alarms can be lost with a browser update or profile copy: put it back if agreed.
  readSymbolListStatus()
    .then((status) => syncWeeklyAlarm(status.weekly))
    .catch(warn('could not check the weekly update alarm'));

  // A new page in the tab: its badge belongs to the old one until the new one speaks.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      clearBadge(tabId).catch(warn('could not clear the badge'));
    }
  });

  onMessage('background/tab-status', ({ tabId }) => readPageStatus(tabId));

  const clips = createClipStore();
  onMessage('background/clip-add', async (draft) => {
    // The quote's own tickers and dates become its automatic tags.
    const entities = recognize(draft.quote, {
      publishedAt: draft.publishedTime,
      lang: null,
      directory: await loadDirectory(),
    });
    return clips.add({ ...draft, ...quoteTags(entities) });
  });
  onMessage('background/clip-update', ({ id, change }) => clips.update(id, change));
  onMessage('background/clip-delete', ({ id }) => clips.remove(id));
  onMessage('background/clip-restore', (clipping) => clips.restore(clipping));
  onMessage('background/clip-import', (clippings) => clips.importMany(clippings));
  onMessage('background/erase-all', async () => {
    await clips.eraseAll();
    // Back to the state just after install: no weekly update, no list hosts granted.
    await syncWeeklyAlarm(false);
    await browser.permissions
      .remove({ origins: ALL_SOURCE_ORIGINS })
      .catch(warn('could not give back the list hosts'));
    return null;
  });
  onMessage('background/open-clip', async ({ id, url }) => {
    const tab = await browser.tabs.create({ url });
    if (tab.id !== undefined) revealWhenLoaded(tab.id, id);
    return null;
  });
  startClipCommands();

  browser.tabs.onRemoved.addListener((tabId) => {
    clearPageStatus(tabId).catch((error: unknown) => {
      console.warn('[FinMark] could not clear status of closed tab', tabId, error);
    });
  });
});
