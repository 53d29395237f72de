import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const locales = join(import.meta.dirname, '../../public/_locales');
const load = (lang: string) =>
  JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('locales', () => {
  const en = load('en');
  const zh = load('zh_CN');

  it('define the same keys in English and Simplified Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message, and Chinese messages are not left in English', () => {
    for (const [key, { message }] of Object.entries(zh)) {
      expect(message.trim(), key).not.toBe('');
      if (key !== 'actionTitle') expect(/[\u4e00-\u9fff]/.test(message), key).toBe(true);
    }
    for (const [key, { message }] of Object.entries(en)) expect(message.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort();
      expect(holes(zh[key]!.message), key).toEqual(holes(en[key]!.message));
    }
  });
});

describe('evidence messages', () => {
  it('exist for every piece of evidence detectArticle can give', async () => {
    const { EVIDENCE_KEYS } = await import('../../utils/article/evidence');
    for (const lang of ['en', 'zh_CN']) {
      const messages = load(lang);
      for (const key of EVIDENCE_KEYS)
        expect(messages[`evidence_${key}`], `${lang} ${key}`).toBeDefined();
    }
  });
});

describe('messages named by pattern', () => {
  // Keys built from data (`site${name}`, `colour${Name}`, …) escape the type check
  // that `t()` gives every literal key: each must exist in both languages.
  it('exist for every quote site, colour, tint, market and alias problem', async () => {
    const { QUOTE_SITES } = await import('../../utils/finance/quote-links');
    const { quoteSiteKey } = await import('../../utils/quote-site-name');
    const { CLIP_COLOURS } = await import('../../utils/clips/clipping');
    const { TINTS } = await import('../../utils/highlight/tints');
    const { EXCHANGES, MARKETS } = await import('../../utils/finance/markets');
    const keys = [
      ...QUOTE_SITES.map((s) => quoteSiteKey(s.name)),
      ...[...CLIP_COLOURS, ...TINTS].map((c) => `colour${c[0]!.toUpperCase()}${c.slice(1)}`),
      ...EXCHANGES.map((e) => `cardMarket_${e}`),
      ...MARKETS.flatMap((m) => [m.label, ...m.sources.map((s) => s.label)]),
      'aliasTooShort',
      'aliasTooLong',
      'tickerUnknownForm',
    ];
    for (const lang of ['en', 'zh_CN']) {
      const messages = load(lang);
      for (const key of keys) expect(messages[key], `${lang} ${key}`).toBeDefined();
    }
  });
});
