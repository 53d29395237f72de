import { defineContentScript } from 'wxt/utils/define-content-script';
import { describeError } from './feature';
import { ignoreForgedEvents } from './forged-events';
import { importContentMain } from './handoff';
import { runLoader } from './loader';
import { whenFirstShown } from './when-shown';
import '../../assets/marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Top frame only: an article's body lives in the page the reader is on; ad and
  // embed iframes would only cost time.
  allFrames: false,
  async main(ctx) {
    try {
      // First, before a page could stop or prod us with WXT's own events.
      ignoreForgedEvents(ctx);
      // A tab opened or restored in the background waits, at no cost, until it is shown.
      if (!(await whenFirstShown(ctx.signal))) return;
      await runLoader(ctx, importContentMain);
    } catch (error) {
      // Never let FinMark's failure surface as the page's error.
      console.warn('[FinMark] content script failed to start:', describeError(error));
    }
  },
});
