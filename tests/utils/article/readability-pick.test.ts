import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/article/detect';
import { pickWithReadability } from '../../../utils/article/readability-pick';
import { hashText, runText, textRuns } from '../../../utils/article/text-runs';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
// The offscreen document's DOMParser; jsdom's here.
const parser = new new JSDOM('').window.DOMParser();

describe('pickWithReadability', () => {
  it("names the runs Readability kept, which are the in-page path's body", () => {
    const page = loadPage(join(PAGES, 'en-markets-article.html'), 'https://news.example/a');
    const pick = pickWithReadability(
      { html: page.documentElement.outerHTML, url: page.URL },
      parser,
    )!;
    const runs = textRuns(page.body);
    expect(pick.runs).toBe(runs.length);
    expect(pick.kept.length).toBeGreaterThan(5);
    expect(pick.hashes).toEqual(pick.kept.map((i) => hashText(runText(runs[i]!))));
    // Nearly all the kept text lies in the body the in-page path chose.
    const root = detectArticle(loadPage(join(PAGES, 'en-markets-article.html'))).root!;
    const length = (list: number[]) => list.reduce((n, i) => n + runText(runs[i]!).length, 0);
    const inRoot = pick.kept.filter((i) => root.textContent!.includes(runText(runs[i]!)));
    expect(length(inRoot) / length(pick.kept)).toBeGreaterThan(0.9);
    expect(pick.title).toBeTruthy();
    expect(pick.textLength).toBeGreaterThan(500);
  });

  it('keeps run numbers in order and counts text Readability rebuilt from HTML', () => {
    // A short item: Readability's first pass finds too little and re-parses the body.
    const html =
      '<html><head><title>Brief</title></head><body><div><p>Short market brief: the index rose 1% on Monday.</p></div></body></html>';
    const pick = pickWithReadability({ html, url: 'https://news.example/b' }, parser);
    expect(pick?.kept).toEqual([0]);
    expect(pick?.runs).toBe(1);
  });

  it('answers null when there is no body to read', () => {
    const html = '<html><head><title>x</title></head><frameset><frame src="a"></frameset></html>';
    expect(pickWithReadability({ html, url: 'https://x.example/' }, parser)).toBeNull();
  });
});
