import { nextTask } from '../../../utils/article/steps';
import { revealElement } from './reveal';
import type { ArticleInfo } from '../../../utils/article/detect';
import { articleTextMap } from '../../../utils/article/article-text';
import { distinctTickers } from '../../../utils/entity-lists';
import type { Entity } from '../../../utils/finance/recognize';
import { drawMarks, setPrintable, setTints, type DrawnMarks } from '../../../utils/highlight/marks';
import { onMessage, sendToBackground, type HighlightState } from '../../../utils/messages';
import type { HighlightStats } from '../../../utils/page-status';
import { siteAllowed } from '../../../utils/site-rules';
import { watchSiteRules, watchUserSymbols } from '../../../utils/storage';
import { defineFeature, onAbort } from '../feature';
import type { Quietly } from './page-changes';

/**
 * Tickers, dates and policy documents marked in the article body, and only there:
 * the body is the detected article root, so navigation, sidebars, comments and
 * related lists stay as they were. The text goes to the background for recognition
 * (it holds the symbol directory); the marks are drawn from the answer if the page
 * has not moved on meanwhile.
 */
export interface EntityHighlights {
  /** Marks the article (or clears the marks when it is not one); a later call wins. */
  show(info: ArticleInfo): Promise<void>;
  /** Turns marks off or back on; off restores the page's DOM exactly. */
  setOn(on: boolean): HighlightState;
  /** Removes every mark (the page is left as it was). */
  clear(): void;
  readonly entities: readonly Entity[];
  readonly marks: DrawnMarks['marks'];
  /** The entity a mark element draws, if it is one of ours. */
  entityOf(mark: Element): Entity | undefined;
  readonly on: boolean;
  /** Scrolls to the first mark of the entity at this text offset and flashes it. */
  reveal(start: number): boolean;
  /** Whether marks keep their look when the page is printed (the reader's preference). */
  setPrintable(printable: boolean): void;
  /** Which kinds are marked (the reader's preference); the rest stay listed, not drawn. */
  setKinds(kinds: Readonly<Record<string, boolean>>): void;
  /** The look of each kind (the reader's preference); marks drawn take it at once. */
  setTints(tints: Readonly<Record<string, string>>): void;
  /** Asks for the entities again and redraws (the reader's symbols changed). */
  refresh(): void;
}

export interface HighlightHooks {
  /** Wraps our DOM writes so that they are not taken for page changes. */
  quietly: Quietly;
  /** Called after each drawing with what it found and what it cost. */
  onDrawn: (stats: HighlightStats) => void;
}

export function createEntityHighlights({ quietly, onDrawn }: HighlightHooks): EntityHighlights {
  let drawn: DrawnMarks | null = null;
  let byMark = new WeakMap<Element, Entity>();
  let entities: Entity[] = [];
  let article: ArticleInfo | null = null;
  let drawnText: string | null = null;
  let lastStats: HighlightStats | null = null;
  let on = true;
  let printable = false;
  let kinds: Readonly<Record<string, boolean>> = {};
  let tints: Readonly<Record<string, string>> = {};
  let generation = 0;

  const draw = async (info: ArticleInfo, mine: number) => {
    if (!info.root) return;
    const t0 = performance.now();
    // The article's own words: credits, bylines and widgets in the body are blanked.
    const map = articleTextMap(info.root);
    const mapMs = performance.now() - t0;
    if (!map.text) return;
    const t1 = performance.now();
    const found = await sendToBackground('background/recognize', {
      text: map.text,
      publishedAt: info.publishedTime,
      lang: info.lang,
    });
    const recognizeMs = performance.now() - t1;
    if (mine !== generation) return; // a newer page or switch has taken over
    entities = found;
    const t2 = performance.now();
    // Switched off (for this site, or by the reader): the popup still lists them.
    if (!on) return;
    // A watched ticker is marked even when the reader turned tickers off.
    const shown = found.filter(
      (e) => kinds[e.kind] !== false || (e.kind === 'ticker' && e.watched),
    );
    drawn = quietly(() => {
      // Clippings drawn while recognition ran split the text nodes the map points
      // at; `quietly` has lifted them again, so the text is mapped anew when so.
      const fresh = map.segments.every((seg) => seg.node.isConnected)
        ? map
        : articleTextMap(info.root!);
      return drawMarks(fresh.text === map.text ? fresh : map, shown, { printable, tints });
    });
    byMark = new WeakMap(drawn.marks.map(({ element, spec }) => [element, spec as Entity]));
    drawnText = map.text;
    lastStats = {
      entities: found.length,
      tickers: distinctTickers(found),
      marks: drawn.marks.length,
      mapMs: round(mapMs),
      recognizeMs: round(recognizeMs),
      drawMs: round(performance.now() - t2),
    };
    onDrawn(lastStats);
  };

  const clear = () => {
    generation++;
    if (drawn) quietly(() => drawn?.remove());
    drawn = null;
    drawnText = null;
  };

  const redraw = () => {
    if (!on || !article) return;
    clear();
    draw(article, generation).catch((error: unknown) =>
      console.warn('[FinMark] could not highlight the article:', error),
    );
  };

  return {
    get entities() {
      return entities;
    },
    get marks() {
      return drawn?.marks ?? [];
    },
    entityOf: (mark) => byMark.get(mark),
    get on() {
      return on;
    },
    reveal(start) {
      const mark = drawn?.marks.find((m) => m.spec.start === start)?.element;
      if (!mark?.isConnected) return false;
      revealElement(mark, '37, 99, 235');
      return true;
    },
    async show(info) {
      // A task of its own: detection's last step has just run.
      await nextTask();
      const next = info.isArticle ? info : null;
      // The same article with the same text (a re-check after an unrelated change):
      // the marks already drawn stay.
      if (next?.root && drawn && next.root === article?.root) {
        if (articleTextMap(next.root).text === drawnText) {
          // The fresh status from that re-check still gets the figures.
          if (lastStats) onDrawn(lastStats);
          return;
        }
      }
      clear();
      article = next;
      entities = [];
      if (article) await draw(article, generation);
    },
    setOn(next) {
      on = next;
      if (!on) clear();
      else if (!drawn && article) {
        draw(article, ++generation).catch((error: unknown) =>
          console.warn('[FinMark] could not highlight the article:', error),
        );
      }
      return { on, marks: drawn?.marks.length ?? 0 };
    },
    setKinds(next) {
      const changed = Object.keys({ ...kinds, ...next }).some((k) => kinds[k] !== next[k]);
      kinds = { ...next };
      if (changed) redraw();
    },
    refresh: () => redraw(),
    setTints(next) {
      tints = { ...next };
      const marks = drawn;
      if (marks) quietly(() => setTints(marks, tints));
    },
    setPrintable(next) {
      printable = next;
      const marks = drawn;
      if (marks) quietly(() => setPrintable(marks, next));
    },
    clear,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * The marks follow the page and the reader: each detection draws them, the reader's
 * preferences, symbols and site rules reach an open page without a reload, and the
 * popup lists the entities, switches the marks and reveals one. Every mark comes off
 * the page when the feature stops.
 */
export default defineFeature({
  id: 'entity-highlights',
  start({ highlights, events }, signal) {
    events.preferences.on((next) => {
      highlights.setPrintable(next.printHighlights);
      highlights.setKinds(next.kinds);
      highlights.setTints(next.tints);
    }, signal);
    // A new watch, alias or mute shows on open pages without a reload.
    onAbort(
      signal,
      watchUserSymbols(() => highlights.refresh()),
    );
    // Site rules edited on the options page reach this tab without a reload.
    onAbort(
      signal,
      watchSiteRules((rules) => {
        const allowed = siteAllowed(rules, location.host);
        if (allowed !== highlights.on) {
          events.highlightsChanging.emit();
          highlights.setOn(allowed);
        }
      }),
    );
    events.detected.on((info) => {
      events.highlightsChanging.emit();
      highlights.show(info).catch((error: unknown) => {
        console.warn('[FinMark] could not highlight the article:', error);
      });
    }, signal);
    onAbort(
      signal,
      onMessage('content/set-highlights', ({ on }) => {
        events.highlightsChanging.emit();
        return highlights.setOn(on);
      }),
    );
    onAbort(
      signal,
      onMessage('content/entities', () => ({
        entities: [...highlights.entities],
        on: highlights.on,
        host: location.host,
      })),
    );
    onAbort(
      signal,
      onMessage('content/reveal', ({ start }) => highlights.reveal(start)),
    );
    onAbort(signal, () => highlights.clear());
  },
});
