// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuoteSitesSection } from '../../../entrypoints/options/QuoteSitesSection';
import { SymbolListsSection } from '../../../entrypoints/options/SymbolListsSection';
import { MARKETS } from '../../../utils/finance/markets';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../utils/storage';
import { localeMessages } from '../../support/i18n-mock';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount(node: React.ReactNode) {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages('en'));
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(node));
  return host;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.textContent = '';
});

describe('the options page’s market sections', () => {
  it('lists each market’s quote sites under its own heading, keeping its last one', () => {
    const change = vi.fn<(next: Partial<Preferences>) => void>();
    const preferences = { ...DEFAULT_PREFERENCES, quoteSites: ['sina', 'hkex', 'yahoo', 'google'] };
    const host = mount(<QuoteSitesSection preferences={preferences} change={change} />);
    const groups = [...host.querySelectorAll('fieldset.inner')];
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'A-shares',
      'Hong Kong',
      'US',
    ]);
    groups.forEach((g, i) => {
      expect(g.querySelectorAll('input').length).toBe(MARKETS[i]!.quoteSites.length);
    });
    // sina and hkex are their markets' only choice: they cannot be unticked.
    const boxes = [...host.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.filter((b) => b.disabled).length).toBe(2);
    act(() => boxes.find((b) => !b.checked)!.click());
    expect(change).toHaveBeenCalledWith({
      quoteSites: ['eastmoney', 'sina', 'hkex', 'yahoo', 'google'],
    });
  });

  it('has a row for every market’s list sources', async () => {
    const host = mount(<SymbolListsSection onError={() => {}} />);
    await act(async () => {});
    expect(
      [...host.querySelectorAll('tr[data-source]')].map((r) => r.getAttribute('data-source')),
    ).toEqual(MARKETS.flatMap((m) => m.sources.map((s) => s.id)));
  });
});
