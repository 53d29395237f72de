/**
 * The address a clipping is filed under: the page's canonical URL when it declares
 * one on the same site, with tracking parameters and the fragment dropped, so the
 * same article reached from a newsletter and from a search is one page.
 */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|spm|scm|share_token|from|isappinstalled|wxshare_count|sharer_shareid)$/i,
];

export function clipUrl(pageUrl: string, canonical?: string | null): string {
  const page = new URL(pageUrl);
  let chosen = page;
  if (canonical) {
    try {
      const c = new URL(canonical, page);
      // A canonical on another site is more often a syndication mistake than the page.
      if (
        (c.protocol === 'http:' || c.protocol === 'https:') &&
        sameSite(c.hostname, page.hostname)
      )
        chosen = c;
    } catch {
      // An unparsable canonical says nothing.
    }
  }
  const url = new URL(chosen.href);
  // forEach, not the iterator: Firefox's content scripts see the page's URLSearchParams
  // through a wrapper whose iterators are not iterable.
  const tracked: string[] = [];
  url.searchParams.forEach((_, key) => {
    if (TRACKING.some((re) => re.test(key))) tracked.push(key);
  });
  for (const key of tracked) url.searchParams.delete(key);
  url.hash = '';
  return url.href;
}

// Second-level suffixes under which each name is a different owner (sina.com.cn).
const SHARED_SUFFIX = /^(com|net|org|gov|edu|co|ac)\.[a-z]{2}$/;

/** The registered name: cls.cn for www.cls.cn, sina.com.cn for finance.sina.com.cn. */
function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.');
  const two = labels.slice(-2).join('.');
  return SHARED_SUFFIX.test(two) ? labels.slice(-3).join('.') : two;
}

function sameSite(a: string, b: string): boolean {
  return a === b || siteOf(a) === siteOf(b);
}
