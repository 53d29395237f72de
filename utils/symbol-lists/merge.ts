import type { Listing } from '../finance/symbol-table';

/**
 * Merges downloaded listings into the shipped (curated) ones.
 *
 * - The same value in both: the shipped listing wins, whole (its aliases,
 *   ordinary-word flags and same_as are curated; the download adds nothing).
 * - A downloaded listing's name that already names a different shipped company
 *   (case-insensitive) is dropped from it: the curated owner keeps the name.
 * - Two downloaded listings with the same name (GOOG and GOOGL are both
 *   "Alphabet Inc."; share classes; a company's second listing) are one
 *   company: the later one keeps the name and points to the first with same_as,
 *   as the shipped tables do for second listings.
 * - A downloaded listing left with no name is dropped. A nameless listing is
 *   accepted by buildDirectory (its code would still be looked up), but the
 *   table format cannot hold it (parseSymbolTable refuses "has no name"), and
 *   the merged lists are stored as table text.
 * zh/en stay in step with names: a dropped zh or en becomes null, so the result
 * round-trips through toSymbolTable/parseSymbolTable.
 */
export function mergeListings(shipped: Listing[], downloaded: Listing[]): Listing[] {
  const shippedValues = new Map(shipped.map((l) => [l.value, l]));
  const primaryOf = (l: Listing) => (l.sameAs && shippedValues.get(l.sameAs)) || l;
  // Lower-cased name → the primary listing (company) that owns it.
  const shippedOwner = new Map<string, Listing>();
  for (const l of shipped) {
    for (const n of l.names) {
      const key = n.text.toLowerCase();
      if (!shippedOwner.has(key)) shippedOwner.set(key, primaryOf(l));
    }
  }
  // Lower-cased name → the downloaded company (primary listing) that took it first.
  const downloadedOwner = new Map<string, Listing>();
  const added = new Map<string, Listing>();

  for (const listing of downloaded) {
    if (shippedValues.has(listing.value) || added.has(listing.value)) continue;
    const free = listing.names.filter((n) => !shippedOwner.has(n.text.toLowerCase()));
    const company =
      (listing.sameAs && added.get(listing.sameAs)) ||
      free.map((n) => downloadedOwner.get(n.text.toLowerCase())).find((o) => o !== undefined);
    // A name another downloaded company took first stays with it.
    const names = free.filter((n) => {
      const owner = downloadedOwner.get(n.text.toLowerCase());
      return !owner || owner === company;
    });
    if (names.length === 0) continue;
    const keep = (text: string | null) =>
      text !== null && names.some((n) => n.text === text) ? text : null;
    const merged: Listing = {
      ...listing,
      zh: keep(listing.zh),
      en: keep(listing.en),
      names,
      sameAs: company ? company.value : listing.sameAs,
    };
    for (const n of names) {
      const key = n.text.toLowerCase();
      if (!downloadedOwner.has(key)) downloadedOwner.set(key, company ?? merged);
    }
    added.set(merged.value, merged);
  }
  return [...shipped, ...added.values()];
}
