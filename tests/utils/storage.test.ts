import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageStatus } from '../../utils/page-status';
import {
  clearPageStatus,
  isPageStatus,
  PAGE_STATUS_VERSION,
  readPageStatus,
  writePageStatus,
} from '../../utils/storage';

const analysed: PageStatus = {
  kind: 'analysed',
  report: {
    url: 'https://www.cls.cn/detail/1063512',
    isArticle: true,
    confidence: 0.98,
    title: '数字政府建设顶层文件落地',
    byline: '付静',
    siteName: '财联社',
    publishedTime: '2022-07-01T19:14:27+08:00',
    lang: 'zh-CN',
    evidence: [{ key: 'ogArticle', weight: 1.5 }],
    bodyLength: 2400,
    detectedAt: 1,
    detectMs: 40,
  },
};

describe('page status storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one status per tab, with its schema version', async () => {
    await writePageStatus(7, analysed);
    await writePageStatus(8, { kind: 'unsupported', reason: 'pdf', url: null });
    expect(await readPageStatus(7)).toEqual(analysed);
    expect((await readPageStatus(8))?.kind).toBe('unsupported');
    const raw = await fakeBrowser.storage.session.get(['pageStatus:7', 'pageStatus:7$']);
    expect(raw['pageStatus:7$']).toEqual({ v: PAGE_STATUS_VERSION });
  });

  it('reads malformed stored values as absent instead of passing them on', async () => {
    await fakeBrowser.storage.session.set({ 'pageStatus:9': { kind: 'analysed', report: 'oops' } });
    expect(await readPageStatus(9)).toBeNull();
  });

  it('refuses to write a malformed status', async () => {
    await expect(writePageStatus(1, { kind: 'nonsense' } as unknown as PageStatus)).rejects.toThrow(
      /malformed/,
    );
  });

  it('forgets a tab when asked', async () => {
    await writePageStatus(7, analysed);
    await clearPageStatus(7);
    expect(await readPageStatus(7)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('validates every kind of status', () => {
    expect(isPageStatus(analysed)).toBe(true);
    expect(isPageStatus({ kind: 'failed', error: 'x', url: null })).toBe(true);
    expect(isPageStatus({ kind: 'failed' })).toBe(false);
    expect(isPageStatus(null)).toBe(false);
    expect(isPageStatus('analysed')).toBe(false);
  });
});

describe('site rules (v2)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are on for every site until the reader turns one off, and remember per host', async () => {
    const { readSiteHighlights, writeSiteHighlights, readSiteRules } =
      await import('../../utils/storage');
    expect(await readSiteHighlights('www.cls.cn')).toBe(true);
    await writeSiteHighlights('www.cls.cn', false);
    expect(await readSiteHighlights('www.cls.cn')).toBe(false);
    expect(await readSiteHighlights('www.reuters.com')).toBe(true);
    await writeSiteHighlights('www.cls.cn', true);
    expect(await readSiteHighlights('www.cls.cn')).toBe(true);
    expect(await readSiteRules()).toEqual({ mode: 'all', denied: [], allowed: [] });
  });

  it('ignore whatever else the item holds', async () => {
    const { readSiteRules, readSiteHighlights } = await import('../../utils/storage');
    await fakeBrowser.storage.local.set({
      siteHighlights: { mode: 'sometimes', denied: ['B.com', 7, 'not a host'], allowed: 'x' },
    });
    expect(await readSiteRules()).toEqual({ mode: 'all', denied: ['b.com'], allowed: [] });
    expect(await readSiteHighlights('www.b.com')).toBe(false);
    await fakeBrowser.storage.local.set({ siteHighlights: ['junk'] });
    expect(await readSiteHighlights('b.com')).toBe(true);
  });

  it('migrate a v1 value (`{ [host]: false }`) into a deny list, once', async () => {
    await fakeBrowser.storage.local.set({
      siteHighlights: { 'www.cls.cn': false, 'a.com': 'no', 'm.example.org': false },
      siteHighlights$: { v: 1 },
    });
    vi.resetModules();
    const { readSiteRules, readSiteHighlights, SITE_HIGHLIGHTS_VERSION } =
      await import('../../utils/storage');
    expect(await readSiteRules()).toEqual({
      mode: 'all',
      denied: ['www.cls.cn', 'm.example.org'],
      allowed: [],
    });
    expect(await readSiteHighlights('a.com')).toBe(true);
    const raw = await fakeBrowser.storage.local.get(['siteHighlights', 'siteHighlights$']);
    expect(raw['siteHighlights$']).toEqual({ v: SITE_HIGHLIGHTS_VERSION });
    expect(raw.siteHighlights).toEqual({
      mode: 'all',
      denied: ['www.cls.cn', 'm.example.org'],
      allowed: [],
    });
  });
});

describe('preferences', () => {
  // (a fresh module per test, as a fresh extension context has: an item checks its
  // version in storage when first used)
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('touch storage only when an item is first used, not when the module loads', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { readPreferences } = await import('../../utils/storage');
    expect(get).not.toHaveBeenCalled();
    await readPreferences();
    expect(get).toHaveBeenCalled();
    get.mockRestore();
  });

  it('give a kind added since they were stored its default, without a migration', async () => {
    const { readPreferences, PREFERENCES_VERSION } = await import('../../utils/storage');
    // As stored by a build that knew four kinds, the reader's choices among them kept.
    const kinds = { ticker: true, 'policy-date': true, date: false, 'policy-doc': true };
    const tints = { ticker: 'pink', 'policy-date': 'amber', date: 'grey', 'policy-doc': 'green' };
    await fakeBrowser.storage.local.set({
      preferences: { printHighlights: false, kinds, tints, quoteSites: [], clipColour: 'yellow' },
      preferences$: { v: PREFERENCES_VERSION },
    });
    const read = await readPreferences();
    expect(read.kinds).toEqual({ ...kinds, indicator: true });
    expect(read.tints).toEqual({ ...tints, indicator: 'purple' });
  });

  it('start at the defaults and keep what the reader changes, with a version', async () => {
    const { readPreferences, writePreferences, PREFERENCES_VERSION, DEFAULT_PREFERENCES } =
      await import('../../utils/storage');
    expect(await readPreferences()).toEqual(DEFAULT_PREFERENCES);
    const changed = {
      printHighlights: true,
      kinds: { ...DEFAULT_PREFERENCES.kinds, date: false },
      tints: { ...DEFAULT_PREFERENCES.tints, ticker: 'purple' as const },
      quoteSites: ['sina', 'nasdaq'],
      clipColour: 'blue' as const,
    };
    expect(await writePreferences(changed)).toEqual(changed);
    expect(await readPreferences()).toEqual(changed);
    expect(await fakeBrowser.storage.local.get(['preferences', 'preferences$'])).toEqual({
      preferences: changed,
      preferences$: { v: PREFERENCES_VERSION },
    });
  });

  it('read malformed values as the defaults and tell watchers of changes', async () => {
    const { readPreferences, watchPreferences, writePreferences, DEFAULT_PREFERENCES } =
      await import('../../utils/storage');
    await fakeBrowser.storage.local.set({
      preferences: {
        printHighlights: 'yes',
        other: 1,
        kinds: { ticker: false, date: 'no' },
        tints: { ticker: 'pink', date: 'red', 'policy-doc': 7 },
        quoteSites: ['xueqiu', 'evil.example', 3],
        clipColour: 'red',
      },
    });
    expect(await readPreferences()).toEqual({
      ...DEFAULT_PREFERENCES,
      kinds: { ...DEFAULT_PREFERENCES.kinds, ticker: false },
      tints: { ...DEFAULT_PREFERENCES.tints, ticker: 'pink' },
      quoteSites: ['xueqiu'],
    });
    await fakeBrowser.storage.local.set({ preferences: 'junk' });
    expect(await readPreferences()).toEqual(DEFAULT_PREFERENCES);
    const seen: boolean[] = [];
    const stop = watchPreferences((p) => seen.push(p.printHighlights));
    await writePreferences({ printHighlights: true });
    stop();
    await writePreferences({ printHighlights: false });
    expect(seen).toEqual([true]);
  });
});
