// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import pressThroughMarks from '../../../../entrypoints/content/features/press-through-marks';
import { testPage } from '../../../support/content-page';

let stop = () => {};
afterEach(() => {
  stop();
  document.body.textContent = '';
});

function markedParagraph() {
  document.body.innerHTML =
    '<p>买入<finmark-clip tabindex="0"><finmark-mark tabindex="0">比亚迪</finmark-mark>股票</finmark-clip></p>';
  return {
    mark: document.querySelector('finmark-mark')!,
    clip: document.querySelector('finmark-clip')!,
  };
}

const press = (el: Element, button = 0) =>
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button }));
const release = () => window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));

describe('press-through-marks', () => {
  it('takes focusability off the pressed mark and its clipping until release', async () => {
    const test = testPage();
    stop = test.stop;
    await pressThroughMarks.start(test.page, test.signal);
    const { mark, clip } = markedParagraph();
    press(mark);
    expect(mark.hasAttribute('tabindex')).toBe(false);
    expect(clip.hasAttribute('tabindex')).toBe(false);
    release();
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(clip.getAttribute('tabindex')).toBe('0');
  });

  it('leaves other buttons alone, and everything once stopped', async () => {
    const test = testPage();
    stop = test.stop;
    await pressThroughMarks.start(test.page, test.signal);
    const { mark } = markedParagraph();
    press(mark, 2);
    expect(mark.getAttribute('tabindex')).toBe('0');
    test.stop();
    press(mark);
    expect(mark.getAttribute('tabindex')).toBe('0');
  });
});
