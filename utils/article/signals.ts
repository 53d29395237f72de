import { findDatelines, pickDateline, type Dateline } from './published-time';
import type { PageMetadata } from './metadata';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './metadata';
import { measureText, visibleTextSample, type TextSample, type TextStats } from './text';
import { urlShape, type UrlShape } from './url-shape';

/** Everything detectArticle weighs, gathered in one place so it can be printed and tested. */
export interface ArticleSignals {
  ogType: string | null;
  jsonLdArticle: boolean;
  jsonLdNonArticle: boolean;
  publishedMeta: boolean;
  /** A date(-time) written near the start of the article body (the dateline). */
  dateline: Dateline | null;
  /**
   * The opening of a news report near the body's start: 本报讯, a reporter's or a wire's
   * line, a source line, an English wire dateline. Old and plain pages that carry no
   * metadata still carry these.
   */
  newsCue: boolean;
  /** Post stamps of a discussion thread on the page ("发表于", "楼主", "Posted by"). */
  threadPosts: number;
  /** How many date(-time)s appear in the body of the page as a whole. */
  datesOnPage: number;
  /** `<article>` elements on the page. */
  articleElements: number;
  h1Count: number;
  urlShape: UrlShape;
  robotsNoindex: boolean;
  /** A `<time datetime>` inside the body or just before it. */
  timeElement: boolean;
  /** The body sits inside the page's only `<article>` element (or is it). */
  inSoleArticle: boolean;
  /** og:type "website" with an og:title unrelated to the page title: a site front. */
  siteLevelOg: boolean;
  root: TextStats | null;
  body: TextStats;
  /** Share of the page's prose (text outside links) that the root holds. */
  rootShare: number;
}

// 本报讯 · 本报记者 · 记者 韩立平 · 通讯员 · 新华社北京6月10日电 · 来源：江滨日报 ·
// (Reuters) - · WASHINGTON (AP) — · By Tom Whitaker | June 10, 2004
const NEWS_CUE = new RegExp(
  [
    String.raw`本报讯|本報訊|本报记者|本報記者|[（(]\s*记者|[（(]\s*記者|通讯员|通訊員`,
    String.raw`(?:新华社|新華社|中新社|中新网|中新網|路透社?|法新社|美联社|彭博)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|電|讯|訊)`,
    String.raw`(?:来源|來源)\s*[:：]\s*[\u4e00-\u9fff]{2,12}(?:日报|日報|晚报|晚報|报|報|网|網|社|中心)`,
    String.raw`\((?:AP|Reuters|AFP|Bloomberg|UPI)\)\s*[-—–]`,
    String.raw`\bBy [A-Z][a-z]+(?: [A-Z][a-z.]+){1,2}\s*[|,]\s*(?:Staff|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`,
  ].join('|'),
);

// The stamps forum software prints on every post of a thread.
const THREAD_POST =
  /发表于|發表於|发帖时间|發帖時間|楼主|樓主|只看该作者|只看該作者|Posted by|Reply with quote|Joined:\s/g;

export function hasNewsCue(text: string): boolean {
  return NEWS_CUE.test(text);
}

/** Text immediately before the root's first text and at its start, where datelines sit. */
export function textAroundStart(root: Element, before = 600, after = 300): string {
  const doc = root.ownerDocument;
  const start = doc.body ?? doc.documentElement;
  if (!start) return '';
  const walker = doc.createTreeWalker(start, 4);
  let window = '';
  let inside = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (parent && /^(script|style|noscript|template)$/.test(parent.localName)) continue;
    const text = (t as Text).data.replace(/\s+/g, ' ');
    if (!text.trim()) continue;
    if (root.contains(t)) {
      inside += text + ' ';
      if (inside.length >= after) break;
    } else if (inside) {
      break;
    } else {
      window = (window + ' ' + text).slice(-before);
    }
  }
  return `${window} ${inside.slice(0, after)}`;
}

/**
 * Text right after an element (the headline), where bylines and datelines sit on
 * pages whose body starts far below them (a video player, a summary box between).
 */
export function textAfter(el: Element, limit = 300): string {
  const doc = el.ownerDocument;
  const start = doc.body ?? doc.documentElement;
  if (!start) return '';
  const walker = doc.createTreeWalker(start, 4);
  walker.currentNode = el;
  let text = '';
  for (let t = walker.nextNode(); t && text.length < limit; t = walker.nextNode()) {
    if (el.contains(t)) continue;
    const parent = t.parentElement;
    if (parent && /^(script|style|noscript|template)$/.test(parent.localName)) continue;
    const data = (t as Text).data.replace(/\s+/g, ' ');
    if (data.trim()) text += data + ' ';
  }
  return text.slice(0, limit);
}

/** A `<time datetime>` inside the body, or in the header just above it. */
function hasTimeNear(root: Element): boolean {
  for (const time of Array.from(root.ownerDocument.getElementsByTagName('time'))) {
    if (!time.hasAttribute('datetime')) continue;
    if (root.contains(time)) return true;
    // Before the body and within its grandparent: the article header.
    const header = root.parentElement?.parentElement;
    const before = time.compareDocumentPosition(root) & 4; // root follows the time
    if (header?.contains(time) && before) return true;
  }
  return false;
}

/** How much of the page's visible text is searched for dates: listing pages show theirs early. */
export const PAGE_DATES_SAMPLE = 100_000;

/** What the page as a whole says, measured once per detection. */
export interface PageMeasures {
  body: TextStats;
  /** Date(-time)s in the page's visible text (its first 100,000 characters). */
  datelines: Dateline[];
  /** A news report's opening anywhere in that text (see `newsCue`). */
  newsCue: boolean;
  threadPosts: number;
  /**
   * The page's address: `doc.URL` in the page, the page's own where detection reads a
   * parsed copy of it (whose `URL` is the parser's).
   */
  url: string;
}

/** What the page's visible text says: the part of the measures that needs no walk of our own. */
export interface PageText extends Omit<PageMeasures, 'body'> {
  /** The visible text (its first 100,000 characters), white space folded. */
  text: string;
  /** Whether that is all of it. */
  complete: boolean;
  /** Bounds on the page's text measures (see `visibleTextSample`). */
  atMost: TextSample['atMost'];
}

export function scanPageText(doc: Document, url: string = doc.URL): PageText {
  const bodyEl = doc.body ?? doc.documentElement!;
  // Visible text only: inline scripts' JSON would otherwise be most of it on big pages.
  const { text, complete, atMost } = visibleTextSample(bodyEl, PAGE_DATES_SAMPLE);
  return {
    text,
    complete,
    atMost,
    datelines: findDatelines(text),
    newsCue: hasNewsCue(text),
    threadPosts: text.match(THREAD_POST)?.length ?? 0,
    url,
  };
}

export function measurePage(doc: Document, scan: PageText = scanPageText(doc)): PageMeasures {
  const { datelines, newsCue, threadPosts, url } = scan;
  return {
    body: measureText(doc.body ?? doc.documentElement!),
    datelines,
    newsCue,
    threadPosts,
    url,
  };
}

/** Signals about the page rather than its body. */
function pageSignals(doc: Document, meta: PageMetadata, page: PageMeasures) {
  const types = meta.jsonLdTypes.map((t) => t.toLowerCase());
  const ogTitle = meta.ogTitle?.trim() ?? '';
  const docTitle = doc.title?.trim() ?? '';
  return {
    ogType: meta.ogType,
    jsonLdArticle: types.some((t) => ARTICLE_TYPES.has(t)),
    jsonLdNonArticle: types.some((t) => NON_ARTICLE_TYPES.has(t)),
    publishedMeta: !!meta.published,
    datesOnPage: page.datelines.length,
    threadPosts: page.threadPosts,
    articleElements: doc.getElementsByTagName('article').length,
    h1Count: doc.getElementsByTagName('h1').length,
    urlShape: urlShape(page.url),
    robotsNoindex: meta.robotsNoindex,
    siteLevelOg:
      meta.ogType === 'website' &&
      !!ogTitle &&
      !!docTitle &&
      !ogTitle.includes(docTitle) &&
      !docTitle.includes(ogTitle),
    body: page.body,
  };
}

export function gatherSignals(
  doc: Document,
  meta: PageMetadata,
  root: Element | null,
  defaultOffset: string | undefined,
  page: PageMeasures = measurePage(doc),
  /** `textAroundStart(root)`, when the caller already has it. */
  header: string = root ? textAroundStart(root) : '',
): ArticleSignals {
  const rootStats = root ? measureText(root) : null;
  const bodyProse = Math.max(1, page.body.length - page.body.linkLength);
  const rootProse = rootStats ? rootStats.length - rootStats.linkLength : 0;
  const articles = doc.getElementsByTagName('article');
  const sole = articles.length === 1 ? articles[0]! : null;
  return {
    ...pageSignals(doc, meta, page),
    dateline: root ? pickDateline(findDatelines(header, defaultOffset)) : null,
    newsCue: !!root && hasNewsCue(header),
    timeElement: !!root && hasTimeNear(root),
    inSoleArticle: !!root && !!sole && (sole.contains(root) || root.contains(sole)),
    root: rootStats,
    rootShare: Math.min(1, rootProse / bodyProse),
  };
}

/**
 * The most an article body could add to the page's case, before looking for one:
 * all of the page's prose as its body, free of links, lists and teasers, with the
 * page's first dateline as its own. If even this scores below an article, no body
 * Readability could find would change the verdict.
 */
export function bestCaseSignals(
  doc: Document,
  meta: PageMetadata,
  page: PageMeasures,
): ArticleSignals {
  const articles = doc.getElementsByTagName('article').length;
  const hasTime = Array.from(doc.getElementsByTagName('time')).some((t) =>
    t.hasAttribute('datetime'),
  );
  return {
    ...pageSignals(doc, meta, page),
    dateline: pickDateline(page.datelines),
    newsCue: page.newsCue,
    timeElement: hasTime,
    inSoleArticle: articles === 1,
    root: { ...page.body, linkLength: 0, listLength: 0, teasers: 0 },
    rootShare: 1,
  };
}
