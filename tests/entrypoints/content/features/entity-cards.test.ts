// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import entityCards from '../../../../entrypoints/content/features/entity-cards';
import { onMessage } from '../../../../utils/messages';
import { localeMessages } from '../../../support/i18n-mock';
import { articleIn, moutai, sleep, testPage } from '../../../support/content-page';

let stop = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages('en'));
  onMessage('background/recognize', () => [moutai]);
  document.body.innerHTML = '<article><p>贵州茅台今日发布年度报告。</p></article>';
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  document.body.textContent = '';
});

/** The cards feature on a page whose article has one mark drawn. */
async function withMark() {
  const test = testPage();
  stop = test.stop;
  await entityCards.start(test.page, test.signal);
  await test.page.highlights.show(articleIn(document.querySelector('article')!));
  const mark = document.querySelector('finmark-mark')!;
  expect(mark).not.toBeNull();
  return { ...test, mark };
}

const card = () => document.querySelector('finmark-card');
const focus = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));

describe('entity-cards', () => {
  it("opens a mark's card on keyboard focus and closes it on Escape", async () => {
    const { mark } = await withMark();
    focus(mark);
    expect(card()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card()).toBeNull();
  });

  it('opens a card on hover, after a short delay', async () => {
    const { mark } = await withMark();
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(card()).toBeNull();
    await sleep(200);
    expect(card()).not.toBeNull();
  });

  it('closes the card when the marks change under it', async () => {
    const { page, signal, mark } = await withMark();
    focus(mark);
    page.events.highlightsChanging.emit();
    expect(card()).toBeNull();
    expect(signal.aborted).toBe(false);
  });

  it('closes the card and stops listening when stopped', async () => {
    const { mark, stop: end } = await withMark();
    focus(mark);
    end();
    expect(card()).toBeNull();
    focus(mark);
    expect(card()).toBeNull();
  });
});
