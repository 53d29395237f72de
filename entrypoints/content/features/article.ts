import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analysePageInTasks } from '../../../utils/article/analyse-page';
import type { ArticleInfo } from '../../../utils/article/detect';
import type { PageGlance } from '../../../utils/article/first-glance';
import { onMessage } from '../../../utils/messages';
import type { HighlightStats, PageStatus } from '../../../utils/page-status';
import { askBackground } from '../copy-verdict';
import { defineFeature, onAbort } from '../feature';
import { logVerdict, sendStatus } from '../page-report';
import { whenIdle } from '../when-idle';

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
  takeGlance: () => PageGlance | null = () => null,
): ArticleDetection {
  let current: { url: string; status: PageStatus } | null = null;

  const detect = async (): Promise<PageStatus> => {
    const url = location.href;
    // The loader's glance, taken on this page as it was, serves the first detection only.
    const glance = takeGlance();
    const { status, info } = await analysePageInTasks(document, url, undefined, {
      askReadability: askBackground,
      ...(glance ? { glance } : {}),
    });
    if (!ctx.isValid || signal.aborted) return status;
    current = { url, status };
    sendStatus(status);
    if (status.kind === 'analysed') logVerdict(status.report);
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

  const schedule = () =>
    whenIdle(ctx, () => {
      if (ctx.isValid) void refresh();
    });

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
      sendStatus(status);
    },
  };
}

/** Readability runs in the extension, off the page's main thread (see `off-thread-root.ts`). */
/**
 * Detection's result goes to the other features as `detected`; late content detects
 * again, and each drawing of the marks adds its figures to the page's status.
 */
export default defineFeature({
  id: 'article',
  start({ ctx, events, takeGlance }, signal) {
    const detection = startArticleDetection(
      ctx,
      signal,
      (info) => events.detected.emit(info),
      takeGlance,
    );
    events.settled.on(() => void detection.refresh(), signal);
    events.drawn.on((stats) => detection.reportHighlights(stats), signal);
  },
});
