import { describe, expect, it } from 'vitest';
import { distinctTickers, entityLists, quoteTags } from '../../utils/entity-lists';
import type { IndicatorEntity } from '../../utils/finance/indicators';
import { recognize, type Entity } from '../../utils/finance/recognize';
import { shippedDirectory } from '../support/shipped-directory';
import { smallDirectory } from './finance/small-directory';

describe('entityLists', () => {
  const text =
    '今年4月，国务院印发《关于加强数字政府建设的指导意见》（以下简称《指导意见》）。到2035年基本建成，到2025年更加完善。' +
    '中国软件涨停，英飞拓拉升，中国软件再创新高。6月24日板块走强。《指导意见》提出七方面任务。';
  const lists = entityLists(
    recognize(text, { publishedAt: '2022-07-01T19:14:27+08:00', directory: smallDirectory() }),
  );

  it('keeps the name the article writes and the listed name when they differ', () => {
    const renamed = entityLists(
      recognize('二三四五等跟涨', { publishedAt: null, directory: shippedDirectory() }),
    );
    expect(renamed.tickers[0]).toMatchObject({ name: '二三四五', listedAs: '岩山科技' });
    const same = entityLists(
      recognize('艾融软件涨停', { publishedAt: null, directory: smallDirectory() }),
    );
    expect(same.tickers[0]).toMatchObject({ name: '艾融软件', listedAs: null });
  });

  it('counts distinct companies for the badge', () => {
    const found = recognize(text, { publishedAt: null, directory: smallDirectory() });
    expect(found.filter((e) => e.kind === 'ticker')).toHaveLength(3);
    expect(distinctTickers(found)).toBe(2);
  });

  it('lists companies by mentions, then by first appearance', () => {
    expect(lists.tickers.map((r) => [r.name, r.value, r.mentions])).toEqual([
      ['中国软件', '600536.SH', 2],
      ['英飞拓', '002528.SZ', 1],
    ]);
    expect(text.slice(lists.tickers[0]!.firstStart).startsWith('中国软件')).toBe(true);
  });

  it('puts policy dates in date order with their sentences, and counts the rest', () => {
    expect(lists.timeline.map((r) => r.value)).toEqual(['2022-04', '2025', '2035']);
    expect(lists.timeline[1]!.sentence).toBe('到2035年基本建成，到2025年更加完善。');
    expect(lists.otherDates).toBe(1);
  });

  it('shows a date glossed in brackets once, but keeps the same day in another sentence', () => {
    const glossed =
      '分析人士指出，下周一（6月23日）将迎来LPR报价，市场预期维持不变。6月23日LPR报价后，央行将开展MLF操作。';
    const found = recognize(glossed, {
      publishedAt: '2025-06-16T10:40:00+08:00',
      directory: smallDirectory(),
    });
    const policy = found.filter((e) => e.kind === 'policy-date');
    expect(policy.map((e) => e.value)).toEqual(['2025-06-23', '2025-06-23', '2025-06-23']);
    const rows = entityLists(found).timeline;
    expect(rows.map((r) => [r.value, r.sentence.slice(0, 6)])).toEqual([
      ['2025-06-23', '分析人士指出'],
      ['2025-06-23', '6月23日L'],
    ]);
  });

  it('lists each policy document once with its short forms', () => {
    expect(lists.docs).toEqual([
      {
        title: '关于加强数字政府建设的指导意见',
        shortForms: ['指导意见'],
        firstStart: text.indexOf('《关于'),
      },
    ]);
  });
});

describe('entityLists: the watchlist', () => {
  it('stars a company watched through its other listing, and names the entry that covers it', async () => {
    const { recognize } = await import('../../utils/finance/recognize');
    const { applyUserSymbols } = await import('../../utils/finance/user-symbols');
    const { smallDirectory } = await import('./finance/small-directory');
    const directory = smallDirectory();
    const user = { watchlist: ['09988.HK'], aliases: [], mutes: [] };
    const entities = applyUserSymbols(
      recognize('Apple fell while Alibaba (NYSE: BABA) rose.', { publishedAt: null, directory }),
      user,
      directory,
    );
    const rows = (watchlist: string[] | null) =>
      entityLists(entities, watchlist, 'en').tickers.map((r) => [r.value, r.watched, r.watchedAs]);
    // Listed first, starred, and unstarring would remove 09988.HK.
    expect(rows(['09988.HK'])).toEqual([
      ['BABA', true, '09988.HK'],
      ['AAPL', false, null],
    ]);
    // Once 09988.HK leaves the watchlist, the row is no longer starred.
    expect(rows([])[0]).toEqual(['AAPL', false, null]);
    // Without a watchlist, the entities' own flags decide.
    expect(rows(null)[0]).toEqual(['BABA', true, '09988.HK']);
  });
});

describe('entityLists: indicators', () => {
  const indicator = (
    series: string,
    period: string,
    figure: number,
    start: number,
    basis: IndicatorEntity['basis'] = 'yoy',
  ): IndicatorEntity => ({
    kind: 'indicator',
    value: `${series}:${period}`,
    text: `${series} ${figure}%`,
    start,
    end: start + 8,
    series,
    region: 'CN',
    period,
    figure,
    unit: '%',
    basis,
    sentence: '',
  });
  const may = { kind: 'date', value: '2024-05', text: '5月', start: 0, end: 2, sentence: '' };
  const lists = entityLists([
    may as Entity,
    indicator('CPI', '2024-05', 0.3, 10),
    indicator('PPI', '2024-05', -1.4, 30),
    indicator('CPI', '2024-04', 0.3, 50),
    indicator('CPI', '2024-05', 0.3, 70),
    indicator('CPI', '2024-05', -0.1, 90, 'mom'),
  ]);

  it('groups them by series in the order the article names each, rows by period', () => {
    expect(
      lists.indicators.map((g) => [g.series, g.rows.map((r) => [r.period, r.figure, r.basis])]),
    ).toEqual([
      [
        'CPI',
        [
          ['2024-04', 0.3, 'yoy'],
          ['2024-05', 0.3, 'yoy'],
          ['2024-05', -0.1, 'mom'],
        ],
      ],
      ['PPI', [['2024-05', -1.4, 'yoy']]],
    ]);
    // A repeated figure is listed once, at its first mention (what a click reveals).
    expect(lists.indicators[0]!.rows[1]).toMatchObject({ start: 10, region: 'CN' });
  });

  it('does not count them as dates, in the lists or in a quote’s tags', () => {
    expect(lists.otherDates).toBe(1);
    expect(lists.timeline).toEqual([]);
    expect(quoteTags([may as Entity, indicator('CPI', '2024-05', 0.3, 10)])).toEqual({
      tickers: [],
      dates: ['2024-05'],
    });
  });
});
