import { browser } from 'wxt/browser';

/**
 * The offscreen document (Chrome) where Readability runs: a service worker has no
 * DOM to parse a page into. It is made on the first request and kept while requests
 * keep coming; once none has run for `idleMs` it is closed, so a reader who stops
 * reading does not keep a whole extra document (tens of MB) alive. Chrome allows one
 * per extension, so requests that arrive while it is being made wait for that making,
 * and a "single offscreen document" error means another call made it first.
 */
export interface OffscreenIo {
  /** Whether the document exists (a service worker restart forgets our own note of it). */
  exists(): Promise<boolean>;
  create(): Promise<void>;
  close(): Promise<void>;
}

export interface OffscreenDocument {
  /** Runs `work` with the document made; the idle clock starts when the last work ends. */
  use<T>(work: () => Promise<T>): Promise<T>;
}

export const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Below the 30 s after which Chrome stops an idle service worker: the timer must fire
 * while the worker still runs. A document left by a stopped worker is closed by the
 * next worker's first idle check (the timer starts with the worker too).
 */
export const OFFSCREEN_IDLE_MS = 20_000;

export interface IdleTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: IdleTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createOffscreenDocument(
  io: OffscreenIo = chromeOffscreen(),
  idleMs = OFFSCREEN_IDLE_MS,
  timers: IdleTimers = realTimers,
): OffscreenDocument {
  let making: Promise<void> | null = null;
  let closing: Promise<void> | null = null;
  let busy = 0;
  let idleTimer: unknown;

  const make = async () => {
    if (await io.exists()) return;
    try {
      await io.create();
    } catch (error) {
      if (!/single offscreen document|only one offscreen/i.test(String(error))) throw error;
    }
  };
  const ensure = async () => {
    // A close already under way finishes first; the document is then made anew.
    if (closing) await closing;
    making ??= make().finally(() => (making = null));
    return making;
  };
  const closeIfIdle = () => {
    idleTimer = undefined;
    if (busy > 0 || closing) return;
    closing = (async () => {
      try {
        if (await io.exists()) await io.close();
      } catch {
        // Already gone (closed elsewhere, or the browser is shutting down): nothing to free.
      }
    })().finally(() => (closing = null));
  };
  const startIdleClock = () => {
    if (idleTimer !== undefined) timers.clear(idleTimer);
    idleTimer = timers.set(closeIfIdle, idleMs);
  };
  startIdleClock();

  return {
    async use(work) {
      if (idleTimer !== undefined) timers.clear(idleTimer);
      idleTimer = undefined;
      busy++;
      try {
        await ensure();
        return await work();
      } finally {
        if (--busy === 0) startIdleClock();
      }
    },
  };
}

function chromeOffscreen(): OffscreenIo {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  return {
    exists: async () => {
      const contexts = await browser.runtime.getContexts({
        contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
        documentUrls: [url],
      });
      return contexts.length > 0;
    },
    create: () =>
      browser.offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: [browser.offscreen.Reason.DOM_PARSER],
        justification: "Finds an article's body with Readability, off the page's main thread.",
      }),
    close: () => browser.offscreen.closeDocument(),
  };
}
