import { describe, expect, it, vi } from 'vitest';
import { loadPageStatus, type StatusSources } from '../../../entrypoints/popup/load-status';
import { NoReceiverError } from '../../../utils/messages';
import type { PageStatus } from '../../../utils/page-status';

const fromPage: PageStatus = { kind: 'failed', error: 'marker from page', url: 'https://a.test/' };
const fromBackground: PageStatus = {
  kind: 'failed',
  error: 'marker from bg',
  url: 'https://a.test/',
};

function sources(overrides: Partial<StatusSources>): StatusSources {
  return {
    findTab: async () => ({ id: 5, url: 'https://a.test/news/1' }),
    askPage: async () => fromPage,
    askBackground: async () => fromBackground,
    ...overrides,
  };
}

describe('loadPageStatus', () => {
  it('asks the page first and uses its answer', async () => {
    const askBackground = vi.fn(async () => fromBackground);
    const loaded = await loadPageStatus(sources({ askBackground }));
    expect(loaded).toEqual({ tabId: 5, status: fromPage });
    expect(askBackground).not.toHaveBeenCalled();
  });

  it("falls back to the background's last report when the page does not answer", async () => {
    const loaded = await loadPageStatus(
      sources({ askPage: async () => Promise.reject(new NoReceiverError('none')) }),
    );
    expect(loaded.status).toBe(fromBackground);
  });

  it('explains a page nobody can read, without asking it', async () => {
    const askPage = vi.fn(async () => fromPage);
    const loaded = await loadPageStatus(
      sources({ findTab: async () => ({ id: 1, url: 'chrome://settings' }), askPage }),
    );
    expect(loaded.status).toEqual({
      kind: 'unsupported',
      reason: 'browser-page',
      url: 'chrome://settings',
    });
    expect(askPage).not.toHaveBeenCalled();
  });

  it('calls a silent PDF a PDF, and any other silent page unreachable', async () => {
    const silent = {
      askPage: async () => Promise.reject(new NoReceiverError('none')),
      askBackground: async () => null,
    };
    const pdf = await loadPageStatus(
      sources({ ...silent, findTab: async () => ({ id: 2, url: 'https://x.test/report.pdf' }) }),
    );
    expect(pdf.status).toMatchObject({ kind: 'unsupported', reason: 'pdf' });
    const other = await loadPageStatus(sources(silent));
    expect(other.status).toMatchObject({ kind: 'unsupported', reason: 'not-reachable' });
  });

  it('reports other errors as failures with their message', async () => {
    const loaded = await loadPageStatus(
      sources({ askPage: async () => Promise.reject(new Error('boom')) }),
    );
    expect(loaded.status).toEqual({ kind: 'failed', error: 'boom', url: 'https://a.test/news/1' });
  });
});
