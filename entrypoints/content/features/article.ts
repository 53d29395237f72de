import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analysePageInTasks } from '../../../utils/article/analyse-page';
import type { ArticleInfo } from '../../../utils/article/detect';
import type { AskReadability } from '../../../utils/article/off-thread-root';
import { onMessage, sendToBackground } from '../../../utils/messages';
import type { HighlightStats, PageStatus } from '../../../utils/page-status';
import { defineFeature, onAbort } from '../feature';

/**
 * Article detection on the live page: runs once the page is idle, again after
 * single-page-app navigations and when asked, and answers the popup. It reads the
 * page and never changes it; `onDetected` hands each result to the features that do.
 * Detection runs in several short tasks; a request made while one is running is
 * served by one more run after it, never by two at once.
 */
export interface ArticleDetection {
  /** Detects again (late content, a changed page). */
  refresh(): Promise<PageStatus>;
  /** Adds the highlighting's figures to the page's status and reports it again. */
  reportHighlights(stats: HighlightStats): void;
}

export function startArticleDetection(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  onDetected: (info: ArticleInfo) => void = () => {},
): ArticleDetection {
  let current: { url: string; status: PageStatus } | null = null;

  const report = (status: PageStatus) => {
    sendToBackground('background/report-status', status).catch((error: unknown) => {
      // The background may be restarting; the popup can still ask us directly.
      console.debug('[FinMark] could not report page status:', error);
    });
  };

  const detect = async (): Promise<PageStatus> => {
    const url = location.href;
    const { status, info } = await analysePageInTasks(document, url, undefined, {
      askReadability,
    });
    if (!ctx.isValid || signal.aborted) return status;
    current = { url, status };
    report(status);
    if (status.kind === 'analysed') {
      const r = status.report;
      // Where Readability ran, when it did: "off-thread", or "in-page (mismatch)" and the like.
      const path = r.readability
        ? `, Readability ${r.readability.ran}${r.readability.fallback ? ` (${r.readability.fallback})` : ''}`
        : '';
      console.debug(
        `[FinMark] ${r.isArticle ? 'article' : 'not an article'} (${r.confidence}) in ${r.detectMs} ms${path}: ${r.title ?? ''}`,
      );
    }
    if (info && url === location.href) onDetected(info);
    return status;
  };

  let running: Promise<PageStatus> | null = null;
  let queued: Promise<PageStatus> | null = null;
  const refresh = (): Promise<PageStatus> => {
    if (!running) {
      running = detect().finally(() => (running = null));
      return running;
    }
    // One more run after the current one covers every request made meanwhile.
    const again = () => {
      queued = null;
      return refresh();
    };
    queued ??= running.then(again, again);
    return queued;
  };

  const schedule = () => {
    const run = () => {
      if (ctx.isValid) void refresh();
    };
    if ('requestIdleCallback' in window) ctx.requestIdleCallback(run, { timeout: 2000 });
    else ctx.setTimeout(run, 50);
  };

  onAbort(
    signal,
    onMessage('content/page-status', () =>
      current && current.url === location.href ? current.status : refresh(),
    ),
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!signal.aborted) schedule();
  });
  schedule();

  return {
    refresh,
    reportHighlights(stats) {
      if (current?.status.kind !== 'analysed' || current.url !== location.href) return;
      const status: PageStatus = {
        kind: 'analysed',
        report: { ...current.status.report, highlight: stats },
      };
      current = { url: current.url, status };
      report(status);
    },
  };
}

/** Readability runs in the extension, off the page's main thread (see `off-thread-root.ts`). */
const askReadability: AskReadability = (request) =>
  sendToBackground('background/readability', request);

/**
 * Detection's result goes to the other features as `detected`; late content detects
 * again, and each drawing of the marks adds its figures to the page's status.
 */
export default defineFeature({
  id: 'article',
  start({ ctx, events }, signal) {
    const detection = startArticleDetection(ctx, signal, (info) => events.detected.emit(info));
    events.settled.on(() => void detection.refresh(), signal);
    events.drawn.on((stats) => detection.reportHighlights(stats), signal);
  },
});
