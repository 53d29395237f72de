import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../../utils/messages';
import { clearPageStatus, readPageStatus, writePageStatus } from '../../utils/storage';

export default defineBackground(() => {
  onMessage('background/report-status', async (status, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Page status must come from a tab.');
    if (sender.frameId) return null; // only the top frame speaks for the tab
    await writePageStatus(tabId, status);
    return null;
  });

  onMessage('background/tab-status', ({ tabId }) => readPageStatus(tabId));

  browser.tabs.onRemoved.addListener((tabId) => {
    clearPageStatus(tabId).catch((error: unknown) => {
      console.warn('[FinMark] could not clear status of closed tab', tabId, error);
    });
  });
});
