import { browser } from 'wxt/browser';
import { sendToTab } from '../../utils/messages';
import { t } from '../../utils/i18n';

/**
 * The two ways to clip without the page's toolbar: the context menu on a selection
 * and the keyboard shortcut (manifest `commands`). Both ask the tab's content script,
 * which owns the selection and the page's text.
 */
export const CLIP_MENU_ID = 'finmark-clip-selection';
export const CLIP_COMMAND = 'clip-selection';

function clipIn(tabId: number | undefined) {
  if (tabId === undefined) return;
  sendToTab(tabId, 'content/clip-selection', {}).catch((error: unknown) => {
    console.warn('[FinMark] could not clip the selection:', error);
  });
}

export function startClipCommands(): void {
  const menus = browser.contextMenus;
  browser.runtime.onInstalled.addListener(() => {
    menus.removeAll().then(
      () =>
        menus.create({ id: CLIP_MENU_ID, title: t('menuClipSelection'), contexts: ['selection'] }),
      (error: unknown) => console.warn('[FinMark] could not set up the menu:', error),
    );
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID) clipIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== CLIP_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    clipIn(tab?.id);
  });
}
