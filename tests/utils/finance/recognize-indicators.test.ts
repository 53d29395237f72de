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
  it('keeps the dates inside an indicator’s span as its own, and the date before it apart', () => {
    const text = '二季度GDP同比增长4.7%，较2023年同期放缓，贵州茅台下跌。';
    found.indicators = [indicatorAt(text, 'GDP同比增长4.7%，较2023年同期放缓')];
    expect(kindsOf(text)).toEqual([
      ['date', '二季度'],
      ['indicator', 'GDP同比增长4.7%，较2023年同期放缓'],
      ['ticker', '贵州茅台'],
    ]);
  });

  it('leaves a figure quoted in a document title to the title', () => {
    const text = '统计局发布《2024年5月份居民消费价格同比上涨0.3%》。';
    found.indicators = [indicatorAt(text, '居民消费价格同比上涨0.3%')];
    expect(kindsOf(text)).toEqual([['policy-doc', '《2024年5月份居民消费价格同比上涨0.3%》']]);
  });
});
