import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, articleTextMap } from '../../../utils/article/article-text';
import { detectArticle } from '../../../utils/article/detect';
import { buildTextMap } from '../../../utils/article/text-map';
import { loadPage } from '../../../scripts/lib/load-page';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

const root = (html: string) =>
  new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

/** The words left for recognition, white space folded. */
const words = (html: string) => articleText(root(html)).replace(/\s+/g, ' ').trim();

describe('articleTextMap', () => {
  it('blanks credits, bylines and source lines and keeps every offset', () => {
    const r = root(`<p>Apple shares rose 2% on Tuesday.</p>
      <figure><img src="a.jpg"><figcaption>Traders on the floor. Spencer Platt/Getty Images</figcaption></figure>
      <p>Photo: Reuters</p><p>By Jane Doe</p>
      <p>本报讯（记者 韩立平 通讯员 苏雯）腾讯控股昨日公布业绩。</p><p>图片来源：视觉中国</p>
      <p>记者 王晓明 报道</p><p>来源：东方财富网</p><p>Microsoft fell 1%.</p>`);
    const plain = buildTextMap(r);
    const map = articleTextMap(r);
    expect(map.text.length).toBe(plain.text.length);
    expect(map.segments).toEqual(plain.segments);
    for (const gone of [
      'Getty',
      'Reuters',
      'Jane Doe',
      '韩立平',
      '视觉中国',
      '王晓明',
      '东方财富',
    ]) {
      expect(map.text).not.toContain(gone);
    }
    for (const kept of [
      'Apple shares rose 2% on Tuesday.',
      'Traders on the floor.',
      '腾讯控股昨日公布业绩。',
      'Microsoft fell 1%.',
    ]) {
      expect(map.text.indexOf(kept)).toBe(plain.text.indexOf(kept));
    }
    // Only blanked: outside the excluded stretches the text is the map's own.
    for (let i = 0; i < plain.text.length; i++) {
      if (!map.excluded.some(([a, b]) => i >= a && i < b)) expect(map.text[i]).toBe(plain.text[i]);
    }
  });

  it('blanks shopping boxes, share bars, related links, ad slots and quote tables', () => {
    const text = words(`<p>Nvidia reported record revenue.</p>
      <div class="box"><b>Apple AirPods Pro</b> $199 <a href="/x">Buy now</a></div>
      <div><span>Share</span> <span>Facebook</span> <span>Twitter</span></div>
      <ul><li><a href="/1">Amazon cuts prices</a></li><li><a href="/2">Tesla recalls cars</a></li></ul>
      <p>Advertisement</p><div class="ad-slot">Open an account with Visa today</div>
      <table><tr><td>腾讯</td><td>380.2</td><td>+1.2%</td></tr><tr><td>美团</td><td>120.5</td><td>-0.8%</td></tr><tr><td>京东</td><td>130.1</td><td>+0.3%</td></tr></table>
      <div><a href="/buy">立即购买</a> 小米手环 ¥199</div>
      <p>Its shares rose 3%.</p>`);
    expect(text).toBe('Nvidia reported record revenue. Its shares rose 3%.');
  });

  it('leaves ordinary prose alone, including a source named in a sentence', () => {
    const html = `<p>据新华社报道，来源：于国家统计局的数据显示，5月CPI同比上涨0.3%。</p>
      <p>Shares of Visa rose after the company said payments volume grew 8%.</p>
      <p>He shared the photo on Facebook and Twitter.</p>
      <p>Amazon (NASDAQ: <a class="ticker-symbol" href="/q/amzn">AMZN</a>) rose 3.6%.</p>
      <div class="blog-post">攝影班外拍的絕佳場所之一</div>`;
    expect(articleText(root(html))).toBe(buildTextMap(root(html)).text);
  });

  it('keeps the text of every fixture article, blanking only what is not the story', () => {
    const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<
      string,
      { isArticle: boolean; rootContains: string[] }
    >;
    for (const [file, want] of Object.entries(expected)) {
      if (!want.isArticle) continue;
      const info = detectArticle(loadPage(join(PAGES, file)));
      const map = articleTextMap(info.root!);
      expect(map.text.length, file).toBe(buildTextMap(info.root!).text.length);
      const folded = map.text.replace(/\s+/g, '');
      // The reporter line of the old-newspaper fixture is in the body but not the story.
      if (file === 'own-zh-benbao-table.html') expect(folded).not.toContain('韩立平');
      for (const phrase of want.rootContains) {
        expect(folded, `${file}: ${phrase}`).toContain(phrase.replace(/\s+/g, ''));
      }
    }
  });
});
