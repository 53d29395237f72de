import type { MessageKey } from '../../i18n';
import { eachMatch } from '../each-match';
import type { Listing } from '../symbol-table';

/**
 * The shape of one market's entry in the registry (`markets/index.ts`): everything
 * FinMark knows about a market lives in that market's file, and the engine, the
 * quote links, the stored defaults and the options page loop over the entries.
 * Pure data and functions: the engine imports these files, so nothing here may
 * reach for the DOM or the browser (the i18n and source imports are types only).
 */

/** A code that one of a market's written forms found in a text. */
export interface FoundCode<E extends string = string> {
  start: number;
  end: number;
  code: string;
  exchange: E;
}

export interface FormContext {
  text: string;
  /** Whether the symbol directory knows a listing by this normalised value. */
  known(value: string): boolean;
}

/**
 * One way writers attach a code to a market on its own (SH600519, 00700.HK,
 * $AAPL). Forms are tried market by market, in order; where two forms' codes
 * overlap, the first found wins.
 */
export interface CodeForm<E extends string = string> {
  /** Texts written in this form and the value each names (markets.test reads them). */
  examples: readonly (readonly [text: string, value: string])[];
  /** The form can only occur in a text holding one of these: a substring test is far cheaper than a regex pass. */
  needs?: readonly string[];
  /** The form takes only codes the directory knows (a bare code): its examples are read so. */
  knownOnly?: true;
  find(context: FormContext, found: (code: FoundCode<E>) => void): void;
}

/** What a bracketed code can see around it: `贵州茅台（600519）`, `Netflix Inc. (NFLX)`. */
export interface BracketContext {
  text: string;
  /** Where the bracket opens. */
  open: number;
  /** The listing the directory named right before the bracket, if any. */
  afterName: Listing | null;
  /** A corporate name the directory does not know ends right before it ("Acme Inc."). */
  afterCorporateName: boolean;
  /** The share-class marker written right before the bracket (快手-W（1024）: "W"), if any. */
  classSuffix: string | null;
  /** The exchanges of a market word right before the bracket (其美股（BIDU）: US), if any. */
  afterMarketWord: readonly string[] | null;
  byValue(value: string): Listing | undefined;
  /** Two listings of one company (a second listing's `same_as`). */
  sameCompany(a: Listing, b: Listing): boolean;
}

export interface BracketRule<E extends string = string> {
  /** Regex source for the codes this market may write in brackets; the markets' shapes must not overlap. */
  shape: string;
  /** The code's listing when this market claims it here; null leaves it text. */
  read(code: string, context: BracketContext): { code: string; exchange: E } | null;
}

export interface QuoteSite<E extends string = string> {
  id: string;
  /** The site's English name; `quoteSiteName` gives the reader's language. */
  name: string;
  /** Linked until the reader chooses otherwise (the market's first site is the fallback). */
  byDefault?: true;
  url(code: string, value: string, exchange: E): string;
}

/** A downloadable official list (the downloader and parser live in utils/symbol-lists). */
export interface ListSource<S extends string = string> {
  id: S;
  label: MessageKey;
}

export interface MarketSpec<
  Id extends string = string,
  E extends string = string,
  S extends string = string,
> {
  id: Id;
  /** The market's name on the options page. */
  label: MessageKey;
  /** The exchange codes listings carry (the symbol tables' market column). */
  exchanges: readonly E[];
  /** FinMark's normalised value: "600519.SH", "00700.HK", "AAPL". */
  value(code: string, exchange: E): string;
  /** Why a code cannot be a listing on the exchange; null when it can. */
  codeProblem(code: string, exchange: E): string | null;
  /** A ticker as a reader types it into the options page (upper-cased, trimmed, no `$`). */
  readInput(raw: string): { code: string; exchange: E } | null;
  /** Codes written with an exchange, a market word or a cashtag. */
  forms: readonly CodeForm<E>[];
  /** Codes in brackets after a name: `贵州茅台（600519）`, `快手-W（01024）`. */
  bracket: BracketRule<E>;
  /**
   * Share-class markers written after a company's short name (快手-W), as regex
   * sources. One names this market's listing of a company listed in several
   * (网易-S is NetEase in Hong Kong, not NTES).
   */
  classSuffixes: readonly string[];
  /**
   * Words written right before or after a company's name that pick this market's
   * listing of a dual-listed company (港股腾讯, 中国平安A股, 京东美股).
   */
  nameCues: readonly string[];
  /**
   * Words that make a sentence or paragraph a report on this market's trading
   * (美股, 纳斯达克, 隔夜): the names in it mean their listing here, when they have one.
   */
  paragraphCues: readonly string[];
  /**
   * Listings of the companies that run this market's exchanges (港交所, Nasdaq), and of an
   * index compiler (MSCI, whose reviews move stocks the way a listing rule does): their
   * names mean the exchange at work unless the text speaks of their shares.
   */
  exchangeOperators: readonly string[];
  /**
   * Words that contain a company's name but are not the company: a longer name
   * (中国新能源 holds 国新能源), a joint venture or unlisted parent (上汽通用 holds
   * 通用汽车's short form), a product (新福克斯), a common phrase (招商引资). The
   * directory matches them like names and drops them, so the name inside never
   * stands: leftmost-longest matching does the work at no extra cost per text.
   */
  notNames: readonly string[];
  /** In the order the options page lists them. */
  quoteSites: readonly QuoteSite<E>[];
  sources: readonly ListSource<S>[];
  /** Shipped tables in public/data/symbols, read in this order (the first listing of a value wins). */
  tables: readonly string[];
}

/**
 * A form read left to right by one global pattern (SH600519, $AAPL). `notAfter`
 * is the character class that must not come right before a match.
 */
export function patternForm<E extends string>(spec: {
  examples: CodeForm['examples'];
  needs?: readonly string[];
  knownOnly?: true;
  pattern: RegExp;
  notAfter?: RegExp | null;
  read(m: RegExpExecArray, context: FormContext): FoundCode<E> | null;
}): CodeForm<E> {
  return {
    examples: spec.examples,
    ...(spec.needs ? { needs: spec.needs } : {}),
    ...(spec.knownOnly ? { knownOnly: spec.knownOnly } : {}),
    find(context, found) {
      eachMatch(context.text, spec.pattern, spec.notAfter ?? null, (m) => {
        const code = spec.read(m, context);
        if (code) found(code);
      });
    },
  };
}

/**
 * A form found by its suffix, the code before it read backwards (600519.SS,
 * 00700.HK, AMD.O): a pattern starting with digits or letters would be tried at
 * every digit or letter of the text. `before` ends in `$` and captures the code;
 * `reach` is how far back it may look.
 */
export function suffixForm<E extends string>(spec: {
  examples: CodeForm['examples'];
  needs?: readonly string[];
  suffix: RegExp;
  before: RegExp;
  reach: number;
  read(
    code: string,
    suffix: string | undefined,
    start: number,
    context: FormContext,
  ): { code: string; exchange: E } | null;
}): CodeForm<E> {
  return {
    examples: spec.examples,
    ...(spec.needs ? { needs: spec.needs } : {}),
    find(context, found) {
      const { text } = context;
      eachMatch(text, spec.suffix, null, (m) => {
        const code = spec.before.exec(text.slice(Math.max(0, m.index - spec.reach), m.index));
        if (!code) return;
        const start = m.index - code[1]!.length;
        const read = spec.read(code[1]!, m[1], start, context);
        if (read) found({ ...read, start, end: m.index + m[0].length });
      });
    },
  };
}
