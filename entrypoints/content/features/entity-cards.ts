import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Entity } from '../../../utils/finance/recognize';
import { MARK_TAG } from '../../../utils/highlight/marks';
import { CARD_CSS, renderCard } from './card-view';
import { showOverlay, type Overlay } from './overlay';

/**
 * The card a mark opens on hover or keyboard focus: a shadow-DOM box fixed over
 * the page (no layout shift, page CSS cannot reach it), closed by Esc, by leaving
 * both mark and card, or by focus moving on. Its host element exists only while a
 * card is open, so the page's DOM is otherwise exactly its own.
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
  source: EntityCardsSource,
  quietly: <T>(write: () => T) => T,
  quoteSites: () => readonly string[] | undefined = () => undefined,
): { close(): void } {
  let overlay: Overlay | null = null;
  let openFor: Element | null = null;
  let openTimer: number | null = null;
  let closeTimer: number | null = null;

  const cancel = () => {
    if (openTimer !== null) clearTimeout(openTimer);
    if (closeTimer !== null) clearTimeout(closeTimer);
    openTimer = closeTimer = null;
  };

  const close = () => {
    cancel();
    openFor = null;
    overlay?.remove();
    overlay = null;
  };

  const open = (mark: Element) => {
    const entity = source.entityOf(mark);
    if (!entity || !mark.isConnected) return;
    close();
    openFor = mark;
    const card = renderCard(entity, {
      all: source.entities,
      now: new Date(),
      pageTitle: document.title,
      pageUrl: location.href,
      quoteSites: quoteSites(),
    });
    overlay = showOverlay(CARD_TAG, 'closed', CARD_CSS, card, quietly);
    overlay.host.addEventListener('mouseenter', cancel);
    overlay.host.addEventListener('mouseleave', () => scheduleClose());
    place(card, mark);
  };

  const scheduleClose = () => {
    cancel();
    closeTimer = ctx.setTimeout(close, CLOSE_DELAY_MS);
  };

  const markOf = (target: EventTarget | null): Element | null =>
    target instanceof Element ? target.closest(MARK_TAG) : null;

  ctx.addEventListener(document, 'mouseover', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    if (mark === openFor) return cancel();
    cancel();
    openTimer = ctx.setTimeout(() => open(mark), OPEN_DELAY_MS);
  });
  ctx.addEventListener(document, 'mouseout', (event) => {
    if (markOf(event.target) && (openFor || openTimer !== null)) scheduleClose();
  });
  ctx.addEventListener(document, 'focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) open(mark);
    else if (openFor && event.target !== overlay?.host) close();
  });
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !openFor) return;
      const mark = openFor;
      close();
      if (mark instanceof HTMLElement && document.activeElement === mark) mark.blur();
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'scroll', () => openFor && close(), { passive: true });
  ctx.onInvalidated(close);
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
