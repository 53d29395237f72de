import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDirectory, type Directory } from '../../utils/finance/directory';
import { MARKETS } from '../../utils/finance/markets';
import {
  parseSymbolTable,
  type Listing,
  type TableProblem,
} from '../../utils/finance/symbol-table';

/**
 * The symbol directory the extension ships, built in Node from the TSV tables in
 * public/data/symbols. The tables are read in the markets' order, as the background
 * reads them (the first listing of a value wins), so scripts and tests score the very
 * directory the extension uses. Tests import it from here too.
 */
export const SYMBOLS_DIR = resolve(import.meta.dirname, '../../public/data/symbols');

export function loadShippedListings(): {
  listings: Listing[];
  problems: (TableProblem & { file: string })[];
} {
  const listings: Listing[] = [];
  const problems: (TableProblem & { file: string })[] = [];
  for (const file of MARKETS.flatMap((m) => m.tables)) {
    const parsed = parseSymbolTable(readFileSync(join(SYMBOLS_DIR, file), 'utf8'));
    listings.push(...parsed.listings);
    problems.push(...parsed.problems.map((p) => ({ ...p, file })));
  }
  return { listings, problems };
}

let cached: Directory | null = null;
export function shippedDirectory(): Directory {
  cached ??= buildDirectory(loadShippedListings().listings);
  return cached;
}

/** The name analyze-files.ts uses. */
export const loadShippedDirectory = shippedDirectory;
