import { buildTextMap, textOffsetAt, type TextMap } from '../../../utils/article/text-map';
import { anchorQuote, describeQuote } from '../../../utils/clips/anchor';
import type { ClipColour, Clipping } from '../../../utils/clips/clipping';
import { pageClipUrl } from '../../../utils/clips/page-index';
import { WRAP_FORBIDDEN, wrapText, type Wrapped } from '../../../utils/highlight/wrap-text';
import { onMessage, sendToBackground, type ClipPlaces } from '../../../utils/messages';
import { readPageClippings, watchClippings } from '../../../utils/storage';
import { defineFeature, onAbort } from '../feature';
import type { Quietly } from './page-changes';
import { revealElement } from './reveal';

/**
 * The page's clippings: made from the reader's selection, drawn again on every
 * visit as `<finmark-clip data-finmark-clip="<id>">`, and placed afresh whenever the
 * page or the library changes. Clippings are placed in the text of the whole body
 * (not only a detected article), so a passage clipped anywhere can be found again.
 */
export const CLIP_TAG = 'finmark-clip';
const FORBIDDEN = `${WRAP_FORBIDDEN}, ${CLIP_TAG}, finmark-card, finmark-toolbar, finmark-clip-note`;

export interface PageInfo {
  title: string | null;
  site: string | null;
  publishedTime: string | null;
}

export interface PageClippings {
  /** Clips the current selection; null when there is no usable selection. */
  clipSelection(colour: ClipColour, note?: string): Promise<Clipping | null>;
  /** Places and draws the page's clippings again (the page or the library changed). */
  redraw(): void;
  /** Takes the drawn clippings off the page (before the entity marks change). */
  lift(): void;
  places(): ClipPlaces;
  /** The clipping a drawn element belongs to. */
  clippingOf(element: Element): Clipping | undefined;
  reveal(id: string): boolean;
  /** Reads the library (the first time, or for a new address in a single-page site) and redraws. */
  reload(): Promise<void>;
  /** Redraws whenever the library changes this page's clippings; returns the remover. */
  follow(): () => void;
  /** This page's address as clippings file it. */
  readonly url: string;
}

/**
 * The reader's selection when it can be clipped: not collapsed, inside the body, and
 * not in a form field or an editor (that text is the reader's own, not the page's).
 */
export function clippableRange(): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!document.body?.contains(range.commonAncestorContainer)) return null;
  const start = range.startContainer;
  const within = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (within?.closest('input, textarea, [contenteditable]:not([contenteditable="false"])'))
    return null;
  return range;
}

/** The page's clippings, empty until `reload` reads them from the library. */
export function createPageClippings(quietly: Quietly, pageInfo: () => PageInfo): PageClippings {
  let url = pageClipUrl();
  let mine: Clipping[] = [];
  let drawn: Wrapped<{ start: number; end: number; clipping: Clipping }> | null = null;
  let placed: string[] = [];
  let notFound: string[] = [];

  const load = async () => {
    url = pageClipUrl();
    mine = await readPageClippings(url);
  };

  const lift = () => {
    if (drawn) quietly(() => drawn?.remove());
    drawn = null;
  };

  const redraw = () => {
    lift();
    if (!mine.length || !document.body) {
      placed = [];
      notFound = [];
      return;
    }
    const map = buildTextMap(document.body);
    const specs: { start: number; end: number; clipping: Clipping }[] = [];
    const missing: string[] = [];
    for (const clipping of mine) {
      const [quote, position] = clipping.selectors;
      const anchor = anchorQuote(map.text, quote, position);
      if (anchor) specs.push({ start: anchor.start, end: anchor.end, clipping });
      else missing.push(clipping.id);
    }
    drawn = quietly(() =>
      wrapText(map, specs, FORBIDDEN, ({ clipping }, doc) => {
        const element = doc.createElement(CLIP_TAG);
        element.setAttribute('data-finmark-clip', clipping.id);
        element.setAttribute('data-finmark-colour', clipping.colour);
        element.setAttribute('tabindex', '0');
        if (clipping.note) element.setAttribute('data-finmark-note', '');
        return element;
      }),
    );
    placed = [...new Set(drawn.wrappers.map((w) => w.spec.clipping.id))];
    // Placed but not drawable (inside a field, overlapped): still not shown here.
    notFound = [
      ...missing,
      ...specs.map((s) => s.clipping.id).filter((id) => !placed.includes(id)),
    ];
  };

  const offsetsOf = (map: TextMap, range: Range) => {
    const start = textOffsetAt(map, range.startContainer, range.startOffset, 'start');
    const end = textOffsetAt(map, range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start) return null;
    // Trim white space at the ends: a double-click often takes the trailing space.
    let from = start;
    let to = end;
    while (from < to && /\s/.test(map.text[from]!)) from++;
    while (to > from && /\s/.test(map.text[to - 1]!)) to--;
    return to > from ? { start: from, end: to } : null;
  };

  return {
    get url() {
      return url;
    },
    async clipSelection(colour, note = '') {
      const range = clippableRange();
      if (!range) return null;
      // Our own clip wrappers split text nodes: map the body as it is now.
      const map = buildTextMap(document.body);
      const at = offsetsOf(map, range);
      if (!at) return null;
      const selectors = describeQuote(map.text, at.start, at.end);
      const info = pageInfo();
      const clipping = await sendToBackground('background/clip-add', {
        url: pageClipUrl(),
        title: info.title ?? (document.title || null),
        site: info.site ?? location.hostname,
        publishedTime: info.publishedTime,
        quote: selectors[0].exact,
        selectors,
        colour,
        note,
        tags: [],
        tickers: [],
        dates: [],
      });
      document.getSelection()?.removeAllRanges();
      // Storage tells us too, but draw now so the reader sees it at once.
      if (!mine.some((c) => c.id === clipping.id)) mine = [...mine, clipping];
      redraw();
      return clipping;
    },
    redraw,
    lift,
    places: () => ({ url, placed: [...placed], notFound: [...notFound] }),
    clippingOf(element) {
      const id = element.closest(CLIP_TAG)?.getAttribute('data-finmark-clip');
      return id ? mine.find((c) => c.id === id) : undefined;
    },
    reveal(id) {
      const element = drawn?.wrappers.find((w) => w.spec.clipping.id === id)?.element;
      if (!element?.isConnected) return false;
      revealElement(element, '217, 119, 6');
      return true;
    },
    async reload() {
      await load();
      redraw();
    },
    follow: () =>
      watchClippings(({ changed, removed }) => {
        const relevant =
          changed.some((c) => c.url === url) || removed.some((id) => mine.some((c) => c.id === id));
        if (!relevant) return;
        const byId = new Map(mine.map((c) => [c.id, c]));
        for (const id of removed) byId.delete(id);
        for (const c of changed) if (c.url === url) byId.set(c.id, c);
        mine = [...byId.values()];
        redraw();
      }),
  };
}

/**
 * Loads and draws the page's clippings, keeps them in step with the library and the
 * address, and answers the popup's questions about them. They come off the page
 * when the feature stops.
 */
export default defineFeature({
  id: 'clippings',
  async start({ ctx, quietly, clippings, events, highlights }, signal) {
    // Drawing the marks re-creates the clippings' elements: a clipping revealed before
    // the first drawing would lose its flash with them. A page opened from the library
    // is asked to reveal as soon as it loads, so the reveal waits for that drawing (or
    // for a verdict that means there will be none).
    let marksSettled = false;
    const settle = () => (marksSettled = true);
    events.drawn.on(settle, signal);
    events.detected.on((info) => {
      if (!info.isArticle || !highlights.on) settle();
    }, signal);
    await clippings.reload();
    onAbort(signal, clippings.follow());
    onAbort(signal, () => clippings.lift());
    // Clippings not placed yet may have arrived with the late content.
    events.settled.on(() => {
      if (clippings.places().notFound.length) quietly(() => clippings.redraw());
    }, signal);
    onAbort(
      signal,
      onMessage('content/reveal-clip', async ({ id }) => {
        // A page opened from the library may still be placing its clippings.
        for (let attempt = 0; attempt < 20; attempt++) {
          if ((marksSettled || attempt >= 12) && clippings.reveal(id)) return true;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return false;
      }),
    );
    onAbort(
      signal,
      onMessage('content/clip-places', () => clippings.places()),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!signal.aborted) void clippings.reload();
    });
  },
});
