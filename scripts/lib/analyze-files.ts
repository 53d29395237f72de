import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyseArticle } from '../../utils/analyse-article';
import { decodeHtml } from '../../utils/article/decode-html';
import type { Directory } from '../../utils/finance/directory';
import { loadShippedDirectory } from './shipped-directory';

/**
 * The core of `npm run analyze`: reads saved pages (HTML, gzipped HTML, a URL or
 * stdin), runs detection and recognition on each, and yields one plain object per
 * input. A failing input (unreadable file, broken gzip, a page that throws) yields
 * `{file, error}` and the remaining inputs still run.
 */

export interface AnalyzedPage {
  file: string;
  isArticle: boolean;
  title: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  confidence: number;
  /** Only with `withText`. */
  text?: string;
  entities: Record<string, unknown>[];
}

export interface FailedPage {
  file: string;
  error: string;
}

export type AnalyzeRecord = AnalyzedPage | FailedPage;

export interface RawInput {
  bytes: Uint8Array;
  /** The page's address (URL inputs), used as the document URL. */
  url?: string;
  /** The Content-Type header of a URL input. */
  contentType?: string;
}

export interface AnalyzeOptions {
  withText?: boolean;
  directory?: Directory;
  /** Reads standard input for `-` (defaults to process.stdin). */
  readStdin?: () => Promise<Uint8Array>;
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True when the bytes start with gzip's magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Unzips a `.gz` name or gzip bytes; anything else is returned unchanged. */
export function maybeGunzip(name: string, bytes: Uint8Array): Uint8Array {
  if (!/\.gz$/i.test(name) && !isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new Error(`not valid gzip (${errorMessage(error)})`, { cause: error });
  }
}

export async function readInput(
  arg: string,
  readStdin: () => Promise<Uint8Array> = readProcessStdin,
): Promise<RawInput> {
  if (arg === '-') return { bytes: maybeGunzip(arg, await readStdin()) };
  if (/^https?:\/\//i.test(arg)) {
    const response = await fetch(arg);
    if (!response.ok) throw new Error(`${arg} answered HTTP ${response.status}`);
    return {
      bytes: maybeGunzip(arg, new Uint8Array(await response.arrayBuffer())),
      url: response.url,
      contentType: response.headers.get('content-type') ?? undefined,
    };
  }
  return { bytes: maybeGunzip(arg, await readFile(arg)) };
}

/**
 * Decodes page bytes the way a browser would: a charset in the HTTP header wins
 * (GBK/GB2312 read as GB18030), otherwise `decodeHtml` decides by the bytes.
 */
export function decodeInput(input: RawInput): string {
  const headerCharset = /charset=([\w-]+)/i.exec(input.contentType ?? '')?.[1];
  if (headerCharset) {
    const label = /^gb/i.test(headerCharset) ? 'gb18030' : headerCharset;
    try {
      return new TextDecoder(label).decode(input.bytes);
    } catch {
      // An unknown charset label in the header: decide by the bytes instead.
    }
  }
  return decodeHtml(input.bytes).text;
}

/** A jsdom window for decoded HTML; `.xhtml` names (also `.xhtml.gz`) parse as XML. */
export function parseHtml(
  html: string,
  options: { name?: string; url?: string; contentType?: string } = {},
): JSDOM {
  const name = (options.name ?? '').replace(/\.gz$/i, '');
  const xhtml = /\.xhtml?$/i.test(name) || /xhtml/i.test(options.contentType ?? '');
  return new JSDOM(html, {
    // Page scripts never run; jsdom's own complaints (unparsable CSS) are noise here.
    virtualConsole: new VirtualConsole(),
    ...(options.url ? { url: options.url } : {}),
    contentType: xhtml ? 'application/xhtml+xml' : 'text/html',
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Analyses one input; never throws (a failure becomes `{file, error}`). */
export async function analyzeOne(
  arg: string,
  options: AnalyzeOptions = {},
): Promise<AnalyzeRecord> {
  let dom: JSDOM | null = null;
  try {
    const input = await readInput(arg, options.readStdin);
    dom = parseHtml(decodeInput(input), {
      name: arg,
      url: input.url,
      contentType: input.contentType,
    });
    const directory = options.directory ?? loadShippedDirectory();
    const { info, text, entities } = analyseArticle(dom.window.document, directory);
    return {
      file: arg,
      isArticle: info.isArticle,
      title: info.title,
      publishedTime: info.publishedTime,
      siteName: info.siteName,
      lang: info.lang,
      confidence: Number(info.confidence.toFixed(3)),
      ...(options.withText ? { text } : {}),
      entities: entities.map(({ kind, value, text: t, start, end, ...details }) => ({
        kind,
        value,
        text: t,
        start,
        end,
        ...details,
      })),
    };
  } catch (error) {
    return { file: arg, error: errorMessage(error) };
  } finally {
    dom?.window.close();
  }
}

/** Analyses the inputs one after another, yielding a record per input in order. */
export async function* analyzeFiles(
  args: readonly string[],
  options: AnalyzeOptions = {},
): AsyncGenerator<AnalyzeRecord> {
  for (const arg of args) yield await analyzeOne(arg, options);
}

export function isFailure(record: AnalyzeRecord): record is FailedPage {
  return 'error' in record;
}

export interface CliResult {
  /** 0 when at least one input was analysed, 1 when every input failed, 2 for usage. */
  exitCode: number;
  analysed: number;
  failed: number;
}

export const USAGE =
  'usage: npm run analyze -- [--text] <file.html | file.html.gz | url | -> [more files…]';

/**
 * The whole CLI behind `npm run analyze`, with its output stream injectable for
 * tests: one JSON line per input, written as soon as that input is done.
 */
export async function runAnalyzeCli(
  argv: readonly string[],
  write: (line: string) => void,
  options: Omit<AnalyzeOptions, 'withText'> = {},
): Promise<CliResult> {
  const withText = argv.includes('--text');
  const inputs = argv.filter((a) => a !== '--text');
  if (inputs.length === 0) return { exitCode: 2, analysed: 0, failed: 0 };
  let analysed = 0;
  let failed = 0;
  for await (const record of analyzeFiles(inputs, { ...options, withText })) {
    if (isFailure(record)) failed++;
    else analysed++;
    write(`${JSON.stringify(record)}\n`);
  }
  return { exitCode: analysed === 0 ? 1 : 0, analysed, failed };
}
