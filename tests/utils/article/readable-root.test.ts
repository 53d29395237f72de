import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { deepestCovering } from '../../../utils/article/readable-root';

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
