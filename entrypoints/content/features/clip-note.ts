import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Clipping } from '../../../utils/clips/clipping';
import { t } from '../../../utils/i18n';
import { sendToBackground } from '../../../utils/messages';
import { defineFeature, onAbort } from '../feature';
import { CLIP_TAG, type PageClippings } from './clippings';
import { showOverlay, type Overlay } from './overlay';
import type { Quietly } from './page-changes';

/**
 * A clipping's note on the page: clicking (or Enter on) a drawn clipping opens it,
 * and what the reader types is saved as they type. The quote and note are set as
 * text, never as HTML.
 */
const STYLE = `
:host { all: initial; }
.note { position: fixed; z-index: 2147483646; width: 300px; padding: 10px; border-radius: 8px;
  background: #ffffff; color: #111827; border: 1px solid #d1d5db; box-shadow: 0 6px 20px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.quote { margin: 0 0 8px; max-height: 4.4em; overflow: hidden; color: #4b5563; border-left: 3px solid #facc15; padding-left: 8px; }
textarea { box-sizing: border-box; width: 100%; min-height: 80px; font: inherit; padding: 6px;
  border: 1px solid #d1d5db; border-radius: 6px; resize: vertical; }
.row { display: flex; justify-content: space-between; align-items: center; margin-top: 6px; color: #6b7280; }
button { font: inherit; border: 0; background: #f3f4f6; border-radius: 5px; padding: 3px 8px; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .note { background: #1f2937; color: #f9fafb; border-color: #374151; }
  .quote { color: #d1d5db; }
  textarea { background: #111827; color: #f9fafb; border-color: #374151; }
  button { background: #374151; color: #f9fafb; }
  .row { color: #9ca3af; }
}
button:focus-visible, textarea:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

export function startClipNotes(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  clips: PageClippings,
  quietly: Quietly,
) {
  let overlay: Overlay | null = null;

  const close = () => {
    overlay?.remove();
    overlay = null;
  };

  const open = (clipping: Clipping, near: DOMRect) => {
    close();
    const box = document.createElement('div');
    box.className = 'note';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', t('clipNoteLabel'));
    const quote = document.createElement('p');
    quote.className = 'quote';
    quote.textContent = clipping.quote;
    const area = document.createElement('textarea');
    area.value = clipping.note;
    area.placeholder = t('clipNotePlaceholder');
    area.setAttribute('aria-label', t('clipNoteLabel'));
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    const closeButton = document.createElement('button');
    closeButton.type = 'button';
    closeButton.textContent = t('clipClose');
    closeButton.addEventListener('click', close);
    const row = document.createElement('div');
    row.className = 'row';
    row.append(status, closeButton);
    box.append(quote, area, row);

    let timer: number | null = null;
    const save = () => {
      timer = null;
      sendToBackground('background/clip-update', { id: clipping.id, change: { note: area.value } })
        .then(() => (status.textContent = t('clipNoteSaved')))
        .catch((error: unknown) => {
          status.textContent = t(
            'clipSaveFailed',
            error instanceof Error ? error.message : String(error),
          );
        });
    };
    area.addEventListener('input', () => {
      status.textContent = '';
      if (timer !== null) clearTimeout(timer);
      timer = ctx.setTimeout(save, 400);
    });
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        if (timer !== null) {
          clearTimeout(timer);
          save();
        }
        close();
      }
    });
    const top = Math.min(near.bottom + 8, window.innerHeight - 200);
    const left = Math.min(Math.max(8, near.left), window.innerWidth - 320);
    box.style.top = `${Math.max(8, Math.round(top))}px`;
    box.style.left = `${Math.round(left)}px`;
    overlay = showOverlay('finmark-clip-note', 'open', STYLE, box, quietly);
    area.focus();
  };

  const openFor = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return false;
    const element = target.closest(CLIP_TAG);
    const clipping = element && clips.clippingOf(element);
    if (!element || !clipping) return false;
    open(clipping, element.getBoundingClientRect());
    return true;
  };

  document.addEventListener(
    'click',
    (e) => {
      // A click that ends a new selection is the toolbar's business, not the note's.
      if (document.getSelection()?.isCollapsed === false) return;
      if (overlay && e.composedPath().includes(overlay.host)) return;
      if (!openFor(e.target)) close();
    },
    { signal },
  );
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && openFor(e.target)) e.preventDefault();
    },
    { signal },
  );
  onAbort(signal, close);

  return {
    /** Opens the note of a clipping just made with "Clip with note". */
    openById(id: string) {
      const element = document.querySelector(`${CLIP_TAG}[data-finmark-clip="${CSS.escape(id)}"]`);
      const clipping = element && clips.clippingOf(element);
      if (element && clipping) open(clipping, element.getBoundingClientRect());
    },
    close,
  };
}

/** Notes for the page's clippings; a clipping made "with note" opens its note at once. */
export default defineFeature({
  id: 'clip-note',
  start({ ctx, clippings, quietly, events }, signal) {
    const notes = startClipNotes(ctx, signal, clippings, quietly);
    events.clipped.on((clipping, withNote) => {
      if (withNote) notes.openById(clipping.id);
    }, signal);
  },
});
