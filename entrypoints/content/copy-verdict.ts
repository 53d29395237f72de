import type { PageGlance } from '../../utils/article/first-glance';
import {
  copyable,
  copyHtml,
  OFF_THREAD_TIMEOUT_MS,
  withTimeout,
  type AskReadability,
} from '../../utils/article/off-thread-root';
import { sendToBackground } from '../../utils/messages';
import { toReport, type PageStatus } from '../../utils/page-status';

/**
 * The loader's second step on a page its glance left undecided (issue 14): the page is
 * serialised once and the background judges the copy (`judge-copy.ts`), so a page that
 * is no article is settled without loading the rest of FinMark, and an article's
 * detection takes the copy's reading instead of serialising the page again.
 */
export type CopyVerdict =
  /** No article: the status to report, as full detection would give it. */
  | { status: PageStatus; glance: null }
  /** An article, or no verdict came: the rest goes on from this glance (and its copy). */
  | { status: null; glance: PageGlance };

export const askBackground: AskReadability = (request) =>
  sendToBackground('background/readability', request);

export async function judgeCopy(
  doc: Document,
  url: string,
  glance: PageGlance,
  ask: AskReadability = askBackground,
  now: () => number = () => performance.now(),
): Promise<CopyVerdict> {
  const undecided = { status: null, glance } as const;
  if (!copyable(doc)) return undecided;
  const started = now();
  const html = copyHtml(doc);
  if (html === null) return undecided;
  const asked = withTimeout(ask({ html, url: doc.baseURI, judgeAt: url }), OFF_THREAD_TIMEOUT_MS);
  // The page pays for the serialising and the message; the judging is the background's.
  const ms = now() - started;
  let reading;
  try {
    reading = await asked;
  } catch (error) {
    console.debug('[FinMark] the page’s copy was not judged:', error);
    return undecided;
  }
  const verdict = reading?.verdict;
  if (!reading || !verdict) return undecided;
  if (verdict.isArticle) return { status: null, glance: { ...glance, copy: reading } };
  const glanceMs = glance.ms ?? 0;
  const tenths = (n: number) => Math.round(n * 10) / 10;
  const tasks = {
    count: 2,
    longestMs: tenths(Math.max(glanceMs, ms)),
    wallMs: Math.round(glanceMs + now() - started),
    stepMs: [tenths(glanceMs), tenths(ms)],
  };
  const report = toReport(verdict, url, glanceMs + ms, Date.now(), tasks);
  return { status: { kind: 'analysed', report }, glance: null };
}
