import type { Evidence, EvidenceKey } from './evidence';
import type { ArticleSignals } from './signals';

/**
 * Weighs the signals into a confidence. Each rule adds log-odds, so the evidence
 * list reads as the case for and against the page being an article.
 */
export interface ArticleScore {
  confidence: number;
  evidence: Evidence[];
}

export function scoreSignals(s: ArticleSignals): ArticleScore {
  const evidence: Evidence[] = [];
  let logit = -1;
  const add = (weight: number, key: EvidenceKey, value?: string | number) => {
    logit += weight;
    evidence.push(value === undefined ? { key, weight } : { key, weight, value: String(value) });
  };

  if (s.ogType === 'article') add(1.5, 'ogArticle');
  else if (s.ogType) add(-0.5, 'ogOther', s.ogType);
  if (s.jsonLdArticle) add(1.5, 'jsonLdArticle');
  else if (s.jsonLdNonArticle) add(-2, 'jsonLdList');
  if (s.publishedMeta) add(1, 'publishedMeta');
  if (s.dateline) add(s.dateline.hasTime ? 1.5 : 1, 'dateline', s.dateline.iso);
  // Wikis, forums, course pages, sermons and book chapters do not open like a report.
  if (s.newsCue) add(1, 'newsCue');
  const dated = s.ogType === 'article' || s.jsonLdArticle || s.publishedMeta || !!s.dateline;
  if (!dated && !s.timeElement) add(-1.5, 'undated');
  if (s.siteLevelOg) add(-1.5, 'siteLevelOg');
  if (s.inSoleArticle) add(0.5, 'soleArticle');

  const root = s.root;
  if (!root) {
    add(-4, 'noBody');
  } else {
    const prose = root.length - root.linkLength;
    const linkDensity = root.linkLength / Math.max(1, root.length);
    // Short news items (快讯) are real articles; only undated ones pay full price.
    if (prose < 250) add(dated ? -1 : -2, 'bodyVeryShort', prose);
    else if (prose < 600) add(0, 'bodyShort', prose);
    else if (prose < 1500) add(1, 'bodyMedium', prose);
    else if (prose < 3000) add(2, 'bodyLong', prose);
    else add(2.5, 'bodyVeryLong', prose);
    if (linkDensity > 0.5) add(-3, 'bodyMostlyLinks', linkDensity.toFixed(2));
    else if (linkDensity > 0.3) add(-1.5, 'bodyLinkHeavy', linkDensity.toFixed(2));
    const listShare = root.listLength / Math.max(1, root.length);
    if (listShare > 0.6) add(-2.5, 'bodyList', listShare.toFixed(2));
    if (root.teasers >= 4) add(-2.5, 'bodyTeasers', root.teasers);
    if (root.paragraphs >= 3) add(0.5, 'paragraphs', root.paragraphs);
    else if (root.paragraphs === 0) add(-1, 'noParagraph');
  }
  const pageLinkDensity = s.body.linkLength / Math.max(1, s.body.length);
  // Short news items sit in heavy navigation; only undated pages pay for link-heavy chrome.
  if (pageLinkDensity > 0.65)
    add(dated ? -0.5 : -1.5, 'pageMostlyLinks', pageLinkDensity.toFixed(2));
  if (s.articleElements >= 5) add(-1.5, 'articleCards', s.articleElements);
  if (s.datesOnPage >= 15) add(-1, 'manyDates', s.datesOnPage);
  // A thread's posts are dated and long, like a report; their stamps give them away.
  if (s.threadPosts >= 3) add(-2.5, 'threadPosts', s.threadPosts);

  const urlEvidence: Record<ArticleSignals['urlShape'], [number, EvidenceKey] | null> = {
    article: [1, 'urlArticle'],
    front: [-1.5, 'urlFront'],
    search: [-2.5, 'urlSearch'],
    quote: [-2.5, 'urlQuote'],
    unknown: null,
  };
  const url = urlEvidence[s.urlShape];
  if (url) add(url[0], url[1]);
  if (s.robotsNoindex) add(-0.5, 'noindex');

  return { confidence: 1 / (1 + Math.exp(-logit)), evidence };
}
