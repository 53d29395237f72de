import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageGlance } from '../../utils/article/first-glance';
import { glancePage } from '../../utils/article/glance-page';
import { pageClipUrl, readPageClipIds } from '../../utils/clips/page-index';
import { onEnvelope, type Reply } from '../../utils/messages';
import type { PageStatus } from '../../utils/page-status';
import { judgeCopy } from './copy-verdict';
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
 * settles as no article gets exactly the verdict full detection would give. A page it
 * leaves undecided is serialised once and judged on its copy by the background
 * (`copy-verdict.ts`): the rest loads for an article, and takes that copy's reading.
 * A page settled as no article loads the rest only when
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
  judge: typeof judgeCopy = judgeCopy,
): Promise<void> {
  const signal = ctx.signal;
  // The loader's own watches, which end once the rest runs (it watches for itself).
  const watches = new AbortController();
  onAbort(signal, () => watches.abort());
  let main: Promise<ContentMain> | null = null;
  let started = false;
  // The status the glance or the copy settled the page with, while it stands.
  let settled: PageStatus | null = null;
  // The copy being judged, while it is; a later look makes an earlier answer stale.
  let judging: Promise<void> | null = null;
  let looks = 0;

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
      if (message.type === 'content/page-status' && !main && (settled || judging)) {
        // (a verdict on its way is waited for: the rest need not load to give it)
        return (judging ?? Promise.resolve()).then(() =>
          settled && !main ? { ok: true, value: settled } : answerByMain(message, sender),
        );
      }
      return answerByMain(message, sender);
    }),
  );
  function answerByMain(
    message: Parameters<ContentMain['answer']>[0] & { type: string },
    sender: Parameters<ContentMain['answer']>[1],
  ): Promise<Reply<unknown>> {
    return startMain(null).then(
      (loaded) =>
        loaded.answer(message, sender) ?? {
          ok: false,
          error: `Nothing in the content script answers ${message.type}.`,
        },
      (error: unknown) => ({ ok: false, error: describeError(error) }),
    );
  }

  const settle = (status: PageStatus) => {
    settled = status;
    sendStatus(status);
    if (status.kind === 'analysed') logVerdict(status.report);
  };

  const look = () => {
    if (main || signal.aborted) return;
    const mine = ++looks;
    settled = null;
    const url = location.href;
    const first = glancePage(doc, url);
    if (first.status) return settle(first.status);
    const current = () => mine === looks && !main && !signal.aborted;
    const judged = judge(doc, url, first.glance).then(
      (copy) => {
        if (!current()) return;
        if (copy.status) settle(copy.status);
        else wake(copy.glance);
      },
      (error: unknown) => {
        console.debug('[FinMark] could not judge the page’s copy:', describeError(error));
        if (current()) wake(first.glance);
      },
    );
    judging = judged.finally(() => {
      if (mine === looks) judging = null;
    });
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
