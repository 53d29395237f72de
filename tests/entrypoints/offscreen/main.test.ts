import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPage } from '../../../scripts/lib/load-page';
import { readPageCopy } from '../../../utils/article/readability-pick';
import { sendToOffscreen } from '../../../utils/messages';

const { DOMParser } = new JSDOM('').window;

describe('the offscreen document', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('DOMParser', DOMParser); // an offscreen document has one
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("answers the background's Readability requests with the pick", async () => {
    await import('../../../entrypoints/offscreen/main');
    const page = loadPage(join(import.meta.dirname, '../../fixtures/pages/zh-kuaixun.html'));
    const request = { html: page.documentElement.outerHTML, url: 'https://news.example/1' };
    const pick = await sendToOffscreen('offscreen/readability', request);
    expect(pick).toEqual(readPageCopy(request, new DOMParser()));
    expect(pick?.pick?.kept.length).toBeGreaterThan(0);
  });
});
