import type { ArticleInfo } from './detect';
import { describeEvidence } from './evidence';
import type { CopyReading } from './readability-pick';
import { findRoot } from './root-locator';

/**
 * The article detection found on the page's copy (`judge-copy.ts`), with its body found
 * again on the live page: the content script's first detection on an article the copy
 * judged (issue 14), instead of detecting again. Null when the copy was no article, or
 * its body is not where the copy had it, with the same text (the page changed, or its
 * tree is one an HTML parser would not build): detection then runs as before.
 */
export function articleFromCopy(doc: Document, reading: CopyReading): ArticleInfo | null {
  const { verdict, root: locator } = reading;
  if (!verdict?.isArticle || !locator || !doc.body) return null;
  const root = findRoot(doc.body, locator);
  if (!root) return null;
  return {
    isArticle: true,
    confidence: verdict.confidence,
    title: verdict.title,
    byline: verdict.byline,
    siteName: verdict.siteName,
    publishedTime: verdict.publishedTime,
    lang: verdict.lang,
    root,
    evidence: verdict.evidence,
    reasons: verdict.evidence.map(describeEvidence),
    // (the copy's signals stay in the background: nothing on the page reads them)
    signals: null,
    ...(verdict.readability ? { readability: verdict.readability } : {}),
  };
}
