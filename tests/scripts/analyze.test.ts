import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maybeGunzip, runAnalyzeCli } from '../../scripts/lib/analyze-files';
import type { Directory } from '../../utils/finance/directory';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const ARTICLE = join(PAGES, 'en-markets-article.html');
const NON_ARTICLE = join(PAGES, 'en-search-results.html');
const ZH_ARTICLE = join(PAGES, 'zh-kuaixun.html');

let dir = '';
let gzArticle = '';
let gzNoSuffix = '';
let brokenGzip = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'finmark-analyze-'));
  gzArticle = join(dir, 'zh-kuaixun.html.gz');
  writeFileSync(gzArticle, gzipSync(readFileSync(ZH_ARTICLE)));
  // Gzip bytes under a plain name: recognised by the magic number.
  gzNoSuffix = join(dir, 'markets-saved.html');
  writeFileSync(gzNoSuffix, gzipSync(readFileSync(ARTICLE)));
  // A .gz name whose bytes are not gzip at all.
  brokenGzip = join(dir, 'broken.html.gz');
  writeFileSync(brokenGzip, '<html><body>not compressed</body></html>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], options: Parameters<typeof runAnalyzeCli>[2] = {}) {
  const out: string[] = [];
  const result = await runAnalyzeCli(argv, (chunk) => out.push(chunk), options);
  const text = out.join('');
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.trimEnd().split('\n');
  // Every line is one JSON object on its own.
  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { result, lines, records };
}

describe('npm run analyze over several files', () => {
  it('prints one JSON line per file in order, and a broken file does not stop the rest', async () => {
    const inputs = [ARTICLE, gzArticle, PAGES, brokenGzip, NON_ARTICLE, gzNoSuffix];
    const { result, records } = await run(inputs);
    expect(records.map((r) => r.file)).toEqual(inputs);
    expect(result).toEqual({ exitCode: 0, analysed: 4, failed: 2 });

    const [article, gz, directory, broken, nonArticle, sniffed] = records;
    for (const failure of [directory, broken]) {
      expect(Object.keys(failure!).sort()).toEqual(['error', 'file']);
      expect(failure!.error).toEqual(expect.any(String));
    }
    expect(directory!.error).toMatch(/EISDIR/);
    expect(broken!.error).toMatch(/gzip/);

    for (const ok of [article, gz, nonArticle, sniffed]) {
      expect(ok).not.toHaveProperty('error');
      expect(ok).not.toHaveProperty('text');
      expect(ok).toHaveProperty('title');
      expect(ok).toHaveProperty('publishedTime');
      expect(Array.isArray(ok!.entities)).toBe(true);
    }
    expect(article!.isArticle).toBe(true);
    expect(article!.title).toBe('Stocks slip as Fed caution lingers; Treasury yields rise');
    expect(sniffed).toEqual({ ...article, file: gzNoSuffix });
    expect(gz!.isArticle).toBe(true);
    expect(gz!.title).toBe('华信科技：拟以2亿元至4亿元回购公司股份');
    expect(gz!.publishedTime).toBe('2024-03-20T14:05:33+08:00');
    expect(nonArticle!.isArticle).toBe(false);
  });

  it('adds the body text with --text, and entity offsets point into it', async () => {
    const { records } = await run(['--text', gzArticle]);
    const [page] = records as { text: string; entities: Record<string, unknown>[] }[];
    expect(page!.text).toContain('回购价格上限为每股28.50元');
    expect(page!.entities.length).toBeGreaterThan(0);
    for (const e of page!.entities) {
      expect(Object.keys(e).slice(0, 5)).toEqual(['kind', 'value', 'text', 'start', 'end']);
      expect(page!.text.slice(e.start as number, e.end as number)).toBe(e.text);
    }
  });

  it('reads stdin for -', async () => {
    const { records } = await run(['-'], {
      readStdin: () => Promise.resolve(gzipSync(readFileSync(ARTICLE))),
    });
    expect(records[0]).toMatchObject({ file: '-', isArticle: true });
  });

  it('turns a page that throws into an error line, and fails only when every file failed', async () => {
    const throwing = {
      listings: [],
      byValue: () => undefined,
      primary: (l: unknown) => l,
      usListingOf: () => undefined,
      findNames: () => {
        throw new Error('engine exploded');
      },
    } as unknown as Directory;
    const { result, records } = await run([ARTICLE, PAGES], { directory: throwing });
    expect(records).toEqual([
      { file: ARTICLE, error: 'engine exploded' },
      { file: PAGES, error: expect.stringMatching(/EISDIR/) },
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('asks for inputs when given none', async () => {
    const out: string[] = [];
    expect((await runAnalyzeCli(['--text'], (l) => out.push(l))).exitCode).toBe(2);
    expect(out).toEqual([]);
  });
});

describe('maybeGunzip', () => {
  it('leaves plain bytes alone and unzips by name or by magic number', () => {
    const plain = new TextEncoder().encode('<p>hi</p>');
    expect(maybeGunzip('a.html', plain)).toBe(plain);
    expect(new TextDecoder().decode(maybeGunzip('a.html', gzipSync(plain)))).toBe('<p>hi</p>');
    expect(() => maybeGunzip('a.html.gz', plain)).toThrow(/not valid gzip/);
    expect(() => maybeGunzip('a.html', new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).toThrow(
      /not valid gzip/,
    );
  });
});
