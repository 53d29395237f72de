import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { deepestCovering, readableRootSteps } from '../../../utils/article/readable-root';
import { runSteps } from '../../../utils/article/steps';

/** The definition: every ancestor of every node gets its weight; the deepest heavy one wins. */
function naiveDeepestCovering(nodes: { node: Node; weight: number }[], share: number) {
  const total = nodes.reduce((sum, n) => sum + n.weight, 0);
  const weights = new Map<Element, number>();
  for (const { node, weight } of nodes) {
    for (let el = node.parentElement; el; el = el.parentElement) {
      weights.set(el, (weights.get(el) ?? 0) + weight);
    }
  }
  const depth = (el: Element) => {
    let d = 0;
    for (let p = el.parentElement; p; p = p.parentElement) d++;
    return d;
  };
  let best: Element | null = null;
  for (const [el, w] of weights) {
    if (w >= total * share && (!best || depth(el) > depth(best))) best = el;
  }
  return total === 0 ? null : best;
}

describe('deepestCovering', () => {
  it('agrees with summing every ancestor on random trees', () => {
    const { document } = new JSDOM('<body></body>').window;
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 200; round++) {
      document.body.replaceChildren();
      const elements: Element[] = [document.body];
      const texts: { node: Node; weight: number }[] = [];
      for (let i = 0; i < 40; i++) {
        const parent = elements[next() % elements.length]!;
        if (next() % 3 === 0) {
          const text = document.createTextNode('x');
          parent.append(text);
          texts.push({ node: text, weight: next() % 4 === 0 ? 0 : next() % 50 });
        } else {
          const el = document.createElement('div');
          parent.append(el);
          elements.push(el);
        }
      }
      for (const share of [0.5, 0.9]) {
        expect(deepestCovering(texts, share)).toBe(naiveDeepestCovering(texts, share));
      }
    }
  });
});

describe('readableRootSteps', () => {
  const LEDE =
    'The statistics office said factory output rose 0.4% in March from February, a little faster than economists had expected, as car plants returned to full shifts.';
  const feed = Array.from(
    { length: 8 },
    (_, i) =>
      `<li><span>Example News · ${i + 1}h ago</span><h4><a href="/s${i}">Story ${i} on what moved markets this week</a></h4>` +
      `<p>${'A summary of another story about shares, bonds, currencies and the outlook for rates. '.repeat(3)}</p></li>`,
  ).join('');
  const page = (description: string) =>
    new JSDOM(`<html><head><title>Factory output rises</title>
      <meta property="og:description" content="${description}"></head><body>
      <main><article><h1>Factory output rises</h1><div class="story"><p>${LEDE}</p></div></article>
      <section id="more"><h2>You may also like</h2><ul class="feed">${feed}</ul></section></main>
      </body></html>`).window.document;

  it('finds a one-paragraph story beside a long feed of teasers by its description', () => {
    const doc = page(LEDE);
    const { root } = runSteps(readableRootSteps(doc));
    expect(root?.textContent).toContain('factory output rose 0.4%');
    expect(root?.textContent).not.toContain('what moved markets');
  });

  it('keeps the pick when the page describes something else', () => {
    const doc = page('Stories from around the markets.');
    const { root } = runSteps(readableRootSteps(doc));
    // Readability's pick is the feed here; without a description to follow it stays.
    expect(root?.closest('.feed, #more')).not.toBeNull();
  });
});
