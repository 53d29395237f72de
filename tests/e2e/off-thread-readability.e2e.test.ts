import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  reportedStatus,
  sendToContent,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/lib/chromium';
import { loadPage } from '../../scripts/lib/load-page';
import type { StaticServer } from '../../scripts/lib/server';
import { analyseArticle } from '../../utils/analyse-article';
import type { PageEntities } from '../../utils/messages';
import type { ArticleReport } from '../../utils/page-status';
import { shippedDirectory } from '../support/shipped-directory';
import { closeEnvironment, openEnvironment } from './support/environment';

// Readability off the page's main thread (issue 14): in Chromium the content script
// sends the page's HTML to the offscreen document and maps its answer back. The body,
// the verdict and the marks must be exactly those of the in-page path, which is what
// Node (jsdom) runs: `analyseArticle` on the same file.

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<
  string,
  { isArticle: boolean }
>;
const articles = Object.keys(expected).filter((file) => expected[file]!.isArticle);

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment()));
afterAll(() => closeEnvironment({ server, session }));

async function highlightedReport(tabId: number): Promise<ArticleReport> {
  let report: ArticleReport | undefined;
  await expect
    .poll(
      async () => {
        const status = (await reportedStatus(session, tabId)) as { report?: ArticleReport } | null;
        report = status?.report;
        return !!report?.highlight;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return report!;
}

describe('Readability off the main thread, in Chromium', () => {
  for (const file of articles) {
    it(`${file}: the same body and marks as in the page`, async () => {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/fixtures/${file}`, { waitUntil: 'load' });
      const tabId = await tabIdOf(session, page);
      const report = await highlightedReport(tabId);
      const inPage = analyseArticle(loadPage(join(PAGES, file)), shippedDirectory());

      // XHTML does not survive a round trip through an HTML parser: it stays in the page.
      const xhtml = file.endsWith('.xhtml');
      expect(report.readability).toEqual(
        xhtml ? { ran: 'in-page', fallback: 'not-html' } : { ran: 'off-thread' },
      );
      expect(report.isArticle).toBe(inPage.info.isArticle);
      expect(report.title).toBe(inPage.info.title);
      expect(report.bodyLength).toBe(inPage.info.root?.textContent?.length ?? 0);
      const reply = (await sendToContent(session, tabId, 'content/entities', null)) as {
        value: PageEntities;
      };
      const { entities } = reply.value;
      const names = (list: { text: string; start: number }[]) =>
        list.map((e) => `${e.start}:${e.text}`);
      expect(names(entities)).toEqual(names(inPage.entities));
      await page.close();
    });
  }
});
