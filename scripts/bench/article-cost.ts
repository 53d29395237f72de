// Benchmark 1 (part of `npm run bench`; alone: `tsx scripts/bench/article-cost.ts`):
// on article pages, the content script's main-thread cost (detectMs + text map +
// drawing, its own measurements, reported to the background with the page status) and
// the total with the background round trip (recognizeMs), each as a ratio to
// Readability.parse on the same page. Readability time is measured in the same tab by
// injecting @mozilla/readability and timing `new Readability(document.cloneNode(true)).parse()`,
// median of 3 runs. Target: main thread ≤ 1.5× Readability.parse. detectMs counts every
// step of detection on the page, so serialising the page for the offscreen Readability
// and mapping its answer back are in it; the wait for that answer is off the page's
// main thread and is not (readability-path.ts says where Readability ran).
import type { HighlightStats } from '../../utils/page-status';
import { line, ms, stats, verdict, x } from '../lib/bench-figures';
import {
  HIGHLIGHT_WAIT_MS,
  runAsScript,
  runPages,
  type PageRow,
  type PageRun,
} from '../lib/bench-pages';

const MAIN_THREAD_TARGET = 1.5; // × Readability.parse, article pages

/** Prints the article figures; returns the summary's lines. */
export function articleCost(run: PageRun): string[] {
  const { rows, firstRecognizeMs } = run;
  const articles = rows.filter((r) => r.report.isArticle);
  const highlighted = articles.filter((r) => r.report.highlight);
  const missingStats = articles.filter((r) => !r.report.highlight);
  const mainMs = (r: PageRow, h: HighlightStats) => r.report.detectMs + h.mapMs + h.drawMs;
  const measured = highlighted
    .filter((r) => r.readabilityMs > 0)
    .map((r) => {
      const h = r.report.highlight!;
      const main = mainMs(r, h);
      const total = main + h.recognizeMs;
      return {
        row: r,
        h,
        main,
        total,
        mainRatio: main / r.readabilityMs,
        totalRatio: total / r.readabilityMs,
      };
    });
  const mainRatio = stats(measured.map((m) => m.mainRatio));
  const totalRatio = stats(measured.map((m) => m.totalRatio));
  const worst = [...measured].sort((a, b) => b.mainRatio - a.mainRatio)[0];
  const overTarget = measured.filter((m) => m.mainRatio > MAIN_THREAD_TARGET);
  const describe = (m: (typeof measured)[number]) =>
    `${m.row.page}: detect ${ms(m.row.report.detectMs)} + map ${ms(m.h.mapMs)} + draw ${ms(m.h.drawMs)} = ${ms(m.main)} main thread (${x(m.mainRatio)}), ` +
    `+ round trip ${ms(m.h.recognizeMs)} = ${ms(m.total)} (${x(m.totalRatio)}); Readability ${ms(m.row.readabilityMs)}; ` +
    `${m.h.entities} entities, ${m.h.marks} marks; Readability ${m.row.report.readability?.ran ?? 'not run'}${m.row.report.readability?.fallback ? ` (${m.row.report.readability.fallback})` : ''}`;

  console.log(
    `\n1. Article pages: ${articles.length} detected as articles, highlight stats from ${highlighted.length}`,
  );
  const table: [string, number[]][] = [
    ['detectArticle (ms)', highlighted.map((r) => r.report.detectMs)],
    ['text map (ms)', highlighted.map((r) => r.report.highlight!.mapMs)],
    ['draw marks (ms)', highlighted.map((r) => r.report.highlight!.drawMs)],
    ['main thread (ms)', measured.map((m) => m.main)],
    ['background round trip (ms)', highlighted.map((r) => r.report.highlight!.recognizeMs)],
    ['Readability.parse (ms)', measured.map((m) => m.row.readabilityMs)],
    ['  its first run (ms)', measured.map((m) => m.row.readabilityFirstMs)],
    ['main ÷ Readability (×)', measured.map((m) => m.mainRatio)],
    ['total ÷ Readability (×)', measured.map((m) => m.totalRatio)],
    ['main ÷ first run (×)', measured.map((m) => m.main / m.row.readabilityFirstMs)],
  ];
  console.log('                               median     p95     max');
  for (const [name, values] of table) line(name, values);
  console.log(
    `Main thread ÷ Readability: median ${x(mainRatio.median)}, p95 ${x(mainRatio.p95)}  ` +
      `(target ≤ ${MAIN_THREAD_TARGET}×: median ${verdict(mainRatio.median <= MAIN_THREAD_TARGET)}, p95 ${verdict(mainRatio.p95 <= MAIN_THREAD_TARGET)})`,
  );
  console.log(
    `With the round trip:       median ${x(totalRatio.median)}, p95 ${x(totalRatio.p95)}`,
  );
  console.log(
    `(Readability.parse is the median of 3 runs in the page, as before; the content script's\n` +
      ` detection runs once, cold, during load. First recognition in this browser, which loads\n` +
      ` the symbol directory, took ${ms(firstRecognizeMs)} on a warm-up page not counted here.)`,
  );
  if (worst) console.log(`Worst page: ${describe(worst)}`);
  console.log(`Pages over ${MAIN_THREAD_TARGET}×: ${overTarget.length} of ${measured.length}`);
  for (const m of [...overTarget].sort((a, b) => b.mainRatio - a.mainRatio).slice(0, 10)) {
    console.log(`  ${describe(m)}`);
  }
  const late = articles.filter((r) => r.earlierDetectMs !== null);
  for (const r of late) {
    console.log(
      `  (${r.page} was detected more than once: an earlier verdict took ${ms(r.earlierDetectMs!)}, not counted above)`,
    );
  }
  console.log(
    `Article pages whose highlight stats never arrived (${HIGHLIGHT_WAIT_MS / 1000} s): ${missingStats.length}`,
  );
  for (const r of missingStats) {
    console.log(
      `  ${r.page} (detect ${ms(r.report.detectMs)}, body ${r.report.bodyLength} chars, ${r.marksInDom} <finmark-mark> on the page)`,
    );
  }

  return [
    `Articles, main thread ÷ Readability.parse: median ${x(mainRatio.median)}, p95 ${x(mainRatio.p95)}, target ≤ ${MAIN_THREAD_TARGET}× → ${verdict(mainRatio.p95 <= MAIN_THREAD_TARGET)} at p95; with round trip median ${x(totalRatio.median)}, p95 ${x(totalRatio.p95)}`,
    ...(worst
      ? [
          `  worst: ${worst.row.page} ${x(worst.mainRatio)} (${ms(worst.main)} vs ${ms(worst.row.readabilityMs)})`,
        ]
      : []),
    `  highlight stats never arrived: ${missingStats.length}${missingStats.length ? ` (${missingStats.map((r) => r.page).join(', ')})` : ''}`,
  ];
}

if (runAsScript(import.meta.url)) articleCost(await runPages({ withoutExtension: false }));
