import { MARKETS, marketOf, type Exchange, type Market, type QuoteSite } from './markets';

/**
 * Where a reader can look a listing up. Each market has a few quote sites (its
 * own file in `markets/` lists them); the reader picks which ones the cards link
 * to (options page), and a market always keeps at least one. Built from the
 * normalised value only.
 */
export interface QuoteLink {
  site: string;
  url: string;
}

/** Every market's quote sites, market by market, each with the market it serves. */
export const QUOTE_SITES: readonly (QuoteSite<Exchange> & { market: Market })[] = MARKETS.flatMap(
  (m) => m.quoteSites.map((s) => ({ ...s, market: m.id })),
);

/** The sites linked until the reader chooses: those each market marks `byDefault`. */
export const DEFAULT_QUOTE_SITES: readonly string[] = QUOTE_SITES.filter((s) => s.byDefault).map(
  (s) => s.id,
);

/** The chosen sites' links for a listing; the market's first site when none is chosen. */
export function quoteLinks(
  value: string,
  exchange: Exchange,
  chosen: readonly string[] = DEFAULT_QUOTE_SITES,
): QuoteLink[] {
  const code = value.split('.')[0]!;
  const sites = marketOf(exchange).quoteSites;
  const picked = sites.filter((s) => chosen.includes(s.id));
  return (picked.length ? picked : sites.slice(0, 1)).map((s) => ({
    site: s.name,
    url: s.url(code, value, exchange),
  }));
}
