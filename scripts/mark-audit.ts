// `npm run audit:marks [-- --unjudged] [-- --wrong]`: how many company marks (entities of
// kind `ticker`) on the saved pages of ../shared/corpus a demanding reader would call
// right, per language group. Every page under the corpus (.html, .htm, .xhtml, also
// gzipped) is read exactly as `npm run analyze -- --text` reads it; each mark on a page
// taken as an article is met with its hand verdict in
// tests/fixtures/corpus/company-marks.judged.json by (file, value, text, context), so
// offsets may move without losing verdicts (a key found N times counts N times).
//
//   (no flag)    the table: marks, judged, right, wrong, precision, wrong by class
//   --unjudged   also each distinct unjudged key as a JSON line, ready to be judged
//   --wrong      also every wrong mark with its class, context and note
//
// It is a report: the exit code is always 0, whatever the figures.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_DIR } from './lib/corpus';
import { analyzeFiles, isFailure } from './lib/analyze-files';
import {
  corpusRelative,
  distinctKeys,
  findPages,
  formatTable,
  keyOf,
  marksOfPage,
  matchJudgements,
  readJudgements,
  tallyByLang,
  WRONG_CLASSES,
  type CompanyMark,
  type Judgement,
  type Matched,
} from './lib/mark-audit';
import { shippedDirectory } from './lib/shipped-directory';

const JUDGED = resolve(import.meta.dirname, '../tests/fixtures/corpus/company-marks.judged.json');

interface Collected {
  marks: CompanyMark[];
  pages: number;
  articles: number;
  failed: string[];
}

/** Reads every corpus page through the analyze CLI's own code and keeps the company marks. */
async function collectMarks(corpusDir: string): Promise<Collected> {
  const paths = findPages(corpusDir);
  const collected: Collected = { marks: [], pages: paths.length, articles: 0, failed: [] };
  const options = { withText: true, directory: shippedDirectory() };
  for await (const record of analyzeFiles(paths, options)) {
    const file = corpusRelative(corpusDir, record.file);
    if (isFailure(record)) {
      collected.failed.push(`${file}: ${record.error}`);
      continue;
    }
    if (record.isArticle) collected.articles++;
    collected.marks.push(...marksOfPage(record, file));
  }
  return collected;
}

function loadJudgements(): { judgements: Judgement[]; problems: string[] } {
  if (!existsSync(JUDGED)) return { judgements: [], problems: [] };
  return readJudgements(JSON.parse(readFileSync(JUDGED, 'utf8')) as unknown);
}

/** Each wrong key once, with how often it occurs, grouped by class. */
function wrongLines(matched: Matched): string[] {
  const counts = new Map<string, { judgement: Judgement; mark: CompanyMark; n: number }>();
  for (const { mark, judgement } of matched.judged) {
    if (judgement.verdict !== 'wrong') continue;
    const entry = counts.get(keyOf(mark));
    if (entry) entry.n++;
    else counts.set(keyOf(mark), { judgement, mark, n: 1 });
  }
  const entries = [...counts.values()].sort(
    (a, b) =>
      WRONG_CLASSES.indexOf(a.judgement.class ?? 'other') -
      WRONG_CLASSES.indexOf(b.judgement.class ?? 'other'),
  );
  return entries.map(({ judgement: j, mark, n }) =>
    [
      `[${j.class ?? 'other'}] ${mark.lang} ${mark.file}${n > 1 ? ` ×${n}` : ''}`,
      `  ${j.value} "${j.text}"  ${j.context}`,
      ...(j.note ? [`  note: ${j.note}`] : []),
    ].join('\n'),
  );
}

async function main(argv: readonly string[]): Promise<void> {
  const collected = await collectMarks(CORPUS_DIR);
  const { judgements, problems } = loadJudgements();
  const matched = matchJudgements(collected.marks, judgements);
  const unjudgedKeys = distinctKeys(matched.unjudged);

  for (const failure of collected.failed) console.error(`audit:marks: failed ${failure}`);
  for (const problem of problems) console.error(`audit:marks: judgements ${problem}`);
  console.log(
    `company marks on ${collected.articles} article pages ` +
      `(${collected.pages} pages read, ${collected.failed.length} failed)\n`,
  );
  console.log(formatTable(tallyByLang(matched)).join('\n'));
  console.log(
    `\nunjudged marks: ${matched.unjudged.length} (${unjudgedKeys.length} distinct keys)` +
      `\njudgements matching no mark: ${matched.stale.length}` +
      (problems.length ? `\nunusable judgements: ${problems.length}` : ''),
  );
  if (argv.includes('--wrong')) console.log(`\n${wrongLines(matched).join('\n')}`);
  if (argv.includes('--unjudged')) {
    console.log('');
    for (const key of unjudgedKeys) console.log(JSON.stringify(key));
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A report, not a gate: say what broke and still exit 0.
  console.error(`audit:marks: ${error instanceof Error ? error.message : String(error)}`);
});
