import type { ArticleInfo } from '../../../utils/article/detect';
import { buildTextMap } from '../../../utils/article/text-map';
import type { Entity } from '../../../utils/finance/recognize';
import { drawMarks, type DrawnMarks } from '../../../utils/highlight/marks';
import { sendToBackground, type HighlightState } from '../../../utils/messages';

/**
 * Tickers, dates and policy documents marked in the article body, and only there:
 * the body is the detected article root, so navigation, sidebars, comments and
 * related lists stay as they were. The text goes to the background for recognition
 * (it holds the symbol directory); the marks are drawn from the answer if the page
 * has not moved on meanwhile.
 */
export interface EntityHighlights {
  /** Marks the article, replacing earlier marks (a later call wins over an earlier one). */
  show(info: ArticleInfo): Promise<void>;
  /** Turns marks off or back on; off restores the page's DOM exactly. */
  setOn(on: boolean): HighlightState;
  /** Removes every mark (the page is left as it was). */
  clear(): void;
  readonly entities: readonly Entity[];
}

export function createEntityHighlights(): EntityHighlights {
  let drawn: DrawnMarks | null = null;
  let entities: Entity[] = [];
  let article: ArticleInfo | null = null;
  let on = true;
  let generation = 0;

  const draw = async (info: ArticleInfo, mine: number) => {
    if (!info.root) return;
    const map = buildTextMap(info.root);
    if (!map.text) return;
    const found = await sendToBackground('background/recognize', {
      text: map.text,
      publishedAt: info.publishedTime,
      lang: info.lang,
    });
    if (mine !== generation) return; // a newer page or switch has taken over
    entities = found;
    if (on) drawn = drawMarks(map, found);
  };

  const clear = () => {
    generation++;
    drawn?.remove();
    drawn = null;
  };

  return {
    get entities() {
      return entities;
    },
    async show(info) {
      clear();
      article = info.isArticle ? info : null;
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
    clear,
  };
}
