import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_SITES, QUOTE_SITES, quoteLinks } from '../../../utils/finance/quote-links';

describe('quoteLinks', () => {
  it('gives two quote pages per market', () => {
    expect(quoteLinks('600519.SH', 'SH').map((l) => l.url)).toEqual([
      'https://quote.eastmoney.com/sh600519.html',
      'https://xueqiu.com/S/SH600519',
    ]);
    expect(quoteLinks('830799.BJ', 'BJ')[0]!.url).toBe(
      'https://quote.eastmoney.com/bj/830799.html',
    );
    expect(quoteLinks('00700.HK', 'HK').map((l) => l.site)).toEqual(['HKEX', 'AAStocks']);
    expect(quoteLinks('00700.HK', 'HK')[0]!.url).toContain('sym=700&');
    expect(quoteLinks('BRK.B', 'US')[0]!.url).toBe('https://finance.yahoo.com/quote/BRK-B');
    expect(quoteLinks('AAPL', 'US')[1]!.url).toBe('https://www.google.com/finance?q=AAPL');
  });
});

describe('quoteLinks with the reader’s choice of sites', () => {
  it('links only the chosen sites, in catalogue order', () => {
    const chosen = ['sina', 'xueqiu', 'nasdaq', 'xueqiu-hk'];
    expect(quoteLinks('600519.SH', 'SH', chosen).map((l) => l.url)).toEqual([
      'https://xueqiu.com/S/SH600519',
      'https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml',
    ]);
    expect(quoteLinks('00700.HK', 'HK', chosen).map((l) => l.url)).toEqual([
      'https://xueqiu.com/S/00700',
    ]);
    expect(quoteLinks('BRK.B', 'US', chosen).map((l) => l.url)).toEqual([
      'https://www.nasdaq.com/market-activity/stocks/brk.b',
    ]);
  });

  it('keeps the market’s first site when the reader chose none of its sites', () => {
    expect(quoteLinks('AAPL', 'US', ['eastmoney']).map((l) => l.site)).toEqual(['Yahoo Finance']);
  });
});

describe('the quote-site catalogue, gathered from the markets', () => {
  it('lists the sites market by market, and links two per market by default', () => {
    expect(QUOTE_SITES.map((s) => `${s.market}:${s.id}`)).toEqual([
      'cn:eastmoney',
      'cn:xueqiu',
      'cn:sina',
      'hk:hkex',
      'hk:aastocks',
      'hk:eastmoney-hk',
      'hk:xueqiu-hk',
      'us:yahoo',
      'us:google',
      'us:nasdaq',
      'us:xueqiu-us',
    ]);
    expect(DEFAULT_QUOTE_SITES).toEqual([
      'eastmoney',
      'xueqiu',
      'hkex',
      'aastocks',
      'yahoo',
      'google',
    ]);
  });
});
