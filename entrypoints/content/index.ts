import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../../utils/messages';
import { readPreferences, readSiteHighlights, watchPreferences } from '../../utils/storage';
import { startArticleFeature, type ArticleFeature } from './features/article';
import { startEntityCards } from './features/entity-cards';
import { createEntityHighlights } from './features/entity-highlights';
import { watchPageChanges } from './features/page-changes';
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Top frame only: an article's body lives in the page the reader is on; ad and
  // embed iframes would only cost time.
  allFrames: false,
  async main(ctx) {
    try {
      // The reader's per-site switch, read before anything is drawn.
      const siteOn = await readSiteHighlights(location.host).catch(() => true);
      const preferences = await readPreferences().catch(() => null);
      let article: ArticleFeature | null = null;
      const changes = watchPageChanges(ctx, () => article?.refresh());
      const highlights = createEntityHighlights({
        quietly: changes.quietly,
        onDrawn: (stats) => article?.reportHighlights(stats),
      });
      if (!siteOn) highlights.setOn(false);
      if (preferences) highlights.setPrintable(preferences.printHighlights);
      const stopPreferences = watchPreferences((next) =>
        highlights.setPrintable(next.printHighlights),
      );
      const cards = startEntityCards(ctx, highlights, changes.quietly);
      article = startArticleFeature(ctx, (info) => {
        cards.close();
        highlights.show(info).catch((error: unknown) => {
          console.warn('[FinMark] could not highlight the article:', error);
        });
      });
      const stop = onMessage('content/set-highlights', ({ on }) => {
        cards.close();
        return highlights.setOn(on);
      });
      const stopEntities = onMessage('content/entities', () => ({
        entities: [...highlights.entities],
        on: highlights.on,
        host: location.host,
      }));
      const stopReveal = onMessage('content/reveal', ({ start }) => highlights.reveal(start));
      ctx.onInvalidated(() => {
        stop();
        stopEntities();
        stopReveal();
        stopPreferences();
        highlights.clear();
      });
    } catch (error) {
      // Never let FinMark's failure surface as the page's error.
      console.warn('[FinMark] content script failed to start:', error);
    }
  },
});
