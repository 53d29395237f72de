import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/article/detect';
import { loadPage } from '../../../scripts/lib/load-page';

interface Expected {
  isArticle: boolean;
  lang: 'zh' | 'en' | null;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  rootContains: string[];
  rootExcludes: string[];
}

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>;

describe('detectArticle on the project fixtures', () => {
  for (const [file, want] of Object.entries(expected)) {
    describe(file, () => {
      const doc = loadPage(join(PAGES, file));
      const info = detectArticle(doc);

      it(`is ${want.isArticle ? '' : 'not '}an article`, () => {
        expect(info.isArticle, info.reasons.join('\n')).toBe(want.isArticle);
      });

      if (!want.isArticle) return;

      it('finds the body in the live DOM, without sidebars, comments or footer', () => {
        expect(info.root).not.toBeNull();
        expect(doc.contains(info.root)).toBe(true);
        const text = info.root!.textContent ?? '';
        for (const phrase of want.rootContains) expect(text).toContain(phrase);
        for (const phrase of want.rootExcludes) expect(text).not.toContain(phrase);
      });

      it('reads title, site, byline, language and publish time', () => {
        expect(info.title).toBe(want.title);
        expect(info.siteName).toBe(want.siteName);
        expect(info.byline).toBe(want.byline);
        expect(info.lang?.split('-')[0] ?? null).toBe(want.lang);
        if (want.publishedTime === null) {
          expect(info.publishedTime).toBeNull();
        } else if (/^\d{4}-\d{2}-\d{2}$/.test(want.publishedTime)) {
          // A page that prints a date alone: that date, with no invented time or zone.
          expect(info.publishedTime).toBe(want.publishedTime);
        } else {
          expect(info.publishedTime).not.toBeNull();
          // Same instant, and the offset is stated (not a floating local time).
          expect(Date.parse(info.publishedTime!)).toBe(Date.parse(want.publishedTime));
          expect(info.publishedTime).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
        }
      });
    });
  }
});

describe('detectArticle on awkward documents', () => {
  it('says no, without throwing, for a page without <body>', () => {
    const doc = new JSDOM('<!doctype html><html><head><title>x</title></head></html>').window
      .document;
    doc.body?.remove();
    expect(doc.body).toBeNull();
    const info = detectArticle(doc);
    expect(info.isArticle).toBe(false);
    expect(info.evidence[0]?.key).toBe('noBodyElement');
  });

  it('says no for an empty document', () => {
    const doc = new JSDOM('').window.document;
    doc.documentElement.remove();
    expect(detectArticle(doc)).toMatchObject({ isArticle: false, root: null });
  });

  it('never changes the live page', () => {
    const doc = loadPage(join(PAGES, 'zh-policy-article.html'));
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('handles a DOM of about 5 MB and still finds the article', () => {
    const paragraph = (i: number) =>
      `<p>第${i}段：监管部门表示，将继续推动资本市场高质量发展，稳步推进注册制改革，完善退市制度，保护中小投资者合法权益。</p>`;
    const filler = Array.from(
      { length: 60_000 },
      (_, i) =>
        `<li><a href="/n/${i}">相关新闻标题第${i}条 市场快讯</a><span>2024-01-01</span></li>`,
    ).join('');
    const html = `<!doctype html><html lang="zh-CN"><head><title>资本市场改革新举措</title>
      <meta property="og:type" content="article"></head><body>
      <div class="nav"><ul>${filler}</ul></div>
      <div class="article"><h1>资本市场改革新举措</h1><div class="time">2024-02-02 10:00</div>
      <div id="content">${Array.from({ length: 40 }, (_, i) => paragraph(i)).join('')}</div></div>
      </body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000);
    const doc = new JSDOM(html).window.document;
    const info = detectArticle(doc);
    expect(info.isArticle).toBe(true);
    expect(info.root?.textContent).toContain('第39段');
    expect(info.root?.textContent).not.toContain('相关新闻标题');
  });

  it('reads the article around embedded iframes and ignores what they hold', () => {
    const paragraph =
      '<p>The Treasury sold $42 billion of ten-year notes at a yield of 4.31%, above the level traded before the auction, a sign of soft demand from investors.</p>';
    const doc = new JSDOM(`<!doctype html><html lang="en"><head><title>Soft auction</title>
      <meta property="og:type" content="article"></head><body>
      <iframe src="https://ads.example/slot" title="ad"></iframe>
      <h1>Soft auction</h1><div class="story">${paragraph.repeat(3)}
      <iframe srcdoc="<p>Advertisement: open an account today</p>"></iframe>${paragraph.repeat(3)}</div>
      </body></html>`).window.document;
    const info = detectArticle(doc);
    expect(info.isArticle).toBe(true);
    expect(info.root?.className).toBe('story');
    expect(info.root?.textContent).not.toContain('open an account');
  });

  it('ignores malformed JSON-LD and still reads the other blocks', () => {
    const doc = new JSDOM(`<!doctype html><html lang="en"><head><title>T</title>
      <script type="application/ld+json">{ not json </script>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02T03:04:05Z","headline":"Rates hold"}</script>
      </head><body><h1>Rates hold</h1><article>${'<p>The central bank kept its policy rate unchanged on Tuesday, citing sticky services inflation and a resilient labour market. Officials signalled patience.</p>'.repeat(8)}</article></body></html>`)
      .window.document;
    const info = detectArticle(doc);
    expect(info.isArticle).toBe(true);
    expect(info.publishedTime).toBe('2024-01-02T03:04:05Z');
  });
});
