import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../utils/article/text-map';
import { anchorQuote, describeQuote } from '../../../utils/clips/anchor';
import { loadPage } from '../../../scripts/lib/load-page';

/**
 * Re-anchoring on the project's own article pages, as a clipping meets them on a
 * later visit: unchanged, shifted by new text above, and with the passage itself
 * edited slightly.
 */
const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const FILES = [
  'own-zh-seedlike.html',
  'own-zh-policy.html',
  'own-zh-market-wrap.html',
  'own-en-markets.html',
  'heldout2-en-fed-sec.html',
  'heldout-zh-hk-stocks.html',
];

function passages(text: string, count: number) {
  const out: { start: number; end: number }[] = [];
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  while (out.length < count) {
    const length = 12 + (next() % 70);
    const start = next() % Math.max(1, text.length - length);
    const passage = text.slice(start, start + length);
    // A reader selects words, not runs of white space or line breaks.
    if (!passage.trim() || passage.includes('\n')) continue;
    out.push({ start, end: start + length });
  }
  return out;
}

describe('re-anchoring clippings on fixture pages', () => {
  for (const file of FILES) {
    it(file, () => {
      const text = buildTextMap(loadPage(join(PAGES, file)).body).text;
      const added = '【更新】Editor’s note: this story was updated.\n';
      for (const { start, end } of passages(text, 15)) {
        const [quote, position] = describeQuote(text, start, end);
        const label = JSON.stringify(quote.exact);

        expect(anchorQuote(text, quote, position), label).toMatchObject({
          start,
          end,
          method: 'position',
        });

        const shifted = added + text;
        const moved = anchorQuote(shifted, quote, position);
        expect(moved?.start, label).toBe(start + added.length);

        // One character of the passage changed, and the page shifted.
        const middle = start + Math.floor((end - start) / 2);
        const edited =
          added +
          text.slice(0, middle) +
          (text[middle] === '的' ? '之' : '的') +
          text.slice(middle + 1);
        const fuzzy = anchorQuote(edited, quote, position);
        if (end - start >= 10) {
          expect(fuzzy, label).not.toBeNull();
          expect(Math.abs(fuzzy!.start - (start + added.length)), label).toBeLessThanOrEqual(1);
          expect(Math.abs(fuzzy!.end - (end + added.length)), label).toBeLessThanOrEqual(1);
        }
      }
    });
  }
});
