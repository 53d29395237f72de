// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPageChanges } from '../../../../entrypoints/content/features/page-changes';

const invalidations: (() => void)[] = [];
const ctx = {
  isValid: true,
  setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
  onInvalidated: (fn: () => void) => invalidations.push(fn),
} as unknown as ContentScriptContext;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FAST = { quietMs: 20, maxWaitMs: 80, minGapMs: 40, maxRuns: 3 };

afterEach(() => {
  invalidations.splice(0).forEach((fn) => fn());
  document.body.textContent = '';
});

describe('watchPageChanges', () => {
  it('runs once after a burst of page changes has settled', async () => {
    let runs = 0;
    watchPageChanges(ctx, () => runs++, FAST);
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await sleep(10);
    expect(runs).toBe(0);
    await sleep(80);
    expect(runs).toBe(1);
  });

  it('does not count its own writes', async () => {
    let runs = 0;
    const changes = watchPageChanges(ctx, () => runs++, FAST);
    changes.quietly(() => document.body.append(document.createElement('finmark-mark')));
    await sleep(120);
    expect(runs).toBe(0);
  });

  it('bounds the work an endless feed can cause', async () => {
    let runs = 0;
    const changes = watchPageChanges(ctx, () => runs++, FAST);
    const feed = setInterval(() => document.body.append(document.createElement('li')), 5);
    await sleep(600);
    clearInterval(feed);
    // At most every minGapMs, and never more than maxRuns for one address.
    expect(runs).toBe(3);
    expect(changes.runsLeft).toBe(0);
  });
});
