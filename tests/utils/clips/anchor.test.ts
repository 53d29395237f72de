import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote, MIN_SCORE } from '../../../utils/clips/anchor';

const ARTICLE =
  '国务院正式印发《关于加强数字政府建设的指导意见》，对全面开创数字政府建设新局面作出部署。\n' +
  '《指导意见》提出，到2025年，与政府治理能力现代化相适应的数字政府顶层设计更加完善。\n' +
  '到2035年，与国家治理体系和治理能力现代化相适应的数字政府体系框架更加成熟完备。\n' +
  '受消息影响，数字政府板块午后走强，数字政通涨停，英飞拓拉升触板。';

function clipOf(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return describeQuote(text, at, at + quote.length);
}

describe('anchorQuote', () => {
  it('describes a quote with 32 characters of context on each side', () => {
    const [quote, position] = clipOf(ARTICLE, '数字政通涨停');
    expect(quote.exact).toBe('数字政通涨停');
    expect(quote.prefix).toHaveLength(32);
    expect(ARTICLE.slice(position.start - 32, position.start)).toBe(quote.prefix);
    expect(quote.suffix).toBe('，英飞拓拉升触板。');
  });

  it('takes the old position when the text there is unchanged', () => {
    const [quote, position] = clipOf(ARTICLE, '到2035年');
    expect(anchorQuote(ARTICLE, quote, position)).toMatchObject({
      start: position.start,
      method: 'position',
      score: 1,
    });
  });

  it('tells repeated quotes apart by their context after the text moved', () => {
    // "数字政府" occurs many times; clip the one in the last paragraph.
    const text = ARTICLE;
    const occurrences = text.split('数字政府').length - 1;
    const [quote, position] = clipOf(text, '数字政府', occurrences - 1);
    const moved = '【快讯】' + text;
    const found = anchorQuote(moved, quote, position)!;
    expect(found.method).toBe('exact');
    expect(found.start).toBe(position.start + '【快讯】'.length);
  });

  it('finds a quote again after the page edited it slightly', () => {
    const [quote, position] = clipOf(
      ARTICLE,
      '到2025年，与政府治理能力现代化相适应的数字政府顶层设计更加完善。',
    );
    const edited = ARTICLE.replace('顶层设计更加完善', '顶层设计更加完备').replace(
      '正式印发',
      '印发',
    );
    const found = anchorQuote(edited, quote, position)!;
    expect(found.method).toBe('fuzzy');
    expect(found.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(edited.slice(found.start, found.end)).toContain('顶层设计更加完备');
  });

  it('returns null rather than a wrong place when the passage is gone', () => {
    const [quote, position] = clipOf(ARTICLE, '受消息影响，数字政府板块午后走强');
    const without =
      ARTICLE.slice(0, ARTICLE.indexOf('受消息影响')) + '市场整体平稳，两市成交额小幅回落。';
    expect(anchorQuote(without, quote, position)).toBeNull();
    expect(anchorQuote('', quote, position)).toBeNull();
  });

  it('works on English text with edits inside the quote', () => {
    const text =
      'The Federal Reserve held rates steady on Wednesday. Officials signalled two cuts later this year, ' +
      'citing cooling inflation. Markets rallied after the statement.';
    const [quote, position] = clipOf(text, 'Officials signalled two cuts later this year');
    const edited = text.replace('signalled', 'signaled');
    const found = anchorQuote(edited, quote, position)!;
    expect(edited.slice(found.start, found.end)).toBe(
      'Officials signaled two cuts later this year',
    );
  });
});
