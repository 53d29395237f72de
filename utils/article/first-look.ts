import type { PageMetadata } from './metadata';
import { scoreSignals, type ArticleScore } from './score';
import { bestCaseSignals, type PageText } from './signals';
import type { TextStats } from './text';

/**
 * A first verdict on clear non-articles (issue 14), before the walk that measures the
 * page's text and links: on a page that is no article that walk is most of
 * detection's cost, and the content script runs on every page.
 *
 * It is the best case (`bestCaseSignals`) with the page's measures replaced by what
 * they could be at most, found in the walk that collects the page's visible text
 * anyway (`visibleTextSample`): the prose outside links, in as many paragraphs as
 * its runs allow, free of lists and teasers. Metadata, the address, datelines, news
 * cues and thread stamps are the real ones. A body inside a link (a page wrapped in
 * one) could hold that link's text instead, so that case is weighed too, at its best.
 * What it does not measure can only count for an article, so when even this scores
 * below one, so do the best case and the full detection: it never changes a verdict,
 * only reaches some sooner. Returns null when it cannot tell, and on pages longer
 * than the sample (their prose is unbounded).
 */
export function firstLook(doc: Document, meta: PageMetadata, scan: PageText): ArticleScore | null {
  if (!scan.complete) return null;
  const { prose, longestLink, paragraphs } = scan.atMost;
  const atBest = (length: number, paragraphs: number) => {
    const body: TextStats = {
      length,
      linkLength: 0,
      paragraphs,
      cjkShare: 0,
      rawLength: scan.text.length,
      listLength: 0,
      teasers: 0,
    };
    const { datelines, newsCue, threadPosts, url } = scan;
    return scoreSignals(bestCaseSignals(doc, meta, { body, datelines, newsCue, threadPosts, url }));
  };
  const outsideLinks = atBest(prose, paragraphs);
  if (outsideLinks.confidence >= 0.5) return null;
  if (longestLink > 0 && atBest(longestLink, Math.max(3, paragraphs)).confidence >= 0.5)
    return null;
  return outsideLinks;
}
