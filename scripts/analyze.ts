// `npm run analyze -- [--text] <page.html | page.html.gz | url | -> [more pages…]`: runs the
// content script's detection and recognition on saved pages (article body only) and prints
// JSON Lines, one object per input, in the order given:
//   {file, isArticle, title, publishedTime, siteName, lang, confidence, text?, entities: [
//     {kind, value, text, start, end, …details}]}
// `--text` adds the body text the entity offsets point into. Gzip is read by the name
// (`.gz`) or by the bytes (1f 8b); `-` reads stdin. Pages are decoded by their bytes (GBK
// pages, pages declaring a charset they do not use). A failing input (unreadable file, broken
// gzip, a page that throws) prints {file, error} and the rest go on.
// Exit code: 0 when at least one input was analysed, 1 only when every input failed,
// 2 without inputs.
import { runAnalyzeCli, USAGE } from './lib/analyze-files';

runAnalyzeCli(process.argv.slice(2), (line) => process.stdout.write(line))
  .then(({ exitCode, failed, analysed }) => {
    if (exitCode === 2) console.error(USAGE);
    else if (failed > 0) console.error(`analyze: ${failed} of ${failed + analysed} inputs failed`);
    process.exitCode = exitCode;
  })
  .catch((error: unknown) => {
    console.error(`analyze: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
