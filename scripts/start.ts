// `npm start`: opens Debian's (or your) Chromium with the freshly built extension
// and a demo finance article, plus the popup looking at that article, so a newcomer
// sees FinMark work in one command. Close the browser window to stop.
//
//   CHROMIUM_PATH=/path/to/chrome npm start     # another Chromium-family browser
//   HEADLESS=1 npm start                        # no window (CI smoke check)
import { launchWithExtension, PopupPage, tabIdOf } from './lib/chromium';
import { startServer } from './lib/server';

const server = await startServer();
const session = await launchWithExtension('en-US', { headless: process.env.HEADLESS === '1' });
const demo = `${server.origin}/fixtures/zh-policy-article.html`;
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(demo);
const popup = await PopupPage.open(session, await tabIdOf(session, page));
console.log(`FinMark is loaded (extension id ${session.extensionId}).`);
console.log(`Demo article: ${demo}`);
console.log(`Popup for it: ${popup.page.url()}`);
console.log('Open any news site in this window; close the window to stop.');
if (process.env.HEADLESS === '1') {
  console.log(`Verdict: ${await popup.verdict()} — ${await popup.title()}`);
  await session.close();
  await server.close();
} else {
  session.context.on('close', () => void server.close());
}
