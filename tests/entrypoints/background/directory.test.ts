import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDirectoryLoader, SYMBOL_TABLES } from '../../../entrypoints/background/directory';
import { SYMBOLS_DIR } from '../../support/shipped-directory';

const readShipped = async (file: string) => readFileSync(join(SYMBOLS_DIR, file), 'utf8');

describe('the background’s symbol directory', () => {
  it('names every shipped table', () => {
    const files = readdirSync(SYMBOLS_DIR).filter((f) => f.endsWith('.tsv'));
    expect([...SYMBOL_TABLES].sort()).toEqual(files.sort());
  });

  it('reads the tables once and reuses the built directory', async () => {
    const read = vi.fn(readShipped);
    const load = createDirectoryLoader(read);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(read).toHaveBeenCalledTimes(SYMBOL_TABLES.length);
    expect(a.byValue('600519.SH')?.zh).toBe('贵州茅台');
  });

  it('skips a bad row with a warning and tries again after a failed read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const load = createDirectoryLoader(async (file) => {
      if (fail) throw new Error('disk on fire');
      return file === 'cn.tsv' ? '600519\tSH\t贵州茅台\t\t\tCSI300\t\nnot a row\n' : '';
    });
    await expect(load()).rejects.toThrow('disk on fire');
    fail = false;
    const directory = await load();
    expect(directory.listings.map((l) => l.value)).toEqual(['600519.SH']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cn\.tsv line 2/));
    warn.mockRestore();
  });
});
