import { sendToBackground } from '../../utils/messages';
import type { ArticleReport, PageStatus } from '../../utils/page-status';

/** Sends the page's status to the background, which keeps it for the tab (popup, badge). */
export function sendStatus(status: PageStatus): void {
  sendToBackground('background/report-status', status).catch((error: unknown) => {
    // The background may be restarting; the popup can still ask us directly.
    console.debug('[FinMark] could not report page status:', error);
  });
}

/**
 * Logs a verdict as one line (the Firefox E2E test reads it, since it cannot open the
 * popup): where Readability ran, when it did: "off-thread", or "in-page (mismatch)".
 */
export function logVerdict(r: ArticleReport): void {
  const path = r.readability
    ? `, Readability ${r.readability.ran}${r.readability.fallback ? ` (${r.readability.fallback})` : ''}`
    : '';
  console.debug(
    `[FinMark] ${r.isArticle ? 'article' : 'not an article'} (${r.confidence}) in ${r.detectMs} ms${path}: ${r.title ?? ''}`,
  );
}
