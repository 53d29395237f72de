import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReadabilityService } from '../../../entrypoints/background/readability';
import { readPageCopy } from '../../../utils/article/readability-pick';
import { NoReceiverError, sendToBackground } from '../../../utils/messages';
import { loadPage } from '../../../scripts/lib/load-page';

const page = loadPage(
  join(import.meta.dirname, '../../fixtures/pages/en-markets-article.html'),
  'https://news.example/markets/1',
);
const request = { html: page.documentElement.outerHTML, url: page.URL };
const { DOMParser } = new JSDOM('').window;

describe('background/readability', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it("runs Readability itself where the background has a DOM (Firefox's page)", async () => {
    vi.stubGlobal('DOMParser', DOMParser);
    const use = vi.fn();
    startReadabilityService({ hasDom: true, offscreen: { use }, askOffscreen: vi.fn() });
    const pick = await sendToBackground('background/readability', request);
    expect(pick).toEqual(readPageCopy(request, new DOMParser()));
    expect(pick?.pick?.kept.length).toBeGreaterThan(0);
    expect(use).not.toHaveBeenCalled();
  });

  it('judges the copy as well when the loader asks, for a verdict without the page’s nodes', async () => {
    vi.stubGlobal('DOMParser', DOMParser);
    startReadabilityService({ hasDom: true, offscreen: { use: vi.fn() }, askOffscreen: vi.fn() });
    const reading = await sendToBackground('background/readability', {
      ...request,
      judgeAt: 'https://news.example/markets/1',
    });
    expect(reading?.verdict).toMatchObject({ isArticle: true, readability: { ran: 'off-thread' } });
    expect(reading?.verdict?.bodyLength).toBeGreaterThan(500);
  });

  it('hands it to the offscreen document from a service worker, made first', async () => {
    const order: string[] = [];
    startReadabilityService({
      hasDom: false,
      offscreen: {
        use: async (work) => {
          order.push('ensure');
          const answer = await work();
          order.push('release');
          return answer;
        },
      },
      askOffscreen: async (type, data) => {
        order.push(type);
        return readPageCopy(data, new DOMParser());
      },
    });
    const pick = await sendToBackground('background/readability', request);
    expect(order).toEqual(['ensure', 'offscreen/readability', 'release']);
    expect(pick?.pick?.runs).toBeGreaterThan(0);
  });

  it('asks once more when the new document does not listen yet', async () => {
    let asked = 0;
    startReadabilityService({
      hasDom: false,
      offscreen: { use: (work) => work() },
      askOffscreen: async () => {
        if (asked++ === 0) throw new NoReceiverError('Receiving end does not exist.');
        return null;
      },
    });
    await expect(sendToBackground('background/readability', request)).resolves.toBeNull();
    expect(asked).toBe(2);
  });

  it("passes the offscreen document's failure to the page, which then runs it itself", async () => {
    startReadabilityService({
      hasDom: false,
      offscreen: { use: () => Promise.reject(new Error('offscreen is not available')) },
      askOffscreen: vi.fn(),
    });
    await expect(sendToBackground('background/readability', request)).rejects.toThrow(
      'offscreen is not available',
    );
  });
});
