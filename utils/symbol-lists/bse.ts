import type { Listing } from '../finance/symbol-table';
import { fetchText } from './http';
import { chineseShortName, makeListing } from './listing';
import { fail } from './source-error';

/**
 * Beijing Stock Exchange listed companies, from the query behind
 * www.bse.cn/nq/listedcompany.html.
 *
 * Facts, as seen in public code on GitHub (akshare stock_info_bj_name_code and
 * projects that read the exchange directly):
 * - POST https://www.bse.cn/nqxxController/nqxxCnzq.do, form body
 *   page=<0-based>&typejb=T&xxfcbj[]=2&xxzqdm=&sortfield=xxzqdm&sorttype=asc.
 *   No Referer or cookie in those callers.
 * - The answer is JSON wrapped in a literal `null(...)` callback: an array of one
 *   Spring page {content, number, totalPages, totalElements, lastPage, …};
 *   content rows have xxzqdm (code), xxzqjc (short name), fxssrq (listing date),
 *   xxhyzl (industry), xxjsrq (report date).
 * - Codes are 920xxx since the exchange moved listed companies to new codes;
 *   older lists show 43/83/87xxxx.
 */

export const SOURCE_NAME = 'Beijing Stock Exchange';
export const BSE_LIST_URL = 'https://www.bse.cn/nqxxController/nqxxCnzq.do';
const MAX_PAGES = 100;

export function bseListForm(page: number): Record<string, string> {
  return {
    page: String(page),
    typejb: 'T',
    'xxfcbj[]': '2',
    xxzqdm: '',
    sortfield: 'xxzqdm',
    sorttype: 'asc',
  };
}

interface BsePage {
  listings: Listing[];
  totalPages: number;
}

/** Reads one answer: `null([{content: [...], totalPages, …}])`, or the bare JSON. */
export function readBsePage(body: string): BsePage {
  const json = body.trim().replace(/^[\w$.]*\(([\s\S]*)\)\s*;?$/, '$1');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail(SOURCE_NAME, `the list query did not return JSON (starts "${body.slice(0, 40)}")`);
  }
  const page = (Array.isArray(data) ? data[0] : data) as
    { content?: unknown; totalPages?: unknown } | undefined;
  if (!page || !Array.isArray(page.content)) {
    return fail(SOURCE_NAME, 'the list query returned JSON without a "content" list');
  }
  const listings: Listing[] = [];
  for (const row of page.content as Record<string, unknown>[]) {
    const code = typeof row.xxzqdm === 'string' ? row.xxzqdm.trim() : '';
    const zh = typeof row.xxzqjc === 'string' ? chineseShortName(row.xxzqjc) : '';
    const listing = makeListing({ code, market: 'BJ', zh: zh || null, list: 'BSE' });
    if (listing) listings.push(listing);
  }
  const totalPages = Number(page.totalPages);
  return { listings, totalPages: Number.isInteger(totalPages) && totalPages > 0 ? totalPages : 1 };
}

/** The listings in one answer of the list query. */
export function parseBseList(body: string): Listing[] {
  return readBsePage(body).listings;
}

export async function downloadBse(fetchFn: typeof fetch): Promise<Listing[]> {
  const listings: Listing[] = [];
  let totalPages = 1;
  for (let page = 0; page < totalPages; page++) {
    const body = await fetchText(fetchFn, SOURCE_NAME, BSE_LIST_URL, { form: bseListForm(page) });
    const answer = readBsePage(body);
    if (page === 0) totalPages = answer.totalPages;
    if (totalPages > MAX_PAGES) fail(SOURCE_NAME, `the list claims ${totalPages} pages; refusing`);
    if (answer.listings.length === 0) fail(SOURCE_NAME, `page ${page + 1} of the list is empty`);
    listings.push(...answer.listings);
  }
  return listings;
}
