import { toReport, type PageStatus } from '../page-status';
import { claimsArticle, glanceAtPage, type PageGlance } from './first-glance';
import { readMetadata } from './metadata';

/**
 * The content script loader's first look at a page (issue 14), as a page status when it
 * settles the page: the same status full detection gives a page that stops at its first
 * look, so the popup and the background cannot tell which of the two reached it.
 */
export type PageAtAGlance =
  /** Settled: a clear non-article, a page FinMark does not read, or a failure. */
  | { status: PageStatus; glance: null }
  /** Not settled: detection goes on from `glance`. */
  | { status: null; glance: PageGlance };

export function glancePage(
  doc: Document,
  url: string,
  now: () => number = () => performance.now(),
): PageAtAGlance {
  const refused = refusal(doc, url);
  if (refused) return { status: refused, glance: null };
  try {
    const started = now();
    const meta = doc.body ? readMetadata(doc) : undefined;
    // A page that claims an article is judged on its copy, without a walk of its own.
    if (meta && claimsArticle(meta, url))
      return { status: null, glance: { meta, verdict: null, ms: now() - started } };
    const glanced = glanceAtPage(doc, true, url, meta);
    const ms = now() - started;
    if ('scan' in glanced && !glanced.verdict) return { status: null, glance: { ...glanced, ms } };
    const info = 'scan' in glanced ? glanced.verdict! : glanced;
    const tenths = Math.round(ms * 10) / 10;
    const tasks = { count: 1, longestMs: tenths, wallMs: Math.round(ms), stepMs: [tenths] };
    const report = toReport(info, url, ms, Date.now(), tasks);
    return { status: { kind: 'analysed', report }, glance: null };
  } catch (error) {
    return { status: failed(error, url), glance: null };
  }
}

/** Pages FinMark does not read at all: PDF viewers, non-HTML documents, framesets. */
export function refusal(doc: Document, url: string): PageStatus | null {
  const type = doc.contentType ?? 'text/html';
  if (type === 'application/pdf') return unsupported('pdf', url);
  if (!/html|xml/.test(type)) return unsupported('not-html', url);
  if (doc.getElementsByTagName('frameset').length > 0) return unsupported('frameset', url);
  return null;
}

export function failed(error: unknown, url: string): PageStatus {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', error: message, url };
}

function unsupported(reason: 'pdf' | 'not-html' | 'frameset', url: string): PageStatus {
  return { kind: 'unsupported', reason, url };
}
