/**
 * XD贵州茅, XR中国平, DR长江电: on an A-share's ex-dividend or ex-rights day the exchanges
 * print a mark before its short name, cut to fit four characters, and quote tables and
 * market wraps copy it. The cut name is the head of one company's short name.
 */
import type { Directory } from './directory';
import type { Listing } from './symbol-table';

const CN_MARKETS = new Set(['SH', 'SZ', 'BJ']);
const CJK = /^[\u4e00-\u9fff]$/;
const MARK = /(?<![A-Za-z])(?:XD|XR|DR)(?=[\u4e00-\u9fff])/g;

/** Heads of two to four characters of A-share short names: the listing, or null when two share it. */
const heads = new WeakMap<Directory, Map<string, Listing | null>>();

function headsOf(directory: Directory): Map<string, Listing | null> {
  let map = heads.get(directory);
  if (map) return map;
  map = new Map();
  for (const listing of directory.listings) {
    if (!CN_MARKETS.has(listing.market) || !listing.zh) continue;
    for (let n = 2; n <= Math.min(4, listing.zh.length); n++) {
      const head = listing.zh.slice(0, n);
      if (![...head].every((c) => CJK.test(c))) break;
      const known = map.get(head);
      map.set(head, known === undefined || known === listing ? listing : null);
    }
  }
  heads.set(directory, map);
  return map;
}

export interface ExMarkedName {
  start: number;
  end: number;
  listing: Listing;
}

/** Every marked, cut short name in `text` that one A-share's short name begins with. */
export function exMarkedNames(text: string, directory: Directory): ExMarkedName[] {
  if (!text.includes('XD') && !text.includes('XR') && !text.includes('DR')) return [];
  const found: ExMarkedName[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const from = m.index + 2;
    const map = headsOf(directory);
    // The longest head that names one company (XD招商银 is 招商银行, not 招商 alone); two
    // characters only where they are the whole name (XD万科A).
    for (let n = 4; n >= 2; n--) {
      const head = text.slice(from, from + n);
      const listing = map.get(head);
      if (!listing || (n === 2 && listing.zh !== head && listing.zh !== `${head}A`)) continue;
      const classLetter = listing.zh === `${head}A` && text[from + n] === 'A' ? 1 : 0;
      found.push({ start: m.index, end: from + n + classLetter, listing });
      break;
    }
  }
  return found;
}
