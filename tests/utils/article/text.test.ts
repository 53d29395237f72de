import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dominantScript, effectiveLength, measureText } from '../../../utils/article/text';

describe('text measures', () => {
  it('weighs a Chinese character like a short English word', () => {
    expect(effectiveLength('央行降准')).toBe(12);
    expect(effectiveLength('  rate   cut ')).toBe(8);
  });

  it('tells Chinese, Japanese and Latin text apart', () => {
    expect(
      dominantScript(
        '国务院印发关于加强数字政府建设的指导意见，对全面开创数字政府建设新局面作出部署。',
      ),
    ).toBe('zh');
    expect(
      dominantScript(
        'トレンドマイクロは新しいセキュリティ製品を発表しました。東京証券取引所に上場しています。',
      ),
    ).toBe('ja');
    expect(dominantScript('The Federal Reserve held interest rates steady on Wednesday.')).toBe(
      'latin',
    );
    expect(dominantScript('12 34')).toBeNull();
  });

  it('separates prose, links, list items and teaser headings', () => {
    const { document } = new JSDOM(`<div id="r">
      <p>${'监管部门表示将继续推动资本市场高质量发展。'.repeat(2)}</p>
      <ul><li><a href="/1">相关新闻一</a></li><li>列表项文字</li></ul>
      <h3><a href="/2">Teaser headline</a></h3>
      <script>var ignored = "not text";</script>
    </div>`).window;
    const stats = measureText(document.getElementById('r')!);
    expect(stats.paragraphs).toBe(1);
    expect(stats.linkLength).toBe(
      effectiveLength('相关新闻一') + effectiveLength('Teaser headline'),
    );
    expect(stats.listLength).toBe(effectiveLength('相关新闻一') + effectiveLength('列表项文字'));
    expect(stats.teasers).toBe(1);
    expect(stats.length).toBeLessThan(1000);
  });
});
