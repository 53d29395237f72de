// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClipLibrary } from '../../components/ClipLibrary';
import { describeQuote } from '../../utils/clips/anchor';
import { CLIPPING_VERSION, type Clipping } from '../../utils/clips/clipping';
import { localeMessages } from '../support/i18n-mock';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function clip(id: string, quote: string, url: string, over: Partial<Clipping> = {}): Clipping {
  return {
    schemaVersion: CLIPPING_VERSION,
    id,
    created: '2026-11-20T08:00:00.000Z',
    updated: '2026-11-20T08:00:00.000Z',
    url,
    title: 'T',
    site: new URL(url).hostname,
    publishedTime: null,
    quote,
    selectors: describeQuote(quote, 0, quote.length),
    colour: 'yellow',
    note: '',
    tags: [],
    tickers: [],
    dates: [],
    ...over,
  };
}

const PAGE = 'https://www.cls.cn/detail/1';
const library = [
  clip('clip-1', '央行宣布降准0.5个百分点', PAGE, { tickers: ['600519.SH'] }),
  clip('clip-2', 'The Fed held rates steady', 'https://www.reuters.com/markets/fed', {
    note: 'dovish',
  }),
];

function render(props: Partial<Parameters<typeof ClipLibrary>[0]> = {}) {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(localeMessages('en'));
  // happy-dom lays nothing out: give every box the popup list's size, as a browser would.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(340);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(340);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const handlers = {
    onSave: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onOpen: vi.fn(),
    onImport: vi.fn(async () => 'ok'),
  };
  const draw = (more: Partial<Parameters<typeof ClipLibrary>[0]> = {}) =>
    act(() =>
      root.render(
        <ClipLibrary
          clippings={library}
          pageUrl={PAGE}
          notFound={[]}
          deleted={null}
          error={null}
          {...handlers}
          {...props}
          {...more}
        />,
      ),
    );
  draw();
  const ids = () =>
    [...host.querySelectorAll('[data-clip-id]')].map((e) => e.getAttribute('data-clip-id'));
  return { host, handlers, draw, ids };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.textContent = '';
});

describe('ClipLibrary', () => {
  it('shows this page’s clippings, then all, and searches them', () => {
    const { host, ids } = render();
    const tabs = [...host.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([
      ['This page', 'true'],
      ['All clippings', 'false'],
    ]);
    expect(ids()).toEqual(['clip-1']);
    act(() => tabs[1]!.click());
    expect(ids()).toEqual(['clip-1', 'clip-2']);
    const search = host.querySelector<HTMLInputElement>('[data-testid="clip-search"]')!;
    act(() => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(search, 'DOVISH');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(ids()).toEqual(['clip-2']);
  });

  it('marks a clipping not found on the page, deletes with undo, and saves notes as you type', () => {
    vi.useFakeTimers();
    const { host, handlers, draw } = render({ notFound: ['clip-1'] });
    expect(host.querySelector('[data-clip-id="clip-1"] .missing')?.textContent).toBe(
      'Not found on this page',
    );
    act(() => host.querySelector<HTMLButtonElement>('[data-clip-id="clip-1"] .delete')!.click());
    expect(handlers.onDelete).toHaveBeenCalledWith('clip-1');
    draw({ deleted: library[0]! });
    const undo = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
    act(() => undo.click());
    expect(handlers.onUndo).toHaveBeenCalled();

    const note = host.querySelector<HTMLTextAreaElement>('[data-clip-id="clip-1"] textarea')!;
    act(() => {
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      set.call(note, '关注降准落地');
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(handlers.onSave).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(600));
    expect(handlers.onSave).toHaveBeenCalledWith('clip-1', { note: '关注降准落地' });
  });
});
