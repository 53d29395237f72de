// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EntityPanel } from '../../components/EntityPanel';
import { recognize, type Entity } from '../../utils/finance/recognize';
import { localeMessages } from '../support/i18n-mock';
import { smallDirectory } from '../utils/finance/small-directory';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const entities = recognize('贵州茅台（600519）涨停。到2025年完善。茅台股价创新高。', {
  publishedAt: '2022-07-01T00:00:00+08:00',
  directory: smallDirectory(),
});

function render(props: Partial<Parameters<typeof EntityPanel>[0]>, lang: 'en' | 'zh_CN') {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages(lang));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang === 'en' ? 'en-US' : 'zh-CN');
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const onToggle = vi.fn();
  const onReveal = vi.fn();
  act(() =>
    root.render(
      <EntityPanel entities={entities} on onToggle={onToggle} onReveal={onReveal} {...props} />,
    ),
  );
  return { host, onToggle, onReveal, unmount: () => act(() => root.unmount()) };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.textContent = '';
});

describe('EntityPanel', () => {
  it('names a company in the reader’s language when the article wrote its code', () => {
    const coded = recognize('Shares of 600519.SH rose.', {
      publishedAt: null,
      directory: smallDirectory(),
    });
    const en = render({ entities: coded }, 'en');
    expect(en.host.querySelector('.ticker-name')?.textContent).toBe('Kweichow Moutai');
    en.unmount();
    const zh = render({ entities: coded }, 'zh_CN');
    expect(zh.host.querySelector('.ticker-name')?.textContent).toBe('贵州茅台');
  });

  it('lists companies with mention counts and shows the first mention on click', () => {
    const { host, onReveal } = render({}, 'zh_CN');
    const button = host.querySelector<HTMLButtonElement>('[data-value="600519.SH"]')!;
    expect(button.textContent).toBe('贵州茅台600519.SH2 次');
    act(() => button.click());
    expect(onReveal).toHaveBeenCalledWith(0);
    expect(host.querySelector('[data-testid="timeline"]')?.textContent).toContain('2025');
    expect(host.textContent).toContain('政策时间线');
  });

  it('turns the site switch and says when nothing was found', () => {
    const { host, onToggle } = render({ entities: [], on: true }, 'en');
    expect(host.textContent).toContain('No listed companies or policy dates found');
    act(() => host.querySelector<HTMLInputElement>('[data-testid="site-switch"]')!.click());
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('shows the print preference once it is known and turns it', () => {
    const hidden = render({}, 'en');
    expect(hidden.host.querySelector('[data-testid="print-switch"]')).toBeNull();
    hidden.unmount();
    const onPrintToggle = vi.fn();
    const { host } = render({ printHighlights: false, onPrintToggle }, 'zh_CN');
    const input = host.querySelector<HTMLInputElement>('[data-testid="print-switch"]')!;
    expect(input.checked).toBe(false);
    expect(input.parentElement?.textContent).toBe('打印时保留高亮');
    act(() => input.click());
    expect(onPrintToggle).toHaveBeenCalledWith(true);
  });
});

describe('EntityPanel: indicators', () => {
  const cpi = (period: string, figure: number, start: number): Entity => ({
    kind: 'indicator',
    value: `CPI:${period}`,
    text: 'CPI',
    start,
    end: start + 10,
    series: 'CPI',
    region: 'CN',
    period,
    figure,
    unit: '%',
    basis: 'yoy',
    sentence: '',
  });
  const found: Entity[] = [
    cpi('2024-05', 0.3, 40),
    {
      kind: 'indicator',
      value: 'PMI:2024-05',
      text: 'PMI为49.5',
      start: 60,
      end: 67,
      series: 'PMI',
      period: '2024-05',
      figure: 49.5,
      unit: 'index',
      basis: 'level',
      sentence: '',
    },
    cpi('2024-04', 0.3, 80),
  ];

  it('lists them by series, each row its period and figure, and shows one on click', () => {
    const { host, onReveal } = render({ entities: found }, 'zh_CN');
    const list = host.querySelector('[data-testid="indicator-list"]')!;
    expect(host.textContent).toContain('经济指标');
    expect(
      [...list.querySelectorAll(':scope > li')].map((li) => [
        li.querySelector('.indicator-series')?.textContent,
        [...li.querySelectorAll('.indicator')].map((b) => b.textContent),
      ]),
    ).toEqual([
      ['居民消费价格指数（CPI）', ['2024年4月同比 +0.3%', '2024年5月同比 +0.3%']],
      ['制造业采购经理指数（PMI）', ['2024年5月49.5']],
    ]);
    act(() => list.querySelector<HTMLButtonElement>('[data-value="CPI:2024-04"]')!.click());
    expect(onReveal).toHaveBeenCalledWith(80);
    // Indicators are not dates: no "other dates" line.
    expect(host.textContent).not.toContain('其他日期');
  });
});
