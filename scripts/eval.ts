// `npm run eval [-- --verbose]`: precision and recall of recognize() per entity kind
// and language, against the hand labels in tests/fixtures/entities/*.json (pages from
// tests/fixtures/pages and, when present, ../shared/corpus). Prints figures; the
// targets (ticker P ≥ 0.98, R ≥ 0.95; date P/R ≥ 0.95; policy-date R ≥ 0.9) are
// shown next to them, not asserted. Label files marked `"split": "held-out"` were
// labelled by someone who did not see the engine's output and are never used to
// tune it: their figures are printed apart, as the honest ones.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseArticle } from '../utils/analyse-article';
import { CORPUS_DIR } from '../tests/support/corpus';
import { loadPage } from '../tests/support/load-page';
import { shippedDirectory } from '../tests/support/shipped-directory';
import {
  add,
  differences,
  emptyTally,
  precision,
  recall,
  scorePage,
  type Labelled,
  type ScoreKind,
  type Tally,
} from './lib/score-entities';

interface LabelFile {
  page: string;
  lang: 'zh' | 'en';
  publishedAt: string | null;
  split?: 'held-out';
  entities: Labelled[];
}

type Split = 'development' | 'held-out';
const SPLITS: Split[] = ['development', 'held-out'];

const LABELS = resolve(import.meta.dirname, '../tests/fixtures/entities');
const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');
const verbose = process.argv.includes('--verbose');
const KINDS: ScoreKind[] = ['ticker', 'date', 'policy-date'];

const tallies = new Map<string, Tally>();
const bump = (key: string, t: Tally) => tallies.set(key, add(tallies.get(key) ?? emptyTally(), t));
const pages: Record<Split, number> = { development: 0, 'held-out': 0 };
let skipped = 0;

for (const file of readdirSync(LABELS)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const label = JSON.parse(readFileSync(join(LABELS, file), 'utf8')) as LabelFile;
  const [source, rel] = label.page.split(/:(.*)/s) as [string, string];
  const path = source === 'corpus' ? join(CORPUS_DIR, rel) : join(PAGES, rel);
  if (!existsSync(path)) {
    skipped++;
    continue;
  }
  const { entities: predicted } = analyseArticle(
    loadPage(path),
    shippedDirectory(),
    label.publishedAt,
  );
  const split: Split = label.split === 'held-out' ? 'held-out' : 'development';
  pages[split]++;
  for (const kind of KINDS) {
    const t = scorePage(predicted, label.entities, kind);
    bump(`${split}|${kind}|${label.lang}`, t);
    bump(`${split}|${kind}|all`, t);
    if (verbose && split === 'development') {
      const d = differences(predicted, label.entities, kind);
      if (d.missing.length || d.extra.length) {
        console.log(
          `${file} ${kind}: missing [${d.missing.join(', ')}] extra [${d.extra.join(', ')}]`,
        );
      }
    }
  }
}

const TARGETS: Record<ScoreKind, string> = {
  ticker: 'P ≥ 0.98, R ≥ 0.95',
  date: 'P ≥ 0.95, R ≥ 0.95',
  'policy-date': 'R ≥ 0.9',
};
if (skipped)
  console.log(`\n${skipped} labelled pages skipped: page not present (no ../shared here?)`);
for (const split of SPLITS) {
  if (!pages[split]) continue;
  console.log(`\n${split} pages: ${pages[split]}`);
  console.log('kind         lang  precision  recall   (tp / predicted / labelled)   target');
  for (const kind of KINDS) {
    for (const lang of ['zh', 'en', 'all']) {
      const t = tallies.get(`${split}|${kind}|${lang}`);
      if (!t) continue;
      console.log(
        `${kind.padEnd(12)} ${lang.padEnd(4)}  ${precision(t).toFixed(3).padStart(9)}  ${recall(t).toFixed(3).padStart(6)}   ` +
          `(${t.truePositives} / ${t.predicted} / ${t.labelled})`.padEnd(30) +
          (lang === 'all' ? TARGETS[kind] : ''),
      );
    }
  }
}
