import { articleFromCopy } from './article-from-copy';
import { describeEvidence, type Evidence } from './evidence';
import { clean, glanceAtPage, notArticleAtBest, pickTitle, type PageGlance } from './first-glance';
import {
  choosePublishedTime,
  findDatelines,
  parseMachineTime,
  pickDateline,
} from './published-time';
import {
  offThreadReadability,
  type AskReadability,
  type OffThreadOutcome,
} from './off-thread-root';
import type { CopyReading } from './readability-pick';
import { readabilityRuns, readableRootSteps, type ReadabilityPath } from './readable-root';
import { scoreSignals } from './score';
import {
  bestCaseSignals,
  gatherSignals,
  measurePage,
  PAGE_DATES_SAMPLE,
  textAfter,
  textAroundStart,
  type ArticleSignals,
  type PageMeasures,
  type PageText,
} from './signals';
import { runSteps, type Steps } from './steps';
import { dominantScript, visibleText } from './text';

export interface ArticleInfo {
  isArticle: boolean;
  /** 0..1; `isArticle` is `confidence >= 0.5`. */
  confidence: number;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601; carries an offset when the page states one or its zone is known. */
  publishedTime: string | null;
  /** BCP 47 tag, e.g. "zh-CN" or "en". */
  lang: string | null;
  /** The article body in the live DOM (null when none was found). */
  root: Element | null;
  /** Why: the weighed evidence, for the popup's details. */
  evidence: Evidence[];
  /** The same evidence in one-line English, for logs and tests. */
  reasons: string[];
  signals: ArticleSignals | null;
  /** Where Readability ran, when detection went that far. */
  readability?: ReadabilityPath;
}

const ZH_SITES_OFFSET = '+08:00';

/** A declared lang is trusted unless the text is plainly in another script. */
function resolveLang(declared: string | null, sample: string): string | null {
  const script = dominantScript(sample);
  const primary = declared?.split(/[-_]/)[0]?.toLowerCase() ?? null;
  if (script === 'zh' || script === 'ja' || script === 'ko') {
    if (primary === script) return declared;
    return script === 'zh' ? (/[們這個國說]/.test(sample) ? 'zh-Hant' : 'zh-CN') : script;
  }
  if (script === 'latin') {
    if (primary && !['zh', 'ja', 'ko'].includes(primary)) return declared;
    return /\b(the|and|of|to|in|is)\b/i.test(sample) ? 'en' : null;
  }
  return declared;
}

function firstTimeElement(doc: Document, defaultOffset: string | undefined): string | null {
  const time = Array.from(doc.getElementsByTagName('time')).find((t) => t.hasAttribute('datetime'));
  return time ? parseMachineTime(time.getAttribute('datetime')!, defaultOffset) : null;
}

const BYLINE_PREFIX = /^(by|作者|文|记者|撰文|编辑)\s*[:：|]?\s*/i;
const VISIBLE_BYLINE =
  /(?:作者|记者)\s*[:：]?\s*(?:(?:本报|特约)?(?:记者|通讯员|实习生)\s*)?([\u4e00-\u9fff·]{2,8})|\b[Bb]y\s+((?!The\b)[A-Z][\w.'-]+(?:[ \t]+(?:and[ \t]+)?(?!(?:The|A|An|In|On|At|For|Its|This)\b)[A-Z][\w.'-]+){0,3})/;

function pickByline(
  readabilityByline: string | null,
  metaByline: string | null,
  siteName: string | null,
  header: string,
): string | null {
  const fromReadability = clean(readabilityByline)?.replace(BYLINE_PREFIX, '');
  // Many Chinese sites put the site's own name in <meta name="author">.
  if (fromReadability && fromReadability !== siteName) {
    // Bylines often share a line with the date: "Published 12 Sept 2024 — by A. Name".
    const named = VISIBLE_BYLINE.exec(readabilityByline!.split('\n')[0]!);
    if (/\d{4}/.test(fromReadability) && named) return (named[1] ?? named[2])!.trim();
    if (fromReadability.length <= 80) return fromReadability;
  }
  const visible = VISIBLE_BYLINE.exec(header);
  if (visible) return (visible[1] ?? visible[2])!.trim();
  const fromMeta = clean(metaByline)?.replace(BYLINE_PREFIX, '');
  if (fromMeta && fromMeta !== siteName && !/^https?:/.test(fromMeta)) return fromMeta;
  return null;
}

/**
 * A dateline the page labels as its publish time ("发布时间：", "Published"), anywhere
 * in its text: old table layouts print it far from the body, outside the header text.
 */
function labelledDateline(doc: Document, page: PageMeasures, defaultOffset: string | undefined) {
  if (!page.datelines.some((d) => d.role === 'published')) return null;
  const lines = findDatelines(visibleText(doc.body!, PAGE_DATES_SAMPLE), defaultOffset);
  return lines.find((d) => d.role === 'published')?.iso ?? null;
}

/**
 * The page's measures with the copy's body in place of a walk over the live one, when the
 * copy is this page: it parsed into as many body elements (a page whose script built
 * markup that parses otherwise does not). Null when the page must measure itself.
 */
function measuredByCopy(
  doc: Document,
  scan: PageText,
  asked: OffThreadOutcome | undefined,
): PageMeasures | null {
  if (!asked?.ok || !doc.body) return null;
  if (asked.page.elements !== doc.body.getElementsByTagName('*').length) return null;
  const { datelines, newsCue, threadPosts, url } = scan;
  return { body: asked.page.body, datelines, newsCue, threadPosts, url };
}

/**
 * Decides whether `doc` is a news/analysis article and where its body is in the
 * live DOM. Pure with respect to the page: it reads `doc` and a clone of it, and
 * never changes the live tree.
 */
export function detectArticle(doc: Document, options?: DetectOptions): ArticleInfo {
  return runSteps(detectArticleSteps(doc, options));
}

export interface DetectOptions {
  /** Stop clear non-articles at the first look (default); off only to check it. */
  firstLook?: boolean;
  /**
   * Run Readability off the main thread through this (the content script); without
   * it, or when its answer does not fit the page, Readability runs in the page.
   * Such steps need `runStepsInTasks`.
   */
  askReadability?: AskReadability;
  /** The page's glance, already taken (by the content script's loader) on this page as it is. */
  glance?: PageGlance;
  /**
   * Readability's reading of `doc`'s HTML, already made: used as `askReadability`'s answer
   * would be, without serialising the page again (`judge-copy.ts`; in the page, the
   * loader's reading comes with its glance).
   */
  copy?: CopyReading;
  /** The page's address, where `doc` is a parsed copy of it (default `doc.URL`). */
  url?: string;
}

/** The same, as steps (see `steps.ts`): the content script runs one per task. */
export function* detectArticleSteps(
  doc: Document,
  { firstLook: look = true, askReadability, glance, copy, url }: DetectOptions = {},
): Steps<ArticleInfo> {
  // An article the loader's copy was judged to be: its body found on the page, no more.
  const judged = glance?.copy ? articleFromCopy(doc, glance.copy) : null;
  if (judged) return judged;
  // (a glance without its walk, when the copy's body was not found: the walk is taken now)
  const glanced = glance?.scan ? { ...glance, scan: glance.scan } : glanceAtPage(doc, look, url);
  if (!('scan' in glanced)) return glanced;
  if (glanced.verdict) return glanced.verdict;
  const { meta, scan } = glanced;
  const reading = copy ?? glance?.copy;
  yield;

  // Readability off the page's thread reads a copy of the page, serialised once; the copy
  // measures the body too, so the page need not walk it for the same figures (issue 14).
  const asked =
    (reading || askReadability) && readabilityRuns(doc)
      ? yield* offThreadReadability(doc, reading ?? askReadability!)
      : undefined;
  const page = measuredByCopy(doc, scan, asked) ?? measurePage(doc, scan);
  // Most other pages that are not articles (fronts, lists, quote pages, apps) are
  // settled here, for the price of one walk over the page and without Readability's choice.
  const best = scoreSignals(bestCaseSignals(doc, meta, page));
  if (best.confidence < 0.5) return notArticleAtBest(doc, meta, best);
  yield;

  const readable = yield* readableRootSteps(doc, askReadability, asked);
  const root = readable.root;
  const sample = visibleText(root ?? doc.body, 5000);
  const lang = resolveLang(meta.lang ?? readable.lang, sample);

  // Chinese-language news sites publish in UTC+8 (mainland, Hong Kong, Taiwan alike).
  const metaOffset = /([+-]\d{2}:?\d{2}|Z)$/.exec(meta.published?.raw ?? '')?.[1];
  const defaultOffset = metaOffset ?? (lang?.startsWith('zh') ? ZH_SITES_OFFSET : undefined);

  const header = root ? textAroundStart(root) : '';
  const signals = gatherSignals(doc, meta, root, defaultOffset, page, header);
  const { confidence, evidence } = scoreSignals(signals);

  const metaTime =
    (meta.published && parseMachineTime(meta.published.raw, defaultOffset)) ||
    (readable.publishedTime && parseMachineTime(readable.publishedTime, defaultOffset)) ||
    null;
  const title = pickTitle(doc, meta.title, readable.title);
  const headline = Array.from(doc.getElementsByTagName('h1')).find(
    (h1) => clean(h1.textContent) === title,
  );
  // The line under the headline first: that is where a page prints its own dateline.
  const headerLines = [
    ...(headline ? findDatelines(textAfter(headline), defaultOffset) : []),
    ...findDatelines(header, defaultOffset),
  ];
  // A header that prints only "Updated …" may print "First published …" further down.
  const updatedOnly = !metaTime && pickDateline(headerLines)?.role === 'updated';
  const publishedTime =
    (updatedOnly && labelledDateline(doc, page, defaultOffset)) ||
    choosePublishedTime(metaTime, headerLines) ||
    firstTimeElement(doc, defaultOffset) ||
    labelledDateline(doc, page, defaultOffset);
  const siteName = clean(meta.siteName) ?? clean(readable.siteName);

  return {
    isArticle: confidence >= 0.5,
    confidence,
    title,
    byline: pickByline(readable.byline, meta.byline, siteName, header),
    siteName,
    publishedTime,
    lang,
    root,
    evidence,
    reasons: evidence.map(describeEvidence),
    signals,
    ...(readable.readability ? { readability: readable.readability } : {}),
  };
}
