import type { Market } from './markets';

/**
 * Where a reader can look a listing up: two quote pages per market (A-shares:
 * Eastmoney and Xueqiu; Hong Kong: HKEX and AAStocks; US: Yahoo Finance and Google
 * Finance). Built from the normalised value only.
 */
export interface QuoteLink {
  site: string;
  url: string;
}

export function quoteLinks(value: string, market: Market): QuoteLink[] {
  const code = value.split('.')[0]!;
  switch (market) {
    case 'SH':
    case 'SZ':
      return [
        {
          site: 'Eastmoney',
          url: `https://quote.eastmoney.com/${market.toLowerCase()}${code}.html`,
        },
        { site: 'Xueqiu', url: `https://xueqiu.com/S/${market}${code}` },
      ];
    case 'BJ':
      return [
        { site: 'Eastmoney', url: `https://quote.eastmoney.com/bj/${code}.html` },
        { site: 'Xueqiu', url: `https://xueqiu.com/S/BJ${code}` },
      ];
    case 'HK':
      return [
        {
          site: 'HKEX',
          url: `https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=${Number(code)}&sc_lang=en`,
        },
        {
          site: 'AAStocks',
          url: `https://www.aastocks.com/en/stocks/quote/detail-quote.aspx?symbol=${code}`,
        },
      ];
    case 'US':
      return [
        // Yahoo writes class shares with a hyphen (BRK-B).
        {
          site: 'Yahoo Finance',
          url: `https://finance.yahoo.com/quote/${value.replace('.', '-')}`,
        },
        {
          site: 'Google Finance',
          url: `https://www.google.com/finance?q=${encodeURIComponent(value)}`,
        },
      ];
  }
}
