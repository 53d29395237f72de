// `npm run eval:bodies [-- --verbose] [--worst=N]`: the article body FinMark marks in, next to
// Readability.parse(), on every public set in ../shared/corpus that carries hand-made ground truth,
// in one run. Per page: 4-gram shingle F1 (scripts/lib/shingle-f1.ts: character 4-grams for CJK
// text, word 4-grams for Latin text, decided by the ground truth's CJK share) between the ground
// truth and
//   (a) FinMark: the text of the body root detectArticle returns, read by articleText (the
//       text the engine sees and the reader's marks land in); empty when no root is found;
//   (b) Readability: Readability.parse()'s textContent on a fresh jsdom parse of the same page.
// Both see the same decoded HTML (decodeHtml) and, when the ground truth names it, the page's URL.
// Sets and how pages map to their ground truth (see ../shared/corpus/MANIFEST.md):
//   scrapinghub  html/<id>.html  ↔ ground-truth.subset.json[<id>].articleBody
//   magic-html   benchmark/data/article/htmls/<id>.html ↔ base.subset.json[<id>].content
//   cwced        original/<id>.html ↔ cleaned/<id>.txt
// Skips with a message when ../shared/corpus is absent.
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { articleText } from '../utils/article/article-text';
import { decodeHtml } from '../utils/article/decode-html';
import { detectArticle } from '../utils/article/detect';
import { parseHtml } from './lib/analyze-files';
import { shingleF1, type ShingleScore } from './lib/shingle-f1';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');

interface BodyPage {
  set: string;
  path: string;
  url?: string;
  truth: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function scrapinghubPages(): BodyPage[] {
  const truth = readJson<Record<string, { articleBody: string; url?: string }>>(
    join(CORPUS, 'scrapinghub/ground-truth.subset.json'),
  );
  return Object.entries(truth).map(([id, entry]) => ({
    set: 'scrapinghub',
    path: join(CORPUS, 'scrapinghub/html', `${id}.html`),
    url: entry.url,
    truth: entry.articleBody,
  }));
}

function magicHtmlPages(): BodyPage[] {
  const base = join(CORPUS, 'magic-html/benchmark/data/article');
  const truth = readJson<Record<string, { content: string; url?: string }>>(
    join(base, 'base.subset.json'),
  );
  return Object.entries(truth).map(([id, entry]) => ({
    set: 'magic-html',
    path: join(base, 'htmls', `${id}.html`),
    url: entry.url,
    truth: entry.content,
  }));
}

function cwcedPages(): BodyPage[] {
  const base = join(CORPUS, 'cwced');
  return readdirSync(join(base, 'original'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .flatMap((name) => {
      const cleaned = join(base, 'cleaned', name.replace(/\.html$/, '.txt'));
      if (!existsSync(cleaned)) return [];
      return [
        { set: 'cwced', path: join(base, 'original', name), truth: readFileSync(cleaned, 'utf8') },
      ];
    });
}

interface PageResult {
  page: BodyPage;
  finmark: ShingleScore;
  readability: ShingleScore;
  /** Characters of each extraction, for the listing. */
  finmarkChars: number;
  readabilityChars: number;
  error?: string;
}

function finmarkBody(html: string, url?: string): string {
  const dom = parseHtml(html, { url });
  try {
    const info = detectArticle(dom.window.document);
    return info.root ? articleText(info.root) : '';
  } finally {
    dom.window.close();
  }
}

function readabilityBody(html: string, url?: string): string {
  const dom = parseHtml(html, { url });
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } finally {
    dom.window.close();
  }
}

function scorePage(page: BodyPage): PageResult {
  const html = decodeHtml(readFileSync(page.path)).text;
  let finmark = '';
  let readability = '';
  const errors: string[] = [];
  try {
    finmark = finmarkBody(html, page.url);
  } catch (error) {
    errors.push(`FinMark: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    readability = readabilityBody(html, page.url);
  } catch (error) {
    errors.push(`Readability: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    page,
    finmark: shingleF1(page.truth, finmark),
    readability: shingleF1(page.truth, readability),
    finmarkChars: finmark.length,
    readabilityChars: readability.length,
    ...(errors.length ? { error: errors.join('; ') } : {}),
  };
}

const f3 = (n: number) => n.toFixed(3);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function pageLine(r: PageResult): string {
  const diff = r.finmark.f1 - r.readability.f1;
  const name = relative(CORPUS, r.page.path);
  return (
    `    ${diff >= 0 ? '+' : ''}${f3(diff)}  FinMark ${f3(r.finmark.f1)} ` +
    `(P ${f3(r.finmark.precision)} R ${f3(r.finmark.recall)}, ${r.finmarkChars} ch)  ` +
    `Readability ${f3(r.readability.f1)} ` +
    `(P ${f3(r.readability.precision)} R ${f3(r.readability.recall)}, ${r.readabilityChars} ch)  ` +
    `[${r.finmark.mode}] ${name}${r.error ? `  ERROR ${r.error}` : ''}`
  );
}

function main() {
  if (!existsSync(join(CORPUS, 'MANIFEST.md'))) {
    console.log(`eval:bodies: skipped, no shared corpus at ${CORPUS}`);
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const worstArg = process.argv.find((a) => a.startsWith('--worst='));
  const worstCount = worstArg ? Number(worstArg.slice('--worst='.length)) : 3;
  const sets: [string, () => BodyPage[]][] = [
    ['scrapinghub', scrapinghubPages],
    ['magic-html', magicHtmlPages],
    ['cwced', cwcedPages],
  ];
  console.log('Body extraction, 4-gram shingle F1 against hand-made ground truth');
  console.log(
    '(FinMark = text of the root detectArticle marks in; Readability = parse().textContent)\n',
  );
  const all: PageResult[] = [];
  for (const [name, load] of sets) {
    let pages: BodyPage[];
    try {
      pages = load();
    } catch (error) {
      console.log(`${name}: skipped (${error instanceof Error ? error.message : String(error)})\n`);
      continue;
    }
    const results = pages.filter((p) => existsSync(p.path)).map(scorePage);
    all.push(...results);
    const fm = mean(results.map((r) => r.finmark.f1));
    const rd = mean(results.map((r) => r.readability.f1));
    const atLeast = results.filter((r) => r.finmark.f1 >= r.readability.f1 - 1e-9).length;
    console.log(
      `${name}: ${results.length} pages  mean F1 FinMark ${f3(fm)}  Readability ${f3(rd)}  ` +
        `FinMark ≥ Readability on ${atLeast}/${results.length}`,
    );
    const byDiff = [...results].sort(
      (a, b) => a.finmark.f1 - a.readability.f1 - (b.finmark.f1 - b.readability.f1),
    );
    const shown = verbose ? byDiff : byDiff.slice(0, worstCount);
    console.log(
      verbose ? '  every page, worst first:' : `  worst ${shown.length} by FinMark − Readability:`,
    );
    for (const r of shown) console.log(pageLine(r));
    console.log('');
  }
  if (all.length) {
    const atLeast = all.filter((r) => r.finmark.f1 >= r.readability.f1 - 1e-9).length;
    console.log(
      `all: ${all.length} pages  mean F1 FinMark ${f3(mean(all.map((r) => r.finmark.f1)))}  ` +
        `Readability ${f3(mean(all.map((r) => r.readability.f1)))}  ` +
        `FinMark ≥ Readability on ${atLeast}/${all.length}`,
    );
  }
}

main();
