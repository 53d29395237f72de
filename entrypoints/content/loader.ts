import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageGlance } from '../../utils/article/first-glance';
import { glancePage } from '../../utils/article/glance-page';
import { pageClipUrl, readPageClipIds } from '../../utils/clips/page-index';
import { onEnvelope, type Reply } from '../../utils/messages';
import type { PageStatus } from '../../utils/page-status';
import { describeError, onAbort } from './feature';
import { watchPageChanges } from './features/page-changes';
import type { ContentMain } from './handoff';
import { logVerdict, sendStatus } from './page-report';
import { hasSelectedText } from './selected-text';
import { whenIdle } from './when-idle';

/**
 * The content script as every page gets it (issue 14): a glance at the page, and the
 * rest of FinMark (`content-main.js`: detection, marks, cards, clippings, toolbar) only
 * when the page needs it. The glance is detection's own first step, so a page it
 * settles as no article gets exactly the verdict full detection would give. Such a
 * page loads the rest only when
 * - it has clippings to draw,
 * - the reader selects text (the clip toolbar),
 * - the popup or a command asks it something (each message is answered, by the rest
 *   once loaded), or
 * - it changes enough, or moves to another address, to be glanced at again and left
 *   undecided.
 */
export async function runLoader(
  ctx: ContentScriptContext,
  load: () => Promise<ContentMain>,
  doc: Document = document,
): Promise<void> {
  const signal = ctx.signal;
  // The loader's own watches, which end once the rest runs (it watches for itself).
  const watches = new AbortController();
  onAbort(signal, () => watches.abort());
  let main: Promise<ContentMain> | null = null;
  let started = false;
  // The status the glance settled the page with, while it stands.
  let settled: PageStatus | null = null;

  const startMain = (glance: PageGlance | null): Promise<ContentMain> => {
    watches.abort();
    main ??= (async () => {
      const loaded = await load();
      if (!signal.aborted) await loaded.start(ctx, { glance });
      started = true;
      return loaded;
    })();
    return main;
  };
  const wake = (glance: PageGlance | null = null) => {
    startMain(glance).catch((error: unknown) =>
      console.warn('[FinMark] content script failed to start:', describeError(error)),
    );
  };

  // Messages that arrive before the features listen: the glance's status needs nothing
  // more; anything else is answered by the rest, loaded for it.
  onAbort(
    signal,
    onEnvelope((message, sender): Promise<Reply<unknown>> | undefined => {
      if (started || !message.type.startsWith('content/')) return undefined;
      if (message.type === 'content/page-status' && settled && !main) {
        return Promise.resolve({ ok: true, value: settled });
      }
      return startMain(null).then(
        (loaded) =>
          loaded.answer(message, sender) ?? {
            ok: false,
            error: `Nothing in the content script answers ${message.type}.`,
          },
        (error: unknown) => ({ ok: false, error: describeError(error) }),
      );
    }),
  );

  const look = () => {
    if (main || signal.aborted) return;
    const first = glancePage(doc, location.href);
    if (!first.status) return wake(first.glance);
    settled = first.status;
    sendStatus(first.status);
    if (first.status.kind === 'analysed') logVerdict(first.status.report);
  };
  // When the page is idle, as detection always ran: the reader's first scroll comes first.
  await new Promise<void>((idle) => whenIdle(ctx, idle));
  look();
  if (main || signal.aborted) return;

  const watch = watches.signal;
  readPageClipIds(pageClipUrl(doc))
    .then((ids) => {
      if (ids.length && !watch.aborted) wake();
    })
    .catch((error: unknown) =>
      console.debug('[FinMark] could not read the page’s clippings:', error),
    );
  // After the mouse or keys finish a selection, as the clip toolbar would show then.
  const selected = () =>
    ctx.setTimeout(() => {
      if (!watch.aborted && hasSelectedText(doc)) wake();
    }, 0);
  doc.addEventListener('mouseup', selected, { signal: watch });
  doc.addEventListener(
    'keyup',
    (e) => {
      if (e.shiftKey || e.key.startsWith('Arrow')) selected();
    },
    { signal: watch },
  );
  watchPageChanges(ctx, look, { signal: watch });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!watch.aborted) look();
  });
}
