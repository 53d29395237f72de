import { browser } from 'wxt/browser';
import { SSE_REFERER } from '../../utils/symbol-lists/sources';

/**
 * The Shanghai exchange answers its list query only with its own site as the
 * Referer, which a fetch cannot set. A session rule sets it for requests to that
 * one host made outside any tab (tab id -1: the extension's own), so no page's
 * requests are touched. Needs declarativeNetRequestWithHostAccess and the host
 * permission the reader granted.
 */
const RULE_ID = 1;

export async function ensureSseRefererRule(): Promise<void> {
  const dnr = (browser as unknown as { declarativeNetRequest?: DeclarativeNetRequest })
    .declarativeNetRequest;
  if (!dnr) return; // an older browser: the download may then be refused, and says so
  await dnr.updateSessionRules({
    removeRuleIds: [RULE_ID],
    addRules: [
      {
        id: RULE_ID,
        priority: 1,
        action: {
          type: 'modifyHeaders',
          requestHeaders: [{ header: 'Referer', operation: 'set', value: SSE_REFERER }],
        },
        condition: {
          requestDomains: ['query.sse.com.cn'],
          tabIds: [-1],
          resourceTypes: ['xmlhttprequest', 'other'],
        },
      },
    ],
  });
}

interface DeclarativeNetRequest {
  updateSessionRules(options: { removeRuleIds: number[]; addRules: unknown[] }): Promise<void>;
}
