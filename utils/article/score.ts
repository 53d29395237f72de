import type { ArticleSignals } from './signals';

/**
 * Weighs the signals into a confidence. Each rule adds log-odds, so the reasons
 * list reads as the case for and against the page being an article.
 */
export interface ArticleScore {
  confidence: number;
  reasons: string[];
}

export function scoreSignals(s: ArticleSignals): ArticleScore {
  const reasons: string[] = [];
  let logit = -1;
  const add = (weight: number, reason: string) => {
    logit += weight;
    reasons.push(`${weight > 0 ? '+' : ''}${weight} ${reason}`);
  };

  if (s.ogType === 'article') add(1.5, 'og:type article');
  else if (s.ogType && s.ogType !== 'article') add(-0.5, `og:type ${s.ogType}`);
  if (s.jsonLdArticle) add(1.5, 'JSON-LD article type');
  else if (s.jsonLdNonArticle) add(-2, 'JSON-LD list/collection type');
  if (s.publishedMeta) add(1, 'published time in metadata');
  if (s.dateline) add(s.dateline.hasTime ? 1.5 : 1, 'dateline near the body');
  const dated = s.ogType === 'article' || s.jsonLdArticle || s.publishedMeta || !!s.dateline;
  if (!dated && !s.timeElement) add(-1.5, 'nothing says when it was published');
  if (s.siteLevelOg) add(-1.5, 'og:title describes the site, not a story');
  if (s.inSoleArticle) add(0.5, 'inside the only <article>');

  const root = s.root;
  if (!root) {
    add(-4, 'no article body found');
  } else {
    const prose = root.length - root.linkLength;
    const linkDensity = root.linkLength / Math.max(1, root.length);
    if (prose < 250) add(dated ? -1 : -2, `body very short (${prose})`);
    else if (prose < 600) add(0, `body short (${prose})`);
    else if (prose < 1500) add(1, `body of ${prose}`);
    else if (prose < 3000) add(2, `body long (${prose})`);
    else add(2.5, `body very long (${prose})`);
    if (linkDensity > 0.5) add(-3, `body mostly links (${linkDensity.toFixed(2)})`);
    else if (linkDensity > 0.3) add(-1.5, `body link-heavy (${linkDensity.toFixed(2)})`);
    const listShare = root.listLength / Math.max(1, root.length);
    if (listShare > 0.6) add(-2.5, `body is a list or table (${listShare.toFixed(2)})`);
    if (root.teasers >= 4) add(-2.5, `body holds ${root.teasers} teasers`);
    if (root.paragraphs >= 3) add(0.5, `${root.paragraphs} paragraphs`);
    else if (root.paragraphs === 0) add(-1, 'no paragraph');
  }
  const pageLinkDensity = s.body.linkLength / Math.max(1, s.body.length);
  // Short news items sit in heavy navigation; only undated pages pay for link-heavy chrome.
  if (pageLinkDensity > 0.65)
    add(dated ? -0.5 : -1.5, `page mostly links (${pageLinkDensity.toFixed(2)})`);
  if (s.articleElements >= 5) add(-1.5, `${s.articleElements} <article> cards`);
  if (s.datesOnPage >= 15) add(-1, `${s.datesOnPage} dates on page`);

  switch (s.urlShape) {
    case 'article':
      add(1, 'article-like URL');
      break;
    case 'front':
      add(-1.5, 'front-page URL');
      break;
    case 'search':
      add(-2.5, 'search URL');
      break;
    case 'quote':
      add(-2.5, 'quote/screener URL');
      break;
    default:
      break;
  }
  if (s.robotsNoindex) add(-0.5, 'robots noindex');

  return { confidence: 1 / (1 + Math.exp(-logit)), reasons };
}
