/**
 * The body's text in document order, numbered the same way on the live page and in a
 * copy parsed from its HTML, so that the copy's choice can be named by number and
 * found again on the page (Readability off the main thread, `off-thread-root.ts`).
 *
 * A run is a maximal group of adjacent sibling text nodes: a page's scripts may leave
 * "foo" and "bar" side by side, which serialise as "foobar" and parse back as one
 * node. Runs with no visible character are not numbered (whitespace is what a round
 * trip through HTML changes most), and neither is text inside <script>, <style> and
 * <noscript>: the page sends scripts and styles without their text, the live page
 * holds a <noscript> as one raw text node where a parser without scripting makes
 * elements, and Readability drops all three before it looks for the body.
 */

const SHOW_TEXT = 4;

/** Runs of the subtree's text, in document order; each holds at least one visible character. */
export function textRuns(root: Element): Text[][] {
  const runs: Text[][] = [];
  // Text nodes only: the walker steps over elements natively, which is most of a page.
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  // Script, style and (with scripting on) noscript text is their element's own child.
  // With scripting off (a parser's copy, jsdom, a site with JavaScript blocked) a
  // <noscript> holds elements: only then is each text node's ancestry looked up.
  const noscriptMarkup = Array.from(root.getElementsByTagName('noscript')).some(
    (el) => el.firstElementChild,
  );
  let run: Text[] | null = null;
  let visible = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || NOT_NUMBERED.has(parent.localName)) continue;
    if (noscriptMarkup && parent.closest('noscript')) continue;
    // A run goes on only through a text sibling; a comment or element between ends it.
    if (!run || text.previousSibling !== run[run.length - 1]) {
      if (run && visible) runs.push(run);
      run = [];
      visible = false;
    }
    run.push(text);
    if (!visible && VISIBLE.test(text.data)) visible = true;
  }
  if (run && visible) runs.push(run);
  return runs;
}

const VISIBLE = /\S/;
const NOT_NUMBERED = new Set(['script', 'style', 'noscript']);

/** A run's text, trimmed: what both sides compare. */
export function runText(run: readonly Text[]): string {
  return (run.length === 1 ? run[0]!.data : run.map((t) => t.data).join('')).trim();
}

/** FNV-1a over UTF-16 code units: a cheap check that two texts are the same. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
