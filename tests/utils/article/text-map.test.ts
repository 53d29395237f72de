import { JSDOM } from 'jsdom';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTextMap, piecesOf, textOffsetAt } from '../../../utils/article/text-map';
import { detectArticle } from '../../../utils/article/detect';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

const root = (html: string) =>
  new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('buildTextMap', () => {
  it('separates blocks, keeps inline runs together and leaves scripts out', () => {
    const map = buildTextMap(
      root(`<h2>跻身前20</h2><p>9月25日，<b>联合国</b>发布报告。</p>
      <script>var x = "2024年";</script><ul><li>Apple</li><li>Tesla</li></ul>`),
    );
    expect(map.text).toBe('跻身前20\n9月25日，联合国发布报告。\nApple\nTesla');
  });

  it('collapses whitespace around breaks and trims, keeping other spaces', () => {
    const map = buildTextMap(root(`  <p>  Apple  rose </p>\n\n <p>\u00a0Tesla fell</p>  `));
    expect(map.text).toBe('Apple  rose\nTesla fell');
  });

  it("reads a line break of the page's source as the space a browser shows, except in <pre>", () => {
    const map = buildTextMap(
      root(`<p>The RBA last raised
          rates in November 2023,\r\n  taking the cash rate higher.</p><pre>a = 1\nb = 2</pre>`),
    );
    expect(map.text).toBe(
      'The RBA last raised rates in November 2023, taking the cash rate higher.\na = 1\nb = 2',
    );
    const at = map.text.indexOf('rates');
    const [piece] = piecesOf(map, at, at + 5);
    expect(piece!.node.data.slice(piece!.from, piece!.to)).toBe('rates');
  });

  it('maps every character of the text back to its text node', () => {
    const map = buildTextMap(
      root(`<p>英<b>飞拓</b>（002528）涨停 </p><div> <span>数字政通</span>、<i>榕基</i>软件</div>`),
    );
    for (const s of map.segments) {
      expect(map.text.slice(s.start, s.start + s.length)).toBe(
        s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length),
      );
    }
    const start = map.text.indexOf('英飞拓');
    expect(piecesOf(map, start, start + 3).map((p) => p.node.data.slice(p.from, p.to))).toEqual([
      '英',
      '飞拓',
    ]);
  });

  it('keeps the map exact on every fixture page', () => {
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      const info = detectArticle(loadPage(join(PAGES, file)));
      if (!info.root) continue;
      const map = buildTextMap(info.root);
      let last = 0;
      const inserted: string[] = [];
      for (const s of map.segments) {
        expect(s.start, file).toBeGreaterThanOrEqual(last);
        inserted.push(map.text.slice(last, s.start));
        last = s.start + s.length;
        expect(map.text.slice(s.start, last)).toBe(
          s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length),
        );
      }
      inserted.push(map.text.slice(last));
      // Everything not from a text node is one inserted character between two of them:
      // a block edge's line break, or the space a wrapped source line shows as.
      for (const gap of inserted) expect(gap, file).toMatch(/^[\n ]?$/);
      expect(inserted.join('').replace(/ /g, '').length, file).toBe(
        (map.text.match(/\n/g) ?? []).length - newlinesInSegments(map),
      );
    }
  });
});

function newlinesInSegments(map: ReturnType<typeof buildTextMap>): number {
  return map.segments.reduce(
    (n, s) =>
      n + (s.node.data.slice(s.nodeOffset, s.nodeOffset + s.length).match(/\n/g) ?? []).length,
    0,
  );
}

describe('textOffsetAt', () => {
  it('turns selection boundaries into text offsets, in text nodes and between elements', () => {
    const { document } = new JSDOM(
      '<body><div id="r"><p>英<b>飞拓</b>拉升触板</p>\n  <p>  数字政通涨停  </p><script>x()</script></div></body>',
    ).window;
    const root = document.getElementById('r')!;
    const map = buildTextMap(root);
    expect(map.text).toBe('英飞拓拉升触板\n数字政通涨停');
    const [p1, p2] = root.querySelectorAll('p');
    const b = p1!.querySelector('b')!;
    // Inside text nodes.
    expect(textOffsetAt(map, b.firstChild!, 1, 'start')).toBe(2);
    expect(textOffsetAt(map, p2!.firstChild!, 4, 'start')).toBe(10);
    // In collapsed white space: forward for a start, backward for an end.
    expect(textOffsetAt(map, p2!.firstChild!, 0, 'start')).toBe(8);
    expect(textOffsetAt(map, p2!.firstChild!, 10, 'end')).toBe(14);
    // Element boundaries: before <b>, after the first paragraph, at the very end.
    expect(textOffsetAt(map, p1!, 1, 'start')).toBe(1);
    expect(textOffsetAt(map, root, 1, 'end')).toBe(7);
    expect(textOffsetAt(map, root, root.childNodes.length, 'start')).toBeNull();
    expect(textOffsetAt(map, root, 0, 'end')).toBeNull();
  });
});
