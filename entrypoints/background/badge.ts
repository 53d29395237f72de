import { browser } from 'wxt/browser';

/**
 * The toolbar badge: how many distinct listed companies the tab's article names.
 * Nothing on other pages. Chrome (MV3) calls the button `action`, Firefox's MV2
 * build `browserAction`.
 */
const button = () => browser.action ?? browser.browserAction;

export async function showTickerCount(tabId: number, count: number): Promise<void> {
  await button().setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await button().setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
}

export async function clearBadge(tabId: number): Promise<void> {
  await button().setBadgeText({ tabId, text: '' });
}
