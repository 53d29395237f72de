import { afterEach, describe, expect, it } from 'vitest';
import {
  importContentMain,
  offerContentMain,
  type ContentMain,
} from '../../../entrypoints/content/handoff';

const OFFERED = Symbol.for('finmark.content-main');

describe('the loader’s handoff to content-main.js', () => {
  afterEach(() => {
    delete (globalThis as { [OFFERED]?: unknown })[OFFERED];
  });

  it('returns what content-main.js offered, without importing it again', async () => {
    const main: ContentMain = { start: async () => {}, answer: () => undefined };
    offerContentMain(main);
    await expect(importContentMain()).resolves.toBe(main);
  });

  it('says so when the file cannot be imported, rather than starting nothing in silence', async () => {
    // The fake browser's getURL gives an address no import can load here.
    await expect(importContentMain()).rejects.toThrow();
  });
});
