import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PAGE, SHARED_DIR } from '../../scripts/lib/corpus';
import { SEED_COMPANIES } from '../support/seed-labels';
import { FinMarkFirefox, type FinMarkTab } from './support/firefox';
import { startServer, type StaticServer } from '../../scripts/lib/server';

/**
 * The Firefox build (.output/firefox-mv2, built beforehand with `npx wxt build -b
 * firefox`) in headless firefox-esr: the content script must detect an article page
 * and reject a stock screener, without causing page errors. What it concluded is read
 * from its `[FinMark] …` console line, which Firefox's WebDriver BiDi delivers.
 */

// The shared seed page when ../shared exists; otherwise one of the project's own
// article fixtures. (Not zh-policy-article.html: its own script calls jQuery, which
// cannot load offline, so it raises a page error of its own.)
const SEED_TITLE = '数字政府建设顶层文件落地 2024年或迎爆发期_财联社蜂网电话会议第56期';
const OWN_ARTICLE = 'zh-article-no-meta.html';
const useSeed = existsSync(SEED_PAGE) && !process.env.FINMARK_E2E_OWN_FIXTURES;
const article = useSeed
  ? { path: `/shared/${relative(SHARED_DIR, SEED_PAGE)}`, title: SEED_TITLE }
  : { path: `/fixtures/${OWN_ARTICLE}`, title: expectedTitle(OWN_ARTICLE) };

function expectedTitle(file: string): string {
  const expected = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../fixtures/pages/expected.json'), 'utf8'),
  ) as Record<string, { title: string | null }>;
  const title = expected[file]?.title;
  if (!title) throw new Error(`expected.json has no title for ${file}`);
  return title;
}

describe('FinMark content script in Firefox', () => {
  let server: StaticServer;
  let firefox: FinMarkFirefox;
  const tabs: FinMarkTab[] = [];

  beforeAll(async () => {
    server = await startServer();
    firefox = await FinMarkFirefox.launch();
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  }, 30_000);

  async function open(path: string): Promise<FinMarkTab> {
    const tab = await firefox.open(server.origin + path);
    tabs.push(tab);
    return tab;
  }

  it(`reports ${article.path} as an article with its title`, async () => {
    const tab = await open(article.path);
    const report = await tab.waitForReport();
    expect(report, report.line).toMatchObject({ isArticle: true, title: article.title });
    // Readability ran in the background page, off the page's main thread.
    expect(report.readability, report.line).toBe('off-thread');
    expect(report.confidence).toBeGreaterThan(0.5);
    expect(report.confidence).toBeLessThanOrEqual(1);
  });

  it('reports /fixtures/screener.html as not an article', async () => {
    const tab = await open('/fixtures/screener.html');
    const report = await tab.waitForReport();
    expect(report, report.line).toMatchObject({ isArticle: false, title: 'Stock Screener' });
  });

  it('highlights the companies and policy dates of a seed-shaped article', async () => {
    const seedLike = useSeed
      ? { path: article.path, companies: SEED_COMPANIES, policy: ['2025', '2035'] }
      : {
          path: '/fixtures/own-zh-seedlike.html',
          companies: [
            ['比亚迪', '002594.SZ'],
            ['宁德时代', '300750.SZ'],
            ['国轩高科', '002074.SZ'],
          ] as [string, string][],
          policy: ['2027', '2035'],
        };
    const tab = await open(seedLike.path);
    await tab.waitForReport();
    const marksOf = () =>
      tab.page.evaluate(() =>
        [...document.querySelectorAll('finmark-mark')].map((m) => ({
          text: m.textContent,
          kind: m.getAttribute('data-finmark-kind'),
          value: m.getAttribute('data-finmark-value'),
          inBody: !!m.closest('article'),
        })),
      );
    await expect.poll(async () => (await marksOf()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    const marks = await marksOf();
    for (const [text, value] of seedLike.companies) {
      expect(marks).toContainEqual({ text, kind: 'ticker', value, inBody: true });
    }
    const policy = marks.filter((m) => m.kind === 'policy-date').map((m) => m.value);
    for (const value of seedLike.policy) expect(policy).toContain(value);
    expect(marks.filter((m) => !m.inBody)).toEqual([]);
  });

  it('clips a selection with the toolbar’s Clip button and draws it again after a reload', async () => {
    const tab = await open('/fixtures/own-zh-seedlike.html');
    await tab.waitForReport();
    // After the marks are drawn: drawing them re-creates the text a selection sits in.
    await expect
      .poll(() => tab.page.evaluate(() => document.querySelectorAll('finmark-mark').length), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    const sentence = '业内人士表示，一季度县域市场销量同比增长较快';
    await tab.selectInArticle(sentence);
    const clip = await tab.page.waitForSelector('finmark-toolbar >>> button.clip', {
      timeout: 5_000,
    });
    expect(await clip!.evaluate((b) => b.textContent)).toBe('Clip');
    await clip!.click();
    const clipped = () =>
      tab.page.evaluate(() =>
        [...document.querySelectorAll('finmark-clip')].map((e) => e.textContent).join(''),
      );
    await expect.poll(clipped, { timeout: 5_000 }).toBe(sentence);
    await tab.goto(tab.page.url());
    await expect.poll(clipped, { timeout: 10_000 }).toBe(sentence);
  });

  it('caused no page errors and logged no FinMark failures', async () => {
    expect(tabs).toHaveLength(4);
    for (const tab of tabs) {
      await tab.settle();
      const url = tab.page.url();
      expect(tab.pageErrors.map(String), `page errors on ${url}`).toEqual([]);
      // Report lines only (one per load: the clipping test reloads its page); nothing
      // else (e.g. "could not report page status", "content script failed to start").
      const reportLines = new Set(tab.reports.map((r) => r.line));
      expect(tab.reports.length, url).toBeGreaterThan(0);
      expect(
        tab.extensionLogs.filter((log) => log.type !== 'debug' || !reportLines.has(log.text)),
        `content-script console on ${url}`,
      ).toEqual([]);
    }
  });
});
