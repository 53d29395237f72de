import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type {
  CopyReading,
  ReadabilityPick,
  ReadabilityRequest,
} from '../../utils/article/readability-pick';
import {
  answerHere,
  NoReceiverError,
  onEnvelope,
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

  it('answers a message here with the handler registered for its type, as the runtime would', async () => {
    const removers = [
      onMessage('content/reveal', ({ start }) => start === 7),
      onMessage('content/clip-places', () => {
        throw new Error('no body to place in');
      }),
    ];
    const sender = {};
    await expect(
      answerHere({ finmark: 1, type: 'content/reveal', data: { start: 7 } }, sender),
    ).resolves.toEqual({ ok: true, value: true });
    await expect(
      answerHere({ finmark: 1, type: 'content/clip-places', data: null }, sender),
    ).resolves.toEqual({ ok: false, error: 'no body to place in' });
    // Not ours, or no handler for it here: no answer.
    expect(answerHere({ type: 'content/reveal', data: { start: 7 } }, sender)).toBeUndefined();
    expect(
      answerHere({ finmark: 1, type: 'content/entities', data: null }, sender),
    ).toBeUndefined();
    for (const remove of removers) remove();
    expect(
      answerHere({ finmark: 1, type: 'content/reveal', data: { start: 7 } }, sender),
    ).toBeUndefined();
  });

  it('hears every FinMark message with onEnvelope and leaves the ones it declines', async () => {
    const heard: string[] = [];
    const remove = onEnvelope((message) => {
      heard.push(message.type);
      return message.type === 'background/tab-status'
        ? Promise.resolve({ ok: true, value: null })
        : undefined;
    });
    await expect(sendToBackground('background/tab-status', { tabId: 3 })).resolves.toBeNull();
    await expect(sendToBackground('background/report-status', status)).rejects.toThrow(
      NoReceiverError,
    );
    remove();
    await expect(sendToBackground('background/tab-status', { tabId: 3 })).rejects.toThrow(
      NoReceiverError,
    );
    expect(heard).toEqual(['background/tab-status', 'background/report-status']);
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
    const body = {
      length: 130,
      linkLength: 0,
      paragraphs: 2,
      cjkShare: 0,
      rawLength: 130,
      listLength: 0,
      teasers: 0,
    };
    const reading: CopyReading = { page: { elements: 4, body }, pick };
    const seen: ReadabilityRequest[] = [];
    onMessage('offscreen/readability', (request) => {
      seen.push(request);
      return reading;
    });
    const request = { html: '<html><body><p>x</p></body></html>', url: 'https://a.example/' };
    await expect(sendToOffscreen('offscreen/readability', request)).resolves.toEqual(reading);
    expect(seen).toEqual([request]);
  });

  it('types Readability off the main thread: page → background → offscreen document', () => {
    expectTypeOf<To<'offscreen'>>().toEqualTypeOf<'offscreen/readability'>();
    expectTypeOf<Data<'background/readability'>>().toEqualTypeOf<ReadabilityRequest>();
    expectTypeOf<Value<'background/readability'>>().toEqualTypeOf<CopyReading | null>();
    expectTypeOf<Value<'offscreen/readability'>>().toEqualTypeOf<Value<'background/readability'>>();
  });
});
