import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NoReceiverError, onMessage, sendToBackground } from '../../utils/messages';
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
});
