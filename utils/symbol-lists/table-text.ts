import type { Listing, ListingName } from '../finance/symbol-table';
import { tableSafe } from './listing';

/**
 * Writes listings in the symbol directory's table format, the one
 * parseSymbolTable reads: code, market, zh, en, aliases (`|`), lists (`|`),
 * same_as; a `~` before a name flags an ordinary word, a `^` a second-mention short name. For listings in the shape
 * parseSymbolTable gives (names = [zh, en, ...aliases]) the round trip is exact.
 * Text that would break a cell (tab, newline, `|`, a leading `~` or `^`) is cleaned.
 */

function cell(name: ListingName | undefined): string {
  if (!name) return '';
  const text = tableSafe(name.text);
  if (!text) return text;
  return name.secondMention ? `^${text}` : name.ordinaryWord ? `~${text}` : text;
}

function line(listing: Listing): string {
  const rest = [...listing.names];
  const take = (text: string | null): ListingName | undefined => {
    if (text === null) return undefined;
    const at = rest.findIndex((n) => n.text === text);
    return at >= 0 ? rest.splice(at, 1)[0] : { text, ordinaryWord: false };
  };
  const zh = take(listing.zh);
  const en = take(listing.en);
  const aliases = rest.map(cell).filter(Boolean);
  const lists = listing.lists.map(tableSafe).filter(Boolean);
  return [
    listing.code,
    listing.market,
    cell(zh),
    cell(en),
    aliases.join('|'),
    lists.join('|'),
    listing.sameAs ? tableSafe(listing.sameAs) : '',
  ].join('\t');
}

/** The table text for `listings`, with optional `#` comment lines first. */
export function toSymbolTable(listings: readonly Listing[], comment?: string): string {
  const head = comment
    ? comment
        .split(/\r?\n/)
        .map((l) => `# ${l}`.trimEnd())
        .join('\n') + '\n'
    : '';
  return head + listings.map(line).join('\n') + (listings.length ? '\n' : '');
}
