import { isSkippedElement } from './text';

/**
 * The article's text as a reader sees it, and where each character came from.
 * Scripts and styles are left out; a line break stands between blocks so that
 * "前20" in one paragraph and "9月25日" in the next do not read as "前209月25日";
 * whitespace around a break collapses into the break, and the ends are trimmed.
 *
 * The recognition engine works on `text`; the highlighter and the clippings turn
 * offsets in `text` back into DOM ranges through `segments`. One map for both, so
 * they agree on what "the article's text" is.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the segment's first character in `text`. */
  start: number;
  /** Offset of that character in `node.data`. */
  nodeOffset: number;
  length: number;
}

export interface TextMap {
  text: string;
  /** In text order, not overlapping; characters not in any segment are inserted breaks. */
  segments: TextSegment[];
}

export interface TextPiece {
  node: Text;
  /** Offsets in `node.data`. */
  from: number;
  to: number;
}

/** Elements that run inside a line of text (shared with article-text.ts's blanking). */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  // FinMark's own wrappers are inline: highlighting must not change the text.
  'finmark-mark',
  'finmark-clip',
]);

/**
 * Whitespace around a block edge (the regular expression articleText was defined by)
 * becomes one '\n'; whitespace holding a line break of the page's source, which a
 * browser shows as a space, becomes one ' ' (marked '\r' in the raw string below).
 */
const BREAK_RUN = /([ \t\r\f\v\u00a0]*\n[\s\u00a0]*)|[ \t\f\v\u00a0]*\r[ \t\r\f\v\u00a0]*/g;
const SOURCE_BREAK = /[\r\n]/g;
/** Where the source's line breaks are the text's own (`white-space: pre` by default). */
const PRE_ELEMENTS: ReadonlySet<string> = new Set(['pre', 'listing']);

export function buildTextMap(root: Element): TextMap {
  // 1. The raw string: text nodes as they are, '\n' for each block edge. A line
  // break inside a text node is only the source's wrapping (outside <pre>): marked
  // '\r', one character for one, so that no offset moves and a sentence wrapped in
  // the page's HTML is not read as two paragraphs.
  const raw: string[] = [];
  const rawNodes: { node: Text; rawStart: number }[] = [];
  let rawLength = 0;
  const visit = (node: Node, pre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (!text.data) continue;
        rawNodes.push({ node: text, rawStart: rawLength });
        raw.push(pre ? text.data : text.data.replace(SOURCE_BREAK, '\r'));
        rawLength += text.data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el)) continue;
        const block = !INLINE_ELEMENTS.has(el.localName);
        if (block) {
          raw.push('\n');
          rawLength++;
        }
        visit(el, pre || PRE_ELEMENTS.has(el.localName));
        if (block) {
          raw.push('\n');
          rawLength++;
        }
      }
    }
  };
  visit(root, root.closest([...PRE_ELEMENTS].join(',')) !== null);
  const joined = raw.join('');

  // 2. Collapse whitespace runs holding a break into one '\n' (a block edge) or one
  // ' ' (a source line break), keeping the stretches copied unchanged as (raw start,
  // out start, length).
  const copied: { rawStart: number; outStart: number; length: number }[] = [];
  const out: string[] = [];
  let outLength = 0;
  let at = 0;
  const copy = (to: number) => {
    if (to > at) {
      copied.push({ rawStart: at, outStart: outLength, length: to - at });
      out.push(joined.slice(at, to));
      outLength += to - at;
    }
  };
  BREAK_RUN.lastIndex = 0;
  for (let m = BREAK_RUN.exec(joined); m; m = BREAK_RUN.exec(joined)) {
    copy(m.index);
    out.push(m[1] === undefined ? ' ' : '\n');
    outLength++;
    at = m.index + m[0].length;
  }
  copy(joined.length);
  const collapsed = out.join('');

  // 3. Trim, as String.prototype.trim does.
  const lead = collapsed.length - collapsed.trimStart().length;
  const text = collapsed.trim();
  const textEnd = lead + text.length;

  // 4. Text-node segments: each node's raw span intersected with the copied stretches.
  const segments: TextSegment[] = [];
  let c = 0;
  for (const { node, rawStart } of rawNodes) {
    const rawEnd = rawStart + node.data.length;
    while (c < copied.length && copied[c]!.rawStart + copied[c]!.length <= rawStart) c++;
    for (let k = c; k < copied.length && copied[k]!.rawStart < rawEnd; k++) {
      const piece = copied[k]!;
      const from = Math.max(rawStart, piece.rawStart);
      const to = Math.min(rawEnd, piece.rawStart + piece.length);
      let start = piece.outStart + (from - piece.rawStart);
      let end = start + (to - from);
      let nodeOffset = from - rawStart;
      if (start < lead) {
        nodeOffset += lead - start;
        start = lead;
      }
      end = Math.min(end, textEnd);
      if (end > start) {
        segments.push({ node, start: start - lead, nodeOffset, length: end - start });
      }
    }
  }
  return { text, segments };
}

/** The DOM pieces holding text[start, end): one per text node it crosses. */
export function piecesOf(map: TextMap, start: number, end: number): TextPiece[] {
  const { segments } = map;
  // The first segment ending after `start`.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = segments[mid]!;
    if (s.start + s.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const pieces: TextPiece[] = [];
  for (let i = lo; i < segments.length && segments[i]!.start < end; i++) {
    const s = segments[i]!;
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.start + s.length);
    if (to <= from) continue;
    pieces.push({
      node: s.node,
      from: s.nodeOffset + (from - s.start),
      to: s.nodeOffset + (to - s.start),
    });
  }
  return pieces;
}

/**
 * The text offset of a DOM boundary point (a selection's start or end). A point in
 * text that the map left out (collapsed white space, a script) moves to the nearest
 * mapped character inward: forward for a start, backward for an end. Null when no
 * mapped text lies on that side.
 */
export function textOffsetAt(
  map: TextMap,
  container: Node,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const { segments } = map;
  if (!segments.length) return null;
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  // -1: (node, at) is before the point; 0: at it; 1: after it.
  const side = (node: Node, at: number) => point.comparePoint(node, at);
  if (edge === 'start') {
    // The first segment that ends after the point.
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = segments[mid]!;
      if (side(s.node, s.nodeOffset + s.length) <= 0) lo = mid + 1;
      else hi = mid;
    }
    const s = segments[lo];
    if (!s) return null;
    if (container === s.node && offset > s.nodeOffset) return s.start + (offset - s.nodeOffset);
    return s.start;
  }
  // The last segment that starts before the point.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = segments[mid]!;
    if (side(s.node, s.nodeOffset) < 0) lo = mid + 1;
    else hi = mid;
  }
  const s = segments[lo - 1];
  if (!s) return null;
  if (container === s.node && offset < s.nodeOffset + s.length) {
    return s.start + (offset - s.nodeOffset);
  }
  return s.start + s.length;
}
