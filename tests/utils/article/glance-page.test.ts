import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/lib/load-page';
import { analysePageInTasks } from '../../../utils/article/analyse-page';
import { detectArticle } from '../../../utils/article/detect';
import { glancePage } from '../../../utils/article/glance-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const FILES = Object.keys(
  JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<string, unknown>,
);

/** A verdict without its DOM node, to compare across two detections of one page. */
const verdict = (info: ReturnType<typeof detectArticle>) => ({
  ...info,
  root: info.root ? info.root.tagName : null,
});

describe('glancePage: the loader’s first look (issue 14)', () => {
  it.each(FILES)(
    '%s: settles the page with full detection’s verdict, or leaves it to it',
    (file) => {
      const url = `https://pages.example.com/${file}`;
      const first = glancePage(loadPage(join(PAGES, file), url), url);
      const full = detectArticle(loadPage(join(PAGES, file), url));
      if (first.status) {
        expect(first.status.kind).not.toBe('failed');
        if (first.status.kind !== 'analysed') return;
        const { detectMs, detectTasks, detectedAt, ...report } = first.status.report;
        expect(detectMs).toBeGreaterThanOrEqual(0);
        expect(detectTasks?.count).toBe(1);
        expect(detectedAt).toBeGreaterThan(0);
        expect(report).toMatchObject({
          isArticle: full.isArticle,
          confidence: Math.round(full.confidence * 100) / 100,
          title: full.title,
          evidence: full.evidence,
        });
      } else {
        // Detection that goes on from the glance reaches what it reaches without one.
        const doc = loadPage(join(PAGES, file), url);
        const again = glancePage(doc, url);
        expect(again.glance?.verdict).toBeNull();
        expect(verdict(detectArticle(doc, { glance: again.glance! }))).toEqual(verdict(full));
      }
    },
  );

  it('settles the stock screener at its first look and leaves the markets story', () => {
    const at = (file: string) => glancePage(loadPage(join(PAGES, file)), 'https://x.example/');
    expect(at('screener.html').status).toMatchObject({ report: { isArticle: false } });
    expect(at('en-markets-article.html').status).toBeNull();
  });

  it('leaves the walk to the copy on a page whose metadata and address claim an article', () => {
    const typed = '<meta property="og:type" content="article">';
    const published = '<meta property="article:published_time" content="2046-05-01T09:00:00Z">';
    const at = (head: string, url: string) => {
      const html = `<html><head>${head}</head><body><p>${'A report on rates. '.repeat(40)}</p></body></html>`;
      return glancePage(new JSDOM(html, { url }).window.document, url);
    };
    const story = 'https://news.example/markets/rates-hold-steady';
    const claimed = at(typed + published, story);
    expect(claimed.status).toBeNull();
    expect(claimed.glance).toMatchObject({ meta: { ogType: 'article' }, verdict: null });
    expect(claimed.glance?.scan).toBeUndefined();
    // A published time alone claims one too.
    expect(at(published, story).glance?.scan).toBeUndefined();
    // Without either, or at a front page's address, the glance walks the text.
    for (const [head, url] of [
      ['<meta property="og:type" content="website">', story],
      [typed + published, 'https://news.example/'],
    ] as const) {
      const walked = at(head, url);
      expect(walked.status ?? walked.glance?.scan).toBeTruthy();
    }
  });

  it('counts the glance’s time in the report of detection that went on from it', async () => {
    const url = 'https://x.example/markets/a';
    const doc = loadPage(join(PAGES, 'en-markets-article.html'), url);
    const { glance } = glancePage(doc, url);
    const withGlance = await analysePageInTasks(doc, url, undefined, {
      glance: { ...glance!, ms: 1000 },
    });
    expect(withGlance.status).toMatchObject({ kind: 'analysed', report: { isArticle: true } });
    if (withGlance.status.kind === 'analysed') {
      expect(withGlance.status.report.detectMs).toBeGreaterThanOrEqual(1000);
    }
  });

  it('refuses a frameset as full detection does, with no glance to go on from', () => {
    const doc = new JSDOM('<html><frameset><frame src="a.html"></frameset></html>').window.document;
    expect(glancePage(doc, 'https://x.example/')).toEqual({
      status: { kind: 'unsupported', reason: 'frameset', url: 'https://x.example/' },
      glance: null,
    });
  });
});
