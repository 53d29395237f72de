import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logVerdict, sendStatus } from '../../../entrypoints/content/page-report';
import { onMessage } from '../../../utils/messages';
import { reportOf } from '../../support/content-page';
import type { PageStatus } from '../../../utils/page-status';

const report = reportOf();

// The line the Firefox E2E test reads (tests/e2e/support/firefox.ts).
const LINE =
  /^\[FinMark\] (article|not an article) \(([\d.]+)\) in (\d+) ms(?:, Readability ([\w() -]+?))?: (.*)$/s;

describe('page-report', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('logs a verdict as the one line the Firefox test reads', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    logVerdict(report);
    logVerdict({
      ...report,
      isArticle: true,
      readability: { ran: 'in-page', fallback: 'mismatch' },
    });
    expect(LINE.exec(debug.mock.calls[0]![0] as string)?.slice(1)).toEqual([
      'not an article',
      '0.05',
      '3',
      undefined,
      'Stock Screener',
    ]);
    expect(LINE.exec(debug.mock.calls[1]![0] as string)?.[4]).toBe('in-page (mismatch)');
  });

  it('sends the status to the background, and only logs when nobody listens', async () => {
    const seen: PageStatus[] = [];
    const status: PageStatus = { kind: 'analysed', report };
    onMessage('background/report-status', (s) => {
      seen.push(s);
      return null;
    });
    sendStatus(status);
    await vi.waitFor(() => expect(seen).toEqual([status]));
    fakeBrowser.reset();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    sendStatus(status);
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
    expect(String(debug.mock.calls[0]![0])).toContain('could not report page status');
  });
});
