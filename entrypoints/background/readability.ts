import { readAndJudgeCopy } from '../../utils/article/judge-copy';
import { NoReceiverError, onMessage, sendToOffscreen } from '../../utils/messages';
import { createOffscreenDocument, type OffscreenDocument } from './offscreen-document';

/**
 * Answers `background/readability`: Readability on a page's HTML, off that page's
 * main thread, and detection's verdict on the copy when the loader asks for it
 * (`judge-copy.ts`). A background with a DOM (Firefox's background page) runs it here; a
 * service worker (Chrome) hands it to the offscreen document, made when first needed.
 */
export interface ReadabilityService {
  /** Whether this context can parse HTML itself. */
  hasDom: boolean;
  /** The offscreen document (Chrome): made for the work, closed when idle. */
  offscreen: Pick<OffscreenDocument, 'use'>;
  askOffscreen: typeof sendToOffscreen<'offscreen/readability'>;
}

function browserService(): ReadabilityService {
  const hasDom = typeof DOMParser === 'function';
  return {
    hasDom,
    // Made only where it is used: Firefox's background page has no offscreen API.
    offscreen: hasDom
      ? { use: () => Promise.reject(new Error('no offscreen document in this browser')) }
      : createOffscreenDocument(),
    askOffscreen: sendToOffscreen,
  };
}

export function startReadabilityService(service = browserService()): () => void {
  return onMessage('background/readability', async (request) => {
    if (service.hasDom) return readAndJudgeCopy(request);
    return service.offscreen.use(async () => {
      try {
        return await service.askOffscreen('offscreen/readability', request);
      } catch (error) {
        // Just made, its script may not listen yet: once more, a moment later.
        if (!(error instanceof NoReceiverError)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
        return service.askOffscreen('offscreen/readability', request);
      }
    });
  });
}
