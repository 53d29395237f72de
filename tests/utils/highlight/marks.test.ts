import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../utils/article/text-map';
import {
  drawMarks,
  PRINT_ATTRIBUTE,
  setPrintable,
  type MarkSpec,
} from '../../../utils/highlight/marks';

function page(html: string) {
  const { document } = new JSDOM(`<body><div id="r">${html}</div></body>`).window;
  return { document, root: document.getElementById('r')! };
}

/** Specs for every occurrence of each word in the map's text. */
function specsFor(text: string, words: Record<string, readonly [string, string]>): MarkSpec[] {
  const specs: MarkSpec[] = [];
  for (const [word, [kind, value]] of Object.entries(words)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      specs.push({ start: at, end: at + word.length, kind, value });
    }
  }
  return specs;
}

const marksOf = (root: Element) =>
  [...root.querySelectorAll('finmark-mark')].map((m) => [
    m.textContent,
    m.getAttribute('data-finmark-kind'),
    m.getAttribute('data-finmark-value'),
  ]);

describe('drawMarks', () => {
  it('wraps each entity, one mark per text node it crosses', () => {
    const { root } = page('<p>英<b>飞拓</b>拉升触板，数字政通涨停；2025年目标</p>');
    const map = buildTextMap(root);
    drawMarks(
      map,
      specsFor(map.text, {
        英飞拓: ['ticker', '002528.SZ'],
        数字政通: ['ticker', '300075.SZ'],
        '2025年': ['policy-date', '2025'],
      }),
    );
    expect(marksOf(root)).toEqual([
      ['英', 'ticker', '002528.SZ'],
      ['飞拓', 'ticker', '002528.SZ'],
      ['数字政通', 'ticker', '300075.SZ'],
      ['2025年', 'policy-date', '2025'],
    ]);
    expect(root.textContent).toBe('英飞拓拉升触板，数字政通涨停；2025年目标');
  });

  it('carries the print preference when drawn and when it changes', () => {
    const { root } = page('<p>英<b>飞拓</b>拉升，数字政通涨停</p>');
    const map = buildTextMap(root);
    const specs = specsFor(map.text, {
      英飞拓: ['ticker', '002528.SZ'],
      数字政通: ['ticker', '300075.SZ'],
    });
    const printed = () =>
      [...root.querySelectorAll('finmark-mark')].map((m) => m.hasAttribute(PRINT_ATTRIBUTE));
    const drawn = drawMarks(map, specs, { printable: true });
    expect(printed()).toEqual([true, true, true]);
    setPrintable(drawn, false);
    expect(printed()).toEqual([false, false, false]);
    setPrintable(drawn, true);
    expect(printed()).toEqual([true, true, true]);
    drawn.remove();
    expect(root.innerHTML).toBe('<p>英<b>飞拓</b>拉升，数字政通涨停</p>');
  });

  it('restores the DOM exactly, the same text nodes included', () => {
    const { root } = page('<p>Apple (<b>AAPL</b>) rose</p><ul>\n <li>Apple</li>\n</ul>');
    const before = root.innerHTML;
    const original = root.querySelector('p')!.firstChild;
    const map = buildTextMap(root);
    const drawn = drawMarks(map, specsFor(map.text, { Apple: ['ticker', 'AAPL'] }));
    expect(drawn.marks).toHaveLength(2);
    expect(root.innerHTML).not.toBe(before);
    drawn.remove();
    drawn.remove();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.firstChild).toBe(original);
  });

  it('never writes into fields, editors, scripts, vector art or whitespace-only runs', () => {
    const { root } = page(
      '<p contenteditable="true">Apple</p><textarea>Apple</textarea><svg><text>Apple</text></svg>' +
        '<table><tr><td>Apple</td></tr></table><p> </p>',
    );
    const map = buildTextMap(root);
    drawMarks(map, [
      ...specsFor(map.text, { Apple: ['ticker', 'AAPL'] }),
      { start: 0, end: map.text.length, kind: 'date', value: 'x' },
    ]);
    // Only the table cell's text may be marked; the whole-text spec overlaps it.
    expect(root.querySelector('[contenteditable] finmark-mark')).toBeNull();
    expect(root.querySelector('textarea')!.children).toHaveLength(0);
    expect(root.querySelector('svg finmark-mark')).toBeNull();
    expect(root.querySelector('table > tbody > tr > td')).not.toBeNull();
    expect(root.querySelector('table > finmark-mark, tr > finmark-mark')).toBeNull();
  });

  it('changes nothing when run a second time over its own marks', () => {
    const { root } = page('<p>腾讯控股与快手</p>');
    const words = { 腾讯控股: ['ticker', '00700.HK'], 快手: ['ticker', '01024.HK'] } as const;
    const first = buildTextMap(root);
    drawMarks(first, specsFor(first.text, words));
    const once = root.innerHTML;
    const second = buildTextMap(root);
    expect(second.text).toBe(first.text);
    const again = drawMarks(second, specsFor(second.text, words));
    expect(again.marks).toHaveLength(0);
    expect(root.innerHTML).toBe(once);
  });

  it('leaves text the page changed after reading alone', () => {
    const { root } = page('<p>Apple rose</p>');
    const map = buildTextMap(root);
    root.querySelector('p')!.firstChild!.remove();
    expect(drawMarks(map, specsFor(map.text, { Apple: ['ticker', 'AAPL'] })).marks).toEqual([]);
  });
});
