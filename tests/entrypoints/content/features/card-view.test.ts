// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderCard, type CardContext } from '../../../../entrypoints/content/features/card-view';
import type { Entity } from '../../../../utils/finance/recognize';
import { localeMessages } from '../../../support/i18n-mock';

function useLocale(lang: 'en' | 'zh_CN') {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages(lang));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang === 'en' ? 'en' : 'zh-CN');
}

afterEach(() => vi.restoreAllMocks());

const moutai: Entity = {
  kind: 'ticker',
  value: '600519.SH',
  text: '贵州茅台',
  start: 0,
  end: 4,
  market: 'SH',
  name: '贵州茅台',
  zh: '贵州茅台',
  en: 'Kweichow Moutai',
  form: 'name',
};
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
