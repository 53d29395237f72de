import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../../scripts/lib/chromium';
import { closeEnvironment, openEnvironment } from './support/environment';
import { dragSelect } from '../../scripts/lib/select';
import { exposeClosedShadowRoot } from './support/shadow';
import type { StaticServer } from '../../scripts/lib/server';

/**
 * The keyboard model of FinMark's UI on a page: a focused mark's card is entered with
 * Tab and left with Esc, Shift+Tab or Tab past its last control; the selection
 * toolbar is reached with Tab from the selection and is one Tab stop with arrow keys
 * between its buttons.
 */
let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment()));
afterAll(() => closeEnvironment({ server, session }));

const BYD = 'finmark-mark[data-finmark-value="002594.SZ"]';

async function openSeed(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
  await page.locator(BYD).first().waitFor({ timeout: 15_000 });
  return page;
}

/** The card's shadow root is closed to page scripts: shown to the test's own evaluations. */
const exposeCard = (page: Page) => exposeClosedShadowRoot(page, 'finmark-card');

/** Where focus is: `mark <value>`, `card <index of control> <href>`, `toolbar <name>`, or a tag. */
function focusOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.localName === 'finmark-mark') {
      return `mark ${active.getAttribute('data-finmark-value')}`;
    }
    const inner = active.shadowRoot?.activeElement;
    if (active.localName === 'finmark-card') {
      if (!inner) return 'card ?';
      const controls = [...active.shadowRoot!.querySelectorAll('a[href], button')];
      return `card ${controls.indexOf(inner)} ${inner.getAttribute('href') ?? inner.textContent}`;
    }
    if (active.localName === 'finmark-toolbar') {
      return `toolbar ${inner?.getAttribute('aria-label') ?? inner?.textContent ?? '?'}`;
    }
    return active.localName;
  });
}

const cardOpen = (page: Page) => page.locator('finmark-card').count();

describe('keyboard access in Chromium', () => {
  it('Tab from a focused mark enters its card; Shift+Tab, Tab past the end and Esc come back to the mark', async () => {
    const page = await openSeed();
    // Start on the mark just before 比亚迪 (今日, the publish day; its card closed with Esc), then Tab.
    const before = await page.evaluate((byd) => {
      const marks = [...document.querySelectorAll('finmark-mark')];
      const previous = marks[marks.indexOf(document.querySelector(byd)!) - 1] as HTMLElement;
      previous.focus();
      return `mark ${previous.getAttribute('data-finmark-value')}`;
    }, BYD);
    expect(before).toBe('mark 2024-03-15');
    await page.keyboard.press('Escape');
    expect(await cardOpen(page)).toBe(0);
    expect(await focusOf(page)).toBe(before);
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toBe('mark 002594.SZ');
    await expect.poll(() => cardOpen(page)).toBe(1);
    await exposeCard(page);
    expect(await page.locator('finmark-card').evaluate((h) => h.shadowRoot!.textContent)).toContain(
      '比亚迪',
    );

    // Tab: into the card, on its first quote link; focus there keeps the card open.
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toMatch(/^card 0 https:\/\/\S*002594/);
    expect(await cardOpen(page)).toBe(1);
    const controls = await page
      .locator('finmark-card')
      .evaluate((h) => h.shadowRoot!.querySelectorAll('a[href], button').length);
    expect(controls).toBeGreaterThan(0);

    // Shift+Tab from the first control: back on the mark, the card still open; Tab again enters.
    await page.keyboard.press('Shift+Tab');
    expect(await focusOf(page)).toBe('mark 002594.SZ');
    expect(await cardOpen(page)).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toMatch(/^card 0 /);

    // Tab through every control; past the last, focus is on the mark and the card closed...
    for (let i = 1; i < controls; i++) {
      await page.keyboard.press('Tab');
      expect(await focusOf(page)).toMatch(new RegExp(`^card ${i} `));
    }
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toBe('mark 002594.SZ');
    expect(await cardOpen(page)).toBe(0);
    // ...so the next Tab goes on in the page: the next company, whose card opens.
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toMatch(/^mark (?!002594)/);
    await expect.poll(() => cardOpen(page)).toBe(1);

    // ArrowDown enters too; Esc in the card closes it and puts focus back on the mark.
    const next = await focusOf(page);
    await exposeCard(page);
    await page.keyboard.press('ArrowDown');
    expect(await focusOf(page)).toMatch(/^card 0 /);
    await page.keyboard.press('Escape');
    expect(await cardOpen(page)).toBe(0);
    expect(await focusOf(page)).toBe(next);
    // Esc on the mark keeps focus there.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => cardOpen(page)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await cardOpen(page)).toBe(0);
    expect(await focusOf(page)).toBe('mark 002594.SZ');
    await page.close();
  });

  it('the quote link focused in the card opens with Enter', async () => {
    const page = await openSeed();
    await page.locator(BYD).first().focus();
    await expect.poll(() => cardOpen(page)).toBe(1);
    await exposeCard(page);
    const href = await page
      .locator('finmark-card')
      .evaluate((h) => h.shadowRoot!.querySelector('a[href]')!.getAttribute('href'));
    await page.keyboard.press('Tab');
    const opened = session.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const tab = await opened;
    // This machine has no network: the request fails, but it was for the link's address.
    await expect.poll(() => tab.url()).toMatch(/002594|chrome-error/);
    const requested = await tab
      .evaluate(() => performance.getEntriesByType('navigation')[0]?.name ?? location.href)
      .catch(() => tab.url());
    expect([tab.url(), requested].some((u) => u === href || u.includes('002594'))).toBe(true);
    await tab.close();
    await page.close();
  });

  it('the selection toolbar: not focused by a mouse selection, reached with Tab, arrows move, Enter clips', async () => {
    const page = await openSeed();
    await dragSelect(page, 'article', '业内人士表示，一季度县域市场销量同比增长较快');
    const toolbar = page.locator('finmark-toolbar');
    await toolbar.getByRole('button', { name: 'Clip', exact: true }).waitFor();
    // The mouse reader's focus stays where it was; no keyboard hint for a mouse selection.
    expect(await focusOf(page)).toBe('body');
    expect(await toolbar.getByRole('status').textContent()).toBe('');
    // One Tab stop.
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toBe('toolbar Clip');
    await page.keyboard.press('ArrowRight');
    expect(await focusOf(page)).toBe('toolbar Colour: yellow');
    await page.keyboard.press('End');
    expect(await focusOf(page)).toBe('toolbar Clip with note');
    await page.keyboard.press('ArrowRight');
    expect(await focusOf(page)).toBe('toolbar Clip');
    await page.keyboard.press('ArrowLeft');
    expect(await focusOf(page)).toBe('toolbar Clip with note');
    await page.keyboard.press('Home');
    expect(await focusOf(page)).toBe('toolbar Clip');
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    // The selection is still there to clip.
    expect(await page.evaluate(() => getSelection()!.toString())).toContain('业内人士表示');

    await page.keyboard.press('Enter');
    // Drawn in pieces (around the date mark in it).
    const clipped = () => page.locator('finmark-clip').allTextContents();
    await expect.poll(async () => (await clipped()).join('')).toContain('一季度县域市场');
    // The toolbar goes away, and focus goes back to the page (where the clipping is).
    await expect.poll(() => toolbar.count()).toBe(0);
    expect(await focusOf(page)).not.toMatch(/^toolbar/);
    await page.close();
  });

  it('Esc and Tab leave the toolbar; Tab goes on after the selection; a keyboard selection gets a hint', async () => {
    const page = await openSeed();
    await dragSelect(page, 'article', '受消息影响，今日午后汽车板块走强');
    const toolbar = page.locator('finmark-toolbar');
    await toolbar.getByRole('button', { name: 'Clip', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toBe('toolbar Clip');
    await page.keyboard.press('ArrowRight');
    // Esc: the toolbar goes away; the selection stays.
    await page.keyboard.press('Escape');
    expect(await toolbar.count()).toBe(0);
    expect(await focusOf(page)).toBe('body');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(
      '受消息影响，今日午后汽车板块走强',
    );

    // Extending the selection with the keyboard shows it again, with the Tab hint.
    await page.keyboard.press('Shift+ArrowRight');
    await toolbar.getByRole('button', { name: 'Clip', exact: true }).waitFor();
    await expect.poll(() => toolbar.getByRole('status').textContent()).toBe('Tab: clip toolbar');
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toBe('toolbar Clip');
    // Tab out of the toolbar: it goes away, and focus moves on in the page from the paragraph
    // that holds the selection (Chromium starts from that element: its first mark, 今日).
    await page.keyboard.press('Tab');
    expect(await toolbar.count()).toBe(0);
    const firstInParagraph = await page.evaluate(() => {
      const p = getSelection()!.anchorNode!.parentElement!.closest('p')!;
      return `mark ${p.querySelector('finmark-mark')!.getAttribute('data-finmark-value')}`;
    });
    expect(await focusOf(page)).toBe(firstInParagraph);
    await page.close();
  });
});
