import { browser } from 'wxt/browser';
import { buildDirectory, type Directory } from '../../utils/finance/directory';
import { parseSymbolTable, type Listing } from '../../utils/finance/symbol-table';

/**
 * The shipped symbol directory, loaded from the extension's own files once per
 * background lifetime and built into its matcher (≈ 50–90 ms for 6,000 listings),
 * so pages never pay for it. Issue 6 adds downloaded lists and the user's entries.
 */
export const SYMBOL_TABLES = ['cn.tsv', 'cn-all.tsv', 'hk.tsv', 'us.tsv'] as const;

/** A loader that reads the tables once and keeps the built directory. */
export function createDirectoryLoader(
  read: (file: string) => Promise<string>,
): () => Promise<Directory> {
  let loading: Promise<Directory> | null = null;
  return () => {
    loading ??= (async () => {
      const listings: Listing[] = [];
      for (const file of SYMBOL_TABLES) {
        const { listings: found, problems } = parseSymbolTable(await read(file));
        // A bad row is skipped, never fatal: the rest of the table still works.
        for (const p of problems) console.warn(`[FinMark] ${file} line ${p.line}: ${p.message}`);
        listings.push(...found);
      }
      return buildDirectory(listings);
    })().catch((error: unknown) => {
      loading = null; // try again on the next request
      throw error;
    });
    return loading;
  };
}

export const loadDirectory = createDirectoryLoader(readPackaged);

async function readPackaged(file: string): Promise<string> {
  // getURL's path type lists only known public files; these are added at build time.
  const url = (browser.runtime.getURL as (path: string) => string)(`/data/symbols/${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not read ${file}: HTTP ${response.status}`);
  return response.text();
}
