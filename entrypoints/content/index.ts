import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPreferences, readSiteHighlights } from '../../utils/storage';
import { describeError, startFeatures } from './feature';
import { CONTENT_FEATURES } from './feature-list';
import { ignoreForgedEvents } from './forged-events';
import { createPage } from './page';
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
      // The reader's per-site switch, read before anything is drawn.
      const siteOn = await readSiteHighlights(location.host).catch(() => true);
      const preferences = await readPreferences().catch(() => null);
      // Aborted when the content script is invalidated (the extension reloaded or
      // updated): every feature tears down through it.
      const signal = ctx.signal;
      const page = createPage(ctx, { siteOn, preferences }, signal);
      await startFeatures(CONTENT_FEATURES, page, signal);
    } catch (error) {
      // Never let FinMark's failure surface as the page's error.
      console.warn('[FinMark] content script failed to start:', describeError(error));
    }
  },
});
