import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analysePageWithInfo } from '../../../utils/article/analyse-page';
import type { ArticleInfo } from '../../../utils/article/detect';
import { onMessage, sendToBackground } from '../../../utils/messages';
import type { PageStatus } from '../../../utils/page-status';

/**
 * Article detection on the live page: runs once the page is idle, again after
 * single-page-app navigations, and answers the popup. It reads the page and never
 * changes it; `onDetected` hands each result to the features that do.
 */
export function startArticleFeature(
  ctx: ContentScriptContext,
  onDetected: (info: ArticleInfo) => void = () => {},
): void {
  let current: { url: string; status: PageStatus } | null = null;

  const refresh = (): PageStatus => {
    const { status, info } = analysePageWithInfo(document, location.href);
    current = { url: location.href, status };
    if (info) onDetected(info);
    sendToBackground('background/report-status', status).catch((error: unknown) => {
      // The background may be restarting; the popup can still ask us directly.
      console.debug('[FinMark] could not report page status:', error);
    });
    if (status.kind === 'analysed') {
      const r = status.report;
      console.debug(
        `[FinMark] ${r.isArticle ? 'article' : 'not an article'} (${r.confidence}) in ${r.detectMs} ms: ${r.title ?? ''}`,
      );
    }
    return status;
  };

  const schedule = () => {
    const run = () => {
      if (ctx.isValid) refresh();
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
}
