import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import {
  CHROMIUM_PATH,
  chromiumFlags,
  PopupPage,
  reportedStatus,
  sendToContent,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/lib/chromium';
import { dragSelect } from '../../scripts/lib/select';
import type { StaticServer } from '../../scripts/lib/server';
import { closeEnvironment, openEnvironment } from './support/environment';
import { FinMarkFirefox, type FinMarkTab } from './support/firefox';
import { exposeClosedShadowRoot } from './support/shadow';

/**
 * Pages that work against FinMark (issue 14, "Hostile pages"): markup written as
 * text, built-ins overridden before the content script runs, marks taken out as soon
 * as they appear, a feed that never stops, huge and locked-down pages, and messages
 * that imitate FinMark's own. None may raise a page error, run injected markup, lose
 * a clipping or make FinMark work without end. Figures are printed, never timed.
 */
let server: StaticServer;
let session: ExtensionSession;
/** The same Chromium without FinMark, for the pages' own cost. */
let plain: Browser;

beforeAll(async () => {
  [{ server, session }, plain] = await Promise.all([
    openEnvironment(),
    chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumFlags() }),
  ]);
});
afterAll(async () => {
  await plain?.close();
  await closeEnvironment({ server, session });
});

const FIXTURES = resolve(import.meta.dirname, '../fixtures/hostile');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
/** Serves a page of tests/fixtures/hostile/ (with extra headers, if any). */
const serve = (name: string, headers: Record<string, string> = {}) =>
  server.put(name, fixture(name), 'text/html; charset=utf-8', headers);

/** What the markup written as text in the injection pages must stay: text. */
const IMG = '<img src=x onerror=window.__pwned=1>';
const CLOSE_TAG = '</finmark-mark>';
const JS_URL = 'javascript:alert(1)';

interface Watched {
  page: Page;
  /** The page's uncaught errors. */
  errors: string[];
  /** Warnings and errors logged by FinMark's content script. */
  extension: string[];
  /** Console messages about the page's Content-Security-Policy (from any world). */
  csp: string[];
  /** How many times FinMark's content script has judged the page (its debug line). */
  detections(): number;
}

async function open(url: string, context = session.context): Promise<Watched> {
  const page = await context.newPage();
  const errors: string[] = [];
  const extension: string[] = [];
  const csp: string[] = [];
  let detections = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) csp.push(m.text());
    if (!m.location().url.startsWith('chrome-extension://')) return;
    if (/error|warn/.test(m.type())) extension.push(`${m.type()}: ${m.text()}`);
    if (/^\[FinMark\] (article|not an article) \(/.test(m.text())) detections++;
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, extension, csp, detections: () => detections };
}

/** Marks, read through locators (the utility world: the page's own built-ins may lie). */
const marks = (page: Page) => page.locator('finmark-mark');
const waitForMarks = (page: Page) => marks(page).first().waitFor({ timeout: 15_000 });

/**
 * Each element's value or text, read one locator at a time: Playwright's `evaluateAll`
 * and `allTextContents` run in the page's world, where a hostile page's `map` lies.
 */
async function oneByOne(list: Locator, what: 'value' | 'text'): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (let i = 0, n = await list.count(); i < n; i++) {
    const item = list.nth(i);
    out.push(
      what === 'value' ? await item.getAttribute('data-finmark-value') : await item.textContent(),
    );
  }
  return out;
}

/** No script ran from text, and no element was made from it. */
async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
}

interface Metrics {
  /** Main-thread task time of the page's renderer since `watchMetrics`. */
  taskMs: number;
  /** CPU time sampled in FinMark's content script (and what it called) since then. */
  extensionMs: number;
  /** The page's JS heap in use (FinMark's isolated world shares it), after a GC. */
  heapMb: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * Starts measuring a page: its renderer's task time (CDP Performance) and a CPU
 * profile, in which a sample is FinMark's when a frame of its stack is in an
 * extension script. `read()` gives the figures so far (and restarts the profile).
 */
async function watchMetrics(page: Page): Promise<{ read(): Promise<Metrics> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let extensionUs = 0;
  return {
    async read() {
      const { profile } = await cdp.send('Profiler.stop');
      const nodes = profile.nodes as ProfileNode[];
      const parent = new Map<number, number>();
      for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const ours = new Map<number, boolean>();
      const isOurs = (id: number): boolean => {
        const known = ours.get(id);
        if (known !== undefined) return known;
        const up = parent.get(id);
        const mine =
          byId.get(id)!.callFrame.url.startsWith('chrome-extension://') ||
          (up !== undefined && isOurs(up));
        ours.set(id, mine);
        return mine;
      };
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        if (isOurs(samples[i]!)) extensionUs += deltas[i + 1] ?? deltas[i] ?? 0;
      }
      await cdp.send('Profiler.start');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return {
        taskMs: Math.round(value('TaskDuration') * 1000),
        extensionMs: Math.round(extensionUs / 1000),
        heapMb: Math.round((value('JSHeapUsedSize') / 2 ** 20) * 10) / 10,
      };
    },
  };
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Every clipping FinMark keeps, as stored. */
async function storedClippings(): Promise<Record<string, unknown>> {
  return session.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const all = await api.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('clip')));
  });
}

describe('hostile pages in Chromium', () => {
  it('keeps markup written as text as text: marks, cards, a clipping with its note, the popup', async () => {
    const { page, errors, extension } = await open(serve('injection-zh.html'));
    await waitForMarks(page);
    const doc = page.locator(
      'finmark-mark[data-finmark-kind="policy-doc"][data-finmark-value*="上市公司股份回购规则"]',
    );
    await doc.first().waitFor();
    expect(await doc.first().getAttribute('data-finmark-value')).toBe(`${IMG}上市公司股份回购规则`);
    expect(await page.locator('finmark-mark[data-finmark-value="600519.SH"]').count()).toBe(1);
    const body = (await page.locator('article').textContent()) ?? '';
    for (const text of [IMG, CLOSE_TAG, JS_URL]) expect(body).toContain(text);

    // The card of a date whose sentence holds the markup, and the document's card.
    const cardText = async () => {
      await page.locator('finmark-card').waitFor({ state: 'attached' });
      await exposeClosedShadowRoot(page, 'finmark-card');
      return page.evaluate(() => {
        const root = document.querySelector('finmark-card')?.shadowRoot;
        return {
          text: root?.textContent ?? '',
          elements: [...(root?.querySelectorAll('img, script, iframe, object') ?? [])].length,
          links: [...(root?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
        };
      });
    };
    await page.locator('finmark-mark[data-finmark-value="2025-06-30"]').first().hover();
    const dateCard = await cardText();
    expect(dateCard.text).toContain(IMG);
    expect(dateCard.elements).toBe(0);
    await page.mouse.move(1, 1);
    await page.locator('finmark-card').waitFor({ state: 'detached' });
    await doc.first().focus();
    const docCard = await cardText();
    expect(docCard.text).toContain(`《${IMG}上市公司股份回购规则》`);
    expect(docCard.elements).toBe(0);
    await page.keyboard.press('Escape');
    await expectNothingInjected(page);

    // Clip the sentence that holds all three strings, with a note that is markup too.
    const sentence = `公告中一段说明文字被网站误写成了 ${IMG}，另一段则包含 ${CLOSE_TAG} 与 ${JS_URL} 等字符。`;
    const note = '<img src=x onerror=window.__pwned=2> 注意 </finmark-clip> javascript:alert(2)';
    await dragSelect(page, 'article', sentence);
    await page.getByRole('button', { name: 'Clip with note' }).click();
    const area = page.getByRole('dialog', { name: 'Note' }).locator('textarea');
    await area.fill(note);
    await page.keyboard.press('Escape'); // saves at once
    const clipId = await page.locator('finmark-clip').first().getAttribute('data-finmark-clip');
    expect(clipId).toMatch(/^clip-/);
    const clipText = () =>
      page.locator(`finmark-clip[data-finmark-clip="${clipId}"]`).allTextContents();
    expect((await clipText()).join('')).toBe(sentence);
    await expect
      .poll(async () => JSON.stringify(await storedClippings()), { timeout: 5_000 })
      .toContain(JSON.stringify(note).slice(1, -1));

    await page.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await clipText()).join(''), { timeout: 10_000 }).toBe(sentence);
    await page.locator(`finmark-clip[data-finmark-clip="${clipId}"]`).first().click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Note' }).locator('textarea').inputValue())
      .toBe(note);
    expect(await page.getByRole('dialog', { name: 'Note' }).locator('.quote').textContent()).toBe(
      sentence,
    );
    await expectNothingInjected(page);

    // The popup: the page's title, the document, the clipping and its note as text.
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    expect(await popup.title()).toContain(IMG);
    await popup.page.getByRole('tab', { name: 'All clippings' }).click();
    const row = popup.page.locator(`[data-clip-id="${clipId}"]`);
    await expect.poll(() => row.locator('.quote').textContent()).toBe(sentence);
    expect(await row.locator('textarea').inputValue()).toBe(note);
    expect(await popup.page.locator('body').textContent()).toContain(IMG);
    expect(
      await popup.page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned,
        images: [...document.images]
          .map((i) => i.getAttribute('src'))
          .filter((src) => src !== '/icon/32.png'),
        jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      })),
    ).toEqual({ pwned: undefined, images: [], jsLinks: 0 });
    await popup.close();

    expect(errors).toEqual([]);
    expect(extension).toEqual([]);
    await page.close();
  });

  it('keeps English markup written as text as text in a ticker and a date card', async () => {
    const { page, errors, extension } = await open(serve('injection-en.html'));
    const apple = page.locator('finmark-mark[data-finmark-value="AAPL"]').first();
    await apple.waitFor({ timeout: 15_000 });
    await apple.hover();
    await page.locator('finmark-card').waitFor({ state: 'attached' });
    await page.mouse.move(1, 1);
    await page.locator('finmark-card').waitFor({ state: 'detached' });
    const date = page.locator('finmark-mark[data-finmark-value="2025-04-30"]').first();
    await date.focus();
    await page.locator('finmark-card').waitFor({ state: 'attached' });
    await exposeClosedShadowRoot(page, 'finmark-card');
    const card = await page.evaluate(
      () => document.querySelector('finmark-card')?.shadowRoot?.textContent ?? '',
    );
    expect(card).toContain(IMG);
    expect(card).toContain(CLOSE_TAG);
    await page.keyboard.press('Escape');
    await expectNothingInjected(page);
    expect(errors).toEqual([]);
    expect(extension).toEqual([]);
    await page.close();
  });

  it('marks a page that broke or falsified its built-ins before FinMark ran', async () => {
    const { page, errors, extension } = await open(serve('lying-prototypes.html'));
    expect(await page.evaluate(() => (window as { __overridden?: boolean }).__overridden)).toBe(
      true,
    );
    await waitForMarks(page);
    expect(
      await oneByOne(page.locator('finmark-mark[data-finmark-kind="ticker"]'), 'value'),
    ).toEqual(['600519.SH', '000858.SZ', '000568.SZ']);
    expect(await page.locator('finmark-mark[data-finmark-value="2025-06-30"]').count()).toBe(1);
    // Cards (shadow roots) and the toolbar still work.
    await marks(page).first().hover();
    await page.locator('finmark-card').waitFor({ state: 'attached' });
    await page.mouse.move(1, 1);
    const sentence = '分析人士指出，在消费复苏节奏偏慢的背景下';
    await dragSelect(page, 'article', sentence);
    await page.getByRole('button', { name: 'Clip', exact: true }).click();
    await expect.poll(() => oneByOne(page.locator('finmark-clip'), 'text')).toEqual([sentence]);
    await pause(500);
    expect(errors).toEqual([]);
    expect(extension).toEqual([]);
    await page.close();
  });

  it('does bounded work when the page takes the marks out as soon as they appear', async () => {
    const watchFor = async (url: string, context = session.context) => {
      const watched = await open(url, context);
      const meter = await watchMetrics(watched.page);
      await pause(5_000);
      const { extensionMs, taskMs } = await meter.read();
      const counts = await watched.page.evaluate(() => {
        const w = window as unknown as { __markRounds: number; __unwrapped: number };
        return {
          rounds: w.__markRounds,
          unwrapped: w.__unwrapped,
          text: document.getElementById('story')!.textContent!,
        };
      });
      return { ...watched, ...counts, extensionMs, taskMs, detected: watched.detections() };
    };
    const modes = await Promise.all(
      ['', '?edit=1'].map(async (query) => {
        const url = serve('unwrap-loop.html') + query;
        const [withFinMark, without] = await Promise.all([
          watchFor(url),
          watchFor(url, await plain.newContext()),
        ]);
        return { query, withFinMark, without };
      }),
    );
    for (const { query, withFinMark, without } of modes) {
      console.log(
        `[hostile] unwrap loop${query}: ${withFinMark.detected} detections, ` +
          `${withFinMark.rounds} drawing rounds, ` +
          `${withFinMark.unwrapped} marks taken out in 5 s; FinMark's CPU ${withFinMark.extensionMs} ms; ` +
          `renderer tasks ${withFinMark.taskMs} ms with FinMark, ${without.taskMs} ms without`,
      );
      // One drawing on load; with edits, at most one per re-check (page-changes.ts
      // allows 20 per address, two seconds apart).
      expect(withFinMark.rounds).toBeGreaterThanOrEqual(1);
      expect(withFinMark.rounds).toBeLessThanOrEqual(query ? 21 : 1);
      expect(withFinMark.detected).toBeLessThanOrEqual(21);
      // Taking marks out never costs the page its text, nor doubles it (it did: a
      // redraw put back text nodes whose marks the page had already unwrapped).
      expect(withFinMark.text.split('招商银行').length - 1).toBe(1);
      const trimmed = (text: string) => text.replace(/[。\s]+$/, '');
      expect(trimmed(withFinMark.text)).toBe(trimmed(without.text));
      expect(withFinMark.errors).toEqual([]);
      expect(withFinMark.extension).toEqual([]);
      await withFinMark.page.close();
      await without.page.context().close();
    }
  });

  it(
    'keeps its work and memory bounded on a feed that never stops growing',
    async () => {
      const seconds = Number(process.env.FINMARK_FEED_SECONDS ?? 10);
      const url = `${serve('endless-feed.html')}?seconds=${seconds}`;
      const follow = async (context = session.context) => {
        const watched = await open(url, context);
        const meter = await watchMetrics(watched.page);
        const start = await meter.read();
        await watched.page.waitForFunction(() => (window as { __feedDone?: boolean }).__feedDone, {
          timeout: (seconds + 20) * 1000,
          polling: 500,
        });
        // The last change is followed by one more re-check (page-changes.ts).
        await pause(4_000);
        const end = await meter.read();
        const figures = await watched.page.evaluate(() => {
          const w = window as unknown as { __markRounds: number; __paragraphs: number };
          const last = document.querySelector('#feed p:last-child');
          return {
            rounds: w.__markRounds,
            paragraphs: w.__paragraphs,
            marks: document.querySelectorAll('finmark-mark').length,
            lastMarked: !!last?.querySelector('finmark-mark'),
          };
        });
        return { ...watched, start, end, ...figures };
      };
      const [withFinMark, without] = await Promise.all([
        follow(),
        plain.newContext().then((context) => follow(context)),
      ]);
      const heapGrowth = (m: typeof withFinMark) =>
        Math.round((m.end.heapMb - m.start.heapMb) * 10) / 10;
      console.log(
        `[hostile] feed of ${withFinMark.paragraphs} paragraphs over ${seconds} s: ` +
          `${withFinMark.detections()} detections, ${withFinMark.rounds} drawing rounds, ` +
          `${withFinMark.marks} marks; FinMark's CPU ` +
          `${withFinMark.end.extensionMs} ms; renderer tasks ${withFinMark.end.taskMs} ms with ` +
          `FinMark, ${without.end.taskMs} ms without; JS heap ${withFinMark.start.heapMb} → ` +
          `${withFinMark.end.heapMb} MB with FinMark, ${without.start.heapMb} → ` +
          `${without.end.heapMb} MB without`,
      );
      expect(withFinMark.paragraphs).toBe(seconds * 5);
      // One drawing on load and at most one per re-check: 20 per address (page-changes.ts).
      expect(withFinMark.rounds).toBeLessThanOrEqual(21);
      expect(withFinMark.detections()).toBeLessThanOrEqual(21);
      // Re-checks are spread over the feed, and the last one draws its last paragraph.
      if (withFinMark.rounds < 21) expect(withFinMark.lastMarked).toBe(true);
      // Memory: what FinMark keeps is bounded by the page's text, not by the time spent.
      expect(heapGrowth(withFinMark) - heapGrowth(without)).toBeLessThan(16);
      expect(withFinMark.errors).toEqual([]);
      expect(withFinMark.extension).toEqual([]);
      await withFinMark.page.close();
      await without.page.context().close();
    },
    (Number(process.env.FINMARK_FEED_SECONDS ?? 10) + 40) * 1000,
  );

  it('copes with 200,000 text nodes, a 100 KB title and a page whose CSP forbids everything', async () => {
    const article = fixture('csp-article.html');
    // 200,000 text nodes after the article: a quote tape no reader would clip.
    const tape = Array.from(
      { length: 2_000 },
      (_, i) => `<div class="tape">${'<span>+0.1%</span>'.repeat(100)}${i}</div>`,
    ).join('');
    const crowded = server.put('crowded.html', article.replace('</main>', `</main>${tape}`));
    const title = '白酒板块震荡走高 '.repeat(12_500).slice(0, 100_000);
    const titled = server.put(
      'long-title.html',
      article.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`),
    );
    const locked = serve('csp-article.html', {
      'content-security-policy': "default-src 'none'",
    });

    for (const url of [crowded, titled, locked]) {
      const { page, errors, extension, csp } = await open(url);
      const textNodes = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      });
      const t0 = performance.now();
      await page
        .locator('article finmark-mark[data-finmark-value="002594.SZ"]')
        .waitFor({ timeout: 20_000 });
      const marked = Math.round(performance.now() - t0);
      // Responsive: the page still answers, and a card still opens.
      expect(await page.evaluate(() => document.readyState)).toBe('complete');
      await page.locator('finmark-mark[data-finmark-value="002594.SZ"]').hover();
      await page.locator('finmark-card').waitFor({ state: 'attached' });
      if (url === locked) {
        await exposeClosedShadowRoot(page, 'finmark-card');
        // Its own stylesheet applies where the page allows none (fixed, over the page).
        const position = await page.evaluate(() => {
          const card = document.querySelector('finmark-card')?.shadowRoot?.querySelector('.card');
          return card ? getComputedStyle(card).position : null;
        });
        expect(position).toBe('fixed');
      }
      const status = (await reportedStatus(session, await tabIdOf(session, page))) as {
        report?: { isArticle: boolean };
      } | null;
      expect(status?.report?.isArticle).toBe(true);
      await page.mouse.move(1, 1);
      console.log(
        `[hostile] ${new URL(url).pathname}: ${textNodes} text nodes, title of ` +
          `${(await page.title()).length} characters; marked ${marked} ms after load`,
      );
      if (url === crowded) expect(textNodes).toBeGreaterThan(200_000);
      await pause(300);
      expect(errors).toEqual([]);
      expect(csp).toEqual([]);
      expect(extension).toEqual([]);
      await page.close();
    }
  });

  it('ignores page messages and events that imitate FinMark’s own', async () => {
    const { page, errors, extension, detections } = await open(serve('injection-en.html'));
    await waitForMarks(page);
    await pause(1_000); // the first detection and drawing settle
    const tabId = await tabIdOf(session, page);
    const before = {
      marks: await marks(page).count(),
      stored: await storedClippings(),
      detections: detections(),
    };
    // A selection the look-alikes would clip if they were obeyed.
    await dragSelect(page, 'article', 'which the company said was a formatting slip');
    await page.evaluate((extensionId) => {
      const types = [
        'content/set-highlights',
        'content/clip-selection',
        'content/reveal',
        'content/page-status',
        'background/clip-add',
        'background/clip-delete',
        'background/erase-all',
        'background/report-status',
      ];
      const data = {
        on: false,
        colour: 'pink',
        withNote: true,
        id: 'clip-x',
        start: 0,
        quote: 'forged',
        url: location.href,
        selectors: [],
      };
      for (const type of types) {
        const envelope = { finmark: 1, type, data };
        window.postMessage(envelope, '*');
        window.postMessage(JSON.stringify(envelope), '*');
        for (const target of [window, document, document.body]) {
          target.dispatchEvent(new CustomEvent(type, { detail: envelope, bubbles: true }));
          target.dispatchEvent(new CustomEvent('finmark', { detail: envelope, bubbles: true }));
        }
      }
      // WXT's own events in the content script's world, with the names it gives them:
      // "a newer copy of this script started" and "the address changed".
      const prefix = `${extensionId}:content:`;
      document.dispatchEvent(
        new CustomEvent(`${prefix}wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
      window.postMessage(
        {
          type: `${prefix}wxt:content-script-started`,
          contentScriptName: 'content',
          messageId: 'forged',
        },
        '*',
      );
      for (let i = 0; i < 200; i++) window.dispatchEvent(new Event(`${prefix}wxt:locationchange`));
    }, session.extensionId);
    await pause(2_500);

    expect(await marks(page).count()).toBe(before.marks);
    expect(await page.locator('finmark-clip').count()).toBe(0);
    expect(await storedClippings()).toEqual(before.stored);
    // At most one more look at the page for 200 forged address changes (none are real).
    console.log(
      `[hostile] forged messages: ${detections() - before.detections} detections after 200 forged address changes`,
    );
    expect(detections() - before.detections).toBeLessThanOrEqual(1);
    // FinMark still answers the popup and still opens cards.
    const reply = (await sendToContent(session, tabId, 'content/entities', null)) as {
      ok: boolean;
      value: { on: boolean };
    };
    expect(reply).toMatchObject({ ok: true, value: { on: true } });
    await page.keyboard.press('Escape');
    await marks(page).first().hover();
    await page.locator('finmark-card').waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    expect(extension).toEqual([]);
    await page.close();
  });
});

/**
 * Firefox (puppeteer over WebDriver BiDi, the harness of firefox.e2e.test.ts): markup
 * written as text, and the page whose CSP forbids everything. Content scripts there
 * see the page through Xray wrappers; a page's CSP has applied to their inline styles.
 */
describe('hostile pages in Firefox', () => {
  let firefox: FinMarkFirefox;
  const tabs: FinMarkTab[] = [];

  beforeAll(async () => {
    firefox = await FinMarkFirefox.launch();
  }, 60_000);
  afterAll(() => firefox?.close(), 30_000);

  async function openTab(url: string) {
    const tab = await firefox.open(url);
    tabs.push(tab);
    await tab.waitForReport();
    await expect
      .poll(() => tab.page.evaluate(() => document.querySelectorAll('finmark-mark').length), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    return tab;
  }

  /** No script ran from text and no element was made from it, shadow roots included. */
  const injected = (tab: FinMarkTab) =>
    tab.page.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      return {
        pwned: (window as { __pwned?: unknown }).__pwned ?? null,
        images: roots.reduce((n, root) => n + root.querySelectorAll('img').length, 0),
      };
    });

  it('keeps markup written as text as text in marks, a card and a clipping with its note', async () => {
    const tab = await openTab(serve('injection-zh.html'));
    const docValue = await tab.page.evaluate(
      () =>
        document
          .querySelector('finmark-mark[data-finmark-kind="policy-doc"]')
          ?.getAttribute('data-finmark-value') ?? null,
    );
    expect(docValue).toBe(`${IMG}上市公司股份回购规则`);
    await tab.page.hover('finmark-mark[data-finmark-value="2025-06-30"]');
    await tab.page.waitForSelector('finmark-card', { timeout: 5_000 });
    await tab.page.mouse.move(1, 1);

    const sentence = `公告中一段说明文字被网站误写成了 ${IMG}，另一段则包含 ${CLOSE_TAG} 与 ${JS_URL} 等字符。`;
    const note = '<img src=x onerror=window.__pwned=2> 注意 </finmark-clip>';
    await tab.selectInArticle(sentence);
    const withNote = await tab.page.waitForSelector('finmark-toolbar >>> button.with-note', {
      timeout: 5_000,
    });
    await withNote!.click();
    const area = await tab.page.waitForSelector('finmark-clip-note >>> textarea', {
      timeout: 5_000,
    });
    await area!.type(note);
    await tab.page.keyboard.press('Escape'); // saves at once
    const clipped = () =>
      tab.page.evaluate(() =>
        [...document.querySelectorAll('finmark-clip')].map((e) => e.textContent).join(''),
      );
    expect(await clipped()).toBe(sentence);
    await tab.settle(800);
    await tab.goto(tab.page.url());
    await expect.poll(clipped, { timeout: 10_000 }).toBe(sentence);
    await tab.page.click('finmark-clip');
    const reopened = await tab.page.waitForSelector('finmark-clip-note >>> textarea', {
      timeout: 5_000,
    });
    expect(await reopened!.evaluate((t) => (t as HTMLTextAreaElement).value)).toBe(note);
    expect(await injected(tab)).toEqual({ pwned: null, images: 0 });
  });

  it('marks the page whose CSP forbids everything, its toolbar styled', async () => {
    const tab = await openTab(
      serve('csp-article.html', { 'content-security-policy': "default-src 'none'" }),
    );
    const cspReports: string[] = [];
    tab.page.on('console', (m) => {
      if (/content.security.policy/i.test(m.text())) cspReports.push(m.text());
    });
    expect(
      await tab.page.evaluate(
        () => document.querySelectorAll('finmark-mark[data-finmark-value="002594.SZ"]').length,
      ),
    ).toBe(1);
    await tab.selectInArticle('业内人士认为，价格竞争仍将持续');
    await tab.page.waitForSelector('finmark-toolbar >>> .bar', { timeout: 5_000 });
    // The toolbar's own stylesheet (in its shadow root) applies: fixed over the page.
    const position = await tab.page.evaluate(() => {
      const bar = document.querySelector('finmark-toolbar')?.shadowRoot?.querySelector('.bar');
      return bar ? getComputedStyle(bar).position : null;
    });
    expect(position).toBe('fixed');
    await tab.settle();
    expect(cspReports).toEqual([]);
    expect(await injected(tab)).toEqual({ pwned: null, images: 0 });
  });

  it('caused no page errors and logged no FinMark failures', async () => {
    for (const tab of tabs) {
      await tab.settle();
      // Firefox's own request for /favicon.ico is refused by the locked page's CSP and
      // reported as the page's error; it is the browser's, not FinMark's.
      const errors = tab.pageErrors.map(String).filter((e) => !/\/favicon\.ico\b/.test(e));
      expect(errors).toEqual([]);
      const reportLines = new Set(tab.reports.map((r) => r.line));
      expect(tab.extensionLogs.filter((log) => !reportLines.has(log.text))).toEqual([]);
    }
  });
});
