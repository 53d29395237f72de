import type {
  CopyMeasures,
  CopyReading,
  ReadabilityPick,
  ReadabilityRequest,
} from './readability-pick';
import { awaitOffThread, type Steps } from './steps';
import { hashText, runText, textRuns } from './text-runs';

/**
 * The page's side of Readability off the main thread (issue 14): serialise the page
 * once, let the extension run Readability on a parsed copy (`readability-pick.ts`),
 * and find the text it kept among the live nodes by number. The numbers are trusted
 * only if the live page has as many text runs as the copy and every kept run holds
 * the same text; otherwise the caller runs Readability in the page as before.
 */

/** Sends the request to where Readability runs (the content script: the background). */
export type AskReadability = (request: ReadabilityRequest) => Promise<CopyReading | null>;

/** The live text Readability kept, with each node's trimmed text, and what else it read. */
export interface KeptOnPage {
  kept: { text: Text; key: string }[];
  pick: ReadabilityPick;
}

export type OffThreadOutcome =
  /**
   * `found` is null when Readability found no content (as in the page, the density pass
   * follows). `page` is the copy's measures of the body.
   */
  | { ok: true; found: KeptOnPage | null; page: CopyMeasures }
  | { ok: false; fallback: 'not-html' | 'too-large' | 'no-reply' | 'mismatch' };

/** More HTML than this is not worth a message: the page runs Readability itself. */
export const OFF_THREAD_HTML_LIMIT = 8_000_000;
/** Long enough for a cold offscreen document and a large page's parse. */
export const OFF_THREAD_TIMEOUT_MS = 5_000;

export function* offThreadReadability(
  doc: Document,
  /** Where to ask, or the answer already in hand (the loader asked for it: `copy-verdict.ts`). */
  ask: AskReadability | CopyReading,
  timeoutMs = OFF_THREAD_TIMEOUT_MS,
): Steps<OffThreadOutcome> {
  if (!copyable(doc)) return { ok: false, fallback: 'not-html' };
  let reading: CopyReading | null;
  if (typeof ask === 'function') {
    const html = copyHtml(doc);
    if (html === null) return { ok: false, fallback: 'too-large' };
    const reply = yield* awaitOffThread(withTimeout(ask({ html, url: doc.baseURI }), timeoutMs));
    if (!reply.ok) return { ok: false, fallback: 'no-reply' };
    reading = reply.value;
  } else {
    reading = ask;
  }
  // A copy without a body is not this page's.
  if (!reading) return { ok: false, fallback: 'mismatch' };
  const { page, pick } = reading;
  if (!pick) return { ok: true, found: null, page };
  const body = doc.body;
  const kept = body ? keptOnPage(body, pick) : null;
  if (!kept) return { ok: false, fallback: 'mismatch' };
  return { ok: true, found: { kept, pick }, page };
}

/** Whether the page can be copied as HTML: XHTML serialises as XML, which an HTML parser would read differently. */
export function copyable(doc: Document): boolean {
  return doc.contentType === 'text/html' && !!doc.documentElement && !!doc.body;
}

/** The page's HTML to send (`serialise`), or null when it is more than a message is worth. */
export function copyHtml(doc: Document): string | null {
  const html = serialise(doc);
  return html.length > OFF_THREAD_HTML_LIMIT ? null : html;
}

/**
 * The page as HTML, once. The doctype is not part of `outerHTML`; without it the copy
 * would parse in quirks mode, where a <table> does not close an open <p>.
 */
export function serialise(doc: Document): string {
  const doctype = doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  return doctype + withoutScriptText(doc.documentElement.outerHTML);
}

/**
 * Scripts and styles are most of many pages' HTML, and the message's cost grows with
 * its size. Readability reads only JSON-LD among them and removes the rest before it
 * looks for the body, and `textRuns` does not number their text, so their content is
 * left out. So is <noscript>'s: a parser without scripting would move its markup out
 * of <head> into the body. A script whose text holds its own end tag (only a script
 * can write one) would cut the copy short: its text then differs and the page's
 * checks catch it.
 */
function withoutScriptText(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (whole, tag: string, attributes = '') =>
    tag.toLowerCase() === 'script' && JSON_LD.test(attributes)
      ? whole
      : `<${tag}${attributes}></${tag}>`,
  );
}

// As the HTML serialiser writes them: `<script>` or `<script attr="…">`, never `<script-x>`.
const SCRIPT_OR_STYLE = /<(script|style|noscript)(\s[^>]*)?>[\s\S]*?<\/\1>/gi;
const JSON_LD = /type\s*=\s*"?application\/ld\+json/i;

/**
 * The live text nodes of the runs Readability kept, in its order, or null when the
 * live body is not the body the copy numbered.
 */
export function keptOnPage(body: Element, pick: ReadabilityPick): KeptOnPage['kept'] | null {
  const runs = textRuns(body);
  if (runs.length !== pick.runs || pick.kept.length !== pick.hashes.length) return null;
  const kept: KeptOnPage['kept'] = [];
  for (let i = 0; i < pick.kept.length; i++) {
    const run = runs[pick.kept[i]!];
    if (!run || hashText(runText(run)) !== pick.hashes[i]) return null;
    for (const text of run) {
      const key = text.data.trim();
      if (key) kept.push({ text, key });
    }
  }
  return kept;
}

/** Rejects when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms.`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
