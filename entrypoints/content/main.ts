import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerHere } from '../../utils/messages';
import { readPreferences, readSiteHighlights } from '../../utils/storage';
import { startFeatures } from './feature';
import { CONTENT_FEATURES } from './feature-list';
import type { ContentMain, MainStart } from './handoff';
import { createPage } from './page';

/**
 * The content script past its loader: the reader's settings, the page's shared
 * services, then every feature in `feature-list.ts`. Built as `content-main.js`
 * (`entrypoints/content-main`), loaded only on pages that need it (see `loader.ts`).
 */
async function start(ctx: ContentScriptContext, { glance }: MainStart): Promise<void> {
  // The reader's per-site switch, read before anything is drawn.
  const siteOn = await readSiteHighlights(location.host).catch(() => true);
  const preferences = await readPreferences().catch(() => null);
  // Aborted when the content script is invalidated (the extension reloaded or
  // updated): every feature tears down through it.
  const signal = ctx.signal;
  const page = createPage(ctx, { siteOn, preferences, glance }, signal);
  await startFeatures(CONTENT_FEATURES, page, signal);
}

export const contentMain: ContentMain = { start, answer: answerHere };
