// A sampled CPU profile of a tab's main thread, over a span the bench chooses (issue 14).
// The profile is of the tab's renderer: the page's own scripts and every content script,
// which runs there in an isolated world of the same V8 isolate, so one profile holds
// both and profile-attribution.ts tells them apart by script URL.
import type { BrowserContext, Page } from 'playwright-core';
import { attributeProfile, type CpuProfile } from './profile-attribution';

/** 100 µs: fine enough for a content script whose steps take a few milliseconds. */
const SAMPLING_INTERVAL_US = 100;

export interface PageProfiler {
  /**
   * Starts sampling; call before navigating, so the scripts' evaluation is seen. A
   * profile still running (a page given up on before it settled) is dropped first.
   */
  start(): Promise<void>;
  /** Stops sampling and returns what was taken since `start`. */
  stop(): Promise<CpuProfile>;
  detach(): Promise<void>;
}

export async function pageProfiler(context: BrowserContext, page: Page): Promise<PageProfiler> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  // The interval can only change while no profile is being taken: set it once, here.
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  let running = false;
  const stop = async () => {
    running = false;
    return (await cdp.send('Profiler.stop')).profile;
  };
  return {
    async start() {
      if (running) await stop();
      await cdp.send('Profiler.start');
      running = true;
    },
    stop,
    async detach() {
      await cdp.detach();
    },
  };
}

/** The extension's share of a tab's main thread over a profile. */
export interface ExtensionCpu {
  /** Milliseconds in the extension's own scripts, builtins they called included. */
  ms: number;
  /**
   * Milliseconds in Chromium's extension bindings (scripts named `extensions::…`), which
   * run when an extension's isolated world is set up in the page. Not in `ms`: they are
   * Chromium's code, but no page without a content script pays them.
   */
  bindingsMs: number;
  /** Milliseconds of every busy sample: the page's scripts, parsing, layout, GC, ours. */
  busyMs: number;
  /** The extension's milliseconds per script, by path (`content-scripts/content.js`). */
  byScript: Record<string, number>;
}

/** Sums a profile for the extension whose id is `extensionId` (the service worker's host). */
export function extensionCpu(profile: CpuProfile, extensionId: string): ExtensionCpu {
  const origin = `chrome-extension://${extensionId}/`;
  const { ms, byUrl, busyMs } = attributeProfile(profile, (url) => url.startsWith(origin));
  const byScript: Record<string, number> = {};
  let bindingsMs = 0;
  for (const [url, urlMs] of byUrl) {
    if (url.startsWith(origin)) byScript[url.slice(origin.length)] = urlMs;
    if (url.startsWith('extensions::')) bindingsMs += urlMs;
  }
  return { ms, bindingsMs, busyMs, byScript };
}
