import { describe, expect, it } from 'vitest';
import {
  attributeProfile,
  type CpuProfile,
  type ProfileNode,
} from '../../../scripts/lib/profile-attribution';

const EXT = 'chrome-extension://abcdefghijklmnop/content-scripts/content.js';
const PAGE = 'http://127.0.0.1:8080/app.js';
const isExtension = (url: string) => url.startsWith('chrome-extension://abcdefghijklmnop/');

// A small tree as V8 builds it: (root) over the runtime frames and each script's stacks.
//
// 1 (root)
// ├── 2 (program)   3 (idle)   4 (garbage collector)
// ├── 5 content.js main
// │   ├── 6 sort (builtin, no URL)
// │   │   └── 7 compare (page's script: the extension called back into the page)
// │   └── 8 (anonymous) in the extension
// └── 9 app.js onLoad
//     ├── 10 exec (regexp builtin, no URL)
//     └── 11 handler in the extension (the page called an extension function)
//         └── 12 JSON.parse (builtin, no URL)
const frame = (id: number, functionName: string, url = '', children: number[] = []) =>
  ({ id, callFrame: { functionName, url }, children }) satisfies ProfileNode;
const NODES: ProfileNode[] = [
  frame(1, '(root)', '', [2, 3, 4, 5, 9]),
  frame(2, '(program)'),
  frame(3, '(idle)'),
  frame(4, '(garbage collector)'),
  frame(5, 'main', EXT, [6, 8]),
  frame(6, 'sort', '', [7]),
  frame(7, 'compare', PAGE),
  frame(8, '(anonymous)', EXT),
  frame(9, 'onLoad', PAGE, [10, 11]),
  frame(10, 'exec'),
  frame(11, 'handler', EXT, [12]),
  frame(12, 'parse'),
];

/**
 * A profile of samples written `at:node` (taken `at` µs after the start, on `node`),
 * ending `end` µs after the start: each sample lasts until the next, the last until `end`.
 */
function profile(written: string, end: number): CpuProfile {
  const taken = written
    .split(' ')
    .map((s) => s.split(':').map((n) => Number(n.replaceAll('_', ''))) as [number, number]);
  const start = 1_000_000;
  let last = start;
  return {
    nodes: NODES,
    startTime: start,
    endTime: start + end,
    samples: taken.map(([, node]) => node),
    timeDeltas: taken.map(([at]) => {
      const delta = start + at - last;
      last = start + at;
      return delta;
    }),
  };
}

const attribute = (written: string, end: number) =>
  attributeProfile(profile(written, end), isExtension);

describe('attributing a CPU profile to scripts', () => {
  it("counts a sample whose leaf is in the extension's script", () => {
    const a = attribute('0:5 300:8 500:9', 600);
    expect(a.ms).toBeCloseTo(0.5); // 300 µs on main + 200 µs on (anonymous)
    expect(a.byUrl.get(EXT)).toBeCloseTo(0.5);
    expect(a.byUrl.get(PAGE)).toBeCloseTo(0.1);
  });

  it('counts a builtin for the script that called it', () => {
    // sort under the extension's main is the extension's; JSON.parse under an extension
    // function the page called is the extension's too (its nearest script is).
    const a = attribute('0:6 400:12', 1_000);
    expect(a.ms).toBeCloseTo(1.0);
    expect(a.byUrl.get(EXT)).toBeCloseTo(1.0);
    expect(a.byUrl.has(PAGE)).toBe(false);
  });

  it("does not count the page's code, nor a builtin the page called", () => {
    // compare is the page's even when the extension's sort called it; exec is the page's.
    const a = attribute('0:7 100:10 350:9', 400);
    expect(a.ms).toBe(0);
    expect(a.byUrl.get(PAGE)).toBeCloseTo(0.4);
    expect(a.busyMs).toBeCloseTo(0.4);
  });

  it('leaves idle out of the whole, and program and GC out of every script', () => {
    const a = attribute('0:3 1_000:2 1_200:4 1_700:5', 2_000);
    expect(a.idleMs).toBeCloseTo(1.0);
    expect(a.busyMs).toBeCloseTo(1.0); // program 0.2 + GC 0.5 + main 0.3
    expect(a.ms).toBeCloseTo(0.3);
    expect(a.byUrl.get('(program)')).toBeCloseTo(0.2);
    expect(a.byUrl.get('(garbage collector)')).toBeCloseTo(0.5);
    expect(a.byUrl.has('(idle)')).toBe(false);
  });

  it('files a sample on no script under (no script), counted for nobody', () => {
    const a = attribute('0:1', 250);
    expect(a.byUrl.get('(no script)')).toBeCloseTo(0.25);
    expect(a.ms).toBe(0);
  });

  it('gives each sample the time until the next and the last one the time until the end', () => {
    // Uneven gaps: 100, 700, 50 µs, and 1,150 µs from the last sample to the end.
    const a = attribute('0:5 100:9 800:8 850:3', 2_000);
    expect(a.ms).toBeCloseTo(0.15); // main 100 + (anonymous) 50
    expect(a.byUrl.get(PAGE)).toBeCloseTo(0.7);
    expect(a.idleMs).toBeCloseTo(1.15);
    // Every microsecond from the first sample to the end is somewhere.
    expect(a.busyMs + a.idleMs).toBeCloseTo(2.0);
  });

  it('puts samples recorded out of order back in order instead of losing time', () => {
    // V8 recorded the extension's sample at 500 before a page sample at 300 (a delta of
    // -200 µs).
    const a = attribute('0:9 500:5 300:9', 1_000);
    expect(a.ms).toBeCloseTo(0.5); // 500 → 1,000
    expect(a.byUrl.get(PAGE)).toBeCloseTo(0.5); // 0 → 300 → 500
  });

  it('keeps only the chosen scripts in the figure, whatever the others are', () => {
    const p = profile('0:5 100:9', 200);
    expect(attributeProfile(p, (url) => url === PAGE).ms).toBeCloseTo(0.1);
    expect(attributeProfile(p, () => false).ms).toBe(0);
  });

  it('reads a profile without samples as no time at all', () => {
    const a = attributeProfile({ nodes: NODES, startTime: 0, endTime: 5_000 }, isExtension);
    expect(a).toEqual({ ms: 0, byUrl: new Map(), busyMs: 0, idleMs: 0 });
  });
});
