import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { corpusAvailable } from '../../scripts/lib/corpus';
import { SEED_COMPANIES } from '../support/seed-labels';
import {
  badgeText,
  PopupPage,
  sendToContent,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/lib/chromium';
import { closeEnvironment, openEnvironment } from './support/environment';
import { exposeClosedShadowRoot } from './support/shadow';
import type { StaticServer } from '../../scripts/lib/server';

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment()));
afterAll(() => closeEnvironment({ server, session }));

interface Mark {
  text: string;
  kind: string | null;
  value: string | null;
  /** Where the mark sits: article, sidebar, comments, footer, header. */
  region: string;
}

/** Opens a page with a snapshot of its DOM as parsed, before the content script ran. */
async function openSnapshotted(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { before: string }).before = document.body.outerHTML;
    });
  });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return page;
}

async function marksOn(page: Page): Promise<Mark[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('finmark-mark')].map((m) => ({
      text: m.textContent ?? '',
      kind: m.getAttribute('data-finmark-kind'),
      value: m.getAttribute('data-finmark-value'),
      region: m.closest('article')
        ? 'article'
        : m.closest('aside, .side')
          ? 'sidebar'
          : m.closest('.comments')
            ? 'comments'
            : m.closest('.footer, footer')
              ? 'footer'
              : 'other',
    })),
  );
}

/** The checks both seed-shaped pages share, then the switch off and on. */
async function checkSeedShaped(
  path: string,
  companies: [string, string][],
  policyDates: string[],
): Promise<void> {
  const page = await openSnapshotted(path);
  const tabId = await tabIdOf(session, page);
  await expect
    .poll(async () => (await marksOn(page)).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const marks = await marksOn(page);
  const tickers = marks.filter((m) => m.kind === 'ticker');
  for (const [name, value] of companies) {
    expect(tickers, name).toContainEqual({ text: name, kind: 'ticker', value, region: 'article' });
  }
  const policy = marks.filter((m) => m.kind === 'policy-date').map((m) => m.value);
  for (const value of policyDates) expect(policy).toContain(value);
  // Only the article body: never the sidebar's hot stocks, the comments or the footer.
  expect(marks.filter((m) => m.region !== 'article')).toEqual([]);
  await expect
    .poll(() => badgeText(session, tabId))
    .toBe(String(new Set(companies.map(([, v]) => v)).size));

  // Off: the page's DOM is exactly what it parsed; on again: the same marks.
  const off = (await sendToContent(session, tabId, 'content/set-highlights', { on: false })) as {
    ok: boolean;
    value: { on: boolean; marks: number };
  };
  expect(off).toEqual({ ok: true, value: { on: false, marks: 0 } });
  const [before, after] = await page.evaluate(() => [
    (window as unknown as { before: string }).before,
    document.body.outerHTML,
  ]);
  expect(after).toBe(before);
  await sendToContent(session, tabId, 'content/set-highlights', { on: true });
  await expect.poll(async () => (await marksOn(page)).length).toBe(marks.length);
  await page.close();
}

describe('highlights in Chromium', () => {
  it.runIf(corpusAvailable())(
    'marks the seed article’s sixteen companies and its policy dates, and nothing outside the body',
    async () => {
      await checkSeedShaped(
        '/shared/fixtures/pages/cls-digital-government-2022-07-01.html',
        SEED_COMPANIES,
        ['2025', '2035'],
      );
    },
  );

  it('marks an article of the same shape written for the tests', async () => {
    await checkSeedShaped(
      '/fixtures/own-zh-seedlike.html',
      [
        ['比亚迪', '002594.SZ'],
        ['长城汽车', '601633.SH'],
        ['赛力斯', '601127.SH'],
        ['江淮汽车', '600418.SH'],
        ['宁德时代', '300750.SZ'],
        ['亿纬锂能', '300014.SZ'],
        ['国轩高科', '002074.SZ'],
      ],
      ['2027', '2035', '2024-04-01'],
    );
  });

  it('opens a card on hover and on keyboard focus, and Esc closes it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    const byd = page.locator('finmark-mark[data-finmark-value="002594.SZ"]').first();
    await byd.waitFor({ timeout: 15_000 });
    const cardText = () =>
      page.evaluate(() => {
        const host = document.querySelector('finmark-card');
        // The shadow root is closed to the page; its text is still laid out and
        // readable through the host's rendered box.
        return host ? (host as HTMLElement).innerText || 'open' : null;
      });
    const layoutBefore = await page.evaluate(() => document.body.getBoundingClientRect().height);
    await byd.hover();
    await expect.poll(cardText).not.toBeNull();
    expect(await page.evaluate(() => document.body.getBoundingClientRect().height)).toBe(
      layoutBefore,
    );
    await page.screenshot({ path: 'test-results/card-ticker.png' });
    await page.mouse.move(5, 5);
    await expect.poll(cardText).toBeNull();

    // Keyboard: focus a policy date, Esc closes its card.
    const date = page.locator('finmark-mark[data-finmark-kind="policy-date"]').first();
    await date.focus();
    await expect.poll(cardText).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(cardText).toBeNull();
    await page.close();
  });

  it('marks macro indicators and opens an indicator card with series, period and figure', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-macro.html`, { waitUntil: 'load' });
    const cpi = page.locator(
      'finmark-mark[data-finmark-kind="indicator"][data-finmark-value="CPI:2025-05"]',
    );
    await cpi.waitFor({ timeout: 15_000 });
    const values = await page.evaluate(() =>
      [...document.querySelectorAll('finmark-mark[data-finmark-kind="indicator"]')].map((m) => ({
        value: m.getAttribute('data-finmark-value'),
        inArticle: !!m.closest('article'),
      })),
    );
    expect(values.map((v) => v.value)).toEqual(
      expect.arrayContaining(['CPI:2025-05', 'PPI:2025-05', 'RETAIL:2025-05', 'PMI:2025-05']),
    );
    // The sidebar's "4月CPI同比下降0.1%" headline is not article text.
    expect(values.every((v) => v.inArticle)).toBe(true);
    // A company's own revenue growth is never an indicator.
    expect(values.map((v) => v.value).some((v) => v?.startsWith('GDP'))).toBe(false);

    await cpi.hover();
    await page.locator('finmark-card').waitFor({ state: 'attached' });
    await exposeClosedShadowRoot(page, 'finmark-card');
    const card = await page.evaluate(() =>
      (document.querySelector('finmark-card')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    );
    expect(card).toMatch(/Consumer price/i);
    expect(card).toContain('0.3%');
    expect(card).toContain('CPI同比上涨0.3%');
    await page.screenshot({ path: 'test-results/card-indicator.png' });
    await page.close();
  });

  it('highlights an article a page inserts a second after load', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-late-article.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(session, page);
    expect(await marksOn(page)).toEqual([]);
    await expect
      .poll(
        async () => (await marksOn(page)).filter((m) => m.kind === 'ticker').map((m) => m.value),
        {
          timeout: 15_000,
        },
      )
      .toEqual(['600030.SH', '300059.SZ', '601688.SH']);
    const policy = (await marksOn(page))
      .filter((m) => m.kind === 'policy-date')
      .map((m) => m.value);
    // 上周五 is when the regulator issued the rule: a policy date too.
    expect(policy).toEqual(['2024-05-17', '2024-07-01', '2026-12']);
    await expect.poll(() => badgeText(session, tabId)).toBe('3');
    await page.close();
  });

  it('lists the article’s companies and policy dates in the popup, and remembers the site switch', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    await page.locator('finmark-mark').first().waitFor({ timeout: 15_000 });
    const tabId = await tabIdOf(session, page);
    let popup = await PopupPage.open(session, tabId);
    const tickers = popup.page.getByTestId('ticker-list').locator('button[data-value]');
    await expect.poll(() => tickers.count()).toBe(7);
    expect(await tickers.first().getAttribute('data-value')).toBe('002594.SZ');
    expect(await popup.page.getByTestId('timeline').textContent()).toContain('2035');

    // Clicking a company flashes its first mention on the page.
    await popup.page.locator('button[data-value="002074.SZ"]').click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('finmark-mark[data-finmark-value="002074.SZ"]')?.getAnimations()
              .length ?? 0,
        ),
      )
      .toBeGreaterThan(0);

    // Off for this site: the marks go, and stay gone after a reload.
    await popup.page.getByTestId('site-switch').uncheck();
    await expect.poll(async () => (await marksOn(page)).length).toBe(0);
    await popup.close();
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await marksOn(page)).toEqual([]);
    popup = await PopupPage.open(session, tabId);
    await expect
      .poll(() => popup.page.getByTestId('ticker-list').locator('button[data-value]').count())
      .toBe(7);
    await popup.page.getByTestId('site-switch').check();
    await expect.poll(async () => (await marksOn(page)).length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('hides marks on paper unless the reader keeps them with the popup’s print switch', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    const mark = page.locator('finmark-mark[data-finmark-kind="ticker"]').first();
    await mark.waitFor({ timeout: 15_000 });
    const look = () =>
      mark.evaluate((m) => {
        const style = getComputedStyle(m);
        return { background: style.backgroundColor, shadow: style.boxShadow };
      });
    const onScreen = await look();
    expect(onScreen.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.emulateMedia({ media: 'print' });
    expect(await look()).toEqual({ background: 'rgba(0, 0, 0, 0)', shadow: 'none' });

    const tabId = await tabIdOf(session, page);
    const popup = await PopupPage.open(session, tabId);
    await popup.page.getByTestId('print-switch').check();
    await expect.poll(look).toEqual(onScreen);
    await popup.page.getByTestId('print-switch').uncheck();
    await expect.poll(look).toEqual({ background: 'rgba(0, 0, 0, 0)', shadow: 'none' });
    await popup.close();
    await page.close();
  });

  it('follows a single-page site to its next story', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-spa.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(session, page);
    const tickers = async () =>
      (await marksOn(page)).filter((m) => m.kind === 'ticker').map((m) => m.value);
    await expect
      .poll(tickers, { timeout: 15_000 })
      .toEqual(['600519.SH', '000858.SZ', '000568.SZ']);
    await page.click('#next');
    await expect
      .poll(tickers, { timeout: 15_000 })
      .toEqual(['601012.SH', '600438.SH', '300274.SZ']);
    const policy = (await marksOn(page)).filter((m) => m.kind === 'policy-date');
    expect(policy.map((m) => m.value)).toEqual(['2024-06']);
    await expect.poll(() => badgeText(session, tabId)).toBe('3');
    await page.close();
  });

  it('leaves a page that is not an article untouched, with no badge', async () => {
    const page = await openSnapshotted('/fixtures/screener.html');
    const tabId = await tabIdOf(session, page);
    // Give the content script time to decide (it reports the verdict to the background).
    await page.waitForTimeout(1500);
    const [before, after] = await page.evaluate(() => [
      (window as unknown as { before: string }).before,
      document.body.outerHTML,
    ]);
    expect(after).toBe(before);
    expect(await badgeText(session, tabId)).toBe('');
    await page.close();
  });
});
