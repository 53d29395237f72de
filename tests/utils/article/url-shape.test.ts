import { describe, expect, it } from 'vitest';
import { urlShape } from '../../../utils/article/url-shape';

describe('urlShape', () => {
  it.each([
    ['https://www.cls.cn/detail/1063512', 'article'],
    [
      'https://www.reuters.com/markets/us/stocks-slip-as-fed-caution-lingers-2024-05-02/',
      'article',
    ],
    ['https://news.example.com/2024/05/02/rates.html', 'article'],
    ['https://finance.example.cn/stock/20240520/5012641.shtml', 'article'],
    ['https://www.example.com/', 'front'],
    ['https://www.example.com/markets/', 'front'],
    ['https://www.example.com/search?q=inflation', 'search'],
    ['https://quote.example.com/quote/AAPL', 'quote'],
    ['https://www.example.com/screener', 'quote'],
    ['https://www.example.com/about/team/page', 'unknown'],
    ['about:blank', 'unknown'],
    ['not a url', 'unknown'],
  ])('%s → %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
  });
});
