// `npm run bench:text-map`: what the content script pays to read an article's text, over
// every corpus page taken as an article. For each body root detectArticle returns, the
// median of five runs of buildTextMap (the plain text map) and of articleTextMap (the
// map with credits and widgets blanked); prints totals, the median page and the worst
// page. Prints figures; asserts nothing.
import { articleTextMap } from '../utils/article/article-text';
import { detectArticle } from '../utils/article/detect';
import { buildTextMap } from '../utils/article/text-map';
import { corpusAvailable, loadCorpusManifest } from './lib/corpus';
import { loadPage } from './lib/load-page';
import { median, timeMedian as time } from './lib/time-median';

if (!corpusAvailable()) {
  console.log('No ../shared/corpus here: nothing to measure.');
  process.exit(0);
}

interface Row {
  file: string;
  chars: number;
  plain: number;
  article: number;
}
const rows: Row[] = [];
for (const page of loadCorpusManifest()) {
  const info = detectArticle(loadPage(page.path));
  const root = info.root;
  if (!info.isArticle || !root) continue;
  rows.push({
    file: page.file,
    chars: buildTextMap(root).text.length,
    plain: time(() => buildTextMap(root)),
    article: time(() => articleTextMap(root)),
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (n: number) => `${n.toFixed(2)} ms`;
const plain = rows.map((r) => r.plain);
const article = rows.map((r) => r.article);
const extra = rows.map((r) => r.article - r.plain);
console.log(
  `${rows.length} article pages, ${(sum(rows.map((r) => r.chars)) / 1e6).toFixed(2)}M chars`,
);
console.log(
  `buildTextMap:   total ${ms(sum(plain))}  median ${ms(median(plain))}  max ${ms(Math.max(...plain))}`,
);
console.log(
  `articleTextMap: total ${ms(sum(article))}  median ${ms(median(article))}  max ${ms(Math.max(...article))}`,
);
console.log(`blanking alone: total ${ms(sum(extra))}  median ${ms(median(extra))}`);
const worst = [...rows].sort((a, b) => b.article - a.article).slice(0, 3);
for (const r of worst) {
  console.log(`  ${ms(r.article)} (plain ${ms(r.plain)}, ${r.chars} chars) ${r.file}`);
}
