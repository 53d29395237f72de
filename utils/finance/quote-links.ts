import type { Market } from './markets';

/**
 * Where a reader can look a listing up. Each market has a few quote sites; the
 * reader picks which ones the cards link to (options page), and a market always
 * keeps at least one. Built from the normalised value only.
 */
export interface QuoteLink {
  site: string;
  url: string;
}

export type MarketGroup = 'cn' | 'hk' | 'us';

interface QuoteSite {
  id: string;
  name: string;
  group: MarketGroup;
  url(code: string, value: string, market: Market): string;
}

export const QUOTE_SITES: readonly QuoteSite[] = [
  {
    id: 'eastmoney',
    name: 'Eastmoney',
    group: 'cn',
    url: (code, _, market) =>
      market === 'BJ'
        ? `https://quote.eastmoney.com/bj/${code}.html`
        : `https://quote.eastmoney.com/${market.toLowerCase()}${code}.html`,
  },
  {
    id: 'xueqiu',
    name: 'Xueqiu',
    group: 'cn',
    url: (code, _, market) => `https://xueqiu.com/S/${market}${code}`,
  },
  {
    id: 'sina',
    name: 'Sina Finance',
    group: 'cn',
    url: (code, _, market) =>
      `https://finance.sina.com.cn/realstock/company/${market.toLowerCase()}${code}/nc.shtml`,
  },
  {
    id: 'hkex',
    name: 'HKEX',
    group: 'hk',
    url: (code) =>
      `https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=${Number(code)}&sc_lang=en`,
  },
  {
    id: 'aastocks',
    name: 'AAStocks',
    group: 'hk',
    url: (code) => `https://www.aastocks.com/en/stocks/quote/detail-quote.aspx?symbol=${code}`,
  },
  {
    id: 'eastmoney-hk',
    name: 'Eastmoney',
    group: 'hk',
    url: (code) => `https://quote.eastmoney.com/hk/${code}.html`,
  },
  {
    id: 'xueqiu-hk',
    name: 'Xueqiu',
    group: 'hk',
    url: (code) => `https://xueqiu.com/S/${code}`,
  },
  {
    id: 'yahoo',
    name: 'Yahoo Finance',
    group: 'us',
    // Yahoo writes class shares with a hyphen (BRK-B).
    url: (_, value) => `https://finance.yahoo.com/quote/${value.replace('.', '-')}`,
  },
  {
    id: 'google',
    name: 'Google Finance',
    group: 'us',
    url: (_, value) => `https://www.google.com/finance?q=${encodeURIComponent(value)}`,
  },
  {
    id: 'nasdaq',
    name: 'Nasdaq.com',
    group: 'us',
    url: (_, value) => `https://www.nasdaq.com/market-activity/stocks/${value.toLowerCase()}`,
  },
  {
    id: 'xueqiu-us',
    name: 'Xueqiu',
    group: 'us',
    url: (_, value) => `https://xueqiu.com/S/${value}`,
  },
];

export const DEFAULT_QUOTE_SITES: readonly string[] = [
  'eastmoney',
  'xueqiu',
  'hkex',
  'aastocks',
  'yahoo',
  'google',
];

export function marketGroup(market: Market): MarketGroup {
  return market === 'HK' ? 'hk' : market === 'US' ? 'us' : 'cn';
}

/** The chosen sites' links for a listing; the market's first site when none is chosen. */
export function quoteLinks(
  value: string,
  market: Market,
  chosen: readonly string[] = DEFAULT_QUOTE_SITES,
): QuoteLink[] {
  const code = value.split('.')[0]!;
  const sites = QUOTE_SITES.filter((s) => s.group === marketGroup(market));
  const picked = sites.filter((s) => chosen.includes(s.id));
  return (picked.length ? picked : sites.slice(0, 1)).map((s) => ({
    site: s.name,
    url: s.url(code, value, market),
  }));
}
