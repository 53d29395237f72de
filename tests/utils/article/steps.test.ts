import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle, detectArticleSteps } from '../../../utils/article/detect';
import {
  awaitOffThread,
  runSteps,
  runStepsInTasks,
  type Steps,
} from '../../../utils/article/steps';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function* counting(log: string[]): Steps<number> {
  log.push('a');
  yield;
  log.push('b');
  yield;
  log.push('c');
  return 42;
}

describe('steps', () => {
  it('waits for work off the thread as a step of its own, with its outcome', async () => {
    function* asking(answer: Promise<string>): Steps<string> {
      const settled = yield* awaitOffThread(answer);
      return settled.ok ? settled.value : `failed: ${String(settled.error)}`;
    }
    let waited = 0;
    const wait = async () => void waited++;
    expect((await runStepsInTasks(asking(Promise.resolve('yes')), undefined, wait)).value).toBe(
      'yes',
    );
    const failed = await runStepsInTasks(asking(Promise.reject(new Error('gone'))));
    expect(failed.value).toBe('failed: Error: gone');
    expect(failed.slices).toBe(2);
    expect(waited).toBe(0); // the answer's own task resumes the steps
    expect(() => runSteps(asking(Promise.resolve('no')))).toThrow(/runStepsInTasks/);
  });

  it('runs straight through, or one step per task with the work measured', async () => {
    const straight: string[] = [];
    expect(runSteps(counting(straight))).toBe(42);
    expect(straight).toEqual(['a', 'b', 'c']);

    // A fake clock: each step costs 5 ms, each wait 100 ms that must not be counted.
    let clock = 0;
    const log: string[] = [];
    const waits: string[][] = [];
    const run = await runStepsInTasks(
      (function* () {
        const value = yield* counting(log);
        clock += 5;
        return value;
      })(),
      () => (clock += 2.5),
      async () => {
        waits.push([...log]);
        clock += 100;
      },
    );
    expect(run.value).toBe(42);
    expect(run.slices).toBe(3);
    expect(waits).toEqual([['a'], ['a', 'b']]); // the page gets the thread between steps
    expect(run.stepMs).toEqual([2.5, 2.5, 7.5]);
    expect(run.busyMs).toBe(12.5);
    expect(run.longestMs).toBe(7.5);
  });

  it('gives the same verdicts and bodies in tasks as in one go', async () => {
    for (const file of ['own-zh-seedlike.html', 'en-homepage.html', 'zh-kuaixun.html']) {
      const doc = loadPage(join(PAGES, file));
      const once = detectArticle(doc);
      const sliced = await runStepsInTasks(detectArticleSteps(doc));
      expect(sliced.value.isArticle, file).toBe(once.isArticle);
      expect(sliced.value.root, file).toBe(once.root);
      expect(sliced.value.reasons, file).toEqual(once.reasons);
    }
  });

  it('settles clear non-articles before Readability, and never an article', () => {
    const early = (file: string) =>
      detectArticle(loadPage(join(PAGES, file))).evidence.some((e) => e.key === 'notArticleAtBest');
    expect(early('en-homepage.html')).toBe(true);
    expect(early('screener.html')).toBe(true);
    for (const article of ['own-zh-seedlike.html', 'zh-kuaixun.html', 'en-short-brief.html']) {
      expect(early(article), article).toBe(false);
    }
  });
});
