// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleSummary } from '../../components/ArticleSummary';
import { StatusNotice } from '../../components/StatusNotice';
import type { ArticleReport } from '../../utils/page-status';
import { localeMessages } from '../support/i18n-mock';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const report: ArticleReport = {
  url: 'https://www.cls.cn/detail/1063512',
  isArticle: true,
  confidence: 1,
  title: '数字政府建设顶层文件落地 <b>2024年</b>或迎爆发期',
  byline: '付静',
  siteName: '财联社',
  publishedTime: '2022-07-01T19:14:27+08:00',
  lang: 'zh-CN',
  evidence: [
    { key: 'ogArticle', weight: 1.5 },
    { key: 'paragraphs', weight: 0.5, value: '12' },
    { key: 'urlFront', weight: -1.5 },
  ],
  bodyLength: 2400,
  detectedAt: 0,
  detectMs: 31,
};

function render(node: React.ReactNode, lang: 'en' | 'zh_CN') {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages(lang));
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(node));
  return { host, unmount: () => act(() => root.unmount()) };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('ArticleSummary', () => {
  it('shows verdict, title and facts in English, never claiming certainty', () => {
    const { host } = render(<ArticleSummary report={report} locale="en-US" />, 'en');
    expect(host.querySelector('[data-testid="verdict"]')?.textContent).toBe('News article99% sure');
    const facts = [...host.querySelectorAll('.fact')].map((f) => f.textContent);
    expect(facts).toEqual([
      'Site财联社',
      'PublishedJuly 1, 2022 at 19:14 (UTC+8)',
      'LanguageChinese (China)',
      'Author付静',
    ]);
    const evidence = [...host.querySelectorAll('.evidence li')].map((li) => li.textContent);
    expect(evidence).toEqual([
      '+Its metadata (og:type) says article',
      '+12 paragraphs of prose',
      '−The address looks like a front or section page',
    ]);
  });

  it('speaks Chinese to a Chinese browser', () => {
    const { host } = render(<ArticleSummary report={report} locale="zh-CN" />, 'zh_CN');
    expect(host.textContent).toContain('新闻文章');
    expect(host.textContent).toContain('发布时间2022年7月1日 19:14 (UTC+8)');
    expect(host.textContent).toContain('12 个成段的文字');
    // No English left, apart from the page's own title and technical names (og:type).
    const ui = host.textContent!.replace(report.title!, '').replace(/og:type|<article>|UTC/g, '');
    expect(ui).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('renders page text as text, never as HTML', () => {
    const { host } = render(<ArticleSummary report={report} locale="en-US" />, 'en');
    expect(host.querySelector('h1 b')).toBeNull();
    expect(host.querySelector('h1')?.textContent).toContain('<b>2024年</b>');
  });

  it('explains a page that is not an article instead of listing facts', () => {
    const { host } = render(
      <ArticleSummary report={{ ...report, isArticle: false, confidence: 0.1 }} locale="en-US" />,
      'en',
    );
    expect(host.querySelector('[data-testid="verdict"]')?.textContent).toBe(
      'Not an article90% sure',
    );
    expect(host.querySelector('.facts')).toBeNull();
    expect(host.querySelector('.hint')?.textContent).toMatch(/front page, list, quote page/);
  });
});

describe('StatusNotice', () => {
  it('offers a reload where FinMark has not read the page yet', () => {
    const onReload = vi.fn();
    const { host } = render(
      <StatusNotice
        status={{ kind: 'unsupported', reason: 'not-reachable', url: null }}
        onReload={onReload}
      />,
      'en',
    );
    act(() => host.querySelector('button')!.click());
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('explains PDFs and browser pages without a reload button', () => {
    const { host } = render(
      <StatusNotice
        status={{ kind: 'unsupported', reason: 'pdf', url: null }}
        onReload={vi.fn()}
      />,
      'zh_CN',
    );
    expect(host.textContent).toBe('FinMark 暂时无法读取 PDF 文件。');
    expect(host.querySelector('button')).toBeNull();
  });
});
