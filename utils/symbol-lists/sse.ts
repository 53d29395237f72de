import type { Listing } from '../finance/symbol-table';
import { fetchText } from './http';
import { chineseShortName, latinName, makeListing, withoutListingMarker } from './listing';
import { fail } from './source-error';

/**
 * Shanghai Stock Exchange A-shares: main board (STOCK_TYPE 1) and STAR Market
 * (STOCK_TYPE 8), from the JSON query behind www.sse.com.cn/assortment/stock/list/share/.
 *
 * Facts, as seen in public code on GitHub (akshare stock_info_sh_name_code and
 * several projects that call the exchange directly):
 * - GET https://query.sse.com.cn/sseQuery/commonQuery.do with
 *   sqlId=COMMON_SSE_CP_GPJCTPZ_GPLB_GP_L, COMPANY_STATUS=2,4,5,7,8,
 *   type=inParams, STOCK_TYPE, isPagination=true and pageHelp.* paging.
 *   Without a jsonCallBack parameter the answer is plain JSON.
 * - The answer holds `result` (rows) and `pageHelp` {pageNo, pageSize,
 *   pageCount, total, data}. Rows have A_STOCK_CODE, SEC_NAME_CN (证券简称),
 *   SEC_NAME_FULL (扩位简称), COMPANY_ABBR, FULL_NAME, FULL_NAME_IN_ENGLISH,
 *   COMPANY_ABBR_EN, LIST_DATE (YYYYMMDD), DELIST_DATE ("-" while listed), STOCK_TYPE.
 * - One project notes a page holds at most 2000 rows; akshare asks for 10000 in one page.
 * - Every caller sends `Referer: https://www.sse.com.cn/…`, and one project's
 *   notes say the Referer is required. A fetch from an extension cannot set
 *   Referer (a forbidden header; a cross-origin `referrer` is ignored), so the
 *   background must add it with a declarativeNetRequest rule (SSE_REFERER).
 */

export const SOURCE_NAME = 'Shanghai Stock Exchange';
export const SSE_QUERY_URL = 'https://query.sse.com.cn/sseQuery/commonQuery.do';
/** The Referer the exchange's own page sends; see the note above. */
export const SSE_REFERER = 'https://www.sse.com.cn/assortment/stock/list/share/';
const PAGE_SIZE = 2000;
const MAX_PAGES = 20;
const BOARDS = [
  { stockType: '1', name: 'main board' },
  { stockType: '8', name: 'STAR Market' },
] as const;

export function sseListUrl(stockType: string, page: number): string {
  const params = new URLSearchParams({
    sqlId: 'COMMON_SSE_CP_GPJCTPZ_GPLB_GP_L',
    STOCK_TYPE: stockType,
    COMPANY_STATUS: '2,4,5,7,8',
    REG_PROVINCE: '',
    CSRC_CODE: '',
    STOCK_CODE: '',
    type: 'inParams',
    isPagination: 'true',
    'pageHelp.cacheSize': '1',
    'pageHelp.pageSize': String(PAGE_SIZE),
    'pageHelp.pageNo': String(page),
    'pageHelp.beginPage': String(page),
    'pageHelp.endPage': String(page),
  });
  return `${SSE_QUERY_URL}?${params}`;
}

interface SsePage {
  listings: Listing[];
  pageCount: number;
  total: number;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Reads one answer (plain JSON, or wrapped in a JSONP callback). */
export function readSsePage(body: string): SsePage {
  const json = body.trim().replace(/^[\w$.]+\(([\s\S]*)\)\s*;?$/, '$1');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail(SOURCE_NAME, `the list query did not return JSON (starts "${body.slice(0, 40)}")`);
  }
  const record = data as { result?: unknown; pageHelp?: { pageCount?: unknown; total?: unknown } };
  if (!record || !Array.isArray(record.result)) {
    return fail(SOURCE_NAME, 'the list query returned JSON without a "result" list');
  }
  const listings: Listing[] = [];
  for (const row of record.result as Record<string, unknown>[]) {
    const delisted = text(row.DELIST_DATE);
    if (delisted && delisted !== '-') continue;
    const zh = chineseShortName(text(row.SEC_NAME_CN) || text(row.COMPANY_ABBR));
    const full = chineseShortName(text(row.SEC_NAME_FULL));
    const en = text(row.FULL_NAME_IN_ENGLISH);
    const listing = makeListing({
      code: text(row.A_STOCK_CODE),
      market: 'SH',
      zh: zh || null,
      en: en && en !== '-' ? latinName(en) : null,
      aliases: [withoutListingMarker(zh), full, withoutListingMarker(full)],
      list: 'SSE',
    });
    if (listing) listings.push(listing);
  }
  const pageCount = Number(record.pageHelp?.pageCount);
  const total = Number(record.pageHelp?.total);
  return {
    listings,
    pageCount: Number.isInteger(pageCount) && pageCount > 0 ? pageCount : 1,
    total: Number.isInteger(total) ? total : record.result.length,
  };
}

/** The listings in one answer of the list query. */
export function parseSseList(body: string): Listing[] {
  return readSsePage(body).listings;
}

export async function downloadSse(fetchFn: typeof fetch): Promise<Listing[]> {
  const listings: Listing[] = [];
  for (const board of BOARDS) {
    let pageCount = 1;
    for (let page = 1; page <= pageCount; page++) {
      const body = await fetchText(fetchFn, SOURCE_NAME, sseListUrl(board.stockType, page), {
        hint: `the exchange may refuse requests without "Referer: ${SSE_REFERER}"`,
      });
      const answer = readSsePage(body);
      if (page === 1) pageCount = answer.pageCount;
      if (pageCount > MAX_PAGES) {
        fail(SOURCE_NAME, `the ${board.name} list claims ${pageCount} pages; refusing`);
      }
      if (answer.listings.length === 0) {
        fail(SOURCE_NAME, `page ${page} of the ${board.name} list is empty`);
      }
      listings.push(...answer.listings);
    }
  }
  return listings;
}
