import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeQuote } from '../../../utils/clips/anchor';
import {
  cleanTags,
  clippingProblem,
  CLIPPING_VERSION,
  migrateClipping,
  type Clipping,
} from '../../../utils/clips/clipping';
import { filterClippings } from '../../../utils/clips/search';
import { readClippings } from '../../../utils/storage';

function sampleClipping(over: Partial<Clipping> = {}): Clipping {
  const text = '贵州茅台（600519）一季度营收同比增长，到2025年产能规划明确。';
  return {
    schemaVersion: CLIPPING_VERSION,
    id: 'clip-1',
    created: '2026-11-20T08:00:00.000Z',
    updated: '2026-11-20T08:00:00.000Z',
    url: 'https://www.example.cn/news/1',
    title: '茅台一季报',
    site: 'www.example.cn',
    publishedTime: null,
    quote: text.slice(0, 12),
    selectors: describeQuote(text, 0, 12),
    colour: 'yellow',
    note: '估值仍偏高',
    tags: ['白酒'],
    tickers: ['600519.SH'],
    dates: ['2025'],
    ...over,
  };
}

describe('clippings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('say what is wrong with a malformed one', () => {
    expect(clippingProblem(sampleClipping())).toBeNull();
    expect(clippingProblem(null)).toBe('not an object');
    expect(clippingProblem(sampleClipping({ schemaVersion: 9 as 1 }))).toBe(
      'unknown schema version 9',
    );
    expect(clippingProblem(sampleClipping({ url: 'javascript:alert(1)' }))).toBe(
      'no http(s) address',
    );
    expect(clippingProblem(sampleClipping({ quote: '  ' }))).toBe('empty quote');
    expect(clippingProblem({ ...sampleClipping(), selectors: [] })).toBe('bad selectors');
  });

  it('are read from storage as they are, and unreadable keys are kept aside, not dropped', async () => {
    await fakeBrowser.storage.local.set({
      'clip:clip-1': sampleClipping(),
      'clip:clip-2': { schemaVersion: 1, id: 'clip-2' },
      preferences: { printHighlights: true },
    });
    const library = await readClippings();
    expect(library.clippings.map((c) => c.id)).toEqual(['clip-1']);
    expect(library.unreadable).toEqual(['clip:clip-2']);
    expect(await fakeBrowser.storage.local.get('clip:clip-2')).not.toEqual({});
    expect(migrateClipping(sampleClipping())).toEqual(sampleClipping());
  });

  it('clean tags as typed', () => {
    expect(cleanTags([' 宏观 ', '#宏观', 'Fed', 'fed', ''])).toEqual(['宏观', 'Fed']);
  });

  it('are found by words in quote, note or title, and by their filters', () => {
    const list = [
      sampleClipping(),
      sampleClipping({
        id: 'clip-2',
        quote: 'The Fed held rates steady',
        note: '',
        title: 'Fed decision',
        tickers: [],
        colour: 'blue',
        site: 'www.reuters.com',
        url: 'https://www.reuters.com/markets/fed',
        tags: [],
        created: '2026-10-01T00:00:00.000Z',
      }),
    ];
    const ids = (f: Parameters<typeof filterClippings>[1]) =>
      filterClippings(list, f).map((c) => c.id);
    expect(ids({ query: '估值' })).toEqual(['clip-1']);
    expect(ids({ query: 'ＦＥＤ decision' })).toEqual(['clip-2']);
    expect(ids({ query: '茅台 rates' })).toEqual([]);
    expect(ids({ ticker: '600519.SH' })).toEqual(['clip-1']);
    expect(ids({ colour: 'blue' })).toEqual(['clip-2']);
    expect(ids({ site: 'www.reuters.com' })).toEqual(['clip-2']);
    expect(ids({ tag: '白酒' })).toEqual(['clip-1']);
    expect(ids({ from: '2026-11-01' })).toEqual(['clip-1']);
    expect(ids({ to: '2026-10-31' })).toEqual(['clip-2']);
    expect(ids({ url: 'https://www.example.cn/news/1' })).toEqual(['clip-1']);
  });
});
