import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CJK_WEIGHT, isCjkCode } from '../../../utils/article/text';

/**
 * Content that arrives after load (an article inserted by script, a feed that grows)
 * is noticed by one MutationObserver, debounced: work runs once the page has been
 * quiet for `quietMs`, or at the latest `maxWaitMs` after the first change, never
 * more often than every `minGapMs`, and at most `maxRuns` times per address, so an
 * endless feed costs bounded time. A change counts only once it brings or takes away
 * at least `minLetters` letters of text within `maxWaitMs`: a ticking clock, a price
 * strip or an empty ad slot (finance pages are full of them) never makes FinMark
 * serialise and detect the page again. FinMark's own DOM writes go through
 * `quietly`, which drops the records they caused: our marks never trigger work.
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
  minLetters?: number;
  /** Stops watching when it aborts (the loader's watch ends once the rest of FinMark runs). */
  signal?: AbortSignal;
}

export function watchPageChanges(
  ctx: ContentScriptContext,
  onSettled: () => void,
  {
    quietMs = 700,
    maxWaitMs = 3000,
    minGapMs = 2000,
    maxRuns = 20,
    minLetters = 80,
    signal,
  }: PageChangeOptions = {},
): PageChanges {
  let url = location.href;
  let runs = 0;
  let lastRun = -Infinity;
  let firstChange: number | null = null;
  let timer: number | null = null;
  // Letters changed since `lettersSince`, counted only up to `minLetters`.
  let letters = 0;
  let lettersSince = 0;

  const run = () => {
    timer = null;
    firstChange = null;
    letters = 0;
    if (!ctx.isValid || signal?.aborted) return;
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
    if (timer !== null) {
      // Already counted as a change: more of the burst only moves the run.
      if (records.some((record) => changedLetters(record, 1) > 0)) schedule();
      return;
    }
    const now = performance.now();
    if (now - lettersSince > maxWaitMs) {
      letters = 0; // small changes spread over time never add up to a change
      lettersSince = now;
    }
    for (const record of records) {
      letters += changedLetters(record, minLetters - letters);
      if (letters >= minLetters) {
        schedule();
        return;
      }
    }
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();

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

/**
 * The letters of text a record brings or takes away, outside <head>, scripts, styles
 * and our cards, counted up to `enough` (a big subtree is not read to its end). A
 * Chinese character weighs three, as in the article measures.
 */
function changedLetters(record: MutationRecord, enough: number): number {
  const target = record.target;
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!el || el.closest('head, script, style, finmark-card')) return 0;
  if (record.type === 'characterData') return countLetters(target.nodeValue ?? '', enough);
  let sum = 0;
  for (const nodes of [record.addedNodes, record.removedNodes]) {
    for (const node of nodes) {
      if (sum >= enough) return sum;
      if (node.nodeType !== 1 && node.nodeType !== 3) continue;
      if (node.nodeType === 1 && (node as Element).matches('script, style')) continue;
      sum += countLetters(node.textContent ?? '', enough - sum);
    }
  }
  return sum;
}

/** Letters in `text`, CJK weighted, counted up to `enough`: digits, signs and spaces are not. */
function countLetters(text: string, enough: number): number {
  let sum = 0;
  for (let i = 0; i < text.length && sum < enough; i++) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) sum += CJK_WEIGHT;
    else if (((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && !isSignCode(c))) sum += 1;
  }
  return sum;
}

/** General punctuation, arrows and symbols, CJK punctuation and full-width signs. */
function isSignCode(c: number): boolean {
  return (
    (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff20)
  );
}
