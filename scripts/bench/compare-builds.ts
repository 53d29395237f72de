// Two builds of the extension side by side, in one run (issue 14): every page is measured
// in a browser with each build, one right after the other (which goes first alternates),
// so that the machine's load shifts both alike. Prints each page's whole main-thread cost
// by CPU profile for both builds, then the medians and the median of per-page ratios.
//
//   BENCH_BASE=/path/to/other/.output/chrome-mv3 tsx scripts/bench/compare-builds.ts
//
// The other build is usually an earlier commit's: `git worktree add /tmp/base <rev>`, then
// `npm ci && npx wxt build` there. BENCH_PAGES limits the pages as in `npm run bench`;
// BENCH_REPEAT=n measures each page n times with each build and takes each page's median
// (one sample of a few milliseconds is noisy on a shared machine).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, ms, stats, x } from '../lib/bench-figures';
import { benchPages, chosen, openMeasurer, type PageRow } from '../lib/bench-pages';
import { CHROME_BUILD } from '../lib/chromium';
import { startServer } from '../lib/server';

const base = process.env.BENCH_BASE;
if (!base || !existsSync(join(base, 'manifest.json'))) {
  throw new Error('Set BENCH_BASE to the folder of another Chrome build (with its manifest.json).');
}

const server = await startServer();
const builds = [
  { name: 'base', measurer: await openMeasurer(server, base) },
  { name: 'this', measurer: await openMeasurer(server, CHROME_BUILD) },
];
const pages = benchPages(server).filter((p) => chosen(p.label));
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
/** A page's figures under one build: its first row (verdict), and its medians over the repeats. */
interface Measured {
  row: PageRow;
  ms: number;
  readabilityMs: number;
}
const pairs: { page: string; article: boolean; base: Measured; now: Measured }[] = [];
const median = (values: number[]) => stats(values).median;
console.log(
  `Comparing ${base} (base) with ${CHROME_BUILD} (this) on ${pages.length} pages, ${repeat}× each`,
);
console.log('     base      this   this ÷ base  page (ms of the extension by CPU profile)');
for (const [i, page] of pages.entries()) {
  const rows = new Map<string, PageRow[]>(builds.map(({ name }) => [name, []]));
  for (let r = 0; r < repeat; r++) {
    const order = (i + r) % 2 === 0 ? builds : [...builds].reverse();
    for (const { name, measurer } of order) {
      const row = await measurer.measure(page);
      if (row) rows.get(name)!.push(row);
    }
  }
  const measured = (name: string): Measured | null => {
    const list = rows.get(name)!;
    if (!list.length) return null;
    return {
      row: list[0]!,
      ms: median(list.map((r) => r.extensionCpu.ms)),
      readabilityMs: median(list.map((r) => r.readabilityMs)),
    };
  };
  const [b, n] = [measured('base'), measured('this')];
  if (!b || !n) continue;
  const article = b.row.report.isArticle && n.row.report.isArticle;
  pairs.push({ page: page.label, article, base: b, now: n });
  console.log(`  ${fmt(b.ms)}   ${fmt(n.ms)}   ${x(n.ms / b.ms).padStart(8)}   ${page.label}`);
}
for (const { measurer } of builds) await measurer.close();
await server.close();

const verdictsDiffer = pairs.filter(
  (p) => p.base.row.report.isArticle !== p.now.row.report.isArticle,
);
const groups = [
  ['Articles', pairs.filter((p) => p.article)],
  [
    'Non-articles',
    pairs.filter((p) => !p.base.row.report.isArticle && !p.now.row.report.isArticle),
  ],
] as const;
for (const [label, group] of groups) {
  const before = stats(group.map((p) => p.base.ms));
  const after = stats(group.map((p) => p.now.ms));
  const ratio = stats(group.map((p) => p.now.ms / p.base.ms));
  // Each build's cost over Readability.parse timed in its own tab, as `npm run bench` does.
  const over = (side: 'base' | 'now') =>
    stats(group.map((p) => p[side].ms / p[side].readabilityMs));
  const extra =
    label === 'Articles'
      ? `; ÷ Readability.parse median ${x(over('base').median)} → ${x(over('now').median)}, p95 ${x(over('base').p95)} → ${x(over('now').p95)}`
      : '';
  console.log(
    `${label} (${group.length}): median ${ms(before.median)} → ${ms(after.median)}, p95 ${ms(before.p95)} → ${ms(after.p95)}; ` +
      `per-page this ÷ base: median ${x(ratio.median)}, p95 ${x(ratio.p95)}${extra}`,
  );
}
console.log(
  `Verdicts that differ between the builds: ${verdictsDiffer.length}${verdictsDiffer.length ? ` (${verdictsDiffer.map((p) => p.page).join(', ')})` : ''}`,
);
