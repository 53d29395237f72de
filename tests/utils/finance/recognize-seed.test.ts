import { describe, expect, it } from 'vitest';
import { articleText } from '../../../utils/article/article-text';
import { detectArticle } from '../../../utils/article/detect';
import { recognize } from '../../../utils/finance/recognize';
import { corpusAvailable, SEED_PAGE } from '../../support/corpus';
import { loadPage } from '../../support/load-page';
import { shippedDirectory } from '../../support/shipped-directory';

describe.runIf(corpusAvailable())('recognize on the 财联社 seed article', () => {
  const info = detectArticle(loadPage(SEED_PAGE));
  const text = articleText(info.root!);
  const entities = recognize(text, {
    publishedAt: info.publishedTime,
    lang: info.lang,
    directory: shippedDirectory(),
  });
  const of = (kind: string) => entities.filter((e) => e.kind === kind);

  it('finds all sixteen companies, by short name, and nothing else', () => {
    const tickers = of('ticker').map((e) => `${e.text} ${e.value}`);
    expect(tickers).toEqual([
      '英飞拓 002528.SZ',
      '数字政通 300075.SZ',
      '榕基软件 002474.SZ',
      '德生科技 002908.SZ',
      '科创信息 300730.SZ',
      '用友网络 600588.SH',
      '久远银海 002777.SZ',
      '石基信息 002153.SZ',
      '捷成股份 300182.SZ',
      '任子行 300311.SZ',
      '四维图新 002405.SZ',
      '普联软件 300996.SZ',
      '奇安信 688561.SH',
      '北信源 300352.SZ',
      '中国软件 600536.SH',
      '二三四五 002195.SZ',
    ]);
  });

  it('finds its dates with the right values, and its policy dates', () => {
    const dates = [...of('date'), ...of('policy-date')];
    expect(new Set(dates.map((d) => d.value))).toEqual(
      new Set(['2022-07-01', '2022-04', '2025', '2035', '2024', '2022-06-24', '2022-06-29']),
    );
    expect(
      of('policy-date')
        .map((d) => d.value)
        .sort(),
    ).toEqual(['2022-04', '2025', '2035']);
  });

  it('links 《指导意见》 to the guideline it abbreviates', () => {
    const docs = of('policy-doc');
    expect(docs.length).toBeGreaterThan(5);
    expect(new Set(docs.map((d) => d.value))).toEqual(new Set(['关于加强数字政府建设的指导意见']));
  });

  it('gives offsets that point at the text', () => {
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
