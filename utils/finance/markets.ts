/**
 * Listing codes and markets: the one place that knows how A-share, Hong Kong and
 * US codes look and how they are normalised into FinMark's ticker values
 * (`600519.SH`, `00700.HK`, `AAPL`, `BRK.B`).
 */
export type Market = 'SH' | 'SZ' | 'BJ' | 'HK' | 'US';

export const MARKETS: readonly Market[] = ['SH', 'SZ', 'BJ', 'HK', 'US'];

/** The A-share exchange a code belongs to, from its leading digits; null if none. */
export function aShareExchange(code: string): 'SH' | 'SZ' | 'BJ' | null {
  if (!/^\d{6}$/.test(code)) return null;
  const head = code.slice(0, 2);
  if (head === '60' || head === '68' || head === '90') return 'SH';
  if (head === '00' || head === '30' || head === '20') return 'SZ';
  if (head === '43' || head === '83' || head === '87' || head === '92') return 'BJ';
  return null;
}

/** Hong Kong codes are written with 1–5 digits; the normal form has five. */
export function hkCode(digits: string): string | null {
  if (!/^\d{1,5}$/.test(digits)) return null;
  const padded = digits.padStart(5, '0');
  return padded === '00000' ? null : padded;
}

export function isUsSymbol(symbol: string): boolean {
  return /^[A-Z]{1,5}(\.[A-Z])?$/.test(symbol);
}

/** FinMark's normalised value for a listing. */
export function tickerValue(code: string, market: Market): string {
  return market === 'US' ? code : `${code}.${market}`;
}

/** Checks a code against its market; returns the problem, or null when valid. */
export function codeProblem(code: string, market: Market): string | null {
  if (market === 'US') return isUsSymbol(code) ? null : `"${code}" is not a US ticker`;
  if (market === 'HK') return /^\d{5}$/.test(code) ? null : `"${code}" is not a 5-digit HK code`;
  const exchange = aShareExchange(code);
  if (!exchange) return `"${code}" is not an A-share code`;
  return exchange === market ? null : `"${code}" trades on ${exchange}, not ${market}`;
}

/**
 * Reads a ticker as a reader types it into the options page — `600519`,
 * `sh600519`, `600519.SS`, `1810.hk`, `HK01810`, `$aapl`, `brk-b` — into its
 * normalised value and market; null when it is none of these.
 */
export function parseTickerInput(input: string): { value: string; market: Market } | null {
  const raw = input.trim().toUpperCase().replace(/^\$/, '');
  const aShare = /^(?:(SH|SZ|BJ)\s*)?(\d{6})(?:\.(SH|SZ|SS|BJ))?$/.exec(raw);
  if (aShare) {
    const exchange = aShareExchange(aShare[2]!);
    const written = aShare[1] ?? (aShare[3] === 'SS' ? 'SH' : aShare[3]);
    if (!exchange || (written && written !== exchange)) return null;
    return { value: tickerValue(aShare[2]!, exchange), market: exchange };
  }
  const hk = /^(?:HK\s*:?\s*(\d{1,5})|(\d{1,5})(?:\.HK)?)$/.exec(raw);
  if (hk) {
    const code = hkCode(hk[1] ?? hk[2]!);
    return code ? { value: tickerValue(code, 'HK'), market: 'HK' } : null;
  }
  const us = raw.replace(/^([A-Z]{1,5})[-/ ]([A-Z])$/, '$1.$2');
  return isUsSymbol(us) ? { value: us, market: 'US' } : null;
}
