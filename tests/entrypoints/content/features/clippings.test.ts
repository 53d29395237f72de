// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example.com/a/1" }
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import clippingsFeature from '../../../../entrypoints/content/features/clippings';
import { storeClippings } from '../../../../utils/storage';
import { askContent, clippingOf, sleep, testPage } from '../../../support/content-page';

const TEXT = '国务院印发指导意见，到2025年数字政府顶层设计更加完善。';

let stop = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = `<p>${TEXT}</p>`;
});
afterEach(() => {
  stop();
  document.body.textContent = '';
});

async function started() {
  const test = testPage();
  stop = test.stop;
  await clippingsFeature.start(test.page, test.signal);
  return test;
}

const drawn = () =>
  [...document.querySelectorAll('finmark-clip')].map((c) => [
    c.getAttribute('data-finmark-clip'),
    c.textContent,
  ]);

describe('clippings', () => {
  it("draws the page's stored clippings and says where they are", async () => {
    await storeClippings([clippingOf(TEXT, '数字政府', 'c1')]);
    await started();
    expect(drawn()).toEqual([['c1', '数字政府']]);
    await expect(askContent('content/clip-places', null)).resolves.toEqual({
      url: 'https://news.example.com/a/1',
      placed: ['c1'],
      notFound: [],
    });
  });

  it('draws a clipping added to the library while the page is open', async () => {
    await started();
    expect(drawn()).toEqual([]);
    await storeClippings([clippingOf(TEXT, '指导意见', 'c2')]);
    await sleep(10);
    expect(drawn()).toEqual([['c2', '指导意见']]);
  });

  it('places a clipping once the late content it quotes has settled', async () => {
    const late = '新华社北京6月14日电。';
    await storeClippings([clippingOf(late + TEXT, '新华社北京', 'c3')]);
    const { page } = await started();
    await expect(askContent('content/clip-places', null)).resolves.toMatchObject({
      notFound: ['c3'],
    });
    document.body.insertAdjacentHTML('afterbegin', `<p>${late}</p>`);
    page.events.settled.emit();
    expect(drawn()).toEqual([['c3', '新华社北京']]);
  });

  it('takes the clippings off the page and stops answering when stopped', async () => {
    await storeClippings([clippingOf(TEXT, '数字政府', 'c1')]);
    const { stop: end } = await started();
    end();
    expect(drawn()).toEqual([]);
    expect(document.body.innerHTML).toBe(`<p>${TEXT}</p>`);
    await expect(askContent('content/clip-places', null)).rejects.toThrow();
  });
});
