import { describe, expect, it } from 'vitest';
import {
  SourceError,
  SSE_REFERER,
  SYMBOL_SOURCES,
  symbolSource,
  type SourceId,
} from '../../../utils/symbol-lists/sources';
import { healthyRoutes } from './healthy-routes';
import {
  bytes,
  fakeFetch,
  fixtureBytes,
  fixtureText,
  html,
  syntheticNasdaqListed,
  text,
} from './support';

describe('SYMBOL_SOURCES', () => {
  it('has the five sources, each asking only for hosts its origins cover', async () => {
    expect(SYMBOL_SOURCES.map((s) => s.id)).toEqual(['nasdaq', 'sse', 'szse', 'bse', 'hkex']);
    for (const source of SYMBOL_SOURCES) {
      const fetchFn = fakeFetch(healthyRoutes);
      await source.download(fetchFn);
      for (const call of fetchFn.calls) {
        const covered = source.origins.some((pattern) =>
          call.url.startsWith(pattern.replace(/\*$/, '')),
        );
        expect(covered, `${source.id}: ${call.url}`).toBe(true);
      }
    }
  });

  it.each([
    ['nasdaq', 6000, 'AAAA'],
    ['sse', 2300, '600000.SH'],
    ['szse', 2500, '000001.SZ'],
    ['bse', 200, '920000.BJ'],
    ['hkex', 2100, '00001.HK'],
  ] as [SourceId, number, string][])('%s downloads a complete list', async (id, count, first) => {
    const listings = await symbolSource(id).download(fakeFetch(healthyRoutes));
    expect(listings).toHaveLength(count);
    expect(listings[0]!.value).toBe(first);
  });

  it('pages through the SSE boards and the BSE list', async () => {
    const sse = fakeFetch(healthyRoutes);
    const listings = await symbolSource('sse').download(sse);
    expect(
      sse.calls.map((c) => {
        const q = new URL(c.url).searchParams;
        return `${q.get('STOCK_TYPE')}:${q.get('pageHelp.pageNo')}`;
      }),
    ).toEqual(['1:1', '1:2', '8:1']);
    expect(new URL(sse.calls[0]!.url).searchParams.get('sqlId')).toBe(
      'COMMON_SSE_CP_GPJCTPZ_GPLB_GP_L',
    );
    expect(listings.find((l) => l.value === '601699.SH')?.zh).toBe('沪股601699');

    const bse = fakeFetch(healthyRoutes);
    await symbolSource('bse').download(bse);
    expect(bse.calls).toHaveLength(10);
    expect(bse.calls.every((c) => c.method === 'POST')).toBe(true);
    expect(new URLSearchParams(bse.calls[9]!.body!).get('page')).toBe('9');
    expect(new URLSearchParams(bse.calls[0]!.body!).get('xxfcbj[]')).toBe('2');
  });

  it('joins the HKEX Chinese names by code', async () => {
    const listings = await symbolSource('hkex').download(fakeFetch(healthyRoutes));
    expect(listings[699]).toMatchObject({ value: '00700.HK', zh: '港股700', en: 'HK STOCK 700' });
  });

  it('names the source and the HTTP status when a request fails', async () => {
    const fetchFn = fakeFetch((url, call) =>
      url.pathname.endsWith('otherlisted.txt') ? text('busy', 503) : healthyRoutes(url, call),
    );
    const download = symbolSource('nasdaq').download(fetchFn);
    await expect(download).rejects.toThrow(SourceError);
    await expect(symbolSource('nasdaq').download(fetchFn)).rejects.toThrow(
      'Nasdaq Trader symbol directory: https://www.nasdaqtrader.com/dynamic/SymDir/otherlisted.txt answered HTTP 503',
    );
  });

  it('says the SSE may want a Referer when it refuses', async () => {
    const fetchFn = fakeFetch(() => text('Forbidden', 403));
    await expect(symbolSource('sse').download(fetchFn)).rejects.toThrow(
      new RegExp(
        `^Shanghai Stock Exchange: .*HTTP 403 \\(the exchange may refuse requests without "Referer: ${SSE_REFERER}"\\)`,
      ),
    );
  });

  it('refuses a list shorter than the minimum', async () => {
    const small = fakeFetch((url) =>
      text(
        fixtureText(
          url.pathname.endsWith('nasdaqlisted.txt') ? 'nasdaqlisted.txt' : 'otherlisted.txt',
        ),
      ),
    );
    await expect(symbolSource('nasdaq').download(small)).rejects.toThrow(
      'Nasdaq Trader symbol directory: only 14 listings, fewer than the 5000 a complete list has',
    );
    const hk = fakeFetch((url) =>
      bytes(fixtureBytes(url.pathname.endsWith('_c.xlsx') ? 'hkex-zh.xlsx' : 'hkex-en.xlsx')),
    );
    await expect(symbolSource('hkex').download(hk)).rejects.toThrow(
      /HKEX list of securities: only 4 listings/,
    );
  });

  it('refuses a truncated file', async () => {
    const fetchFn = fakeFetch((url, call) => {
      if (!url.pathname.endsWith('nasdaqlisted.txt')) return healthyRoutes(url, call);
      const full = syntheticNasdaqListed(3000);
      return text(full.slice(0, full.length / 2));
    });
    await expect(symbolSource('nasdaq').download(fetchFn)).rejects.toThrow(
      /nasdaqlisted\.txt has no "File Creation Time" row/,
    );
  });

  it('refuses an HTML page where the data should be', async () => {
    const page = fakeFetch(() => html('Access Denied'));
    await expect(symbolSource('szse').download(page)).rejects.toThrow(
      'Shenzhen Stock Exchange: https://www.szse.cn/api/report/ShowReport?SHOWTYPE=xlsx&CATALOGID=1110&TABKEY=tab1 returned a web page ("Access Denied") instead of the xlsx file',
    );
    await expect(symbolSource('bse').download(page)).rejects.toThrow(
      /^Beijing Stock Exchange: .*returned a web page/,
    );
    await expect(symbolSource('hkex').download(page)).rejects.toThrow(
      /^HKEX list of securities: .*web page/,
    );
  });

  it('turns a network failure and an unreadable answer into SourceErrors', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(symbolSource('bse').download(offline)).rejects.toThrow(
      'Beijing Stock Exchange: could not download https://www.bse.cn/nqxxController/nqxxCnzq.do: Failed to fetch',
    );
    await expect(
      symbolSource('sse').download(fakeFetch(() => text('{"result": 5}'))),
    ).rejects.toThrow(SourceError);
  });
});
