import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analysePageInTasks } from '../../../utils/article/analyse-page';
import type { ArticleInfo } from '../../../utils/article/detect';
import { onMessage, sendToBackground } from '../../../utils/messages';
import type { HighlightStats, PageStatus } from '../../../utils/page-status';

/**
 * Article detection on the live page: runs once the page is idle, again after
 * single-page-app navigations and when asked, and answers the popup. It reads the
 * page and never changes it; `onDetected` hands each result to the features that do.
 * Detection runs in several short tasks; a request made while one is running is
 * served by one more run after it, never by two at once.
 */
export interface ArticleFeature {
  /** Detects again (late content, a changed page). */
  refresh(): Promise<PageStatus>;
  /** Adds the highlighting's figures to the page's status and reports it again. */
  reportHighlights(stats: HighlightStats): void;
}

export function startArticleFeature(
  ctx: ContentScriptContext,
  onDetected: (info: ArticleInfo) => void = () => {},
): ArticleFeature {
  let current: { url: string; status: PageStatus } | null = null;

  const report = (status: PageStatus) => {
    sendToBackground('background/report-status', status).catch((error: unknown) => {
      // The background may be restarting; the popup can still ask us directly.
      console.debug('[FinMark] could not report page status:', error);
    });
  };

  const detect = async (): Promise<PageStatus> => {
    const url = location.href;
    const { status, info } = await analysePageInTasks(document, url);
    if (!ctx.isValid) return status;
    current = { url, status };
    report(status);
    if (status.kind === 'analysed') {
      const r = status.report;
      console.debug(
        `[FinMark] ${r.isArticle ? 'article' : 'not an article'} (${r.confidence}) in ${r.detectMs} ms: ${r.title ?? ''}`,
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

  const stop = onMessage('content/page-status', () =>
    current && current.url === location.href ? current.status : refresh(),
  );
  ctx.onInvalidated(stop);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
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
