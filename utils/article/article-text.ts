import {
  copyrightCredits,
  leadLine,
  measureBlocks,
  slideshows,
  teaserAt,
  TEASER_LINES,
  type Blocks,
} from './teasers';
import { buildTextMap, INLINE_ELEMENTS, type TextMap } from './text-map';
import { isSkippedElement } from './text';

/**
 * The article's own words, as recognition reads them. Inside a body there are lines
 * that are not the story: photo credits ("AFP/Getty Images", 图片来源：视觉中国),
 * bylines and "记者 X 报道" lines, shopping boxes ("Buy now", 立即购买), share bars,
 * related-link lists, ad slots and quote tables. A company named there is right but
 * is not what the article says, so nothing may be marked there.
 *
 * Those stretches are blanked rather than cut: every other character keeps its
 * offset, so the map's segments, the marks drawn from them and anything anchored to
 * the text before stay where they were. `text` here differs from `buildTextMap`'s
 * only in blanked stretches (spaces, line breaks kept).
 */
export interface ArticleTextMap extends TextMap {
  /** [start, end) stretches of `text` that were blanked, in order. */
  excluded: [number, number][];
}

/** Class or id words of blocks that hold no article text (camelCase split into words). */
const WIDGET_LABEL =
  /(?:^|[\s_-])(?:(?:photo|image|caption|media)-?credits?|credits?|byline|author-?(?:info|bio|box)|share|sharing|social|related|recommend(?:ed|ation)?s?|read-?more|more-?stories|also-?read|newsletter|promo|sponsor(?:ed)?|advert\w*|ads?|adsbygoogle|dfp|taboola|outbrain|shop(?:ping)?|buy-?box|product-?card|affiliate|commerce|quote-?(?:table|box|card)|ticker|stock-?(?:chip|card|quote)|market-?data|video|player|gallery|slideshow|carousel|tags?|comments?)(?:[\s_-]|$)/i;

/**
 * Class and id, camelCase split ("mbArticleSharePic" → "mb-Article-Share-Pic") so its
 * words can be read. An id of five words or more is a slug of the content
 * ("debt-as-a-share-of-gdp"), not a name for what the block does.
 */
const labelOf = (el: Element) => {
  const id = el.id.split(/[_-]/).length >= 5 ? '' : el.id;
  return `${el.getAttribute('class') ?? ''} ${id}`.replace(/([a-z])([A-Z])/g, '$1-$2');
};

/** A button or link of a shopping box. */
const BUY =
  /^(?:buy now|shop now|buy it now|see (?:it )?at \w+|check price|view deal|立即购买|去购买|马上购买|立即抢购|加入购物车|立即購買)$/i;

/** Lines that are credits, bylines, source lines, share bars or ad labels. */
const LINE_PATTERNS: RegExp[] = [
  // Photo: Reuters · Image credit: … · 图片来源：视觉中国 · 摄影：张三 · (Photo by X/Getty Images)
  /[（(]?\s*(?:(?:photo|image|picture|graphic|illustration)s?\s*(?:credit)?\s*(?:by\b|[:：])|credit\s*[:：]|(?:图片来源|图片来自|图源|圖片來源|圖片來自|摄影|攝影)\s*[:：])\s*[^\n]{0,80}?(?:[)）]|(?=\n)|$)/gim,
  // Spencer Platt/Getty Images · AFP/Getty Images · AFP via Getty Images
  /(?:\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\s*(?:\/|\bvia\b)\s*)?\b(?:Getty Images|AFP|AP Photo|EPA-EFE|Shutterstock|iStock(?:photo)?)\b(?:\s*\/\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?/g,
  // REUTERS/Brendan McDermid
  /\b(?:REUTERS|AFP|AP|EPA|XINHUA|BLOOMBERG)\/[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}/g,
  // A line that is only a byline or a reporter line: "By Jane Doe", 记者 王某 报道, 文/张三
  /^(?:by\s+[A-Z][\w.'-]+(?:\s+(?:and\s+)?[A-Z][\w.'-]+){0,5}|[（(]?\s*(?:本报记者|本報記者|记者|記者|通讯员|通訊員|特约记者|实习生|作者|撰文|文|编辑|編輯|责任编辑|責任編輯|责编)\s*[:：/|]?\s*[\u4e00-\u9fff·、 ]{2,24}?\s*(?:报道|報導|摄|攝|发自\S{0,6})?\s*[)）]?)\s*$/gim,
  // 本报讯（记者 韩立平 通讯员 苏雯）… · （责任编辑：周敏）: the bracket only
  /[（(]\s*(?:本报|本報|特约|特約)?(?:记者|記者|通讯员|通訊員|责任编辑|責任編輯|编辑|編輯|责编|审核|審核)[^（()）\n]{1,40}[)）]/g,
  // 来源：新华社 · Source: Reuters, on a line of their own
  /^\s*(?:来源|來源|source)\s*[:：][^\n]{1,40}$/gim,
  // Share bars: a line of nothing but share targets
  /^(?:(?:share(?: this(?: article| story)?)?|tweet|facebook|twitter|linkedin|e-?mail|whatsapp|reddit|pinterest|print|copy link|分享到?|微信|微博|朋友圈|QQ空间|QQ好友|复制链接)[\s:：|·,]*){2,}$/gim,
  // Ad labels
  /^(?:advertisement|sponsored(?: content)?|广告|廣告)$/gim,
  // Copyright and rights lines, "Read more:" pointers.
  ...TEASER_LINES,
];

/** Labelled blocks up to this size, or this share of the body, are widgets. */
const SHORT_BLOCK = 600;
const SHORT_SHARE = 0.15;

/** A table of figures: most of its cells are numbers, changes or percentages. */
function isQuoteTable(table: Element): boolean {
  const cells = Array.from(table.getElementsByTagName('td'));
  if (cells.length < 6) return false;
  const numeric = cells.filter((c) => /^[+\-−]?[\d,.]+%?$/.test((c.textContent ?? '').trim()));
  return numeric.length >= cells.length / 2;
}

/** Elements inside `root` whose text is not the article's. */
function widgetElements(blocks: Blocks): Element[] {
  const { root } = blocks;
  const rootLength = Math.max(1, blocks.size(root).chars);
  const lead = leadLine(blocks);
  const found: Element[] = [];
  const small = (el: Element) => {
    const n = blocks.size(el).chars;
    return n > 0 && n <= Math.max(SHORT_BLOCK, rootLength * SHORT_SHARE) && n < rootLength * 0.4;
  };
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isSkippedElement(child)) continue;
      const name = child.localName;
      const { chars, links } = blocks.size(child);
      if (!chars) continue;
      const widget =
        // Blocks only: an inline ticker link inside a sentence ("Amazon (NASDAQ: AMZN)")
        // is part of what the sentence says.
        (!INLINE_ELEMENTS.has(name) &&
          (WIDGET_LABEL.test(labelOf(child)) || name === 'footer' || name === 'aside') &&
          small(child)) ||
        (name === 'table' && isQuoteTable(child)) ||
        // A list of links inside the body: related stories.
        ((name === 'ul' || name === 'ol') &&
          child.getElementsByTagName('a').length >= 2 &&
          links > chars * 0.7 &&
          small(child)) ||
        // Shopping box: the smallest block around a "Buy now" link or button.
        ((name === 'a' || name === 'button') && BUY.test((child.textContent ?? '').trim()));
      if (widget) {
        found.push(name === 'a' || name === 'button' ? shoppingBox(child, blocks) : child);
        continue;
      }
      const teaser = teaserAt(child, blocks, lead);
      if (teaser) {
        found.push(...teaser);
        child = teaser[teaser.length - 1]!;
        continue;
      }
      visit(child);
    }
  };
  visit(root);
  found.push(...slideshows(blocks), ...copyrightCredits(blocks));
  return found;
}

/** The largest short block around a shopping link, short of the root. */
function shoppingBox(link: Element, blocks: Blocks): Element {
  let box = link;
  for (let up = link.parentElement; up && up !== blocks.root; up = up.parentElement) {
    if (blocks.size(up).chars > 400) break;
    box = up;
  }
  return box;
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else if (b > a) out.push([a, b]);
  }
  return out;
}

export function articleTextMap(root: Element): ArticleTextMap {
  const map = buildTextMap(root);
  const spans: [number, number][] = [];
  const widgets = widgetElements(measureBlocks(root));
  if (widgets.length) {
    // Each widget's text nodes are consecutive segments of the map.
    const byNode = new Map<Text, { start: number; end: number }>();
    for (const s of map.segments) {
      const seen = byNode.get(s.node);
      if (seen) seen.end = s.start + s.length;
      else byNode.set(s.node, { start: s.start, end: s.start + s.length });
    }
    const doc = root.ownerDocument;
    for (const widget of widgets) {
      const walker = doc.createTreeWalker(widget, 4);
      let start = Infinity;
      let end = -1;
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const at = byNode.get(t as Text);
        if (!at) continue;
        start = Math.min(start, at.start);
        end = Math.max(end, at.end);
      }
      if (end > start) spans.push([start, end]);
    }
  }
  // Lines are read as they stand once their widgets are gone: a paragraph opened by an
  // inline "© Provided by …" credit is not a © line. The widgets become a character no
  // pattern reads (not a space: a run of thousands would make `\s*` quadratic).
  const widgetFree = blank(map.text, mergeSpans([...spans]), '\u0000');
  for (const pattern of LINE_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of widgetFree.matchAll(pattern)) {
      if (m[0].trim()) spans.push([m.index, m.index + m[0].length]);
    }
  }
  const excluded = mergeSpans(spans);
  return { text: blank(map.text, excluded), segments: map.segments, excluded };
}

/** `text` with the `excluded` stretches (merged, in order) filled with `fill`, line breaks kept. */
function blank(text: string, excluded: [number, number][], fill = ' '): string {
  if (!excluded.length) return text;
  const chars: string[] = [];
  let at = 0;
  for (const [a, b] of excluded) {
    chars.push(text.slice(at, a), text.slice(a, b).replace(/[^\n]/g, fill));
    at = b;
  }
  chars.push(text.slice(at));
  return chars.join('');
}

/**
 * The article's text as recognition reads it: `buildTextMap`'s text (blocks separated
 * by line breaks, scripts and styles left out) with the stretches that are not the
 * article's own words blanked.
 */
export function articleText(root: Element): string {
  return articleTextMap(root).text;
}
