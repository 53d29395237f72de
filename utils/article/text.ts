/**
 * Text measures that treat Chinese and English fairly. A Chinese character carries
 * roughly a word of meaning, so counting raw characters makes Chinese articles look
 * three to four times shorter than English ones of the same content.
 */

import { isSpaceCode } from '../char-codes';

const KANA = /[\u3040-\u30ff]/;
const HANGUL = /[\uac00-\ud7af]/;
const SPACE = /\s+/g;

/** How many English-equivalent characters a CJK character is worth. */
export const CJK_WEIGHT = 3;

export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

/** Folded length and CJK count of `text` in one pass (this runs on every text node of a page). */
export function measureRun(text: string): { length: number; cjk: number } {
  let length = 0;
  let cjk = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
    if (isCjkCode(c)) cjk++;
  }
  return { length, cjk };
}

/** Length after folding white space, with CJK characters weighted. */
export function effectiveLength(text: string): number {
  const { length, cjk } = measureRun(text);
  return length - cjk + cjk * CJK_WEIGHT;
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

/** Table cells with less text than this are data rather than page layout. */
const SHORT_CELL = 200;
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
        const measured = measureRun(text);
        if (measured.length === 0) continue;
        const eff = measured.length - measured.cjk + measured.cjk * CJK_WEIGHT;
        length += eff;
        cjk += measured.cjk;
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
        if (!inList && CELLS.has(name)) {
          // A short cell is data (a list), a long one is page layout; which one is
          // only known once its text has been measured.
          const before = { length, rawLength, listLength };
          visit(el, inLink, false);
          if (rawLength - before.rawLength < SHORT_CELL) {
            listLength = before.listLength + (length - before.length);
          }
        } else {
          visit(el, inLink || name === 'a', inList || LIST_ITEMS.has(name));
        }
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
  return visibleTextSample(root, limit).text;
}

export interface TextSample {
  /** `visibleText`'s result. */
  text: string;
  /** Whether that is all of the element's text (the limit was not reached). */
  complete: boolean;
  /**
   * The most `measureText` could find, with native string operations only: effective
   * length outside links, the longest single link's, and how many runs outside links
   * could be paragraphs. Only meaningful when `complete`.
   */
  atMost: { prose: number; longestLink: number; paragraphs: number };
}

/**
 * `visibleText`, and bounds on what `measureText` would measure, in the same walk. The
 * bounds hold because folding joined text keeps every space that folding each text
 * node keeps, and a CJK character weighs at most `CJK_WEIGHT`.
 */
export function visibleTextSample(root: Element, limit = 200_000): TextSample {
  const parts: string[] = [];
  const prose: string[] = [];
  let total = 0;
  let inLink = false;
  let longestLink = 0;
  let paragraphs = 0;
  let run = 0;
  const endRun = () => {
    // measureText counts a run of 60 effective characters; trimmed text is at least a third of that.
    if (run * CJK_WEIGHT >= 60) paragraphs++;
    run = 0;
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && total < limit; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        parts.push(data);
        total += data.length;
        if (!inLink) {
          prose.push(data);
          run += data.trim().length;
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el)) continue;
        const block = BLOCK.has(el.localName);
        if (block) {
          parts.push(' ');
          prose.push(' ');
          endRun();
        }
        if (!inLink && el.localName === 'a') {
          inLink = true;
          const [from, rawFrom] = [parts.length, total];
          visit(el);
          inLink = false;
          if ((total - rawFrom) * CJK_WEIGHT > longestLink) {
            const text = parts.slice(from).join('').replace(SPACE, ' ').trim();
            longestLink = Math.max(longestLink, foldedEffectiveLength(text));
          }
        } else {
          visit(el);
        }
        if (block) {
          parts.push(' ');
          prose.push(' ');
          endRun();
        }
      }
    }
  };
  visit(root);
  endRun();
  const folded = prose.join('').replace(SPACE, ' ').trim();
  return {
    text: parts.join('').replace(SPACE, ' ').trim(),
    complete: total < limit,
    atMost: { prose: foldedEffectiveLength(folded), longestLink, paragraphs },
  };
}

const CJK = /[\u4e00-\u9fff\u3040-\u30ff\u3400-\u4dbf\uf900-\ufaff\uac00-\ud7af]/g;

/**
 * The effective length of folded text, counted with native string operations (no
 * per-character loop). For `visibleText(el)` of a whole element it is at least
 * `measureText(el).length`: both keep the same characters, and folding the joined
 * text keeps every space folding each text node keeps.
 */
export function foldedEffectiveLength(folded: string): number {
  const cjk = folded.length - folded.replace(CJK, '').length;
  return folded.length - cjk + cjk * CJK_WEIGHT;
}

export type ScriptFamily = 'zh' | 'ja' | 'ko' | 'latin' | null;

/** Letters of the scripts news is written in; digits, punctuation and symbols are not. */
function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x6ff) || // Greek, Cyrillic, Armenian, Hebrew, Arabic
    (c >= 0x900 && c <= 0xdff) || // Indic scripts
    (c >= 0xe00 && c <= 0xeff) || // Thai, Lao
    (c >= 0x1e00 && c <= 0x1fff) || // Latin and Greek extended
    isCjkCode(c)
  );
}

/**
 * Which writing system dominates a sample of text. A loop rather than a Unicode
 * property regex: this runs on every page, and `\p{P}` costs milliseconds to compile.
 */
export function dominantScript(text: string): ScriptFamily {
  const sample = text.slice(0, 5000);
  let letters = 0;
  let cjk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (!isLetterCode(c)) continue;
    letters++;
    if (isCjkCode(c)) cjk++;
  }
  if (letters < 20) return null;
  if (cjk / letters > 0.3) {
    if (KANA.test(sample)) return 'ja';
    if (HANGUL.test(sample)) return 'ko';
    return 'zh';
  }
  return 'latin';
}
