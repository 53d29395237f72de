import { isUsSymbol } from '../finance/markets';
import type { Listing } from '../finance/symbol-table';
import { fetchText } from './http';
import { latinName, makeListing } from './listing';
import { fail } from './source-error';

/**
 * US listings from the Nasdaq Trader symbol directory: nasdaqlisted.txt (Nasdaq)
 * and otherlisted.txt (NYSE, NYSE American, NYSE Arca, Cboe BZX, IEX, …).
 *
 * Facts, as seen in public code on GitHub that reads these files (parsers and
 * test fixtures quoting real rows):
 * - Both are plain GET downloads, pipe-delimited, header row first and a
 *   "File Creation Time: MMDDYYYYHH:MM|||…" row last; no cookies, no Referer.
 * - nasdaqlisted: Symbol|Security Name|Market Category|Test Issue|Financial Status|
 *   Round Lot Size|ETF|NextShares. The name is "Company - Description"
 *   ("Apple Inc. - Common Stock", "… - Warrant", "… - Unit", "… - Rights").
 * - otherlisted: ACT Symbol|Security Name|Exchange|CQS Symbol|ETF|Round Lot Size|
 *   Test Issue|NASDAQ Symbol; Exchange A = NYSE American, N = NYSE, P = NYSE Arca,
 *   Z = Cboe BZX, V = IEX. Its ACT Symbol writes share classes with a dot
 *   (BRK.B) but also units, warrants and rights (AAC.U, AAC.W, AIIA.R — CQS
 *   writes AAC.WS, Nasdaq AAC= / AAC+ / AIIA^) and preferreds with `$` (BAC$K,
 *   Nasdaq BAC-K). The names carry no " - " separator ("Agilent Technologies,
 *   Inc. Common Stock").
 */

export const SOURCE_NAME = 'Nasdaq Trader symbol directory';
export const NASDAQ_LISTED_URL = 'https://www.nasdaqtrader.com/dynamic/SymDir/nasdaqlisted.txt';
export const OTHER_LISTED_URL = 'https://www.nasdaqtrader.com/dynamic/SymDir/otherlisted.txt';

/** otherlisted.txt Exchange codes, as list names. */
const EXCHANGES: Record<string, string> = {
  A: 'NYSE American',
  N: 'NYSE',
  P: 'NYSE Arca',
  Z: 'CBOE',
  V: 'IEX',
  M: 'NYSE Chicago',
};

/**
 * Security types we do not keep, read from the description. "Common Units"
 * (partnerships) are equity and stay; a percentage is a coupon or dividend rate
 * (notes, preferreds).
 */
const NOT_EQUITY =
  /\bwarrants?\b|\brights?\b|(?<!\bcommon )\bunits?\b|\bpreferred\b|\bpreference\b|\bnotes?\b|\bdebentures?\b|\d%/i;

/** ACT Symbol suffixes for units, warrants and rights: they look like share classes. */
const ACT_NOT_CLASS = /\.(?:U|W|R)$/;

/** Where a security description starts in a name that has no " - " separator. */
const DESCRIPTION =
  /\s+(?:New\s+)?(?:(?:Class|Series)\s+[A-Z0-9]+\s+)?(?:Common Stock|Capital Stock|Common Shares|Ordinary Shares?|Subordinate Voting Shares|American Depositary Shares?|American Depository Shares?|American Depositary Receipts?|Sponsored ADR|Common Units?|Shares of Beneficial Interest)\b.*$/i;

/** "Apple Inc. - Common Stock" → "Apple Inc."; "Agilent Technologies, Inc. Common Stock" → "Agilent Technologies, Inc.". */
export function usLegalName(securityName: string): string {
  const name = latinName(securityName);
  const dash = name.indexOf(' - ');
  const company = dash > 0 ? name.slice(0, dash) : name;
  const cut = company.replace(DESCRIPTION, '').replace(/[\s,]+$/, '');
  return cut || company;
}

interface Columns {
  symbol: number;
  name: number;
  test: number;
  etf: number;
  exchange: number;
}

function readTable(
  text: string,
  file: string,
  symbolHeader: string,
): {
  header: string[];
  rows: string[][];
} {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split('|');
  if (header[0] !== symbolHeader || !header.includes('Security Name')) {
    fail(SOURCE_NAME, `${file} does not start with its "${symbolHeader}|Security Name|…" header`);
  }
  const rows: string[][] = [];
  let footer = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith('File Creation Time')) {
      footer = true;
      break;
    }
    if (line.trim()) rows.push(line.split('|'));
  }
  if (!footer) fail(SOURCE_NAME, `${file} has no "File Creation Time" row: it looks truncated`);
  return { header, rows };
}

function parse(
  text: string,
  file: string,
  symbolHeader: string,
  listOf: (row: string[], columns: Columns) => string | null,
): Listing[] {
  const { header, rows } = readTable(text, file, symbolHeader);
  const columns: Columns = {
    symbol: 0,
    name: header.indexOf('Security Name'),
    test: header.indexOf('Test Issue'),
    etf: header.indexOf('ETF'),
    exchange: header.indexOf('Exchange'),
  };
  if (columns.test < 0 || columns.etf < 0) {
    fail(SOURCE_NAME, `${file} has no "Test Issue" or "ETF" column`);
  }
  const listings: Listing[] = [];
  for (const row of rows) {
    const symbol = (row[columns.symbol] ?? '').trim();
    const securityName = row[columns.name] ?? '';
    if (row[columns.test] !== 'N' || !isUsSymbol(symbol)) continue;
    const list = listOf(row, columns);
    if (!list) continue;
    if (row[columns.etf] !== 'Y') {
      const dash = securityName.indexOf(' - ');
      const description = dash > 0 ? securityName.slice(dash + 3) : securityName;
      if (NOT_EQUITY.test(description)) continue;
    }
    const listing = makeListing({
      code: symbol,
      market: 'US',
      en: usLegalName(securityName),
      list,
    });
    if (listing) listings.push(listing);
  }
  return listings;
}

/** Listings in nasdaqlisted.txt (list "NASDAQ"). */
export function parseNasdaqListed(text: string): Listing[] {
  return parse(text, 'nasdaqlisted.txt', 'Symbol', () => 'NASDAQ');
}

/** Listings in otherlisted.txt, each on the list of its exchange ("NYSE", "NYSE Arca", …). */
export function parseOtherListed(text: string): Listing[] {
  return parse(text, 'otherlisted.txt', 'ACT Symbol', (row, columns) => {
    const symbol = row[columns.symbol] ?? '';
    if (ACT_NOT_CLASS.test(symbol)) return null;
    const code = (row[columns.exchange] ?? '').trim();
    return EXCHANGES[code] ?? (code ? `US-${code}` : 'US');
  });
}

export async function downloadNasdaq(fetchFn: typeof fetch): Promise<Listing[]> {
  const [nasdaq, other] = await Promise.all([
    fetchText(fetchFn, SOURCE_NAME, NASDAQ_LISTED_URL),
    fetchText(fetchFn, SOURCE_NAME, OTHER_LISTED_URL),
  ]);
  return [...parseNasdaqListed(nasdaq), ...parseOtherListed(other)];
}
