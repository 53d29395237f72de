import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDirectory, type Directory } from '../../utils/finance/directory';
import {
  parseSymbolTable,
  type Listing,
  type TableProblem,
} from '../../utils/finance/symbol-table';

/** The symbol tables shipped in the extension, read from disk (Node side). */
export const SYMBOLS_DIR = resolve(import.meta.dirname, '../../public/data/symbols');

export function loadShippedListings(): {
  listings: Listing[];
  problems: (TableProblem & { file: string })[];
} {
  const listings: Listing[] = [];
  const problems: (TableProblem & { file: string })[] = [];
  for (const file of readdirSync(SYMBOLS_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
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
