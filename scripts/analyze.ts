// `npm run analyze -- <file.html | url | -> [--text]`: runs the content script's detection and
// recognition on a saved page (article body only) and prints one JSON object:
// {isArticle, title, publishedTime, entities: [{kind, value, text, start, end}]}.
// Pages are decoded by their bytes (GBK pages, pages declaring a charset they do not use).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../utils/article/decode-html';
import { analyseArticle } from '../utils/analyse-article';
import { shippedDirectory } from '../tests/support/shipped-directory';

async function readInput(arg: string): Promise<{ bytes: Uint8Array; url?: string; type?: string }> {
  if (arg === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { bytes: Buffer.concat(chunks) };
  }
  if (/^https?:\/\//i.test(arg)) {
    const response = await fetch(arg);
    if (!response.ok) throw new Error(`${arg} answered HTTP ${response.status}`);
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      url: response.url,
      type: response.headers.get('content-type') ?? undefined,
    };
  }
  return { bytes: readFileSync(arg) };
}

async function main() {
  const arg = process.argv[2];
  const withText = process.argv.includes('--text');
  if (!arg) throw new Error('usage: npm run analyze -- <file.html | url | -> [--text]');
  const { bytes, url, type } = await readInput(arg);
  const headerCharset = /charset=([\w-]+)/i.exec(type ?? '')?.[1];
  const text = headerCharset
    ? new TextDecoder(
        headerCharset.toLowerCase().startsWith('gb') ? 'gb18030' : headerCharset,
      ).decode(bytes)
    : decodeHtml(bytes).text;
  const contentType =
    /\.xhtml?$/i.test(arg) || /xhtml/.test(type ?? '') ? 'application/xhtml+xml' : 'text/html';
  const doc = new JSDOM(text, { ...(url ? { url } : {}), contentType }).window.document;
  const { info, text: body, entities } = analyseArticle(doc, shippedDirectory());
  const output = {
    isArticle: info.isArticle,
    title: info.title,
    publishedTime: info.publishedTime,
    siteName: info.siteName,
    lang: info.lang,
    confidence: Number(info.confidence.toFixed(3)),
    ...(withText ? { text: body } : {}),
    entities: entities.map(({ kind, value, text: t, start, end, ...details }) => ({
      kind,
      value,
      text: t,
      start,
      end,
      ...details,
    })),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`analyze: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
