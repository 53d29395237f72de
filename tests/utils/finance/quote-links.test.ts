import { describe, expect, it } from 'vitest';
import { quoteLinks } from '../../../utils/finance/quote-links';

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
