import { Automaton } from './aho-corasick';
import type { Listing, ListingName } from './symbol-table';

/**
 * The symbol directory the engine receives: listings plus the indexes built from
 * them once (a single Aho–Corasick automaton over every name, and code lookups).
 * Built from the shipped tables today; issue 6 adds downloaded lists and the
 * user's own entries by passing more listings to `buildDirectory`.
 */
export interface NameMatch {
  start: number;
  end: number;
  listing: Listing;
  name: ListingName;
}

export interface Directory {
  readonly listings: readonly Listing[];
  byValue(value: string): Listing | undefined;
  /** The listing a second listing points to (`same_as`), or the listing itself. */
  primary(listing: Listing): Listing;
  /** The company's US listing, when the primary is elsewhere (Alibaba: 09988.HK → BABA). */
  usListingOf(listing: Listing): Listing | undefined;
  /** Every directory name in `text`, leftmost-longest, without overlaps. */
  findNames(text: string): NameMatch[];
}

interface Entry {
  listing: Listing;
  name: ListingName;
}

export function buildDirectory(listings: readonly Listing[]): Directory {
  const byValue = new Map<string, Listing>();
  for (const l of listings) if (!byValue.has(l.value)) byValue.set(l.value, l);
  const primary = (l: Listing) => (l.sameAs ? (byValue.get(l.sameAs) ?? l) : l);
  const usSecondary = new Map<Listing, Listing>();
  for (const l of listings) {
    const p = primary(l);
    // Only a home listing abroad has a US one to prefer (GOOG is a second US class of GOOGL).
    if (l.market === 'US' && p.market !== 'US' && !usSecondary.has(p)) usSecondary.set(p, l);
  }

  // One pattern per distinct name; a name a second listing repeats belongs to the primary.
  const entries = new Map<string, Entry>();
  for (const listing of listings) {
    for (const name of listing.names) {
      if (name.text.length < 2) continue;
      const owner = primary(listing);
      // Typeset apostrophes: news sites write Lowe’s as often as Lowe's. Quote tables
      // and headlines write names in capitals (THE HOME DEPOT INC.): long Latin names
      // get their capitalised spelling too (short ones would meet acronyms).
      const base = name.text.includes("'")
        ? [name.text, name.text.replaceAll("'", '’')]
        : [name.text];
      const spellings =
        name.text.length >= 4 && /^[\x20-\x7e’]+$/.test(name.text) && /[a-z]/.test(name.text)
          ? [...base, ...base.map((b) => b.toUpperCase())]
          : base;
      for (const spelling of spellings) {
        const existing = entries.get(spelling);
        if (!existing || (existing.listing !== owner && listing === owner)) {
          entries.set(spelling, { listing: owner, name });
        }
      }
    }
  }
  const matcher = new Automaton<Entry>([...entries].map(([pattern, data]) => ({ pattern, data })));

  return {
    listings,
    byValue: (value) => byValue.get(value),
    primary,
    usListingOf: (listing) => usSecondary.get(primary(listing)),
    findNames(text) {
      return matcher.searchLeftmostLongest(text).map((m) => ({
        start: m.start,
        end: m.end,
        listing: m.data.listing,
        name: m.data.name,
      }));
    },
  };
}
