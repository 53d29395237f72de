// One loader for scripts and tests: scripts/lib/shipped-directory.ts.
export {
  loadShippedListings,
  shippedDirectory,
  SYMBOLS_DIR,
} from '../../scripts/lib/shipped-directory';
