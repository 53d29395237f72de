import type { ArticleInfo } from './detect';
import type { CopyReading } from './readability-pick';
import { describeEvidence, type Evidence, type EvidenceKey } from './evidence';
import { firstLook } from './first-look';
import { ARTICLE_TYPES, readMetadata, type PageMetadata } from './metadata';
import type { ArticleScore } from './score';
import { scanPageText, type PageText } from './signals';
import { urlShape } from './url-shape';

/**
 * Detection's first step, on its own (issue 14): the page's metadata, one bounded walk
 * over its visible text, and the first look at that. The content script's small
 * loader takes it before anything else of FinMark is loaded: a page it settles as
 * no article never loads the rest, and on any other page detection goes on from it
 * instead of taking it again.
 */
export interface PageGlance {
  meta: PageMetadata;
  /**
   * The walk's findings. The loader leaves them out on a page whose metadata claims an
   * article (`claimsArticle`): the copy judges it, and detection takes the walk itself
   * only if it has to go on without the copy's body.
   */
  scan?: PageText;
  /** Set when the glance settles the page: no article, and why. */
  verdict: ArticleInfo | null;
  /** What taking it cost on the main thread, when that was timed (ms). */
  ms?: number;
  /**
   * Readability's reading of the page's copy, when the loader went on to ask for the
   * copy's verdict (`copy-verdict.ts`) and the copy was an article: detection takes it
   * instead of serialising the page again.
   */
  copy?: CopyReading;
}

/**
 * Takes the glance; `look: false` skips the first look (to check it), so only a page
 * detection could never read settles here.
 */
export function glanceAtPage(
  doc: Document,
  look = true,
  url: string = doc.URL,
  /** The page's metadata, when the caller has read it already. */
  read?: PageMetadata,
): ScannedGlance | ArticleInfo {
  const html = doc.documentElement;
  if (!html) return notArticle('emptyDocument');
  if (doc.getElementsByTagName('frameset').length > 0) return notArticle('framesetPage');
  if (!doc.body) return notArticle('noBodyElement');
  const contentType = doc.contentType ?? 'text/html';
  if (!/html|xml/.test(contentType)) return notArticle('notHtml', contentType);

  const meta = read ?? readMetadata(doc);
  const scan = scanPageText(doc, url);
  // Clear non-articles stop here, before any walk of our own over the page.
  const first = look ? firstLook(doc, meta, scan) : null;
  return { meta, scan, verdict: first ? notArticleAtBest(doc, meta, first, 'first look') : null };
}

/** A glance that took the walk over the page's visible text. */
export type ScannedGlance = PageGlance & { scan: PageText };

/**
 * Whether the page's metadata and address claim an article: og:type "article", a JSON-LD
 * article type or a published time, and an address that is no front, search or quote
 * page. With those, the first look settles a page only when it is short of prose (its
 * best case keeps their log-odds), and among the 584 corpus and fixture pages none of
 * the 503 that claim an article is settled at a glance. The loader therefore leaves the
 * walk out on them and lets the copy judge them (issue 14).
 */
export function claimsArticle(meta: PageMetadata, url: string): boolean {
  const typed =
    meta.ogType === 'article' || meta.jsonLdTypes.some((t) => ARTICLE_TYPES.has(t.toLowerCase()));
  if (!typed && !meta.published) return false;
  const shape = urlShape(url);
  return shape !== 'front' && shape !== 'search' && shape !== 'quote';
}

export function notArticle(key: EvidenceKey, value?: string): ArticleInfo {
  const evidence: Evidence =
    value === undefined ? { key, weight: -10 } : { key, weight: -10, value };
  return {
    isArticle: false,
    confidence: 0,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    root: null,
    evidence: [evidence],
    reasons: [describeEvidence(evidence)],
    signals: null,
  };
}

export function clean(text: string | null | undefined): string | null {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** The headline: an <h1> that the page title also names, else the metadata title. */
export function pickTitle(
  doc: Document,
  metaTitle: string | null,
  readabilityTitle: string | null,
  /** Look for the headline printed in old layouts (a walk not worth it on a non-article). */
  printed = true,
) {
  const known = [metaTitle, doc.title, readabilityTitle].filter(Boolean).join(' ');
  for (const h1 of Array.from(doc.getElementsByTagName('h1')).slice(0, 10)) {
    const text = clean(h1.textContent);
    if (text && text.length >= 4 && known.includes(text)) return text;
  }
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length === 1) {
    const only = clean(h1s[0]!.textContent);
    if (only && only.length >= 4) return only;
  }
  return (
    (printed ? printedTitle(doc, metaTitle) : null) ??
    clean(metaTitle) ??
    clean(readabilityTitle) ??
    clean(doc.title)
  );
}

const TITLE_PARTS = /\s*(?:--|——|[-_|–—｜]|::)\s*/;
const PRINTED_TITLE_TAGS = ['h2', 'b', 'strong', 'font', 'div', 'td', 'span', 'p'];

/**
 * Old and plain pages print the headline in a <font>, <b> or a styled <div> and write
 * "Headline--Site" in <title>: the part of <title> that the page prints on its own.
 */
function printedTitle(doc: Document, metaTitle: string | null): string | null {
  const title = clean(doc.title);
  if (!title || (metaTitle && clean(metaTitle) !== title)) return null;
  const split = title.split(TITLE_PARTS);
  const parts = split.filter((p) => p.length >= 4);
  if (split.length < 2 || !parts.length) return null;
  const wanted = new Set(parts);
  // The longest part the page prints: the site's name is printed too, and is shorter.
  const longest = Math.max(...parts.map((p) => p.length));
  let found: string | null = null;
  for (const tag of PRINTED_TITLE_TAGS) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < 2000; i++) {
      const text = els[i]!.textContent;
      if (!text || text.length > 200) continue;
      const t = clean(text);
      if (t && wanted.has(t) && t.length > (found?.length ?? 0)) {
        found = t;
        if (t.length === longest) return t;
      }
    }
  }
  return found;
}

/** A verdict reached before looking for a body; `stage` names an earlier stop than the best case. */
export function notArticleAtBest(
  doc: Document,
  meta: PageMetadata,
  score: ArticleScore,
  stage?: string,
): ArticleInfo {
  const marker: Evidence =
    stage === undefined
      ? { key: 'notArticleAtBest', weight: 0 }
      : { key: 'notArticleAtBest', weight: 0, value: stage };
  const evidence = [...score.evidence, marker];
  return {
    ...notArticle('notArticleAtBest'),
    confidence: score.confidence,
    title: pickTitle(doc, meta.title, null, false),
    siteName: clean(meta.siteName),
    lang: meta.lang,
    evidence,
    reasons: evidence.map(describeEvidence),
  };
}
