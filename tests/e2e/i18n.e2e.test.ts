import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PopupPage, tabIdOf, type ExtensionSession } from '../../scripts/lib/chromium';
import { closeEnvironment, openEnvironment } from './support/environment';
import { dragSelect } from '../../scripts/lib/select';
import type { StaticServer } from '../../scripts/lib/server';
import { exposeClosedShadowRoot } from './support/shadow';

/**
 * The bar for language: a Chinese-language browser shows no English string.
 * Every text node and every label-like attribute FinMark shows (popup, options, the
 * card, the selection toolbar, the note box, error lines) is collected in a browser
 * launched in zh-CN, and any English word in it fails the test.
 *
 * What may stay Latin: codes and acronyms in capitals (AAPL, HKEX, JSON, CSV, W3C),
 * addresses, brand and format names, key names in shortcuts, and the markup names
 * the article evidence cites (og:type, <article>).
 */
const ALLOWED = new Set([
  'FinMark',
  'Markdown',
  'Web',
  'Annotation',
  'AnnotationPage',
  'AnnotationCollection',
  'Google',
  'Alt',
  'Shift',
  'Ctrl',
  'Command',
  'MacCtrl',
  'kB',
  'MB',
  'GB',
]);

/** Collects text and label attributes under the given roots (open shadow roots included). */
const COLLECT = `(selectors) => {
  const out = [];
  const skip = (el) => el.closest('script, style, code, [data-finmark-page-text]');
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const el = node.parentElement;
        if (el && !skip(el) && node.data.trim()) out.push(node.data.trim());
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || skip(node)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = node.getAttribute(a);
        if (v && v.trim()) out.push(v.trim());
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  for (const s of selectors) for (const el of document.querySelectorAll(s)) visit(el);
  return out;
}`;

/** The English words in `strings`, with the string each came from. */
function englishIn(strings: string[]): string[] {
  const found: string[] = [];
  for (const s of strings) {
    const text = s
      // addresses and host names
      .replace(/\b(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\S*/g, ' ')
      // shortcuts such as Alt+Shift+C
      .replace(/\b(?:[A-Za-z]+\+)+[A-Za-z0-9]+\b/g, ' ')
      // markup the evidence names: a metadata property (og:type), an element (<article>)
      .replace(/\b[a-z]+:[a-z_:]+\b|<[a-z]+>/g, ' ');
    for (const word of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      if (/^[A-Z0-9]+$/.test(word) || ALLOWED.has(word)) continue;
      found.push(`${word}  ←  ${s}`);
    }
  }
  return found;
}

async function uiStrings(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(`(${COLLECT})(${JSON.stringify(selectors)})`);
}

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment('zh-CN')));
afterAll(() => closeEnvironment({ server, session }));

describe('a Chinese-language browser shows no English string', () => {
  it('on the page: the card, the selection toolbar and the note box', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    const mark = page.locator('finmark-mark[data-finmark-kind="ticker"]').first();
    await mark.waitFor({ timeout: 15_000 });

    for (const kind of ['ticker', 'policy-date']) {
      await page.locator(`finmark-mark[data-finmark-kind="${kind}"]`).first().hover();
      await page.locator('finmark-card').waitFor({ state: 'attached' });
      await exposeClosedShadowRoot(page, 'finmark-card');
      const card = await uiStrings(page, ['finmark-card']);
      expect(card.length, kind).toBeGreaterThan(2);
      expect(englishIn(card), kind).toEqual([]);
      await page.mouse.move(0, 0);
      await page.locator('finmark-card').waitFor({ state: 'detached' });
    }

    await dragSelect(page, 'article', '业内人士表示，一季度县域市场销量同比增长较快');
    await page.locator('finmark-toolbar').waitFor({ state: 'attached' });
    const toolbar = await uiStrings(page, ['finmark-toolbar']);
    expect(toolbar.join(' ')).toContain('剪藏');
    expect(englishIn(toolbar)).toEqual([]);

    await page.getByRole('button', { name: '带笔记剪藏' }).click();
    await page.locator('finmark-clip-note').waitFor({ state: 'attached' });
    const note = await uiStrings(page, ['finmark-clip-note']);
    expect(englishIn(note)).toEqual([]);
    await page.keyboard.press('Escape');

    // The popup over the article, with the evidence opened and the library on "all".
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    await popup.page.getByTestId('clip-library').waitFor();
    await popup.page.locator('details summary').first().click();
    await popup.page.getByRole('tab', { name: '全部' }).click();
    const strings = await uiStrings(popup.page, ['body']);
    expect(strings.length).toBeGreaterThan(20);
    expect(englishIn(strings)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('on the options page, including its error lines', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('usage').waitFor();
    // A refused ticker and a refused site show their reasons.
    await options.getByTestId('watch-add').getByRole('textbox').fill('??');
    await options.getByTestId('watch-add').getByRole('button').click();
    await options.getByTestId('site-add').getByRole('textbox').fill('nope');
    await options.getByTestId('site-add').getByRole('button').click();
    await options.getByRole('button', { name: '清除全部数据…' }).click();
    const strings = await uiStrings(options, ['body']);
    expect(strings.length).toBeGreaterThan(60);
    expect(englishIn(strings)).toEqual([]);
    await options.close();
  });
});
