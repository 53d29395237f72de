import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Entity } from '../../../utils/finance/recognize';
import { MARK_TAG } from '../../../utils/highlight/marks';
import { defineFeature, onAbort } from '../feature';
import { CARD_CSS, renderCard } from './card-view';
import { showOverlay, type Overlay } from './overlay';
import type { Quietly } from './page-changes';

/**
 * The card a mark opens on hover or keyboard focus: a shadow-DOM box fixed over
 * the page (no layout shift, page CSS cannot reach it), closed by Esc, by leaving
 * both mark and card, or by focus moving on. Its host element exists only while a
 * card is open, so the page's DOM is otherwise exactly its own.
 *
 * The host is appended at the end of the page, so the browser's Tab order would never
 * reach the card's links from its mark. So, from a focused mark with its card open,
 * Tab (or ArrowDown) moves into the card's first control; Shift+Tab from the first
 * control goes back to the mark (card still open); Tab past the last control, or Esc,
 * closes the card with focus on the mark, and the next Tab goes on in the page.
 */
export interface EntityCardsSource {
  /** The entity a mark draws, if it is one of ours. */
  entityOf(mark: Element): Entity | undefined;
  readonly entities: readonly Entity[];
}

const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 250;
export const CARD_TAG = 'finmark-card';

export function startEntityCards(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  source: EntityCardsSource,
  quietly: Quietly,
  quoteSites: () => readonly string[] | undefined = () => undefined,
): { close(): void } {
  let overlay: Overlay | null = null;
  let card: HTMLElement | null = null;
  let openFor: Element | null = null;
  /** Set while we move focus back to a mark ourselves: that focus must not reopen its card. */
  let refocusing = false;
  let openTimer: number | null = null;
  let closeTimer: number | null = null;

  const cancel = () => {
    if (openTimer !== null) clearTimeout(openTimer);
    if (closeTimer !== null) clearTimeout(closeTimer);
    openTimer = closeTimer = null;
  };

  /** The card's links and buttons, in their order. */
  const controls = (): HTMLElement[] =>
    card ? [...card.querySelectorAll<HTMLElement>('a[href], button')] : [];

  const focusMark = (mark: Element) => {
    if (!(mark instanceof HTMLElement) || !mark.isConnected) return;
    refocusing = true;
    try {
      mark.focus({ preventScroll: true });
    } finally {
      refocusing = false;
    }
  };

  const close = () => {
    cancel();
    const mark = openFor;
    // Focus inside the card would fall to <body> with it: it goes back to the mark.
    const focusInside = card !== null && (card.getRootNode() as ShadowRoot).activeElement !== null;
    openFor = null;
    card = null;
    overlay?.remove();
    overlay = null;
    if (focusInside && mark) focusMark(mark);
  };

  const open = (mark: Element) => {
    const entity = source.entityOf(mark);
    if (!entity || !mark.isConnected) return;
    close();
    openFor = mark;
    const shown = renderCard(entity, {
      all: source.entities,
      now: new Date(),
      pageTitle: document.title,
      pageUrl: location.href,
      quoteSites: quoteSites(),
    });
    card = shown;
    overlay = showOverlay(CARD_TAG, 'closed', CARD_CSS, shown, quietly);
    overlay.host.addEventListener('mouseenter', cancel);
    overlay.host.addEventListener('mouseleave', () => scheduleClose());
    // Inside the closed shadow root, where the focused control is known.
    shown.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      const list = controls();
      const at = list.indexOf(event.target as HTMLElement);
      if (at < 0) return;
      if (event.shiftKey && at === 0) {
        event.preventDefault();
        focusMark(mark);
      } else if (!event.shiftKey && at === list.length - 1) {
        event.preventDefault();
        close();
      }
    });
    place(shown, mark);
  };

  const scheduleClose = () => {
    cancel();
    closeTimer = ctx.setTimeout(close, CLOSE_DELAY_MS);
  };

  const markOf = (target: EventTarget | null): Element | null =>
    target instanceof Element ? target.closest(MARK_TAG) : null;

  document.addEventListener(
    'mouseover',
    (event) => {
      const mark = markOf(event.target);
      if (!mark) return;
      if (mark === openFor) return cancel();
      cancel();
      openTimer = ctx.setTimeout(() => open(mark), OPEN_DELAY_MS);
    },
    { signal },
  );
  document.addEventListener(
    'mouseout',
    (event) => {
      if (markOf(event.target) && (openFor || openTimer !== null)) scheduleClose();
    },
    { signal },
  );
  document.addEventListener(
    'focusin',
    (event) => {
      const mark = markOf(event.target);
      if (mark) {
        // Already open (by hover, or focus came back from the card): keep it open.
        if (mark === openFor) cancel();
        else if (!refocusing) open(mark);
      } else if (openFor && event.target !== overlay?.host) close();
    },
    { signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (!openFor || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        // From the card, focus goes back to the mark (see close); on the mark, it stays.
        close();
        return;
      }
      const forward = event.key === 'Tab' || event.key === 'ArrowDown';
      if (!forward || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target !== openFor || document.activeElement !== openFor) return;
      const first = controls()[0];
      if (!first) return;
      event.preventDefault();
      first.focus({ preventScroll: true });
    },
    { capture: true, signal },
  );
  window.addEventListener('scroll', () => openFor && close(), { passive: true, signal });
  onAbort(signal, close);
  return { close };
}

/** Below the mark when there is room, above it otherwise; kept inside the viewport. */
function place(card: HTMLElement, mark: Element): void {
  const rect = mark.getBoundingClientRect();
  const margin = 8;
  const width = Math.min(340, window.innerWidth - 2 * margin);
  card.style.maxWidth = `${width}px`;
  const left = Math.max(margin, Math.min(rect.left, window.innerWidth - width - margin));
  card.style.left = `${left}px`;
  const height = card.getBoundingClientRect().height || 160;
  const below = rect.bottom + 6;
  const top = below + height > window.innerHeight - margin ? rect.top - height - 6 : below;
  card.style.top = `${Math.max(margin, top)}px`;
}

/** Cards for the marks; one closes when the marks are redrawn or switched under it. */
export default defineFeature({
  id: 'entity-cards',
  start(page, signal) {
    const cards = startEntityCards(
      page.ctx,
      signal,
      page.highlights,
      page.quietly,
      () => page.preferences()?.quoteSites,
    );
    page.events.highlightsChanging.on(cards.close, signal);
  },
});
