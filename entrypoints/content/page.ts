import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleInfo } from '../../utils/article/detect';
import type { PageGlance } from '../../utils/article/first-glance';
import type { Clipping } from '../../utils/clips/clipping';
import type { HighlightStats } from '../../utils/page-status';
import { watchPreferences, type Preferences } from '../../utils/storage';
import { describeError, onAbort } from './feature';
import { createPageClippings, type PageClippings } from './features/clippings';
import { createEntityHighlights, type EntityHighlights } from './features/entity-highlights';
import { watchPageChanges, type Quietly } from './features/page-changes';

/**
 * What the content features share on one page: the services several of them use,
 * made before any feature starts, and the events by which one feature's news reaches
 * the others. (One article info, text map and version per page — a `PageSession` —
 * would join these services.)
 */
export interface Page {
  readonly ctx: ContentScriptContext;
  /** Runs our own DOM write without it counting as a page change (page-changes.ts). */
  readonly quietly: Quietly;
  /** The reader's preferences as they are now (null: they could not be read). */
  preferences(): Preferences | null;
  /** The article the last detection found on this address (null: none). */
  article(): ArticleInfo | null;
  /** The loader's glance at the page, once: the first detection goes on from it. */
  takeGlance(): PageGlance | null;
  /** The entity marks; their settings already applied, drawn on each detection. */
  readonly highlights: EntityHighlights;
  /** The page's clippings; empty until the `clippings` feature loads them. */
  readonly clippings: PageClippings;
  readonly events: PageEvents;
}

export interface PageEvents {
  /** Late content has settled (page-changes.ts): detect again, place what was not found. */
  readonly settled: PageEvent<[]>;
  /** Article detection has a result for the current address. */
  readonly detected: PageEvent<[info: ArticleInfo]>;
  /** The marks were drawn, with what they found and what they cost. */
  readonly drawn: PageEvent<[stats: HighlightStats]>;
  /** The marks are about to be redrawn or switched: an open card would outlive its mark. */
  readonly highlightsChanging: PageEvent<[]>;
  /** The reader clipped a passage; `withNote` when they asked to write its note. */
  readonly clipped: PageEvent<[clipping: Clipping, withNote: boolean]>;
  /** The reader changed their preferences (on the options page, in any context). */
  readonly preferences: PageEvent<[next: Preferences]>;
}

/** Listeners are called in the order they were added, each in its own try/catch. */
export interface PageEvent<A extends unknown[]> {
  /** Listens until `signal` aborts. */
  on(listener: (...args: A) => void, signal: AbortSignal): void;
  emit(...args: A): void;
}

export function pageEvent<A extends unknown[]>(name: string): PageEvent<A> {
  const listeners = new Set<(...args: A) => void>();
  return {
    on(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    emit(...args) {
      for (const listener of [...listeners]) {
        try {
          listener(...args);
        } catch (error) {
          console.warn(`[FinMark] a listener of "${name}" failed:`, describeError(error));
        }
      }
    },
  };
}

export interface PageStart {
  /** The reader's per-site switch for this host. */
  siteOn: boolean;
  preferences: Preferences | null;
  /** The loader's glance, when it left the page undecided (see `loader.ts`). */
  glance?: PageGlance | null;
}

export function createPage(
  ctx: ContentScriptContext,
  { siteOn, preferences, glance = null }: PageStart,
  signal: AbortSignal,
): Page {
  const events: PageEvents = {
    settled: pageEvent('settled'),
    detected: pageEvent('detected'),
    drawn: pageEvent('drawn'),
    highlightsChanging: pageEvent('highlightsChanging'),
    clipped: pageEvent('clipped'),
    preferences: pageEvent('preferences'),
  };
  let current = preferences;
  onAbort(
    signal,
    watchPreferences((next) => {
      current = next;
      events.preferences.emit(next);
    }),
  );
  let article: ArticleInfo | null = null;
  let untaken = glance;
  events.detected.on((info) => (article = info.isArticle ? info : null), signal);

  const changes = watchPageChanges(ctx, () => events.settled.emit());
  const clippings = createPageClippings(changes.quietly, () => ({
    title: article?.title ?? null,
    site: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
  }));
  // Clippings and entity marks wrap the same text nodes: the clippings come off
  // before the marks change and go back on after, so each restores exactly.
  const aroundMarks: Quietly = (write) =>
    changes.quietly(() => {
      clippings.lift();
      try {
        return write();
      } finally {
        clippings.redraw();
      }
    });
  const highlights = createEntityHighlights({
    quietly: aroundMarks,
    onDrawn: (stats) => events.drawn.emit(stats),
  });
  if (!siteOn) highlights.setOn(false);
  if (preferences) {
    highlights.setPrintable(preferences.printHighlights);
    highlights.setKinds(preferences.kinds);
    highlights.setTints(preferences.tints);
  }

  return {
    ctx,
    quietly: changes.quietly,
    preferences: () => current,
    article: () => article,
    takeGlance() {
      const taken = untaken;
      untaken = null;
      return taken;
    },
    highlights,
    clippings,
    events,
  };
}
