/**
 * What a URL's shape says about the page. News CMSs put dates or long numeric ids
 * in article paths; fronts, quote pages, screeners and searches have telltale paths.
 * Unknown shapes say nothing: many articles have plain slugs.
 */
export type UrlShape = 'article' | 'front' | 'search' | 'quote' | 'unknown';

export function urlShape(href: string | null | undefined): UrlShape {
  if (!href) return 'unknown';
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'unknown';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unknown';
  const path = decodeURIComponent(url.pathname).toLowerCase();
  const query = url.search.toLowerCase();
  if (
    /(^|\/)(search|s|so|find)(\/|\.|$)/.test(path) ||
    /[?&](q|query|keyword|kw|wd)=/.test(query)
  ) {
    return 'search';
  }
  if (/(^|\/)(screener|screen|quote|quotes|symbol|hq|stockpage)(\/|\.|$)/.test(path))
    return 'quote';
  if (/\/(19|20)\d{2}[-/]?[01]\d[-/]?[0-3]\d\//.test(path)) return 'article';
  if (/(^|\/)(19|20)\d{2}[01]\d[0-3]\d[^/]*\/[^/]+/.test(path)) return 'article';
  if (
    /\/(detail|article|articles|news|story|stories|content|a|doc|post|p)\/[\w-]*\d{5,}/.test(path)
  ) {
    return 'article';
  }
  if (/[/_-]\d{6,}(\.s?html?|\.htm)?$/.test(path)) return 'article';
  if (/\/[a-z0-9]+(-[a-z0-9]+){4,}(\.s?html?)?\/?$/.test(path)) return 'article';
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0 || /^index\.(s?html?|php|aspx?)$/.test(segments[0] ?? '')) {
    return 'front';
  }
  if (segments.length === 1 && !/\./.test(segments[0]!) && segments[0]!.length <= 16)
    return 'front';
  return 'unknown';
}
