import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SITE_RULES,
  parseSiteInput,
  setSite,
  siteAllowed,
  type SiteRules,
} from '../../utils/site-rules';

describe('parseSiteInput', () => {
  it.each([
    ['finance.sina.com.cn', 'finance.sina.com.cn'],
    ['  WWW.CLS.CN ', 'www.cls.cn'],
    ['https://www.reuters.com/markets/asia/some-story/?x=1', 'www.reuters.com'],
    ['*.eastmoney.com', 'eastmoney.com'],
    ['127.0.0.1:5173', '127.0.0.1'],
  ])('%j → %s', (input, host) => expect(parseSiteInput(input)).toBe(host));

  it.each(['', 'cls', 'not a host', 'http://', 'a..b'])('refuses %j', (input) =>
    expect(parseSiteInput(input)).toBeNull(),
  );
});

describe('siteAllowed and setSite', () => {
  it('a denied site covers its subdomains; turning a subdomain on lifts the wider rule', () => {
    let rules: SiteRules = { ...DEFAULT_SITE_RULES, denied: ['sina.com.cn'] };
    expect(siteAllowed(rules, 'finance.sina.com.cn')).toBe(false);
    expect(siteAllowed(rules, 'sina.com.cn')).toBe(false);
    expect(siteAllowed(rules, 'notsina.com.cn')).toBe(true);
    rules = setSite(rules, 'finance.sina.com.cn', true);
    expect(rules.denied).toEqual([]);
    expect(siteAllowed(rules, 'finance.sina.com.cn')).toBe(true);
  });

  it('in allow-list mode only listed sites highlight, and the switch edits that list', () => {
    let rules: SiteRules = { mode: 'allowed', denied: ['www.cls.cn'], allowed: ['reuters.com'] };
    expect(siteAllowed(rules, 'www.reuters.com')).toBe(true);
    expect(siteAllowed(rules, 'www.bloomberg.com')).toBe(false);
    rules = setSite(rules, 'www.bloomberg.com', true);
    expect(siteAllowed(rules, 'www.bloomberg.com')).toBe(true);
    rules = setSite(rules, 'www.reuters.com', false);
    expect(siteAllowed(rules, 'www.reuters.com')).toBe(false);
    // The deny list is kept for when the reader switches back.
    expect(rules.denied).toEqual(['www.cls.cn']);
  });

  it('keeps rules by host name: a host with a port is the same site', () => {
    const rules = setSite(DEFAULT_SITE_RULES, '127.0.0.1:41234', false);
    expect(rules.denied).toEqual(['127.0.0.1']);
    expect(siteAllowed(rules, '127.0.0.1:41234')).toBe(false);
    expect(siteAllowed(setSite(rules, '127.0.0.1:5000', true), '127.0.0.1:41234')).toBe(true);
  });
});
