// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example.com/a/1" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import clipNote from '../../../../entrypoints/content/features/clip-note';
import clippings from '../../../../entrypoints/content/features/clippings';
import { storeClippings } from '../../../../utils/storage';
import { localeMessages } from '../../../support/i18n-mock';
import { clippingOf, testPage } from '../../../support/content-page';

const TEXT = '国务院印发指导意见，到2025年数字政府顶层设计更加完善。';

let stop = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages('en'));
  document.body.innerHTML = `<p>${TEXT}</p>`;
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  document.body.textContent = '';
});

/** The note feature over a page with one drawn clipping carrying a note. */
async function started() {
  const stored = clippingOf(TEXT, '数字政府', 'c1', 'Watch the 2025 target.');
  await storeClippings([stored]);
  const test = testPage();
  stop = test.stop;
  await clippings.start(test.page, test.signal);
  await clipNote.start(test.page, test.signal);
  return { ...test, stored, clip: document.querySelector('finmark-clip')! };
}

const note = () => document.querySelector('finmark-clip-note')?.shadowRoot ?? null;

describe('clip-note', () => {
  it("opens a clipping's note when the clipping is clicked", async () => {
    const { clip } = await started();
    (clip as HTMLElement).click();
    expect(note()?.querySelector('.quote')?.textContent).toBe('数字政府');
    expect(note()?.querySelector('textarea')?.value).toBe('Watch the 2025 target.');
  });

  it('opens the note of a clipping just made "with note", and only then', async () => {
    const { page, stored } = await started();
    page.events.clipped.emit(stored, false);
    expect(note()).toBeNull();
    page.events.clipped.emit(stored, true);
    expect(note()?.querySelector('textarea')).not.toBeNull();
  });

  it('closes the note and stops listening when stopped', async () => {
    const { clip, stop: end } = await started();
    (clip as HTMLElement).click();
    end();
    expect(note()).toBeNull();
    (clip as HTMLElement).click();
    expect(note()).toBeNull();
  });
});
