import type { ArticleInfo } from './article/detect';
import type { ReadabilityPath } from './article/readable-root';

/**
 * What FinMark knows about one tab's page, in a form that crosses message and
 * storage boundaries (no DOM nodes).
 */
export interface ArticleReport extends Pick<
  ArticleInfo,
  | 'isArticle'
  | 'confidence'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'evidence'
> {
  url: string;
  /** Characters of article text found (0 when none). */
  bodyLength: number;
  detectedAt: number;
  /** Milliseconds of main-thread work the detection took on the page. */
  detectMs: number;
  /** How that work was spread over tasks, when it ran in steps (see `article/steps.ts`). */
  detectTasks?: DetectTasks;
  /** What the highlighting found and cost, once it has run. */
  highlight?: HighlightStats;
  /** Where Readability ran, when detection went that far (for the bench and tests). */
  readability?: ReadabilityPath;
}

export interface DetectTasks {
  /** Tasks the detection ran in. */
  count: number;
  /** The longest of them, in ms. */
  longestMs: number;
  /** From the first task's start to the last one's end, in ms. */
  wallMs: number;
  /** Each task's time, in ms, in order. */
  stepMs: number[];
}

export interface HighlightStats {
  /** Entities recognised in the article's text. */
  entities: number;
  /** Distinct tickers among them (the badge's number). */
  tickers: number;
  /** Mark elements drawn (an entity across elements takes several). */
  marks: number;
  /** Reading the text map, on the page's main thread. */
  mapMs: number;
  /** The round trip to the background, off the page's main thread. */
  recognizeMs: number;
  /** Drawing the marks, on the page's main thread. */
  drawMs: number;
}

export type UnsupportedReason =
  'browser-page' | 'store-page' | 'pdf' | 'not-html' | 'frameset' | 'not-reachable';

export type PageStatus =
  | { kind: 'analysed'; report: ArticleReport }
  | { kind: 'unsupported'; reason: UnsupportedReason; url: string | null }
  | { kind: 'failed'; error: string; url: string | null };

export function toReport(
  info: ArticleInfo | ArticleVerdict,
  url: string,
  detectMs: number,
  now = Date.now(),
  detectTasks?: DetectTasks,
): ArticleReport {
  return {
    url,
    ...('root' in info ? verdictOf(info) : info),
    detectedAt: now,
    detectMs: Math.round(detectMs * 10) / 10,
    ...(detectTasks ? { detectTasks } : {}),
  };
}

/**
 * Detection's verdict without its nodes, as it crosses a message: the background judges a
 * copy of the page and the loader reports it (issue 14).
 */
export type ArticleVerdict = Omit<
  ArticleReport,
  'url' | 'detectedAt' | 'detectMs' | 'detectTasks' | 'highlight'
>;

export function verdictOf(info: ArticleInfo): ArticleVerdict {
  return {
    isArticle: info.isArticle,
    confidence: Math.round(info.confidence * 100) / 100,
    title: info.title,
    byline: info.byline,
    siteName: info.siteName,
    publishedTime: info.publishedTime,
    lang: info.lang,
    evidence: info.evidence,
    bodyLength: info.root?.textContent?.length ?? 0,
    ...(info.readability ? { readability: info.readability } : {}),
  };
}

const BROWSER_SCHEMES =
  /^(chrome|chrome-extension|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|chrome-search|data|javascript|file):/i;
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

/**
 * Pages no extension may script (browser pages, the extension stores) and PDFs,
 * told apart by URL alone so the popup can explain instead of waiting for a reply.
 */
export function unsupportedByUrl(url: string | undefined | null): UnsupportedReason | null {
  if (!url) return null;
  if (STORE_PAGES.some((re) => re.test(url))) return 'store-page';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  try {
    if (/\.pdf$/i.test(new URL(url).pathname)) return 'pdf';
  } catch {
    return 'browser-page';
  }
  return null;
}
