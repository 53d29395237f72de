import { describe, expect, it } from 'vitest';
import { unsupportedByUrl } from '../../utils/page-status';

describe('unsupportedByUrl', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'store-page'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store-page'],
    ['https://www.sse.com.cn/disclosure/report.PDF', 'pdf'],
    ['https://www.cls.cn/detail/1063512', null],
    [undefined, null],
  ])('%s → %s', (url, reason) => {
    expect(unsupportedByUrl(url)).toBe(reason);
  });
});
