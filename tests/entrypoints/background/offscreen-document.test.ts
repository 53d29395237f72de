import { describe, expect, it } from 'vitest';
import {
  createOffscreenDocument,
  type OffscreenIo,
} from '../../../entrypoints/background/offscreen-document';

/** A fake of Chrome's offscreen API: one document at most, made after a delay. */
function fakeChrome(createError?: Error) {
  let exists = false;
  let created = 0;
  const io: OffscreenIo = {
    exists: async () => exists,
    create: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (createError) throw createError;
      if (exists) throw new Error('Only a single offscreen document may be created.');
      exists = true;
      created++;
    },
  };
  return { io, created: () => created, forget: () => (exists = false) };
}

describe('the offscreen document', () => {
  it('is made once, on the first request, even when requests race', async () => {
    const chrome = fakeChrome();
    const ensure = createOffscreenDocument(chrome.io);
    expect(chrome.created()).toBe(0);
    await Promise.all([ensure(), ensure(), ensure()]);
    await ensure();
    expect(chrome.created()).toBe(1);
  });

  it('is made again if it was closed', async () => {
    const chrome = fakeChrome();
    const ensure = createOffscreenDocument(chrome.io);
    await ensure();
    chrome.forget();
    await ensure();
    expect(chrome.created()).toBe(2);
  });

  it('takes "only a single offscreen document" as made by another call', async () => {
    const ensure = createOffscreenDocument({
      exists: async () => false,
      create: () => Promise.reject(new Error('Only a single offscreen document may be created.')),
    });
    await expect(ensure()).resolves.toBeUndefined();
  });

  it('passes other failures on, and tries again on the next request', async () => {
    let fail = true;
    const ensure = createOffscreenDocument({
      exists: async () => false,
      create: async () => {
        if (fail) throw new Error('offscreen is not available');
      },
    });
    await expect(ensure()).rejects.toThrow('offscreen is not available');
    fail = false;
    await expect(ensure()).resolves.toBeUndefined();
  });
});
