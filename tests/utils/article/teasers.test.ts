import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../utils/article/article-text';
import {
  copyrightCredits,
  isRelatedHeading,
  isTeaserList,
  leadLine,
  measureBlocks,
  slideshows,
  teaserAt,
} from '../../../utils/article/teasers';
import { buildTextMap } from '../../../utils/article/text-map';

const root = (html: string) =>
  new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

/** The words left for recognition, white space folded. */
const words = (html: string) => articleText(root(html)).replace(/\s+/g, ' ').trim();

/** What `teaserAt` blanks among the root's children: their ids, or tag names. */
function teasersOf(html: string): string[] {
  const r = root(html);
  const blocks = measureBlocks(r);
  const lead = leadLine(blocks);
  const out: string[] = [];
  for (let child = r.firstElementChild; child; child = child.nextElementSibling) {
    const hit = teaserAt(child, blocks, lead);
    if (!hit) continue;
    out.push(...hit.map((el) => el.getAttribute('id') ?? el.localName));
    child = hit[hit.length - 1]!;
  }
  return out;
}

const PROSE =
  'The lender said quarterly profit rose 12% as fee income recovered and bad loans fell.';
const PROSE_ZH = '该行表示，受手续费收入回暖和不良贷款下降带动，第三季度净利润同比增长百分之十二。';

describe('measureBlocks', () => {
  it('counts characters and link characters without scripts, and knows a line', () => {
    const r = root(
      `<p>Shares of <a href="/q">Big Bank</a> rose.<script>var x = 1;</script></p><div><p>a</p><p>b</p></div>`,
    );
    const blocks = measureBlocks(r);
    const [p, div] = [r.children[0]!, r.children[1]!];
    expect(blocks.size(p)).toEqual({
      chars: 'SharesofBigBankrose.'.length,
      links: 7,
      multiline: false,
    });
    expect(blocks.size(div).multiline).toBe(true);
    expect(blocks.size(r).chars).toBe(22);
  });

  it('collects slide counters and © lines as it goes', () => {
    const blocks = measureBlocks(
      root('<span>2/9</span><span>© Example Wire</span><p>2/9 of it</p>'),
    );
    expect(blocks.counters.map((t) => t.data)).toEqual(['2/9']);
    expect(blocks.copyrights.map((t) => t.data)).toEqual(['© Example Wire']);
  });
});

describe('isRelatedHeading', () => {
  it('reads the headings of related boxes in English and Chinese', () => {
    for (const heading of [
      'Read more',
      'Related articles',
      'More from Markets',
      'You might also like',
      'Business news in pictures',
      '为你推荐',
      '相关阅读',
      '推荐阅读：',
      '熱門文章',
      '你可能還想看',
    ]) {
      expect(isRelatedHeading(heading), heading).toBe(true);
    }
  });

  it('does not read sentences or ordinary section titles as one', () => {
    for (const line of [
      'Related party transactions rose',
      'Read more about the rule in the annex',
      'Outlook',
      '推荐阅读本报告的投资者注意风险',
      '市场表现',
    ]) {
      expect(isRelatedHeading(line), line).toBe(false);
    }
  });
});

describe('teaserAt', () => {
  it('takes a "Read more:" line and an "Our Standards:" badge, not the prose between', () => {
    expect(
      teasersOf(`<p>${PROSE}</p>
        <p id="more"><strong>Read more:</strong> <a href="/x">Big Bank weighs a sale of its card unit</a></p>
        <p>${PROSE}</p>
        <div id="badge"><span>Our Standards:</span><span><a href="/trust">The Example Wire Trust Principles.</a></span></div>`),
    ).toEqual(['more', 'badge']);
  });

  it('takes a line that is nothing but a link, never a headline-length section title', () => {
    expect(
      teasersOf(`<p>${PROSE}</p>
        <p id="promo"><strong><a href="/app">GET THE APP BY TAPPING HERE</a></strong></p>
        <h3><a href="/bank">Big Bank bets on cards</a></h3><p>${PROSE}</p>`),
    ).toEqual(['promo']);
  });

  it('takes a related heading and the list under it, up to the next line of story', () => {
    const list = [1, 2, 3]
      .map((i) => `<li><a href="/s${i}">Another story number ${i} about banks</a></li>`)
      .join('');
    expect(
      teasersOf(
        `<p>${PROSE}</p><h3 id="head">Related stories</h3><ul id="list">${list}</ul><p>${PROSE}</p>`,
      ),
    ).toEqual(['head', 'list']);
  });

  it('takes a related box even when it opens the body', () => {
    const list = [1, 2]
      .map((i) => `<li><a href="/s${i}">Another story number ${i} about banks</a></li>`)
      .join('');
    expect(words(`<div><h4>Read more</h4><ul>${list}</ul></div><p>${PROSE}</p>`)).toBe(PROSE);
  });

  it('takes a 为你推荐 box of headline, summary and date cards', () => {
    const cards = [
      '央行开展逆回购操作维护流动性合理充裕',
      '多家银行下调存款利率释放了什么信号',
      '券商板块午后拉升成交额明显放大',
    ]
      .map(
        (title, i) =>
          `<dl><dt><a href="/n${i}"><img src="t.jpg"></a></dt><dd class="tit"><a href="/n${i}">${title}</a></dd>` +
          `<dd class="exp">${PROSE_ZH}</dd><dd class="sj">2024-03-0${i + 1}</dd></dl>`,
      )
      .join('');
    const text = words(
      `<p>${PROSE_ZH}</p><div class="box"><h2>为你推荐</h2><div class="cards">${cards}</div></div>`,
    );
    expect(text).toBe(PROSE_ZH);
  });

  it('takes a list of other stories led by their headlines, even without a heading', () => {
    const items = [1, 2, 3, 4]
      .map(
        (i) =>
          `<div class="item"><span>Example News · ${i}h ago</span><h4><a href="/s${i}">Story ${i} says markets rallied again</a></h4><p>A short summary of story ${i}.</p></div>`,
      )
      .join('');
    expect(words(`<p>${PROSE}</p><div class="feed">${items}</div>`)).toBe(PROSE);
  });

  it('leaves prose with a link or two, Chinese prose and bullets led by a company alone', () => {
    const html = `<p>${PROSE} <a href="/q">Big Bank</a> shares rose 2% in <a href="/m">early trade</a>.</p>
      <p>据<a href="/x">新华社</a>报道，<a href="/q">某某银行</a>今日发布公告称：${PROSE_ZH}</p>
      <p>该集团今日宣布：<a href="/x">将在香港第二上市，募资规模预计超过百亿港元</a></p>
      <ul><li><a href="/a">Apple</a> rose 3% after results beat forecasts.</li>
      <li><a href="/b">Microsoft shares climbed sharply</a> after the company raised its outlook.</li>
      <li><a href="/c">Tesla</a> fell 2% on delivery worries.</li></ul>
      <p>Related party transactions rose in the quarter, the filing showed.</p>`;
    expect(articleText(root(html))).toBe(buildTextMap(root(html)).text);
  });

  it('keeps the first line of the story even when it is a link', () => {
    const html = `<p><a href="/topics/banks">Bank results season</a></p><p>${PROSE}</p><p>Shares fell.</p>`;
    expect(words(html)).toBe(`Bank results season ${PROSE} Shares fell.`);
  });
});

describe('isTeaserList', () => {
  it('wants three short items led by headlines, most of the list', () => {
    const item = (i: number) =>
      `<li><a href="/s${i}">Story ${i} says markets rallied again</a><p>Summary ${i}.</p></li>`;
    const list = (html: string) => {
      const r = root(html);
      return isTeaserList(r.firstElementChild!, measureBlocks(r));
    };
    expect(list(`<ul>${item(1)}${item(2)}${item(3)}</ul>`)).toBe(true);
    expect(list(`<ul>${item(1)}${item(2)}</ul>`)).toBe(false);
    // Sections of a listicle: a linked title over a long paragraph each.
    const long = `<p>${PROSE.repeat(6)}</p>`;
    const sections = [1, 2, 3]
      .map(
        (i) => `<section><h3><a href="/c${i}">Company ${i} bets on cards</a></h3>${long}</section>`,
      )
      .join('');
    expect(list(`<div>${sections}</div>`)).toBe(false);
  });
});

describe('slideshows and copyright credits', () => {
  it('takes a slideshow of other news by its counters, and the © credit of a picture', () => {
    const slides = [1, 2, 3, 4]
      .map((i) => `<div><span>${i}/4</span><h4>Slide ${i}</h4><p>Caption of slide ${i}.</p></div>`)
      .join('');
    const r = root(`<p>${PROSE}</p><div class="slides"><h3>News in pictures</h3>${slides}</div>
      <p><span class="pic"><img src="p.jpg">© Provided by Example Press Inc</span>${PROSE}</p>`);
    const blocks = measureBlocks(r);
    expect(slideshows(blocks).map((el) => el.getAttribute('class'))).toEqual(['slides']);
    expect(copyrightCredits(blocks).map((el) => el.getAttribute('class'))).toEqual(['pic']);
    expect(articleText(r).replace(/\s+/g, ' ').trim()).toBe(`${PROSE} ${PROSE}`);
  });

  it('does not take counters of fewer than three slides, nor the whole story', () => {
    const two = root(`<p>${PROSE}</p><div><span>1/2</span><span>2/2</span></div>`);
    expect(slideshows(measureBlocks(two))).toEqual([]);
    const whole = root(`<span>1/3</span><p>${PROSE}</p><span>2/3</span><span>3/3</span>`);
    expect(slideshows(measureBlocks(whole))).toEqual([]);
  });
});

describe('teaser lines in article text', () => {
  it('blanks copyright and rights lines and bracketed pointers to other stories', () => {
    const text = words(`<p>${PROSE}</p><p><em>© Example Wire 2021</em></p>
      <p>Copyright © 2020 Example Media. All rights reserved.</p>
      <p>${PROSE_ZH}（更多详情：某某银行拟出售信用卡业务 市场反应平淡）</p>
      <p>【本文版权归某某财经所有，未经授权不得转载。】</p>`);
    expect(text).toBe(`${PROSE} ${PROSE_ZH}`);
  });

  it('reads lines around a long blanked widget in linear time', () => {
    const slides = Array.from(
      { length: 900 },
      (_, i) => `<span>${i + 1}/900</span> <span>${PROSE}</span> `,
    ).join('');
    const r = root(`<p>${PROSE}</p><div class="slides">${slides}</div><p>${PROSE}</p>`);
    const t0 = performance.now();
    const text = articleText(r);
    // One line of 80,000 blanked characters: patterns with a leading \s* over as many
    // spaces took seconds.
    expect(performance.now() - t0).toBeLessThan(400);
    expect(text.replace(/\s+/g, ' ').trim()).toBe(`${PROSE} ${PROSE}`);
  });

  it('blanks video players and camelCase-named share boxes', () => {
    const text =
      words(`<div class="featured-video"><a href="#">close</a><div class="caption">Big Bank chief talks about another topic</div></div>
      <p>${PROSE}</p><div class="mbArticleSharePic">转播到微博</div>`);
    expect(text).toBe(PROSE);
  });
});
