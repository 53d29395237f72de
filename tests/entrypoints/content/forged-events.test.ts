// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://news.example.com/markets/story-1" }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreForgedEvents } from '../../../entrypoints/content/forged-events';

const contexts: ContentScriptContext[] = [];
const context = () => {
  const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  contexts.push(ctx);
  return ctx;
};
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort('test over');
  history.replaceState(null, '', '/markets/story-1');
});

/** What a hostile page can send: WXT's "a newer copy started", with WXT's name for it. */
function forgeRestart() {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  document.dispatchEvent(
    new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
  );
}

describe('ignoreForgedEvents (hostile pages, issue 14)', () => {
  it('keeps the content script running when the page forges WXT’s "newer copy started"', () => {
    const ctx = context();
    ignoreForgedEvents(ctx);
    forgeRestart();
    expect(ctx.isValid).toBe(true);
  });

  it('is needed: without it the forged event stops the content script', () => {
    const ctx = context();
    forgeRestart();
    expect(ctx.isValid).toBe(false);
  });

  it('lets a real address change through and drops forged ones', async () => {
    vi.useFakeTimers();
    try {
      const ctx = context();
      ignoreForgedEvents(ctx);
      const changes: string[] = [];
      ctx.addEventListener(window, 'wxt:locationchange', () => changes.push(location.pathname));
      const name = (
        ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }
      ).SCRIPT_STARTED_MESSAGE_TYPE.replace('wxt:content-script-started', 'wxt:locationchange');
      for (let i = 0; i < 50; i++) window.dispatchEvent(new Event(name));
      expect(changes).toEqual([]);
      // A single-page site moves on: WXT's watcher (polling in jsdom) reports it once.
      history.pushState(null, '', '/markets/story-2');
      await vi.advanceTimersByTimeAsync(1100);
      expect(changes).toEqual(['/markets/story-2']);
      for (let i = 0; i < 50; i++) window.dispatchEvent(new Event(name));
      expect(changes).toEqual(['/markets/story-2']);
    } finally {
      vi.useRealTimers();
    }
  });
});
