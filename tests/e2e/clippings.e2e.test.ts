import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { corpusAvailable } from '../support/corpus';
import { launchWithExtension, PopupPage, tabIdOf, type ExtensionSession } from './support/chromium';
import { startServer, type StaticServer } from './support/server';

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startServer();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * Drags the mouse across `sentence` inside the first element matching `selector`,
 * as a reader would, from just before its first character to just after its last.
 */
async function dragSelect(page: Page, selector: string, sentence: string): Promise<void> {
  const box = await page.evaluate(
    ({ selector, sentence }) => {
      // The sentence may cross elements (<b>比亚迪</b>, marks): find it in the
      // element's text, then the text nodes holding its first and last characters.
      const root = document.querySelector(selector)!;
      const at = (root.textContent ?? '').indexOf(sentence);
      if (at < 0) throw new Error(`"${sentence}" is not in ${selector}`);
      const pointAt = (offset: number) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const length = (n as Text).data.length;
          if (offset < seen + length) return { node: n, offset: offset - seen };
          seen += length;
        }
        throw new Error('offset past the end');
      };
      const rectOf = (offset: number) => {
        const p = pointAt(offset);
        const range = document.createRange();
        range.setStart(p.node, p.offset);
        range.setEnd(p.node, p.offset + 1);
        return range.getBoundingClientRect();
      };
      pointAt(at).node.parentElement!.scrollIntoView({ block: 'center' });
      const first = rectOf(at);
      const last = rectOf(at + sentence.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { selector, sentence },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

const clipText = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      [...document.querySelectorAll(`finmark-clip[data-finmark-clip="${id}"]`)]
        .map((e) => e.textContent)
        .join(''),
    id,
  );

async function clipAndReload(path: string, selector: string, sentence: string) {
  const page = await session.context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.locator('finmark-mark').first().waitFor({ timeout: 15_000 });
  await dragSelect(page, selector, sentence);
  const clip = page.getByRole('button', { name: 'Clip', exact: true });
  await clip.click();
  const id = await page
    .locator('finmark-clip')
    .first()
    .getAttribute('data-finmark-clip', { timeout: 5_000 });
  expect(id).toMatch(/^clip-/);
  expect(await clipText(page, id!)).toBe(sentence);

  await page.reload({ waitUntil: 'load' });
  await expect.poll(() => clipText(page, id!), { timeout: 10_000 }).toBe(sentence);
  // The entity marks are drawn as well, inside and around the clipping.
  await expect.poll(() => page.locator('finmark-mark').count()).toBeGreaterThan(0);
  return { page, id: id! };
}

describe('clippings in Chromium', () => {
  it('clips a dragged selection with the Clip button and draws it again after a reload', async () => {
    const sentence =
      '受消息影响，今日午后汽车板块走强，比亚迪涨超3%，长城汽车、赛力斯、江淮汽车跟涨；';
    const { page, id } = await clipAndReload('/fixtures/own-zh-seedlike.html', 'article', sentence);
    const tabId = await tabIdOf(session, page);

    // Listed in the popup's "All clippings", with the quote's tickers as tags.
    let popup = await PopupPage.open(session, tabId);
    await popup.page.getByRole('tab', { name: 'All clippings' }).click();
    const row = popup.page.locator(`[data-clip-id="${id}"]`);
    await expect.poll(() => row.locator('.quote').textContent()).toBe(sentence);
    const tags = await row.locator('.tags li').allTextContents();
    expect(tags).toEqual(expect.arrayContaining(['002594.SZ', '601633.SH']));

    // A note typed in the popup is kept after the popup closes.
    await row.locator('textarea').fill('县域需求回暖，关注整车');
    await popup.page.waitForTimeout(900);
    await popup.close();
    popup = await PopupPage.open(session, tabId);
    await expect
      .poll(() => popup.page.locator(`[data-clip-id="${id}"] textarea`).inputValue())
      .toBe('县域需求回暖，关注整车');

    // "This page" lists it too; the drawn clipping opens its note on the page.
    expect(
      await popup.page.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected'),
    ).toBe('true');
    await popup.close();
    await page.locator(`finmark-clip[data-finmark-clip="${id}"]`).first().click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Note' }).locator('textarea').inputValue())
      .toBe('县域需求回暖，关注整车');
    await page.close();
  });

  it.runIf(corpusAvailable())('clips a sentence of the seed article', async () => {
    const sentence = '国务院已经成立数字化领导小组办公室来协调各大软件厂商来做顶层设计。';
    const { page } = await clipAndReload(
      '/shared/fixtures/pages/cls-digital-government-2022-07-01.html',
      'body',
      sentence,
    );
    await page.close();
  });
});
