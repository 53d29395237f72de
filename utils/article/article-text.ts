import { isSkippedElement } from './text';

/**
 * The article's text as a reader sees it: scripts and styles left out, and a line
 * break between blocks so that "前20" in one paragraph and "9月25日" in the next do
 * not read as "前209月25日". Issue 4's text map builds on the same rule.
 */
const INLINE = new Set([
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
]);

export function articleText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child as Text).data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el)) continue;
        const block = !INLINE.has(el.localName);
        if (block) parts.push('\n');
        visit(el);
        if (block) parts.push('\n');
      }
    }
  };
  visit(root);
  return parts
    .join('')
    .replace(/[ \t\r\f\v\u00a0]*\n[\s\u00a0]*/g, '\n')
    .trim();
}
