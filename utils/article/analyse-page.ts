import { detectArticleSteps, type ArticleInfo, type DetectOptions } from './detect';
import { failed, refusal } from './glance-page';
import { runStepsInTasks } from './steps';
import { toReport, type PageStatus } from '../page-status';

/**
 * The content script's form: detection runs one step per task, so the page never
 * waits for all of it at once. `detectMs` is the work, not the wall time: with
 * `askReadability`, serialising the page and mapping Readability's answer back are
 * counted, the wait for that answer is not (nor the loader's glance, when one is given).
 */
export async function analysePageInTasks(
  doc: Document,
  url: string,
  now: () => number = () => performance.now(),
  options: Pick<DetectOptions, 'askReadability' | 'glance'> = {},
): Promise<{ status: PageStatus; info: ArticleInfo | null }> {
  const refused = refusal(doc, url);
  if (refused) return { status: refused, info: null };
  try {
    const started = now();
    const run = await runStepsInTasks(detectArticleSteps(doc, options), now);
    const tasks = {
      count: run.slices,
      longestMs: Math.round(run.longestMs * 10) / 10,
      wallMs: Math.round(now() - started),
      stepMs: run.stepMs.map((ms) => Math.round(ms * 10) / 10),
    };
    const busyMs = run.busyMs + (options.glance?.ms ?? 0);
    const report = toReport(run.value, url, busyMs, Date.now(), tasks);
    return { status: { kind: 'analysed', report }, info: run.value };
  } catch (error) {
    return { status: failed(error, url), info: null };
  }
}
