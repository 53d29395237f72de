import { fullStopEndsSentence } from './abbreviations';
import type { Directory, NameMatch } from './directory';
import {
  MARKETS,
  tickerValue,
  type BracketContext,
  type Exchange,
  type FormContext,
  type FoundCode,
} from './markets';
import type { Listing } from './symbol-table';
import { textHolds } from './text-keys';

/**
 * Finds listed companies in text: by name (the directory's automaton) and by the
 * ways finance writers attach codes — `贵州茅台（600519）`, `SH600519`, `600519.SS`,
 * `00700.HK`, `港股00700`, `快手-W（01024）`, `$AAPL`, `(NASDAQ: AMZN)`, `AMD.O`,
 * `Netflix Inc. (NFLX)`. A bare number or a bare capitalised word is never taken
 * for a ticker: amounts, index levels, years and words like "AI" or "CEO" stay text.
 * Which written forms and bracketed codes count is each market's own (see
 * `markets/`); this file knows only how names and codes meet.
 */
export interface TickerEntity {
  kind: 'ticker';
  value: string;
  text: string;
  start: number;
  end: number;
  market: Exchange;
  /** The company's name when the directory knows the listing. */
  name: string | null;
  /** Its Chinese and English names, when known (for the reader's card). */
  zh: string | null;
  en: string | null;
  /** How it was written: a name, a code, or a name with its code. */
  form: 'name' | 'code' | 'name+code';
  /**
   * The company's other listings (A+H, HK+US), by value, when it has any: the
   * mention is one listing of one company, chosen by its suffix, code or market
   * cue, and the card shows the rest.
   */
  listings?: readonly string[];
  /** On the reader's watchlist (set by `applyUserSymbols`): always marked, listed first. */
  watched?: true;
  /** The watchlist entry that covers it (09988.HK for a mention of BABA). */
  watchedAs?: string;
}

interface Span {
  start: number;
  end: number;
  value: string;
  market: Exchange;
  listing: Listing | null;
}

const IS_LATIN = /[A-Za-z]/;
// Share-class markers after a short name (快手-W), from the markets that write them.
const CLASS_SUFFIXES = MARKETS.flatMap((m) => m.classSuffixes);
const CLASS_SUFFIX = CLASS_SUFFIXES.length ? `[-－](?:${CLASS_SUFFIXES.join('|')})` : '(?!)';
// The market whose share-class marker a suffix is (W → hk).
const SUFFIX_MARKET = new Map(
  MARKETS.flatMap((m) => m.classSuffixes.map((c) => [c, m.exchanges] as const)),
);
const SUFFIX_AT_END = new RegExp(`[-－](${CLASS_SUFFIXES.join('|') || '(?!)'})$`);
const SUFFIX_BEFORE = new RegExp(`[-－](${CLASS_SUFFIXES.join('|') || '(?!)'})\\s*$`);
const SUFFIX_AFTER = new RegExp(`^[-－](${CLASS_SUFFIXES.join('|') || '(?!)'})(?![A-Za-z])`);
// Market words written next to a name: 港股腾讯, 中国平安A股, 京东美股（JD.US）.
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_CUES = MARKETS.flatMap((m) => m.nameCues.map((w) => [w, m.exchanges] as const));
const NAME_CUE_WORDS = NAME_CUES.map(([w]) => escape(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAME_CUE_AFTER = new RegExp(`^\\s?(${NAME_CUE_WORDS || '(?!)'})`);
const NAME_CUE_BEFORE = new RegExp(`(${NAME_CUE_WORDS || '(?!)'})\\s?$`);
const NAME_CUE_MARKET = new Map<string, readonly Exchange[]>(NAME_CUES);
const PARAGRAPH_CUES = MARKETS.flatMap((m) =>
  m.paragraphCues.map((w) => [w, m.exchanges] as const),
);
const PARAGRAPH_CUE = new RegExp(
  PARAGRAPH_CUES.map(([w]) => escape(w))
    .sort((a, b) => b.length - a.length)
    .join('|') || '(?!)',
  'g',
);
const PARAGRAPH_CUE_MARKET = new Map<string, readonly Exchange[]>(PARAGRAPH_CUES);
const WORD_CHAR = /[A-Za-z0-9&]/;

// Text right after a name that shows a company is meant (for names that are also
// ordinary words or places, such as 长城 or Target).
const COMPANY_AFTER_ZH = new RegExp(
  `^(?:\\s*[（(]|${CLASS_SUFFIX}\\b|股份|股价|公司|集团|控股|涨|跌|收涨|收跌|盘中|早盘|午后|尾盘|市值|公告|发布|宣布|表示|回应|财报|业绩|营收|净利|H股|A股|港股|美股|旗下)`,
);
const COMPANY_BEFORE_ZH =
  /(?:港股|A股|美股|龙头|个股|概念股|旗下|股东|增持|减持|买入|卖出|持有|重仓)$/;
// Legal suffixes after an English company name; each use below adds its own few.
const CORPORATE = 'Inc|Corp|Corporation|Co|Ltd|Group|Holdings|plc';
const CORPORATE_BEFORE = new RegExp(`\\b(?:${CORPORATE}|SA|AG|NV)\\.?,?\\s*$`);
const COMPANY_AFTER_EN = new RegExp(
  `^(?:\\s*[(]|\\s+(?:${CORPORATE}|Company|shares|stock)\\b|'s\\s+(?:shares|stock))`,
);
const COMPANY_BEFORE_EN = /(?:shares of|stake in|stock of)\s+$/i;
const NAME_TAIL = new RegExp(
  `^(?:,?\\s+(?:&\\s*Co|${CORPORATE}|Company)\\.?,?)?(?:[-－](${CLASS_SUFFIXES.join('|') || '(?!)'}))?(?:${NAME_CUE_WORDS || '(?!)'})?\\s*([（(])\\s*([^()（）]{1,20}?)\\s*[)）]`,
);
// What may follow a two-character name: punctuation, Latin, or a function word.
const SHORT_NAME_FOLLOWER =
  /^(?:$|[^\u4e00-\u9fff]|[与和及的在将已也等为对是从向于被把让并还则就都仍却又再才更正曾要会能可应])/;
// A name inside a longer common word is not the company (中国软件行业协会).
const LONGER_WORD_AFTER_ZH = /^(?:行业|协会|产业|镇|村|县|路|街|山|酒)/;
const QUOTE_ROW_SYMBOL = /(?:^|\n)([A-Z]{1,5}(?:\.[A-Z])?)\s*\n(?:THE\s+|The\s+)?$/;

/** IS_LATIN on text[from, to), read in place. */
function hasLatinLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 0x20; // A–Z folded onto a–z
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

function listingFor(directory: Directory, value: string): Listing | null {
  return directory.byValue(value) ?? null;
}

/** Codes written with an exchange, a market word or a cashtag: explicit on their own. */
function explicitCodes(text: string, directory: Directory): Span[] {
  const spans: Span[] = [];
  const context: FormContext = { text, known: (value) => directory.byValue(value) !== undefined };
  const push = ({ start, end, code, exchange }: FoundCode<Exchange>) => {
    const value = tickerValue(code, exchange);
    spans.push({ start, end, value, market: exchange, listing: listingFor(directory, value) });
  };
  for (const market of MARKETS) {
    for (const form of market.forms) {
      if (form.needs && !form.needs.some((k) => textHolds(text, k))) continue;
      form.find(context, push);
    }
  }
  return spans;
}

// Each market's bracket shape, whole: the first market whose shape fits reads the code.
const BRACKET_RULES = MARKETS.map((m) => ({ whole: new RegExp(`^(?:${m.bracket.shape})$`), m }));
// Bracketed codes found without a name before them, of any market's shape.
const BRACKETED = new RegExp(
  `[（(]\\s*(${MARKETS.map((m) => m.bracket.shape).join('|')})\\s*[)）]`,
  'g',
);

function bracketRuleFor(code: string): (typeof BRACKET_RULES)[number] | undefined {
  for (const rule of BRACKET_RULES) if (rule.whole.test(code)) return rule;
  return undefined;
}

/** The directory as a market's bracket rule asks it. */
type BracketLookups = Pick<BracketContext, 'byValue' | 'sameCompany'>;

// Made once per text, not per bracket: a closure per call is an allocation (and, under
// tsx, a name definition each).
function bracketLookups(directory: Directory): BracketLookups {
  return {
    byValue: (value) => directory.byValue(value),
    sameCompany: (a, b) => directory.primary(a) === directory.primary(b),
  };
}

/**
 * A code in brackets, read by the market whose shape it has: 6 digits an A-share,
 * 5 digits from 0 or the named company's own 4-digit code Hong Kong, capitals a
 * US ticker only after a company name (see each market's `bracket`).
 */
function bracketCode(
  text: string,
  open: number,
  close: number,
  inner: string,
  afterName: Listing | null,
  afterCorporateName: boolean,
  classSuffix: string | null,
  lookups: BracketLookups,
): Span | null {
  const code = inner.trim();
  const read = bracketRuleFor(code)?.m.bracket.read(code, {
    text,
    open,
    afterName,
    afterCorporateName,
    classSuffix,
    byValue: lookups.byValue,
    sameCompany: lookups.sameCompany,
  });
  if (!read) return null;
  const value = tickerValue(read.code, read.exchange);
  return {
    start: open,
    end: close,
    value,
    market: read.exchange,
    listing: lookups.byValue(value) ?? null,
  };
}

// A name that opens a line or sentence and is followed by a colon heads a company
// brief (伊戈尔：拟收购…), the way announcement round-ups are written.
const BRIEF_HEAD_BEFORE = /(?:^|[\n。；！？】])\s*$/;
const BRIEF_HEAD_AFTER = /^\s*[：:]/;

// "Share: Facebook / LinkedIn / Twitter" under an article: a platform, not the company.
const SHARE_TARGET =
  /^(?:Facebook|LinkedIn|Twitter|X|WhatsApp|Email|E-mail|Reddit|Pinterest|Weibo|WeChat|微博|微信|Print|Copy link)$/;

function isShareButton(text: string, start: number, end: number): boolean {
  // The name must fill its line: look only at the characters next to it, never
  // for the next line break across the whole text.
  const lineBefore = start === 0 || text[start - 1] === '\n';
  const lineAfter = end === text.length || text[end] === '\n';
  if (!lineBefore || !lineAfter) return false;
  const previous = /(?:^|\n)([^\n]{0,20})\n$/.exec(text.slice(Math.max(0, start - 22), start));
  const following = /^\n([^\n]{0,20})(?:\n|$)/.exec(text.slice(end, end + 22));
  return (
    SHARE_TARGET.test(previous?.[1]?.trim() ?? '') ||
    SHARE_TARGET.test(following?.[1]?.trim() ?? '')
  );
}

// Words of a sentence about a listed company's stock or results: "Visa" or "Oracle"
// in such a sentence is the company, "Visa costs" of a work visa is not.
const FINANCE_SENTENCE_EN =
  /\b(?:shares?|stocks?|earnings|revenues?|profits?|quarter(?:ly)?|fiscal|guidance|analysts?|investors?|market (?:value|cap(?:italization)?)|valuation|dividends?|buybacks?|IPO|ticker|chipmakers?)\b/;
// An index named after its maker (the Dow Jones Industrial Average, the Nasdaq
// Composite, MSCI's gauge): the finance words around it say nothing of the company.
const INDEX_AFTER_EN =
  /^(?:\s(?:Jones|Composite|Industrial|industrials|components?|[Aa]verage|30|[Ii]ndex|indices|100|World|Emerging|ACWI|All Country|Europe|Asia|China|futures)|['’]s\s+(?:gauge|index|broadest|benchmark|main))/;
const SENTENCE_BREAK = /[.!?。！？](?=\s|$)|\n/g;

/**
 * The sentence around a span, read no further than 200 characters each way. A full
 * stop after an abbreviation ("strong U.S. demand") does not end it.
 */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  const to = Math.min(text.length, end + 200);
  let head = from;
  let tail = to;
  SENTENCE_BREAK.lastIndex = from;
  for (let m = SENTENCE_BREAK.exec(text); m && m.index < to; m = SENTENCE_BREAK.exec(text)) {
    if (m[0] === '.' && !fullStopEndsSentence(text, m.index)) continue;
    if (m.index < start) head = m.index + 1;
    else if (m.index >= end) {
      tail = m.index;
      break;
    }
  }
  return text.slice(head, tail).trim();
}

// A sponsor's name on a venue, a prize or an event ("Pepsi Center", "Target Field"):
// not the company, whatever the name.
const VENUE_AFTER_EN =
  /^\s(?:Center|Centre|Arena|Field|Park|Stadium|Pavilion|Amphitheat(?:er|re)|Theat(?:er|re)|Bowl|Gardens?|Dome|Ballpark|Coliseum|Hall|Plaza|Cup|Classic|Open|Championships?|Foundation|Awards?|Prize|Music Pavilion|Festival)\b/;

function hasCompanyContext(text: string, start: number, end: number, latin: boolean): boolean {
  const after = text.slice(end, end + 12);
  const before = text.slice(Math.max(0, start - 12), start);
  if (latin)
    return (
      COMPANY_AFTER_EN.test(after) ||
      COMPANY_BEFORE_EN.test(before) ||
      (!INDEX_AFTER_EN.test(text.slice(end, end + 16)) &&
        !/\bthe\s$/i.test(before) &&
        FINANCE_SENTENCE_EN.test(sentenceAround(text, start, end)))
    );
  return (
    COMPANY_AFTER_ZH.test(after) ||
    COMPANY_BEFORE_ZH.test(before) ||
    (BRIEF_HEAD_AFTER.test(after) && BRIEF_HEAD_BEFORE.test(before))
  );
}

/** The `listings` field: the company's listings other than the one the mention means. */
function otherListings(directory: Directory, listing: Listing | null): string[] | undefined {
  if (!listing) return undefined;
  const all = directory.listingsOf(listing);
  return all.length > 1 ? all.filter((l) => l !== listing).map((l) => l.value) : undefined;
}

/**
 * The listing a name means when its company has several (A+H, HK+US): a
 * share-class suffix (网易-S: Hong Kong), a market word beside it (港股腾讯,
 * 京东美股), else the market its sentence or paragraph reports on; with none, the
 * home listing in Chinese (an A+H company's A-share) and the US one in English.
 */
function chooseListing(
  text: string,
  n: NameMatch,
  directory: Directory,
  paragraph: readonly Exchange[] | undefined,
  earlier: Listing | undefined,
): { listing: Listing; cued: boolean } {
  const listing = n.listing;
  // A name only one listing's row carries names that line (比亚迪股份 is the H
  // share's short name, 比亚迪 the A share's).
  const fallback =
    n.own ?? (IS_LATIN.test(n.name.text) ? (directory.usListingOf(listing) ?? listing) : listing);
  const all = directory.listingsOf(listing);
  if (all.length < 2) return { listing: fallback, cued: false };
  const on = (exchanges: readonly Exchange[] | undefined) =>
    exchanges ? all.find((l) => exchanges.includes(l.market)) : undefined;
  const suffix =
    SUFFIX_AT_END.exec(n.name.text)?.[1] ?? SUFFIX_AFTER.exec(text.slice(n.end, n.end + 4))?.[1];
  const after = NAME_CUE_AFTER.exec(text.slice(n.end, n.end + 6))?.[1];
  const before = NAME_CUE_BEFORE.exec(text.slice(Math.max(0, n.start - 6), n.start))?.[1];
  const cued =
    (suffix && on(SUFFIX_MARKET.get(suffix))) ||
    (after && on(NAME_CUE_MARKET.get(after))) ||
    (before && on(NAME_CUE_MARKET.get(before))) ||
    on(paragraph);
  // Without a cue of its own, a mention keeps the line the text last gave the
  // company by a code or a cue (比亞迪股份（1211）… 比亞迪股份同時表示).
  return cued ? { listing: cued, cued: true } : { listing: earlier ?? fallback, cued: false };
}

const SENTENCE_END = /[。！？!?；;\n]|\.\s/;
const PARAGRAPH_END = /\n/;

/**
 * For each accepted name of a company with several listings, the market its
 * context reports on: the nearest market word (美股, 恒指, 沪指…) before it in its
 * sentence, else after it in its sentence, else before it in its paragraph. One
 * pass over the text for the words, and only when such a name was found.
 */
function paragraphCues(
  text: string,
  names: readonly NameMatch[],
  accepted: ReadonlySet<number>,
  directory: Directory,
): Map<number, readonly Exchange[]> {
  const out = new Map<number, readonly Exchange[]>();
  const needed = [...accepted].filter((i) => directory.listingsOf(names[i]!.listing).length > 1);
  if (!needed.length) return out;
  const at: number[] = [];
  const ends: number[] = [];
  const markets: (readonly Exchange[])[] = [];
  for (const m of text.matchAll(PARAGRAPH_CUE)) {
    at.push(m.index);
    ends.push(m.index + m[0].length);
    markets.push(PARAGRAPH_CUE_MARKET.get(m[0])!);
  }
  if (!at.length) return out;
  // Between a cue and the name: nothing but the same sentence (or paragraph).
  const clear = (from: number, to: number, reach: number, stop: RegExp) =>
    to - from <= reach && !stop.test(text.slice(from, to));
  for (const i of needed) {
    const n = names[i]!;
    // The last cue starting before the name (binary search: cues are in text order).
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]! < n.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = lo - 1;
    let next = lo;
    while (next < at.length && at[next]! < n.end) next++;
    if (prev >= 0 && ends[prev]! <= n.start && clear(ends[prev]!, n.start, 150, SENTENCE_END)) {
      out.set(i, markets[prev]!);
    } else if (next < at.length && clear(n.end, at[next]!, 80, SENTENCE_END)) {
      out.set(i, markets[next]!);
    } else if (
      prev >= 0 &&
      ends[prev]! <= n.start &&
      clear(ends[prev]!, n.start, 500, PARAGRAPH_END)
    ) {
      out.set(i, markets[prev]!);
    }
  }
  return out;
}

export function matchTickers(text: string, directory: Directory): TickerEntity[] {
  const entities: TickerEntity[] = [];
  // Explicit codes by start, so a name followed by one finds it without a scan.
  const codeAt = new Map<number, TickerEntity>();
  const absorbed = new Set<TickerEntity>();
  // Which text positions a ticker already covers: an O(span) check instead of a
  // scan of every earlier entity (long pages have hundreds).
  const covered = new Uint8Array(text.length + 1);
  const mark = (s: number, e: number, value: 0 | 1) => covered.fill(value, s, e);
  const overlaps = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  const emit = (span: Span, form: TickerEntity['form'], start = span.start) => {
    const listing = span.listing;
    const entity: TickerEntity = {
      kind: 'ticker',
      value: span.value,
      text: text.slice(start, span.end),
      start,
      end: span.end,
      market: span.market,
      name: listing ? (listing.zh ?? listing.en) : null,
      zh: listing?.zh ?? null,
      en: listing?.en ?? null,
      form,
    };
    // Set only when there are some (the key stays last): a spread per entity was slow.
    const others = otherListings(directory, listing);
    if (others) entity.listings = others;
    entities.push(entity);
    mark(start, span.end, 1);
  };

  for (const span of explicitCodes(text, directory)) {
    if (overlaps(span.start, span.end)) continue;
    emit(span, 'code');
    codeAt.set(span.start, entities[entities.length - 1]!);
  }

  const names = directory.findNames(text);
  const accepted = new Set<number>();
  // Companies the text names beyond doubt (a full name, a code): their ordinary-word
  // aliases then count throughout the text (龙湖集团 … 龙湖 … 龙湖).
  const confirmed = new Set<Listing>(
    entities.map((e) => directory.byValue(e.value)).filter((l) => !!l),
  );
  const pending: number[] = [];
  names.forEach((n, i) => {
    if (overlaps(n.start, n.end)) return;
    // Read on the text matched (the name as spelled, same letters and length): the
    // name's own record is elsewhere in memory, a miss per name in a big directory.
    const latin = hasLatinLetter(text, n.start, n.end);
    if (latin) {
      if (WORD_CHAR.test(text[n.start - 1] ?? '') || WORD_CHAR.test(text[n.end] ?? '')) return;
      if (isShareButton(text, n.start, n.end)) return;
      if (VENUE_AFTER_EN.test(text.slice(n.end, n.end + 20))) return;
    } else {
      if (LONGER_WORD_AFTER_ZH.test(text.slice(n.end, n.end + 3))) return;
      // A two-character name runs into the next word easily (广汽丰田 is not 广汽),
      // unless the text has already named that company in full.
      if (n.end - n.start <= 2 && !SHORT_NAME_FOLLOWER.test(text.slice(n.end, n.end + 2))) {
        if (!hasCompanyContext(text, n.start, n.end, false)) {
          pending.push(i);
          return;
        }
      }
    }
    if (n.name.ordinaryWord && !hasCompanyContext(text, n.start, n.end, latin)) {
      pending.push(i);
      return;
    }
    accepted.add(i);
    confirmed.add(directory.primary(n.listing));
  });
  for (const i of pending) {
    if (confirmed.has(directory.primary(names[i]!.listing))) accepted.add(i);
  }

  const cues = paragraphCues(text, names, accepted, directory);
  const lookups = bracketLookups(directory);
  // The listing the text last chose for a company by a code or cue, by its primary.
  const lineOf = new Map<Listing, Listing>();
  const remember = (named: Listing, line: Listing | null | undefined) => {
    const company = directory.primary(named);
    if (line && directory.primary(line) === company) lineOf.set(company, line);
  };
  for (const i of accepted) {
    const n = names[i]!;
    // A name inside a name-and-code mention already made ("General Motors (GM)").
    if (overlaps(n.start, n.end)) continue;
    const listing = n.listing;
    // The name may be followed by a corporate suffix or a share-class suffix and a
    // bracketed code: "Netflix Inc. (NFLX)", "快手-W（01024）", "Amazon (NASDAQ: AMZN)".
    const tail = NAME_TAIL.exec(text.slice(n.end, n.end + 40));
    if (tail) {
      const open = n.end + tail[0].lastIndexOf(tail[2]!);
      const close = n.end + tail[0].length;
      let explicit: TickerEntity | undefined;
      for (let at = open; at < close && !explicit; at++) {
        // An explicit code still standing covers its start: uncovered places hold none.
        if (!covered[at]) continue;
        const e = codeAt.get(at);
        if (e && e.end <= close && !absorbed.has(e)) explicit = e;
      }
      if (explicit) {
        // The code inside was already read on its own; the mention is name and code.
        absorbed.add(explicit);
        mark(explicit.start, explicit.end, 0);
        const codeListing = directory.byValue(explicit.value) ?? null;
        emit(
          {
            start: n.start,
            end: close,
            value: explicit.value,
            market: explicit.market,
            listing: codeListing,
          },
          'name+code',
        );
        remember(listing, codeListing);
        continue;
      }
      const suffix = tail[1] ?? SUFFIX_AT_END.exec(n.name.text)?.[1] ?? null;
      const code = bracketCode(text, open, close, tail[3]!, listing, false, suffix, lookups);
      if (code && !overlaps(n.start, close)) {
        emit(code, 'name+code', n.start);
        remember(listing, code.listing);
        continue;
      }
    }
    const company = directory.primary(listing);
    const choice = chooseListing(text, n, directory, cues.get(i), lineOf.get(company));
    const chosen = choice.listing;
    if (choice.cued) lineOf.set(company, chosen);
    // A quote table's row puts the symbol on the line above the name (HD / THE HOME
    // DEPOT INC.): the symbol is then a mention of its own.
    const row = QUOTE_ROW_SYMBOL.exec(text.slice(Math.max(0, n.start - 16), n.start));
    if (row && row[1] === chosen.code && chosen.market === 'US') {
      const start = n.start - row[0].length + row[0].indexOf(row[1]);
      if (!overlaps(start, start + row[1].length)) {
        emit(
          { start, end: start + row[1].length, value: chosen.value, market: 'US', listing: chosen },
          'code',
        );
      }
    }
    // A share-class marker after the name is part of the name as written (美团-W).
    const marker = SUFFIX_AFTER.exec(text.slice(n.end, n.end + 4))?.[0] ?? '';
    const end = marker && !overlaps(n.end, n.end + marker.length) ? n.end + marker.length : n.end;
    emit(
      { start: n.start, end, value: chosen.value, market: chosen.market, listing: chosen },
      'name',
    );
  }

  // Bracketed codes not tied to a known name: 6-digit A-shares, 0xxxx Hong Kong, or
  // a US ticker right after a corporate name ("Acme Robotics Inc. (ACME)").
  for (const m of text.matchAll(BRACKETED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const corporate = CORPORATE_BEFORE.test(before);
    const suffix = SUFFIX_BEFORE.exec(before)?.[1] ?? null;
    const span = bracketCode(text, start, end, m[1]!, null, corporate, suffix, lookups);
    if (span) emit(span, 'code');
  }

  return entities.filter((e) => !absorbed.has(e)).sort((a, b) => a.start - b.start);
}
