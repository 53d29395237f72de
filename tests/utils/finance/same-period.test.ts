import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';

const DEC = '2028-12-15T10:00:00+08:00';
const spans = (text: string) => matchDates(text, DEC).map((d) => [d.text, d.value]);

describe('去年同期 / 上年同期: the same period a year earlier', () => {
  it('is the period its sentence reports, a year earlier', () => {
    expect(spans('11月社会融资规模增量为1.86万亿元，比上年同期多2100亿元。')).toEqual([
      ['11月', '2028-11'],
      ['上年同期', '2027-11'],
    ]);
    expect(spans('一季度净利润同比增长12%，去年同期为亏损。')).toEqual([
      ['一季度', '2028-Q1'],
      ['去年同期', '2027-Q1'],
    ]);
    expect(spans('上半年銷售額按年上升，較去年同期累升約4%。')).toEqual([
      ['上半年', '2028-H1'],
      ['去年同期', '2027-H1'],
    ]);
  });

  it('is the publish month a year earlier when its sentence names no period', () => {
    expect(spans('政策基调较去年同期更为积极。')).toEqual([['去年同期', '2027-12']]);
    // (a period named in the sentence before is another statement's)
    expect(spans('11月CPI同比上涨0.6%。政策基调较去年同期更为积极。')).toContainEqual([
      '去年同期',
      '2027-12',
    ]);
  });

  it('leaves 去年 alone as last year', () => {
    expect(spans('去年公司营收增长。')).toEqual([['去年', '2027']]);
  });
});
