import { Readability } from '@mozilla/readability';
import type { ArticleVerdict } from '../page-status';
import type { RootLocator } from './root-locator';
import { measureText, type TextStats } from './text';
import { hashText, runText, textRuns } from './text-runs';

/**
 * Readability away from the page: the offscreen document (Chrome) or the background
 * page (Firefox) parses the page's HTML, numbers the body's text runs before
 * Readability rewrites the tree, and answers with the numbers of the runs it kept.
 * No node crosses a message; the page finds them again by number (`off-thread-root.ts`).
 */

/** What the page sends: its HTML as serialised once, and its address. */
export interface ReadabilityRequest {
  html: string;
  /** The page's base URL, for Readability's relative links. */
  url: string;
  /**
   * Also judge the copy as detection would judge the page at this address (the loader
   * asks so: `judge-copy.ts`); the reply then carries `verdict`.
   */
  judgeAt?: string;
}

/**
 * The copy's answer: its body as detection measures it, read before Readability changes
 * the tree, so the page need not walk its own body for the same figures (issue 14), and
 * Readability's choice.
 */
export interface CopyReading {
  page: CopyMeasures;
  /** Null when Readability found no content. */
  pick: ReadabilityPick | null;
  /** Detection's verdict on the copy, when the request asked for it (`judgeAt`). */
  verdict?: ArticleVerdict;
  /** Where that verdict's article body lies in the copy (`root-locator.ts`). */
  root?: RootLocator;
}

export interface CopyMeasures {
  /** Elements in the copy's body: the page trusts `body` only when its own body has as many. */
  elements: number;
  /** `measureText` of the copy's body. */
  body: TextStats;
}

/** Readability's choice, by number. */
export interface ReadabilityPick {
  /** How many text runs the parsed body has (`textRuns`): the page checks its own count. */
  runs: number;
  /**
   * Each text node of Readability's content, in order, as the run it came from, and
   * the hash of that run's trimmed text (the page checks it is the same text).
   */
  kept: number[];
  hashes: number[];
  /** Characters of text Readability kept. */
  textLength: number;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

const SHOW_TEXT = 4;

/** Pages above this many elements skip Readability (it is quadratic in places). */
export const READABILITY_ELEMENT_LIMIT = 20_000;

/**
 * Parses `html` as the page's copy and reads it (null when it has no body); `parser` is
 * the context's DOMParser (jsdom's in tests).
 */
export function readPageCopy(
  request: ReadabilityRequest,
  parser: DOMParser = new DOMParser(),
): CopyReading | null {
  const doc = parser.parseFromString(request.html, 'text/html');
  const body = doc.body;
  // `body` is a <frameset> on a frameset page: no body to read.
  if (body?.localName !== 'body') return null;
  const page = { elements: body.getElementsByTagName('*').length, body: measureText(body) };
  return { page, pick: pickWithReadability(doc, body, request.url) };
}

/** Readability on the parsed copy `doc`, whose body is `body` (it changes the copy). */
function pickWithReadability(
  doc: Document,
  body: HTMLElement,
  url: string,
): ReadabilityPick | null {
  setBaseUrl(doc, url);
  const runs = textRuns(body);
  const runOf = new Map<Text, number>();
  runs.forEach((run, index) => {
    for (const text of run) runOf.set(text, index);
  });

  let parsed;
  try {
    parsed = new Readability<Node>(doc, {
      serializer: (node) => node,
      keepClasses: true,
      maxElemsToParse: READABILITY_ELEMENT_LIMIT,
    }).parse();
  } catch {
    // Readability throws on some malformed trees; the page falls back to its density pass.
    return null;
  }
  if (!parsed?.content) return null;

  const kept: number[] = [];
  const hashes: number[] = [];
  const byText = textIndex(runs);
  const content = parsed.content as Element;
  const walker = doc.createTreeWalker(content, SHOW_TEXT);
  let previous = -1;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const key = (t as Text).data.trim();
    if (!key) continue;
    const index = runOf.get(t as Text) ?? byText.after(key, previous);
    if (index === undefined) continue;
    previous = index;
    kept.push(index);
    hashes.push(hashText(runText(runs[index]!)));
  }
  return {
    runs: runs.length,
    kept,
    hashes,
    textLength: parsed.textContent?.length ?? 0,
    title: parsed.title?.trim() || null,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || null,
  };
}

/**
 * Readability re-parses the body from HTML when its first pass finds too little text
 * (short news items), so its nodes are not always the numbered ones. Those are matched
 * by their text: the first run with that text after the previous match, as the
 * in-page path does (`readable-root.ts`).
 */
function textIndex(runs: readonly Text[][]) {
  let byText: Map<string, number[]> | null = null;
  return {
    after(key: string, previous: number): number | undefined {
      if (!byText) {
        byText = new Map();
        runs.forEach((run, index) => {
          const text = runText(run);
          const list = byText!.get(text);
          if (list) list.push(index);
          else byText!.set(text, [index]);
        });
      }
      const candidates = byText.get(key) ?? [];
      return candidates.find((c) => c > previous) ?? candidates[0];
    },
  };
}

/** The copy resolves relative links against the page's address, not the extension's. */
export function setBaseUrl(doc: Document, url: string): void {
  if (!url || doc.querySelector('base[href]') || !doc.head) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
}
