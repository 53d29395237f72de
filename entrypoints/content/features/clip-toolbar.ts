import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CLIP_COLOURS, type ClipColour, type Clipping } from '../../../utils/clips/clipping';
import { clipColourName } from '../../../utils/clips/colour-name';
import { t } from '../../../utils/i18n';
import { onMessage } from '../../../utils/messages';
import { defineFeature, onAbort } from '../feature';
import { hasSelectedText } from '../selected-text';
import { clippableRange } from './clippings';
import { showOverlay, type Overlay } from './overlay';
import type { Quietly } from './page-changes';

/**
 * The floating toolbar next to a text selection: "Clip", five colours and "Clip with
 * note". It lives in an open shadow root (so tests and assistive tools can reach its
 * buttons by name) under a `<finmark-toolbar>` host that is in the page only while
 * shown. Pressing a button never takes the selection away (mousedown is cancelled).
 *
 * Keyboard: the toolbar never takes focus by itself (a mouse reader's focus stays
 * where it is). Like Hypothesis's adder, it waits for a key while a selection is
 * shown: Tab from the selection moves into it (the toolbar sits visually next to the
 * selection, but its host is at the end of the page, where Tab would never reach
 * it). It is one Tab stop (roving tabindex); Left/Right/Home/End move between its
 * buttons; Esc, Tab or Shift+Tab leave it, hiding it, and focus goes back to the
 * selection so the next Tab goes on in the page from there. After a selection made
 * with the keyboard the toolbar says so ("Tab: clip toolbar"), in a live region.
 */
export interface ClipToolbarHooks {
  quietly: Quietly;
  clip(colour: ClipColour, withNote: boolean): Promise<Clipping | null>;
  /** The reader's default colour, read each time the toolbar appears. */
  startColour(): ClipColour;
}

export const COLOUR_SWATCH: Record<ClipColour, string> = {
  yellow: '#facc15',
  green: '#4ade80',
  blue: '#60a5fa',
  pink: '#f472b6',
  purple: '#c084fc',
};

const STYLE = `
:host { all: initial; }
.bar { position: fixed; z-index: 2147483646; display: flex; align-items: center; gap: 4px;
  padding: 4px 6px; border-radius: 8px; background: #1f2937; color: #f9fafb;
  font: 13px/1.2 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); user-select: none; }
button { font: inherit; color: inherit; background: transparent; border: 0; border-radius: 5px;
  padding: 4px 8px; cursor: pointer; }
button:hover, button:focus-visible { background: #374151; }
button:focus-visible { outline: 2px solid #93c5fd; outline-offset: 1px; }
.swatch { width: 16px; height: 16px; padding: 0; border-radius: 50%; border: 2px solid transparent; }
.swatch[aria-pressed="true"] { border-color: #f9fafb; }
.status { padding: 0 6px; color: #d1d5db; }
`;

export function startClipToolbar(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  hooks: ClipToolbarHooks,
) {
  let overlay: Overlay | null = null;
  let colour: ClipColour = 'yellow';
  let busy = false;
  /** Whether the last input was a key (not the mouse): such a selection gets the Tab hint. */
  let byKeyboard = false;
  /** The selection the reader dismissed the toolbar for: it is not shown again for it. */
  let dismissed: Range | null = null;

  /** Focus is on one of the toolbar's buttons. */
  const focusInside = () => !!overlay?.host.shadowRoot?.activeElement;

  const hide = () => {
    const hadFocus = focusInside();
    overlay?.remove();
    overlay = null;
    if (hadFocus) focusSelection(hooks.quietly);
  };

  /** Leaves the toolbar for good on this selection (Esc, Tab, Shift+Tab). */
  const dismiss = () => {
    const selection = document.getSelection();
    dismissed = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
    hide();
  };

  const button = (label: string, onPress: () => void, className?: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.tabIndex = -1;
    if (className) b.className = className;
    b.textContent = label;
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onPress();
    });
    return b;
  };

  const run = (withNote: boolean, status: HTMLElement) => {
    if (busy) return;
    busy = true;
    // Hide this toolbar later, not one shown meanwhile for a new selection.
    const shown = overlay;
    const hideShown = () => {
      if (overlay === shown) hide();
    };
    hooks.clip(colour, withNote).then(
      (clipping) => {
        busy = false;
        if (clipping && !withNote) status.textContent = t('clipSaved');
        ctx.setTimeout(hideShown, withNote ? 0 : 900);
      },
      (error: unknown) => {
        busy = false;
        status.textContent = t(
          'clipFailed',
          error instanceof Error ? error.message : String(error),
        );
      },
    );
  };

  const show = (rect: DOMRect) => {
    hide();
    colour = hooks.startColour();
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'FinMark');
    const status = document.createElement('span');
    status.className = 'status';
    status.setAttribute('role', 'status');
    bar.append(button(t('clipButton'), () => run(false, status), 'clip'));
    for (const c of CLIP_COLOURS) {
      const name = clipColourName(c);
      const swatch = button(
        '',
        () => {
          colour = c;
          for (const s of bar.querySelectorAll('.swatch')) {
            s.setAttribute('aria-pressed', String(s === swatch));
          }
        },
        'swatch',
      );
      swatch.style.background = COLOUR_SWATCH[c];
      swatch.setAttribute('aria-label', t('clipColour', name));
      swatch.setAttribute('aria-pressed', String(c === colour));
      bar.append(swatch);
    }
    bar.append(
      button(t('clipWithNote'), () => run(true, status), 'with-note'),
      status,
    );
    rovingFocus(bar, dismiss);
    // Above the selection when there is room, else below it; never off screen.
    const top = rect.top > 48 ? rect.top - 40 : rect.bottom + 8;
    const left = Math.min(Math.max(8, rect.left), window.innerWidth - 330);
    bar.style.top = `${Math.round(top)}px`;
    bar.style.left = `${Math.round(left)}px`;
    overlay = showOverlay('finmark-toolbar', 'open', STYLE, bar, hooks.quietly);
    // Set after it is shown, so the live region announces it.
    if (byKeyboard) {
      ctx.setTimeout(() => {
        if (!status.textContent) status.textContent = t('clipToolbarHint');
      }, 50);
    }
  };

  const update = () => {
    if (!hasSelectedText()) {
      if (!busy) hide();
      return;
    }
    const range = clippableRange();
    if (!range || (dismissed && sameRange(range, dismissed))) return;
    dismissed = null;
    const rects = range.getClientRects();
    show(rects[0] ?? range.getBoundingClientRect());
  };

  // After the mouse or keys finish a selection, not on every change while dragging.
  document.addEventListener(
    'mouseup',
    (e) => {
      if (overlay && e.composedPath().includes(overlay.host)) return;
      ctx.setTimeout(update, 0);
    },
    { signal },
  );
  document.addEventListener('mousedown', () => (byKeyboard = false), { capture: true, signal });
  document.addEventListener(
    'keydown',
    (e) => {
      byKeyboard = true;
      if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      if (!overlay || e.defaultPrevented || !tabFromSelection(e.target)) return;
      const current = overlay.host.shadowRoot?.querySelector<HTMLElement>('[tabindex="0"]');
      if (!current) return;
      e.preventDefault();
      current.focus({ preventScroll: true });
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keyup',
    (e) => {
      // Keys pressed inside the toolbar (arrows, Shift+Tab) are its own.
      if (overlay && e.composedPath().includes(overlay.host)) return;
      if (e.key === 'Escape') {
        if (overlay) dismiss();
      } else if (e.shiftKey || e.key.startsWith('Arrow')) update();
    },
    { signal },
  );
  document.addEventListener(
    'selectionchange',
    () => {
      const selection = document.getSelection();
      if (overlay && !busy && (!selection || selection.isCollapsed)) hide();
    },
    { signal },
  );
  // The loader wakes the content script for a selection the reader just made: show for it.
  if (hasSelectedText()) ctx.setTimeout(update, 0);
  window.addEventListener('scroll', hide, { passive: true, capture: true, signal });
  onAbort(signal, hide);
  return { hide };
}

/**
 * The toolbar pattern: one Tab stop (the button last moved to has tabindex 0),
 * Left/Right (wrapping), Home and End move between buttons; Esc, Tab and Shift+Tab
 * leave the toolbar.
 */
function rovingFocus(bar: HTMLElement, leave: () => void): void {
  const buttons = [...bar.querySelectorAll('button')];
  buttons[0]!.tabIndex = 0;
  bar.addEventListener('keydown', (e) => {
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' || e.key === 'Tab') {
      // Tab is not cancelled: it moves on from the selection, where `leave` puts focus back.
      if (e.key === 'Escape') e.preventDefault();
      e.stopPropagation();
      leave();
      return;
    }
    const last = buttons.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % buttons.length
        : e.key === 'ArrowLeft'
          ? (at + last) % buttons.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    e.preventDefault();
    buttons[at]!.tabIndex = -1;
    buttons[to]!.tabIndex = 0;
    buttons[to]!.focus();
  });
}

/**
 * A Tab pressed "from the selection": nothing on the page has focus, or the focused
 * element holds the selection; never from a form field.
 */
function tabFromSelection(target: EventTarget | null): boolean {
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select'))
  ) {
    return false;
  }
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  const anchor = document.getSelection()?.focusNode;
  return !!anchor && active.contains(anchor);
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/**
 * Puts the browser's "sequential focus navigation starting point" back at the end of
 * the selection, so the next Tab goes on from there, not from the toolbar at the end of
 * the page. Chromium moves that point only when something is focused, so the element
 * holding the selection's end is made focusable for an instant (quietly: the page keeps
 * exactly its own attributes), focused and blurred; the selection is then restored.
 */
function focusSelection(quietly: Quietly): void {
  const selection = document.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  const node = range?.endContainer;
  let el = node instanceof Element ? node : (node?.parentElement ?? null);
  // Not one of our marks or clippings: focusing those opens their card or note.
  while (el && el.localName.startsWith('finmark-')) el = el.parentElement;
  if (!el || !(el instanceof HTMLElement)) {
    (document.activeElement as HTMLElement | null)?.blur();
    return;
  }
  const hadTabindex = el.hasAttribute('tabindex');
  if (!hadTabindex) quietly(() => el.setAttribute('tabindex', '-1'));
  el.focus({ preventScroll: true });
  if (!hadTabindex) quietly(() => el.removeAttribute('tabindex'));
  el.blur();
  if (range) selection!.removeAllRanges();
  if (range) selection!.addRange(range);
}

/**
 * Clipping the selection, from the toolbar or by message (the context menu and the
 * shortcut), in the reader's colour unless they pick another.
 */
export default defineFeature({
  id: 'clip-toolbar',
  start(page, signal) {
    const { clippings, events } = page;
    const clipColour = () => page.preferences()?.clipColour ?? 'yellow';
    const clip = async (colour: ClipColour, withNote: boolean) => {
      const clipping = await clippings.clipSelection(colour);
      if (clipping) events.clipped.emit(clipping, withNote);
      return clipping;
    };
    startClipToolbar(page.ctx, signal, { quietly: page.quietly, clip, startColour: clipColour });
    onAbort(
      signal,
      onMessage('content/clip-selection', ({ colour, withNote }) =>
        clip(colour ?? clipColour(), withNote ?? false),
      ),
    );
  },
});
