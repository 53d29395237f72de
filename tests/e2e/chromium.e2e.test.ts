import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable, languageGroup, loadCorpusManifest } from '../../scripts/lib/corpus';
import {
  PopupPage,
  reportedStatus,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/lib/chromium';
import { closeEnvironment, openEnvironment } from './support/environment';
import type { StaticServer } from '../../scripts/lib/server';

const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/pages/expected.json'), 'utf8'),
) as Record<string, { isArticle: boolean; title: string | null }>;

const SEED = {
  path: '/shared/fixtures/pages/cls-digital-government-2022-07-01.html',
  title: '数字政府建设顶层文件落地 2024年或迎爆发期_财联社蜂网电话会议第56期',
};

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment()));
afterAll(() => closeEnvironment({ server, session }));

async function openAndAsk(url: string) {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const popup = await PopupPage.open(session, await tabIdOf(session, page));
  return { page, popup };
}

describe('FinMark in Chromium', () => {
  it.runIf(corpusAvailable())(
    'detects the 财联社 seed page and shows its title in the popup',
    async () => {
      const { page, popup } = await openAndAsk(server.origin + SEED.path);
      expect(await popup.verdict()).toContain('News article');
      expect(await popup.title()).toBe(SEED.title);
      await expect.poll(() => popup.page.getByText('财联社', { exact: true }).count()).toBe(1);
      await popup.close();
      await page.close();
    },
  );

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.isArticle ? 'an article' : 'not an article'} in the popup`, async () => {
      const { page, popup } = await openAndAsk(`${server.origin}/fixtures/${file}`);
      if (file === 'frameset.html') {
        await expect.poll(() => popup.notice().getAttribute('data-reason')).toBe('frameset');
      } else {
        expect(await popup.verdict()).toContain(want.isArticle ? 'News article' : 'Not an article');
        if (want.isArticle) expect(await popup.title()).toBe(want.title);
      }
      await popup.close();
      await page.close();
    });
  }

  it('handles a 5 MB page without errors', async () => {
    const items = Array.from(
      { length: 60_000 },
      (_, i) =>
        `<li><a href="/n/${i}">相关新闻标题第${i}条 市场快讯</a><span>2024-01-01</span></li>`,
    ).join('');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>资本市场改革新举措</title>
      <meta property="og:type" content="article"></head><body><ul>${items}</ul>
      <div class="article"><h1>资本市场改革新举措</h1><div class="time">2024-02-02 10:00</div><div id="content">
      ${'<p>监管部门表示，将继续推动资本市场高质量发展，稳步推进注册制改革，完善退市制度，保护中小投资者合法权益。</p>'.repeat(40)}
      </div></div></body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000);
    const { page, popup } = await openAndAsk(server.put('big.html', html));
    expect(await popup.verdict()).toContain('News article');
    await popup.close();
    await page.close();
  });

  it('explains pages it may not read', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version');
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    // A real toolbar click grants activeTab and with it the URL ("browser-page");
    // a popup opened by the test sees no URL and falls back to "not reachable".
    expect(['browser-page', 'not-reachable']).toContain(
      await popup.notice().getAttribute('data-reason'),
    );
    await expect.poll(() => popup.notice().textContent()).toMatch(/read|reload/i);
    await popup.close();
    await page.close();
  });

  it.runIf(corpusAvailable())(
    'analyses every corpus page without a failure or page error',
    async () => {
      const pages = loadCorpusManifest();
      const files = pages.map((p) => p.file);
      expect(files.length).toBeGreaterThan(90);
      const tally: Record<'zh' | 'en' | 'other', [number, number]> = {
        zh: [0, 0],
        en: [0, 0],
        other: [0, 0],
      };
      const page = await session.context.newPage();
      const tabId = await tabIdOf(session, page);
      const errorsBefore = session.pageErrors.length;
      const failures: string[] = [];
      const left: string[] = [];
      const wrong: string[] = [];
      for (const file of files) {
        const url = `${server.origin}/shared/corpus/${file}`;
        // A few saved pages keep a request pending forever; their DOM is ready long before.
        await page
          .goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 })
          .catch((error: unknown) => console.warn(`slow corpus page ${file}:`, error));
        if (!page.url().startsWith(server.origin)) {
          // The saved page's own script navigated away (to a host this machine cannot reach).
          left.push(file);
          continue;
        }
        let status: {
          kind?: string;
          error?: string;
          url?: string;
          report?: { url?: string };
        } | null = null;
        // Some saved pages rewrite their own URL (history.replaceState, hashes).
        const here = () => page.url().split('#')[0];
        await expect
          .poll(
            async () => {
              status = (await reportedStatus(session, tabId)) as typeof status;
              return (status?.report?.url ?? status?.url ?? '').split('#')[0];
            },
            { timeout: 15_000, message: `no report for ${file}` },
          )
          .toBe(here());
        const analysed = status as { kind?: string; report?: { isArticle?: boolean } } | null;
        if (analysed?.kind !== 'analysed') {
          failures.push(`${file}: ${JSON.stringify(status)}`);
          continue;
        }
        const label = pages.find((p) => p.file === file)!;
        const group = tally[languageGroup(label.lang)];
        group[1]++;
        if (analysed.report?.isArticle === label.isArticle) group[0]++;
        else wrong.push(`${file} (label ${label.isArticle ? 'Y' : 'N'})`);
      }
      console.log(
        `corpus in Chromium: ${files.length - left.length} analysed; navigated away: ${left.join(', ') || 'none'}; ` +
          `correct zh ${tally.zh[0]}/${tally.zh[1]}, en ${tally.en[0]}/${tally.en[1]}, ` +
          `other ${tally.other[0]}/${tally.other[1]}; misjudged: ${wrong.join(', ') || 'none'}`,
      );
      expect(left.length).toBeLessThan(5);
      expect(tally.zh[0] / tally.zh[1]).toBeGreaterThanOrEqual(0.95);
      expect(tally.en[0] / tally.en[1]).toBeGreaterThanOrEqual(0.95);
      expect(failures).toEqual([]);
      // Errors thrown by the corpus pages' own scripts are theirs; one from FinMark
      // would come from the content script, whose stack names it.
      const ours = session.pageErrors
        .slice(errorsBefore)
        .filter((e) => /content-scripts|finmark/i.test(e));
      expect(ours).toEqual([]);
      await page.close();
    },
    400_000,
  );
});
