import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportedStatus, tabIdOf, type ExtensionSession } from '../../scripts/lib/chromium';
import { loadPage } from '../../scripts/lib/load-page';
import type { StaticServer } from '../../scripts/lib/server';
import { detectArticle } from '../../utils/article/detect';
import { glancePage } from '../../utils/article/glance-page';
import type { ArticleReport } from '../../utils/page-status';
import { closeEnvironment, openEnvironment } from './support/environment';

// Issue 14: a page the loader's glance leaves undecided is judged on its copy by the
// offscreen document. A copy judged no article settles the page without loading the rest
// of the content script; an article loads it. Which extension scripts the page ran is
// read from the debugger: the rest has a random address (Chrome's dynamic URL), so it is
// any extension script other than the loader.

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const LOADER = '/content-scripts/content.js';

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment()));
afterAll(() => closeEnvironment({ server, session }));

/** Opens the fixture and collects the extension scripts its renderer parses. */
async function open(file: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await session.context.newPage();
  const scripts: string[] = [];
  const cdp = await session.context.newCDPSession(page);
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) scripts.push(new URL(url).pathname);
  });
  await cdp.send('Debugger.enable');
  await page.goto(`${server.origin}/fixtures/${file}`, { waitUntil: 'load' });
  return { page, scripts };
}

async function report(page: Page): Promise<ArticleReport> {
  const tabId = await tabIdOf(session, page);
  let found: ArticleReport | undefined;
  await expect
    .poll(
      async () => {
        found = ((await reportedStatus(session, tabId)) as { report?: ArticleReport } | null)
          ?.report;
        return !!found;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** What Node makes of the fixture at the address the browser sees. */
function inNode(file: string) {
  const url = `${server.origin}/fixtures/${file}`;
  const doc = () => loadPage(join(PAGES, file), url);
  return { glance: glancePage(doc(), url), info: detectArticle(doc()) };
}

describe('the loader and the copy’s verdict, in Chromium', () => {
  it.each(['en-search-results.html', 'own-zh-forum-thread.html', 'zh-quote-page.html'])(
    '%s: judged no article on its copy, without loading the rest',
    async (file) => {
      const node = inNode(file);
      // (the glance leaves it undecided, and the page is no article)
      expect(node.glance.status).toBeNull();
      expect(node.info.isArticle).toBe(false);
      const { page, scripts } = await open(file);
      const status = await report(page);
      expect(status.isArticle).toBe(false);
      expect(status.evidence).toEqual(node.info.evidence);
      expect(status.readability).toEqual({ ran: 'off-thread' });
      expect(status.detectTasks?.count).toBe(2);
      // A moment for anything late, then: the loader ran, and nothing else of ours.
      await page.waitForTimeout(300);
      expect(scripts).toContain(LOADER);
      expect(scripts.filter((s) => s !== LOADER)).toEqual([]);
      await page.close();
    },
  );

  it('loads the rest on an article, whose detection takes the copy’s reading', async () => {
    const { page, scripts } = await open('en-markets-article.html');
    const status = await report(page);
    expect(status.isArticle).toBe(true);
    expect(status.readability).toEqual({ ran: 'off-thread' });
    expect(scripts).toContain(LOADER);
    expect(scripts.filter((s) => s !== LOADER).length).toBeGreaterThan(0);
    await page.close();
  });
});
