import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  dominantScript,
  effectiveLength,
  measureRun,
  measureText,
} from '../../../utils/article/text';

describe('text measures', () => {
  it('weighs a Chinese character like a short English word', () => {
    expect(effectiveLength('央行降准')).toBe(12);
    expect(effectiveLength('  rate   cut ')).toBe(8);
  });

  it('measures a run in one pass exactly as folding white space and counting CJK would', () => {
    // Every kind of character the loop distinguishes, including the rarer \s members.
    const alphabet = [
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      'a',
      '1',
      '，',
      '央',
      '㐀',
      'カ',
      '한',
      '豈',
      '\u200b',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = next() % 12; i > 0; i--) text += alphabet[next() % alphabet.length];
      const folded = text.replace(/\s+/g, ' ').trim();
      const cjk =
        folded.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g)
          ?.length ?? 0;
      expect(measureRun(text), JSON.stringify(text)).toEqual({ length: folded.length, cjk });
    }
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
