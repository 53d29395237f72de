import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIP_COLOURS } from '../../utils/clips/clipping';
import { TINTS } from '../../utils/highlight/tints';

/**
 * Highlights keep the page's text readable: text over every tint (and over a
 * watched ticker's stronger tint, and over a clipping, and a mark inside a
 * clipping) keeps a contrast of at least 4.5:1 (WCAG AA for body text). The
 * colours are read from the stylesheet the pages get, so a change there is checked.
 *
 * Pages: dark text on a light page and light text on a dark page, each a pair
 * that itself reaches 7:1 (what news sites use for body text).
 */
const css = readFileSync(join(import.meta.dirname, '../../assets/marks.css'), 'utf8');

type Rgba = [number, number, number, number];

const clippedMarkKeepsTint =
  !/finmark-mark:has\(finmark-clip\) \{\s*background-color: transparent;/.test(css);

function rgba(text: string): Rgba {
  const m = /rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\s*\)/.exec(text);
  if (!m) throw new Error(`not an rgba() colour: ${text}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector} in marks.css`);
  return css.slice(at, css.indexOf('}', at));
}

function value(selector: string, property: string): string {
  const m = new RegExp(`${property}:\\s*([^;]+);`).exec(rule(selector));
  if (!m) throw new Error(`${selector} has no ${property}`);
  return m[1]!.trim();
}

const over = (top: Rgba, under: [number, number, number]): [number, number, number] =>
  [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])) as [number, number, number];

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAGES = [
  { name: 'light page', background: [255, 255, 255], text: [51, 51, 51] },
  { name: 'dark page', background: [18, 18, 18], text: [230, 230, 230] },
] as const;

const tintLayers = TINTS.flatMap((tint) => {
  const selector = `finmark-mark[data-finmark-tint='${tint}']`;
  const bg = value(selector, '--finmark-tint-bg');
  return [
    { what: `${tint} tint`, layer: bg === 'transparent' ? null : rgba(bg) },
    { what: `${tint} tint, watched`, layer: rgba(value(selector, '--finmark-tint-strong')) },
  ];
});
const clipLayers = CLIP_COLOURS.map((colour) => ({
  what: `${colour} clipping`,
  layer: rgba(
    value(
      colour === 'yellow' ? 'finmark-clip' : `finmark-clip[data-finmark-colour='${colour}']`,
      'background-color',
    ),
  ),
}));

describe('highlight colours keep text contrast ≥ 4.5:1', () => {
  it('reads every tint and clipping colour from marks.css', () => {
    expect(tintLayers).toHaveLength(TINTS.length * 2);
    expect(clipLayers).toHaveLength(CLIP_COLOURS.length);
  });

  for (const page of PAGES) {
    const paint = (...layers: (Rgba | null)[]) =>
      layers.reduce<[number, number, number]>(
        (under, layer) => (layer ? over(layer, under) : under),
        [...page.background],
      );
    it(`on a ${page.name}`, () => {
      expect(contrast([...page.text], [...page.background])).toBeGreaterThanOrEqual(7);
      const low: string[] = [];
      const check = (what: string, ...layers: (Rgba | null)[]) => {
        const ratio = contrast([...page.text], paint(...layers));
        if (ratio < 4.5) low.push(`${what}: ${ratio.toFixed(2)}:1`);
      };
      for (const t of tintLayers) check(t.what, t.layer);
      for (const c of clipLayers) {
        check(c.what, c.layer);
        // A clipped mark: its own tint stacks under the clipping's unless marks.css
        // clears it there.
        for (const t of tintLayers) {
          check(`${t.what} under a ${c.what}`, clippedMarkKeepsTint ? t.layer : null, c.layer);
        }
      }
      expect(low).toEqual([]);
    });
  }
});
