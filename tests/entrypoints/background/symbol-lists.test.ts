import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDirectoryLoader } from '../../../entrypoints/background/directory';
import {
  createSymbolListUpdater,
  downloadedStamp,
  mergeDownloaded,
} from '../../../entrypoints/background/symbol-lists';
import type { Listing } from '../../../utils/finance/symbol-table';
import { NO_PERMISSION } from '../../../utils/symbol-lists/origins';
import { SourceError, type SourceId, type SymbolSource } from '../../../utils/symbol-lists/sources';
import { readSymbolListStatus, readSymbolLists } from '../../../utils/storage';

const listing = (code: string, market: Listing['market'], name: string): Listing => ({
  code,
  market,
  value: market === 'US' ? code : `${code}.${market}`,
  zh: market === 'US' ? null : name,
  en: market === 'US' ? name : null,
  names: [{ text: name, ordinaryWord: false }],
  lists: ['TEST'],
  sameAs: null,
});

/** A source whose download answers from `answers`, one per call. */
function source(id: SourceId, answers: (Listing[] | Error)[]): SymbolSource {
  return {
    id,
    origins: [`https://${id}.example/*`],
    minimumCount: 1,
    download: vi.fn(async () => {
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    }),
  };
}

const SHIPPED_TABLE = '600519\tSH\t贵州茅台\tKweichow Moutai\t\tCSI300\t\n';

describe('the symbol-list updater', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores good lists, keeps the last good one when a later download fails, and records why', async () => {
    let clock = 1_000;
    const nasdaq = source('nasdaq', [
      [listing('ZETA', 'US', 'Zeta Zoo Inc.')],
      new SourceError('Nasdaq Trader symbol directory: HTTP 503'),
    ]);
    const hkex = source('hkex', [[listing('08083', 'HK', '有贊')]]);
    const sse = source('sse', [[listing('688001', 'SH', '华兴源创')]]);
    const granted = new Set(['https://nasdaq.example/*', 'https://hkex.example/*']);
    const updater = createSymbolListUpdater({
      sources: [nasdaq, sse, hkex],
      fetch: (() => {
        throw new Error('the sources fetch, not the updater');
      }) as typeof fetch,
      hasPermission: async (origins) => origins.every((o) => granted.has(o)),
      now: () => clock,
    });

    expect(await updater.update()).toEqual({
      nasdaq: { ok: true, count: 1 },
      sse: { ok: false, error: NO_PERMISSION },
      hkex: { ok: true, count: 1 },
    });
    // No permission: the source was never asked.
    expect(sse.download).not.toHaveBeenCalled();
    expect(await downloadedStamp()).toBe('hkex@1000,nasdaq@1000');
    const stored = await readSymbolLists();
    expect(Object.keys(stored).sort()).toEqual(['hkex', 'nasdaq']);
    expect(stored.nasdaq!.table).toContain('ZETA\tUS');

    clock = 2_000;
    expect(await updater.update(['nasdaq'])).toEqual({
      nasdaq: { ok: false, error: 'Nasdaq Trader symbol directory: HTTP 503' },
    });
    const status = await readSymbolListStatus();
    expect(status.sources.nasdaq).toEqual({
      updatedAt: 1_000,
      count: 1,
      lastAttempt: 2_000,
      error: 'Nasdaq Trader symbol directory: HTTP 503',
    });
    // The list from the first update is still there, and the stamp did not move.
    expect((await readSymbolLists()).nasdaq!.table).toContain('ZETA');
    expect(await downloadedStamp()).toBe('hkex@1000,nasdaq@1000');
  });

  it('runs one update at a time: a second call joins the first', async () => {
    const nasdaq = source('nasdaq', [[listing('ZETA', 'US', 'Zeta Zoo Inc.')]]);
    const updater = createSymbolListUpdater({
      sources: [nasdaq],
      fetch: fetch,
      hasPermission: async () => true,
    });
    const [a, b] = await Promise.all([updater.update(), updater.update()]);
    expect(a).toBe(b);
    expect(nasdaq.download).toHaveBeenCalledTimes(1);
  });

  it('feeds the directory: downloaded codes resolve, shipped entries win', async () => {
    const nasdaq = source('nasdaq', [
      [listing('ZETA', 'US', 'Zeta Zoo Inc.'), listing('600519', 'SH', '茅台股份')],
    ]);
    const updater = createSymbolListUpdater({
      sources: [nasdaq],
      fetch: fetch,
      hasPermission: async () => true,
    });
    const load = createDirectoryLoader({
      readShipped: async (file) => (file === 'cn.tsv' ? SHIPPED_TABLE : ''),
      downloadedStamp,
      mergeDownloaded,
    });
    expect((await load()).byValue('ZETA')).toBeUndefined();
    await updater.update();
    const directory = await load();
    expect(directory.byValue('ZETA')?.en).toBe('Zeta Zoo Inc.');
    expect(directory.byValue('600519.SH')?.zh).toBe('贵州茅台');
    expect(
      directory.findNames('Shares of Zeta Zoo Inc. jumped.').map((m) => m.listing.value),
    ).toEqual(['ZETA']);
  });

  it('ignores a stored list of an unknown format instead of failing the directory', async () => {
    await fakeBrowser.storage.local.set({
      'symbolList:nasdaq': { schemaVersion: 99, updatedAt: 5, table: 'ZETA\tUS\t\tZeta\t\tX\t\n' },
    });
    expect(await readSymbolLists()).toEqual({});
    expect(await mergeDownloaded([])).toEqual([]);
  });
});
