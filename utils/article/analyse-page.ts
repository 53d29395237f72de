import { detectArticle } from './detect';
import { toReport, type PageStatus } from '../page-status';

/**
 * The content script's whole judgement of a page, as a serialisable status.
 * Never throws: a page that breaks detection is reported as `failed` with the
 * reason, so the popup can say so and the page itself is unaffected.
 */
export function analysePage(
  doc: Document,
  url: string,
  now: () => number = () => performance.now(),
): PageStatus {
  try {
    const type = doc.contentType ?? 'text/html';
    if (type === 'application/pdf') return { kind: 'unsupported', reason: 'pdf', url };
    if (!/html|xml/.test(type)) return { kind: 'unsupported', reason: 'not-html', url };
    if (doc.getElementsByTagName('frameset').length > 0) {
      return { kind: 'unsupported', reason: 'frameset', url };
    }
    const started = now();
    const info = detectArticle(doc);
    return { kind: 'analysed', report: toReport(info, url, now() - started) };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error), url };
  }
}
