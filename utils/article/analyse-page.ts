import { detectArticle, type ArticleInfo } from './detect';
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
  return analysePageWithInfo(doc, url, now).status;
}

/** The same, with the live detection result (its `root` element) when there is one. */
export function analysePageWithInfo(
  doc: Document,
  url: string,
  now: () => number = () => performance.now(),
): { status: PageStatus; info: ArticleInfo | null } {
  try {
    const type = doc.contentType ?? 'text/html';
    if (type === 'application/pdf') return unsupported('pdf', url);
    if (!/html|xml/.test(type)) return unsupported('not-html', url);
    if (doc.getElementsByTagName('frameset').length > 0) return unsupported('frameset', url);
    const started = now();
    const info = detectArticle(doc);
    return { status: { kind: 'analysed', report: toReport(info, url, now() - started) }, info };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: { kind: 'failed', error: message, url }, info: null };
  }
}

function unsupported(reason: 'pdf' | 'not-html' | 'frameset', url: string) {
  return { status: { kind: 'unsupported', reason, url } as const, info: null };
}
