import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleFromCopy } from '../../../utils/article/article-from-copy';
import { detectArticle } from '../../../utils/article/detect';
import { glanceAtPage } from '../../../utils/article/first-glance';
import { readAndJudgeCopy } from '../../../utils/article/judge-copy';
import { serialise } from '../../../utils/article/off-thread-root';
import { findRoot, locateRoot } from '../../../utils/article/root-locator';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const parser = new new JSDOM('').window.DOMParser();
const URL_OF = (file: string) => `https://meridian.example.com/2026/11/20/${file}`;

/** The page, and the background's reading of its copy with the verdict asked for. */
function judged(file: string) {
  const page = loadPage(join(PAGES, file), URL_OF(file));
  const html = serialise(page);
  return {
    page,
    reading: readAndJudgeCopy({ html, url: page.baseURI, judgeAt: page.URL }, parser)!,
  };
}

const OWN = readdirSync(PAGES).filter((f) => /^(?:own-|en-|zh-).*\.html$/.test(f));

describe('articleFromCopy', () => {
  it.each(OWN)('%s: the copy’s article, its body found on the page, is detection’s', (file) => {
    const { page, reading } = judged(file);
    const fromCopy = articleFromCopy(page, reading);
    const detected = detectArticle(loadPage(join(PAGES, file), URL_OF(file)));
    if (!detected.isArticle) {
      expect(fromCopy).toBeNull();
      return;
    }
    expect(fromCopy).not.toBeNull();
    expect(fromCopy!.root?.textContent).toBe(detected.root?.textContent);
    expect(fromCopy!.root?.ownerDocument).toBe(page);
    expect([fromCopy!.title, fromCopy!.publishedTime, fromCopy!.lang, fromCopy!.reasons]).toEqual([
      detected.title,
      detected.publishedTime,
      detected.lang,
      detected.reasons,
    ]);
  });

  it('is what detection returns on a page whose glance carries the judged copy', () => {
    const { page, reading } = judged('zh-policy-article.html');
    const glance = glanceAtPage(page);
    if (!('scan' in glance)) throw new Error('settled at a glance');
    const info = detectArticle(page, { glance: { ...glance, copy: reading } });
    // (no signals: nothing was measured on the page)
    expect(info.signals).toBeNull();
    expect(info.root?.textContent).toBe(articleFromCopy(page, reading)!.root?.textContent);
  });

  it('finds nothing when the body’s text changed after the copy was made', () => {
    const { page, reading } = judged('en-markets-article.html');
    const root = articleFromCopy(page, reading)!.root!;
    root.querySelector('p')!.append(' A sentence added later.');
    expect(articleFromCopy(page, reading)).toBeNull();
  });

  it('finds nothing when the tree moved: the place now holds other text', () => {
    const { page, reading } = judged('en-markets-article.html');
    page.body.prepend(page.createElement('div'));
    expect(articleFromCopy(page, reading)).toBeNull();
  });

  it('is null without a verdict, or for a copy that is no article', () => {
    const { page, reading } = judged('en-markets-article.html');
    expect(articleFromCopy(page, { ...reading, verdict: undefined })).toBeNull();
    const search = judged('en-search-results.html');
    expect(search.reading.verdict?.isArticle).toBe(false);
    expect(search.reading.root).toBeUndefined();
    expect(articleFromCopy(search.page, search.reading)).toBeNull();
  });
});

describe('root locators', () => {
  it('names an element by its steps from the body, and reads its text the same way back', () => {
    const doc = new JSDOM(
      '<body><nav>Menu</nav><main><p>Intro</p><article><p>One.</p><p>Two.</p></article></main></body>',
    ).window.document;
    const article = doc.querySelector('article')!;
    const locator = locateRoot(article)!;
    expect(locator.path).toEqual([1, 1]);
    expect(locator.runs).toBe(2);
    expect(findRoot(doc.body, locator)).toBe(article);
    expect(findRoot(doc.body, { ...locator, path: [1, 5] })).toBeNull();
    expect(locateRoot(doc.head)).toBeNull();
  });
});
