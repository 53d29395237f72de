import { verdictOf } from '../page-status';
import { detectArticle } from './detect';
import { locateRoot } from './root-locator';
import {
  readPageCopy,
  setBaseUrl,
  type CopyReading,
  type ReadabilityRequest,
} from './readability-pick';

/**
 * Readability's reading of a page's copy (`readPageCopy`) and, when the request asks
 * (`judgeAt`), the whole verdict of detection on a second parse of the same HTML, away
 * from the page (issue 14). The page's loader settles a page this way without loading
 * the rest of FinMark: detection reads structure and text only, never layout, so the
 * copy is judged as the page would be. The second parse is needed because Readability
 * rewrites the first; the verdict takes the first's reading, as the page itself would.
 * An article's body comes with its place in the copy, for the page to find it again.
 */
export function readAndJudgeCopy(
  request: ReadabilityRequest,
  parser: DOMParser = new DOMParser(),
): CopyReading | null {
  const reading = readPageCopy(request, parser);
  if (!reading || request.judgeAt === undefined) return reading;
  const copy = parser.parseFromString(request.html, 'text/html');
  setBaseUrl(copy, request.url);
  const info = detectArticle(copy, { copy: reading, url: request.judgeAt });
  const root = info.isArticle && info.root ? locateRoot(info.root) : null;
  return { ...reading, verdict: verdictOf(info), ...(root ? { root } : {}) };
}
