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

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const TEXT_NODE = 3;

/** Runs of the subtree's text, in document order; each holds at least one visible character. */
export function textRuns(root: Element): Text[][] {
  const runs: Text[][] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let run: Text[] | null = null;
  let visible = false;
  const close = () => {
    if (run && visible) runs.push(run);
    run = null;
    visible = false;
  };
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType !== TEXT_NODE) {
      close();
      if (NOT_NUMBERED.has((node as Element).localName)) {
        node = skipSubtree(walker);
        continue;
      }
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    // A run goes on only through a text sibling; a comment or element between ends it.
    if (!run || text.previousSibling !== run[run.length - 1]) {
      close();
      run = [];
    }
    run.push(text);
    if (!visible && VISIBLE.test(text.data)) visible = true;
    node = walker.nextNode();
  }
  close();
  return runs;
}

const VISIBLE = /\S/;
const NOT_NUMBERED = new Set(['script', 'style', 'noscript']);

/** The walker's next node after the current one's subtree (null at the end). */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

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
