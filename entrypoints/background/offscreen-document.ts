import { browser } from 'wxt/browser';

/**
 * The offscreen document (Chrome) where Readability runs: a service worker has no
 * DOM to parse a page into. It is made on the first request and kept for the next
 * ones. Chrome allows one per extension, so requests that arrive while it is being
 * made wait for that making, and a "single offscreen document" error means another
 * call made it first.
 */
export interface OffscreenIo {
  /** Whether the document exists (a service worker restart forgets our own note of it). */
  exists(): Promise<boolean>;
  create(): Promise<void>;
}

export const OFFSCREEN_PATH = '/offscreen.html';

export function createOffscreenDocument(io: OffscreenIo = chromeOffscreen()): () => Promise<void> {
  let making: Promise<void> | null = null;
  const make = async () => {
    if (await io.exists()) return;
    try {
      await io.create();
    } catch (error) {
      if (!/single offscreen document|only one offscreen/i.test(String(error))) throw error;
    }
  };
  return () => {
    making ??= make().finally(() => (making = null));
    return making;
  };
}

function chromeOffscreen(): OffscreenIo {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  return {
    exists: async () => {
      const contexts = await browser.runtime.getContexts({
        contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
        documentUrls: [url],
      });
      return contexts.length > 0;
    },
    create: () =>
      browser.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: [browser.offscreen.Reason.DOM_PARSER],
        justification: "Finds an article's body with Readability, off the page's main thread.",
      }),
  };
}
