import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/article/detect';
import { firstLook } from '../../../utils/article/first-look';
import { readMetadata } from '../../../utils/article/metadata';
import { scanPageText } from '../../../utils/article/signals';
import { measureText, visibleTextSample } from '../../../utils/article/text';
import { corpusAvailable, loadCorpusManifest } from '../../../scripts/lib/corpus';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<
  string,
  { isArticle?: boolean }
>;
const fixtures = Object.keys(expected);
const firstLooked = (reasons: string[]) => reasons.includes('0 notArticleAtBest (first look)');

/** The bounds the first look rests on, and that it never stops where the best case would not. */
function checkBounds(doc: Document, name: string) {
  const body = measureText(doc.body!);
  const sample = visibleTextSample(doc.body!, 100_000);
  if (!sample.complete) return;
  expect(sample.atMost.prose, name).toBeGreaterThanOrEqual(body.length - body.linkLength);
  expect(sample.atMost.paragraphs, name).toBeGreaterThanOrEqual(body.paragraphs);
  const first = firstLook(doc, readMetadata(doc), scanPageText(doc));
  if (first) {
    // Without it the page is no article either, and a body found scores no higher.
    const full = detectArticle(doc, { firstLook: false });
    expect(full.isArticle, name).toBe(false);
    const settledAtBest = full.evidence.some((e) => e.key === 'notArticleAtBest');
    if (!settledAtBest) expect(first.confidence, name).toBeGreaterThanOrEqual(full.confidence);
  }
}

function page(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
    .window.document;
}

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: the central bank held its key rate, and markets weighed what comes next for lending and prices over the year.</p>`,
  ).join('');

describe('the first look (issue 14)', () => {
  it('bounds the text measures from above, and agrees with the full detection, on every fixture', () => {
    for (const file of fixtures) checkBounds(loadPage(join(PAGES, file)), file);
  });

  it('stops a clear non-article early and says so', () => {
    for (const file of ['own-en-book-chapter.html', 'en-homepage.html']) {
      const info = detectArticle(loadPage(join(PAGES, file)));
      expect(info.isArticle, file).toBe(false);
      expect(firstLooked(info.reasons), file).toBe(true);
    }
    // Undated, no metadata, a few short lines: nothing could make it an article.
    const info = detectArticle(page('<nav><a href="/">Home</a></nav><p>Sign in to continue.</p>'));
    expect(info.isArticle).toBe(false);
    expect(firstLooked(info.reasons)).toBe(true);
  });

  it('never stops an article, nor a page that might be one', () => {
    for (const file of fixtures.filter((f) => expected[f]!.isArticle)) {
      expect(firstLooked(detectArticle(loadPage(join(PAGES, file))).reasons), file).toBe(false);
    }
    const dated = page(
      `<h1>Rates held</h1><p>2024-03-15 09:30</p>${prose(8)}`,
      '<meta property="og:type" content="article">',
    );
    expect(firstLook(dated, readMetadata(dated), scanPageText(dated))).toBeNull();
  });

  it('weighs a body wrapped in a link at its best', () => {
    // All of the prose is link text, yet Readability could find a body inside the link.
    const wrapped = page(
      `<a href="/story"><div><h1>Rates held</h1><p>2024-03-15 09:30</p>${prose(12)}</div></a>`,
    );
    expect(firstLook(wrapped, readMetadata(wrapped), scanPageText(wrapped))).toBeNull();
  });
});

describe.runIf(corpusAvailable())('the first look on ../shared/corpus', () => {
  it('bounds the text measures from above, and agrees with the full detection, on every page', () => {
    for (const p of loadCorpusManifest()) checkBounds(loadPage(p.path), p.file);
  }, 120_000);
});
