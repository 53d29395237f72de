// `npm run bench` (first part): what the content script costs on real pages in Chromium,
// with the built extension, against issue 4's performance targets. Prints figures;
// asserts nothing. One run over the pages (with the extension, then without it) feeds
// the measurements, each in a file of its own that also runs alone:
//
// 1. article-cost.ts: main thread and round trip on article pages, ÷ Readability.parse.
// 2. non-article-cost.ts: detection alone on pages that are not articles.
// 3. long-tasks.ts: long tasks with and without the extension.
// 4. content-size.ts: the content script as built.
// 5. readability-path.ts: where Readability ran on each page, and which pages fell back.
// 6. script-cost.ts: the extension's whole main-thread time by CPU profile, beside 1 and 2's
//    self-reported figures.
//
// Uses the shared corpus when ../shared is there, and the project's fixtures always
// (BENCH_PAGES=a,b for some pages only).
import { runPages } from '../lib/bench-pages';
import { articleCost } from './article-cost';
import { contentSize } from './content-size';
import { longTasks } from './long-tasks';
import { nonArticleCost } from './non-article-cost';
import { readabilityPaths } from './readability-path';
import { scriptCost } from './script-cost';

const run = await runPages({ withoutExtension: true });
const summary = [
  articleCost(run),
  nonArticleCost(run),
  longTasks(run),
  contentSize(),
  readabilityPaths(run),
  scriptCost(run),
];

const { rows, noReport } = run;
const articles = rows.filter((r) => r.report.isArticle).length;
console.log('\n── Summary ──────────────────────────────────────────────────────────────');
console.log(
  `Pages: ${rows.length} measured (${articles} articles, ${rows.length - articles} not); ${noReport.length} without a report${noReport.length ? ` (${noReport.join(', ')})` : ''}`,
);
for (const lines of summary) for (const text of lines) console.log(text);
