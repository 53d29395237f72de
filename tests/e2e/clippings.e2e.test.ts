import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { corpusAvailable } from '../../scripts/lib/corpus';
import {
  PopupPage,
  sendToContent,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/lib/chromium';
import { dragSelect } from '../../scripts/lib/select';
import { closeEnvironment, openEnvironment } from './support/environment';
import type { StaticServer } from '../../scripts/lib/server';

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment()));
afterAll(() => closeEnvironment({ server, session }));

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
  const clipIds = () =>
    page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('finmark-clip')].map((e) =>
          e.getAttribute('data-finmark-clip'),
        ),
      ),
    ]);
  const earlier = await clipIds();
  await dragSelect(page, selector, sentence);
  const clip = page.getByRole('button', { name: 'Clip', exact: true });
  await clip.click();
  let id: string | null | undefined;
  await expect
    .poll(async () => (id = (await clipIds()).find((x) => !earlier.includes(x))), {
      timeout: 5_000,
    })
    .toBeTruthy();
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
    // Every company in the clipped paragraph is still marked after the reload, though
    // the clipping was drawn while the article was being recognised (regression).
    await expect
      .poll(() => page.locator('finmark-mark[data-finmark-kind="ticker"]').allTextContents())
      .toEqual(['比亚迪', '长城汽车', '赛力斯', '江淮汽车', '宁德时代', '亿纬锂能', '国轩高科']);
    // A clipped mark shows the clipping's colour only (two stacked tints would cut
    // the text's contrast); marks outside the clipping keep their own.
    const fill = (value: string) =>
      page
        .locator(`finmark-mark[data-finmark-value="${value}"]`)
        .first()
        .evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(await fill('002594.SZ')).toBe('rgba(0, 0, 0, 0)');
    expect(await fill('300750.SZ')).not.toBe('rgba(0, 0, 0, 0)');

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

  it('exports the library as W3C JSON that imports back to the same library, once', async () => {
    const sentence = '业内人士表示，一季度县域市场销量同比增长较快';
    const { page, id } = await clipAndReload('/fixtures/own-zh-seedlike.html', 'article', sentence);
    const tabId = await tabIdOf(session, page);
    const popup = await PopupPage.open(session, tabId);
    await popup.page.getByRole('tab', { name: 'All clippings' }).click();
    const rows = popup.page.locator('[data-clip-id]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const before = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-clip-id')));
    expect(before).toContain(id);

    const [download] = await Promise.all([
      popup.page.waitForEvent('download'),
      popup.page.getByTestId('export-json').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^finmark-clippings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'finmark-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.total).toBe(before.length);

    // Delete one, then import the file: it comes back; importing again adds nothing.
    await popup.page.locator(`[data-clip-id="${id}"] .delete`).click();
    await expect.poll(() => popup.page.locator(`[data-clip-id="${id}"]`).count()).toBe(0);
    await popup.page.getByTestId('import-file').setInputFiles(file);
    await expect
      .poll(() => popup.page.getByTestId('import-result').textContent())
      .toBe(`Imported 1 new clippings; ${before.length - 1} already there.`);
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-clip-id'))))
      .toEqual(before);
    await popup.page.getByTestId('import-file').setInputFiles(file);
    await expect
      .poll(() => popup.page.getByTestId('import-result').textContent())
      .toBe(`Imported 0 new clippings; ${before.length} already there.`);

    // A malformed file is refused and changes nothing.
    await popup.page.getByTestId('import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "Annotation",'),
    });
    await expect
      .poll(() => popup.page.getByTestId('import-result').textContent())
      .toMatch(/^Nothing was imported: the file is not valid JSON/);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-clip-id')))).toEqual(
      before,
    );
    await popup.close();
    await page.close();
  });

  it('opens a clipping’s page from the library, scrolled to the clipping', async () => {
    const sentence = '方案自2024年4月1日起施行';
    const { page, id } = await clipAndReload('/fixtures/own-zh-seedlike.html', 'article', sentence);
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    await popup.page.getByRole('tab', { name: 'All clippings' }).click();
    const [opened] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.page.locator(`[data-clip-id="${id}"] footer .link`).click(),
    ]);
    await opened.waitForLoadState('load');
    // Revealed: scrolled into view and flashing (an animation, no attribute).
    const clip = opened.locator(`finmark-clip[data-finmark-clip="${id}"]`).first();
    await expect
      .poll(() => clip.evaluate((e) => e.getAnimations().length), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await clip.isVisible()).toBe(true);
    await opened.close();
    if (!popup.page.isClosed()) await popup.close();
    await page.close();
  });

  it('places a clipping again when the page inserts its article late', async () => {
    const sentence = '分析人士认为，在政策预期改善的背景下，头部券商的估值修复仍有空间';
    const { page } = await clipAndReload('/fixtures/own-late-article.html', 'article', sentence);
    await page.close();
  });

  it('clips from the context menu or shortcut’s message, and keeps two open popups in sync', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    await page.locator('finmark-mark').first().waitFor({ timeout: 15_000 });
    const tabId = await tabIdOf(session, page);
    // The drag starts on a ticker's mark: presses on marks must still select.
    const sentence = '宁德时代、亿纬锂能、国轩高科亦有表现。';
    await dragSelect(page, 'article', sentence);
    const reply = (await sendToContent(session, tabId, 'content/clip-selection', {
      colour: 'purple',
    })) as { ok: boolean; value: { id: string; colour: string; quote: string; tickers: string[] } };
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ colour: 'purple', quote: sentence });
    expect(reply.value.tickers).toEqual(['300750.SZ', '300014.SZ', '002074.SZ']);
    const id = reply.value.id;
    await expect.poll(() => clipText(page, id)).toBe(sentence);

    const one = await PopupPage.open(session, tabId);
    const two = await PopupPage.open(session, tabId);
    const note = (popup: PopupPage) =>
      popup.page.locator(`[data-clip-id="${id}"] textarea`).inputValue();
    await one.page.locator(`[data-clip-id="${id}"] textarea`).fill('电池环节跟涨');
    await expect.poll(() => note(two), { timeout: 5_000 }).toBe('电池环节跟涨');
    // The page's note shows the popup's edit too.
    await two.close();
    await one.close();
    await page.locator(`finmark-clip[data-finmark-clip="${id}"]`).first().click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Note' }).locator('textarea').inputValue())
      .toBe('电池环节跟涨');
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
