import { Automaton } from './aho-corasick';
import { MARKETS } from './markets';
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
  /** The company's primary listing. */
  listing: Listing;
  name: ListingName;
  /** The one listing whose row carries this name, when only one does (比亚迪股份: 01211.HK). */
  own?: Listing;
}

export interface Directory {
  readonly listings: readonly Listing[];
  byValue(value: string): Listing | undefined;
  /** The listing a second listing points to (`same_as`), or the listing itself. */
  primary(listing: Listing): Listing;
  /** The company's US listing, when the primary is elsewhere (Alibaba: 09988.HK → BABA). */
  usListingOf(listing: Listing): Listing | undefined;
  /** Every listing of the listing's company, the primary first (中国平安: 601318.SH, 02318.HK). */
  listingsOf(listing: Listing): readonly Listing[];
  /** Every directory name in `text`, leftmost-longest, without overlaps. */
  findNames(text: string): NameMatch[];
}

const SHORT_AFTER_INITIALS = /^(?:[A-Z]\.\s?){2,3}([A-Z][a-z]{3,})$/;
const GLUED_GROUP = /^([A-Z][a-z]{3,})Group$/;
// (U.S. Bancorp's last word names no company)
const NOT_SHORT_NAMES = new Set(['Bancorp', 'Bank', 'Financial']);

interface Entry {
  listing: Listing;
  name: ListingName;
  /** A market's `notNames` word: matched so that the name inside it never stands, then dropped. */
  notName?: true;
  /** The rows carrying the name: one listing, or null once a second carries it too. */
  own?: Listing | null;
}

const LEGAL_FORM_STOP = /\s(?:&\s)?(?:Co|Inc|Corp|Ltd|Cos)\.$/;
const LEGAL_FORM_WORD = /\s(Corporation|Company|Incorporated|Limited|plc)$/;
const LEGAL_FORM_SHORT: Record<string, string[]> = {
  Corporation: ['Corp.', 'Corp'],
  Company: ['Co.', 'Co'],
  Incorporated: ['Inc.', 'Inc'],
  Limited: ['Ltd.', 'Ltd'],
  plc: ['Plc', 'PLC'],
};

/**
 * The other ways news writes a name's legal form: "Merck & Co." as "Merck & Co's", "EQT
 * Corporation" as "EQT Corp.", "BP plc" as "BP Plc". Spellings the listing names itself
 * keep their own entry (and its flags).
 */
function legalFormSpellings(text: string, names: readonly { text: string }[]): string[] {
  const own = new Set(names.map((n) => n.text));
  const out: string[] = [];
  if (LEGAL_FORM_STOP.test(text)) out.push(text.slice(0, -1));
  const word = LEGAL_FORM_WORD.exec(text);
  if (word) {
    const head = text.slice(0, word.index + 1);
    for (const short of LEGAL_FORM_SHORT[word[1]!]!) out.push(head + short);
  }
  return out.filter((spelling) => !own.has(spelling));
}

export function buildDirectory(listings: readonly Listing[]): Directory {
  const byValue = new Map<string, Listing>();
  for (const l of listings) if (!byValue.has(l.value)) byValue.set(l.value, l);
  const primary = (l: Listing) => (l.sameAs ? (byValue.get(l.sameAs) ?? l) : l);
  const usSecondary = new Map<Listing, Listing>();
  // Companies listed more than once only: a lookup for any other (most of a big
  // directory) then misses in a small table rather than in one entry per listing.
  const company = new Map<Listing, Listing[]>();
  for (const l of byValue.values()) {
    const p = primary(l);
    if (p !== l) company.set(p, [...(company.get(p) ?? [p]), l]);
  }
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
        : /證券|線/.test(name.text)
          ? // HKEX's own short names write 証 and 綫 (中信証券, 眾安在綫), and Hong Kong pages
            // follow them.
            [name.text, name.text.replaceAll('證券', '証券').replaceAll('線', '綫')]
          : [name.text, ...legalFormSpellings(name.text, listing.names)];
      const spellings =
        // (not a name that is also a word: SNAP is the food-benefit programme)
        !name.ordinaryWord &&
        name.text.length >= 4 &&
        /^[\x20-\x7e’]+$/.test(name.text) &&
        /[a-z]/.test(name.text)
          ? [...base, ...base.map((b) => b.toUpperCase())]
          : base;
      for (const spelling of spellings) {
        const existing = entries.get(spelling);
        if (!existing || (existing.listing !== owner && listing === owner)) {
          const own = existing?.listing === owner && existing.own !== listing ? null : listing;
          entries.set(spelling, { listing: owner, name, own });
        } else if (existing.listing === owner && existing.own !== listing) {
          // A second listing of the company writes the name too: it names no one line.
          existing.own = null;
        }
      }
    }
  }
  // The short name a story uses after the full one: the surname of a name written with
  // initials (D.R. Horton → Horton, J.B. Hunt → Hunt) and the head of a name glued to
  // Group (PulteGroup → Pulte). Everyday words as they may be (Hunt, Smith), they count
  // only where the text names the company in full (see `ordinaryWord`), and never when
  // another company's name starts with them (J.P. Morgan's "Morgan" is Morgan Stanley's).
  const firstWords = new Set<string>();
  for (const spelling of entries.keys()) {
    const space = spelling.indexOf(' ');
    if (space > 0) firstWords.add(spelling.slice(0, space));
  }
  for (const listing of listings) {
    const owner = primary(listing);
    for (const name of listing.names) {
      if (name.ordinaryWord) continue;
      const short = SHORT_AFTER_INITIALS.exec(name.text)?.[1] ?? GLUED_GROUP.exec(name.text)?.[1];
      if (!short || entries.has(short) || firstWords.has(short) || NOT_SHORT_NAMES.has(short))
        continue;
      entries.set(short, { listing: owner, name: { text: short, ordinaryWord: true }, own: null });
    }
  }
  // Words that hold a name but are not the company win the leftmost-longest match
  // over the name inside them (中国新能源 over 国新能源), then are dropped.
  const holder = listings[0];
  if (holder) {
    for (const word of MARKETS.flatMap((m) => m.notNames)) {
      if (!entries.has(word))
        entries.set(word, {
          listing: holder,
          name: { text: word, ordinaryWord: true },
          notName: true,
        });
    }
  }
  const matcher = new Automaton<Entry>([...entries].map(([pattern, data]) => ({ pattern, data })));

  return {
    listings,
    byValue: (value) => byValue.get(value),
    primary,
    usListingOf: (listing) => usSecondary.get(primary(listing)),
    listingsOf: (listing) => company.get(primary(listing)) ?? [listing],
    findNames(text) {
      const found: NameMatch[] = [];
      const matches = matcher.searchLeftmostLongest(text);
      // A counted loop: no iterator result per name while this runs unoptimised.
      for (let i = 0; i < matches.length; i++) {
        const m = matches[i]!;
        if (m.data.notName) continue;
        const { listing, name, own } = m.data;
        const match: NameMatch = { start: m.start, end: m.end, listing, name };
        if (own) match.own = own;
        found.push(match);
      }
      return found;
    },
  };
}
