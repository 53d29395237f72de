import { codeProblem, isExchange, tickerValue, type Exchange } from './markets';

/**
 * Reads the symbol directory's data files (public/data/symbols/*.tsv): one listing
 * a line, tab-separated: code, market, Chinese name, English name, aliases, index
 * lists, same_as. Names prefixed with `~` are also ordinary words or places and are
 * matched only with supporting context; names prefixed with `^` are the short names a
 * story uses after the full one (Lam, Devon) and count only where the page names the
 * company otherwise. Pure parsing: no I/O.
 */

export interface ListingName {
  text: string;
  /** Also an ordinary word, place or product: needs context to count as the company. */
  ordinaryWord: boolean;
  /**
   * A short name for second mentions (Lam for Lam Research): counts only where the page
   * names the company in full or by its code, whatever its sentence says. Set with
   * `ordinaryWord`, which every check of an everyday word then applies too.
   */
  secondMention?: true;
}

export interface Listing {
  code: string;
  /** The listing's exchange (the table's market column): SH, SZ, BJ, HK or US. */
  market: Exchange;
  /** Normalised ticker value: "600519.SH", "00700.HK", "AAPL". */
  value: string;
  zh: string | null;
  en: string | null;
  names: ListingName[];
  lists: string[];
  /** The primary listing's value when this is a second listing of one company. */
  sameAs: string | null;
}

export interface TableProblem {
  line: number;
  message: string;
}

function parseName(raw: string): ListingName | null {
  const trimmed = raw.trim();
  if (!trimmed || trimmed === '~' || trimmed === '^') return null;
  if (trimmed.startsWith('^')) {
    return { text: trimmed.slice(1).trim(), ordinaryWord: true, secondMention: true };
  }
  return trimmed.startsWith('~')
    ? { text: trimmed.slice(1).trim(), ordinaryWord: true }
    : { text: trimmed, ordinaryWord: false };
}

export function parseSymbolTable(text: string): { listings: Listing[]; problems: TableProblem[] } {
  const listings: Listing[] = [];
  const problems: TableProblem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    const problem = (message: string) => problems.push({ line: i + 1, message });
    if (cells.length !== 7)
      return void problem(`expected 7 tab-separated cells, found ${cells.length}`);
    const [code, market, zh, en, aliases, lists, sameAs] = cells.map((c) => c.trim()) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!isExchange(market)) return void problem(`unknown market "${market}"`);
    const bad = codeProblem(code, market);
    if (bad) return void problem(bad);
    const zhName = parseName(zh);
    const enName = parseName(en);
    const names = [zhName, enName, ...aliases.split('|').map(parseName)].filter(
      (n): n is ListingName => n !== null,
    );
    if (names.length === 0) return void problem(`${code} has no name`);
    const listNames = lists
      .split('|')
      .map((l) => l.trim())
      .filter(Boolean);
    if (listNames.length === 0) return void problem(`${code} belongs to no list`);
    if (sameAs && !/^[A-Z0-9.]+$/.test(sameAs)) return void problem(`bad same_as "${sameAs}"`);
    listings.push({
      code,
      market,
      value: tickerValue(code, market),
      zh: zhName?.text ?? null,
      en: enName?.text ?? null,
      names,
      lists: listNames,
      sameAs: sameAs ? sameAs.replace(/\.US$/, '') : null,
    });
  });
  return { listings, problems };
}

/** Name clashes and broken links across a whole table set. */
export function crossCheck(listings: Listing[]): string[] {
  const problems: string[] = [];
  const byValue = new Map<string, Listing>();
  for (const l of listings) {
    if (byValue.has(l.value)) problems.push(`${l.value} is listed twice`);
    byValue.set(l.value, l);
  }
  const primary = (l: Listing) => (l.sameAs && byValue.get(l.sameAs)) || l;
  for (const l of listings) {
    if (l.sameAs && !byValue.has(l.sameAs))
      problems.push(`${l.value}: same_as ${l.sameAs} is not listed`);
  }
  const owner = new Map<string, Listing>();
  for (const l of listings) {
    for (const name of l.names) {
      const key = name.text.toLowerCase();
      const other = owner.get(key);
      if (other && primary(other) !== primary(l)) {
        problems.push(`"${name.text}" names both ${other.value} and ${l.value}`);
      } else if (!other) owner.set(key, l);
    }
  }
  return problems;
}
