import type { ListSourceId } from '../finance/markets';
import type { Listing } from '../finance/symbol-table';
import { downloadBse } from './bse';
import { downloadHkex } from './hkex';
import { uniqueByValue } from './listing';
import { downloadNasdaq } from './nasdaq';
import { SOURCE_ORIGINS } from './origins';
import { fail, SourceError } from './source-error';
import { downloadSse } from './sse';
import { downloadSzse } from './szse';

/**
 * The exchanges' official lists of listed companies, which the user can download
 * to keep the symbol directory current. Each source knows its requests (through
 * an injected fetch, so it runs in the MV3 service worker and in Node tests),
 * its parser and the least number of listings a complete list has.
 */

export { SourceError };
export { SSE_REFERER } from './sse';

/** The sources the markets name (each market's file lists its own); each is implemented here. */
export type SourceId = ListSourceId;

export interface SymbolSource {
  id: SourceId;
  /** Host permission match patterns the downloads need, e.g. 'https://www.nasdaqtrader.com/*'. */
  origins: string[];
  /** Fewer listings than this means a truncated or changed file: refuse it. */
  minimumCount: number;
  /** Downloads (through the given fetch) and parses; throws SourceError naming the source and what was wrong. */
  download(fetchFn: typeof fetch): Promise<Listing[]>;
}

interface SourceSpec {
  id: SourceId;
  name: string;
  origins: string[];
  minimumCount: number;
  fetchListings(fetchFn: typeof fetch): Promise<Listing[]>;
}

function defineSource(spec: SourceSpec): SymbolSource {
  return {
    id: spec.id,
    origins: spec.origins,
    minimumCount: spec.minimumCount,
    async download(fetchFn) {
      let listings: Listing[];
      try {
        listings = uniqueByValue(await spec.fetchListings(fetchFn));
      } catch (error) {
        if (error instanceof SourceError) throw error;
        // A bug or an unexpected shape: still say which source, never a bare TypeError.
        const reason = error instanceof Error ? error.message : String(error);
        return fail(spec.name, `unexpected error while reading the list: ${reason}`);
      }
      if (listings.length < spec.minimumCount) {
        fail(
          spec.name,
          `only ${listings.length} listings, fewer than the ${spec.minimumCount} a complete list has: ` +
            'the file looks truncated or its format changed',
        );
      }
      return listings;
    },
  };
}

// Minimums sit well below the size of a complete list (public snapshots of
// October 2026: SSE 1,702 main board + 618 STAR, SZSE 2,904, BSE 344; HKEX some
// 2,600 equities; the two US files several thousand rows each), so delistings
// never trip them and a file cut in half does.
export const SYMBOL_SOURCES: readonly SymbolSource[] = [
  defineSource({
    id: 'nasdaq',
    name: 'Nasdaq Trader symbol directory',
    origins: [...SOURCE_ORIGINS.nasdaq],
    minimumCount: 5000,
    fetchListings: downloadNasdaq,
  }),
  defineSource({
    id: 'sse',
    name: 'Shanghai Stock Exchange',
    origins: [...SOURCE_ORIGINS.sse],
    minimumCount: 1500,
    fetchListings: downloadSse,
  }),
  defineSource({
    id: 'szse',
    name: 'Shenzhen Stock Exchange',
    origins: [...SOURCE_ORIGINS.szse],
    minimumCount: 2000,
    fetchListings: downloadSzse,
  }),
  defineSource({
    id: 'bse',
    name: 'Beijing Stock Exchange',
    origins: [...SOURCE_ORIGINS.bse],
    minimumCount: 150,
    fetchListings: downloadBse,
  }),
  defineSource({
    id: 'hkex',
    name: 'HKEX list of securities',
    origins: [...SOURCE_ORIGINS.hkex],
    minimumCount: 2000,
    fetchListings: downloadHkex,
  }),
];

export function symbolSource(id: SourceId): SymbolSource {
  const source = SYMBOL_SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`unknown symbol source ${id}`);
  return source;
}
