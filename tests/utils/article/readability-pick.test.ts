import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/article/detect';
import { readPageCopy } from '../../../utils/article/readability-pick';
import { measureText } from '../../../utils/article/text';
import { hashText, runText, textRuns } from '../../../utils/article/text-runs';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
// The offscreen document's DOMParser; jsdom's here.
const parser = new new JSDOM('').window.DOMParser();

describe('readPageCopy', () => {
  it("names the runs Readability kept, which are the in-page path's body", () => {
    const page = loadPage(join(PAGES, 'en-markets-article.html'), 'https://news.example/a');
    const pick = readPageCopy(
      { html: page.documentElement.outerHTML, url: page.URL },
      parser,
    )!.pick!;
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
    const pick = readPageCopy({ html, url: 'https://news.example/b' }, parser)?.pick;
    expect(pick?.kept).toEqual([0]);
    expect(pick?.runs).toBe(1);
  });

  it('answers null when there is no body to read', () => {
    const html = '<html><head><title>x</title></head><frameset><frame src="a"></frameset></html>';
    expect(readPageCopy({ html, url: 'https://x.example/' }, parser)).toBeNull();
  });

  it('measures the body as the page would, before Readability changes the copy', () => {
    const page = loadPage(join(PAGES, 'zh-policy-article.html'), 'https://news.example/p');
    const read = readPageCopy({ html: page.documentElement.outerHTML, url: page.URL }, parser)!;
    expect(read.page).toEqual({
      elements: page.body.getElementsByTagName('*').length,
      body: measureText(page.body),
    });
    expect(read.page.body.length).toBeGreaterThan(500);
    expect(read.pick).not.toBeNull();
  });
});
