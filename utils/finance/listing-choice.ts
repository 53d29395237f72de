import type { Directory, NameMatch } from './directory';
import type { Exchange } from './markets';
import { isTraditionalText } from './script';
import type { Listing } from './symbol-table';
import {
  IS_LATIN,
  NAME_CUE_AFTER,
  NAME_CUE_BEFORE,
  NAME_CUE_MARKET,
  PARAGRAPH_CUE,
  POSSESSIVE_CUE_AFTER,
  POSSESSIVE_CUE_MARKET,
  PARAGRAPH_CUE_MARKET,
  SUFFIX_AFTER,
  SUFFIX_AT_END,
  SUFFIX_MARKET,
} from './ticker-forms';

/**
 * Which listing a company's name means when the company has several (A+H, HK+US),
 * judged the way a reader does, nearest evidence first:
 * 1. the mention's own marks: a share-class suffix (网易-S), a market word beside
 *    it (港股腾讯, 京东美股);
 * 2. its sentence: the nearest market word (恒指, 中概股) or mention with a code
 *    (阿里巴巴（BABA.US）跌2.3%，京东跌1.5%: 京东 is also New York's line);
 * 3. the line the text last gave this company by a code or a cue;
 * 4. a market word earlier in its paragraph;
 * 5. the page's own default: a Hong Kong (Traditional) page means the Hong Kong
 *    line; otherwise an A+H company is its A share, and a Chinese company that
 *    came to Hong Kong after New York (its HKEX name carries -S, -SW or -W) its
 *    US line.
 */

export interface CodedMention {
  start: number;
  end: number;
  market: Exchange;
  /** The listing it names, when the directory knows it. */
  listing: Listing | null;
}

export interface ListingChoice {
  listing: Listing;
  /** Chosen by the mention's own marks or its sentence: later mentions keep it. */
  cued: boolean;
}

interface MarketCue {
  start: number;
  end: number;
  exchanges: readonly Exchange[];
  /** The company a coded mention names: it tells nothing of that company's other lines. */
  company?: Listing;
  /** A market word counts across its paragraph; a coded mention only in its sentence. */
  word: boolean;
}

const SENTENCE_END = /[。！？!?；;\n]|\.\s/;
const PARAGRAPH_END = /\n/;
const MARKED_GAP = /^\s?(?:[\u4e00-\u9fff]{0,6})$/;
const MOVE_IN_CLAUSE =
  /^[^，,。；;！？!?\n]{0,14}?(?:[涨跌升漲跌]|收[涨跌漲報报平]|报|報|持平|\d(?:\.\d+)?%|rose|fell|gained|lost|added|slipped|climbed|dropped|jumped|list(?:s|ed|ing)?\b|debut|(?<![非未])上市|挂牌|掛牌|招股)/;
const OWN_CLAUSE_END = /[，,。！？!?；;:：\n]|\.\s/;
// 其A股与H股, 该股的H股: market words about the lines of a company just named.
const POINTS_BACK = /[其该該][^，,。；;！？\n]{0,6}$/;
// HKEX markers of a listing that came after New York's: secondary (-S, -SW) or
// weighted voting rights (-W), which the Chinese ADR issuers carry.
const LATER_HK_LINE = /[-－](?:S|SW|W)$/;
// A-share short names that carry their class: 万科A, 深振业A.
const A_SHARE_NAME = /[\u4e00-\u9fff][AＡ]$/;
const A_SHARE_MARKETS: readonly Exchange[] = ['SH', 'SZ', 'BJ'];
// Words of the Taiwan press for the mainland and its own market (Hong Kong writes 內地).
const TAIWAN_PRESS = /大陸|陸股|陸企|兩岸|台股|新台幣|加權指數/;
const H_SHARE_NAME = /股份$/;
// (past a time word: 比亚迪股份（01211.HK）今日在港股收涨)
const OWN_MARKET_GAP =
  /^\s*(?:(?:今日|今天|昨日|昨天|日内|日內|盘中|盤中|早盘|早盤|午后|午後|尾盘|尾盤|全天|[周週][一二三四五])\s*)?(?:在|於|于)?\s*$/;

export class ListingChooser {
  private cues: MarketCue[] | null = null;
  /** Where market words end, touching a name or not (filled with the cues). */
  private readonly wordEnds: number[] = [];
  private coded: readonly CodedMention[] = [];
  private traditional: boolean | null = null;
  private taiwan: boolean | null = null;
  /** Per company (its primary listing): the lines the text gave it, by position. */
  private readonly lines = new Map<Listing, { at: number; listing: Listing }[]>();
  /**
   * Per company: a line the directory lacks that the text gives it by a code (a new H
   * share: 澤璟製藥（688266.SH／2637.HK）), so that later mentions marked for that market
   * (澤璟製藥-B) name it.
   */
  private readonly introduced = new Map<Listing, Listing>();

  constructor(
    private readonly text: string,
    private readonly directory: Directory,
    /** The accepted names: a market word touching one is that name's own. */
    private readonly names: readonly NameMatch[],
  ) {}

  /** The mentions written with a code; set before the first `choose`. */
  setCodedMentions(coded: readonly CodedMention[]): void {
    this.coded = coded;
    this.cues = null;
  }

  /**
   * A line of a known company that the text writes with a code the directory lacks: its
   * first such code per company, and only for a market where the directory knows no line.
   */
  introduce(named: Listing, value: string, market: Exchange): void {
    const company = this.directory.primary(named);
    if (this.introduced.has(company)) return;
    if (this.directory.listingsOf(company).some((l) => l.market === market)) return;
    this.introduced.set(company, {
      code: value.split('.')[0]!,
      market,
      value,
      zh: company.zh,
      en: company.en,
      names: [],
      lists: [],
      sameAs: company.value,
    });
  }

  /** A line the text gave a company at `at` (a name with its code, a cued name). */
  remember(named: Listing, line: Listing | null | undefined, at: number): void {
    const company = this.directory.primary(named);
    if (!line || this.directory.primary(line) !== company) return;
    const list = this.lines.get(company) ?? [];
    let i = list.length;
    while (i > 0 && list[i - 1]!.at > at) i--;
    list.splice(i, 0, { at, listing: line });
    this.lines.set(company, list);
  }

  choose(n: NameMatch): ListingChoice {
    const { directory, text } = this;
    const known = directory.listingsOf(n.listing);
    const introduced = this.introduced.get(directory.primary(n.listing));
    const all = introduced ? [...known, introduced] : known;
    const latin = IS_LATIN.test(n.name.text);
    if (all.length < 2) {
      const single = n.own ?? (latin ? (directory.usListingOf(n.listing) ?? n.listing) : n.listing);
      return { listing: single, cued: false };
    }
    // A cue on one mainland exchange is the A-share market's: a Shenzhen code beside a
    // Shanghai company's bare name still reports on A shares.
    const on = (exchanges: readonly Exchange[] | undefined) => {
      if (!exchanges) return undefined;
      const markets = exchanges.some((e) => A_SHARE_MARKETS.includes(e))
        ? [...exchanges, ...A_SHARE_MARKETS]
        : exchanges;
      return all.find((l) => markets.includes(l.market));
    };

    const suffix =
      SUFFIX_AT_END.exec(n.name.text)?.[1] ?? SUFFIX_AFTER.exec(text.slice(n.end, n.end + 4))?.[1];
    const after = NAME_CUE_AFTER.exec(text.slice(n.end, n.end + 24))?.[1];
    // (a cue may stand before the bracket a name is written in: 美國預託證券（NIO）)
    const before = NAME_CUE_BEFORE.exec(
      text.slice(Math.max(0, n.start - 10), n.start).replace(/[（(]\s*$/, ''),
    )?.[1];
    const possessive = POSSESSIVE_CUE_AFTER.exec(text.slice(n.end, n.end + 40))?.[1];
    // 萬科A, 万科A: the A share's own short name marks its line like a suffix.
    const own =
      (A_SHARE_NAME.test(n.name.text) && on(A_SHARE_MARKETS)) ||
      (suffix && on(SUFFIX_MARKET.get(suffix))) ||
      (after && on(NAME_CUE_MARKET.get(after))) ||
      (before && on(NAME_CUE_MARKET.get(before))) ||
      (possessive && on(POSSESSIVE_CUE_MARKET.get(possessive))) ||
      on(this.sentenceCue(n));
    // A market word beside the name sets this mention apart from the company's
    // other line (中国平安A股…其H股): later mentions do not inherit it.
    if (own) return { listing: own, cued: !after && !before && !possessive };

    // 比亚迪股份涨1.5%: HKEX's name for the H share is that line, whatever the text gave the
    // company before (the legal name, 比亚迪股份有限公司, is the company).
    if (n.own && n.own !== n.listing && this.isHShareName(n))
      return { listing: n.own, cued: false };
    const home = this.homeLineCodedAfter(n);
    if (home) return { listing: home, cued: false };
    const earlier = this.lineBefore(directory.primary(n.listing), n.start, all);
    if (earlier) return { listing: earlier, cued: false };
    const paragraph = on(this.paragraphCue(n));
    if (paragraph) return { listing: paragraph, cued: false };
    return { listing: this.pageDefault(n, all, latin), cued: false };
  }

  private isHShareName(n: NameMatch): boolean {
    return H_SHARE_NAME.test(n.name.text) && !/^有限公司/.test(this.text.slice(n.end, n.end + 4));
  }

  private pageDefault(n: NameMatch, all: readonly Listing[], latin: boolean): Listing {
    // An English name only one line's row carries names that line (HKEX's names for H
    // shares, 比亚迪股份, are read before any other evidence: see `choose`). Other names
    // one row happens to carry (中国平安保险) are the company's.
    if (n.own && n.own !== n.listing && latin) return n.own;
    const us = this.directory.usListingOf(n.listing);
    if (latin) return us ?? n.listing;
    const hk = all.find((l) => l.market === 'HK');
    // (a Taiwan paper writes Traditional too, but reports on the mainland: 大陸, 陸股, 兩岸;
    // an A+H company it names bare is its home A share, as anywhere but Hong Kong)
    if (this.isTraditional() && !this.isTaiwanPress()) return hk ?? n.listing;
    if (us && hk && hk.names.some((name) => LATER_HK_LINE.test(name.text))) return us;
    return n.listing;
  }

  /**
   * The line the text last gave the company before `at`. An A+H company's Hong Kong or
   * New York line holds only to the end of its paragraph: "港股方面，万科企业（02202）涨12.4%"
   * reports one market, and 万科 in the next paragraph's sales figures is the company,
   * its home line.
   */
  private lineBefore(company: Listing, at: number, all: readonly Listing[]): Listing | undefined {
    const list = this.lines.get(company);
    if (!list) return undefined;
    const home = all.some((l) => A_SHARE_MARKETS.includes(l.market));
    for (let i = list.length - 1; i >= 0; i--) {
      const given = list[i]!;
      if (given.at >= at) continue;
      // "SMIC (0981.HK) fell…, and its STAR Market shares (688981.SH) lost…. SMIC said":
      // once the text gives the company's A share by its code after another line, a bare
      // name is its home line again.
      const aShare = A_SHARE_MARKETS.includes(given.listing.market)
        ? undefined
        : this.aShareCoded(company, given.at, at);
      if (aShare) return aShare;
      if (home && !A_SHARE_MARKETS.includes(given.listing.market)) {
        return PARAGRAPH_END.test(this.text.slice(given.at, at)) ? undefined : given.listing;
      }
      return given.listing;
    }
    return undefined;
  }

  /** The company's A share, written with its code in (from, to). */
  private aShareCoded(company: Listing, from: number, to: number): Listing | undefined {
    for (const c of this.coded) {
      if (c.start <= from || c.start >= to || !c.listing) continue;
      if (
        A_SHARE_MARKETS.includes(c.listing.market) &&
        this.directory.primary(c.listing) === company
      )
        return c.listing;
    }
    return undefined;
  }

  private isTaiwanPress(): boolean {
    this.taiwan ??= TAIWAN_PRESS.test(this.text) && !/內地/.test(this.text);
    return this.taiwan;
  }

  private isTraditional(): boolean {
    this.traditional ??= isTraditionalText(this.text);
    return this.traditional;
  }

  /** The nearest market cue in the name's sentence: before it, else after it. */
  private sentenceCue(n: NameMatch): readonly Exchange[] | undefined {
    const cues = this.marketCues();
    const company = this.directory.primary(n.listing);
    // 宁德时代今日收涨，宁德时代H股（03750.HK）…: the company's own coded line is a
    // contrast, not the market the sentence reports on.
    const other = (cue: MarketCue) => cue.company !== company;
    // "China Vanke fell 2.2% in Shenzhen": a market word in the name's own clause is
    // nearer evidence than a coded mention in the clause before.
    let next = this.firstCueFrom(n.end);
    // (skipping the company's own cues notes whether one of them is a coded mention)
    let pastCoded = false;
    for (; next < cues.length && !other(cues[next]!); next++) {
      if (!cues[next]!.word) pastCoded = true;
    }
    const after = cues[next];
    if (after?.word && this.clear(n.end, after.start, 40, OWN_CLAUSE_END)) return after.exchanges;
    let prev = this.firstCueFrom(n.start) - 1;
    while (prev >= 0 && !(cues[prev]!.end <= n.start && other(cues[prev]!))) prev--;
    const before = cues[prev];
    if (before && this.clear(before.end, n.start, 150, SENTENCE_END)) return before.exchanges;
    // (but not past a coded mention of its other line: in 比亚迪本周四召开发布会，比亚迪股份
    // （01211.HK）股价随后在港股收涨, the market word reports the coded line's move)
    // (nor a market word past another company named between, or just after it: in 长城汽车
    // 涨1.7%，上汽集团涨1.1%，港股吉利汽车… and 其香港上市平台中信股份, it is the later name's;
    // a coded mention of another company still tells the market a list reports on)
    if (
      after &&
      !pastCoded &&
      this.clear(n.end, after.start, 80, SENTENCE_END) &&
      !(after.word && this.otherNameBetween(company, n.end, after.end + 8)) &&
      // (a coded mention of another company tells the market of a list of moves the name
      // is in, 美的集團漲1.2%，格力電器（000651-CN）…, not of a clause on the company itself:
      // 中信证券所属的中信集团为非上市央企，中信股份（0267）涨1.5%)
      // (nor one past a market word that opens a list of its own: …上汽集团涨1.1%，港股吉利
      // 汽车（0175）涨2.9%，理想汽车-W（2015）涨4.2%)
      (after.word ||
        (MOVE_IN_CLAUSE.test(this.text.slice(n.end, n.end + 24)) &&
          !this.wordEnds.some((end) => end > n.end && end <= after.start)))
    ) {
      return after.exchanges;
    }
    return undefined;
  }

  /**
   * The nearest market word before the name in its paragraph, when the paragraph so far
   * reports on that market alone: after "Moutai slipped in Shanghai, BYD rose in Hong
   * Kong", a bare name has no paragraph market, and takes its home line.
   */
  private paragraphCue(n: NameMatch): readonly Exchange[] | undefined {
    const cues = this.marketCues();
    let found: readonly Exchange[] | undefined;
    for (let i = this.firstCueFrom(n.start) - 1; i >= 0; i--) {
      const cue = cues[i]!;
      // (a market word owned by a coded mention reports that mention's line alone)
      if (cue.end > n.start || (cue.word && cue.company)) continue;
      if (!this.clear(cue.end, n.start, 500, PARAGRAPH_END)) break;
      if (found && !cue.exchanges.some((e) => found!.includes(e))) return undefined;
      if (!found && cue.word) found = cue.exchanges;
    }
    return found;
  }

  /**
   * “万科”等地产股表现仍弱，万科A（000002）跌2.3%: the company's A share, written with its
   * code later in the same sentence, is the line its bare name there means, whatever
   * market the paragraph reported on before. (Its other lines coded after it are a
   * contrast: see `sentenceCue`.)
   */
  private homeLineCodedAfter(n: NameMatch): Listing | undefined {
    const company = this.directory.primary(n.listing);
    for (const c of this.coded) {
      if (c.start < n.end || !c.listing) continue;
      if (!this.clear(n.end, c.start, 60, SENTENCE_END)) return undefined;
      if (this.directory.primary(c.listing) !== company) continue;
      return A_SHARE_MARKETS.includes(c.listing.market) ? c.listing : undefined;
    }
    return undefined;
  }

  /** Whether a name of another company starts in [from, to). */
  private otherNameBetween(company: Listing, from: number, to: number): boolean {
    for (const m of this.names) {
      if (m.start >= to) break;
      if (m.start >= from && this.directory.primary(m.listing) !== company) return true;
    }
    return false;
  }

  /** Nothing but the same sentence (or paragraph) between two places. */
  private clear(from: number, to: number, reach: number, stop: RegExp): boolean {
    return to - from <= reach && !stop.test(this.text.slice(from, to));
  }

  /** Index of the first cue starting at or after `at` (cues are in text order). */
  private firstCueFrom(at: number): number {
    const cues = this.marketCues();
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cues[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Market words and coded mentions, in text order: built once, on the first name
   * that needs them. A market word touching a name is that name's own (中国平安A股)
   * and one pointing back (其H股) is about another line: neither tells the others.
   */
  private marketCues(): MarketCue[] {
    if (this.cues) return this.cues;
    const { text } = this;
    const touching = new Set<number>();
    for (const n of this.names) {
      touching.add(n.end);
      touching.add(n.start);
    }
    const words: MarketCue[] = [];
    // Where market words end: a coded mention right after one (港股吉利汽车（0175）, 其香港上市
    // 平台中信股份（0267）) is set apart by it, and tells nothing of other names' lines.
    const wordEnds = this.wordEnds;
    for (const m of text.matchAll(PARAGRAPH_CUE)) {
      const start = m.index;
      const end = start + m[0].length;
      wordEnds.push(end);
      const leading = text[start - 1] === ' ' ? start - 1 : start;
      const trailing = text[end] === ' ' ? end + 1 : end;
      if (touching.has(leading) || touching.has(trailing)) continue;
      if (POINTS_BACK.test(text.slice(Math.max(0, start - 8), start))) continue;
      words.push({ start, end, exchanges: PARAGRAPH_CUE_MARKET.get(m[0])!, word: true });
    }
    const marked = (at: number) =>
      wordEnds.some((end) => end <= at && at - end <= 8 && MARKED_GAP.test(text.slice(end, at)));
    const coded = this.coded
      .filter((c) => !marked(c.start))
      .map((c): MarketCue => ({
        start: c.start,
        end: c.end,
        exchanges: [c.market],
        word: false,
        ...(c.listing ? { company: this.directory.primary(c.listing) } : {}),
      }));
    // 宁德时代（03750）在港股涨1.9%: a market word right after a coded mention reports
    // that mention's line, and tells nothing of the company's other lines either.
    for (const word of words) {
      const owner = coded.find(
        (c) => c.end <= word.start && OWN_MARKET_GAP.test(text.slice(c.end, word.start)),
      );
      if (owner?.company) word.company = owner.company;
    }
    this.cues = [...words, ...coded].sort((a, b) => a.start - b.start);
    return this.cues;
  }
}
