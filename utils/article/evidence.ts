/**
 * The named pieces of evidence detectArticle weighs. Each has a message
 * `evidence_<key>` in every locale (tests/utils/i18n.test.ts checks), so the popup
 * can explain a verdict in the reader's language.
 */
export const EVIDENCE_KEYS = [
  'ogArticle',
  'ogOther',
  'jsonLdArticle',
  'jsonLdList',
  'publishedMeta',
  'dateline',
  'newsCue',
  'undated',
  'siteLevelOg',
  'soleArticle',
  'noBody',
  'bodyVeryShort',
  'bodyShort',
  'bodyMedium',
  'bodyLong',
  'bodyVeryLong',
  'bodyMostlyLinks',
  'bodyLinkHeavy',
  'bodyList',
  'bodyTeasers',
  'paragraphs',
  'noParagraph',
  'pageMostlyLinks',
  'articleCards',
  'manyDates',
  'threadPosts',
  'urlArticle',
  'urlFront',
  'urlSearch',
  'urlQuote',
  'noindex',
  'notArticleAtBest',
  'emptyDocument',
  'framesetPage',
  'noBodyElement',
  'notHtml',
] as const;

export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

export interface Evidence {
  key: EvidenceKey;
  /** Log-odds added for (positive) or against (negative) "this is an article". */
  weight: number;
  /** The figure the evidence rests on, shown in the message as $1 (count, type…). */
  value?: string;
}

/** A one-line English form for logs, tests and the CLI: "+1.5 ogArticle". */
export function describeEvidence(e: Evidence): string {
  const sign = e.weight > 0 ? '+' : '';
  return `${sign}${e.weight} ${e.key}${e.value === undefined ? '' : ` (${e.value})`}`;
}
