/**
 * Text measures that treat Chinese and English fairly. A Chinese character carries
 * roughly a word of meaning, so counting raw characters makes Chinese articles look
 * three to four times shorter than English ones of the same content.
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;
const KANA = /[\u3040-\u30ff]/;
const HANGUL = /[\uac00-\ud7af]/;
const SPACE = /\s+/g;

/** How many English-equivalent characters a CJK character is worth. */
export const CJK_WEIGHT = 3;

export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** Length after folding white space, with CJK characters weighted. */
export function effectiveLength(text: string): number {
  const folded = text.replace(SPACE, ' ').trim();
  const cjk = countCjk(folded);
  return folded.length - cjk + cjk * CJK_WEIGHT;
}

const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'textarea',
  'head',
  'title',
]);

/** True for elements whose text a reader never sees as prose. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_ELEMENTS.has(el.localName);
}

export interface TextStats {
  /** Effective length of all visible-ish text. */
  length: number;
  /** Effective length of the text inside links. */
  linkLength: number;
  /** Blocks (paragraph-like runs) of at least 60 effective characters outside links. */
  paragraphs: number;
  /** CJK characters among the letters, 0..1. */
  cjkShare: number;
  /** Raw characters (folded), to cap work on huge pages. */
  rawLength: number;
  /** Effective length of text inside list items and table cells. */
  listLength: number;
  /** `<article>` elements and link-bearing headings inside: the marks of a teaser list. */
  teasers: number;
}

const LIST_ITEMS = new Set(['li', 'dd', 'dt']);
const CELLS = new Set(['td', 'th']);

/** List items, and table cells short enough to be data rather than page layout. */
function isListish(el: Element): boolean {
  if (LIST_ITEMS.has(el.localName)) return true;
  return CELLS.has(el.localName) && (el.textContent?.length ?? 0) < 200;
}
const HEADINGS = new Set(['h2', 'h3', 'h4']);

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'td',
  'th',
  'section',
  'article',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dd',
  'dt',
  'br',
  'tr',
  'table',
  'ul',
  'ol',
  'figure',
  'figcaption',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
]);

/**
 * Walks an element once and measures its text. Paragraphs are counted as runs of
 * text between block boundaries, because many Chinese CMSs put prose in bare
 * `<div>`s or `<br>`-separated text rather than `<p>`.
 */
export function measureText(root: Element, limit = 2_000_000): TextStats {
  let length = 0;
  let linkLength = 0;
  let paragraphs = 0;
  let cjk = 0;
  let rawLength = 0;
  let listLength = 0;
  let teasers = 0;
  let run = 0;
  const endRun = () => {
    if (run >= 60) paragraphs++;
    run = 0;
  };
  const visit = (node: Node, inLink: boolean, inList: boolean): void => {
    if (rawLength > limit) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = (child as Text).data;
        if (!text.trim()) continue;
        const eff = effectiveLength(text);
        const c = countCjk(text);
        length += eff;
        cjk += c;
        rawLength += text.length;
        if (inLink) linkLength += eff;
        else run += eff;
        if (inList) listLength += eff;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el)) continue;
        const block = BLOCK.has(el.localName);
        if (block) endRun();
        const name = el.localName;
        if (name === 'article' || (HEADINGS.has(name) && el.getElementsByTagName('a').length > 0)) {
          teasers++;
        }
        visit(el, inLink || name === 'a', inList || isListish(el));
        if (block) endRun();
      }
    }
  };
  visit(root, root.localName === 'a', false);
  endRun();
  const letters = Math.max(1, rawLength);
  return {
    length,
    linkLength,
    paragraphs,
    cjkShare: cjk / letters,
    rawLength,
    listLength,
    teasers,
  };
}

/** Visible text of an element with scripts and styles left out, white space folded. */
export function visibleText(root: Element, limit = 200_000): string {
  const parts: string[] = [];
  let total = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && total < limit; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        parts.push(data);
        total += data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el)) continue;
        if (BLOCK.has(el.localName)) parts.push(' ');
        visit(el);
        if (BLOCK.has(el.localName)) parts.push(' ');
      }
    }
  };
  visit(root);
  return parts.join('').replace(SPACE, ' ').trim();
}

export type ScriptFamily = 'zh' | 'ja' | 'ko' | 'latin' | null;

/** Which writing system dominates a sample of text. */
export function dominantScript(text: string): ScriptFamily {
  const sample = text.slice(0, 5000);
  const letters = sample.replace(/[\s\d\p{P}\p{S}]/gu, '');
  if (letters.length < 20) return null;
  const cjk = countCjk(letters);
  if (cjk / letters.length > 0.3) {
    if (KANA.test(sample)) return 'ja';
    if (HANGUL.test(sample)) return 'ko';
    return 'zh';
  }
  return 'latin';
}
