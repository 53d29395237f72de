import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CLIP_COLOURS, type ClipColour, type Clipping } from '../../../utils/clips/clipping';
import { clipColourName } from '../../../utils/clips/colour-name';
import { t } from '../../../utils/i18n';
import { clippableRange } from './clippings';
import { showOverlay, type Overlay } from './overlay';

/**
 * The floating toolbar next to a text selection: "Clip", five colours and "Clip with
 * note". It lives in an open shadow root (so tests and assistive tools can reach its
 * buttons by name) under a `<finmark-toolbar>` host that is in the page only while
 * shown. Pressing a button never takes the selection away (mousedown is cancelled).
 */
export interface ClipToolbarHooks {
  quietly: <T>(write: () => T) => T;
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

export function startClipToolbar(ctx: ContentScriptContext, hooks: ClipToolbarHooks) {
  let overlay: Overlay | null = null;
  let colour: ClipColour = 'yellow';
  let busy = false;

  const hide = () => {
    overlay?.remove();
    overlay = null;
  };

  const button = (label: string, onPress: () => void, className?: string) => {
    const b = document.createElement('button');
    b.type = 'button';
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
    // Above the selection when there is room, else below it; never off screen.
    const top = rect.top > 48 ? rect.top - 40 : rect.bottom + 8;
    const left = Math.min(Math.max(8, rect.left), window.innerWidth - 330);
    bar.style.top = `${Math.round(top)}px`;
    bar.style.left = `${Math.round(left)}px`;
    overlay = showOverlay('finmark-toolbar', 'open', STYLE, bar, hooks.quietly);
  };

  const update = () => {
    const selection = document.getSelection();
    if (
      !selection ||
      selection.isCollapsed ||
      !selection.rangeCount ||
      !selection.toString().trim()
    ) {
      if (!busy) hide();
      return;
    }
    const range = clippableRange();
    if (!range) return;
    const rects = range.getClientRects();
    show(rects[0] ?? range.getBoundingClientRect());
  };

  // After the mouse or keys finish a selection, not on every change while dragging.
  ctx.addEventListener(document, 'mouseup', (e) => {
    if (overlay && e.composedPath().includes(overlay.host)) return;
    ctx.setTimeout(update, 0);
  });
  ctx.addEventListener(document, 'keyup', (e) => {
    if (e.key === 'Escape') hide();
    else if (e.shiftKey || e.key.startsWith('Arrow')) update();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    const selection = document.getSelection();
    if (overlay && !busy && (!selection || selection.isCollapsed)) hide();
  });
  ctx.addEventListener(window, 'scroll', hide, { passive: true, capture: true });
  ctx.onInvalidated(hide);
  return { hide };
}
