// Benchmark 4 (part of `npm run bench`; alone, after a build: `tsx scripts/bench/content-size.ts`):
// the size of the content script as built, minified and gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runAsScript } from '../lib/bench-pages';
import { CHROME_BUILD } from '../lib/chromium';

/** Prints the content script's size; returns the summary's lines. */
export function contentSize(): string[] {
  const js = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'));
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const size = `${kB(js.length)} minified, ${kB(gzipSync(js, { level: 9 }).length)} gzip`;
  console.log(`\n4. Content script (content-scripts/content.js): ${size}`);
  return [`Content script: ${size}`];
}

if (runAsScript(import.meta.url)) contentSize();
