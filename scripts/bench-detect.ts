// `npm run bench` (first part): how long article detection takes on real pages in Chromium, with
// the built extension, next to Readability.parse alone on the same page.
//
// Detection time is the content script's own measurement (performance.now around
// detectArticle, reported to the background). Readability time is measured in the
// same tab by injecting @mozilla/readability and timing
// `new Readability(document.cloneNode(true)).parse()`, median of 3 runs.
// Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpusAvailable, CORPUS_DIR, loadCorpusManifest } from '../tests/support/corpus';
import { launchWithExtension, reportedStatus, tabIdOf } from '../tests/e2e/support/chromium';
import { startServer } from '../tests/e2e/support/server';

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(
  require.resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

interface Row {
  page: string;
  lang: string;
  detectMs: number;
  readabilityMs: number;
}

const server = await startServer();
const session = await launchWithExtension();
const page = await session.context.newPage();
const tabId = await tabIdOf(session, page);

const pages: { url: string; label: string; lang: string }[] = [];
if (corpusAvailable()) {
  for (const p of loadCorpusManifest()) {
    pages.push({ url: `${server.origin}/shared/corpus/${p.file}`, label: p.file, lang: p.lang });
  }
} else {
  console.log(`No corpus at ${CORPUS_DIR}; measuring the project's own fixtures only.`);
}
const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '../tests/fixtures/pages/expected.json'), 'utf8'),
) as Record<string, unknown>;
for (const file of Object.keys(fixtures)) {
  pages.push({ url: `${server.origin}/fixtures/${file}`, label: `fixtures/${file}`, lang: '' });
}

const rows: Row[] = [];
for (const { url, label, lang } of pages) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => undefined);
  if (!page.url().startsWith(server.origin)) continue; // the page navigated itself away
  let detectMs: number | null = null;
  for (let i = 0; i < 100 && detectMs === null; i++) {
    const status = (await reportedStatus(session, tabId)) as {
      report?: { url: string; detectMs: number };
    } | null;
    const report = status?.report;
    if (report && report.url.split('#')[0] === page.url().split('#')[0]) detectMs = report.detectMs;
    else await page.waitForTimeout(100);
  }
  if (detectMs === null) continue; // frameset and other unsupported pages
  const readabilityMs = await page
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
      return times.sort((a, b) => a - b)[1]!;
    }, readabilitySource)
    .catch(() => NaN);
  rows.push({ page: label, lang, detectMs, readabilityMs });
}
await session.close();
await server.close();

const stats = (values: number[]) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const q = (p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))] ?? NaN;
  return { median: q(0.5), p95: q(0.95), max: v[v.length - 1] ?? NaN };
};
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : '    n/a');
const d = stats(rows.map((r) => r.detectMs));
const r = stats(rows.map((r) => r.readabilityMs));
console.log(`\nArticle detection in Chromium over ${rows.length} pages (ms):`);
console.log('                      median     p95     max');
console.log(`detectArticle       ${fmt(d.median)} ${fmt(d.p95)} ${fmt(d.max)}`);
console.log(`Readability.parse   ${fmt(r.median)} ${fmt(r.p95)} ${fmt(r.max)}`);
const ratios = rows.filter((x) => x.readabilityMs > 0).map((x) => x.detectMs / x.readabilityMs);
const ratio = stats(ratios);
console.log(
  `detect ÷ Readability  median ${ratio.median.toFixed(2)}×, p95 ${ratio.p95.toFixed(2)}×`,
);
const slowest = [...rows].sort((a, b) => b.detectMs - a.detectMs).slice(0, 5);
console.log('\nSlowest pages:');
for (const row of slowest) {
  console.log(
    `${fmt(row.detectMs)} ms detect, ${fmt(row.readabilityMs)} ms Readability  ${row.page}`,
  );
}
// Note: the content script clocks detection including the DOM clone Readability
// needs; the Readability column includes its clone too.
