import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle, detectArticleSteps } from '../../../utils/article/detect';
import {
  keptOnPage,
  offThreadReadability,
  serialise,
  type AskReadability,
} from '../../../utils/article/off-thread-root';
import { glanceAtPage } from '../../../utils/article/first-glance';
import { readPageCopy } from '../../../utils/article/readability-pick';
import { readableRootSteps } from '../../../utils/article/readable-root';
import { runSteps, runStepsInTasks } from '../../../utils/article/steps';
import { measureText } from '../../../utils/article/text';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const parser = new new JSDOM('').window.DOMParser();
/** The offscreen document, in the same process: jsdom's DOMParser and Readability. */
const offscreen: AskReadability = async (request) => readPageCopy(request, parser);

const FIXTURES = readdirSync(PAGES).filter((file) => /\.x?html$/.test(file));

describe('Readability off the main thread, the page side', () => {
  it('finds the same body, verdict and metadata as the in-page path on every fixture', async () => {
    for (const file of FIXTURES) {
      const inPage = detectArticle(loadPage(join(PAGES, file)));
      const run = await runStepsInTasks(
        detectArticleSteps(loadPage(join(PAGES, file)), { askReadability: offscreen }),
      );
      const offThread = run.value;
      expect(offThread.isArticle, file).toBe(inPage.isArticle);
      expect(offThread.root?.textContent, file).toBe(inPage.root?.textContent);
      expect(offThread.reasons, file).toEqual(inPage.reasons);
      expect([offThread.title, offThread.byline, offThread.publishedTime], file).toEqual([
        inPage.title,
        inPage.byline,
        inPage.publishedTime,
      ]);
      if (inPage.readability && !file.endsWith('.xhtml')) {
        expect(offThread.readability, file).toEqual({ ran: 'off-thread' });
      }
    }
  });

  it('says where Readability ran; tests and the CLI run it in the page', () => {
    const info = detectArticle(loadPage(join(PAGES, 'en-markets-article.html')));
    expect(info.readability).toEqual({ ran: 'in-page' });
  });

  it('cannot run straight through: the answer comes in a task of its own', () => {
    const doc = loadPage(join(PAGES, 'en-markets-article.html'));
    expect(() => runSteps(readableRootSteps(doc, offscreen))).toThrow(/runStepsInTasks/);
  });

  it('falls back to the page when the text changed before the answer came', async () => {
    const doc = loadPage(join(PAGES, 'en-markets-article.html'));
    const changing: AskReadability = async (request) => {
      const copy = await offscreen(request);
      // The page's own script adds a paragraph meanwhile.
      doc.body.prepend(doc.createElement('p'));
      doc.body.firstElementChild!.textContent = 'Breaking: a late line';
      return copy;
    };
    const run = await runStepsInTasks(readableRootSteps(doc, changing));
    expect(run.value.readability).toEqual({ ran: 'in-page', fallback: 'mismatch' });
    expect(run.value.root).not.toBeNull();
  });

  it('falls back when a kept run holds other text than the copy saw', async () => {
    const doc = loadPage(join(PAGES, 'en-markets-article.html'));
    const pick = (await offscreen({ html: doc.documentElement.outerHTML, url: doc.URL }))!.pick!;
    expect(keptOnPage(doc.body, pick)).not.toBeNull();
    expect(keptOnPage(doc.body, { ...pick, hashes: pick.hashes.map((h) => h ^ 1) })).toBeNull();
    expect(keptOnPage(doc.body, { ...pick, runs: pick.runs + 1 })).toBeNull();
    expect(keptOnPage(doc.body, { ...pick, kept: [pick.runs + 5], hashes: [0] })).toBeNull();
  });

  it('falls back when no answer comes: an error, or a timeout', async () => {
    const doc = loadPage(join(PAGES, 'en-markets-article.html'));
    const invalidated: AskReadability = () =>
      Promise.reject(new Error('Extension context invalidated.'));
    const failed = await runStepsInTasks(offThreadReadability(doc, invalidated));
    expect(failed.value).toEqual({ ok: false, fallback: 'no-reply' });
    const silent: AskReadability = () => new Promise(() => {});
    const late = await runStepsInTasks(offThreadReadability(doc, silent, 20));
    expect(late.value).toEqual({ ok: false, fallback: 'no-reply' });
    const inPage = detectArticle(loadPage(join(PAGES, 'en-markets-article.html')));
    const run = await runStepsInTasks(detectArticleSteps(doc, { askReadability: invalidated }));
    expect(run.value.readability).toEqual({ ran: 'in-page', fallback: 'no-reply' });
    expect(run.value.root?.textContent).toBe(inPage.root?.textContent);
  });

  it('keeps XHTML in the page, and never asks for it', async () => {
    let asked = 0;
    const counting: AskReadability = (request) => (asked++, offscreen(request));
    const doc = loadPage(join(PAGES, 'en-article.xhtml'));
    const run = await runStepsInTasks(readableRootSteps(doc, counting));
    expect(run.value.readability).toEqual({ ran: 'in-page', fallback: 'not-html' });
    expect(asked).toBe(0);
  });

  it('sends the page once, with its doctype, and does not count the wait as work', async () => {
    const doc = loadPage(join(PAGES, 'en-markets-article.html'));
    const requests: string[] = [];
    let clock = 0;
    const slow: AskReadability = async (request) => {
      requests.push(request.html);
      await Promise.resolve();
      clock += 1000; // a second in the offscreen document, not on the page
      return offscreen(request);
    };
    const run = await runStepsInTasks(readableRootSteps(doc, slow), () => clock);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^<!DOCTYPE html><html/);
    expect(run.busyMs).toBe(0);
  });

  it('takes a reading the loader already has with its glance, and neither serialises nor asks', () => {
    const file = join(PAGES, 'en-markets-article.html');
    const copy = readPageCopy(
      { html: serialise(loadPage(file)), url: 'https://x.example/' },
      parser,
    )!;
    const doc = loadPage(file);
    const glance = glanceAtPage(doc);
    if (!('scan' in glance)) throw new Error('settled at a glance');
    let asked = 0;
    const ask: AskReadability = async () => (asked++, null);
    // Straight through, in one run: with the reading in hand nothing waits for an answer.
    const info = runSteps(
      detectArticleSteps(doc, { askReadability: ask, glance: { ...glance, copy } }),
    );
    expect(asked).toBe(0);
    expect(info.readability).toEqual({ ran: 'off-thread' });
    expect(info.root?.textContent).toBe(detectArticle(loadPage(file)).root?.textContent);
  });

  it('leaves out the text of scripts, styles and noscript, but not JSON-LD, which Readability reads', () => {
    const doc = new JSDOM(
      '<!doctype html><html><head><style>body { margin: 0 }</style>' +
        '<script type="application/ld+json">{"@type":"NewsArticle","author":"Li Ming"}</script>' +
        '<script src="/a.js"></script><script>window.state = "<p>not text</p>";</script></head>' +
        '<body><script-widget>kept</script-widget><p>Text</p><script async>track()</script>' +
        '<noscript><p>Enable JavaScript</p></noscript></body></html>',
      { runScripts: 'outside-only' },
    ).window.document;
    expect(serialise(doc)).toBe(
      '<!DOCTYPE html><html><head><style></style>' +
        '<script type="application/ld+json">{"@type":"NewsArticle","author":"Li Ming"}</script>' +
        '<script src="/a.js"></script><script></script></head>' +
        '<body><script-widget>kept</script-widget><p>Text</p><script async=""></script>' +
        '<noscript></noscript></body></html>',
    );
  });

  it('numbers a page with markup in a <noscript> of its head as its copy does', async () => {
    // Without scripting, a parser moves that markup out of <head> into the body.
    const doc = new JSDOM(
      '<!doctype html><html><head><title>T</title><noscript><div>Please enable JavaScript</div></noscript></head>' +
        '<body><article><h1>Rates held</h1><p>' +
        'The central bank held its policy rate at 3.1% on Tuesday, citing steady inflation. '.repeat(
          8,
        ) +
        '</p></article></body></html>',
      { runScripts: 'outside-only' },
    ).window.document;
    const run = await runStepsInTasks(offThreadReadability(doc, offscreen));
    expect(run.value.ok).toBe(true);
  });

  it('falls back when a script wrote its own end tag into its text', async () => {
    const doc = loadPage(join(PAGES, 'en-markets-article.html'));
    const script = doc.createElement('script');
    script.textContent = 'document.write("</script><p>Injected paragraph</p>")';
    doc.body.prepend(script);
    const run = await runStepsInTasks(offThreadReadability(doc, offscreen));
    expect(run.value).toEqual({ ok: false, fallback: 'mismatch' });
  });

  it("takes the body's measures from the copy, and walks the page itself when the copy parsed otherwise", async () => {
    const file = join(PAGES, 'en-markets-article.html');
    const marked =
      (elementsOff: number): AskReadability =>
      async (request) => {
        const copy = (await offscreen(request))!;
        // A tell-tale figure: the verdict's signals show whose measures it used.
        const body = { ...copy.page.body, rawLength: 424242 };
        return { ...copy, page: { elements: copy.page.elements + elementsOff, body } };
      };
    const detect = async (ask: AskReadability) =>
      (await runStepsInTasks(detectArticleSteps(loadPage(file), { askReadability: ask }))).value;
    expect((await detect(marked(0))).signals?.body.rawLength).toBe(424242);
    const walked = await detect(marked(1));
    expect(walked.signals?.body).toEqual(measureText(loadPage(file).body));
    expect(walked.isArticle).toBe(true);
  });
});
