// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://meridian.example.com/markets/screener" }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CopyVerdict } from '../../../entrypoints/content/copy-verdict';
import type { ContentMain, MainStart } from '../../../entrypoints/content/handoff';
import { runLoader } from '../../../entrypoints/content/loader';
import { clipPageKey, pageClipUrl } from '../../../utils/clips/page-index';
import type { Reply } from '../../../utils/messages';
import type { PageGlance } from '../../../utils/article/first-glance';
import type { CopyReading } from '../../../utils/article/readability-pick';
import type { PageStatus } from '../../../utils/page-status';
import { askContent, collectReports, reportOf, sleep } from '../../support/content-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function show(file: string) {
  const parsed = new DOMParser().parseFromString(
    readFileSync(join(PAGES, file), 'utf8'),
    'text/html',
  );
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

/** A stand-in for content-main.js: records its start and answers what it is asked. */
function fakeMain() {
  const starts: MainStart[] = [];
  const asked: string[] = [];
  let loads = 0;
  const main: ContentMain = {
    start: async (_ctx, start) => {
      starts.push(start);
    },
    answer: (message) => {
      asked.push((message as { type: string }).type);
      return Promise.resolve<Reply<unknown>>({ ok: true, value: 'from the rest' });
    },
  };
  const load = async () => {
    loads++;
    return main;
  };
  return { load, starts, asked, loads: () => loads };
}

let ctx: ContentScriptContext;
let reports: PageStatus[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  reports = collectReports();
  ctx = new ContentScriptContext('test', { noScriptStartedPostMessage: true });
});
afterEach(() => ctx.abort('test over'));

async function until(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await sleep(20);
  expect(done()).toBe(true);
}

describe('the content script loader', () => {
  it('settles a clear non-article at a glance, reports it, and loads nothing more', async () => {
    show('screener.html');
    const main = fakeMain();
    await runLoader(ctx, main.load);
    await until(() => reports.length > 0);
    expect(reports[0]).toMatchObject({
      kind: 'analysed',
      report: { isArticle: false, title: 'Stock Screener' },
    });
    const evidence = reports[0]!.kind === 'analysed' ? reports[0]!.report.evidence : [];
    expect(evidence).toContainEqual({ key: 'notArticleAtBest', weight: 0, value: 'first look' });
    // The popup's question is answered from the glance, still without the rest.
    await expect(askContent('content/page-status', null)).resolves.toEqual(reports[0]);
    await sleep(50);
    expect(main.loads()).toBe(0);
  });

  it('loads the rest on a page the glance leaves undecided and its copy does not settle', async () => {
    show('en-markets-article.html');
    const main = fakeMain();
    const judged: PageGlance[] = [];
    await runLoader(ctx, main.load, document, async (_doc, _url, glance) => {
      judged.push(glance);
      return { status: null, glance };
    });
    expect(judged).toHaveLength(1);
    await until(() => main.starts.length > 0);
    expect(main.starts[0]!.glance).toMatchObject({ verdict: null });
    expect(main.starts[0]!.glance!.scan?.text).toContain('Exxon Mobil');
    // Detection's report is the rest's to send.
    expect(reports).toEqual([]);
  });

  it('settles a page its copy shows to be no article, answering the popup meanwhile, without the rest', async () => {
    show('en-markets-article.html');
    const main = fakeMain();
    const status: PageStatus = {
      kind: 'analysed',
      report: reportOf({ url: location.href, title: 'Judged on the copy' }),
    };
    let answer: (verdict: CopyVerdict) => void = () => {};
    await runLoader(ctx, main.load, document, () => new Promise((done) => (answer = done)));
    // Asked while the copy is being judged: the answer waits for the verdict.
    const asked = askContent('content/page-status', null);
    await sleep(30);
    answer({ status, glance: null });
    await expect(asked).resolves.toEqual(status);
    expect(reports).toEqual([status]);
    await sleep(30);
    expect(main.loads()).toBe(0);
  });

  it('hands the rest the copy’s reading with the glance when the copy is an article', async () => {
    show('en-markets-article.html');
    const main = fakeMain();
    const copy = { page: { elements: 1 }, pick: null } as unknown as CopyReading;
    await runLoader(ctx, main.load, document, async (_doc, _url, glance) => ({
      status: null,
      glance: { ...glance, copy },
    }));
    await until(() => main.starts.length > 0);
    expect(main.starts[0]!.glance!.copy).toBe(copy);
    expect(reports).toEqual([]);
  });

  it('loads the rest, with the glance, when judging the copy fails', async () => {
    show('en-markets-article.html');
    const main = fakeMain();
    await runLoader(ctx, main.load, document, () =>
      Promise.reject(new Error('serialising failed')),
    );
    await until(() => main.starts.length > 0);
    expect(main.starts[0]!.glance).toMatchObject({ verdict: null });
    expect(main.starts[0]!.glance!.copy).toBeUndefined();
  });

  it('loads the rest for a message only it can answer, and has it answered there', async () => {
    show('screener.html');
    const main = fakeMain();
    await runLoader(ctx, main.load);
    await expect(askContent('content/entities', null)).resolves.toBe('from the rest');
    expect(main.loads()).toBe(1);
    expect(main.starts).toEqual([{ glance: null }]);
    expect(main.asked).toEqual(['content/entities']);
  });

  it('loads the rest on a page with clippings to draw', async () => {
    show('screener.html');
    await browser.storage.local.set({ [clipPageKey(pageClipUrl())]: ['c1'] });
    const main = fakeMain();
    await runLoader(ctx, main.load);
    await until(() => main.starts.length > 0);
    expect(main.starts[0]).toEqual({ glance: null });
  });

  it('loads the rest once the reader selects text, for the clip toolbar', async () => {
    show('screener.html');
    const main = fakeMain();
    await runLoader(ctx, main.load);
    // A click that selects nothing does not.
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await sleep(30);
    expect(main.loads()).toBe(0);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1')!);
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await until(() => main.starts.length > 0);
    expect(main.loads()).toBe(1);
  });

  it('answers with the failure, and throws nothing, when the rest cannot load', async () => {
    show('screener.html');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await runLoader(ctx, () => Promise.reject(new Error('import refused')));
      await expect(askContent('content/entities', null)).rejects.toThrow('import refused');
    } finally {
      console.warn = warn;
    }
  });

  it('stops listening when the content script is invalidated', async () => {
    show('screener.html');
    const main = fakeMain();
    await runLoader(ctx, main.load);
    await until(() => reports.length > 0);
    ctx.abort('extension reloaded');
    await expect(askContent('content/page-status', null)).rejects.toThrow();
    expect(main.loads()).toBe(0);
  });
});
