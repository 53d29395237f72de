import { piecesOf, type TextMap } from '../article/text-map';

/**
 * Wraps spans of the article's text in `<finmark-mark data-finmark-kind
 * data-finmark-value>` elements, one per text node a span crosses (英<b>飞拓</b> gets
 * two marks with the same attributes). This markup is a public contract: tests and
 * readers' own CSS rely on it.
 *
 * Each touched text node is replaced by a run of new nodes, and `remove()` puts the
 * very same node back: the page's DOM returns exactly as it was, node identities
 * included. Text is only ever set through text nodes, never parsed as HTML.
 */
export const MARK_TAG = 'finmark-mark';

export interface MarkSpec {
  start: number;
  end: number;
  kind: string;
  value: string;
}

export interface DrawnMarks {
  /** Every mark element, in text order, with the spec it draws. */
  readonly marks: readonly { element: HTMLElement; spec: MarkSpec }[];
  /** Restores every replaced text node; safe to call twice. */
  remove(): void;
}

/** Where a mark must never go: form fields, editors, code, vector art, our own UI. */
const FORBIDDEN =
  'input, textarea, select, option, [contenteditable]:not([contenteditable="false"]), script, style, noscript, template, svg, math, finmark-mark, finmark-card';

interface Replacement {
  original: Text;
  nodes: Node[];
}

/** Present on marks that keep their look in print (the reader's preference). */
export const PRINT_ATTRIBUTE = 'data-finmark-print';

export interface DrawOptions {
  /** Marks stay visible when the page is printed. */
  printable?: boolean;
}

export function drawMarks(
  map: TextMap,
  specs: readonly MarkSpec[],
  options: DrawOptions = {},
): DrawnMarks {
  // Pieces grouped by the text node they fall in.
  const byNode = new Map<Text, { from: number; to: number; spec: MarkSpec }[]>();
  for (const spec of specs) {
    for (const piece of piecesOf(map, spec.start, spec.end)) {
      let list = byNode.get(piece.node);
      if (!list) byNode.set(piece.node, (list = []));
      list.push({ from: piece.from, to: piece.to, spec });
    }
  }

  const replacements: Replacement[] = [];
  const marks: { element: HTMLElement; spec: MarkSpec }[] = [];
  for (const [node, pieces] of byNode) {
    const parent = node.parentElement;
    // The page may have changed since the text was read: leave such nodes alone.
    if (!parent || !node.isConnected || parent.closest(FORBIDDEN)) continue;
    const doc = node.ownerDocument;
    const data = node.data;
    pieces.sort((a, b) => a.from - b.from || b.to - a.to);
    const nodes: Node[] = [];
    const drawn: { element: HTMLElement; spec: MarkSpec }[] = [];
    let at = 0;
    for (const { from, to, spec } of pieces) {
      if (from < at || to > data.length) continue; // overlapping or stale
      const slice = data.slice(from, to);
      if (!slice.trim()) continue; // never wrap whitespace-only runs
      if (from > at) nodes.push(doc.createTextNode(data.slice(at, from)));
      const element = doc.createElement(MARK_TAG);
      element.setAttribute('data-finmark-kind', spec.kind);
      element.setAttribute('data-finmark-value', spec.value);
      // Focusable, so a keyboard reader can open the mark's card too.
      element.setAttribute('tabindex', '0');
      if (options.printable) element.setAttribute(PRINT_ATTRIBUTE, '');
      element.append(doc.createTextNode(slice));
      nodes.push(element);
      drawn.push({ element, spec });
      at = to;
    }
    if (!drawn.length) continue;
    if (at < data.length) nodes.push(doc.createTextNode(data.slice(at)));
    node.replaceWith(...nodes);
    replacements.push({ original: node, nodes });
    marks.push(...drawn);
  }
  marks.sort((a, b) => a.spec.start - b.spec.start);

  let removed = false;
  return {
    marks,
    remove() {
      if (removed) return;
      removed = true;
      for (const { original, nodes } of replacements) {
        const first = nodes[0]!;
        const parent = first.parentNode;
        // If the page moved or dropped our nodes, it owns that part of the DOM now.
        if (!parent) continue;
        parent.insertBefore(original, first);
        for (const n of nodes) n.parentNode?.removeChild(n);
      }
    },
  };
}

/** Applies the print preference to marks already drawn. */
export function setPrintable(drawn: DrawnMarks, printable: boolean): void {
  for (const { element } of drawn.marks) {
    if (printable) element.setAttribute(PRINT_ATTRIBUTE, '');
    else element.removeAttribute(PRINT_ATTRIBUTE);
  }
}
