import { describe, expect, it } from 'vitest';
import {
  createOffscreenDocument,
  type IdleTimers,
  type OffscreenIo,
} from '../../../entrypoints/background/offscreen-document';

/** A fake of Chrome's offscreen API: one document at most, made after a delay. */
function fakeChrome(createError?: Error) {
  let exists = false;
  let created = 0;
  let closed = 0;
  const io: OffscreenIo = {
    exists: async () => exists,
    create: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (createError) throw createError;
      if (exists) throw new Error('Only a single offscreen document may be created.');
      exists = true;
      created++;
    },
    close: async () => {
      if (!exists) throw new Error('No current offscreen document.');
      exists = false;
      closed++;
    },
  };
  return {
    io,
    created: () => created,
    closed: () => closed,
    exists: () => exists,
    forget: () => (exists = false),
  };
}

/** Timers the test fires by hand: `fire()` runs the idle check that is pending, if any. */
function handTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: IdleTimers = {
    set: (run) => {
      pending.set(++next, run);
      return next;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  return {
    timers,
    pending: () => pending.size,
    fire: async () => {
      const runs = [...pending.values()];
      pending.clear();
      runs.forEach((run) => run());
      // Let the close, which is asynchronous, finish.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const noWork = async () => 'done';

describe('the offscreen document', () => {
  it('is made once, on the first request, even when requests race', async () => {
    const chrome = fakeChrome();
    const document = createOffscreenDocument(chrome.io, 1000, handTimers().timers);
    expect(chrome.created()).toBe(0);
    await Promise.all([document.use(noWork), document.use(noWork), document.use(noWork)]);
    await document.use(noWork);
    expect(chrome.created()).toBe(1);
  });

  it('is made again if it was closed', async () => {
    const chrome = fakeChrome();
    const document = createOffscreenDocument(chrome.io, 1000, handTimers().timers);
    await document.use(noWork);
    chrome.forget();
    await expect(document.use(noWork)).resolves.toBe('done');
    expect(chrome.created()).toBe(2);
  });

  it('takes "only a single offscreen document" as made by another call', async () => {
    const document = createOffscreenDocument(
      {
        exists: async () => false,
        create: () => Promise.reject(new Error('Only a single offscreen document may be created.')),
        close: async () => {},
      },
      1000,
      handTimers().timers,
    );
    await expect(document.use(noWork)).resolves.toBe('done');
  });

  it('passes other failures on, and tries again on the next request', async () => {
    let fail = true;
    const document = createOffscreenDocument(
      {
        exists: async () => false,
        create: async () => {
          if (fail) throw new Error('offscreen is not available');
        },
        close: async () => {},
      },
      1000,
      handTimers().timers,
    );
    await expect(document.use(noWork)).rejects.toThrow('offscreen is not available');
    fail = false;
    await expect(document.use(noWork)).resolves.toBe('done');
  });

  it('is closed once no work has run for the idle time, and made anew for the next', async () => {
    const chrome = fakeChrome();
    const clock = handTimers();
    const document = createOffscreenDocument(chrome.io, 20_000, clock.timers);
    await document.use(noWork);
    expect(chrome.exists()).toBe(true);
    await clock.fire();
    expect(chrome.exists()).toBe(false);
    expect(chrome.closed()).toBe(1);
    await document.use(noWork);
    expect(chrome.created()).toBe(2);
  });

  it('is not closed while work runs, and the idle time starts again when it ends', async () => {
    const chrome = fakeChrome();
    const clock = handTimers();
    const document = createOffscreenDocument(chrome.io, 20_000, clock.timers);
    let finish = () => {};
    const slow = document.use(
      () => new Promise<string>((resolve) => (finish = () => resolve('slow'))),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Work under way: no idle check is even pending.
    expect(clock.pending()).toBe(0);
    await clock.fire();
    expect(chrome.exists()).toBe(true);
    finish();
    await expect(slow).resolves.toBe('slow');
    expect(clock.pending()).toBe(1);
    await clock.fire();
    expect(chrome.closed()).toBe(1);
  });

  it('closes a document that a stopped service worker left behind', async () => {
    const chrome = fakeChrome();
    const clock = handTimers();
    await createOffscreenDocument(chrome.io, 20_000, clock.timers).use(noWork);
    // The worker stops before its idle check; its successor starts with a clock of its own.
    const successor = handTimers();
    createOffscreenDocument(chrome.io, 20_000, successor.timers);
    await successor.fire();
    expect(chrome.exists()).toBe(false);
  });

  it('a request during a close waits for it, then gets a new document', async () => {
    const chrome = fakeChrome();
    const clock = handTimers();
    const document = createOffscreenDocument(chrome.io, 20_000, clock.timers);
    await document.use(noWork);
    const firing = clock.fire();
    const during = document.use(async () => chrome.exists());
    await firing;
    await expect(during).resolves.toBe(true);
    expect(chrome.created()).toBe(2);
  });

  it('takes a close that finds no document as done', async () => {
    const chrome = fakeChrome();
    const clock = handTimers();
    const document = createOffscreenDocument(
      { ...chrome.io, exists: async () => true },
      20_000,
      clock.timers,
    );
    await clock.fire();
    expect(chrome.closed()).toBe(0);
    await expect(document.use(noWork)).resolves.toBe('done');
  });
});
