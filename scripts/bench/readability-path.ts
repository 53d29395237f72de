// Benchmark 5 (part of `npm run bench`; alone: `tsx scripts/bench/readability-path.ts`):
// where Readability ran on each page that got that far. The content script sends the
// page's HTML to the offscreen document (Chrome) and maps the answer back; it runs
// Readability in the page only when that cannot be trusted (XHTML, a huge page, no
// answer, or text that does not match). Serialising the page and mapping the answer
// back are part of detectMs (they run in detection's steps); the wait is not, as it
// is off the page's main thread.
import type { PageRow } from '../lib/bench-pages';
import { runAsScript, runPages, type PageRun } from '../lib/bench-pages';

function pathOf(row: PageRow): string {
  const path = row.report.readability;
  if (!path) return 'not reached';
  return path.fallback ? `${path.ran} (${path.fallback})` : path.ran;
}

/** Prints each page's path; returns the summary's lines. */
export function readabilityPaths({ rows }: PageRun): string[] {
  const byPath = new Map<string, PageRow[]>();
  for (const row of rows) {
    const path = pathOf(row);
    byPath.set(path, [...(byPath.get(path) ?? []), row]);
  }
  const count = (path: string) => byPath.get(path)?.length ?? 0;
  const fellBack = rows.filter((r) => r.report.readability?.fallback);
  console.log(`\n5. Where Readability ran, ${rows.length} pages`);
  for (const [path, list] of [...byPath].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${path}: ${list.length}`);
    if (path !== 'off-thread' && path !== 'not reached') {
      for (const r of list) console.log(`  ${r.page}`);
    }
  }
  return [
    `Readability: off the main thread on ${count('off-thread')} pages, in the page on ${fellBack.length} (fell back${
      fellBack.length
        ? `: ${fellBack.map((r) => `${r.page} ${r.report.readability!.fallback}`).join(', ')}`
        : ''
    }), not reached on ${count('not reached')}`,
  ];
}

if (runAsScript(import.meta.url)) readabilityPaths(await runPages({ withoutExtension: false }));
