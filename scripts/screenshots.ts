// `npm run screenshots`: pictures of the popup for the README, in English and
// Simplified Chinese, taken from the built extension in Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusAvailable } from '../tests/support/corpus';
import { launchWithExtension, PopupPage, tabIdOf } from '../tests/e2e/support/chromium';
import { startServer } from '../tests/e2e/support/server';

const out = join(import.meta.dirname, '../docs');
mkdirSync(out, { recursive: true });
const server = await startServer();
const article = corpusAvailable()
  ? '/shared/fixtures/pages/cls-digital-government-2022-07-01.html'
  : '/fixtures/zh-policy-article.html';

for (const locale of ['en-US', 'zh-CN']) {
  const session = await launchWithExtension(locale);
  for (const [name, path] of [
    ['article', article],
    ['screener', '/fixtures/screener.html'],
  ] as const) {
    const page = await session.context.newPage();
    await page.goto(server.origin + path);
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    await popup.page.setViewportSize({ width: 360, height: name === 'article' ? 1000 : 600 });
    if (name === 'article') {
      await popup.page.getByTestId('entity-panel').waitFor();
      await popup.page.locator('details.why summary').click();
    }
    const file = join(out, `popup-${name}-${locale}.png`);
    await popup.page.locator('.popup').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await popup.close();
    await page.close();
  }
  if (locale === 'en-US') {
    // The highlighted article itself, as a reader sees it.
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(server.origin + article);
    await page.waitForSelector('finmark-mark[data-finmark-kind="ticker"]');
    const file = join(out, 'page-highlighted.png');
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    // And a ticker's card, opened by hovering its mark.
    const mark = page.locator('finmark-mark[data-finmark-kind="ticker"]').nth(3);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await page.waitForSelector('finmark-card', { state: 'attached' });
    await page.waitForTimeout(200);
    const box = (await mark.boundingBox())!;
    const card = join(out, 'page-card.png');
    await page.screenshot({
      path: card,
      clip: { x: 0, y: Math.max(0, box.y - 120), width: 820, height: 360 },
    });
    console.log(`wrote ${card}`);
    await page.close();
  }
  await session.close();
}
await server.close();
