// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderCard, type CardContext } from '../../../../entrypoints/content/features/card-view';
import type { Entity } from '../../../../utils/finance/recognize';
import { moutai } from '../../../support/content-page';
import { localeMessages } from '../../../support/i18n-mock';

function useLocale(lang: 'en' | 'zh_CN') {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages(lang));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang === 'en' ? 'en' : 'zh-CN');
}

afterEach(() => vi.restoreAllMocks());

const target: Entity = {
  kind: 'policy-date',
  value: '2025',
  text: '2025年',
  start: 10,
  end: 15,
  sentence: '到2025年，数字政府顶层设计更加完善。<img src=x onerror=alert(1)>',
};
const context: CardContext = {
  all: [moutai, target, { ...moutai, start: 20, end: 24 }],
  now: new Date('2024-06-15T00:00:00Z'),
  pageTitle: '数字政府',
  pageUrl: 'https://example.com/a',
};

describe('renderCard', () => {
  it('shows a ticker’s names, code, market, mentions and quote links', () => {
    useLocale('zh_CN');
    const card = renderCard(moutai, context);
    expect(card.textContent).toContain('贵州茅台');
    expect(card.textContent).toContain('Kweichow Moutai');
    expect(card.textContent).toContain('600519.SH · 上海证券交易所');
    expect(card.textContent).toContain('本文提及 2 次');
    expect(
      [...card.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['东方财富', 'https://quote.eastmoney.com/sh600519.html'],
      ['雪球', 'https://xueqiu.com/S/SH600519'],
    ]);
    for (const a of card.querySelectorAll('a'))
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names the other listings of a company listed in several markets', () => {
    useLocale('en');
    const smic: Entity = {
      ...moutai,
      value: '688981.SH',
      text: '中芯国际',
      zh: '中芯国际',
      en: 'SMIC',
      name: '中芯国际',
      listings: ['00981.HK'],
    };
    const card = renderCard(smic, { ...context, all: [smic] });
    expect(card.querySelector('.listings')?.textContent).toBe(
      'Also listed as 00981.HK · Hong Kong Stock Exchange',
    );
    expect(renderCard(moutai, context).querySelector('.listings')).toBeNull();
  });

  it('shows a policy date with its distance, its sentence as text, and a calendar button', () => {
    useLocale('en');
    const card = renderCard(target, context);
    expect(card.querySelector('.tag')?.textContent).toBe('Policy date');
    expect(card.textContent).toContain('next year');
    // The sentence is text, never markup.
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.sentence')?.textContent).toContain('<img src=x');
    expect(card.querySelector('button')?.textContent).toBe('Add to calendar');
  });

  it('shows the full title a short policy-document title stands for', () => {
    useLocale('en');
    const card = renderCard(
      {
        kind: 'policy-doc',
        value: '关于加强数字政府建设的指导意见',
        text: '《指导意见》',
        start: 0,
        end: 6,
        shortFor: '指导意见',
      },
      context,
    );
    expect(card.textContent).toContain('《关于加强数字政府建设的指导意见》');
    expect(card.textContent).toContain('Cited here as 《指导意见》');
  });
});

describe('renderCard: indicators', () => {
  const cpi: Entity = {
    kind: 'indicator',
    value: 'CPI:2024-05',
    text: 'CPI同比上涨2.1%',
    start: 2,
    end: 13,
    series: 'CPI',
    region: 'CN',
    period: '2024-05',
    figure: 2.1,
    unit: '%',
    basis: 'yoy',
    sentence: '5月CPI同比上涨2.1%。<img src=x onerror=alert(1)>',
  };
  const text = (card: HTMLElement, selector: string) => card.querySelector(selector)?.textContent;

  it('gives a Chinese reader the series in Chinese, then in English, the period, figure and sentence', () => {
    useLocale('zh_CN');
    const card = renderCard(cpi, context);
    expect(card.getAttribute('data-kind')).toBe('indicator');
    expect(text(card, '.tag')).toBe('经济指标');
    expect(text(card, '.title')).toBe('居民消费价格指数（CPI）');
    expect(text(card, '.sub')).toBe('Consumer price index');
    expect(text(card, '.period')).toBe('2024年5月 · 中国');
    expect(text(card, '.figure')).toBe('同比 +2.1%');
    // The sentence is text, never markup.
    expect(card.querySelector('img')).toBeNull();
    expect(text(card, '.sentence')).toBe(cpi.sentence);
  });

  it('gives an English reader the series in English, then in Chinese', () => {
    useLocale('en');
    const card = renderCard(cpi, context);
    expect(text(card, '.tag')).toBe('Economic indicator');
    expect(text(card, '.title')).toBe('Consumer price index (CPI)');
    expect(text(card, '.sub')).toBe('居民消费价格指数');
    expect(text(card, '.period')).toBe('May 2024 · China');
    expect(text(card, '.figure')).toBe('+2.1% YoY');
  });

  it('writes a level without a sign, a change with one, and a series it has no name for by its id', () => {
    useLocale('en');
    const pmi = renderCard(
      { ...cpi, series: 'PMI', period: '2024-Q2', figure: 49.5, unit: 'index', basis: 'level' },
      context,
    );
    expect(text(pmi, '.figure')).toBe('49.5');
    const payrolls = renderCard(
      {
        ...cpi,
        series: 'PAYROLLS',
        region: 'US',
        period: '2024-12',
        figure: 256000,
        unit: 'persons',
        basis: 'change',
      },
      context,
    );
    expect(text(payrolls, '.title')).toBe('Nonfarm payrolls');
    expect(text(payrolls, '.figure')).toBe('+256,000 people on the previous period');
    expect(text(payrolls, '.period')).toBe('December 2024 · United States');
    useLocale('zh_CN');
    const unknown = renderCard(
      { ...cpi, series: 'NEW-SERIES', region: undefined, unit: 'pp', figure: -0.2, basis: 'mom' },
      context,
    );
    expect(text(unknown, '.title')).toBe('NEW-SERIES');
    expect(unknown.querySelector('.sub')).toBeNull();
    expect(text(unknown, '.period')).toBe('2024年5月');
    expect(text(unknown, '.figure')).toBe('环比 -0.2个百分点');
  });
});
