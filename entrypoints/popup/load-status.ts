import { NoReceiverError } from '../../utils/messages';
import { unsupportedByUrl, type PageStatus } from '../../utils/page-status';

/** What the popup needs from the browser; injected so the logic runs in unit tests. */
export interface StatusSources {
  /** The tab the popup is about: `?tab=<id>` when given (tests, deep links), else the active tab. */
  findTab(): Promise<{ id: number; url?: string } | null>;
  askPage(tabId: number): Promise<PageStatus>;
  askBackground(tabId: number): Promise<PageStatus | null>;
}

export interface LoadedStatus {
  tabId: number | null;
  status: PageStatus;
}

/**
 * Asks the page first (fresh, and it re-checks after in-page navigation), then the
 * background's last report, and explains pages no extension may read.
 */
export async function loadPageStatus(sources: StatusSources): Promise<LoadedStatus> {
  const tab = await sources.findTab();
  if (!tab) {
    return { tabId: null, status: { kind: 'failed', error: 'No active tab.', url: null } };
  }
  const url = tab.url ?? null;
  const byUrl = unsupportedByUrl(url);
  if (byUrl && byUrl !== 'pdf')
    return { tabId: tab.id, status: { kind: 'unsupported', reason: byUrl, url } };
  try {
    return { tabId: tab.id, status: await sources.askPage(tab.id) };
  } catch (error) {
    if (!(error instanceof NoReceiverError)) {
      const message = error instanceof Error ? error.message : String(error);
      return { tabId: tab.id, status: { kind: 'failed', error: message, url } };
    }
  }
  const reported = await sources.askBackground(tab.id).catch(() => null);
  if (reported) return { tabId: tab.id, status: reported };
  return {
    tabId: tab.id,
    status: { kind: 'unsupported', reason: byUrl ?? 'not-reachable', url },
  };
}
