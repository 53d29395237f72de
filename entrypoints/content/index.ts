import { defineContentScript } from 'wxt/utils/define-content-script';
import { startArticleFeature } from './features/article';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Top frame only: an article's body lives in the page the reader is on; ad and
  // embed iframes would only cost time.
  allFrames: false,
  main(ctx) {
    try {
      startArticleFeature(ctx);
    } catch (error) {
      // Never let FinMark's failure surface as the page's error.
      console.warn('[FinMark] content script failed to start:', error);
    }
  },
});
