// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example.com/a/1" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import clipToolbar from '../../../../entrypoints/content/features/clip-toolbar';
import type { Clipping, ClippingDraft } from '../../../../utils/clips/clipping';
import { onMessage } from '../../../../utils/messages';
import { DEFAULT_PREFERENCES } from '../../../../utils/storage';
import { localeMessages } from '../../../support/i18n-mock';
import { askContent, clippingOf, sleep, testPage } from '../../../support/content-page';

const TEXT = '国务院印发指导意见，到2025年数字政府顶层设计更加完善。';

let stop = () => {};
let drafts: ClippingDraft[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages('en'));
  document.body.innerHTML = `<p>${TEXT}</p>`;
  drafts = [];
  // The background's single writer, answered here.
  onMessage('background/clip-add', (draft) => {
    drafts.push(draft);
    return { ...clippingOf(TEXT, draft.quote, `c${drafts.length}`), colour: draft.colour };
  });
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  document.body.textContent = '';
});

async function started() {
  const test = testPage({ preferences: { ...DEFAULT_PREFERENCES, clipColour: 'green' } });
  stop = test.stop;
  const clipped: [Clipping, boolean][] = [];
  test.page.events.clipped.on(
    (clipping, withNote) => clipped.push([clipping, withNote]),
    test.signal,
  );
  await clipToolbar.start(test.page, test.signal);
  return { ...test, clipped };
}

/** Selects `quote` in the page's paragraph. */
function select(quote: string) {
  const text = document.querySelector('p')!.firstChild!;
  const start = TEXT.indexOf(quote);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + quote.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

const toolbar = () => document.querySelector('finmark-toolbar')?.shadowRoot ?? null;

describe('clip-toolbar', () => {
  it("clips the selection on the menu's or shortcut's message, in the reader's colour", async () => {
    const { clipped } = await started();
    select('数字政府');
    const clipping = await askContent('content/clip-selection', { withNote: true });
    expect(drafts).toMatchObject([{ quote: '数字政府', colour: 'green' }]);
    expect(clipped).toEqual([[clipping, true]]);
  });

  it('shows the toolbar over a finished selection, and clips from it', async () => {
    const { clipped } = await started();
    select('指导意见');
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await sleep(10);
    const clip = toolbar()?.querySelector<HTMLButtonElement>('button.clip');
    expect(clip).toBeTruthy();
    clip!.click();
    await sleep(10);
    expect(drafts).toMatchObject([{ quote: '指导意见', colour: 'green' }]);
    expect(clipped.map(([c, withNote]) => [c.quote, withNote])).toEqual([['指导意见', false]]);
  });

  it('stops showing the toolbar and answering when stopped', async () => {
    const { stop: end } = await started();
    end();
    select('指导意见');
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await sleep(10);
    expect(toolbar()).toBeNull();
    await expect(askContent('content/clip-selection', {})).rejects.toThrow();
  });
});
