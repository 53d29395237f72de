import { articleText } from './article/article-text';
import { detectArticle, type ArticleInfo } from './article/detect';
import type { Directory } from './finance/directory';
import { recognize, type Entity } from './finance/recognize';

/**
 * The whole reading of a page: is it an article, what is its text, and what does
 * the engine find in that text. One function so the CLI, the evaluation and (in
 * issue 4) the content script read pages the same way.
 */
export interface ArticleAnalysis {
  info: ArticleInfo;
  /** The article body's text (empty when no body was found); entity offsets point into it. */
  text: string;
  entities: Entity[];
}

export function analyseArticle(
  doc: Document,
  directory: Directory,
  /** Overrides the detected publish time (evaluation against labelled pages). */
  publishedAt?: string | null,
): ArticleAnalysis {
  const info = detectArticle(doc);
  if (!info.root) return { info, text: '', entities: [] };
  const text = articleText(info.root);
  const entities = recognize(text, {
    publishedAt: publishedAt ?? info.publishedTime,
    lang: info.lang,
    directory,
  });
  return { info, text, entities };
}
