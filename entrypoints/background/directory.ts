import { browser } from 'wxt/browser';
import { buildDirectory, type Directory } from '../../utils/finance/directory';
import { MARKETS } from '../../utils/finance/markets';
import { parseSymbolTable, type Listing } from '../../utils/finance/symbol-table';
import { withAliases, type SymbolAlias } from '../../utils/finance/user-symbols';

/**
 * The directory the engine uses: the shipped tables, then the lists the reader
 * downloaded, then the reader's own aliases. Built in the background once per
 * change of any of them (≈ 50–90 ms for 6,000 listings), so pages never pay for it.
 */
export const SYMBOL_TABLES: readonly string[] = MARKETS.flatMap((m) => m.tables);

export interface DirectorySources {
  /** A shipped table file's text. */
  readShipped(file: string): Promise<string>;
  /** Changes whenever the downloaded lists do (a cheap read, made on every request). */
  downloadedStamp?(): Promise<string>;
  /** The downloaded lists, shipped listings first wins (read only when the stamp moved). */
  mergeDownloaded?(shipped: readonly Listing[]): Promise<Listing[]>;
  readAliases?(): Promise<SymbolAlias[]>;
}

function tableListings(file: string, text: string): Listing[] {
  const { listings, problems } = parseSymbolTable(text);
  // A bad row is skipped, never fatal: the rest of the table still works.
  for (const p of problems) console.warn(`[FinMark] ${file} line ${p.line}: ${p.message}`);
  return listings;
}

/**
 * A loader that reads each source only when it changed and keeps the built
 * directory. A caller that has just read the reader's aliases passes them.
 */
export function createDirectoryLoader(
  sources: DirectorySources,
): (aliases?: readonly SymbolAlias[]) => Promise<Directory> {
  let shipped: Promise<Listing[]> | null = null;
  let merged: { stamp: string; listings: Promise<Listing[]> } | null = null;
  let built: { key: string; directory: Promise<Directory> } | null = null;

  const readShipped = () => {
    shipped ??= (async () => {
      const listings: Listing[] = [];
      for (const file of SYMBOL_TABLES) {
        listings.push(...tableListings(file, await sources.readShipped(file)));
      }
      return listings;
    })().catch((error: unknown) => {
      shipped = null; // try again on the next request
      throw error;
    });
    return shipped;
  };

  const readMerged = async (stamp: string) => {
    if (merged?.stamp !== stamp) {
      const listings = readShipped().then(async (base) =>
        sources.mergeDownloaded && stamp ? sources.mergeDownloaded(base) : base,
      );
      merged = { stamp, listings };
      listings.catch(() => {
        if (merged?.listings === listings) merged = null;
      });
    }
    return merged.listings;
  };

  return async (given) => {
    const [stamp, aliases] = await Promise.all([
      sources.downloadedStamp?.() ?? '',
      given ?? sources.readAliases?.() ?? [],
    ]);
    const key = `${stamp}\n${JSON.stringify(aliases)}`;
    if (built?.key !== key) {
      const directory = readMerged(stamp).then((listings) =>
        buildDirectory(withAliases(listings, aliases)),
      );
      built = { key, directory };
      directory.catch(() => {
        if (built?.directory === directory) built = null;
      });
    }
    return built.directory;
  };
}

export async function readPackaged(file: string): Promise<string> {
  // getURL's path type lists only known public files; these are added at build time.
  const url = (browser.runtime.getURL as (path: string) => string)(`/data/symbols/${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not read ${file}: HTTP ${response.status}`);
  return response.text();
}
