import { isSpaceCode } from '../char-codes';
import { isSkippedElement } from './text';
import { INLINE_ELEMENTS } from './text-map';

/**
 * Blocks inside an article's body that point elsewhere instead of telling the story:
 * "Read more: <link>" lines, a "Related"/为你推荐 heading and the list under it, lists
 * of other stories' headlines, lines that are nothing but a link (a promo, an in-text
 * link to another story), "Our Standards: <link>" badges, © credits and slideshows of
 * other news. article-text.ts blanks them, so nothing in them is marked.
 *
 * They are recognised by their written form: how much of a line is link text, whether
 * a link is a headline standing on a line of its own, what a heading says. A prose
 * paragraph with a link or two, a short first paragraph and a dateline are never one.
 * Everything is measured in one pass over the root; the checks then read the sizes.
 */

export interface BlockSize {
  /** Non-space characters of the element's text (scripts and styles left out). */
  chars: number;
  /** Of those, the characters inside links. */
  links: number;
  /** Some of the text sits in a block-level descendant: more than one line. */
  multiline: boolean;
}

export interface Blocks {
  root: Element;
  size(el: Element): BlockSize;
  /** Text nodes that read as a slide counter ("3/50"), in document order. */
  counters: Text[];
  /** Text nodes whose text starts with ©. */
  copyrights: Text[];
}

const NONE: BlockSize = { chars: 0, links: 0, multiline: false };
const COUNTER = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/;

function visibleChars(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) if (!isSpaceCode(data.charCodeAt(i))) n++;
  return n;
}

function firstVisible(data: string): number {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (!isSpaceCode(c)) return c;
  }
  return -1;
}

const isLink = (el: Element) => el.localName === 'a' && el.hasAttribute('href');
const isBlock = (el: Element) => !INLINE_ELEMENTS.has(el.localName);

/** Sizes of every element under `root`, in one pass. */
export function measureBlocks(root: Element): Blocks {
  const sizes = new Map<Element, BlockSize>();
  const counters: Text[] = [];
  const copyrights: Text[] = [];
  const visit = (el: Element, inLink: boolean): BlockSize => {
    const size = { chars: 0, links: 0, multiline: false };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const n = visibleChars(text.data);
        if (!n) continue;
        size.chars += n;
        if (inLink) size.links += n;
        if (n <= 7 && COUNTER.test(text.data)) counters.push(text);
        else if (firstVisible(text.data) === 0xa9) copyrights.push(text);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isSkippedElement(element)) continue;
        const inner = visit(element, inLink || isLink(element));
        size.chars += inner.chars;
        size.links += inner.links;
        if (inner.chars && (inner.multiline || isBlock(element))) size.multiline = true;
      }
    }
    sizes.set(el, size);
    return size;
  };
  visit(root, isLink(root));
  return { root, size: (el) => sizes.get(el) ?? NONE, counters, copyrights };
}

/** A line of its own: a block with text and no block inside holding any. */
function isLine(el: Element, blocks: Blocks): boolean {
  const size = blocks.size(el);
  return size.chars > 0 && !size.multiline && isBlock(el);
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Headings of boxes that list other stories (the whole line, an optional colon after). */
const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'read more',
      'read next',
      'related(?: (?:articles?|stories|story|news|content|coverage|posts|links|reading|topics|videos|items))?',
      "more (?:stories|news|articles|headlines|videos|to read|on this(?: story| topic)?|from [\\w .&’'-]{1,30})",
      'recommended(?: (?:for you|reading|stories|articles|videos))?',
      'you (?:may|might) (?:also )?(?:like|be interested in)',
      "also (?:read|see|on [\\w .&’'-]{1,30})",
      'see also',
      'further reading',
      "(?:editor['’]?s )?picks?",
      '(?:most (?:popular|read|viewed|shared)|trending(?: now| stories)?|top stories|popular (?:now|stories))',
      "(?:don['’]t miss|what to read next|in other news|latest (?:news|stories|articles))",
      '[\\w ]{0,30} in pictures',
      '(?:art[ií]culos|notas) relacionad[oa]s',
      // Chinese: 为你推荐, 相关阅读, 推荐阅读, 热门文章, 延伸阅读, 猜你喜欢, 更多详情, 你可能还想看 …
      '(?:为你|為你|精彩|热门|熱門|热点|熱點|编辑|編輯|今日|相关|相關)?(?:推荐|推薦)(?:阅读|閱讀|文章|新闻|新聞|视频|視頻)?',
      '(?:相关|相關|延伸|推荐|推薦|热门|熱門|精彩|最新|更多)(?:阅读|閱讀|新闻|新聞|文章|报道|報導|资讯|資訊|视频|視頻|专题|專題|内容|內容|详情|詳情)(?:推荐|推薦)?',
      '(?:猜你喜欢|猜你喜歡|大家都在看|看了又看|热读|熱讀|热门排行|熱門排行|排行榜)',
      '你(?:可能|或许|或許)(?:还|還|也)(?:想看|喜欢|喜歡|感兴趣|感興趣)',
    ].join('|') +
    ')\\s*[:：]?$',
  'i',
);

export function isRelatedHeading(line: string): boolean {
  return line.length <= 40 && RELATED_HEADING.test(line);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A line of story text: long enough to be a sentence, hardly any of it in links. */
function isProseLine(el: Element, blocks: Blocks): boolean {
  const { chars, links } = blocks.size(el);
  return isLine(el, blocks) && chars >= 40 && links < chars * 0.3;
}

/** The first line of text under `el`, or null. */
function firstLine(el: Element, blocks: Blocks): Element | null {
  let cur: Element | null = el;
  while (cur && !isLine(cur, blocks)) {
    let next: Element | null = null;
    for (let c: Element | null = cur.firstElementChild; c; c = c.nextElementSibling) {
      if (blocks.size(c).chars) {
        next = c;
        break;
      }
    }
    // Text straight in `cur` before any block: `cur` itself is where the line starts.
    if (!next || !isBlock(next)) return cur;
    cur = next;
  }
  return cur;
}

/** Headline-like link text: four words or more, or eight CJK characters. */
function isHeadlineText(t: string): boolean {
  const cjk = t.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return cjk >= 8 || t.split(' ').length >= 4;
}

/** A link that is the whole of its line: nothing but space or blocks beside it. */
function standsAlone(link: Element): boolean {
  let el: Element = link;
  for (;;) {
    const parent = el.parentElement;
    if (!parent) return true;
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n === el) continue;
      if (n.nodeType === 3 && firstVisible((n as Text).data) !== -1) return false;
      if (n.nodeType === 1 && !isBlock(n as Element) && !isSkippedElement(n as Element)) {
        if (firstVisible(n.textContent ?? '') !== -1) return false;
      }
    }
    if (isBlock(parent)) return true;
    el = parent;
  }
}

/** An item led by another story's headline: a link of headline length on its own line. */
function hasHeadline(item: Element, blocks: Blocks): boolean {
  const links = isLink(item) ? [item] : Array.from(item.getElementsByTagName('a')).slice(0, 4);
  return links.some(
    (a) => isLink(a) && blocks.size(a).chars >= 6 && isHeadlineText(text(a)) && standsAlone(a),
  );
}

/**
 * Three or more items, most of them led by a headline link, each short: a list of other
 * stories (a "more stories" feed, 为你推荐 cards). `itemLimit` caps an item's characters;
 * a listicle whose sections carry linked titles has far longer items.
 */
export function isTeaserList(el: Element, blocks: Blocks, itemLimit = 400): boolean {
  let items = 0;
  let teasers = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const size = blocks.size(child);
    if (!size.chars) continue;
    items++;
    if (size.links && size.chars <= itemLimit && hasHeadline(child, blocks)) teasers++;
  }
  return teasers >= 3 && teasers >= items * 0.6;
}

/** "Read more: <link>", "Our Standards: <link>", "Tags: <link> <link>": a short label, then links. */
const LABEL = /^([^:：\n]{1,24}?)\s*[:：]\s*(.*)$/s;

function isLabelledLinkLine(el: Element, blocks: Blocks): boolean {
  const { chars, links } = blocks.size(el);
  if (chars > 200 || links < chars * 0.5) return false;
  const m = LABEL.exec(text(el));
  if (!m) return false;
  const label = m[1]!;
  // A label is a few words: four at most, or six CJK characters ("更多详情", "相关阅读");
  // "腾讯控股今日宣布：" opens a sentence.
  const cjk = label.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  if (label.split(' ').length > 4 || cjk > 6 || /\d/.test(label)) return false;
  const rest = visibleChars(m[2]!);
  // The label itself is not a link ("<a>Apple</a>: <a>AAPL</a>" is no labelled line).
  return rest > 0 && links >= rest * 0.8 && links <= rest;
}

/** A short line that is all link: a promo ("GET THE APP BY CLICKING HERE") or another story's title. */
function isLinkLine(el: Element, blocks: Blocks): boolean {
  const { chars, links } = blocks.size(el);
  return (
    isLine(el, blocks) &&
    chars <= 200 &&
    links >= chars * 0.9 &&
    // Cells of a table are data (the quote-table rule reads them); a linked section
    // title ("<h3><a>Rez Infinite ($30)</a></h3>") is part of the story's outline.
    el.localName !== 'td' &&
    el.localName !== 'th' &&
    !HEADINGS.has(el.localName)
  );
}

/**
 * What to blank at `el`, a child being visited under the root: `el` alone, `el` and the
 * siblings after it (a related heading and the list it heads), or nothing.
 */
export function teaserAt(el: Element, blocks: Blocks, lead: Element | null): Element[] | null {
  if (!isBlock(el)) return null;
  const size = blocks.size(el);
  if (!size.chars) return null;
  // A heading, or a wrapper holding nothing else: the box it heads follows it.
  if (size.chars <= 40 && isRelatedHeading(text(el))) return [el, ...listAfter(el, blocks)];
  // The story's first line (a dateline, a short lead) is never a teaser.
  if (lead && (el === lead || el.contains(lead))) return null;
  if (isLinkLine(el, blocks) || isLabelledLinkLine(el, blocks)) return [el];
  if (size.multiline && isTeaserList(el, blocks)) return [el];
  return null;
}

/** The siblings a related heading heads: up to the next heading or line of story text. */
function listAfter(heading: Element, blocks: Blocks): Element[] {
  const out: Element[] = [];
  for (let sib = heading.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (!blocks.size(sib).chars) continue;
    if (HEADINGS.has(sib.localName) || isProseLine(sib, blocks)) break;
    if (!isLine(sib, blocks) && !isTeaserList(sib, blocks)) {
      const first = firstLine(sib, blocks);
      if (first && isProseLine(first, blocks)) break;
    }
    out.push(sib);
  }
  return out;
}

/** The first line of the story: the first line of text under the root. */
export function leadLine(blocks: Blocks): Element | null {
  return firstLine(blocks.root, blocks);
}

/**
 * Slideshows of other news inside a story ("1/50 … 50/50"): three or more counters out
 * of the same total; the block holding them all, unless that is the whole story.
 */
export function slideshows(blocks: Blocks): Element[] {
  const byTotal = new Map<string, Text[]>();
  for (const t of blocks.counters) {
    const [, at, total] = COUNTER.exec(t.data)!;
    if (Number(at) > Number(total) || Number(total) < 3) continue;
    const list = byTotal.get(total!);
    if (list) list.push(t);
    else byTotal.set(total!, [t]);
  }
  const out: Element[] = [];
  for (const list of byTotal.values()) {
    if (new Set(list.map((t) => t.data.trim())).size < 3) continue;
    let box = list[0]!.parentElement;
    while (box && !list.every((t) => box!.contains(t))) box = box.parentElement;
    if (box && box !== blocks.root && blocks.root.contains(box)) out.push(box);
  }
  return out;
}

/**
 * "© Provided by Business Insider Inc": a credit set inline, in a paragraph's first line
 * (a © line of its own is one of TEASER_LINES). The outermost inline element around it,
 * while that stays short; never the paragraph.
 */
export function copyrightCredits(blocks: Blocks): Element[] {
  const out: Element[] = [];
  for (const t of blocks.copyrights) {
    let box = t.parentElement;
    if (!box || isBlock(box) || blocks.size(box).chars > 120) continue;
    for (let up = box.parentElement; up && up !== blocks.root; up = up.parentElement) {
      if (isBlock(up) || blocks.size(up).chars > 120) break;
      box = up;
    }
    out.push(box);
  }
  return out;
}

/**
 * Text forms of the same things, for lines the DOM does not set apart: copyright and
 * rights lines, a bracketed （更多详情：…） pointer, a "Read more:" line without a link.
 */
export const TEASER_LINES: RegExp[] = [
  // © Thomson Reuters 2020 · Copyright © 2024 … · (c) 2011 · 版权所有 …
  /^[ \t]*(?:©|\(c\)[ \t]*\d{4}|copyright[ \t]*(?:©|\(c\)|\d{4})|版权所有|版權所有)[^\n]{0,160}$/gim,
  /^[^\n]{0,160}\ball rights reserved\.?[ \t]*$/gim,
  // 【…中文相关权益归腾讯公司独家所有。未经授权，不得转载…】
  /^[^\n]{0,80}(?:版权|版權|权益|權益)(?:归|歸|属于|屬於)[^\n]{0,40}所有[^\n]{0,80}$/gm,
  /^[^\n]{0,100}未经(?:授权|许可|允许|書面|书面)[^\n]{0,40}(?:不得|禁止|严禁)(?:转载|轉載|复制|使用)[^\n]{0,80}$/gm,
  // （更多详情：…） · (Read more: …)
  /[（(][ \t]*(?:更多详情|更多詳情|更多内容|相关阅读|相關閱讀|延伸阅读|延伸閱讀|详见|詳見|read more|see also|related)[ \t]*[:：][^（）()\n]{1,80}[)）]/gi,
  // A line opened by such a label: "Read more: …", "READ MORE: …", 相关阅读：…
  /^[ \t]*(?:read more|read next|related|see also|also read|more on this|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|相关报道|相關報導|更多详情|更多詳情)[ \t]*[:：][^\n]{0,160}$/gim,
];
