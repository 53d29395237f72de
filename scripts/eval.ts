// `npm run eval [-- --verbose] [-- --held-out] [-- --round N]`: precision and recall of
// recognize() per entity kind and language, against the hand labels in
// tests/fixtures/entities/*.json (pages from tests/fixtures/pages and, when present,
// ../shared/corpus; how labels are written: tests/fixtures/entities/LABELLING.md).
// Prints figures; the targets are shown next to them, not asserted.
//
// Label files marked `"split": "held-out"` were labelled by someone who did not see
// the engine's output. They are scored only with --held-out (so tuning never glances
// at them), per round, and their figures are the honest ones. `--verbose` lists the
// differences of development pages only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseArticle } from '../utils/analyse-article';
import { CORPUS_DIR } from './lib/corpus';
import { loadPage } from './lib/load-page';
import { shippedDirectory } from './lib/shipped-directory';
import {
  add,
  differences,
  emptyTally,
  precision,
  recall,
  scorePage,
  SCORE_KINDS,
  type Labelled,
  type ScoreKind,
  type Tally,
} from './lib/score-entities';

interface LabelFile {
  page: string;
  lang: 'zh' | 'en';
  /** "hant" for pages in Traditional Chinese. */
  script?: 'hant';
  publishedAt: string | null;
  split?: 'held-out' | 'development';
  round?: number;
  /** The kinds the file labels; files older than a kind are not scored on it. */
  kinds?: ScoreKind[];
  entities: Labelled[];
}

/** Indicators were first labelled in held-out round 3; older files never looked for them. */
const kindsOf = (label: LabelFile): readonly ScoreKind[] =>
  label.kinds ??
  ((label.round ?? 0) >= 3 ? SCORE_KINDS : SCORE_KINDS.filter((k) => k !== 'indicator'));

const LABELS = resolve(import.meta.dirname, '../tests/fixtures/entities');
const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const showHeldOut = args.includes('--held-out');
const onlyRound = args.includes('--round') ? Number(args[args.indexOf('--round') + 1]) : null;

/** Publish times read by detectArticle against the labels' (the date the reader sees). */
interface TimeTally {
  pages: number;
  day: number;
  minute: number;
  wrong: string[];
}
const times = new Map<string, TimeTally>();

/** The calendar day of `time` on the clock of `labelled` (its written offset). */
function localDay(time: string | null | undefined, labelled: string): string | null {
  if (!time) return null;
  const at = Date.parse(time);
  if (Number.isNaN(at)) return null;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(labelled);
  const minutes = offset
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    : 0;
  return new Date(at + minutes * 60_000).toISOString().slice(0, 10);
}

const sameMinute = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) < 60_000;

const TARGETS: Record<ScoreKind, string> = {
  ticker: 'P ≥ 0.98, R ≥ 0.95',
  date: 'P ≥ 0.98, R ≥ 0.95',
  'policy-date': 'P ≥ 0.9, R ≥ 0.9',
  indicator: 'P ≥ 0.95, R ≥ 0.9',
};

/** "development", or "held-out round N": the groups figures are printed for. */
const groupOf = (label: LabelFile) =>
  label.split === 'held-out' ? `held-out round ${label.round ?? '?'}` : 'development';
const langOf = (label: LabelFile) =>
  label.lang === 'zh' ? (label.script === 'hant' ? 'zh-Hant' : 'zh-Hans') : 'en';

const tallies = new Map<string, Tally>();
const bump = (key: string, t: Tally) => tallies.set(key, add(tallies.get(key) ?? emptyTally(), t));
const pages = new Map<string, number>();
let hidden = 0;
let skipped = 0;

for (const file of readdirSync(LABELS)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const label = JSON.parse(readFileSync(join(LABELS, file), 'utf8')) as LabelFile;
  const heldOut = label.split === 'held-out';
  if ((heldOut && !showHeldOut) || (onlyRound !== null && label.round !== onlyRound)) {
    if (heldOut && !showHeldOut) hidden++;
    continue;
  }
  const [source, rel] = label.page.split(/:(.*)/s) as [string, string];
  const path = source === 'corpus' ? join(CORPUS_DIR, rel) : join(PAGES, rel);
  if (!existsSync(path)) {
    skipped++;
    continue;
  }
  const { entities: predicted, info } = analyseArticle(
    loadPage(path),
    shippedDirectory(),
    label.publishedAt,
  );
  const group = groupOf(label);
  pages.set(group, (pages.get(group) ?? 0) + 1);
  if (label.publishedAt) {
    const t = times.get(group) ?? { pages: 0, day: 0, minute: 0, wrong: [] };
    const day = localDay(info.publishedTime, label.publishedAt);
    if (day === label.publishedAt.slice(0, 10)) t.day++;
    else if (verbose && !heldOut) t.wrong.push(`${file}: ${info.publishedTime ?? 'none'}`);
    if (info.publishedTime && sameMinute(info.publishedTime, label.publishedAt)) t.minute++;
    t.pages++;
    times.set(group, t);
  }
  for (const kind of kindsOf(label)) {
    const t = scorePage(predicted, label.entities, kind);
    bump(`${group}|${kind}|${langOf(label)}`, t);
    bump(`${group}|${kind}|all`, t);
    if (verbose && !heldOut) {
      const d = differences(predicted, label.entities, kind);
      if (d.missing.length || d.extra.length) {
        console.log(
          `${file} ${kind}: missing [${d.missing.join(', ')}] extra [${d.extra.join(', ')}]`,
        );
      }
    }
  }
}

for (const [group, t] of [...times].sort()) {
  console.log(
    `\n${group}: publish time right on ${t.day} of ${t.pages} labelled pages to the day ` +
      `(${((100 * t.day) / t.pages).toFixed(1)}%), ${t.minute} to the minute`,
  );
  for (const w of t.wrong) console.log(`  wrong day: ${w}`);
}
if (hidden) console.log(`\n${hidden} held-out pages not scored (--held-out scores them)`);
if (skipped) console.log(`${skipped} labelled pages skipped: page not present (no ../shared?)`);
for (const [group, count] of [...pages].sort()) {
  console.log(`\n${group}: ${count} pages`);
  console.log('kind         lang     precision  recall   (tp / predicted / labelled)   target');
  for (const kind of SCORE_KINDS) {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en', 'all']) {
      const t = tallies.get(`${group}|${kind}|${lang}`);
      if (!t || (lang !== 'all' && t.labelled === 0 && t.predicted === 0)) continue;
      console.log(
        `${kind.padEnd(12)} ${lang.padEnd(7)}  ${precision(t).toFixed(3).padStart(9)}  ${recall(t).toFixed(3).padStart(6)}   ` +
          `(${t.truePositives} / ${t.predicted} / ${t.labelled})`.padEnd(30) +
          (lang === 'all' ? TARGETS[kind] : ''),
      );
    }
  }
}
