import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/article/detect';
import { readAndJudgeCopy } from '../../../utils/article/judge-copy';
import { serialise } from '../../../utils/article/off-thread-root';
import { verdictOf } from '../../../utils/page-status';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
// The offscreen document's DOMParser; jsdom's here.
const parser = new new JSDOM('').window.DOMParser();

/** The page as the loader sends it, and the address it is judged at. */
function request(file: string, url: string) {
  const page = loadPage(join(PAGES, file), url);
  return { page, request: { html: serialise(page), url: page.baseURI, judgeAt: url } };
}

describe('readAndJudgeCopy', () => {
  // The project's own pages, articles and not: each copy is judged as its page is.
  const own = readdirSync(PAGES).filter((f) => /^(?:own-|en-|zh-|screener).*\.html$/.test(f));

  it.each(own)('judges the copy of %s as detection judges the page', (file) => {
    const url = `https://meridian.example.com/2026/11/20/${file.replace('.html', '')}`;
    const { page, request: asked } = request(file, url);
    const { readability: copyPath, ...judged } = readAndJudgeCopy(asked, parser)!.verdict!;
    const { readability: pagePath, ...detected } = verdictOf(detectArticle(page));
    expect(judged).toEqual(detected);
    // (the copy's Readability ran off the page's thread, where the page's would run)
    if (pagePath) expect(copyPath).toEqual({ ran: 'off-thread' });
  });

  it('reads the address it is given, not the parser’s: a quote page’s URL counts against it', () => {
    const quote = 'https://meridian.example.com/quote/AAPL';
    const { request: asked } = request('zh-quote-page.html', quote);
    const evidence = readAndJudgeCopy(asked, parser)?.verdict?.evidence ?? [];
    expect(evidence.map((e) => e.key)).toContain('urlQuote');
  });

  it('answers Readability’s reading alone when no verdict is asked for', () => {
    const { request: asked } = request('en-markets-article.html', 'https://news.example/a');
    const reading = readAndJudgeCopy({ html: asked.html, url: asked.url }, parser);
    expect(reading?.pick?.kept.length).toBeGreaterThan(5);
    expect(reading).not.toHaveProperty('verdict');
  });

  it('answers null for a copy with no body (a frameset)', () => {
    const html = '<html><frameset><frame src="a.html"></frameset></html>';
    expect(
      readAndJudgeCopy({ html, url: 'https://x.example/', judgeAt: 'https://x.example/' }, parser),
    ).toBeNull();
  });
});
