import { pickWithReadability } from '../../utils/article/readability-pick';
import { NoReceiverError, onMessage, sendToOffscreen } from '../../utils/messages';
import { createOffscreenDocument } from './offscreen-document';

/**
 * Answers `background/readability`: Readability on a page's HTML, off that page's
 * main thread. A background with a DOM (Firefox's background page) runs it here; a
 * service worker (Chrome) hands it to the offscreen document, made when first needed.
 */
export interface ReadabilityService {
  /** Whether this context can parse HTML itself. */
  hasDom: boolean;
  /** Makes sure the offscreen document exists (Chrome). */
  ensureOffscreen: () => Promise<void>;
  askOffscreen: typeof sendToOffscreen<'offscreen/readability'>;
}

export function startReadabilityService(
  service: ReadabilityService = {
    hasDom: typeof DOMParser === 'function',
    ensureOffscreen: createOffscreenDocument(),
    askOffscreen: sendToOffscreen,
  },
): () => void {
  return onMessage('background/readability', async (request) => {
    if (service.hasDom) return pickWithReadability(request);
    await service.ensureOffscreen();
    try {
      return await service.askOffscreen('offscreen/readability', request);
    } catch (error) {
      // Just made, its script may not listen yet: once more, a moment later.
      if (!(error instanceof NoReceiverError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return service.askOffscreen('offscreen/readability', request);
    }
  });
}
