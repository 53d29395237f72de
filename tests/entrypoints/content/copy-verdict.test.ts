// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://meridian.example.com/markets/page" }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeCopy } from '../../../entrypoints/content/copy-verdict';
import { glanceAtPage, type PageGlance } from '../../../utils/article/first-glance';
import { readAndJudgeCopy } from '../../../utils/article/judge-copy';
import type { AskReadability } from '../../../utils/article/off-thread-root';
import type { ReadabilityRequest } from '../../../utils/article/readability-pick';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function show(file: string): PageGlance {
  const parsed = new DOMParser().parseFromString(
    readFileSync(join(PAGES, file), 'utf8'),
    'text/html',
  );
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  const glance = glanceAtPage(document);
  if (!('scan' in glance) || glance.verdict) throw new Error(`${file} is settled at a glance`);
  return { ...glance, ms: 1.5 };
}

/** The background's side, run here: the copy parsed and judged by jsdom's DOMParser. */
function judgingBackground() {
  const requests: ReadabilityRequest[] = [];
  const ask: AskReadability = async (request) => {
    requests.push(request);
    return readAndJudgeCopy(request);
  };
  return { ask, requests };
}

// A clock that moves 2 ms at each reading: the page's share is one reading to the next.
function ticking() {
  let t = 0;
  return () => (t += 2);
}

describe('judgeCopy', () => {
  it('settles a page its copy shows to be no article, with the status detection would give', async () => {
    const glance = show('en-search-results.html');
    const { ask, requests } = judgingBackground();
    const judged = await judgeCopy(document, location.href, glance, ask, ticking());
    expect(requests).toHaveLength(1);
    expect(requests[0]!.judgeAt).toBe(location.href);
    expect(requests[0]!.html).toContain('<body');
    expect(judged.glance).toBeNull();
    expect(judged.status).toMatchObject({
      kind: 'analysed',
      report: {
        url: location.href,
        isArticle: false,
        // the glance's time and the serialising, not the background's judging
        detectMs: 3.5,
        detectTasks: { count: 2, stepMs: [1.5, 2] },
      },
    });
  });

  it('hands an article on with the copy’s reading, for detection to take', async () => {
    const glance = show('en-markets-article.html');
    const { ask } = judgingBackground();
    const judged = await judgeCopy(document, location.href, glance, ask);
    expect(judged.status).toBeNull();
    expect(judged.glance?.copy?.pick?.kept.length).toBeGreaterThan(5);
    expect(judged.glance?.copy?.verdict?.isArticle).toBe(true);
    expect(judged.glance?.scan).toBe(glance.scan);
  });

  it.each([
    ['no answer', () => Promise.reject(new Error('no receiver'))],
    [
      'a reading without a verdict',
      async (r: ReadabilityRequest) => readAndJudgeCopy({ ...r, judgeAt: undefined }),
    ],
    ['null', async () => null],
  ])('leaves the page undecided, for the rest to detect, on %s', async (_name, answer) => {
    const glance = show('en-search-results.html');
    const judged = await judgeCopy(document, location.href, glance, answer as AskReadability);
    expect(judged).toEqual({ status: null, glance });
  });
});
