import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageGlance } from '../../utils/article/first-glance';
import type { Reply, Sender } from '../../utils/messages';

/**
 * How the content script's loader (`index.ts`) reaches the rest of it, `content-main.js`
 * (issue 14). The loader imports that file, a web-accessible resource of the extension,
 * and the file offers its entry points here, on the content script's own global (an
 * isolated world: the page's scripts never see it).
 */
export interface ContentMain {
  /** Starts every content feature; resolves once all have started (and listen). */
  start(ctx: ContentScriptContext, start: MainStart): Promise<void>;
  /** Answers a message that reached the loader before the features listened (`answerHere`). */
  answer(message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined;
}

export interface MainStart {
  /**
   * The loader's glance when it left the page undecided; null when the rest was loaded for
   * another reason (clippings, a selection, a message) and detects afresh.
   */
  glance: PageGlance | null;
}

const OFFERED = Symbol.for('finmark.content-main');
type WithMain = { [OFFERED]?: ContentMain };

export function offerContentMain(main: ContentMain): void {
  (globalThis as WithMain)[OFFERED] = main;
}

export const CONTENT_MAIN_PATH = '/content-main.js';

/** Loads `content-main.js` once and returns what it offered. */
export async function importContentMain(): Promise<ContentMain> {
  const offered = (globalThis as WithMain)[OFFERED];
  if (offered) return offered;
  await import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_MAIN_PATH));
  const main = (globalThis as WithMain)[OFFERED];
  if (!main) throw new Error(`${CONTENT_MAIN_PATH} loaded but offered no entry point.`);
  return main;
}
