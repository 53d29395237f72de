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

/** A paragraph of article-like prose (well over the 80 letters that make a change). */
function paragraph(tag = 'p'): HTMLElement {
  const p = document.createElement(tag);
  p.textContent =
    'The central bank left its benchmark rate unchanged on Thursday, and said further easing would depend on the data.';
  return p;
}

afterEach(() => {
  invalidations.splice(0).forEach((fn) => fn());
  document.body.textContent = '';
});

describe('watchPageChanges', () => {
  it('runs once after a burst of page changes has settled', async () => {
    let runs = 0;
    watchPageChanges(ctx, () => runs++, FAST);
    for (let i = 0; i < 5; i++) document.body.append(paragraph());
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
    const feed = setInterval(() => document.body.append(paragraph('li')), 5);
    await sleep(600);
    clearInterval(feed);
    // At most every minGapMs, and never more than maxRuns for one address.
    expect(runs).toBe(3);
    expect(changes.runsLeft).toBe(0);
  });

  it('lets a ticking clock, a price strip and empty ad slots pass', async () => {
    let runs = 0;
    watchPageChanges(ctx, () => runs++, FAST);
    const clock = document.createElement('span');
    clock.textContent = '09:30:00';
    const price = document.createElement('span');
    price.textContent = 'AAPL 182.31 +0.52%';
    document.body.append(clock, price);
    await sleep(120);
    runs = 0;
    for (let i = 0; i < 20; i++) {
      clock.firstChild!.nodeValue = `09:30:${String(i).padStart(2, '0')}`;
      price.firstChild!.nodeValue = `${(182 + i / 100).toFixed(2)} +0.${i}%`;
      document.body.append(document.createElement('div'));
      await sleep(10);
    }
    await sleep(120);
    expect(runs).toBe(0);
  });

  it('does not add up small changes spread over time', async () => {
    let runs = 0;
    watchPageChanges(ctx, () => runs++, FAST);
    for (let i = 0; i < 4; i++) {
      const note = document.createElement('span');
      note.textContent = 'Updated a minute ago, refresh'; // 24 letters
      document.body.append(note);
      await sleep(100); // longer than maxWaitMs
    }
    expect(runs).toBe(0);
  });

  it('counts a Chinese character as three letters, and a removed paragraph as a change', async () => {
    let runs = 0;
    watchPageChanges(ctx, () => runs++, FAST);
    const p = document.createElement('p');
    p.textContent = '国务院常务会议研究部署进一步稳定外贸的政策措施'; // 23 characters, 69 letters
    document.body.append(p);
    await sleep(40); // within maxWaitMs: the two add up
    expect(runs).toBe(0);
    const more = document.createElement('p');
    more.textContent = '会议指出'; // 12 more: 81
    document.body.append(more);
    await sleep(120);
    expect(runs).toBe(1);
    document.body.textContent = '';
    await sleep(120);
    expect(runs).toBe(2);
  });
});
