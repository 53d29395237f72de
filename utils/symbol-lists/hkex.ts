import { hkCode } from '../finance/markets';
import type { Listing } from '../finance/symbol-table';
import { fetchBytes } from './http';
import { Converter } from 'opencc-js/t2cn';
import { chineseShortName, latinName, makeListing, withoutListingMarker } from './listing';
import { fail } from './source-error';
import { readFirstSheet, XlsxError } from './xlsx';

/**
 * Hong Kong equities from HKEX's List of Securities, English and Chinese files.
 *
 * Facts, as seen in public code on GitHub that reads these files:
 * - Plain GET downloads of .xlsx workbooks, no Referer or cookie.
 * - English: row 1 "List of Securities", row 2 "Updated as at DD/MM/YYYY",
 *   row 3 the header: Stock Code, Name of Securities, Category, Sub-Category,
 *   Board Lot, ISIN, …, Trading Currency, RMB Counter. Chinese (_c): 證券名單,
 *   截至 DD/MM/YYYY, then 股份代號, 股份名稱, 分類, 次分類, … in traditional characters.
 * - Equities have Category "Equity" and Sub-Category "Equity Securities (Main
 *   Board)" or "Equity Securities (GEM)" (also "Depositary Receipts", which we
 *   leave out, like the other categories: funds, warrants, CBBCs, debt).
 * - Dual-counter stocks have a second, RMB-traded row (80700 TENCENT-R); we keep
 *   the HKD counter only.
 * Chinese names come in traditional characters (騰訊控股). Mainland news writes
 * them simplified (腾讯控股), Hong Kong news as HKEX does: the simplified form (by
 * OpenCC's Hong Kong → mainland tables) becomes the listing's name, and the
 * traditional one an alias.
 */

const toSimplified = Converter({ from: 'hk', to: 'cn' });

export const SOURCE_NAME = 'HKEX list of securities';
export const HKEX_ENGLISH_URL =
  'https://www.hkex.com.hk/eng/services/trading/securities/securitieslists/ListOfSecurities.xlsx';
export const HKEX_CHINESE_URL =
  'https://www.hkex.com.hk/chi/services/trading/securities/securitieslists/ListOfSecurities_c.xlsx';

const EQUITY_BOARDS = new Set(['Equity Securities (Main Board)', 'Equity Securities (GEM)']);

function sheetRows(data: ArrayBuffer | Uint8Array, file: string): string[][] {
  try {
    return readFirstSheet(data);
  } catch (error) {
    if (error instanceof XlsxError) fail(SOURCE_NAME, `${file}: ${error.message}`);
    throw error;
  }
}

function table(rows: string[][], file: string, codeHeader: string) {
  const headerAt = rows.slice(0, 10).findIndex((row) => row[0]?.trim() === codeHeader);
  if (headerAt < 0) fail(SOURCE_NAME, `${file} has no "${codeHeader}" header row`);
  const header = rows[headerAt]!.map((c) => c.trim());
  return { header, body: rows.slice(headerAt + 1) };
}

/** Chinese names by 5-digit code, from the rows of ListOfSecurities_c.xlsx. */
export function chineseNamesByCode(rows: string[][]): Map<string, string> {
  const { header, body } = table(rows, 'ListOfSecurities_c.xlsx', '股份代號');
  const name = header.indexOf('股份名稱');
  if (name < 0) fail(SOURCE_NAME, 'ListOfSecurities_c.xlsx has no "股份名稱" column');
  const names = new Map<string, string>();
  for (const row of body) {
    const code = hkCode((row[0] ?? '').trim());
    const zh = chineseShortName(row[name] ?? '');
    if (code && zh) names.set(code, zh);
  }
  return names;
}

/** HKD-traded Main Board and GEM equities in the rows of ListOfSecurities.xlsx, named in Chinese from `chinese`. */
export function parseHkexRows(rows: string[][], chinese = new Map<string, string>()): Listing[] {
  const { header, body } = table(rows, 'ListOfSecurities.xlsx', 'Stock Code');
  const column = (title: string) => header.indexOf(title);
  const [name, category, subCategory, currency] = [
    column('Name of Securities'),
    column('Category'),
    column('Sub-Category'),
    column('Trading Currency'),
  ];
  if (name < 0 || category < 0 || subCategory < 0) {
    fail(
      SOURCE_NAME,
      'ListOfSecurities.xlsx lacks a Name of Securities, Category or Sub-Category column',
    );
  }
  const listings: Listing[] = [];
  for (const row of body) {
    if (row[category]?.trim() !== 'Equity' || !EQUITY_BOARDS.has(row[subCategory]?.trim() ?? ''))
      continue;
    if (currency >= 0 && (row[currency]?.trim() || 'HKD') !== 'HKD') continue;
    const code = hkCode((row[0] ?? '').trim().replace(/\.0+$/, ''));
    if (!code) continue;
    const traditional = chinese.get(code) ?? null;
    const zh = traditional && toSimplified(traditional);
    const en = latinName(row[name] ?? '') || null;
    const listing = makeListing({
      code,
      market: 'HK',
      zh,
      en,
      aliases: [
        zh && withoutListingMarker(zh),
        traditional,
        traditional && withoutListingMarker(traditional),
        en && withoutListingMarker(en),
      ],
      list: 'HKEX',
    });
    if (listing) listings.push(listing);
  }
  return listings;
}

/** The listings in the two workbooks (the Chinese one optional). */
export function parseHkexXlsx(
  english: ArrayBuffer | Uint8Array,
  chinese?: ArrayBuffer | Uint8Array,
): Listing[] {
  const names = chinese
    ? chineseNamesByCode(sheetRows(chinese, 'ListOfSecurities_c.xlsx'))
    : new Map<string, string>();
  return parseHkexRows(sheetRows(english, 'ListOfSecurities.xlsx'), names);
}

export async function downloadHkex(fetchFn: typeof fetch): Promise<Listing[]> {
  const [english, chinese] = await Promise.all([
    fetchBytes(fetchFn, SOURCE_NAME, HKEX_ENGLISH_URL),
    fetchBytes(fetchFn, SOURCE_NAME, HKEX_CHINESE_URL),
  ]);
  return parseHkexXlsx(english, chinese);
}
