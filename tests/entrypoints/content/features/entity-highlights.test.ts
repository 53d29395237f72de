// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import entityHighlights from '../../../../entrypoints/content/features/entity-highlights';
import { onMessage } from '../../../../utils/messages';
import type { HighlightStats } from '../../../../utils/page-status';
import { articleIn, moutai, askContent, sleep, testPage } from '../../../support/content-page';

let stop = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  // The background's recognition, answered here.
  onMessage('background/recognize', () => [moutai]);
  document.body.innerHTML = '<article><p>贵州茅台今日发布年度报告。</p></article>';
});
afterEach(() => {
  stop();
  document.body.textContent = '';
});

async function started(siteOn = true) {
  const test = testPage({ siteOn });
  stop = test.stop;
  const changing = vi.fn();
  const drawn: HighlightStats[] = [];
  test.page.events.highlightsChanging.on(changing, test.signal);
  test.page.events.drawn.on((stats) => drawn.push(stats), test.signal);
  await entityHighlights.start(test.page, test.signal);
  return { ...test, changing, drawn };
}

const marks = () => [...document.querySelectorAll('finmark-mark')];
const detect = async (page: Awaited<ReturnType<typeof started>>['page']) => {
  page.events.detected.emit(articleIn(document.querySelector('article')!));
  await sleep(20);
};

describe('entity-highlights', () => {
  it('marks each detected article and reports what it drew', async () => {
    const { page, changing, drawn } = await started();
    await detect(page);
    expect(changing).toHaveBeenCalledTimes(1);
    expect(marks().map((m) => m.getAttribute('data-finmark-value'))).toEqual(['600519.SH']);
    expect(drawn).toMatchObject([{ entities: 1, marks: 1 }]);
    await expect(askContent('content/entities', null)).resolves.toMatchObject({
      entities: [{ value: '600519.SH' }],
      on: true,
    });
  });

  it('lists the entities but draws nothing when the site is switched off', async () => {
    const { page } = await started(false);
    await detect(page);
    expect(marks()).toEqual([]);
    await expect(askContent('content/entities', null)).resolves.toMatchObject({
      entities: [{ value: '600519.SH' }],
      on: false,
    });
  });

  it("follows the popup's switch, closing cards first", async () => {
    const { page, changing } = await started();
    await detect(page);
    changing.mockClear();
    await expect(askContent('content/set-highlights', { on: false })).resolves.toEqual({
      on: false,
      marks: 0,
    });
    expect(changing).toHaveBeenCalledTimes(1);
    expect(marks()).toEqual([]);
    expect(document.querySelector('article')!.textContent).toBe('贵州茅台今日发布年度报告。');
  });

  it('takes every mark off and stops answering when stopped', async () => {
    const { page, stop: end } = await started();
    await detect(page);
    expect(marks()).toHaveLength(1);
    end();
    expect(marks()).toEqual([]);
    await expect(askContent('content/entities', null)).rejects.toThrow();
  });
});
