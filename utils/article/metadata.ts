/**
 * What a page says about itself in machine-readable form: Open Graph, article:*
 * meta tags, JSON-LD (schema.org) and a few CMS conventions. Nothing here looks at
 * the visible text; see detect.ts for how these hints are weighed.
 */

export interface PageMetadata {
  ogType: string | null;
  /** schema.org @type values found in JSON-LD, e.g. ["NewsArticle", "WebSite"]. */
  jsonLdTypes: string[];
  title: string | null;
  /** og:title alone: on fronts it names the site, on articles the story. */
  ogTitle: string | null;
  byline: string | null;
  siteName: string | null;
  /** Raw published-time string as written, and where it came from. */
  published: { raw: string; source: string } | null;
  lang: string | null;
  canonicalUrl: string | null;
  robotsNoindex: boolean;
}

export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);

export const NON_ARTICLE_TYPES = new Set([
  'collectionpage',
  'itemlist',
  'searchresultspage',
  'profilepage',
  'product',
  'financialproduct',
  'corporation',
  'aboutpage',
  'contactpage',
  'videogallery',
  'imagegallery',
]);

type MetaIndex = Map<string, string>;

/**
 * All <meta> values by property/name/itemprop, first one wins. Built once with
 * getElementsByTagName: attribute selectors scan the whole tree per call, which
 * costs seconds on a multi-megabyte page.
 */
function indexMeta(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    // A few sites write the value in `value=` instead of `content=`.
    const content = (el.getAttribute('content') ?? el.getAttribute('value'))?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function pick(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface JsonLdFacts {
  types: string[];
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

function nameOf(value: Json | undefined): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map((v) => nameOf(v)).filter((v): v is string => !!v);
    return names.length ? names.join(', ') : null;
  }
  if (typeof value === 'object' && typeof value.name === 'string') return value.name.trim() || null;
  return null;
}

/** Reads every JSON-LD block; malformed blocks (common in the wild) are skipped one by one. */
function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = {
    types: [],
    headline: null,
    datePublished: null,
    author: null,
    publisher: null,
  };
  const visit = (node: Json, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const rawType = node['@type'];
    const types = (Array.isArray(rawType) ? rawType : [rawType]).filter(
      (t): t is string => typeof t === 'string',
    );
    facts.types.push(...types);
    if (types.some((t) => ARTICLE_TYPES.has(t.toLowerCase()))) {
      if (!facts.headline && typeof node.headline === 'string') facts.headline = node.headline;
      if (!facts.datePublished && typeof node.datePublished === 'string') {
        facts.datePublished = node.datePublished;
      }
      facts.author ??= nameOf(node.author);
      facts.publisher ??= nameOf(node.publisher);
    }
    if (node['@graph']) visit(node['@graph'], depth + 1);
    if (node.mainEntity) visit(node.mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent;
    if (!text || text.length > 500_000) continue;
    try {
      visit(JSON.parse(text) as Json, 0);
    } catch {
      // One broken block must not hide the others; pages often ship invalid JSON-LD.
      continue;
    }
  }
  return facts;
}

function cleanTitle(doc: Document): string | null {
  const title = doc.title?.trim();
  return title || null;
}

export function readMetadata(doc: Document): PageMetadata {
  const ld = readJsonLd(doc);
  const index = indexMeta(doc);
  const meta = (_doc: Document, ...keys: string[]) => pick(index, ...keys);
  const publishedMeta = (
    [
      ['article:published_time', 'meta'],
      ['og:article:published_time', 'meta'],
      ['datePublished', 'meta'],
      ['pubdate', 'meta'],
      ['publishdate', 'meta'],
      ['publish_date', 'meta'],
      ['publish-date', 'meta'],
      ['og:release_date', 'meta'],
      ['parsely-pub-date', 'meta'],
      ['sailthru.date', 'meta'],
      ['dc.date.issued', 'meta'],
      ['date', 'meta'],
    ] as const
  )
    .map(([key, source]) => ({ raw: meta(doc, key), source: `${source}:${key}` }))
    .find((m): m is { raw: string; source: string } => !!m.raw);
  const published =
    (publishedMeta ?? (ld.datePublished ? { raw: ld.datePublished, source: 'json-ld' } : null)) ||
    null;
  const html = doc.documentElement;
  const lang =
    html?.getAttribute('lang')?.trim() ||
    html?.getAttribute('xml:lang')?.trim() ||
    meta(doc, 'og:locale')?.replace('_', '-') ||
    meta(doc, 'content-language') ||
    null;
  const robots = meta(doc, 'robots') ?? '';
  return {
    ogType: meta(doc, 'og:type')?.toLowerCase() ?? null,
    jsonLdTypes: ld.types,
    title: meta(doc, 'og:title', 'twitter:title') ?? ld.headline ?? cleanTitle(doc),
    ogTitle: meta(doc, 'og:title'),
    byline: meta(doc, 'author', 'article:author', 'byl', 'sailthru.author') ?? ld.author,
    siteName:
      meta(doc, 'og:site_name', 'application-name', 'apple-mobile-web-app-title') ?? ld.publisher,
    published,
    lang,
    canonicalUrl:
      Array.from(doc.getElementsByTagName('link'))
        .find((l) => l.getAttribute('rel')?.toLowerCase() === 'canonical')
        ?.getAttribute('href') ?? null,
    robotsNoindex: /noindex/i.test(robots),
  };
}
