import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PopupPage, tabIdOf, type ExtensionSession } from '../../scripts/lib/chromium';
import { closeEnvironment, openEnvironment } from './support/environment';
import { dragSelect } from '../../scripts/lib/select';
import type { StaticServer } from '../../scripts/lib/server';

let server: StaticServer;
let session: ExtensionSession;

beforeAll(async () => ({ server, session } = await openEnvironment()));
afterAll(() => closeEnvironment({ server, session }));

describe('the options page in Chromium', () => {
  it('turns a kind of highlight off and on, sets the clip colour, and erases everything', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const tickers = options.getByRole('checkbox', { name: 'Listed companies and tickers' });
    await tickers.uncheck();

    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    const count = (kind: string) =>
      page.locator(`finmark-mark[data-finmark-kind="${kind}"]`).count();
    await expect.poll(() => count('policy-date'), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await count('ticker')).toBe(0);

    // On again: the open page follows without a reload.
    await tickers.check();
    await expect.poll(() => count('ticker'), { timeout: 10_000 }).toBeGreaterThan(0);

    // New clippings take the chosen colour.
    await options.getByRole('combobox', { name: 'Colour of new clippings' }).selectOption('blue');
    await page.bringToFront();
    await dragSelect(page, 'article', '业内人士表示，一季度县域市场销量同比增长较快');
    await page.getByRole('button', { name: 'Clip', exact: true }).click();
    const clip = page.locator('finmark-clip').first();
    await expect.poll(() => clip.getAttribute('data-finmark-colour')).toBe('blue');

    // Erase, after a confirmation: the clipping leaves the page too.
    await options.reload();
    await expect.poll(() => options.getByTestId('usage').textContent()).toMatch(/^Clippings: 1 ·/);
    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Erase' }).click();
    await expect
      .poll(() => options.getByRole('status').textContent())
      .toBe('Everything was erased.');
    await expect.poll(() => options.getByTestId('usage').textContent()).toMatch(/^Clippings: 0 ·/);
    await expect.poll(() => page.locator('finmark-clip').count()).toBe(0);
    await page.close();
    await options.close();
  });

  it('a watched ticker stays marked with tickers off and leads the popup; a mute hides a company', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const tickers = options.getByRole('checkbox', { name: 'Listed companies and tickers' });
    await tickers.uncheck();
    const watch = options.getByTestId('watch-add');
    await watch.getByRole('textbox', { name: 'Ticker' }).fill('sz002594');
    await watch.getByRole('button', { name: 'Add to watchlist' }).click();
    // The directory's name is shown beside the code.
    await expect.poll(() => options.getByTestId('watchlist').textContent()).toContain('比亚迪');
    // A typo is refused with the reason, and nothing is added.
    await watch.getByRole('textbox', { name: 'Ticker' }).fill('60O519');
    await watch.getByRole('button', { name: 'Add to watchlist' }).click();
    await expect.poll(() => watch.getByRole('alert').textContent()).toMatch(/Not a ticker/);
    expect(await options.getByTestId('watchlist').getByRole('listitem').count()).toBe(1);
    const mute = options.getByTestId('mute-add');
    await mute.getByRole('textbox', { name: 'Ticker or word' }).fill('300750');
    await mute.getByRole('button', { name: 'Mute' }).click();

    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    const marks = (selector: string) => page.locator(`finmark-mark${selector}`);
    await expect
      .poll(() => marks('[data-finmark-kind="policy-date"]').count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    // Tickers are off, but the watched one is drawn, and drawn as watched.
    await expect
      .poll(() => marks('[data-finmark-kind="ticker"]').allTextContents())
      .toEqual(['比亚迪']);
    expect(await marks('[data-finmark-watched]').count()).toBe(1);

    // Tickers on: every company but the muted one (宁德时代, 300750).
    await options.bringToFront();
    await tickers.check();
    await expect.poll(() => marks('[data-finmark-kind="ticker"]').count()).toBeGreaterThan(3);
    const shown = await marks('[data-finmark-kind="ticker"]').allTextContents();
    expect(shown).toContain('长城汽车');
    expect(shown).not.toContain('宁德时代');

    // The popup lists the watched company first, starred.
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    const rows = popup.page.getByTestId('ticker-list').getByRole('listitem');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    await expect.poll(() => rows.first().textContent()).toContain('比亚迪');
    const star = rows.first().getByRole('button', { name: 'Remove 比亚迪 from your watchlist' });
    expect(await star.getAttribute('aria-pressed')).toBe('true');
    // Starring from the popup reaches the options page.
    await rows
      .filter({ hasText: '长城汽车' })
      .getByRole('button', { name: 'Add 长城汽车 to your watchlist' })
      .click();
    await expect.poll(() => options.getByTestId('watchlist').textContent()).toContain('601633.SH');
    await popup.close();

    // Un-muting brings 宁德时代 back on the open page, without a reload.
    await options.getByTestId('mutes').getByRole('button', { name: 'Remove 300750' }).click();
    await expect
      .poll(() => marks('[data-finmark-kind="ticker"]').allTextContents())
      .toContain('宁德时代');
    await page.close();
    await options.close();
  });

  it('shows when each symbol list was updated, and a stored list reaches the pages', async () => {
    // A list as the updater stores it (the download itself needs the network and a
    // permission prompt; its parsers and updater are unit-tested).
    const now = Date.UTC(2026, 10, 20, 8, 30);
    await session.worker.evaluate(
      async ({ now }) => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { set(items: object): Promise<void> } } };
          }
        ).chrome;
        await api.storage.local.set({
          'symbolList:nasdaq': {
            schemaVersion: 1,
            updatedAt: now,
            table: 'QFRB\tUS\t\tQuillfeather Robotics Inc.\t\tNASDAQ\t\n',
          },
          symbolListStatus: {
            weekly: false,
            sources: {
              nasdaq: { updatedAt: now, count: 1, lastAttempt: now, error: null },
              hkex: {
                updatedAt: null,
                count: 0,
                lastAttempt: now,
                error: 'HKEX list of securities: HTTP 503',
              },
            },
          },
        });
      },
      { now },
    );
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const lists = options.getByTestId('symbol-lists');
    const nasdaqRow = lists.locator('tr[data-source="nasdaq"]');
    await expect.poll(() => nasdaqRow.textContent()).toContain('2026');
    expect(await nasdaqRow.locator('td.number').textContent()).toBe('1');
    const hkexRow = lists.locator('tr[data-source="hkex"]');
    expect(await hkexRow.textContent()).toContain('Never');
    expect(await hkexRow.locator('summary').textContent()).toMatch(/failed; the last good list/);
    expect(await hkexRow.locator('code').textContent()).toBe('HKEX list of securities: HTTP 503');
    await options.close();

    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-en-new-listing.html`, { waitUntil: 'load' });
    const marks = page.locator('finmark-mark[data-finmark-value="QFRB"]');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The name alone is known only from the stored list (a bracketed code after
    // "Inc." is read without it).
    await expect
      .poll(() => marks.allTextContents())
      .toEqual(['Quillfeather Robotics Inc. (QFRB)', 'Quillfeather Robotics Inc.']);
    await page.close();
  });

  it('opens from the popup’s settings button', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`, { waitUntil: 'load' });
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    const [opened] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.page.getByRole('button', { name: 'Settings' }).click(),
    ]);
    await opened.waitForURL(/\/options\.html$/);
    await opened.getByRole('heading', { level: 1 }).waitFor();
    await opened.close();
    if (!popup.page.isClosed()) await popup.close();
    await page.close();
  });
});
