import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDirectoryLoader, SYMBOL_TABLES } from '../../../entrypoints/background/directory';
import type { Listing } from '../../../utils/finance/symbol-table';
import { SYMBOLS_DIR } from '../../support/shipped-directory';

const readShipped = async (file: string) => readFileSync(join(SYMBOLS_DIR, file), 'utf8');

describe('the background’s symbol directory', () => {
  it('names every shipped table', () => {
    const files = readdirSync(SYMBOLS_DIR).filter((f) => f.endsWith('.tsv'));
    expect([...SYMBOL_TABLES].sort()).toEqual(files.sort());
  });

  it('reads the tables once and reuses the built directory', async () => {
    const read = vi.fn(readShipped);
    const load = createDirectoryLoader({ readShipped: read });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(read).toHaveBeenCalledTimes(SYMBOL_TABLES.length);
    expect(a.byValue('600519.SH')?.zh).toBe('贵州茅台');
  });

  it('skips a bad row with a warning and tries again after a failed read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const load = createDirectoryLoader({
      readShipped: async (file) => {
        if (fail) throw new Error('disk on fire');
        return file === 'cn.tsv' ? '600519\tSH\t贵州茅台\t\t\tCSI300\t\nnot a row\n' : '';
      },
    });
    await expect(load()).rejects.toThrow('disk on fire');
    fail = false;
    const directory = await load();
    expect(directory.listings.map((l) => l.value)).toEqual(['600519.SH']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cn\.tsv line 2/));
    warn.mockRestore();
  });

  it('rebuilds when the reader’s aliases or the downloaded lists change, and only then', async () => {
    const read = vi.fn(async (file: string) =>
      file === 'hk.tsv' ? '01810\tHK\t小米集团\tXiaomi\t\tHSI\t\n' : '',
    );
    let aliases = [{ text: '小米', value: '01810.HK' }];
    let stamp = '';
    const mergeDownloaded = vi.fn(async (shipped: readonly Listing[]) => [
      ...shipped,
      {
        code: 'ZZZZ',
        market: 'US' as const,
        value: 'ZZZZ',
        zh: null,
        en: 'Zeta Zoo Inc.',
        names: [{ text: 'Zeta Zoo Inc.', ordinaryWord: false }],
        lists: ['NASDAQ'],
        sameAs: null,
      },
    ]);
    const load = createDirectoryLoader({
      readShipped: read,
      readAliases: async () => aliases,
      downloadedStamp: async () => stamp,
      mergeDownloaded,
    });
    const first = await load();
    expect(first.findNames('小米发布新机').map((m) => m.listing.value)).toEqual(['01810.HK']);
    expect(await load()).toBe(first);
    expect(mergeDownloaded).not.toHaveBeenCalled();

    aliases = [];
    const second = await load();
    expect(second).not.toBe(first);
    expect(second.findNames('小米发布新机')).toEqual([]);

    stamp = 'nasdaq@2026-11-25';
    const third = await load();
    expect(third.byValue('ZZZZ')?.en).toBe('Zeta Zoo Inc.');
    expect(mergeDownloaded).toHaveBeenCalledTimes(1);
    // The shipped tables were read once for all three builds.
    expect(read).toHaveBeenCalledTimes(SYMBOL_TABLES.length);
  });
});
