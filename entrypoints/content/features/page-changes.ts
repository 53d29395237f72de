import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Content that arrives after load (an article inserted by script, a feed that grows)
 * is noticed by one MutationObserver, debounced: work runs once the page has been
 * quiet for `quietMs`, or at the latest `maxWaitMs` after the first change, never
 * more often than every `minGapMs`, and at most `maxRuns` times per address, so an
 * endless feed costs bounded time. FinMark's own DOM writes go through `quietly`,
 * which drops the records they caused: our marks never trigger work.
 */
/** Runs `write` (our own DOM change) without it counting as a page change. */
export type Quietly = <T>(write: () => T) => T;

export interface PageChanges {
  readonly quietly: Quietly;
  /** Runs left for this address (for tests and logs). */
  readonly runsLeft: number;
}

export interface PageChangeOptions {
  quietMs?: number;
  maxWaitMs?: number;
  minGapMs?: number;
  maxRuns?: number;
}

export function watchPageChanges(
  ctx: ContentScriptContext,
  onSettled: () => void,
  { quietMs = 700, maxWaitMs = 3000, minGapMs = 2000, maxRuns = 20 }: PageChangeOptions = {},
): PageChanges {
  let url = location.href;
  let runs = 0;
  let lastRun = -Infinity;
  let firstChange: number | null = null;
  let timer: number | null = null;

  const run = () => {
    timer = null;
    firstChange = null;
    if (!ctx.isValid) return;
    if (location.href !== url) {
      url = location.href; // a new address gets a fresh allowance
      runs = 0;
    }
    if (runs >= maxRuns) return;
    runs++;
    lastRun = performance.now();
    onSettled();
  };

  const schedule = () => {
    const now = performance.now();
    firstChange ??= now;
    if (timer !== null) clearTimeout(timer);
    const due = Math.max(Math.min(now + quietMs, firstChange + maxWaitMs), lastRun + minGapMs);
    timer = ctx.setTimeout(run, due - now);
  };

  const observer = new MutationObserver((records) => {
    if (records.some(isPageWork)) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  });

  return {
    quietly(write) {
      const result = write();
      observer.takeRecords(); // the records our own write caused
      return result;
    },
    get runsLeft() {
      return Math.max(0, maxRuns - runs);
    },
  };
}

/** Changes that can matter for an article: text or elements, outside <head>. */
function isPageWork(record: MutationRecord): boolean {
  const target = record.target;
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!el || el.closest('head, script, style, finmark-card')) return false;
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) if (node.nodeType === 1 || node.nodeType === 3) return true;
  return record.removedNodes.length > 0;
}
