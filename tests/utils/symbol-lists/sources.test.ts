import { describe, expect, it } from 'vitest';
import {
  SourceError,
  SSE_REFERER,
  SYMBOL_SOURCES,
  symbolSource,
  type SourceId,
} from '../../../utils/symbol-lists/sources';
import {
  buildXlsx,
  HKEX_CHINESE_ROWS,
  HKEX_ENGLISH_ROWS,
  SZSE_HEADER,
  type Cell,
} from '../../fixtures/symbol-lists/make-xlsx';
import {
  bytes,
  fakeFetch,
  fixtureBytes,
  fixtureText,
  html,
  syntheticNasdaqListed,
  text,
  usSymbols,
} from './support';

function syntheticOtherListed(n: number): string {
  const rows = usSymbols(n + 20000)
    .slice(20000)
    .map((s) => `${s}|${s} Industries Corp. Common Stock|N|${s}|N|100|N|${s}`);
  return [
    'ACT Symbol|Security Name|Exchange|CQS Symbol|ETF|Round Lot Size|Test Issue|NASDAQ Symbol',
    ...rows,
    'File Creation Time: 1009202621:31|||||||',
  ].join('\r\n');
}

function ssePage(first: number, count: number, total: number, pageNo: number, pageSize: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    A_STOCK_CODE: String(first + i),
    SEC_NAME_CN: `沪股${first + i}`,
    FULL_NAME_IN_ENGLISH: '-',
    DELIST_DATE: '-',
  }));
  return JSON.stringify({
    pageHelp: { pageNo, pageSize, total, pageCount: Math.ceil(total / pageSize), data: rows },
    result: rows,
  });
}

function bsePage(page: number, perPage: number, totalPages: number) {
  const content = Array.from({ length: perPage }, (_, i) => ({
    xxzqdm: String(920000 + page * perPage + i),
    xxzqjc: `京股${page * perPage + i}`,
  }));
  return `null(${JSON.stringify([{ content, number: page, totalPages }])})`;
}

const hkRows = (n: number, zh: boolean): Cell[][] => [
  ...(zh ? HKEX_CHINESE_ROWS : HKEX_ENGLISH_ROWS).slice(0, 3),
  ...Array.from({ length: n }, (_, i): Cell[] => {
    const row: Cell[] = [i + 1, zh ? `港股${i + 1}` : `HK STOCK ${i + 1}`];
    row[2] = zh ? '股本' : 'Equity';
    row[3] = zh ? '股本證券(主板)' : 'Equity Securities (Main Board)';
    row[16] = 'HKD';
    return row;
  }),
];

/** Answers every request a complete download makes, with lists of healthy size. */
function healthyRoutes(url: URL, call: { body: string | null }): Response | undefined {
  switch (url.hostname) {
    case 'www.nasdaqtrader.com':
      return text(
        url.pathname.endsWith('nasdaqlisted.txt')
          ? syntheticNasdaqListed(3000)
          : syntheticOtherListed(3000),
      );
    case 'query.sse.com.cn': {
      const page = Number(url.searchParams.get('pageHelp.pageNo'));
      // The exchange serves at most 1,000 rows a page here, whatever is asked for.
      const size = Math.min(1000, Number(url.searchParams.get('pageHelp.pageSize')));
      if (url.searchParams.get('STOCK_TYPE') === '1') {
        // 1,700 main-board rows: two pages.
        return text(
          ssePage(600000 + (page - 1) * size, page === 1 ? size : 1700 - size, 1700, page, size),
        );
      }
      return text(ssePage(688000, 600, 600, 1, size));
    }
    case 'www.szse.cn': {
      const rows: Cell[][] = [SZSE_HEADER];
      for (let i = 1; i <= 2500; i++)
        rows.push(['主板', '', '', '', String(i).padStart(6, '0'), `深股${i}`]);
      return bytes(buildXlsx(rows));
    }
    case 'www.bse.cn': {
      const page = Number(new URLSearchParams(call.body ?? '').get('page'));
      return text(bsePage(page, 20, 10));
    }
    case 'www.hkex.com.hk':
      return bytes(buildXlsx(hkRows(2100, url.pathname.endsWith('_c.xlsx'))));
  }
  return undefined;
}

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
