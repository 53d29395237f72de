// The recognition engine in Node (part of `npm run bench`): throughput over the
// corpus's article text, cost on a synthetic 1 MB text with a 1,000- and a
// 20,000-entry directory, recognition time as a share of Readability.parse on the
// same pages, and the cost of the downloaded symbol lists. Prints figures; asserts
// nothing. `--synthetic` prints the synthetic texts' figures only (seconds rather than
// minutes: for comparing two versions of the engine run after run).
import { Readability } from '@mozilla/readability';
import { articleText } from '../utils/article/article-text';
import { detectArticle } from '../utils/article/detect';
import { buildDirectory } from '../utils/finance/directory';
import { recognize } from '../utils/finance/recognize';
import { parseSymbolTable, type Listing } from '../utils/finance/symbol-table';
import { mergeListings } from '../utils/symbol-lists/merge';
import { toSymbolTable } from '../utils/symbol-lists/table-text';
import { corpusAvailable, loadCorpusManifest } from './lib/corpus';
import { loadPage } from './lib/load-page';
import { shippedDirectory } from './lib/shipped-directory';
import { median, timeMedian as time } from './lib/time-median';

const syntheticOnly = process.argv.includes('--synthetic');
const directory = shippedDirectory();
console.log(`Shipped directory: ${directory.listings.length} listings`);

// 1. Synthetic texts: does cost grow with the text, and hardly with the directory?
const CJK =
  '安宝北长诚达东丰福港海恒华汇佳建金锦凯科蓝隆美明南鹏启瑞润森盛泰天通万维祥新信兴阳银永远云泽正智中';
function syntheticListings(n: number): Listing[] {
  const listings: Listing[] = [];
  for (let i = 0; i < n; i++) {
    const name = Array.from(
      { length: 4 },
      (_, k) => CJK[(i * 7 + k * 13 + Math.floor(i / 47)) % CJK.length],
    ).join('');
    const code = String(600000 + i).padStart(6, '0');
    listings.push({
      code,
      market: 'SH',
      value: `${code}.SH`,
      zh: `${name}${i}`,
      en: `Company${i} Holdings`,
      names: [
        { text: `${name}${i}`, ordinaryWord: false },
        { text: `Company${i} Holdings`, ordinaryWord: false },
      ],
      lists: ['SYNTH'],
      sameAs: null,
    });
  }
  return listings;
}
// Sentences with five or six entities each, and sentences with none but the traps
// (index levels, amounts, AI, CEO). "dense" is every sentence an entity sentence
// but one in three: ten times the corpus average; "article-like" mixes one in three,
// about the corpus's 90th-percentile page.
const FILLER_ZH =
  '市场人士表示，沪深300指数收报3050.12点，上证50与中证500同步走强，成交额较前一交易日有所放大。';
const FILLER_EN =
  'Analysts said demand for chips stayed firm while the CEO told investors that AI spending would keep rising. ';
function syntheticText(
  bytes: number,
  listings: Listing[],
  density: 'dense' | 'article-like',
): string {
  const cycle =
    density === 'dense'
      ? (['zh', 'en', 'filler-zh'] as const)
      : (['zh', 'filler-zh', 'filler-en', 'en', 'filler-zh', 'filler-en'] as const);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = listings[(i * 31) % listings.length]!;
    const kind = cycle[i % cycle.length]!;
    const sentence =
      kind === 'zh'
        ? `${l.zh}（${l.code}）今年4月营收增长12.5%，公司预计到2025年完成产能建设，6月24日股价上涨1.2万亿元。`
        : kind === 'en'
          ? `${l.en} (NASDAQ: ABCD) said on March 31, 2028 that Q3 2024 revenue rose; the rule takes effect by the end of 2027. `
          : kind === 'filler-zh'
            ? FILLER_ZH
            : FILLER_EN;
    parts.push(sentence);
    size += Buffer.byteLength(sentence);
  }
  return parts.join('');
}
for (const size of [1000, 20000]) {
  const listings = syntheticListings(size);
  const t0 = performance.now();
  const dir = buildDirectory(listings);
  const buildMs = performance.now() - t0;
  console.log(`Directory of ${size} entries (built in ${buildMs.toFixed(0)} ms):`);
  for (const density of ['article-like', 'dense'] as const) {
    const row: string[] = [];
    let perK = 0;
    for (const mb of [0.25, 0.5, 1]) {
      const text = syntheticText(mb * 1e6, listings, density);
      const options = { publishedAt: '2024-07-01T00:00:00+08:00', directory: dir };
      const ms = time(() => recognize(text, options), 7);
      perK = (1000 * recognize(text, options).length) / text.length;
      row.push(`${mb} MB: ${ms.toFixed(1)} ms`);
    }
    console.log(`  ${density} (${perK.toFixed(0)} entities / 1,000 chars): ${row.join(' · ')}`);
  }
}

// 2. Corpus throughput (after the synthetic runs, whose timings the corpus's
// parsed pages would otherwise burden with garbage collection) and share of Readability.parse.
if (syntheticOnly) {
  // The corpus and the downloaded lists are left out.
} else if (corpusAvailable()) {
  let bytes = 0;
  let recognizeMs = 0;
  let chars = 0;
  let entities = 0;
  const shares: number[] = [];
  for (const page of loadCorpusManifest()) {
    const doc = loadPage(page.path);
    const info = detectArticle(doc);
    const text = info.root ? articleText(info.root) : '';
    if (!text) continue;
    const options = { publishedAt: info.publishedTime, lang: info.lang, directory };
    const r = time(() => recognize(text, options), 3);
    const parse = time(() => new Readability(doc.cloneNode(true) as Document).parse(), 3);
    bytes += Buffer.byteLength(text);
    chars += text.length;
    entities += recognize(text, options).length;
    recognizeMs += r;
    shares.push(r / parse);
  }
  console.log(
    `Corpus article text: ${(bytes / 1e6).toFixed(2)} MB in ${recognizeMs.toFixed(0)} ms → ` +
      `${(bytes / 1e6 / (recognizeMs / 1000)).toFixed(1)} MB/s ` +
      `(${((1000 * entities) / chars).toFixed(1)} entities / 1,000 chars)`,
  );
  console.log(
    `recognize ÷ Readability.parse per page (jsdom): median ${(100 * median(shares)).toFixed(1)}%, ` +
      `max ${(100 * Math.max(...shares)).toFixed(1)}% (target ≤ 10%)`,
  );
} else {
  console.log('No ../shared/corpus here: corpus figures skipped.');
}

// 4. Downloaded lists (issue 6): what a background rebuild costs when the reader
// has downloaded the exchanges' lists, at their real sizes (about 12,000 US
// listings from Nasdaq Trader, 2,600 HKEX equities), and what recognition costs
// with the bigger directory. The background pays this once per change of the lists.
if (!syntheticOnly) {
  const shipped = directory.listings as Listing[];
  const letters = (i: number) =>
    Array.from({ length: 4 }, (_, k) =>
      String.fromCharCode(65 + (Math.floor(i / 26 ** k) % 26)),
    ).join('');
  const downloaded: Listing[] = [];
  for (let i = 0; i < 12_000; i++) {
    const code = `Q${letters(i)}`;
    const name = `${letters(i * 7 + 3)} ${['Holdings', 'Technologies', 'Bancorp', 'Therapeutics'][i % 4]} Inc.`;
    downloaded.push({
      code,
      market: 'US',
      value: code,
      zh: null,
      en: name,
      names: [{ text: name, ordinaryWord: false }],
      lists: ['NASDAQ'],
      sameAs: null,
    });
  }
  for (let i = 0; i < 2_600; i++) {
    const code = String(10_000 + i * 3).padStart(5, '0');
    const name = `${CJK[i % CJK.length]}${CJK[(i * 5 + 1) % CJK.length]}${CJK[(i * 11 + 2) % CJK.length]}控股${i}`;
    downloaded.push({
      code,
      market: 'HK',
      value: `${code}.HK`,
      zh: name,
      en: null,
      names: [{ text: name, ordinaryWord: false }],
      lists: ['HKEX'],
      sameAs: null,
    });
  }
  const tables = time(() => parseSymbolTable(toSymbolTable(downloaded)), 3);
  let merged: Listing[] = [];
  const merge = time(() => (merged = mergeListings(shipped, downloaded)), 3);
  let big = directory;
  const build = time(() => (big = buildDirectory(merged)), 3);
  const shippedBuild = time(() => buildDirectory(shipped), 3);
  const sample = syntheticText(200_000, shipped, 'article-like');
  const small = time(() => recognize(sample, { publishedAt: null, lang: null, directory }), 3);
  const large = time(() => recognize(sample, { publishedAt: null, lang: null, directory: big }), 3);
  console.log(
    `Downloaded lists: ${shipped.length} shipped + ${downloaded.length} downloaded → ${merged.length} listings. ` +
      `Stored-table round trip ${tables.toFixed(0)} ms, merge ${merge.toFixed(0)} ms, ` +
      `build ${build.toFixed(0)} ms (shipped only: ${shippedBuild.toFixed(0)} ms); ` +
      `recognising 200 kB: ${small.toFixed(1)} ms shipped, ${large.toFixed(1)} ms with the lists`,
  );
}
