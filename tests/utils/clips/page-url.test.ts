import { describe, expect, it } from 'vitest';
import { clipUrl } from '../../../utils/clips/page-url';

describe('clipUrl', () => {
  it('drops tracking parameters and the fragment, keeping the rest', () => {
    expect(
      clipUrl('https://www.cls.cn/detail/1063512?utm_source=wx&utm_medium=share&id=7&fbclid=x#top'),
    ).toBe('https://www.cls.cn/detail/1063512?id=7');
  });

  it('prefers a canonical address on the same site', () => {
    expect(
      clipUrl('https://m.cls.cn/detail/1063512?from=app', 'https://www.cls.cn/detail/1063512'),
    ).toBe('https://www.cls.cn/detail/1063512');
    expect(clipUrl('https://finance.sina.com.cn/a/1.html', '/a/1.html?spm=3')).toBe(
      'https://finance.sina.com.cn/a/1.html',
    );
  });

  it('ignores a canonical on another site or one that does not parse', () => {
    expect(clipUrl('https://finance.sina.com.cn/a/1.html', 'https://news.163.com.cn/x')).toBe(
      'https://finance.sina.com.cn/a/1.html',
    );
    expect(clipUrl('https://www.reuters.com/markets/x', 'https://aggregator.example/x')).toBe(
      'https://www.reuters.com/markets/x',
    );
    expect(clipUrl('https://www.reuters.com/markets/x', 'http://[bad')).toBe(
      'https://www.reuters.com/markets/x',
    );
  });
});
