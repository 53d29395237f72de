/**
 * Where FinMark highlights: everywhere except the sites the reader turned off, or
 * only on the sites the reader chose. A rule for `sina.com.cn` covers
 * `finance.sina.com.cn` too; the popup's switch writes the exact host. Pure.
 */
export interface SiteRules {
  mode: 'all' | 'allowed';
  /** Used in mode 'all': never highlighted here. */
  denied: string[];
  /** Used in mode 'allowed': highlighted here only. */
  allowed: string[];
}

export const DEFAULT_SITE_RULES: SiteRules = { mode: 'all', denied: [], allowed: [] };

/** A host name from what a reader types or pastes: a host, a URL, `*.example.com`. */
export function parseSiteInput(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^\*\./, '');
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
    // At least one dot (or an IPv6 literal): "cls" alone is more likely a typo.
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$|^\[[0-9a-f:]+\]$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

const hostList = (value: unknown): string[] =>
  Array.isArray(value)
    ? [
        ...new Set(
          value
            .filter((h): h is string => typeof h === 'string')
            .map(parseSiteInput)
            .filter((h): h is string => h !== null),
        ),
      ]
    : [];

export function cleanSiteRules(value: unknown): SiteRules {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    mode: v.mode === 'allowed' ? 'allowed' : 'all',
    denied: hostList(v.denied),
    allowed: hostList(v.allowed),
  };
}

/** Version 1 stored `{ [host]: false }` for sites turned off. */
export function siteRulesFromV1(value: unknown): SiteRules {
  const old = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const denied = Object.entries(old)
    .filter(([, on]) => on === false)
    .map(([host]) => host);
  return cleanSiteRules({ mode: 'all', denied, allowed: [] });
}

const covers = (rule: string, host: string) => host === rule || host.endsWith(`.${rule}`);
// `location.host` carries a port (127.0.0.1:8080); rules are kept by host name.
const hostName = (host: string) => parseSiteInput(host) ?? host.toLowerCase();

export function siteAllowed(rules: SiteRules, host: string): boolean {
  const h = hostName(host);
  return rules.mode === 'all'
    ? !rules.denied.some((rule) => covers(rule, h))
    : rules.allowed.some((rule) => covers(rule, h));
}

/**
 * The popup's switch for one host: in mode 'all' it edits the deny list, in mode
 * 'allowed' the allow list. Turning a host on also lifts a wider rule that covers
 * it (a reader who turns finance.sina.com.cn on means it).
 */
export function setSite(rules: SiteRules, host: string, on: boolean): SiteRules {
  const h = hostName(host);
  if (rules.mode === 'all') {
    const denied = rules.denied.filter((rule) => !covers(rule, h));
    return { ...rules, denied: on ? denied : [...denied, h] };
  }
  const allowed = rules.allowed.filter((rule) => rule !== h);
  return {
    ...rules,
    allowed: on ? [...allowed, h] : allowed.filter((rule) => !covers(rule, h)),
  };
}
