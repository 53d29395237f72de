import { describe, expect, it, vi } from 'vitest';
import type { IndicatorEntity } from '../../../utils/finance/indicators';
import { recognize } from '../../../utils/finance/recognize';
import { smallDirectory } from './small-directory';

// The recogniser is written elsewhere; here it finds what each test says it finds,
// so recognize()'s own part (who owns a span) is tested alone.
const found = vi.hoisted(() => ({ indicators: [] as IndicatorEntity[] }));
vi.mock('../../../utils/finance/indicators', () => ({
  matchIndicators: () => found.indicators,
}));

function indicatorAt(text: string, span: string): IndicatorEntity {
  const start = text.indexOf(span);
  return {
    kind: 'indicator',
    value: 'GDP:2024-Q2',
    text: span,
    start,
    end: start + span.length,
    series: 'GDP',
    period: '2024-Q2',
    figure: 4.7,
    unit: '%',
    basis: 'yoy',
    sentence: text,
  };
}

const kindsOf = (text: string) =>
  recognize(text, { publishedAt: '2024-07-15T10:00:00+08:00', directory: smallDirectory() }).map(
    (e) => [e.kind, e.text],
  );

describe('recognize: indicators', () => {
  it('keeps the date before an indicator apart', () => {
    const text = '二季度GDP同比增长4.7%，贵州茅台下跌。';
    found.indicators = [indicatorAt(text, 'GDP同比增长4.7%')];
    expect(kindsOf(text)).toEqual([
      ['date', '二季度'],
      ['indicator', 'GDP同比增长4.7%'],
      ['ticker', '贵州茅台'],
    ]);
  });

  it('keeps a date written between the series and its figure, and ends the mark before it', () => {
    const text = 'Industrial production in May fell 1.3% from a year earlier.';
    found.indicators = [indicatorAt(text, 'Industrial production in May fell 1.3%')];
    const entities = recognize(text, {
      publishedAt: '2024-07-15T10:00:00Z',
      directory: smallDirectory(),
    });
    expect(entities.map((e) => [e.kind, e.text])).toEqual([
      ['indicator', 'Industrial production'],
      ['date', 'May'],
    ]);
    // The card still has the whole figure.
    expect(entities[0]).toMatchObject({ figure: 4.7, value: 'GDP:2024-Q2' });
  });

  it('leaves a figure quoted in a document title to the title', () => {
    const text = '统计局发布《2024年5月份居民消费价格同比上涨0.3%》。';
    found.indicators = [indicatorAt(text, '居民消费价格同比上涨0.3%')];
    expect(kindsOf(text)).toEqual([['policy-doc', '《2024年5月份居民消费价格同比上涨0.3%》']]);
  });
});

describe('recognize: the page language', () => {
  it('reads 04/05/2025 day first on a British page and month first on an American one', () => {
    found.indicators = [];
    const values = (lang: string) =>
      recognize('The levy applies from 04/05/2025.', {
        publishedAt: '2025-03-01T10:00:00Z',
        lang,
        directory: smallDirectory(),
      }).map((e) => e.value);
    expect(values('en-GB')).toEqual(['2025-05-04']);
    expect(values('en-US')).toEqual(['2025-04-05']);
  });
});
