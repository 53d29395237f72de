import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReadabilityPick, ReadabilityRequest } from '../../utils/article/readability-pick';
import {
  NoReceiverError,
  onMessage,
  sendToBackground,
  sendToOffscreen,
  type Data,
  type To,
  type Value,
} from '../../utils/messages';
import type { PageStatus } from '../../utils/page-status';

const status: PageStatus = { kind: 'unsupported', reason: 'pdf', url: 'https://x.test/a.pdf' };

describe('typed messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a message to its handler and returns the typed reply', async () => {
    const seen: PageStatus[] = [];
    onMessage('background/report-status', (data) => {
      seen.push(data);
      return null;
    });
    await expect(sendToBackground('background/report-status', status)).resolves.toBeNull();
    expect(seen).toEqual([status]);
  });

  it("turns the handler's failure into an Error with its message", async () => {
    onMessage('background/tab-status', () => {
      throw new Error('storage is unavailable');
    });
    await expect(sendToBackground('background/tab-status', { tabId: 1 })).rejects.toThrow(
      'storage is unavailable',
    );
  });

  it('leaves other message types to other listeners', async () => {
    onMessage('background/tab-status', () => null);
    onMessage('background/report-status', () => null);
    await expect(sendToBackground('background/tab-status', { tabId: 3 })).resolves.toBeNull();
  });

  it('says so when nobody listens', async () => {
    await expect(sendToBackground('background/tab-status', { tabId: 1 })).rejects.toBeInstanceOf(
      NoReceiverError,
    );
  });

  it('stops handling after the returned function is called', async () => {
    const stop = onMessage('background/tab-status', () => null);
    stop();
    await expect(sendToBackground('background/tab-status', { tabId: 1 })).rejects.toBeInstanceOf(
      NoReceiverError,
    );
  });

  it('reaches the offscreen document from the background, typed like any other', async () => {
    const pick: ReadabilityPick = {
      runs: 3,
      kept: [1, 2],
      hashes: [7, 8],
      textLength: 120,
      title: 'Markets',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
    };
    const seen: ReadabilityRequest[] = [];
    onMessage('offscreen/readability', (request) => {
      seen.push(request);
      return pick;
    });
    const request = { html: '<html><body><p>x</p></body></html>', url: 'https://a.example/' };
    await expect(sendToOffscreen('offscreen/readability', request)).resolves.toEqual(pick);
    expect(seen).toEqual([request]);
  });

  it('types Readability off the main thread: page → background → offscreen document', () => {
    expectTypeOf<To<'offscreen'>>().toEqualTypeOf<'offscreen/readability'>();
    expectTypeOf<Data<'background/readability'>>().toEqualTypeOf<ReadabilityRequest>();
    expectTypeOf<Value<'background/readability'>>().toEqualTypeOf<ReadabilityPick | null>();
    expectTypeOf<Value<'offscreen/readability'>>().toEqualTypeOf<Value<'background/readability'>>();
  });
});
