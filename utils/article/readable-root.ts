import { Readability } from '@mozilla/readability';
import {
  offThreadReadability,
  type AskReadability,
  type OffThreadOutcome,
} from './off-thread-root';
import { READABILITY_ELEMENT_LIMIT } from './readability-pick';
import { type Steps } from './steps';
import { isTeaserList, measureBlocks } from './teasers';
import { INLINE_ELEMENTS } from './text-map';
import { effectiveLength, isSkippedElement } from './text';

/**
 * Finds the article body in the *live* DOM. Readability only works on a copy (it
 * rewrites the tree it reads). The content script has the extension parse a copy off
 * the page's main thread and name the text it kept by number (`off-thread-root.ts`);
 * otherwise, and when that answer does not fit the page, we clone the document here,
 * remember which cloned text node came from which live one, let Readability pick the
 * content, and map its text back. Either way the live root is the deepest element
 * holding nearly all of that text.
 */

export interface ReadableResult {
  root: Element | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Which method found the root. */
  method: 'readability' | 'density' | 'none';
  /** Where Readability ran (absent when the page was too large for it). */
  readability?: ReadabilityPath;
}

/**
 * The content script asks for Readability off the page's main thread; anything else
 * (tests, the CLI), or a page where that cannot be trusted, runs it in the page.
 */
export interface ReadabilityPath {
  ran: 'off-thread' | 'in-page';
  /** Why the off-thread run was not used, when it was asked for. */
  fallback?: OffThreadFallback;
}

/**
 * not-html: XHTML (serialises differently); too-large: too much HTML to send;
 * no-reply: the extension was reloaded, the offscreen document failed, a timeout;
 * mismatch: the page's text is not what the copy numbered (changed meanwhile, or
 * HTML that does not survive a round trip).
 */
export type OffThreadFallback = Extract<OffThreadOutcome, { ok: false }>['fallback'];

const SHOW_TEXT = 4;

// Readability keeps small blocks next to short bodies (risk notices, share bars,
// related-stock chips); they should not pull the root up to a wider container.
const BOILERPLATE =
  /disclaimer|risk|copyright|statement|share|related|recommend|comment|footer|tags?\b|toolbar|social|promo|sponsor|advert|\bad\b|声明|版权/i;

/** Text in a link, or within three levels of a boilerplate-named block, is not prose. */
function isProse(live: Node): boolean {
  let el = live.parentElement;
  for (let level = 0; el && level < 3; el = el.parentElement, level++) {
    if (el.localName === 'a') return false;
    const label = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (label.trim() && BOILERPLATE.test(label)) return false;
  }
  return true;
}

interface LiveText {
  /** Cloned text node → its live original (valid while Readability keeps the node). */
  byNode: WeakMap<Node, Text>;
  /** Trimmed text → live nodes in document order, for nodes Readability re-created. */
  byText(): Map<string, Text[]>;
  order(): Map<Text, number>;
}

/**
 * Pairs the live body's text nodes with the clone's. Only body text can be article
 * text (<title> would otherwise match the headline). The by-text index is built only
 * if Readability re-created nodes, which is rare.
 */
function indexLiveText(live: Document, clone: Document): LiveText {
  const byNode = new WeakMap<Node, Text>();
  let byText: Map<string, Text[]> | null = null;
  let order: Map<Text, number> | null = null;
  const liveBody = live.body;
  const build = () => {
    byText = new Map();
    order = new Map();
    if (!liveBody) return;
    const walker = live.createTreeWalker(liveBody, SHOW_TEXT);
    let i = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const text = t as Text;
      const key = text.data.trim();
      if (!key) continue;
      order.set(text, i++);
      const list = byText.get(key);
      if (list) list.push(text);
      else byText.set(key, [text]);
    }
  };
  if (liveBody && clone.body) {
    const a = live.createTreeWalker(liveBody, SHOW_TEXT);
    const b = clone.createTreeWalker(clone.body, SHOW_TEXT);
    for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) {
      byNode.set(y, x as Text);
    }
  }
  return {
    byNode,
    byText: () => {
      if (!byText) build();
      return byText!;
    },
    order: () => {
      if (!order) build();
      return order!;
    },
  };
}

/**
 * Readability re-parses the page from HTML when its first pass finds too little
 * text (short news items), so result nodes are not always the cloned ones. Those are
 * matched by their text, taking the first occurrence after the previous match.
 */
export interface Weighted {
  node: Node;
  weight: number;
  prose?: boolean;
}

/** A live text node Readability kept, weighed: its trimmed text is `key`. */
export function weighKept(live: Text, key: string): Weighted {
  return { node: live, weight: effectiveLength(key), prose: isProse(live) };
}

function liveNodesOf(content: Element, index: LiveText): Weighted[] {
  const walker = content.ownerDocument.createTreeWalker(content, SHOW_TEXT);
  const nodes: Weighted[] = [];
  let previous: Text | null = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const key = (t as Text).data.trim();
    if (!key) continue;

    let live = index.byNode.get(t);
    if (!live) {
      const order = index.order();
      const after: number = previous ? (order.get(previous) ?? -1) : -1;
      const candidates = index.byText().get(key) ?? [];
      live = candidates.find((c) => (order.get(c) ?? -1) > after) ?? candidates[0];
      if (!live) continue;
    }
    previous = live;
    nodes.push(weighKept(live, key));
  }
  return nodes;
}

/**
 * The deepest element that holds at least `share` of the weighted text nodes. Weights
 * are summed bottom-up, deepest elements first, so each element is visited once
 * however long the article.
 */
export function deepestCovering(nodes: Weighted[], share = 0.9): Element | null {
  const total = nodes.reduce((sum, n) => sum + n.weight, 0);
  if (total === 0) return null;
  const weights = new Map<Element, number>();
  for (const { node, weight } of nodes) {
    const parent = node.parentElement;
    if (parent && weight > 0) weights.set(parent, (weights.get(parent) ?? 0) + weight);
  }
  const depths = new Map<Element, number>();
  const depthOf = (el: Element): number => {
    const chain: Element[] = [];
    let cur: Element | null = el;
    let base = -1;
    for (; cur; cur = cur.parentElement) {
      const known = depths.get(cur);
      if (known !== undefined) {
        base = known;
        break;
      }
      chain.push(cur);
    }
    for (let i = chain.length - 1; i >= 0; i--) depths.set(chain[i]!, ++base);
    return depths.get(el)!;
  };
  const byDepth: Element[][] = [];
  for (const el of weights.keys()) (byDepth[depthOf(el)] ??= []).push(el);
  let best: Element | null = null;
  for (let d = byDepth.length - 1; d >= 0; d--) {
    for (const el of byDepth[d] ?? []) {
      const w = weights.get(el)!;
      if (!best && w >= total * share) best = el;
      const parent = el.parentElement;
      if (!parent) continue;
      const before = weights.get(parent);
      if (before === undefined) (byDepth[d - 1] ??= []).push(parent);
      weights.set(parent, (before ?? 0) + w);
    }
    if (best) return best;
  }
  return best;
}

/**
 * Readability compares upper-case tag names, which XHTML documents do not have;
 * their elements are copied into an HTML document (same namespace, so the same tree).
 */
function cloneAsHtml(doc: Document): Document {
  if (doc.contentType === 'text/html' || !doc.documentElement) {
    return doc.cloneNode(true) as Document;
  }
  const html = doc.implementation.createHTMLDocument('');
  html.replaceChild(html.importNode(doc.documentElement, true), html.documentElement);
  return html;
}

/** Readability's pick, mapped back to the live DOM; cloning and parsing are separate steps. */
function* viaReadability(doc: Document): Steps<ReadableResult | null> {
  const clone = cloneAsHtml(doc);
  const index = indexLiveText(doc, clone);
  yield;
  const parsed = new Readability<Node>(clone, {
    serializer: (node) => node,
    keepClasses: true,
    maxElemsToParse: READABILITY_ELEMENT_LIMIT,
  }).parse();
  if (!parsed?.content) return null;
  yield;
  const content = parsed.content as Element;
  return rootOfKept(doc, liveNodesOf(content, index), {
    title: parsed.title?.trim() || null,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || null,
  });
}

/** What Readability read about the page besides its body. */
export type ReadabilityMeta = Pick<
  ReadableResult,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang'
>;

/**
 * The live root of the text Readability kept, wherever it ran: the deepest element
 * holding nearly all of the kept prose, or the story beside a teaser list.
 */
export function rootOfKept(
  doc: Document,
  nodes: Weighted[],
  meta: ReadabilityMeta,
): ReadableResult {
  const prose = nodes.map((n) => ({ node: n.node, weight: n.prose ? n.weight : 0 }));
  const proseTotal = prose.reduce((sum, n) => sum + n.weight, 0);
  const allTotal = nodes.reduce((sum, n) => sum + n.weight, 0);
  // If "boilerplate" would discard most of the text, the names misled us: use it all.
  const picked = deepestCovering(proseTotal >= allTotal / 2 ? prose : nodes);
  const root = (picked && storyBesideTeasers(doc, picked)) ?? picked;
  return {
    // The page may have replaced the node while Readability ran in an earlier step.
    root: root && root !== doc.documentElement && root.isConnected ? root : null,
    ...meta,
    method: 'readability',
  };
}

/**
 * Readability prefers a long feed of other stories' teasers to a story of one short
 * paragraph. When its pick is such a list and the page's own description (its lede)
 * is written elsewhere on the page, the story is there: the block holding that text.
 */
function storyBesideTeasers(doc: Document, picked: Element): Element | null {
  let list = picked;
  const blocks = measureBlocks(picked);
  // Down through wrappers around the list.
  for (;;) {
    let only: Element | null = null;
    let count = 0;
    for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
      if (blocks.size(c).chars) {
        only = c;
        count++;
      }
    }
    if (count !== 1 || !only) break;
    list = only;
  }
  if (!isTeaserList(list, blocks, FEED_ITEM)) return null;
  const probe = ledeProbe(doc);
  if (!probe || (picked.textContent ?? '').replace(/\s+/g, '').includes(probe)) return null;
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (!parent || isSkippedElement(parent) || picked.contains(t)) continue;
    if (!(t as Text).data.replace(/\s+/g, '').includes(probe)) continue;
    let box: Element | null = parent;
    while (box && (INLINE_ELEMENTS.has(box.localName) || !CONTAINERS.has(box.localName))) {
      box = box.parentElement;
    }
    if (!box || box === body || box.contains(picked)) return null;
    return box;
  }
  return null;
}

/** A feed item may carry a long summary; a story's paragraph is longer still. */
const FEED_ITEM = 1200;

/** The start of the description the page gives of itself, spaces removed. */
function ledeProbe(doc: Document): string | null {
  for (const selector of [
    'meta[property="og:description"]',
    'meta[name="twitter:description"]',
    'meta[name="description"]',
  ]) {
    const content = doc.querySelector(selector)?.getAttribute('content')?.replace(/\s+/g, '');
    if (content && content.length >= 16) return content.slice(0, 16);
  }
  return null;
}

const LINKISH = new Set(['a', 'button', 'label', 'option']);
const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'dd', 'li', 'body']);

/**
 * A single-pass fallback for huge documents: every run of prose credits its nearest
 * container fully and the container's parent by half, as Readability does; the
 * best-credited container wins. Links and scripts earn nothing.
 */
export function densestBlock(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const score = new Map<Element, number>();
  const credit = (el: Element | null, amount: number) => {
    if (el) score.set(el, (score.get(el) ?? 0) + amount);
  };
  const containerOf = (el: Element | null): Element | null => {
    let cur = el;
    while (cur && !CONTAINERS.has(cur.localName)) cur = cur.parentElement;
    return cur;
  };
  const visit = (node: Element, inLink: boolean): void => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (isSkippedElement(child)) continue;
      visit(child, inLink || LINKISH.has(child.localName));
    }
    if (inLink) return;
    let own = 0;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) own += effectiveLength((c as Text).data);
    }
    if (own < 25) return;
    const box = CONTAINERS.has(node.localName) ? node : containerOf(node.parentElement);
    credit(box, own);
    credit(containerOf(box?.parentElement ?? null), own / 2);
  };
  visit(body, false);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore && el !== body) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

/** Whether Readability runs on `doc` at all (it is quadratic in places: big pages skip it). */
export function readabilityRuns(doc: Document): boolean {
  return doc.getElementsByTagName('*').length <= READABILITY_ELEMENT_LIMIT;
}

/**
 * Readability's root where it can run, else the density pass. With `ask`, Readability
 * runs off the main thread, and in the page only when that answer cannot be used.
 */
export function* readableRootSteps(
  doc: Document,
  ask?: AskReadability,
  /** The answer to `ask`, when the caller has already asked. */
  asked?: OffThreadOutcome,
): Steps<ReadableResult> {
  let readability: ReadabilityPath | undefined;
  // A caller that asked has checked already: counting a page's elements is a walk of its own.
  if (asked || readabilityRuns(doc)) {
    const offThread = asked ?? (ask ? yield* offThreadReadability(doc, ask) : null);
    if (offThread?.ok) {
      readability = { ran: 'off-thread' };
      const found = offThread.found;
      if (found) {
        const nodes = found.kept.map(({ text, key }) => weighKept(text, key));
        const { title, byline, siteName, publishedTime, lang } = found.pick;
        const result = rootOfKept(doc, nodes, { title, byline, siteName, publishedTime, lang });
        if (result.root) return { ...result, readability };
      }
    } else {
      readability = offThread
        ? { ran: 'in-page', fallback: offThread.fallback }
        : { ran: 'in-page' };
      try {
        const result = yield* viaReadability(doc);
        if (result?.root) return { ...result, readability };
      } catch {
        // Readability throws on some malformed trees; the density pass below still works.
      }
    }
    yield;
  }
  const root = densestBlock(doc);
  return {
    root,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    method: root ? 'density' : 'none',
    ...(readability ? { readability } : {}),
  };
}
