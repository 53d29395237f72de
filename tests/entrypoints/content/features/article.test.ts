// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://meridian.example.com/markets/stocks-slip" }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import article from '../../../../entrypoints/content/features/article';
import type { ArticleInfo } from '../../../../utils/article/detect';
import type { PageStatus } from '../../../../utils/page-status';
import { askContent, collectReports, sleep, testPage } from '../../../support/content-page';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/pages/en-markets-article.html');

let stop = () => {};
let reports: PageStatus[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  reports = collectReports();
  const html = readFileSync(FIXTURE, 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
});
afterEach(() => {
  stop();
});

async function started() {
  const test = testPage();
  stop = test.stop;
  const detected: ArticleInfo[] = [];
  test.page.events.detected.on((info) => detected.push(info), test.signal);
  await article.start(test.page, test.signal);
  return { ...test, detected };
}

async function until(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await sleep(25);
  expect(done()).toBe(true);
}

describe('article', () => {
  it('detects the article once the page is idle and tells the other features', async () => {
    const { detected } = await started();
    await until(() => detected.length > 0);
    expect(detected[0]).toMatchObject({
      isArticle: true,
      title: 'Stocks slip as Fed caution lingers; Treasury yields rise',
    });
    expect(detected[0]!.root?.textContent).toContain('Exxon Mobil (NYSE: XOM) added 1.1%');
    expect(reports[0]).toMatchObject({ kind: 'analysed', report: { isArticle: true } });
  });

  it("answers the popup with the page's status", async () => {
    const { detected } = await started();
    await until(() => detected.length > 0);
    await expect(askContent('content/page-status', null)).resolves.toMatchObject({
      kind: 'analysed',
      report: { isArticle: true },
    });
  });

  it('detects again when late content settles, and reports the marks drawn', async () => {
    const { page, detected } = await started();
    await until(() => detected.length > 0);
    page.events.settled.emit();
    await until(() => detected.length > 1);
    const stats = { entities: 3, tickers: 2, marks: 3, mapMs: 1, recognizeMs: 2, drawMs: 1 };
    page.events.drawn.emit(stats);
    await until(() => reports.length > 2);
    expect(reports.at(-1)).toMatchObject({ kind: 'analysed', report: { highlight: stats } });
  });

  it('stops answering when stopped', async () => {
    const { detected, stop: end } = await started();
    await until(() => detected.length > 0);
    end();
    await expect(askContent('content/page-status', null)).rejects.toThrow();
  });
});
