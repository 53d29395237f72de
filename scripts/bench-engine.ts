// The recognition engine in Node (part of `npm run bench`): throughput over the
// corpus's article text, cost on a synthetic 1 MB text with a 1,000- and a
// 20,000-entry directory, and recognition time as a share of Readability.parse on
// the same pages. Prints figures; asserts nothing.
import { Readability } from '@mozilla/readability';
import { articleText } from '../utils/article/article-text';
import { detectArticle } from '../utils/article/detect';
import { buildDirectory } from '../utils/finance/directory';
import { recognize } from '../utils/finance/recognize';
import type { Listing } from '../utils/finance/symbol-table';
import { corpusAvailable, loadCorpusManifest } from '../tests/support/corpus';
import { loadPage } from '../tests/support/load-page';
import { shippedDirectory } from '../tests/support/shipped-directory';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function time(run: () => void, repeat = 5): number {
  run(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    run();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const directory = shippedDirectory();
console.log(`Shipped directory: ${directory.listings.length} listings`);

// 1. Corpus throughput and share of Readability.parse.
if (corpusAvailable()) {
  let bytes = 0;
  let recognizeMs = 0;
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
    recognizeMs += r;
    shares.push(r / parse);
  }
  console.log(
    `Corpus article text: ${(bytes / 1e6).toFixed(2)} MB in ${recognizeMs.toFixed(0)} ms → ` +
      `${(bytes / 1e6 / (recognizeMs / 1000)).toFixed(1)} MB/s`,
  );
  console.log(
    `recognize ÷ Readability.parse per page (jsdom): median ${(100 * median(shares)).toFixed(1)}%, ` +
      `max ${(100 * Math.max(...shares)).toFixed(1)}% (target ≤ 10%)`,
  );
} else {
  console.log('No ../shared/corpus here: corpus figures skipped.');
}

// 2. Synthetic texts: does cost grow with the text, and hardly with the directory?
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
function syntheticText(bytes: number, listings: Listing[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = listings[(i * 31) % listings.length]!;
    const sentence =
      i % 3 === 0
        ? `${l.zh}（${l.code}）今年4月营收增长12.5%，公司预计到2025年完成产能建设，6月24日股价上涨1.2万亿元。`
        : i % 3 === 1
          ? `${l.en} (NASDAQ: ABCD) said on March 31, 2028 that Q3 2024 revenue rose; the rule takes effect by the end of 2027. `
          : '市场人士表示，沪深300指数收报3050.12点，上证50与中证500同步走强，成交额较前一交易日有所放大。';
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
  const row: string[] = [];
  for (const mb of [0.25, 0.5, 1]) {
    const text = syntheticText(mb * 1e6, listings);
    const ms = time(
      () => recognize(text, { publishedAt: '2024-07-01T00:00:00+08:00', directory: dir }),
      3,
    );
    row.push(`${mb} MB: ${ms.toFixed(1)} ms`);
  }
  console.log(
    `Directory of ${size} entries (built in ${buildMs.toFixed(0)} ms): ${row.join(' · ')}`,
  );
}
