import { findDatelines, type Dateline } from './published-time';
import type { PageMetadata } from './metadata';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './metadata';
import { measureText, type TextStats } from './text';
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

export function gatherSignals(
  doc: Document,
  meta: PageMetadata,
  root: Element | null,
  defaultOffset: string | undefined,
): ArticleSignals {
  const bodyEl = doc.body ?? doc.documentElement!;
  const body = measureText(bodyEl);
  const rootStats = root ? measureText(root) : null;
  const types = meta.jsonLdTypes.map((t) => t.toLowerCase());
  const bodyProse = Math.max(1, body.length - body.linkLength);
  const rootProse = rootStats ? rootStats.length - rootStats.linkLength : 0;
  const pageText = bodyEl.textContent?.slice(0, 300_000) ?? '';
  const articles = doc.getElementsByTagName('article');
  const sole = articles.length === 1 ? articles[0]! : null;
  const ogTitle = meta.ogTitle?.trim() ?? '';
  const docTitle = doc.title?.trim() ?? '';
  return {
    ogType: meta.ogType,
    jsonLdArticle: types.some((t) => ARTICLE_TYPES.has(t)),
    jsonLdNonArticle: types.some((t) => NON_ARTICLE_TYPES.has(t)),
    publishedMeta: !!meta.published,
    dateline: root ? (findDatelines(textAroundStart(root), defaultOffset)[0] ?? null) : null,
    datesOnPage: findDatelines(pageText).length,
    articleElements: doc.getElementsByTagName('article').length,
    h1Count: doc.getElementsByTagName('h1').length,
    urlShape: urlShape(doc.URL),
    robotsNoindex: meta.robotsNoindex,
    timeElement: !!root && hasTimeNear(root),
    inSoleArticle: !!root && !!sole && (sole.contains(root) || root.contains(sole)),
    siteLevelOg:
      meta.ogType === 'website' &&
      !!ogTitle &&
      !!docTitle &&
      !ogTitle.includes(docTitle) &&
      !docTitle.includes(ogTitle),
    root: rootStats,
    body,
    rootShare: Math.min(1, rootProse / bodyProse),
  };
}
