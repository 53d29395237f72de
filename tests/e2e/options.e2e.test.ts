import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './support/chromium';
import { closeEnvironment, openEnvironment } from './support/environment';
import { dragSelect } from './support/select';
import type { StaticServer } from './support/server';

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
});
