// Benchmark 2 (part of `npm run bench`; alone: `tsx scripts/bench/non-article-cost.ts`):
// on pages that are not articles the added work is detection alone (nothing is
// highlighted). Target: ≤ 5 ms.
import { fmt, ms, stats, verdict } from '../lib/bench-figures';
import { runAsScript, runPages, type PageRun } from '../lib/bench-pages';

const NON_ARTICLE_TARGET_MS = 5;

/** Prints the figures for pages that are not articles; returns the summary's lines. */
export function nonArticleCost({ rows }: PageRun): string[] {
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
  // Where detection stopped: the first look, the best case (both before Readability), or after it.
  const stage = (value: string | undefined) =>
    others.filter((r) =>
      r.report.evidence.some((e) => e.key === 'notArticleAtBest' && e.value === value),
    ).length;
  const firstLook = stage('first look');
  const atBest = stage(undefined);
  console.log(
    `Stopped at the first look: ${firstLook}, at the best case: ${atBest}, after Readability: ${others.length - firstLook - atBest}`,
  );
  console.log(`Over ${NON_ARTICLE_TARGET_MS} ms: ${overFive.length} of ${others.length}; slowest:`);
  for (const r of [...overFive].sort((a, b) => b.report.detectMs - a.report.detectMs).slice(0, 5)) {
    console.log(
      `  ${fmt(r.report.detectMs)} ms detect, ${fmt(r.readabilityMs)} ms Readability  ${r.page}`,
    );
  }
  return [
    `Non-articles, detectArticle: median ${ms(added.median)}, p95 ${ms(added.p95)}, max ${ms(added.max)}, target ≤ ${NON_ARTICLE_TARGET_MS} ms → ${verdict(added.p95 <= NON_ARTICLE_TARGET_MS)} at p95 (${overFive.length} pages over)`,
  ];
}

if (runAsScript(import.meta.url)) nonArticleCost(await runPages({ withoutExtension: false }));
