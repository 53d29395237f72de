import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Runs `work` once the page is idle (at the latest 2 s on), where detection has always
 * run: the page's own start-up and the reader's first scroll come first. Nothing runs
 * once the content script is invalidated.
 */
export function whenIdle(ctx: ContentScriptContext, work: () => void): void {
  if ('requestIdleCallback' in window) ctx.requestIdleCallback(() => work(), { timeout: 2000 });
  else ctx.setTimeout(work, 50);
}
