import { findDatelines, type Dateline } from './published-time';
import type { PageMetadata } from './metadata';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './metadata';
import { measureText, visibleText, type TextStats } from './text';
import { urlShape, type UrlShape } from './url-shape';

/** Everything detectArticle weighs, gathered in one place so it can be printed and tested. */
export interface ArticleSignals {
  ogType: string | null;
  jsonLdArticle: boolean;
  jsonLdNonArticle: boolean;
  publishedMeta: boolean;
  /** A date(-time) written near the start of the article body (the dateline). */
  dateline: Dateline | null;
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
const PAGE_DATES_SAMPLE = 100_000;

/** What the page as a whole says, measured once per detection. */
export interface PageMeasures {
  body: TextStats;
  /** Date(-time)s in the page's visible text (its first 100,000 characters). */
  datelines: Dateline[];
}

export function measurePage(doc: Document): PageMeasures {
  const bodyEl = doc.body ?? doc.documentElement!;
  // Visible text only: inline scripts' JSON would otherwise be most of it on big pages.
  return {
    body: measureText(bodyEl),
    datelines: findDatelines(visibleText(bodyEl, PAGE_DATES_SAMPLE)),
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
    articleElements: doc.getElementsByTagName('article').length,
    h1Count: doc.getElementsByTagName('h1').length,
    urlShape: urlShape(doc.URL),
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
    dateline: root ? (findDatelines(header, defaultOffset)[0] ?? null) : null,
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
    dateline: page.datelines.find((d) => d.hasTime) ?? page.datelines[0] ?? null,
    timeElement: hasTime,
    inSoleArticle: articles === 1,
    root: { ...page.body, linkLength: 0, listLength: 0, teasers: 0 },
    rootShare: 1,
  };
}
