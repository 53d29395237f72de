// The page run behind the content-script benchmarks (scripts/bench/): every corpus page
// and fixture opened in Chromium with the built extension, the content script's own
// report read back, the tab's main thread profiled from navigation to settled,
// Readability.parse timed in the same tab, and long tasks observed; then, when asked,
// the same pages again in a browser without the extension.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type { ArticleReport } from '../../utils/page-status';
import { corpusAvailable, CORPUS_DIR, loadCorpusManifest } from './corpus';
import {
  CHROME_BUILD,
  CHROMIUM_PATH,
  chromiumFlags,
  launchWithExtension,
  reportedStatus,
  tabIdOf,
} from './chromium';
import { extensionCpu, pageProfiler, type ExtensionCpu } from './page-profile';
import { startServer, type StaticServer } from './server';

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(
  require.resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

export const HIGHLIGHT_WAIT_MS = 5_000;
const LATE_ARTICLE_WAIT_MS = 4_500; // the page-change observer runs ≤ 3 s after a change

/** Long tasks as epoch milliseconds (comparable with report.detectedAt). */
export interface LongTask {
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

export interface PageRow {
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
  /**
   * The extension's main-thread time by CPU profile, from before navigation until the
   * page settled (the report, and on articles the highlights, read back): evaluation,
   * microtasks and every task included, unlike the report's own timings.
   */
  extensionCpu: ExtensionCpu;
}

/** What one run over the pages measured. */
export interface PageRun {
  /** Pages that gave a report, in the order measured. */
  rows: PageRow[];
  /** Pages without a report (frameset and other unsupported pages). */
  noReport: string[];
  /** The first recognition in the browser (the background loads its directory), on a warm-up page. */
  firstRecognizeMs: number;
  /** Long tasks of the same pages without the extension, when that run was asked for. */
  baselineTasks: Map<string, LongTask[] | null>;
}

export interface BenchPage {
  url: string;
  label: string;
  expectArticle: boolean;
}

// BENCH_PAGES=gmw,163/1 measures only the pages whose names contain one of these.
const only = process.env.BENCH_PAGES?.split(',').filter(Boolean) ?? [];
export const chosen = (label: string) =>
  only.length === 0 || only.some((part) => label.includes(part));

/** The shared corpus's pages when ../shared is there, and the project's fixtures always. */
export function benchPages(server: StaticServer): BenchPage[] {
  const pages: BenchPage[] = [];
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
    readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/pages/expected.json'), 'utf8'),
  ) as Record<string, { isArticle?: boolean }>;
  for (const [file, expected] of Object.entries(fixtures)) {
    pages.push({
      url: `${server.origin}/fixtures/${file}`,
      label: `fixtures/${file}`,
      expectArticle: expected.isArticle === true,
    });
  }
  return pages;
}

/** Measures pages one at a time in one browser with one build of the extension. */
export interface PageMeasurer {
  /** The page's row; null when it gave no report (its label is then in `noReport`). */
  measure(page: BenchPage): Promise<PageRow | null>;
  readonly noReport: string[];
  /** The first recognition in this browser, on the warm-up page (not a measured page). */
  readonly firstRecognizeMs: number;
  close(): Promise<void>;
}

/** A browser with the extension built at `build`, warmed up on one page not counted. */
export async function openMeasurer(
  server: StaticServer,
  build: string = CHROME_BUILD,
): Promise<PageMeasurer> {
  const session = await launchWithExtension('en-US', { build });
  const page = await session.context.newPage();
  await page.addInitScript(LONG_TASK_OBSERVER);
  const tabId = await tabIdOf(session, page);
  const profiler = await pageProfiler(session.context, page);

  // When the page being measured started loading. The tab's status may still hold the
  // report of an earlier load of the same address (the first page measured is the
  // warm-up's): that one is not this load's.
  let navigatedAt = 0;
  const currentReport = async (url: string): Promise<ArticleReport | null> => {
    const status = (await reportedStatus(session, tabId)) as { report?: ArticleReport } | null;
    const report = status?.report;
    return report &&
      report.url.split('#')[0] === url.split('#')[0] &&
      report.detectedAt >= navigatedAt
      ? report
      : null;
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
    // Before navigating: the content script is evaluated as the page loads.
    await profiler.start();
    const t0 = Date.now();
    navigatedAt = t0;
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
    // Settled: stop before the bench's own scripts below run in the page.
    const cpu = extensionCpu(await profiler.stop(), session.extensionId);
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
      extensionCpu: cpu,
    };
    return row;
  }

  // A first page, not counted: the background loads its symbol directory on the first
  // recognition, and the browser warms up.
  const warmUp = await measure(
    `${server.origin}/fixtures/en-markets-article.html`,
    'warm-up',
    true,
  );
  const firstRecognizeMs = warmUp?.report.highlight?.recognizeMs ?? NaN;
  return {
    measure: ({ url, label, expectArticle }) => measure(url, label, expectArticle),
    noReport,
    firstRecognizeMs,
    async close() {
      await profiler.detach();
      await session.close();
    },
  };
}

/** Each page with the extension: its report, Readability.parse beside it, its long tasks. */
async function measureWithExtension(server: StaticServer, pages: BenchPage[]) {
  const measurer = await openMeasurer(server);
  const rows: PageRow[] = [];
  const chosenPages = pages.filter((p) => chosen(p.label));
  console.log(`Measuring ${chosenPages.length} pages with the extension…`);
  for (const page of chosenPages) {
    const row = await measurer.measure(page);
    if (row) rows.push(row);
  }
  await measurer.close();
  return { rows, noReport: measurer.noReport, firstRecognizeMs: measurer.firstRecognizeMs };
}

/** The same pages, the same browser and flags, without the extension: their long tasks. */
async function measureWithout(server: StaticServer, rows: PageRow[]) {
  console.log(`Measuring the same ${rows.length} pages without the extension…`);
  const baselineTasks = new Map<string, LongTask[] | null>();
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
  return baselineTasks;
}

/**
 * Measures every page with the extension and, with `withoutExtension`, again without it
 * (only the long-task figures need that second browser).
 */
export async function runPages({
  withoutExtension,
}: {
  withoutExtension: boolean;
}): Promise<PageRun> {
  const server = await startServer();
  try {
    const run = await measureWithExtension(server, benchPages(server));
    const baselineTasks = withoutExtension
      ? await measureWithout(server, run.rows)
      : new Map<string, LongTask[] | null>();
    return { ...run, baselineTasks };
  } finally {
    await server.close();
  }
}

/** True when the module at `moduleUrl` is the script being run (`tsx scripts/bench/x.ts`). */
export function runAsScript(moduleUrl: string): boolean {
  const script = process.argv[1];
  return (
    !!script &&
    existsSync(script) &&
    realpathSync(script) === realpathSync(fileURLToPath(moduleUrl))
  );
}
