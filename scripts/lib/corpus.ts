import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus lives outside the project (../shared from the project root) and
 * is present on CI and developer machines but not on a bare clone. Scripts and tests
 * that use it check `corpusAvailable()` first (tests import this from scripts/lib).
 */
const here = dirname(fileURLToPath(import.meta.url));
// FINMARK_SHARED_DIR: a worktree outside the project's folder reads the same corpus.
export const SHARED_DIR = process.env.FINMARK_SHARED_DIR
  ? resolve(process.env.FINMARK_SHARED_DIR)
  : resolve(here, '../../../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const SEED_PAGE = join(SHARED_DIR, 'fixtures/pages/cls-digital-government-2022-07-01.html');

export interface CorpusPage {
  file: string;
  path: string;
  site: string;
  /** Language as labelled: "en", "zh-Hans", "zh-Hant", "fr", … */
  lang: string;
  isArticle: boolean;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'MANIFEST.md'));
}

/** Rows of the MANIFEST's per-source tables: | `file` | source | site | lang | art | … */
export function loadCorpusManifest(): CorpusPage[] {
  const text = readFileSync(join(CORPUS_DIR, 'MANIFEST.md'), 'utf8');
  const pages: CorpusPage[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // cells[0] is empty (line starts with |); the file cell is backquoted.
    const file = /^`([^`]+\.html?)`$/.exec(cells[1] ?? '')?.[1];
    if (!file || cells.length < 7) continue;
    const art = cells[5] ?? '';
    if (!/^[YN]\b/.test(art)) continue;
    pages.push({
      file,
      path: join(CORPUS_DIR, file),
      site: cells[3] ?? '',
      lang: cells[4] ?? '',
      isArticle: art.startsWith('Y'),
    });
  }
  return pages;
}

export function languageGroup(lang: string): 'zh' | 'en' | 'other' {
  if (lang.startsWith('zh')) return 'zh';
  if (lang === 'en') return 'en';
  return 'other';
}
