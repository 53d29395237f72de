import { piecesOf, type TextMap } from '../article/text-map';

/**
 * Wraps spans of a text map's text in elements, one per text node a span crosses.
 * Shared by the entity marks and the clippings, which draw different elements over
 * the same text.
 *
 * Each touched text node is replaced by a run of new nodes, and `remove()` puts the
 * very same node back: the page's DOM returns exactly as it was, node identities
 * included. Text is only ever set through text nodes, never parsed as HTML.
 */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Wrapped<S extends TextSpan> {
  /** Every wrapper element, in text order, with the span it draws. */
  readonly wrappers: readonly { element: HTMLElement; spec: S }[];
  /** Restores every replaced text node; safe to call twice. */
  remove(): void;
}

/** Never wrapped into: form fields, editors, code, vector art. Callers add their own UI. */
export const WRAP_FORBIDDEN =
  'input, textarea, select, option, [contenteditable]:not([contenteditable="false"]), script, style, noscript, template, svg, math';

interface Replacement {
  original: Text;
  nodes: Node[];
}

export function wrapText<S extends TextSpan>(
  map: TextMap,
  specs: readonly S[],
  forbidden: string,
  make: (spec: S, doc: Document) => HTMLElement,
): Wrapped<S> {
  // Pieces grouped by the text node they fall in.
  const byNode = new Map<Text, { from: number; to: number; spec: S }[]>();
  for (const spec of specs) {
    for (const piece of piecesOf(map, spec.start, spec.end)) {
      let list = byNode.get(piece.node);
      if (!list) byNode.set(piece.node, (list = []));
      list.push({ from: piece.from, to: piece.to, spec });
    }
  }

  const replacements: Replacement[] = [];
  const wrappers: { element: HTMLElement; spec: S }[] = [];
  for (const [node, pieces] of byNode) {
    const parent = node.parentElement;
    // The page may have changed since the text was read: leave such nodes alone.
    if (!parent || !node.isConnected || parent.closest(forbidden)) continue;
    const doc = node.ownerDocument;
    const data = node.data;
    pieces.sort((a, b) => a.from - b.from || b.to - a.to);
    const nodes: Node[] = [];
    const drawn: { element: HTMLElement; spec: S }[] = [];
    let at = 0;
    for (const { from, to, spec } of pieces) {
      if (from < at || to > data.length) continue; // overlapping or stale
      const slice = data.slice(from, to);
      if (!slice.trim()) continue; // never wrap whitespace-only runs
      if (from > at) nodes.push(doc.createTextNode(data.slice(at, from)));
      const element = make(spec, doc);
      element.append(doc.createTextNode(slice));
      nodes.push(element);
      drawn.push({ element, spec });
      at = to;
    }
    if (!drawn.length) continue;
    if (at < data.length) nodes.push(doc.createTextNode(data.slice(at)));
    node.replaceWith(...nodes);
    replacements.push({ original: node, nodes });
    wrappers.push(...drawn);
  }
  wrappers.sort((a, b) => a.spec.start - b.spec.start);

  let removed = false;
  return {
    wrappers,
    remove() {
      if (removed) return;
      removed = true;
      for (const { original, nodes } of replacements) {
        const parent = nodes[0]!.parentNode;
        if (parent && nodes.every((n) => n.parentNode === parent)) {
          parent.insertBefore(original, nodes[0]!);
          for (const n of nodes) parent.removeChild(n);
          continue;
        }
        // The page moved or dropped some of our nodes (a script that unwraps marks, say):
        // it owns that text now, and putting the original back would show it twice.
        // Only our wrappers still in the page come off, their text left where it is.
        for (const n of nodes) {
          if (n.nodeType === 1 && n.parentNode) {
            (n as Element).replaceWith(...n.childNodes);
          }
        }
      }
    },
  };
}
