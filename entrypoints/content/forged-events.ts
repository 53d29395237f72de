import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context talks to itself through DOM events that the page can
 * send as well, since their names hold only the extension's id, which is no secret
 * (issue 14, "Hostile pages"):
 *
 * - `<id>:content:wxt:content-script-started` on `document` means "a newer copy of this
 *   script has started" and stops this copy: every mark, clipping and listener gone;
 * - `<id>:content:wxt:locationchange` on `window` means "the address changed", and
 *   makes FinMark detect the article and read the page's clippings again.
 *
 * Both are stopped here, in the capture phase on `window` (before WXT's and our own
 * listeners), unless they are true. A newer copy only starts after the extension was
 * reloaded or updated, and then this copy has lost its extension (`runtime.id` is
 * gone): FinMark never injects its content script into a page twice. An address
 * change is one only when WXT's watcher sent it, with a new address.
 */
export function ignoreForgedEvents(ctx: ContentScriptContext): void {
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  // WXT names its events alike; if it ever stops doing so there is nothing to guard.
  if (typeof started !== 'string' || !started.endsWith('wxt:content-script-started')) return;
  const locationChange = started.replace(/wxt:content-script-started$/, 'wxt:locationchange');
  const options = { capture: true, signal: ctx.signal };

  window.addEventListener(
    started,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    options,
  );
  // WXT's own event carries the new address as a property set in this world, where
  // a page's event has none (its properties stay in the page's world).
  let href = location.href;
  window.addEventListener(
    locationChange,
    (event) => {
      const next = (event as Event & { newUrl?: unknown }).newUrl;
      if (!(next instanceof URL) || next.href === href) event.stopImmediatePropagation();
      else href = next.href;
    },
    options,
  );
}
