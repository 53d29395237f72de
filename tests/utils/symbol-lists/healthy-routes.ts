import {
  buildXlsx,
  HKEX_CHINESE_ROWS,
  HKEX_ENGLISH_ROWS,
  SZSE_HEADER,
  type Cell,
} from '../../fixtures/symbol-lists/make-xlsx';
import { bytes, syntheticNasdaqListed, text, usSymbols } from './support';

/**
 * Answers for every request a complete download of the five lists makes, with
 * lists of a healthy size in each source's format. The unit tests answer fetch
 * with them; the E2E test serves them over HTTPS to the real extension.
 */
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

export function healthyRoutes(url: URL, call: { body: string | null }): Response | undefined {
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
