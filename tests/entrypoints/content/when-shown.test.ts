// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { whenFirstShown } from '../../../entrypoints/content/when-shown';

/** jsdom's visibilityState is a getter on the document's prototype: shadow it per test. */
function setVisibility(state: 'visible' | 'hidden', prerendering = false): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  Object.defineProperty(document, 'prerendering', { value: prerendering, configurable: true });
}

afterEach(() => setVisibility('visible'));

describe('whenFirstShown', () => {
  it('resolves at once on a page the reader sees', async () => {
    setVisibility('visible');
    await expect(whenFirstShown(new AbortController().signal)).resolves.toBe(true);
  });

  it('waits in a background tab until the tab is shown', async () => {
    setVisibility('hidden');
    let shown: boolean | undefined;
    const waiting = whenFirstShown(new AbortController().signal).then((s) => (shown = s));
    await Promise.resolve();
    // Still hidden: a visibilitychange that leaves it hidden does not start anything.
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(shown).toBeUndefined();
    setVisibility('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await waiting;
    expect(shown).toBe(true);
  });

  it('waits while the page is prerendered', async () => {
    setVisibility('visible', true);
    let shown: boolean | undefined;
    const waiting = whenFirstShown(new AbortController().signal).then((s) => (shown = s));
    await Promise.resolve();
    expect(shown).toBeUndefined();
    setVisibility('visible', false);
    document.dispatchEvent(new Event('prerenderingchange'));
    await waiting;
    expect(shown).toBe(true);
  });

  it('gives up when the content script is stopped before the tab is shown', async () => {
    setVisibility('hidden');
    const stop = new AbortController();
    const waiting = whenFirstShown(stop.signal);
    stop.abort();
    await expect(waiting).resolves.toBe(false);
    // And an already stopped script never waits.
    await expect(whenFirstShown(stop.signal)).resolves.toBe(false);
  });
});
