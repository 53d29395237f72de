// Developer aid: prints detectArticle's verdict and reasons for every corpus page.
import { detectArticle } from '../utils/article/detect';
import { corpusAvailable, loadCorpusManifest } from './lib/corpus';
import { loadPage } from './lib/load-page';

if (!corpusAvailable()) {
  console.error('No ../shared/corpus here.');
  process.exit(1);
}
const only = process.argv[2];
for (const page of loadCorpusManifest()) {
  if (only && !page.file.includes(only)) continue;
  const doc = loadPage(page.path);
  const t0 = performance.now();
  const info = detectArticle(doc);
  const ms = performance.now() - t0;
  const ok = info.isArticle === page.isArticle ? 'ok ' : 'BAD';
  console.log(
    `${ok} ${page.isArticle ? 'Y' : 'N'} ${info.confidence.toFixed(2)} ${page.lang.padEnd(7)} ${ms.toFixed(0).padStart(4)}ms ${page.file.slice(0, 60)}`,
  );
  if (only || ok === 'BAD') {
    console.log('    ', info.reasons.join(' | '));
    console.log(
      '     title:',
      info.title,
      '| site:',
      info.siteName,
      '| time:',
      info.publishedTime,
      '| lang:',
      info.lang,
      '| by:',
      info.byline,
    );
  }
}
