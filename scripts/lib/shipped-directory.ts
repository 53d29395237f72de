import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDirectory, type Directory } from '../../utils/finance/directory';
import { parseSymbolTable } from '../../utils/finance/symbol-table';

/**
 * The symbol directory the extension ships, built in Node from the TSV tables in
 * public/data/symbols (the same tables the content script loads). Scripts use this
 * copy so that they never import from tests/.
 */
const SYMBOL_TABLES = resolve(import.meta.dirname, '../../public/data/symbols');

let directory: Directory | null = null;

export function loadShippedDirectory(): Directory {
  if (directory) return directory;
  const tables = readdirSync(SYMBOL_TABLES)
    .filter((name) => name.endsWith('.tsv'))
    .sort();
  const listings = tables.flatMap(
    (name) => parseSymbolTable(readFileSync(join(SYMBOL_TABLES, name), 'utf8')).listings,
  );
  directory = buildDirectory(listings);
  return directory;
}
