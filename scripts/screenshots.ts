// `npm run screenshots`: pictures of the popup, the highlighted page, the selection
// toolbar and the clipping library for the README, in English and Simplified Chinese,
// taken from the built extension in Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusAvailable } from './lib/corpus';
import { launchWithExtension, PopupPage, tabIdOf, type ExtensionSession } from './lib/chromium';
import { dragSelect } from './lib/select';
import { startServer } from './lib/server';

const out = join(import.meta.dirname, '../docs');
mkdirSync(out, { recursive: true });
const server = await startServer();
const article = corpusAvailable()
  ? '/shared/fixtures/pages/cls-digital-government-2022-07-01.html'
  : '/fixtures/zh-policy-article.html';

let current: ExtensionSession | null = null;
/** A blank page to compose pictures on, in the session at hand. */
const sessionForCanvas = async () => {
  const canvas = await current!.context.newPage();
  await canvas.setViewportSize({ width: 1280, height: 800 });
  return canvas;
};

for (const locale of ['en-US', 'zh-CN']) {
  const session = await launchWithExtension(locale);
  current = session;
  for (const [name, path] of [
    ['article', article],
    ['macro', '/fixtures/own-zh-macro.html'],
    ['screener', '/fixtures/screener.html'],
  ] as const) {
    const page = await session.context.newPage();
    await page.goto(server.origin + path);
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    await popup.page.setViewportSize({ width: 360, height: name === 'screener' ? 600 : 1000 });
    if (name !== 'screener') await popup.page.getByTestId('entity-panel').waitFor();
    if (name === 'article') await popup.page.locator('details.why summary').click();
    const file = join(out, `popup-${name}-${locale}.png`);
    await popup.page.locator('.popup').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await popup.close();
    await page.close();
  }
  {
    // Clipping: the selection toolbar on the page, then the library in the popup.
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.origin}/fixtures/own-zh-seedlike.html`);
    await page.waitForSelector('finmark-mark[data-finmark-kind="ticker"]');
    const clip = page.getByRole('button', {
      name: locale === 'en-US' ? 'Clip' : '剪藏',
      exact: true,
    });
    await dragSelect(
      page,
      'article',
      '《实施方案》提出，到2027年，县域新能源汽车渗透率明显提升，农村地区充电网络基本覆盖；',
    );
    await clip.click();
    await page.waitForSelector('finmark-clip');
    await dragSelect(
      page,
      'article',
      '受消息影响，今日午后汽车板块走强，比亚迪涨超3%，长城汽车、赛力斯、江淮汽车跟涨；',
    );
    await page.getByRole('button', { name: /green|绿色/ }).click();
    await page.waitForTimeout(150);
    const bar = (await page.locator('finmark-toolbar').locator('.bar').boundingBox())!;
    const toolbarFile = join(out, `page-toolbar-${locale}.png`);
    await page.screenshot({
      path: toolbarFile,
      clip: { x: 0, y: Math.max(0, bar.y - 60), width: 1000, height: 260 },
    });
    console.log(`wrote ${toolbarFile}`);
    await clip.click();
    await page.waitForFunction(
      () =>
        new Set(
          [...document.querySelectorAll('finmark-clip')].map((e) =>
            e.getAttribute('data-finmark-clip'),
          ),
        ).size >= 2,
    );
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    await popup.page.setViewportSize({ width: 360, height: 1100 });
    const first = popup.page.locator('[data-clip-id] textarea').first();
    await first.fill(
      locale === 'en-US'
        ? 'Rural demand is the next leg; watch BYD volumes.'
        : '县域需求是下一阶段增量，关注比亚迪销量。',
    );
    await popup.page.waitForTimeout(800);
    const library = join(out, `popup-library-${locale}.png`);
    await popup.page.locator('[data-testid="clip-library"]').screenshot({ path: library });
    console.log(`wrote ${library}`);
    await popup.close();
    await page.close();
  }
  {
    // The options page.
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 700, height: 640 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('usage').waitFor();
    const file = join(out, `options-${locale}.png`);
    await options.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await options.close();
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
  await storeShots(session, locale);
  await session.close();
}
await server.close();

/**
 * The store listing's pictures, 1280×800 as both stores take them: FinMark on one
 * of our own fixture articles (no third-party page in a listing), the popup drawn
 * where the browser puts it, under the toolbar at the top right.
 */
async function storeShots(session: ExtensionSession, locale: string): Promise<void> {
  const dir = join(out, 'store');
  mkdirSync(dir, { recursive: true });
  const zh = locale === 'zh-CN';
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(
    `${server.origin}/fixtures/${zh ? 'own-zh-seedlike.html' : 'own-en-markets.html'}`,
  );
  await page.waitForSelector('finmark-mark[data-finmark-kind="ticker"]');
  // Our fixture pages have no stylesheet of their own: a plain news-site look, kept
  // clear of the popup's corner.
  await page.addStyleTag({
    content:
      'body{max-width:800px;margin:24px 56px;font:17px/1.75 Georgia,"Noto Serif CJK SC",serif;color:#1f2328}' +
      'nav ul,header ul{display:flex;gap:14px;list-style:none;padding:0;margin:0}' +
      'h1{font-size:30px;line-height:1.3}a{color:#0b5cad}',
  });
  const write = async (name: string, png: Buffer) => {
    const file = join(dir, `${locale}-${name}.png`);
    writeFileSync(file, png);
    console.log(`wrote ${file}`);
  };

  // 1. The article with its marks and a company's card, and the popup's summary.
  const mark = page.locator('finmark-mark[data-finmark-kind="ticker"]').first();
  await mark.hover();
  await page.waitForSelector('finmark-card', { state: 'attached' });
  await page.waitForTimeout(200);
  const withCard = await page.screenshot();
  await page.mouse.move(0, 0);
  const popup = await PopupPage.open(session, await tabIdOf(session, page));
  await popup.page.setViewportSize({ width: 360, height: 760 });
  await popup.page.getByTestId('entity-panel').waitFor();
  const summary = await popup.page.screenshot();
  await write('1-article', await overlay(withCard, summary));

  // 2. Clipping: the toolbar over a selection, and the library with a note.
  await page.bringToFront();
  const sentence = zh
    ? '业内人士表示，一季度县域市场销量同比增长较快'
    : 'rose 2.3% after the company said its cloud business had signed several multiyear contracts';
  await dragSelect(page, 'article', sentence);
  await page.locator('finmark-toolbar').waitFor({ state: 'attached' });
  await page.waitForTimeout(150);
  const withToolbar = await page.screenshot();
  await page.getByRole('button', { name: zh ? '剪藏' : 'Clip', exact: true }).click();
  await page.waitForSelector('finmark-clip');
  await popup.page.reload();
  await popup.page.getByTestId('clip-library').waitFor();
  await popup.page
    .locator('[data-clip-id] textarea')
    .first()
    .fill(
      zh
        ? '下沉市场车型是下半年的看点，关注比亚迪、长城汽车。'
        : 'Retail strength, not guidance: check the Q3 call.',
    );
  await popup.page.waitForTimeout(700);
  await popup.page.getByTestId('clip-library').scrollIntoViewIfNeeded();
  const library = await popup.page.screenshot();
  await write('2-clipping', await overlay(withToolbar, library));
  await popup.close();
  await page.close();

  // 3. The options page.
  const options = await session.context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('usage').waitFor();
  await options
    .getByTestId('watch-add')
    .getByRole('textbox')
    .fill(zh ? '002594' : 'AMZN');
  await options.getByTestId('watch-add').getByRole('button').click();
  await options.waitForTimeout(300);
  await write('3-options', await options.screenshot());
  await options.close();
}

/** The page with the popup drawn over its top right corner, as the browser shows it. */
async function overlay(pagePng: Buffer, popupPng: Buffer): Promise<Buffer> {
  const canvas = await sessionForCanvas();
  await canvas.setContent(
    `<body style="margin:0;width:1280px;height:800px;position:relative;overflow:hidden">` +
      `<img src="data:image/png;base64,${pagePng.toString('base64')}" style="display:block">` +
      `<img src="data:image/png;base64,${popupPng.toString('base64')}" style="position:absolute;` +
      `top:8px;right:16px;width:360px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">` +
      `</body>`,
  );
  const png = await canvas.screenshot();
  await canvas.close();
  return png;
}
