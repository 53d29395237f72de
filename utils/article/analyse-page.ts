import { detectArticleSteps, type ArticleInfo, type DetectOptions } from './detect';
import { runStepsInTasks } from './steps';
import { toReport, type PageStatus } from '../page-status';

/**
 * The content script's form: detection runs one step per task, so the page never
 * waits for all of it at once. `detectMs` is the work, not the wall time: with
 * `askReadability`, serialising the page and mapping Readability's answer back are
 * counted, the wait for that answer is not.
 */
export async function analysePageInTasks(
  doc: Document,
  url: string,
  now: () => number = () => performance.now(),
  options: Pick<DetectOptions, 'askReadability'> = {},
): Promise<{ status: PageStatus; info: ArticleInfo | null }> {
  const refused = refusal(doc, url);
  if (refused) return refused;
  try {
    const started = now();
    const run = await runStepsInTasks(detectArticleSteps(doc, options), now);
    const tasks = {
      count: run.slices,
      longestMs: Math.round(run.longestMs * 10) / 10,
      wallMs: Math.round(now() - started),
      stepMs: run.stepMs.map((ms) => Math.round(ms * 10) / 10),
    };
    const report = toReport(run.value, url, run.busyMs, Date.now(), tasks);
    return { status: { kind: 'analysed', report }, info: run.value };
  } catch (error) {
    return failed(error, url);
  }
}

function refusal(doc: Document, url: string) {
  const type = doc.contentType ?? 'text/html';
  if (type === 'application/pdf') return unsupported('pdf', url);
  if (!/html|xml/.test(type)) return unsupported('not-html', url);
  if (doc.getElementsByTagName('frameset').length > 0) return unsupported('frameset', url);
  return null;
}

function failed(error: unknown, url: string) {
  const message = error instanceof Error ? error.message : String(error);
  return { status: { kind: 'failed', error: message, url } as const, info: null };
}

function unsupported(reason: 'pdf' | 'not-html' | 'frameset', url: string) {
  return { status: { kind: 'unsupported', reason, url } as const, info: null };
}
