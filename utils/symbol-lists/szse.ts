import type { Listing } from '../finance/symbol-table';
import { fetchBytes } from './http';
import { chineseShortName, latinName, makeListing, withoutListingMarker } from './listing';
import { fail } from './source-error';
import { readFirstSheet, XlsxError } from './xlsx';

/**
 * Shenzhen Stock Exchange A-shares (main board and ChiNext), from the "A股列表"
 * report of www.szse.cn/market/product/stock/list/.
 *
 * Facts, as seen in public code on GitHub (akshare stock_info_sz_name_code and
 * projects that read the exchange directly):
 * - GET https://www.szse.cn/api/report/ShowReport?SHOWTYPE=xlsx&CATALOGID=1110&TABKEY=tab1
 *   returns the whole list as one xlsx workbook (sheet "A股列表"), header in
 *   the first row: 板块, 公司全称, 英文名称, 注册地址, A股代码, A股简称,
 *   A股上市日期, … (later columns have changed over the years; we find ours by
 *   header). akshare sends no Referer or cookie; some callers pad A股代码 to six
 *   digits, as a number cell would lose its zeros.
 * - The JSON variant (ShowReport/data?SHOWTYPE=JSON&CATALOGID=1110&TABKEY=tab1&PAGENO=n)
 *   is paged and its short-name field (agjc) carries HTML markup. We use the
 *   xlsx: one request instead of a hundred-odd pages, and plain cell text.
 */

export const SOURCE_NAME = 'Shenzhen Stock Exchange';
export const SZSE_LIST_URL =
  'https://www.szse.cn/api/report/ShowReport?SHOWTYPE=xlsx&CATALOGID=1110&TABKEY=tab1';

/** A code cell: text "000002", or a number cell "2" / "2.0" that lost its zeros. */
export function sixDigitCode(cell: string): string {
  const digits = cell.trim().replace(/\.0+$/, '');
  return /^\d{1,6}$/.test(digits) ? digits.padStart(6, '0') : digits;
}

/** The listings in the rows of the "A股列表" sheet. */
export function parseSzseRows(rows: string[][]): Listing[] {
  const headerAt = rows.slice(0, 10).findIndex((row) => row.some((c) => c.trim() === 'A股代码'));
  if (headerAt < 0) fail(SOURCE_NAME, 'the A-share list has no "A股代码" column');
  const header = rows[headerAt]!.map((c) => c.trim());
  const code = header.indexOf('A股代码');
  const name = header.indexOf('A股简称');
  const english = header.indexOf('英文名称');
  if (name < 0) fail(SOURCE_NAME, 'the A-share list has no "A股简称" column');
  const listings: Listing[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    const zh = chineseShortName(row[name] ?? '');
    const listing = makeListing({
      code: sixDigitCode(row[code] ?? ''),
      market: 'SZ',
      zh: zh || null,
      en: english >= 0 ? latinName(row[english] ?? '') || null : null,
      aliases: [withoutListingMarker(zh)],
      list: 'SZSE',
    });
    if (listing) listings.push(listing);
  }
  return listings;
}

/** The listings in the exchange's xlsx file. */
export function parseSzseXlsx(data: ArrayBuffer | Uint8Array): Listing[] {
  let rows: string[][];
  try {
    rows = readFirstSheet(data);
  } catch (error) {
    if (error instanceof XlsxError) fail(SOURCE_NAME, `the A-share list: ${error.message}`);
    throw error;
  }
  return parseSzseRows(rows);
}

export async function downloadSzse(fetchFn: typeof fetch): Promise<Listing[]> {
  return parseSzseXlsx(await fetchBytes(fetchFn, SOURCE_NAME, SZSE_LIST_URL));
}
