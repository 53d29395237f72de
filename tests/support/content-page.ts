import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageClipUrl } from '../../utils/clips/page-index';
import type { ArticleInfo } from '../../utils/article/detect';
import type { TickerEntity } from '../../utils/finance/tickers';
import { describeQuote } from '../../utils/clips/anchor';
import { CLIPPING_VERSION, type Clipping } from '../../utils/clips/clipping';
import { onMessage, type Data, type Reply, type To, type Value } from '../../utils/messages';
import type { ArticleReport, PageStatus } from '../../utils/page-status';
import type { Preferences } from '../../utils/storage';
import { createPage, type Page } from '../../entrypoints/content/page';

/**
 * A content page for feature tests: a real `ContentScriptContext` (its timers and
 * `wxt:` events), the shared services, and the signal the features tear down with.
 * `stop()` invalidates the context, as an extension reload does.
 */
export function testPage({
  siteOn = true,
  preferences = null,
}: { siteOn?: boolean; preferences?: Preferences | null } = {}): {
  page: Page;
  signal: AbortSignal;
  stop(): void;
} {
  const ctx = new ContentScriptContext('test', { noScriptStartedPostMessage: true });
  const page = createPage(ctx, { siteOn, preferences }, ctx.signal);
  return { page, signal: ctx.signal, stop: () => ctx.abort('test over') };
}

/** An article as detection reports it, its body being `root`. */
export function articleIn(root: Element, facts: Partial<ArticleInfo> = {}): ArticleInfo {
  return {
    isArticle: true,
    confidence: 0.9,
    title: 'A test article',
    byline: null,
    siteName: 'Test',
    publishedTime: '2024-06-14T08:00:00+08:00',
    lang: 'zh-CN',
    root,
    evidence: [],
    reasons: [],
    signals: null,
    ...facts,
  };
}

/** A page's report with no evidence: a plain non-article unless `facts` say otherwise. */
export function reportOf(facts: Partial<ArticleReport> = {}): ArticleReport {
  return {
    url: 'https://x.example/a',
    isArticle: false,
    confidence: 0.05,
    title: 'Stock Screener',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    evidence: [],
    bodyLength: 0,
    detectedAt: 1,
    detectMs: 3,
    ...facts,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stands in for the background's `background/report-status` handler (after
 * `fakeBrowser.reset()`): the page statuses the content script reports, in order.
 */
export function collectReports(): PageStatus[] {
  const reports: PageStatus[] = [];
  onMessage('background/report-status', (status) => {
    reports.push(status);
    return null;
  });
  return reports;
}

/** Sends a message to the content script's handlers, as the popup or background does. */
export async function askContent<K extends To<'content'>>(
  type: K,
  data: Data<K>,
): Promise<Value<K>> {
  const reply = (await browser.runtime.sendMessage({ finmark: 1, type, data })) as Reply<Value<K>>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** A stored clipping of `quote` in `text` (the page's body text), on this page. */
export function clippingOf(text: string, quote: string, id: string, note = ''): Clipping {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  const selectors = describeQuote(text, start, start + quote.length);
  return {
    schemaVersion: CLIPPING_VERSION,
    id,
    created: '2024-06-14T00:00:00.000Z',
    updated: '2024-06-14T00:00:00.000Z',
    url: pageClipUrl(),
    title: null,
    site: null,
    publishedTime: null,
    quote,
    selectors,
    colour: 'yellow',
    note,
    tags: [],
    tickers: [],
    dates: [],
  };
}

/** A company the engine found at the start of a text (贵州茅台, 600519.SH). */
export const moutai: TickerEntity = {
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
