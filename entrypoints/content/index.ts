import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ArticleInfo } from '../../utils/article/detect';
import type { ClipColour } from '../../utils/clips/clipping';
import { onMessage } from '../../utils/messages';
import {
  readPreferences,
  readSiteHighlights,
  watchPreferences,
  watchSiteRules,
  watchUserSymbols,
} from '../../utils/storage';
import { siteAllowed } from '../../utils/site-rules';
import { startArticleFeature, type ArticleFeature } from './features/article';
import { startClipNotes } from './features/clip-note';
import { startClipToolbar } from './features/clip-toolbar';
import { startPageClippings, type PageClippings } from './features/clippings';
import { startEntityCards } from './features/entity-cards';
import { createEntityHighlights } from './features/entity-highlights';
import { watchPageChanges } from './features/page-changes';
import { letPressesSelectThroughMarks } from './features/press-through-marks';
import '../../assets/marks.css';

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
      let clips: PageClippings | null = null;
      let lastInfo: ArticleInfo | null = null;
      const changes = watchPageChanges(ctx, () => {
        void article?.refresh();
        // Clippings not placed yet may have arrived with the late content.
        if (clips?.places().notFound.length) changes.quietly(() => clips?.redraw());
      });
      // Clippings and entity marks wrap the same text nodes: the clippings come off
      // before the marks change and go back on after, so each restores exactly.
      const aroundMarks = <T>(write: () => T): T =>
        changes.quietly(() => {
          clips?.lift();
          try {
            return write();
          } finally {
            clips?.redraw();
          }
        });
      const highlights = createEntityHighlights({
        quietly: aroundMarks,
        onDrawn: (stats) => article?.reportHighlights(stats),
      });
      if (!siteOn) highlights.setOn(false);
      if (preferences) {
        highlights.setPrintable(preferences.printHighlights);
        highlights.setKinds(preferences.kinds);
        highlights.setTints(preferences.tints);
      }
      let clipColour = preferences?.clipColour ?? 'yellow';
      let quoteSites = preferences?.quoteSites;
      const stopPreferences = watchPreferences((next) => {
        highlights.setPrintable(next.printHighlights);
        highlights.setKinds(next.kinds);
        highlights.setTints(next.tints);
        clipColour = next.clipColour;
        quoteSites = next.quoteSites;
      });
      // A new watch, alias or mute shows on open pages without a reload.
      const stopUserSymbols = watchUserSymbols(() => highlights.refresh());
      const cards = startEntityCards(ctx, highlights, changes.quietly, () => quoteSites);
      // Site rules edited on the options page reach this tab without a reload.
      const stopSiteRules = watchSiteRules((rules) => {
        const allowed = siteAllowed(rules, location.host);
        if (allowed !== highlights.on) {
          cards.close();
          highlights.setOn(allowed);
        }
      });
      letPressesSelectThroughMarks(ctx, changes.quietly);
      article = startArticleFeature(ctx, (info) => {
        lastInfo = info.isArticle ? info : null;
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

      clips = await startPageClippings(changes.quietly, () => ({
        title: lastInfo?.title ?? null,
        site: lastInfo?.siteName ?? null,
        publishedTime: lastInfo?.publishedTime ?? null,
      }));
      const pageClips = clips;
      const notes = startClipNotes(ctx, pageClips, changes.quietly);
      const clipAndMaybeNote = async (colour: ClipColour, withNote: boolean) => {
        const clipping = await pageClips.clipSelection(colour);
        if (clipping && withNote) notes.openById(clipping.id);
        return clipping;
      };
      startClipToolbar(ctx, {
        quietly: changes.quietly,
        clip: clipAndMaybeNote,
        startColour: () => clipColour,
      });
      const stopClip = onMessage('content/clip-selection', ({ colour, withNote }) =>
        clipAndMaybeNote(colour ?? clipColour, withNote ?? false),
      );
      const stopRevealClip = onMessage('content/reveal-clip', async ({ id }) => {
        // A page opened from the library may still be placing its clippings.
        for (let attempt = 0; attempt < 20; attempt++) {
          if (pageClips.reveal(id)) return true;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return false;
      });
      const stopPlaces = onMessage('content/clip-places', () => pageClips.places());
      ctx.addEventListener(window, 'wxt:locationchange', () => void pageClips.reload());
      ctx.onInvalidated(() => {
        stop();
        stopEntities();
        stopReveal();
        stopPreferences();
        stopUserSymbols();
        stopSiteRules();
        stopClip();
        stopRevealClip();
        stopPlaces();
        pageClips.stop();
        highlights.clear();
      });
    } catch (error) {
      // Never let FinMark's failure surface as the page's error.
      console.warn(
        '[FinMark] content script failed to start:',
        error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
      );
    }
  },
});
