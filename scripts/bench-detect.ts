// `npm run bench` (first part): what the content script costs on real pages in Chromium,
// with the built extension, against issue 4's performance targets. Prints figures;
// asserts nothing.
//
// 1. Article pages: main-thread cost (detectMs + text map + drawing, the content
//    script's own measurements, reported to the background with the page status)
//    and the total with the background round trip (recognizeMs), each as a ratio to
//    Readability.parse on the same page. Readability time is measured in the same
//    tab by injecting @mozilla/readability and timing
//    `new Readability(document.cloneNode(true)).parse()`, median of 3 runs.
//    Target: main thread ≤ 1.5× Readability.parse.
// 2. Pages that are not articles: the added work is detection alone (nothing is
//    highlighted). Target: ≤ 5 ms.
// 3. Long tasks (> 50 ms) on the page's main thread, seen by a buffered
//    PerformanceObserver registered before the page's own scripts, with the
//    extension and again in a second browser without it, on the same pages. The
//    task that ran detection is also found by its timestamp (report.detectedAt).
// 4. The size of the content script as built (minified, and gzipped).
//
// Uses the shared corpus when ../shared is there, and the project's fixtures always.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import type { ArticleReport, HighlightStats } from '../utils/page-status';
import { corpusAvailable, CORPUS_DIR, loadCorpusManifest } from './lib/corpus';
import {
  CHROME_BUILD,
  CHROMIUM_PATH,
  chromiumFlags,
  launchWithExtension,
  reportedStatus,
  tabIdOf,
} from './lib/chromium';
import { startServer } from './lib/server';

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(
  require.resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

const MAIN_THREAD_TARGET = 1.5; // × Readability.parse, article pages
const NON_ARTICLE_TARGET_MS = 5;
const LONG_TASK_MS = 50;
const HIGHLIGHT_WAIT_MS = 5_000;
const LATE_ARTICLE_WAIT_MS = 4_500; // the page-change observer runs ≤ 3 s after a change

/** Long tasks as epoch milliseconds (comparable with report.detectedAt). */
interface LongTask {
  start: number;
  duration: number;
}

// Registered before any of the page's scripts run. A string, not a function, so that
// nothing the TypeScript loader adds to functions ends up in the page.
const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  let observer = null;
  const push = (list) => {
    for (const e of list) tasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
  };
  try {
    observer = new PerformanceObserver((list) => push(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
  } catch (e) {
    // no Long Tasks API: the page reports none
  }
  Object.defineProperty(window, '__finmarkBenchLongTasks', {
    value: () => {
      if (observer) push(observer.takeRecords());
      return tasks;
    },
  });
})();`;

async function longTasksOn(page: Page): Promise<LongTask[] | null> {
  return page
    .evaluate(() => {
      const read = (window as unknown as { __finmarkBenchLongTasks?: () => LongTask[] })
        .__finmarkBenchLongTasks;
      return read ? read() : null;
    })
    .catch(() => null);
}

interface PageRow {
  page: string;
  url: string;
  report: ArticleReport;
  /** detectMs of an earlier verdict on the same address (a late article), if one was seen. */
  earlierDetectMs: number | null;
  readabilityMs: number;
  /** The first of the 3 Readability runs (cold, like the content script's one run). */
  readabilityFirstMs: number;
  longTasks: LongTask[] | null;
  /** The long task that ran detection, found by its timestamp. */
  detectionTask: LongTask | null;
  /** How long after navigation started the long tasks were read. */
  windowMs: number;
  /** <finmark-mark> elements on the page when it was measured. */
  marksInDom: number;
}

// BENCH_PAGES=gmw,163/1 measures only the pages whose names contain one of these.
const only = process.env.BENCH_PAGES?.split(',').filter(Boolean) ?? [];
const chosen = (label: string) => only.length === 0 || only.some((part) => label.includes(part));

const server = await startServer();
const pages: { url: string; label: string; expectArticle: boolean }[] = [];
if (corpusAvailable()) {
  for (const p of loadCorpusManifest()) {
    pages.push({
      url: `${server.origin}/shared/corpus/${p.file}`,
      label: p.file,
      expectArticle: p.isArticle,
    });
  }
} else {
  console.log(`No corpus at ${CORPUS_DIR}; measuring the project's own fixtures only.`);
}
const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '../tests/fixtures/pages/expected.json'), 'utf8'),
) as Record<string, { isArticle?: boolean }>;
for (const [file, expected] of Object.entries(fixtures)) {
  pages.push({
    url: `${server.origin}/fixtures/${file}`,
    label: `fixtures/${file}`,
    expectArticle: expected.isArticle === true,
  });
}

// ---- With the extension ------------------------------------------------------------

const session = await launchWithExtension();
const page = await session.context.newPage();
await page.addInitScript(LONG_TASK_OBSERVER);
const tabId = await tabIdOf(session, page);

const currentReport = async (url: string): Promise<ArticleReport | null> => {
  const status = (await reportedStatus(session, tabId)) as { report?: ArticleReport } | null;
  const report = status?.report;
  return report && report.url.split('#')[0] === url.split('#')[0] ? report : null;
};
/** Polls the tab's status until `done` holds or `ms` pass; returns the last report seen. */
const pollReport = async (
  url: string,
  ms: number,
  done: (r: ArticleReport) => boolean,
  seen: (r: ArticleReport) => void = () => {},
) => {
  const deadline = Date.now() + ms;
  let last: ArticleReport | null = null;
  for (;;) {
    const report = await currentReport(url);
    if (report) {
      last = report;
      seen(report);
      if (done(report)) return report;
    }
    if (Date.now() >= deadline) return last;
    await page.waitForTimeout(100);
  }
};

const noReport: string[] = [];
async function measure(url: string, label: string, expectArticle: boolean) {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => undefined);
  if (!page.url().startsWith(server.origin)) return null; // the page navigated itself away
  const here = page.url();
  const verdicts = new Map<number, number>(); // detectedAt → wall time of its steps
  const detectMsAt = new Map<number, number>();
  const note = (r: ArticleReport) => {
    verdicts.set(r.detectedAt, r.detectTasks?.wallMs ?? r.detectMs);
    detectMsAt.set(r.detectedAt, r.detectMs);
  };
  let report = await pollReport(here, 10_000, () => true, note);
  if (!report) {
    noReport.push(label); // frameset and other unsupported pages
    return null;
  }
  // A page labelled an article that is not one yet may insert it later (a late article).
  if (!report.isArticle && expectArticle) {
    report = (await pollReport(here, LATE_ARTICLE_WAIT_MS, (r) => r.isArticle, note)) ?? report;
  }
  if (report.isArticle) {
    report =
      (await pollReport(here, HIGHLIGHT_WAIT_MS, (r) => r.isArticle && !!r.highlight, note)) ??
      report;
  }
  await page.waitForTimeout(300); // let the observer deliver the last long task
  const longTasks = await longTasksOn(page);
  const windowMs = Date.now() - t0;
  const marksInDom = await page
    .evaluate(() => document.querySelectorAll('finmark-mark').length)
    .catch(() => 0);
  const final = report;
  // detectedAt is Date.now() right after detection's last step; its steps ran in the
  // `wallMs` before (any of the verdicts seen on this page: the page-change observer may
  // have run it again). The longest long task in such a window is detection's.
  const detectionTask =
    longTasks
      ?.filter((t) =>
        [...verdicts].some(
          ([at, wall]) => t.start - 5 <= at && at - wall <= t.start + t.duration + 5,
        ),
      )
      .sort((a, b) => b.duration - a.duration)[0] ?? null;
  const earlier = [...verdicts.keys()].filter((at) => at !== final.detectedAt);
  const earlierDetectMs = earlier.length ? (detectMsAt.get(Math.min(...earlier)) ?? null) : null;
  const [readabilityMs, readabilityFirstMs] = await page
    .evaluate((source: string) => {
      const scope: { Readability?: new (doc: Document) => { parse(): unknown } } = {};
      new Function('module', source)(scope);
      const Readability =
        (scope as { exports?: typeof scope.Readability }).exports ?? scope.Readability;
      if (!Readability) throw new Error('Readability did not load');
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        new Readability(document.cloneNode(true) as Document).parse();
        times.push(performance.now() - t0);
      }
      return [[...times].sort((a, b) => a - b)[1]!, times[0]!] as const;
    }, readabilitySource)
    .catch(() => [NaN, NaN] as const);
  const row: PageRow = {
    page: label,
    url,
    report: final,
    earlierDetectMs,
    readabilityMs,
    readabilityFirstMs,
    longTasks,
    detectionTask,
    windowMs,
    marksInDom,
  };
  return row;
}

// A first page, not counted: the background loads its symbol directory on the first
// recognition, and the browser warms up.
const warmUp = await measure(`${server.origin}/fixtures/en-markets-article.html`, 'warm-up', true);
const firstRecognizeMs = warmUp?.report.highlight?.recognizeMs ?? NaN;
const rows: PageRow[] = [];
console.log(`Measuring ${pages.length} pages with the extension…`);
for (const { url, label, expectArticle } of pages.filter((p) => chosen(p.label))) {
  const row = await measure(url, label, expectArticle);
  if (row) rows.push(row);
}
await session.close();

// ---- Without the extension: the same pages, the same browser and flags ------------------

console.log(`Measuring the same ${rows.length} pages without the extension…`);
const baselineTasks = new Map<string, LongTask[] | null>();
{
  const profile = mkdtempSync(join(tmpdir(), 'finmark-chromium-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    // launchWithExtension's flags, less --disable-extensions-except and --load-extension.
    args: chromiumFlags('en-US'),
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const plain = await context.newPage();
  await plain.addInitScript(LONG_TASK_OBSERVER);
  await plain.bringToFront();
  await plain.goto(`${server.origin}/fixtures/en-markets-article.html`).catch(() => undefined);
  for (const row of rows) {
    const t0 = Date.now();
    await plain
      .goto(row.url, { waitUntil: 'domcontentloaded', timeout: 20_000 })
      .catch(() => undefined);
    // The same window as with the extension, measured from the start of navigation.
    await plain.waitForTimeout(Math.max(0, row.windowMs - (Date.now() - t0)));
    baselineTasks.set(row.page, await longTasksOn(plain));
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
await server.close();

// ---- Figures ---------------------------------------------------------------------------

const stats = (values: number[]) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const q = (p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))] ?? NaN;
  return { n: v.length, median: q(0.5), p95: q(0.95), max: v[v.length - 1] ?? NaN };
};
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : '    n/a');
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
const line = (name: string, values: number[]) => {
  const s = stats(values);
  console.log(`${name.padEnd(28)}${fmt(s.median)} ${fmt(s.p95)} ${fmt(s.max)}`);
};
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

// 1. Article pages.
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
  `${m.h.entities} entities, ${m.h.marks} marks`;

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
console.log(`With the round trip:       median ${x(totalRatio.median)}, p95 ${x(totalRatio.p95)}`);
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

// 2. Pages that are not articles.
const others = rows.filter((r) => !r.report.isArticle);
const added = stats(others.map((r) => r.report.detectMs));
const overFive = others.filter((r) => r.report.detectMs > NON_ARTICLE_TARGET_MS);
console.log(
  `\n2. Pages that are not articles: ${others.length}; added work = detectArticle (no highlighting)`,
);
console.log(
  `detectArticle: median ${ms(added.median)}, p95 ${ms(added.p95)}, max ${ms(added.max)}  ` +
    `(target ≤ ${NON_ARTICLE_TARGET_MS} ms: median ${verdict(added.median <= NON_ARTICLE_TARGET_MS)}, p95 ${verdict(added.p95 <= NON_ARTICLE_TARGET_MS)}, max ${verdict(added.max <= NON_ARTICLE_TARGET_MS)})`,
);
console.log(`Over ${NON_ARTICLE_TARGET_MS} ms: ${overFive.length} of ${others.length}; slowest:`);
for (const r of [...overFive].sort((a, b) => b.report.detectMs - a.report.detectMs).slice(0, 5)) {
  console.log(
    `  ${fmt(r.report.detectMs)} ms detect, ${fmt(r.readabilityMs)} ms Readability  ${r.page}`,
  );
}

// 3. Long tasks.
const durations = (tasks: LongTask[] | null | undefined, mark: LongTask | null = null) =>
  tasks
    ? tasks.map((t) => `${Math.round(t.duration)}${t === mark ? '*' : ''}`).join('/') || '–'
    : 'n/a';
const count = (tasks: LongTask[] | null | undefined) => tasks?.length ?? 0;
const withExt = rows.reduce((n, r) => n + count(r.longTasks), 0);
const without = rows.reduce((n, r) => n + count(baselineTasks.get(r.page)), 0);
const anyLong = rows.filter((r) => count(r.longTasks) + count(baselineTasks.get(r.page)) > 0);
const detectionLong = rows.filter((r) => r.detectionTask);
const adds = rows.filter(
  (r) => count(r.longTasks) > count(baselineTasks.get(r.page)) || r.detectionTask,
);
// Long tasks other than detection's, beyond what the page had without the extension:
// the drawing task (with its layout), or noise from the page's own loading.
const unexplained = rows
  .map((r) => ({
    r,
    extra: count(r.longTasks) - (r.detectionTask ? 1 : 0) - count(baselineTasks.get(r.page)),
  }))
  .filter(({ extra }) => extra > 0);
console.log(
  `\n3. Long tasks (> ${LONG_TASK_MS} ms) on the page's main thread, ${rows.length} pages`,
);
console.log(`Total: ${withExt} with the extension, ${without} without`);
console.log(
  'Pages with any long task (ms, with | without the extension; * = the task that ran detection):',
);
for (const r of anyLong) {
  console.log(
    `  ${durations(r.longTasks, r.detectionTask).padStart(16)} | ${durations(baselineTasks.get(r.page)).padEnd(16)} ${r.page}`,
  );
}
console.log(
  `Pages where the extension adds a long task: ${adds.length}; detection's own task is long on ${detectionLong.length}:`,
);
for (const r of [...detectionLong].sort(
  (a, b) => b.detectionTask!.duration - a.detectionTask!.duration,
)) {
  const h = r.report.highlight;
  console.log(
    `  ${Math.round(r.detectionTask!.duration)
      .toString()
      .padStart(
        4,
      )} ms task: detect ${ms(r.report.detectMs)}${h ? ` + map ${ms(h.mapMs)}` : ''}  ${r.page}`,
  );
}
console.log(
  `Pages with more long tasks besides detection's than without the extension: ${unexplained.length}`,
);
for (const { r, extra } of unexplained) {
  console.log(
    `  +${extra}: ${durations(r.longTasks, r.detectionTask)} vs ${durations(baselineTasks.get(r.page))}` +
      `${r.report.highlight ? ` (draw ${ms(r.report.highlight.drawMs)})` : ''}  ${r.page}`,
  );
}
const steps = rows.flatMap((r) => [
  {
    page: r.page,
    step: r.report.detectTasks ? 'detection step' : 'detect',
    ms: r.report.detectTasks?.longestMs ?? r.report.detectMs,
  },
  ...(r.report.highlight
    ? [
        { page: r.page, step: 'map', ms: r.report.highlight.mapMs },
        { page: r.page, step: 'draw', ms: r.report.highlight.drawMs },
      ]
    : []),
]);
const longestStep = [...steps].sort((a, b) => b.ms - a.ms)[0];
const tasks = rows.flatMap((r) => [
  {
    page: r.page,
    what: r.report.detectTasks
      ? `longest of detection's ${r.report.detectTasks.count} tasks`
      : 'detect (one task)',
    ms: r.report.detectTasks?.longestMs ?? r.report.detectMs,
  },
  ...(r.report.highlight
    ? [
        { page: r.page, what: 'text map (its own task)', ms: r.report.highlight.mapMs },
        { page: r.page, what: 'draw (after the answer)', ms: r.report.highlight.drawMs },
      ]
    : []),
]);
const longestTask = [...tasks].sort((a, b) => b.ms - a.ms)[0];
if (longestTask) {
  console.log(
    `Longest content-script task: ${longestTask.what} ${ms(longestTask.ms)} on ${longestTask.page}`,
  );
}
const taskCounts = stats(rows.map((r) => r.report.detectTasks?.count ?? 1));
console.log(
  `Detection runs as steps, one per task (median ${taskCounts.median}, max ${taskCounts.max} tasks):\n` +
    '  page measures and the early verdict | clone | Readability.parse | mapping back and signals.\n' +
    'The text map is built in a task of its own, and the marks are drawn when the answer arrives.',
);

// 4. Content script size.
const js = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'));
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const size = `${kB(js.length)} minified, ${kB(gzipSync(js, { level: 9 }).length)} gzip`;
console.log(`\n4. Content script (content-scripts/content.js): ${size}`);

// Summary.
console.log('\n── Summary ──────────────────────────────────────────────────────────────');
console.log(
  `Pages: ${rows.length} measured (${articles.length} articles, ${others.length} not); ${noReport.length} without a report${noReport.length ? ` (${noReport.join(', ')})` : ''}`,
);
console.log(
  `Articles, main thread ÷ Readability.parse: median ${x(mainRatio.median)}, p95 ${x(mainRatio.p95)}, target ≤ ${MAIN_THREAD_TARGET}× → ${verdict(mainRatio.p95 <= MAIN_THREAD_TARGET)} at p95; with round trip median ${x(totalRatio.median)}, p95 ${x(totalRatio.p95)}`,
);
if (worst)
  console.log(
    `  worst: ${worst.row.page} ${x(worst.mainRatio)} (${ms(worst.main)} vs ${ms(worst.row.readabilityMs)})`,
  );
console.log(
  `  highlight stats never arrived: ${missingStats.length}${missingStats.length ? ` (${missingStats.map((r) => r.page).join(', ')})` : ''}`,
);
console.log(
  `Non-articles, detectArticle: median ${ms(added.median)}, p95 ${ms(added.p95)}, max ${ms(added.max)}, target ≤ ${NON_ARTICLE_TARGET_MS} ms → ${verdict(added.p95 <= NON_ARTICLE_TARGET_MS)} at p95 (${overFive.length} pages over)`,
);
console.log(
  `Long tasks > ${LONG_TASK_MS} ms: ${withExt} with the extension vs ${without} without; the extension adds one on ${adds.length} pages: ` +
    `detection's own task on ${detectionLong.length}, other extra tasks on ${unexplained.length}`,
);
if (longestStep && longestTask) {
  console.log(
    `Longest step: ${longestStep.step} ${ms(longestStep.ms)} (${longestStep.page}); longest task: ${longestTask.what} ${ms(longestTask.ms)} (${longestTask.page})`,
  );
}
console.log(`Content script: ${size}`);
