import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localeMessages } from '../../support/i18n-mock';
import { createClipStore, type ClipStoreIo } from '../../../entrypoints/background/clip-store';
import { describeQuote } from '../../../utils/clips/anchor';
import type { ClippingDraft } from '../../../utils/clips/clipping';
import {
  dropClipping,
  readClipping,
  readClippings,
  readPageClippings,
  storeClippings,
} from '../../../utils/storage';

const text = '国务院印发指导意见，到2025年数字政府顶层设计更加完善。';

function draft(tab: number, n: number): ClippingDraft {
  const selectors = describeQuote(text, 0, 9);
  return {
    url: `https://www.example.cn/news/${tab}`,
    title: `Tab ${tab}`,
    site: 'www.example.cn',
    publishedTime: null,
    quote: `${selectors[0].exact} #${n}`,
    selectors,
    colour: 'yellow',
    note: '',
    tags: [' 政策 ', '#政策', ''],
    tickers: [],
    dates: [],
  };
}

let ids = 0;
const io = (overrides: Partial<ClipStoreIo> = {}): ClipStoreIo => ({
  read: readClipping,
  readAll: readClippings,
  store: storeClippings,
  drop: dropClipping,
  clearAll: () => fakeBrowser.storage.local.clear(),
  now: () => new Date('2026-11-25T08:00:00Z'),
  newId: () => `clip-${++ids}`,
  wait: async () => {},
  ...overrides,
});

describe('the background clip store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Errors are said in the reader's language: here, the real English messages.
    fakeBrowser.i18n.getMessage = localeMessages('en') as typeof fakeBrowser.i18n.getMessage;
  });

  it('keeps every clipping when two tabs clip 100 times each at once', async () => {
    const store = createClipStore(io());
    await Promise.all(
      [1, 2].flatMap((tab) => Array.from({ length: 100 }, (_, n) => store.add(draft(tab, n)))),
    );
    const { clippings, unreadable } = await readClippings();
    expect(clippings).toHaveLength(200);
    expect(unreadable).toEqual([]);
    expect(new Set(clippings.map((c) => c.id)).size).toBe(200);
    expect(clippings[0]!.tags).toEqual(['政策']);
    // Each page's index lists exactly its own clippings.
    for (const tab of [1, 2]) {
      const page = await readPageClippings(`https://www.example.cn/news/${tab}`);
      expect(page).toHaveLength(100);
      expect(page.every((c) => c.title === `Tab ${tab}`)).toBe(true);
    }
  });

  it('applies edits made at the same time one after the other', async () => {
    const store = createClipStore(io());
    const c = await store.add(draft(1, 1));
    await Promise.all([
      store.update(c.id, { note: 'first' }),
      store.update(c.id, { colour: 'blue' }),
      store.update(c.id, { tags: ['宏观'] }),
    ]);
    expect(await readClipping(c.id)).toMatchObject({
      note: 'first',
      colour: 'blue',
      tags: ['宏观'],
    });
  });

  it('retries a failed write and then reports it clearly, changing nothing', async () => {
    let failures = 2;
    const flaky = createClipStore(
      io({
        store: async (list) => {
          if (failures-- > 0) throw new Error('QUOTA_BYTES quota exceeded');
          await storeClippings(list);
        },
      }),
    );
    const saved = await flaky.add(draft(1, 1));
    expect(await readClipping(saved.id)).toEqual(saved);

    const broken = createClipStore(
      io({
        store: async () => {
          throw new Error('QUOTA_BYTES quota exceeded');
        },
      }),
    );
    await expect(broken.add(draft(1, 2))).rejects.toThrow(
      /Could not save after 3 attempts \(QUOTA_BYTES quota exceeded\)\. Nothing was changed/,
    );
    expect((await readClippings()).clippings).toHaveLength(1);
  });

  it('deletes with the deleted clipping returned for undo, and restores it', async () => {
    const store = createClipStore(io());
    const c = await store.add(draft(1, 1));
    const deleted = await store.remove(c.id);
    expect(deleted).toEqual(c);
    expect(await readClipping(c.id)).toBeNull();
    expect(await readPageClippings(c.url)).toEqual([]);
    expect(await fakeBrowser.storage.local.get(`clipPage:${c.url}`)).toEqual({});
    await store.restore(deleted!);
    expect(await readClipping(c.id)).toEqual(c);
    expect(await readPageClippings(c.url)).toEqual([c]);
    expect(await store.remove('clip-missing')).toBeNull();
  });

  it('imports by id: a second import of the same clippings adds nothing', async () => {
    const source = createClipStore(io());
    const a = await source.add(draft(1, 1));
    const b = await source.add(draft(1, 2));
    fakeBrowser.reset();
    const store = createClipStore(io());
    expect(await store.importMany([a, b])).toEqual({ added: 2, skipped: 0 });
    expect(await store.importMany([a, b])).toEqual({ added: 0, skipped: 2 });
    expect((await readClippings()).clippings).toHaveLength(2);
    await expect(store.importMany([{ ...a, id: 'x', colour: 'red' as 'blue' }])).rejects.toThrow(
      /unknown colour red/,
    );
    expect((await readClippings()).clippings).toHaveLength(2);
  });
});
