// Benchmark 4 (part of `npm run bench`; alone, after a build: `tsx scripts/bench/content-size.ts`):
// the size of the content script as built, minified and gzipped: the loader every page runs,
// and the rest, which only pages that need it load (issue 14).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runAsScript } from '../lib/bench-pages';
import { CHROME_BUILD } from '../lib/chromium';

const PARTS = [
  ['Loader, on every page', 'content-scripts/content.js'],
  ['The rest, when a page needs it', 'content-main.js'],
] as const;

/** Prints the content script's size; returns the summary's lines. */
export function contentSize(): string[] {
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const lines = PARTS.map(([what, path]) => {
    const js = readFileSync(join(CHROME_BUILD, path));
    return `${what} (${path}): ${kB(js.length)} minified, ${kB(gzipSync(js, { level: 9 }).length)} gzip`;
  });
  console.log('\n4. Content script');
  for (const line of lines) console.log(`  ${line}`);
  return lines.map((line) => `Content script, ${line[0]!.toLowerCase()}${line.slice(1)}`);
}

if (runAsScript(import.meta.url)) contentSize();
