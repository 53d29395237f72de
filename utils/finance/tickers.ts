import { exMarkedNames } from './ex-marked-names';
import {
  firstWordMentions,
  introducedNames,
  type IntroducedCode,
  type NamedInFull,
} from './introduced-names';
import { listedNameBefore } from './listed-name-before';
import { DESCRIBING_NOUNS_ZH } from './name-lead';
import { fullStopEndsSentence } from './abbreviations';
import type { Directory, NameMatch } from './directory';
import { ListingChooser, type CodedMention } from './listing-choice';
import { FOREIGN_HOME_ADRS } from './markets/us';
import {
  MARKETS,
  tickerValue,
  type BracketContext,
  type Exchange,
  type FormContext,
  type FoundCode,
} from './markets';
import {
  followsGivenName,
  isPlaceNamesakeEn,
  isPersonZh,
  isSpelledOutBefore,
  isTownEn,
  readsAsName,
} from './name-sense';
import type { Listing } from './symbol-table';
import { textHolds } from './text-keys';
import {
  CLASS_SUFFIX,
  CLASS_SUFFIX_WORDS,
  IS_LATIN,
  NAME_CUE_AFTER,
  NAME_CUE_BEFORE,
  NAME_CUE_MARKET,
  NAME_CUE_WORDS,
  SUFFIX_AFTER,
  SUFFIX_AT_END,
  SUFFIX_BEFORE,
} from './ticker-forms';

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

const WORD_CHAR = /[A-Za-z0-9&]/;

// Text right after a name that shows a company is meant (for names that are also
// ordinary words or places, such as 长城 or Target).
// (苹果则逆市升0.5%: a word of sequence or "against the market" may come first; and a
// day, 輝達昨（14）日上漲2.4%)
const COMPANY_AFTER_ZH = new RegExp(
  `^(?:[则則亦也均都仍再续續]{1,2})?(?:[今昨](?:[（(]\\d{1,2}[）)])?日|今天|昨天|隔晚)?(?:逆市|逆勢|逆势)?(?:\\s*[（(]|${CLASS_SUFFIX}\\b|股份|股价|股價|公司|集团|集團|控股|上涨|上漲|下跌|下滑|上升|上揚|上扬|涨|漲|跌|升|微跌|微升|微涨|微漲|小幅|大跌|大涨|大漲|大升|急跌|急升|高開|低開|高开|低开|收涨|收漲|收跌|收升|收高|收低|劲扬|勁揚|走扬|走揚|走高|走低|下挫|重挫|大挫|攀升|飙涨|飆漲|飙升|飆升|翻红|翻紅|翻黑|领涨|領漲|领跌|領跌|暴涨|暴漲|暴跌|盘中|盤中|早盘|早盤|午后|尾盘|尾盤|市值|公告|公布|发布|發布|宣布|表示|回应|回應|财报|財報|业绩|業績|营收|營收|净利|淨利|H股|A股|港股|美股|旗下|新機|新机|供應鏈|供应链|概念股|訂單|订单)`,
);
const COMPANY_BEFORE_ZH =
  /(?:港股|A股|美股|龙头|个股|概念股|旗下|股东|增持|减持|买入|卖出|持有|重仓)$/;
// 同花顺、指南针等金融信息服务商: names listed before 等 and a word for companies.
const LISTED_AS_COMPANIES_ZH =
  /^(?:[、和及与與][\u4e00-\u9fff]{2,8}){0,5}等[\u4e00-\u9fff]{0,10}?(?:公司|个股|個股|服务商|服務商|企业|企業|券商|厂商|廠商|龙头|龍頭|标的|標的|上市公司|概念股|权重股|權重股)/;
// Legal suffixes after an English company name; each use below adds its own few.
const CORPORATE = 'Inc|Corp|Corporation|Cos|Co|Companies|Ltd|Group|Holdings|plc';
const CORPORATE_NAME_BEFORE = new RegExp(
  `(?:(?:[A-Z][\\w&'’-]*)[ \\t]+){0,3}?[A-Z][\\w&'’-]*,?\\s+(?:${CORPORATE}|SA|AG|NV)\\.?,?\\s*$`,
);
const CORPORATE_BEFORE = new RegExp(`\\b(?:${CORPORATE}|SA|AG|NV)\\.?,?\\s*$`);
const COMPANY_AFTER_EN = new RegExp(
  `^(?:\\s*[(]|\\s+(?:${CORPORATE}|Company|shares|stock)\\b|'s\\s+(?:shares|stock))`,
);
const COMPANY_BEFORE_EN = /(?:shares of|stake in|stock of)\s+$/i;
// Also the rest of a longer name ("Coinbase Global (NASDAQ: COIN)") and a possessive
// of the line ("Shell's New York-listed shares (NYSE: SHEL)"): the code must then be
// the company's own (see OWN_CODE_ONLY). So may the line's own words (蔚來在紐約上市的美國預託證券（NIO）).
const NAME_TAIL = new RegExp(
  `^(?:(?:\\s+[A-Z][A-Za-z&-]*){1,3}(?=[,\\s]))?(?:,?\\s+(?:&\\s*Co|and\\s+Co(?:mpany)?|${CORPORATE}|Company)\\.?,?)?(?:['’]s?\\s+(?:[\\w.-]+\\s+){0,3}?(?:shares|stock|ADRs?|ADSs?|lines?|listings?|receipts?)\\b|['’]s(?=\\s*[（(])|\\s+(?:shares|stock)\\b)?(?:[\\u4e00-\\u9fff]{0,4}?(?:[（(](?:集团|集團|控股)[）)])?(?:股份)?有限(?:责任|責任)?公司|集团|集團|控股|股份|公司)?(?:[-－](${CLASS_SUFFIX_WORDS}))?(?:(?:在(?:紐約|纽约|美國|美国|香港|港)上市)?的?(?:${NAME_CUE_WORDS}))?\\s*([（(])\\s*([^()（）]{1,20}?)\\s*[)）]`,
);
// (600900), （600900.SH）: a six-digit code in brackets right after a name
const CODE_IN_BRACKET_AFTER = /^\s?[（(]\s*(\d{6})(?:\.(?:SH|SZ|SS))?\s*[)）]/;
const LEGAL_FORM_AT_END = /\b(?:Inc|Corp|Cos|Co|Ltd)$/;
const OWN_CODE_ONLY = /^(?:\s+[A-Z]|['’]s\s|['’]\s)/;
// What may follow a two-character name: punctuation, Latin, or a function word.
const SHORT_NAME_FOLLOWER =
  /^(?:$|[^\u4e00-\u9fff]|[与和及的在将已也等为对是从向于被把让并还则就都仍却又再才更正曾要会能可应與將為對於還則並亦均皆會應])/;
// A name inside a longer common word is not the company (中国软件行业协会).
const BANKING_WORD_AFTER_ZH = /^(?:[业業间間家]|保险|保險|卡)/;
// (张家界市 the city, 峨眉山景区 the scenic area and 王府井商圈 the shopping district,
// 太古城 the housing estate and 太古廣場 the mall; 茅台市值 is the company's value, 中信城开
// another company)
const LONGER_WORD_AFTER_ZH =
  /^(?:行业|协会|产业|镇|村|县|路|街|山|酒|地区|地區|一带|一帶|区域|區域|景区|景區|商圈|步行街|商业街|商業街|市(?![值场場盈净淨])|城(?![投开開建])|坊|广场|廣場|花园|花園|屋苑)/;
// A place: 福建宁德 (the city, not 宁德时代), 位于宁德.
const PLACE_BEFORE_ZH =
  /(?:福建|浙江|江苏|江蘇|广东|廣東|山东|山東|河南|河北|湖南|湖北|四川|安徽|江西|云南|雲南|辽宁|遼寧|吉林|黑龙江|黑龍江|山西|陕西|陝西|甘肃|甘肅|青海|海南|广西|廣西|内蒙古|內蒙古|宁夏|寧夏|新疆|西藏|位于|位於|地处|地處|来自|來自)$/;
// 汕头市龙湖区, 宁德市: a short name that runs into a district's, a county's or a city's
// word is the place (not 市场, 市值, 区块链).
const PLACE_AFTER_ZH = /^(?:市(?![场場值况況民])|区(?!块|塊)|區(?!塊)|县|縣|镇|鎮)/;
// Its parent or controlling holder, unlisted: 其控股股东中国人寿保险（集团）公司.
const PARENT_WORDS_ZH = /控股股东|控股股東|母公司|大股东|大股東|实际控制人|實際控制人/;
const PARENT_BEFORE_ZH = /(?:控股股东|控股股東|母公司|大股东|大股東|实际控制人|實際控制人)$/;
// 茅台集团 beside 贵州茅台 in one sentence, 中国人寿保险（集团）公司: a group named on the
// listed name is another company when the text also names the listed one otherwise.
const SUBSIDIARY_BEFORE_ZH = /(?:子公司|附属公司|附屬公司|旗下)$/;
const UNLISTED_BEFORE_ZH = /(?:未上市|非上市)(?:的)?$/;
const SUBSIDIARY_LINE_AFTER_ZH =
  /^(?:证券|證券|银行|銀行|保险|保險|基金|信托|信託|期货|期貨|资本|資本|资管|資管|租赁|租賃|财险|財險|寿险|壽險|科技|电子|電子|汽车|汽車|能源|国际|國際)/;
const GROUP_AFTER_ZH = /^[\u4e00-\u9fff]{0,4}?(?:[（(](?:集团|集團)[）)]|集团|集團)/;
const COUNTRY_WORD_HEAD = /[全我各本两兩中美英法德日韩韓外大强強祖邻鄰该該他这這此泰越印俄欧歐]/;
const OTHER_COMPANY_AFTER = /^([\u4e00-\u9fff]{2,14})有限公司/;
// A code on an exchange FinMark does not list ("Barclays (LSE: BARC)"): the text
// means that line, so the company's mentions are not marked as its New York ADR.
const FOREIGN_EXCHANGE_CODE =
  /^(?:LSE|LON|TSX|TSXV|ASX|FRA|XETRA|ETR|EPA|AMS|BIT|SIX|SWX|TYO|TSE|KRX|NSE|BOM|SGX|JSE|BME|STO|CPH|HEL|OSL|WSE|TASE|TPE|TWSE)\s*:/;
// A capitalised symbol standing as a word: not inside a longer word, a code or a cashtag.
const BARE_SYMBOL = /(?<![A-Za-z0-9$.:])([A-Z]{3,5})(?![A-Za-z0-9.])/g;
const SHARES_AFTER = /^\s+(?:shares|stock)\b/;
// Symbols that are also everyday capitalised abbreviations ("the LNG ban", "API access"):
// one given with its code stands later only before "shares".
const ABBREVIATION_SYMBOLS = new Set(['LNG', 'API', 'GPS', 'ETF', 'IPO', 'ESG', 'CEO', 'EPS']);
// Capitals that are never a symbol after a bare name: the abbreviations above, a coin or a
// currency ("Bitcoin (BTC) rose 3%", "the Chinese Yuan (CNY)"), a statistic or a place.
const NOT_A_NAMED_SYMBOL = new Set([
  ...ABBREVIATION_SYMBOLS,
  ...(
    'ADR ADS GDP CPI PPI PMI PCE AI EV US UK EU WTI BTC ETH SOL XRP DOGE ADA BNB USDT USDC LTC BCH ' +
    'DOT AVAX LINK TRX TON SHIB XLM USD EUR JPY CNY CNH HKD GBP CHF AUD CAD NZD SGD KRW INR BRL ' +
    'MXN ZAR RUB TRY TWD SEK NOK DKK'
  ).split(' '),
]);
// Capitals that may be a symbol after a bare name (two letters at least: "Plan (B)").
const namedSymbol = (code: string) => /^[A-Z]{2,5}$/.test(code) && !NOT_A_NAMED_SYMBOL.has(code);
// An HKEX share-class marker written after a symbol (BIDU-SW, NTES-S).
const HK_MARKER_AFTER = /^-(?:SW|S|W)(?![A-Za-z0-9-])/;
const QUOTE_ROW_SYMBOL = /(?:^|\n)([A-Z]{1,5}(?:\.[A-Z])?)\s*\n(?:THE\s+|The\s+)?$/;

// Words of New York's session or of a receipt.
const NEW_YORK_CUE =
  /\b(?:NYSE|Nasdaq|New York|Wall Street|U\.S\.-listed|US-listed|New York-listed|U\.S\. shares|US shares|ADSs?|American depositary)\b|ADR|美股|纽约|紐約|美国存托|美國存託|\$/;
// Words of a home market FinMark does not list ("Barclays up 1.2% in London", 台股方面).
const VENUE_CODE = /[(（]\s*(?:NYSE|NASDAQ|Nasdaq)(?: American| Arca)?\s*:[^)）]*[)）]/g;
// Cities of markets FinMark does not list, where a company named bare may trade.
const FOREIGN_MARKET_CITIES =
  'London|Paris|Frankfurt|Zurich|Amsterdam|Madrid|Milan|Stockholm|Copenhagen|Helsinki|Oslo|Tokyo|Seoul|Taipei|Sydney|Toronto|Mumbai|Singapore';
// 台積電ADR: a receipt named with its company's Chinese name
const ADR_AFTER_NAME_ZH = /[\u4e00-\u9fff]{2,6}(?:ADR|ADS|美國存託憑證|美国存托凭证)/g;
// (Taiwan's own trading words: 外資賣超台積電逾1.2萬張, a net sale counted in lots of 1,000)
const HOME_MARKET_CUE = new RegExp(
  `\\b(?:${FOREIGN_MARKET_CITIES}|FTSE|CAC|DAX|Nikkei|Topix|Kospi|Taiex|Sensex|Nifty|TSX|Australian Securities Exchange)\\b|\\d{4}-TW\\b|\\.TW\\b|台股|台北|日股|东京|東京|英股|伦敦|倫敦|韩股|韓股|首尔|首爾|賣超|買超|萬張|千張|三大法人|投信|自營商|集中市場|上市櫃`,
);
const CLAUSE_BREAK = /[,，;；。:：!?！？\n]/;
// "Shell, whose London shares gained 1.1%", "Sony's Tokyo-listed stock": the name's own
// line, said right after it, is on its home market
const HOME_LINE_AFTER = new RegExp(
  `^\\s*(?:,\\s*whose|['’]s)\\s+(?:${FOREIGN_MARKET_CITIES})(?:-listed)?\\s+(?:shares|stock|listing|line)\\b`,
);

/** The clause holding [start, end), with the clause before it when the name opens its own. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 120 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  if (!text.slice(from, start).trim() && from > 0) {
    from--;
    while (from > 0 && start - from < 160 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  }
  let to = end;
  while (to < text.length && to - end < 120 && !CLAUSE_BREAK.test(text[to]!)) {
    // a full stop before a space ends the sentence (not 0.8% or U.S. inside it)
    if (text[to] === '.' && /\s/.test(text[to + 1] ?? ' ') && fullStopEndsSentence(text, to)) break;
    to++;
  }
  return text.slice(from, to);
}

/**
 * Whether a bare name of a company listed at home elsewhere means its New York receipt:
 * its sentence names New York, and writes no code of the receipt after the name.
 */
function receiptMeant(text: string, n: { start: number; end: number }, code: string): boolean {
  const name = text.slice(n.start, n.end);
  // (another company's "(NYSE: DE)" or 台積電ADR says where that company trades, not this one)
  // (a semicolon ends the name's clause too: "its New York shares (CCJ) 2.4%;
  // Westinghouse, which Cameco co-owns, is not listed")
  // (searched within the sentence only: a page without semicolons is not read to its ends
  // for each name)
  const [head, tail] = sentenceSpan(text, n.start, n.end);
  const lead = text.slice(head, n.start);
  const trail = text.slice(n.end, tail);
  const from = head + Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('；')) + 1;
  const clauseEnd = firstOf(trail.indexOf(';'), trail.indexOf('；'));
  const to = clauseEnd < 0 ? tail : n.end + clauseEnd;
  const sentence = text
    .slice(from, to)
    .trim()
    .replace(ADR_AFTER_NAME_ZH, (m) => (m.includes(name) ? m : ''));
  if (!NEW_YORK_CUE.test(sentence.replace(VENUE_CODE, ''))) return false;
  if (HOME_LINE_AFTER.test(text.slice(n.end, n.end + 40))) return false;
  // The name's own clause (and the one it opens after, 台股方面，台積電…) names its home
  // market: the New York word in the sentence is another company's or the currency's.
  const clause = clauseAround(text, n.start, n.end);
  if (HOME_MARKET_CUE.test(clause) && !NEW_YORK_CUE.test(clause.replace(/\$/g, ''))) return false;
  const rest = text.slice(n.end, n.end + sentence.length);
  const own = new RegExp(String.raw`[(（]\s*(?:[A-Za-z]+:\s*)?${code}(?:\.[A-Z]{1,2})?\s*[)）]`);
  const at = own.exec(rest);
  return !at || at.index >= sentence.length;
}

/** The nearer of two indexOf results (-1 when neither is found). */
const firstOf = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

/** A receipt's value standing for a company that FinMark lists only by its receipt, meant as its home line. */
function homeLineMeant(text: string, span: { start: number; end: number }, value: string): boolean {
  return FOREIGN_HOME_ADRS.has(value) && !receiptMeant(text, span, value);
}

/**
 * 茅台集团上周五公告称，计划增持贵州茅台股份: a group named on a short name of the listed
 * company, in text that names the listed company otherwise nearby, is its parent.
 * (腾讯集团 alone, or 京东集团 when that is the listed name, stays the company.)
 */
function isParentGroup(
  text: string,
  start: number,
  end: number,
  name: string,
  listing: Listing,
): boolean {
  const group = GROUP_AFTER_ZH.exec(text.slice(end, end + 10));
  if (/[集團团]$/.test(name) || !group) return false;
  // 中国平安保险（集团）股份有限公司 is the listed company's own legal name.
  if (/^股份/.test(text.slice(end + group[0].length, end + group[0].length + 2))) return false;
  // 茅台集团旗下未上市的茅台文旅: a group whose units are said to be unlisted is the parent
  if (
    /^[^，。；]{0,2}?(?:旗下)?(?:未上市|非上市)/.test(
      text.slice(end + group[0].length, end + group[0].length + 8),
    )
  ) {
    return true;
  }
  if (/[（(](?:集团|集團)[）)]/.test(text.slice(end, end + 10))) return true;
  // Read on the text around it, sentences before and after included: a story names the
  // listed company (贵州茅台跌1.7%) a sentence before it names the group (茅台集团公告称).
  const around = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
  // 北方稀土的控股股东包钢（集团）公司及中国稀土集团: groups named as holders.
  if (PARENT_WORDS_ZH.test(sentenceAround(text, start, end))) return true;
  // 山东黄金集团近期完成的增持: a group buying or selling the shares is their holder, and
  // so is a group beside the company written with its code (山东黄金（600547）…山东黄金集团).
  const after = end + group[0].length;
  const own = /^[（(]?(?:集团|集團)/.test(group[0]); // the group of this very name
  if (own && /^[^，。；,;]{0,8}?(?:增持|减持|減持)/.test(text.slice(after, after + 12)))
    return true;
  if (
    own &&
    (around.includes(`${name}（${listing.code}`) || around.includes(`${name}(${listing.code}`))
  )
    return true;
  return listing.names.some(
    (n) => n.text !== name && n.text.length > name.length && around.includes(n.text),
  );
}

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
  afterMarketWord: readonly Exchange[] | null = null,
): Span | null {
  const code = inner.trim();
  const read = bracketRuleFor(code)?.m.bracket.read(code, {
    text,
    open,
    afterName,
    afterCorporateName,
    classSuffix,
    afterMarketWord,
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
// A price move in per cent ("Bank of China edged up 0.2%") is a stock's too.
const PRICE_MOVE_EN =
  /\b(?:rose|fell|gained|lost|climbed|dropped|slipped|edged (?:up|down|higher|lower)|jumped|slumped|surged|tumbled|advanced|declined|added|shed)\s+(?:[\w-]+\s+){0,2}?[\d.]+\s?(?:%|percent|per cent)/;
const FINANCE_SENTENCE_EN = new RegExp(
  `\\b(?:shares?|stocks?|earnings|revenues?|profits?|quarter(?:ly)?|fiscal|guidance|analysts?|investors?|market (?:value|cap(?:italization)?)|valuation|dividends?|buybacks?|IPO|ticker|chipmakers?)\\b|${PRICE_MOVE_EN.source}`,
);
// An index named after its maker (the Dow Jones Industrial Average, the Nasdaq
// Composite, MSCI's gauge): the finance words around it say nothing of the company.
const INDEX_AFTER_EN =
  /^(?:\s(?:Jones|Composite|Industrial|industrials|components?|[Aa]verage|30|[Ii]ndex|indices|100|World|Emerging|ACWI|All Country|Europe|Asia|China|futures)|['’]s\s+(?:gauge|index|broadest|benchmark|main))/;
// (a Chinese full stop ends its sentence whatever follows: Chinese puts no space after it)
const SENTENCE_BREAK = /[.!?](?=\s|$)|[。！？]|\n/g;

/**
 * The sentence around a span, read no further than 200 characters each way. A full
 * stop after an abbreviation ("strong U.S. demand") does not end it.
 */
function sentenceAround(text: string, start: number, end: number): string {
  const [head, tail] = sentenceSpan(text, start, end);
  return text.slice(head, tail).trim();
}

/** Where `sentenceAround` starts and ends. */
function sentenceSpan(text: string, start: number, end: number): [number, number] {
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
  return [head, tail];
}

// The companies that run an exchange (港交所, Nasdaq): their names mean the exchange
// making rules, publishing data or speaking, unless the text speaks of their shares.
const OPERATORS = new Set(MARKETS.flatMap((m) => m.exchangeOperators));
const OPERATOR_STOCK_AFTER_ZH =
  /^\s*(?:[（(]\s*(?:\d|[A-Z]{2})|[-－]|股價|股价|股份|股票|升|跌|涨|漲|收升|收跌|收涨|收漲|市值|H股|港股|、|本身|自身|[齊齐]?(?:造好|走高|走低|向好|急升|急跌|大升|大跌|反彈|反弹|飆升|飙升|回落|上揚|上扬)|[^，。；就對对]{0,14}?(?:收入|營收|营收|盈利|純利|纯利|利潤|利润|業績|业绩|派息|股息))/;
// (and a line of a movers list: "Hong Kong Exchanges and Clearing: +1.8%")
// (and a legal form after the name, which names the corporation and not its market:
// "Intercontinental Exchange Inc., the owner of the New York Stock Exchange"; and the
// company's own figures: "Cboe's annual net capture")
const OPERATOR_STOCK_AFTER_EN =
  /^(?:(?:,?\s+(?:Inc|Corp|Ltd|plc|PLC|Group|Holdings|Co)\.?)*\s*\(|,?\s+(?:Inc|Corp|Ltd|plc|PLC|Holdings)\b|['’]s\s+(?:shares|stock|(?:[\w-]+\s+){0,2}(?:revenue|profits?|earnings|net capture|market value|results|margins?|sales|dividends?|buybacks?))\b|\s+(?:shares|stock)\b|\s*:\s*[+\-−–]\s?\d|\s+(?:was|were)\s+(?:little\s+changed|flat|unchanged|steady)\b)/;
const OPERATOR_STOCK_BEFORE_EN = /\b(?:[Ss]hares|[Ss]tock|[Ss]take)\s+(?:of|in)\s+$/;
const OPERATOR_DATA_AFTER =
  /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:的)?\s*(?:FedWatch|數據|数据|工具|統計|统计|資料|资料|data|figures|tool)/;
function operatorAsStock(text: string, start: number, end: number, latin: boolean): boolean {
  if (text[start - 1] === '、') return true;
  // 在納斯達克收跌: the exchange where another company's shares moved
  if (!latin && /[在於于]\s*$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  // gained 0.5% on Nasdaq, listed on the NYSE: the exchange as the venue
  if (latin && /\b(?:on|onto)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 9), start))) {
    return false;
  }
  // 芝加哥商品交易所（CME）FedWatch工具: the exchange as a source of data, code or not
  if (OPERATOR_DATA_AFTER.test(text.slice(end, end + 24))) return false;
  if (!latin) return OPERATOR_STOCK_AFTER_ZH.test(text.slice(end, end + 24));
  return (
    OPERATOR_STOCK_AFTER_EN.test(text.slice(end, end + 48)) ||
    OPERATOR_STOCK_BEFORE_EN.test(text.slice(Math.max(0, start - 12), start)) ||
    PRICE_MOVE_EN.test(text.slice(end, end + 40))
  );
}

const FOREIGN_VENUE_AFTER_ZH =
  /^(?:在|於|于)(?:倫敦|伦敦|東京|东京|法蘭克福|法兰克福|巴黎|多倫多|多伦多|首爾|首尔|台北|臺北|台灣|台湾|新加坡|孟買|孟买|蘇黎世|苏黎世|阿姆斯特丹|悉尼|雪梨)(?:上市|掛牌|挂牌|的股價|的股价|股價|股价|的股份|收|升|跌|漲|涨|市場|市场)/;
// A capitalised word inside a sentence (after a lower-case word or a comma), right before.
const PROPER_WORD_BEFORE = /(?:[a-z,;]\s+|[a-z]['’]s\s+)([A-Z][a-z]+)\s$/;
// A capitalised word right after an everyday name: a product or a unit (Target Circle),
// unless it is the company's own suffix or a word that starts the sentence's predicate.
const PROPER_WORD_AFTER = /^\s([A-Z][a-z]+)\b/;
const NOT_PROPER_NEIGHBOUR = new Set(
  (
    'Inc Corp Corporation Co Company Group Holdings Ltd Stores Brands Cos Incorporated ' +
    'The A An And But Or While As At In On For With By From To Of Shares Stock Chief ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'May June July August September October November December Rival Peer Retailer Retailers ' +
    'Analysts Investors Traders Chipmaker Carmaker Lender Bank Oil Major Rivals Peers'
  ).split(' '),
);
// A capitalised word or an initialism right before (U.S. Steel, Nippon Steel).
const CAPITALISED_BEFORE = /(?:^|\s)((?:[A-Z]\.){2,}|[A-Z][a-z]+)\s$/;
function insideProperName(text: string, start: number, end: number, everyday: boolean): boolean {
  const before = PROPER_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (before && !NOT_PROPER_NEIGHBOUR.has(before[1]!)) return true;
  if (!everyday) return false;
  const after = PROPER_WORD_AFTER.exec(text.slice(end, end + 20));
  return !!after && !NOT_PROPER_NEIGHBOUR.has(after[1]!);
}

const NUMERAL_ZH = /[〇零一二三四五六七八九十百千万萬亿億两兩]/;
/** Whether a Chinese name that begins or ends with a numeral sits inside a written number. */
function insideNumeral(text: string, start: number, end: number): boolean {
  return (
    (NUMERAL_ZH.test(text[start] ?? '') && NUMERAL_ZH.test(text[start - 1] ?? '')) ||
    (NUMERAL_ZH.test(text[end - 1] ?? '') &&
      /^(?:[〇零一二三四五六七八九十]|年|月|日|号|號)/.test(text.slice(end, end + 1)))
  );
}
// (and a seat named by the firm's legal name: 华泰证券股份有限公司总部, …有限公司上海分公司)
const BRANCH_AFTER_ZH =
  /^(?:(?:证券|證券)?[\u4e00-\u9fff]{2,3}(?:[\u4e00-\u9fff]{1,5}(?:路|街|大道|大街))?(?:第[一二三四五六七八九十]+)?(?:证券|證券)?(?:营业部|營業部|分公司)|(?:股份有限公司|有限责任公司|有限責任公司)(?:总部|總部|[\u4e00-\u9fff]{2,20}?(?:营业部|營業部|分公司)))/;
const DEGREE_BEFORE_ZH = /[更最很真太越挺蛮蠻超]/;
const SUBSIDIARY_AFTER_ZH =
  /^[（(](?:香港|中國|中国|亞洲|亚洲|澳門|澳门|新加坡|台灣|台湾|海外|國際|国际)[）)]/;
const BRACKET_AFTER = /^\s*[（(]/;
// (and Berkshire Hathaway Energy: a listed "X Energy" is the directory's own longer name)
const SUBSIDIARY_AFTER_EN =
  /^\s(?:Bank\s)?(?:UK|USA|Europe|Asia(?:\sPacific)?|Foundry|Ventures|Securities|Asset Management|Investment Management|Global Markets|Capital Markets|Wealth Management|Private Bank)\b|^\sBank\b(?!\s+of\b)|^\sEnergy\b/;

// A sponsor's name on a venue, a prize or an event ("Pepsi Center", "Target Field"):
// not the company, whatever the name.
const FOREIGN_MOVE_AFTER_EN = new RegExp(
  `^(?:\\s+(?:Holdings|plc|PLC|Group|AG|SE|SA|NV|Ltd))?(?:['’]s)?(?:,[^,.;]{1,50},)?\\s+(?:shares\\s+|stock\\s+)?(?:had\\s+|has\\s+)?(?:rose|fell|gained|lost|slipped|added|climbed|dropped|jumped|eased|edged\\s+(?:up|down|higher|lower)|was\\s+flat|were\\s+flat|ended\\s+\\w+|(?:closed|finished|traded)(?:\\s+(?:little\\s+changed|flat|higher|lower|up|down|steady))?)\\s+(?:[\\d.]+\\s?(?:%|percent|per cent)\\s+)?in\\s+(?:${FOREIGN_MARKET_CITIES})\\b`,
);
// A bracketed code with the suffix of an exchange FinMark does not cover (London, Tokyo,
// Xetra, Paris, Amsterdam, Copenhagen, Zurich, Milan, Madrid, Stockholm, Helsinki, Oslo,
// Toronto, Sydney, Seoul, Taipei, Mumbai, Singapore, Brussels, Lisbon, Vienna,
// Johannesburg, Mexico), Reuters' share-class letter included (SIEGn.DE, NOVOb.CO).
const FOREIGN_CODE_AFTER_EN =
  /^(?:\s+(?:Holdings|plc|PLC|Group|AG|SE|SA|NV|Ltd)\.?)?\s*\(\s*[A-Z0-9]{1,6}[a-z]?\.(?:L|T|DE|PA|AS|CO|SW|MI|MC|ST|HE|OL|TO|AX|KS|KQ|TW|TWO|NS|BO|SI|BR|LS|VI|JO|MX)\s*\)/;
const FOOD_AFTER_EN =
  /^\s(?:pies?|juice|cider|sauce|trees?|orchards?|blossoms?|crumble|tarts?|turnovers?|strudel|cobbler|picking|growers?|harvest)\b/i;
const EXCHANGE_NAME = /^(?:Nasdaq|NASDAQ|NYSE|Cboe|CBOE)$/;
const FUND_AFTER_EN = /^(?:\s+(?:[A-Z][\w.&'’-]*|\d+|&)){1,5}\s+(?:ETF|Fund|Trust|Index Fund)\b/;
const PRIVATE_BEFORE_EN = /\b(?:closely|privately)\s+(?:held|owned)\s+$|\bunlisted\s+$/i;
const AMPERSAND_NAME_AFTER_EN = /^\s*&\s*(?!Co\b|Company\b|Cos?\.|Sons\b)[A-Z][a-z]/;
const PRIVATE_AFTER_EN =
  /^,?\s+(?:which|that|who)\s+(?:remains|is|was|stays|has\s+stayed)\s+(?:privately\s+(?:held|owned)|private|unlisted|not\s+(?:publicly\s+)?(?:listed|traded))\b/;
const SAID_FIRST_NAME_BEFORE =
  /\b(?:said|says|told|according\s+to|wrote|added|asked|quoted)\s+[A-Z][a-z]+\s$/;
const EXCHANGE_BEFORE_EN =
  /\b(?:on|onto|to|chose|chooses|choose|choosing|from|over|than|via|the)\s+$/i;
const EXCHANGE_AFTER_EN =
  /^(?:-(?:listed|traded|quoted)|\s+(?:over|listing|listings|debut|composite|Composite|100|index|Index|exchange|market|Stock Market|floor|rules?|Nordic)\b)/;
/** Whether an exchange's name reads as the market it runs (listed on Nasdaq). */
function exchangeAsMarket(text: string, start: number, end: number): boolean {
  return (
    EXCHANGE_BEFORE_EN.test(text.slice(Math.max(0, start - 12), start)) ||
    EXCHANGE_AFTER_EN.test(text.slice(end, end + 14))
  );
}
const VENUE_AFTER_EN =
  /^\s(?:Center|Centre|Arena|Field|Park|Stadium|Pavilion|Amphitheat(?:er|re)|Theat(?:er|re)|Bowl|Gardens?|Dome|Ballpark|Coliseum|Hall|Plaza|Cup|Classic|Open|Championships?|Foundation|Awards?|Prize|Music Pavilion|Festival)\b/;

// The same in Chinese: a building or a venue named after the company (騰訊濱海大廈,
// 平安金融中心), with at most a place name between.
const VENUE_AFTER_ZH =
  /^(?:集团|集團)?[\u4e00-\u9fff]{0,4}?(?:大廈|大厦|大楼|大樓|广场|廣場|体育场|體育場|体育馆|體育館|球场|球場|剧院|劇院|艺术中心|藝術中心|金融中心|国际中心|國際中心)/;

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
    LISTED_AS_COMPANIES_ZH.test(text.slice(end, end + 60)) ||
    (BRIEF_HEAD_AFTER.test(after) && BRIEF_HEAD_BEFORE.test(before))
  );
}

// 成都银行（601838）、重庆银行与贵阳银行: names joined in a list, the joint and a code between
const LIST_JOINT_ZH = /^[、与與和及]$/;
const CODE_BEFORE_JOINT_ZH = /[（(][^（）()]{1,12}[）)]$/;
// A place or a kind of firm right after the name: a longer name (渣打香港, 中行澳门分行)
const NAME_GOES_ON_ZH =
  /^(?:香港|中[国國]|[亚亞]洲|[国國]际|澳[门門]|新加坡|台[湾灣]|[银銀]行|[证證]券|保[险險]|人[寿壽]|[资資]管|基金|理[财財]|信托|信託|租[赁賃]|科技|分行|支行|大[厦廈]|中心|[广廣]场|集[团團])/;

/**
 * A Chinese name that waits for context (重庆银行, also a city's bank in words) is a
 * company when it is listed alongside one: joined by 、, 与 or 和 to a name the text took,
 * that name's code in brackets allowed between. Chains of such names are read through.
 * Moves what it takes from `pending` (marked -1) to `accepted`.
 */
function acceptListedAlongside(
  text: string,
  names: readonly NameMatch[],
  accepted: number[],
  pending: number[],
): void {
  if (!pending.some((i) => i >= 0 && !IS_LATIN.test(names[i]!.name.text))) return;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const i of accepted) {
    starts.add(names[i]!.start);
    ends.add(names[i]!.end);
  }
  for (let changed = true, round = 0; changed && round < 4; round++) {
    changed = false;
    for (let k = 0; k < pending.length; k++) {
      const i = pending[k]!;
      if (i < 0) continue;
      const n = names[i]!;
      if (IS_LATIN.test(n.name.text)) continue;
      // (the name must end there: 渣打 of 渣打香港, a unit, is no member of the list)
      if (NAME_GOES_ON_ZH.test(text.slice(n.end, n.end + 2))) continue;
      const before = n.start - 1;
      let joined = LIST_JOINT_ZH.test(text[before] ?? '');
      if (joined) {
        const code = CODE_BEFORE_JOINT_ZH.exec(text.slice(Math.max(0, before - 14), before));
        joined = ends.has(before) || (!!code && ends.has(before - code[0].length));
      }
      const after = LIST_JOINT_ZH.test(text[n.end] ?? '') && starts.has(n.end + 1);
      if (!joined && !after) continue;
      accepted.push(i);
      pending[k] = -1;
      starts.add(n.start);
      ends.add(n.end);
      changed = true;
    }
  }
}

/** The `listings` field: the company's listings other than the one the mention means. */
function otherListings(directory: Directory, listing: Listing | null): string[] | undefined {
  if (!listing) return undefined;
  const all = directory.listingsOf(listing);
  return all.length > 1 ? all.filter((l) => l !== listing).map((l) => l.value) : undefined;
}

// A short name right before a bracketed code the directory lacks, after a break: a new
// listing, ，雲途智駕-W（02787）, 科创板新股星衡半导体-U（688812）. A lead word of the run is left out
// (新股雲途智駕-W: the name is 雲途智駕-W), a risk-warning mark kept (ST宇顺（002289）: the
// exchange's short name now). Without a class marker only a code of full
// length is taken (five digits in Hong Kong, six on the mainland), and no run that ends
// in a word of its own (股份代號（02787）, 該公司（02787）).
const NEW_SHORT_NAME_BEFORE = new RegExp(
  `(?:^|[\\s，,。；;：:、（(「『“"的及与與和]|${DESCRIBING_NOUNS_ZH})(?:(?:科创板|科創板|创业板|創業板|北交所|主板|沪市|滬市|深市|港股)?(?:新股|个股|個股)|港股|其中|包括|以及|另外|此外|今日|昨日|明日|首日)?((?:\\*?ST|S\\*ST|N|C)?[\\u4e00-\\u9fff]{2,6}(?:${CLASS_SUFFIX})?)\\s*$`,
);
const NEW_LISTING_PREFIX = /^[NC](?=[\u4e00-\u9fff])/;
const CLASS_MARKED = new RegExp(`${CLASS_SUFFIX}$`);
const FULL_BRACKETED_CODE = /^[（(]\s*(?:\d{4,5}(?:\.HK)?|\d{6}(?:\.(?:SH|SZ|BJ))?)\s*[)）]$/;
// 滙豐在美國上市的預託證券（NYSE: HSBC）: a line named by where it trades
const LISTED_THERE_AFTER = /^在(?:紐約|纽约|美國|美国|香港|港|倫敦|伦敦)上市/;
const WIRE_CREDIT_AFTER = /^\)\s*[-–—]/;
const QUOTE_CLOSE_BEFORE = /[,.!?]["”]\s*$/;
const SPEAKS_AFTER =
  /^\s+(?:said|says|added|adds|noted|argued|warned|told)\b(?!\s+(?:it|its|on)\b)/;
const POINTING_BACK_BEFORE =
  /[其该該](?:在)?(?:港股|H股|A股|美股|美國預託證券|美国存托股|香港上市的?|美國上市的?|美国上市的?)\s*$/;
const MARKET_AFTER_CODE = /^\s*(?:在|於|于)(?:港股|美股|A股|H股|香港|纽约|紐約|沪市|滬市|深市)/;
const CJK_BEFORE = /[\u4e00-\u9fff]/;
const PLACED_UNIT_BEFORE_ZH =
  /(?:旗下|子公司|附属|附屬)(?:的)?(?:香港|中国|中國|澳门|澳門|新加坡|英国|英國|美国|美國|亚洲|亞洲|台湾|台灣|内地|內地)$/;
const FUND_BEFORE_ZH =
  /(?:ETF|LOF|(?<!房地產|房地产|房產|房产)基金|指数|指數|恒生科技|恒生指数|恒生指數|中证|中證|沪深300|滬深300|上证50|上證50|科创50|科創50|创业板指|創業板指|纳指|納指|标普|標普)[\u4e00-\u9fffA-Za-z0-9]{0,4}$/;
const CLASS_AFTER = new RegExp(`^${CLASS_SUFFIX}`);
const SHORT_NAME_CODE_AFTER = new RegExp(`^(?:${CLASS_SUFFIX})?\\s*[（(]\\s*(\\d{4,6})\\s*[)）]`);
/** Whether a bracketed code the directory lacks follows `end` (a market reads its digits). */
function unknownCodeAfter(text: string, end: number, directory: Directory): boolean {
  const m = SHORT_NAME_CODE_AFTER.exec(text.slice(end, end + 14));
  const read = m ? MARKETS.map((market) => market.readInput(m[1]!)).find((r) => r) : null;
  return !!read && !directory.byValue(tickerValue(read.code, read.exchange));
}
// (a corporate word ends a name of four characters or more, 美聯集團（1200）, but a
// shorter run is a word of its own: 母公司, 该集团)
const NOT_A_SHORT_NAME =
  /(?:代号|代號|编号|編號|股票|个股|個股|港股|新股|该股|該股|指数|指數|板块|板塊|其中|包括|以及|另外|此外|今日|昨日|明日|首日)$|^(?:该|該|其|本|这|這|上述|旗下|母|子)|^[\u4e00-\u9fff]?(?:股份|公司|集团|集團)$/;

/**
 * A new listing the directory lacks yet (or knows by another name), written with its short name before its code
 * (雲途智駕-W（02787）, 星衡半导体-U（688812）): the name joins its code, and the page's later
 * mentions of that short name are the same line.
 */
function introduceShortNames(
  text: string,
  entities: TickerEntity[],
  listingAt: readonly (Listing | null)[],
  overlaps: (s: number, e: number) => boolean,
  mark: (s: number, e: number, value: 0 | 1) => void,
  emit: (span: Span, form: TickerEntity['form']) => void,
  drop: (k: number) => void,
): void {
  const names = new Map<string, { value: string; market: Exchange }>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    // (a code the directory knows under another name counts too: a listing renamed, or
    // a short name the lists do not carry yet)
    if (e.market === 'US' || e.form !== 'code') continue;
    const m = NEW_SHORT_NAME_BEFORE.exec(text.slice(Math.max(0, e.start - 16), e.start));
    if (!m) continue;
    if (!CLASS_MARKED.test(m[1]!)) {
      if (!FULL_BRACKETED_CODE.test(e.text) || NOT_A_SHORT_NAME.test(m[1]!)) continue;
    }
    const start = e.start - m[0].length + m[0].lastIndexOf(m[1]!);
    // 雲峰機器人-W（02829）: a directory name inside the new short name is part of it.
    dropInside(entities, start, e.start, drop);
    if (overlaps(start, e.start)) continue;
    e.start = start;
    e.text = text.slice(start, e.end);
    e.form = 'name+code';
    mark(start, e.end, 1);
    names.set(m[1]!, { value: e.value, market: e.market });
  }
  for (const [name, { value, market }] of names) {
    // (the later mentions without the class marker too: 雲峰機器人收報10元)
    // (and without a first day's N or C: N芯途（688917） … 芯途微电子主营…)
    const base = name.replace(CLASS_MARKED, '').replace(NEW_LISTING_PREFIX, '');
    for (let at = text.indexOf(base); at !== -1; at = text.indexOf(base, at + base.length)) {
      const length = text.startsWith(name, at) ? name.length : base.length;
      dropInside(entities, at, at + length, drop);
      if (overlaps(at, at + length)) continue;
      emit({ start: at, end: at + length, value, market, listing: null }, 'name');
    }
  }
}

/**
 * "Constellation Energy Corp. (NASDAQ: CEG) … Constellation said": a US company the page
 * introduced with its code is then written shorter, by a first word the directory cannot
 * take alone (Constellation is also Constellation Brands; Dick's, Williams). The page's
 * own introduction settles which company it is, so the first word counts after it, as
 * it does for codes the directory lacks (introduced-names.ts). Run last, so directory
 * names and codes keep their mentions.
 */
function shortenIntroducedListings(
  text: string,
  entities: readonly TickerEntity[],
  listingAt: readonly (Listing | null)[],
  absorbed: readonly boolean[],
  names: readonly NameMatch[],
  overlaps: (s: number, e: number) => boolean,
  emit: (span: Span, form: TickerEntity['form']) => void,
): void {
  const codes: IntroducedCode[] = [];
  const listings = new Map<string, Listing | null>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    const listing = listingAt[k] ?? null;
    // (a code the directory lacks, named after a corporate name the bracket loop read:
    // "Frontier Group Holdings (ULCC) … Frontier's shares")
    if (absorbed[k] || e.market !== 'US' || e.form === 'name') continue;
    if (!listing && e.form !== 'name+code') continue;
    // the code inside a name-and-code mention, where the name before it is read from
    const symbol = listing?.code ?? e.value;
    const at = e.text.lastIndexOf(symbol);
    if (at < 0) continue;
    const code = { start: e.start + at, end: e.start + at + symbol.length, value: e.value };
    codes.push(e.form === 'name+code' ? { ...code, nameFrom: e.start } : code);
    listings.set(e.value, listing);
  }
  // (and the directory names it wrote in full: "Constellation Energy … Constellation")
  const named: NamedInFull[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    const listing = listingAt[k];
    if (absorbed[k] || !listing || e.market !== 'US' || e.form !== 'name') continue;
    named.push({ start: e.start, end: e.end, value: e.value });
    listings.set(e.value, listing);
  }
  const mentions = [
    ...(codes.length ? introducedNames(text, codes).mentions : []),
    ...firstWordMentions(text, named),
  ];
  if (!mentions.length) return;
  for (const m of mentions) {
    if (overlaps(m.start, m.end)) continue;
    // Words the directory reads as a name itself (Nasdaq, Visa, Deutsche Bank, Marathon
    // Oil) keep the directory's verdict, taken or refused. (A page introduces a few
    // names: a scan of the directory's matches per mention costs less than a mask.)
    // (a name found inside a longer word is none: "Citi" in "Citizens")
    if (
      names.some(
        (n) =>
          n.start < m.end &&
          n.end > m.start &&
          !WORD_CHAR.test(text[n.start - 1] ?? '') &&
          !WORD_CHAR.test(text[n.end] ?? ''),
      )
    ) {
      continue;
    }
    if (followsGivenName(text, m.start, m.end) || isTownEn(text, m.end)) continue;
    if (VENUE_AFTER_EN.test(text.slice(m.end, m.end + 20))) continue;
    if (SUBSIDIARY_AFTER_EN.test(text.slice(m.end, m.end + 30))) continue;
    // "the Permian", "Visa costs": a word of its own there; "Marathon Oil", "U.S. Steel",
    // "Nippon Steel": part of another proper name (stricter than insideProperName: any
    // capitalised word after, and an initialism or a sentence's first word before)
    if (!readsAsName(text, m.start, m.end, true)) continue;
    if (/^\s[A-Z][a-z]/.test(text.slice(m.end, m.end + 3))) continue;
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.start - 14), m.start));
    if (before && !NOT_PROPER_NEIGHBOUR.has(before[1]!.replace(/\./g, ''))) continue;
    if (homeLineMeant(text, m, m.value)) continue;
    // "Prudential's ADRs (PUK)", before "Prudential Financial (PRU)": the line the
    // possessive names has its own code, another company's.
    const line = LINE_CODE_AFTER.exec(text.slice(m.end, m.end + 50));
    if (line && !m.value.startsWith(line[1]!.replace(/^[A-Za-z]+:\s*/, ''))) continue;
    const listing = listings.get(m.value) ?? null;
    emit({ start: m.start, end: m.end, value: m.value, market: 'US', listing }, 'name');
  }
}

// 領展前稱領匯, "Expand Energy, formerly Chesapeake Energy": the name a company had before,
// written right after its mention (a code in brackets between allowed).
const FORMER_NAME_AFTER_ZH =
  /^(?:[（(][^（）()]{1,14}[）)])?[，,]?\s*(?:前稱|前称|原名|原稱|原称|舊稱|旧称|曾用名|前身為|前身为)\s*[「“"]?([\u4e00-\u9fff]{2,8}?)(?=[」”"，,。；、）)\s]|是|为|為|的|已|於|于|在|$)/;
const FORMER_NAME_AFTER_EN =
  /^(?:\s*\([^()]{1,24}\))?,?\s+(?:formerly(?:\s+known\s+as)?|previously\s+known\s+as|once\s+called|then\s+called|(?:better\s+|widely\s+|commonly\s+)?known\s+as|dubbed)\s+((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and))*)/;

/** The former name written right after a company's mention: that company too. */
function formerNames(
  text: string,
  entities: readonly TickerEntity[],
  listingAt: readonly (Listing | null)[],
  absorbed: readonly boolean[],
  overlaps: (s: number, e: number) => boolean,
  emit: (span: Span, form: TickerEntity['form']) => void,
): void {
  const count = entities.length;
  for (let k = 0; k < count; k++) {
    const e = entities[k]!;
    if (absorbed[k]) continue;
    const after = text.slice(e.end, e.end + 60);
    const m = (IS_LATIN.test(e.text) ? FORMER_NAME_AFTER_EN : FORMER_NAME_AFTER_ZH).exec(after);
    if (!m) continue;
    const name = m[1]!.replace(/[\s,.]+$/, '');
    const start = e.end + m[0].indexOf(m[1]!);
    const end = start + name.length;
    if (name.length < 2 || overlaps(start, end)) continue;
    emit({ start, end, value: e.value, market: e.market, listing: listingAt[k] ?? null }, 'name');
  }
}

// A possessive line with its code in brackets: "'s ADRs (PUK)", "'s shares (NYSE: PUK)"
const LINE_CODE_AFTER =
  /^['’]s?\s+(?:[\w.-]+\s+){0,3}?(?:shares|stock|ADRs?|ADSs?|receipts?)\s*[（(]\s*([^()（）]{1,20}?)\s*[)）]/;

// "will list in Hong Kong under stock code 3760": a code named in words
const CODE_IN_WORDS_BEFORE = /\b(?:stock|trading|share)\s+code\s*[:：]?\s*$/i;

/**
 * "Mindray will list in Hong Kong under stock code 3760": a Hong Kong code in words that
 * the directory lacks, written near a company the directory knows without a Hong Kong
 * line, is that company's new line: its mentions may then mean it.
 */
function introduceCodesInWords(
  text: string,
  directory: Directory,
  names: readonly NameMatch[],
  bare: readonly number[],
  entities: readonly TickerEntity[],
  listingAt: readonly (Listing | null)[],
  chooser: ListingChooser,
): void {
  const codes: TickerEntity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (listingAt[k] !== null || e.market !== 'HK' || e.form !== 'code') continue;
    if (CODE_IN_WORDS_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start))) codes.push(e);
  }
  if (!codes.length) return;
  for (const code of codes) {
    // The company named last before the code, in its sentence or the one before ("…,
    // the maker said on Tuesday. The H shares will start trading under the stock code
    // 3760."), or in its sentence after it.
    let owner: NameMatch | undefined;
    for (let k = 0; k < bare.length; k++) {
      const n = names[bare[k]!]!;
      if (n.start > code.start) {
        if (!owner && n.start - code.end < 200 && sameSentence(text, code.end, n.start)) owner = n;
        break;
      }
      if (code.start - n.start < 600) owner = n;
    }
    if (!owner || directory.listingsOf(owner.listing).some((l) => l.market === 'HK')) continue;
    chooser.introduce(owner.listing, code.value, 'HK');
  }
}

/** Whether no sentence ends between positions a and b. */
function sameSentence(text: string, a: number, b: number): boolean {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  SENTENCE_BREAK.lastIndex = from;
  for (let m = SENTENCE_BREAK.exec(text); m && m.index < to; m = SENTENCE_BREAK.exec(text)) {
    if (m[0] === '.' && !fullStopEndsSentence(text, m.index)) continue;
    return false;
  }
  return true;
}

/** Drops the directory names lying inside [start, end) but not filling it. */
function dropInside(
  entities: readonly TickerEntity[],
  start: number,
  end: number,
  drop: (k: number) => void,
): void {
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.form === 'name' && e.start >= start && e.end <= end && e.end - e.start < end - start) {
      drop(k);
    }
  }
}

/**
 * Codes the directory lacks that the page writes after a name ("Activision Blizzard
 * (ATVI 0.34%)"): the name joins its code, and the page's later mentions of it are that
 * company too (introduced-names.ts).
 */
function introduceNames(
  text: string,
  spans: readonly Span[],
  entities: TickerEntity[],
  listingAt: readonly (Listing | null)[],
  overlaps: (s: number, e: number) => boolean,
  mark: (s: number, e: number, value: 0 | 1) => void,
  emit: (span: Span, form: TickerEntity['form']) => void,
): void {
  const unknown: TickerEntity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (listingAt[k] === null && e.market === 'US') unknown.push(e);
  }
  if (!unknown.length) return;
  const { nameStarts, mentions } = introducedNames(text, unknown);
  for (let k = 0; k < unknown.length; k++) {
    const entity = unknown[k]!;
    const nameStart = nameStarts[k];
    if (nameStart === undefined || overlaps(nameStart, entity.start)) continue;
    // the mention runs from the name to the bracket that closes the code
    const close = /^[^()（）]{0,12}[)）]/.exec(text.slice(entity.end, entity.end + 14));
    const end =
      close && !overlaps(entity.end, entity.end + close[0].length)
        ? entity.end + close[0].length
        : entity.end;
    entity.start = nameStart;
    entity.end = end;
    entity.text = text.slice(nameStart, end);
    mark(nameStart, end, 1);
  }
  for (const m of mentions) {
    if (overlaps(m.start, m.end)) continue;
    emit({ start: m.start, end: m.end, value: m.value, market: 'US', listing: null }, 'name');
  }
}

export function matchTickers(written: string, directory: Directory): TickerEntity[] {
  // 美團－Ｗ（０３６９０）: full-width letters and digits read as their ASCII forms, one
  // character for one, so every offset holds; the mentions keep the page's own text.
  const wide = FULL_WIDTH_ALNUM.test(written);
  const found = findTickers(wide ? asciiAlnum(written) : written, directory);
  if (!wide) return found;
  for (const e of found) e.text = written.slice(e.start, e.end);
  return found;
}

// Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ); not the full-width punctuation
// Chinese text writes as its own (，：（）).
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const FULL_WIDTH_ALNUM_ALL = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
function asciiAlnum(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function findTickers(text: string, directory: Directory): TickerEntity[] {
  const entities: TickerEntity[] = [];
  // The listing each entity was made with (null when the directory lacks its code),
  // by the entity's index: later steps read it here rather than look the value up in
  // the directory again (a string hashed into a big table, three times per code).
  const listingAt: (Listing | null)[] = [];
  // Explicit codes by start (their index), so a name followed by one finds it without a scan.
  const codeAt = new Map<number, number>();
  // The same by end, so a name written right after its code (SZ000858五粮液) joins it.
  const codeEndAt = new Map<number, number>();
  // Explicit codes taken into a name-and-code mention, by index.
  const absorbed: boolean[] = [];
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
    listingAt.push(listing);
    absorbed.push(false);
    mark(start, span.end, 1);
  };

  // Counted loops over lists in this function: it runs once per text, often before
  // the engine has optimised it, when a for…of allocates an iterator result per item.
  const spans = explicitCodes(text, directory);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (overlaps(span.start, span.end)) continue;
    emit(span, 'code');
    codeAt.set(span.start, entities.length - 1);
    codeEndAt.set(span.end, entities.length - 1);
  }
  introduceNames(text, spans, entities, listingAt, overlaps, mark, emit);
  const exMarked = exMarkedNames(text, directory);
  for (let k = 0; k < exMarked.length; k++) {
    const { start, end, listing } = exMarked[k]!;
    if (overlaps(start, end)) continue;
    // XD长江电（600900）: the cut name and its code are one mention
    const bracket = CODE_IN_BRACKET_AFTER.exec(text.slice(end, end + 16));
    const codeEnd = bracket && bracket[1] === listing.code ? end + bracket[0].length : end;
    if (codeEnd > end && !overlaps(end, codeEnd)) {
      emit(
        { start, end: codeEnd, value: listing.value, market: listing.market, listing },
        'name+code',
      );
      continue;
    }
    emit({ start, end, value: listing.value, market: listing.market, listing }, 'name');
  }

  const names = directory.findNames(text);
  // The names kept, by index, in the order they were accepted.
  const accepted: number[] = [];
  // Companies the text names beyond doubt (a full name, a code): their ordinary-word
  // aliases then count throughout the text (龙湖集团 … 龙湖 … 龙湖).
  const confirmed = new Set<Listing>();
  for (let k = 0; k < listingAt.length; k++) {
    const listing = listingAt[k];
    if (listing) confirmed.add(listing);
  }
  const pending: number[] = [];
  // Latin names the text gives a person (Amanda Wells): where that person comes in.
  const personFrom = new Map<string, number>();
  names.forEach((n, i) => {
    if (overlaps(n.start, n.end)) return;
    // Read on the text matched (the name as spelled, same letters and length): the
    // name's own record is elsewhere in memory, a miss per name in a big directory.
    const latin = hasLatinLetter(text, n.start, n.end);
    if (latin) {
      if (WORD_CHAR.test(text[n.start - 1] ?? '') || WORD_CHAR.test(text[n.end] ?? '')) return;
      if (isShareButton(text, n.start, n.end)) return;
      if (VENUE_AFTER_EN.test(text.slice(n.end, n.end + 20))) return;
      // chose Nasdaq over London, listed on the NYSE: the market, not the company running it
      if (EXCHANGE_NAME.test(n.name.text) && exchangeAsMarket(text, n.start, n.end)) return;
      // Apple pie, apple cider: the fruit, whatever company is named after it
      if (FOOD_AFTER_EN.test(text.slice(n.end, n.end + 12))) return;
      if (isTownEn(text, n.end)) return;
      // HSBC Holdings rose 0.5% in London: its line on a market FinMark does not cover
      if (FOREIGN_MOVE_AFTER_EN.test(text.slice(n.end, n.end + 120))) return;
      // HSBC (HSBA.L), Toyota (7203.T), Siemens (SIEGn.DE): the name with its code on an
      // exchange FinMark does not cover is that line, not the one FinMark lists
      if (FOREIGN_CODE_AFTER_EN.test(text.slice(n.end, n.end + 40))) return;
      // NEW YORK, July 24 (Tidewater) - …: the wire that files the story, in its dateline
      if (WIRE_CREDIT_AFTER.test(text.slice(n.end, n.end + 4)) && text[n.start - 1] === '(') return;
      // the Amazon and South-east Asia: the river's region, not the company
      if (isPlaceNamesakeEn(text, n.start, n.end, n.name.text)) return;
      // the Chevron doctrine, Chevron deference: a court ruling named after a party
      if (/^\s(?:doctrine|deference|precedent)\b/.test(text.slice(n.end, n.end + 12))) return;
      // Barclays Bank UK, HSBC UK, Mizuho Securities: a subsidiary, not the listed group.
      if (SUBSIDIARY_AFTER_EN.test(text.slice(n.end, n.end + 30))) return;
      // Disney+, the Schwab U.S. Dividend Equity ETF: a product or a fund the company names
      if (text[n.end] === '+' || FUND_AFTER_EN.test(text.slice(n.end, n.end + 60))) return;
      // "SpaceX, which remains private", "the closely held SpaceX": the text says it is not
      // listed
      if (
        PRIVATE_AFTER_EN.test(text.slice(n.end, n.end + 48)) ||
        PRIVATE_BEFORE_EN.test(text.slice(Math.max(0, n.start - 24), n.start))
      ) {
        return;
      }
      // Crane & Whitlow, a law firm: a name joined to another by "&" is a longer name (not
      // "KKR & Co.", the company's own legal form)
      if (AMPERSAND_NAME_AFTER_EN.test(text.slice(n.end, n.end + 16))) return;
      // "…," said Ron Deere: a capitalised first name after a verb of saying is a person's
      if (
        SAID_FIRST_NAME_BEFORE.test(text.slice(Math.max(0, n.start - 32), n.start)) ||
        followsGivenName(text, n.start, n.end)
      ) {
        if (!personFrom.has(n.name.text)) personFrom.set(n.name.text, n.start);
        return;
      }
      // "The production tax credit, or PTC": an abbreviation the story spells out
      if (/^[A-Z]{2,5}$/.test(n.name.text) && isSpelledOutBefore(text, n.start, n.name.text))
        return;
      // "…," Wells said, after "said Amanda Wells": once the story names a person of
      // that surname, the short name that speaks is the person (before it, or at work
      // as a company, "whether Wells still sees loan growth", it is the company).
      if (
        n.name.ordinaryWord &&
        (personFrom.get(n.name.text) ?? Infinity) < n.start &&
        (QUOTE_CLOSE_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start)) ||
          SPEAKS_AFTER.test(text.slice(n.end, n.end + 20)))
      ) {
        return;
      }
      // Aker BP, Target Circle, a Gap Factory store: a short or everyday name inside a
      // longer proper name is another company's name or a product's.
      if (
        (n.name.ordinaryWord || n.end - n.start <= 3) &&
        insideProperName(text, n.start, n.end, n.name.ordinaryWord)
      ) {
        return;
      }
    }
    // 港交所表示, "HKEX said": the exchange at work, not its shares.
    if (OPERATORS.has(n.listing.value) && !operatorAsStock(text, n.start, n.end, latin)) return;
    if (!latin) {
      if (LONGER_WORD_AFTER_ZH.test(text.slice(n.end, n.end + 3))) return;
      // 滙豐控股旗下香港滙豐: a unit named by a place and the group's name
      if (PLACED_UNIT_BEFORE_ZH.test(text.slice(Math.max(0, n.start - 6), n.start))) return;
      // 中国银行业, 中国银行间市场, 中国银行保险监督管理委员会, 中国银行家: a bank's name
      // inside the words of banking
      if (
        /[银銀]行$/.test(n.name.text) &&
        BANKING_WORD_AFTER_ZH.test(text.slice(n.end, n.end + 3))
      ) {
        return;
      }
      // 雲峰機器人-W（02829）: a directory name at the end of a new listing's longer short
      // name, before a code the directory lacks, is part of that name.
      if (CJK_BEFORE.test(text[n.start - 1] ?? '') && unknownCodeAfter(text, n.end, directory)) {
        return;
      }
      // 滙豐在倫敦的股價: the company's line on a market FinMark does not cover
      if (FOREIGN_VENUE_AFTER_ZH.test(text.slice(n.end, n.end + 10))) return;
      if (VENUE_AFTER_ZH.test(text.slice(n.end, n.end + 10))) return;
      // 中信证券上海溧阳路营业部, 东方财富证券拉萨团结路第二营业部: a broker's branch (a
      // trading seat on the 龙虎榜), not the listed company's shares
      if (BRANCH_AFTER_ZH.test(text.slice(n.end, n.end + 32))) return;
      // 阿里系, 腾讯系: the group of companies around it, not its shares
      if (/^[系係](?![统統列数數])/.test(text.slice(n.end, n.end + 2))) return;
      // 更美的换新季: a two-character name after a word of degree is the adjective.
      if (n.end - n.start <= 2 && DEGREE_BEFORE_ZH.test(text[n.start - 1] ?? '')) return;
      // 渣打銀行（香港）: the bank's local subsidiary, not the listed group.
      if (SUBSIDIARY_AFTER_ZH.test(text.slice(n.end, n.end + 6))) return;
      // 二〇三一年 holds 三一: a name that starts or ends in a numeral, inside a number
      if (insideNumeral(text, n.start, n.end)) return;
      // 国 closes many words (全国新能源汽车 is not 国新能源).
      if (n.name.text.startsWith('国') && COUNTRY_WORD_HEAD.test(text[n.start - 1] ?? '')) return;
      // A differently named company built on the listed name: a parent group
      // (中国移动通信集团有限公司) or a joint venture (比亚迪丰田电动车科技有限公司).
      const run = OTHER_COMPANY_AFTER.exec(text.slice(n.end, n.end + 20));
      if (
        run &&
        ((/[集團团]/.test(run[1]!) && !/[集團团]$/.test(n.name.text)) ||
          names[i + 1]?.start === n.end)
      ) {
        return;
      }
      if (PLACE_BEFORE_ZH.test(text.slice(Math.max(0, n.start - 3), n.start))) return;
      if (n.name.text.length <= 3 && PLACE_AFTER_ZH.test(text.slice(n.end, n.end + 2))) return;
      // (a parent written with its own code is listed: 母公司拉斯維加斯金沙（LVS）)
      if (
        PARENT_BEFORE_ZH.test(text.slice(Math.max(0, n.start - 5), n.start)) &&
        !BRACKET_AFTER.test(text.slice(n.end, n.end + 2))
      ) {
        return;
      }
      if (isParentGroup(text, n.start, n.end, n.name.text, n.listing)) return;
      // 旗下未上市的茅台文旅: a unit said to be unlisted
      if (UNLISTED_BEFORE_ZH.test(text.slice(Math.max(0, n.start - 6), n.start))) return;
      // 公司全资子公司东方财富证券收到批复: a subsidiary named on the listed name is its own
      // company (unless the name runs on into a word of its move: 旗下东方财富股价…)
      if (
        SUBSIDIARY_BEFORE_ZH.test(text.slice(Math.max(0, n.start - 6), n.start)) &&
        SUBSIDIARY_LINE_AFTER_ZH.test(text.slice(n.end, n.end + 4))
      ) {
        return;
      }
      if (n.name.text.length <= 3 && isPersonZh(text, n.start, n.end)) return;
      // A two-character name runs into the next word easily (广汽丰田 is not 广汽),
      // unless the text has already named that company in full.
      if (n.end - n.start <= 2 && !SHORT_NAME_FOLLOWER.test(text.slice(n.end, n.end + 2))) {
        if (!hasCompanyContext(text, n.start, n.end, false)) {
          pending.push(i);
          return;
        }
      }
    }
    // (a second-mention short name waits for the company's full name or code, whatever
    // its sentence says: "Devon" is a county in a finance sentence too)
    if (
      n.name.ordinaryWord &&
      (n.name.secondMention || !hasCompanyContext(text, n.start, n.end, latin))
    ) {
      pending.push(i);
      return;
    }
    accepted.push(i);
    // (機器人-W inside 星瀾機器人-W, a new listing's name read later, vouches for nothing)
    if (!(
      CJK_BEFORE.test(text[n.start - 1] ?? '') && CLASS_AFTER.test(text.slice(n.end, n.end + 3))
    ))
      confirmed.add(directory.primary(n.listing));
  });
  for (let k = 0; k < pending.length; k++) {
    const i = pending[k]!;
    const n = names[i]!;
    if (!confirmed.has(directory.primary(n.listing))) continue;
    if (readsAsName(text, n.start, n.end, IS_LATIN.test(n.name.text))) {
      accepted.push(i);
      pending[k] = -1;
    }
  }
  acceptListedAlongside(text, names, accepted, pending);

  // Names written with their code first: every coded mention is then known when a
  // bare name's listing is chosen from the market its sentence reports on.
  const chooser = new ListingChooser(
    text,
    directory,
    accepted.map((i) => names[i]!),
  );
  const lookups = bracketLookups(directory);
  // A code read on its own that a name before it joins: one mention, name and code, from
  // `start` to `end`.
  const absorbCode = (k: number, start: number, end: number, codeListing: Listing | null) => {
    const code = entities[k]!;
    absorbed[k] = true;
    mark(code.start, code.end, 0);
    emit({ start, end, value: code.value, market: code.market, listing: codeListing }, 'name+code');
  };
  const bare: number[] = [];
  const listedElsewhere = new Set<Listing>();
  for (let k = 0; k < accepted.length; k++) {
    const i = accepted[k]!;
    const n = names[i]!;
    // A name inside a name-and-code mention already made ("General Motors (GM)").
    if (overlaps(n.start, n.end)) continue;
    const listing = n.listing;
    // The name may be followed by a corporate suffix or a share-class suffix and a
    // bracketed code: "Netflix Inc. (NFLX)", "快手-W（01024）", "Amazon (NASDAQ: AMZN)".
    // (a name the directory keeps with its legal form, "Oracle Corp", written "Corp.")
    const tailAt = n.end + (text[n.end] === '.' && LEGAL_FORM_AT_END.test(n.name.text) ? 1 : 0);
    const tail = NAME_TAIL.exec(text.slice(tailAt, tailAt + 40));
    if (tail && FOREIGN_EXCHANGE_CODE.test(tail[3]!)) {
      listedElsewhere.add(directory.primary(listing));
      continue;
    }
    if (tail) {
      const open = tailAt + tail[0].lastIndexOf(tail[2]!);
      const close = tailAt + tail[0].length;
      let explicit: TickerEntity | undefined;
      let explicitAt = -1;
      for (let at = open; at < close && !explicit; at++) {
        // An explicit code still standing covers its start: uncovered places hold none.
        if (!covered[at]) continue;
        const k = codeAt.get(at);
        if (k !== undefined && entities[k]!.end <= close && !absorbed[k]) {
          explicit = entities[k];
          explicitAt = k;
        }
      }
      // 招商银行H股（03968.HK）: the market word sets this line apart from the
      // company's other one, so later bare mentions do not inherit it.
      // So does a possessive line ("BYD's Hong Kong shares (1211.HK)").
      // So does a market word right after the bracket (海尔智家（06690）在港股涨3.1%), and
      // one pointing back before the name (其港股中芯国际（00981）).
      const contrast =
        POINTING_BACK_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)) ||
        LISTED_THERE_AFTER.test(text.slice(n.end, n.end + 8)) ||
        NAME_CUE_AFTER.test(text.slice(n.end, n.end + 24)) ||
        /^['’]s?\s/.test(tail[0]) ||
        MARKET_AFTER_CODE.test(text.slice(close, close + 6));
      const longer = OWN_CODE_ONLY.test(tail[0]);
      // The explicit code's listing, as the directory gave it (null when it lacks the code).
      const codeListing = explicit ? (listingAt[explicitAt] ?? null) : null;
      if (
        explicit &&
        longer &&
        codeListing &&
        directory.primary(codeListing) !== directory.primary(listing)
      ) {
        explicit = undefined;
      }
      if (explicit) {
        // The code inside was already read on its own; the mention is name and code.
        absorbCode(explicitAt, n.start, close, codeListing);
        if (!contrast) chooser.remember(listing, codeListing, n.start);
        // (a second code in the bracket the directory lacks: 澤璟製藥（688266.SH／2637.HK）)
        for (let at = open; at < close; at++) {
          const other = codeAt.get(at);
          if (other === undefined || other === explicitAt || listingAt[other]) continue;
          if (entities[other]!.market === 'HK')
            chooser.introduce(listing, entities[other]!.value, 'HK');
        }
        continue;
      }
      const suffix = tail[1] ?? SUFFIX_AT_END.exec(n.name.text)?.[1] ?? null;
      const code = bracketCode(text, open, close, tail[3]!, listing, false, suffix, lookups);
      const ownCode =
        !longer || !code?.listing || directory.primary(code.listing) === directory.primary(listing);
      if (code && ownCode && !overlaps(n.start, close)) {
        emit(code, 'name+code', n.start);
        if (!contrast) chooser.remember(listing, code.listing, n.start);
        if (!code.listing && code.market === 'HK') chooser.introduce(listing, code.value, 'HK');
        continue;
      }
    }
    // 寒武纪688256.SH, 东方财富SZ300059: the code written straight after the name, with no
    // bracket, is the same mention.
    const joined = codeAt.get(n.end) ?? (text[n.end] === ' ' ? codeAt.get(n.end + 1) : undefined);
    const joinedListing = joined === undefined ? null : (listingAt[joined] ?? null);
    if (
      joined !== undefined &&
      !absorbed[joined] &&
      joinedListing &&
      directory.primary(joinedListing) === directory.primary(listing)
    ) {
      absorbCode(joined, n.start, entities[joined]!.end, joinedListing);
      chooser.remember(listing, joinedListing, n.start);
      continue;
    }
    bare.push(i);
  }
  introduceCodesInWords(text, directory, names, bare, entities, listingAt, chooser);
  const coded: CodedMention[] = [];
  for (let k = 0; k < entities.length; k++) {
    if (absorbed[k]) continue;
    const e = entities[k]!;
    coded.push({ start: e.start, end: e.end, market: e.market, listing: listingAt[k] ?? null });
  }
  chooser.setCodedMentions(coded);
  for (let k = 0; k < bare.length; k++) {
    const n = names[bare[k]!]!;
    if (overlaps(n.start, n.end) || listedElsewhere.has(directory.primary(n.listing))) continue;
    // SZ000858五粮液, 600519 贵州茅台: the code and the name are one mention.
    const codeBefore =
      codeEndAt.get(n.start) ??
      (/[ \t]/.test(text[n.start - 1] ?? '') ? codeEndAt.get(n.start - 1) : undefined);
    if (codeBefore !== undefined) {
      const code = entities[codeBefore]!;
      const codeListing = listingAt[codeBefore];
      if (
        !absorbed[codeBefore] &&
        codeListing &&
        directory.primary(codeListing) === directory.primary(n.listing) &&
        !overlaps(code.end, n.end)
      ) {
        code.end = n.end;
        code.text = text.slice(code.start, n.end);
        mark(code.start, n.end, 1);
        continue;
      }
    }
    const choice = chooser.choose(n);
    const chosen = choice.listing;
    if (choice.cued) chooser.remember(n.listing, chosen, n.start);
    // A bare name of such a company is its home listing unless New York is named with
    // it ("Shell said on Monday", "talks with BP"): FinMark lists only the receipt.
    // ("TSMC climbed 1.2%; its ADRs (TSM) closed higher": the receipt has a mention
    // of its own, and the bare name is the home line.)
    if (chosen.market === 'US' && homeLineMeant(text, n, chosen.value)) continue;
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
  // exec() and lastIndex rather than matchAll(): no iterator result per bracket.
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const suffix = SUFFIX_BEFORE.exec(before)?.[1] ?? null;
    const word = NAME_CUE_BEFORE.exec(before)?.[1];
    const marketWord = word ? (NAME_CUE_MARKET.get(word) ?? null) : null;
    // "Femsa (FMX) also trades in New York": a name without a legal form, when the
    // capitals cannot be its initials and the sentence speaks of its shares
    const listedAt =
      !CORPORATE_BEFORE.test(before) && !marketWord && namedSymbol(m[1]!)
        ? listedNameBefore(text, start, m[1]!, sentenceAround(text, start, end))
        : null;
    const corporate = CORPORATE_BEFORE.test(before) || listedAt !== null;
    const span = bracketCode(text, start, end, m[1]!, null, corporate, suffix, lookups, marketWord);
    if (!span) continue;
    // 南方恒生科技（03033）, 华夏沪深300ETF（510330）: a fund's code the lists lack (a
    // listed property trust, 陽光房地產基金（00435）, stays)
    if (!span.listing && FUND_BEFORE_ZH.test(before)) continue;
    // "DHT Holdings (DHT)": a corporate name the directory lacks and its code, one mention
    const named = corporate && listedAt === null ? CORPORATE_NAME_BEFORE.exec(before) : null;
    const nameStart = named ? start - before.length + named.index : (listedAt ?? -1);
    if (nameStart >= 0 && !overlaps(nameStart, start)) {
      emit({ ...span, start: nameStart }, 'name+code');
    } else emit(span, 'code');
  }

  introduceShortNames(text, entities, listingAt, overlaps, mark, emit, (k) => {
    if (absorbed[k]) return;
    absorbed[k] = true;
    mark(entities[k]!.start, entities[k]!.end, 0);
  });

  shortenIntroducedListings(text, entities, listingAt, absorbed, names, overlaps, emit);
  formerNames(text, entities, listingAt, absorbed, overlaps, emit);

  // A symbol the text gave a company with its code stands for it later on its own
  // ("CME Group Inc. (NASDAQ: CME) … CME's pitch", "ICE said on Monday").
  // So does the symbol of a company the text named, before "shares" ("JPM shares rose").
  const symbols = new Set(
    entities
      .filter((e) => e.market === 'US' && e.form !== 'name' && e.value.length >= 3)
      .map((e) => e.value),
  );
  const named = new Set(entities.filter((e) => e.market === 'US').map((e) => e.value));
  if (named.size) {
    BARE_SYMBOL.lastIndex = 0;
    for (let m = BARE_SYMBOL.exec(text); m; m = BARE_SYMBOL.exec(text)) {
      const value = m[1]!;
      const stands =
        (symbols.has(value) && !ABBREVIATION_SYMBOLS.has(value)) ||
        (named.has(value) && SHARES_AFTER.test(text.slice(m.index + value.length, m.index + 12)));
      if (!stands || overlaps(m.index, m.index + value.length)) continue;
      // "PNC Park", "a small modular reactor, or SMR": a venue, an abbreviation defined
      if (VENUE_AFTER_EN.test(text.slice(m.index + value.length, m.index + value.length + 20)))
        continue;
      if (isSpelledOutBefore(text, m.index, value)) continue;
      // "while UBS rose 1.1% in Zurich": the symbol of a receipt, standing for the
      // company on its home market, is not the receipt.
      if (homeLineMeant(text, { start: m.index, end: m.index + value.length }, value)) continue;
      const listing = directory.byValue(value) ?? null;
      // BIDU-SW, NTES-S: the symbol with an HKEX share-class marker is how English pages
      // write the Hong Kong line's short name, so the mention is that line.
      const marker = HK_MARKER_AFTER.exec(
        text.slice(m.index + value.length, m.index + value.length + 4),
      );
      const hkLine =
        marker && listing
          ? directory.listingsOf(listing).find((l) => l.market === 'HK')
          : undefined;
      if (hkLine) {
        const end = m.index + value.length + marker![0].length;
        if (!overlaps(m.index, end)) {
          emit({ start: m.index, end, value: hkLine.value, market: 'HK', listing: hkLine }, 'code');
        }
        continue;
      }
      emit({ start: m.index, end: m.index + value.length, value, market: 'US', listing }, 'code');
    }
  }

  const kept = entities.filter((_, k) => !absorbed[k]).sort((a, b) => a.start - b.start);
  return joinGlossedNames(text, kept);
}

/**
 * 美光（Micron）, 博通（Broadcom）: a name glossed in brackets by another name of the same
 * listing is one mention, the bracket included (and a table row's name and code cells); so is a unit named on its parent's
 * possessive, "Alphabet's Google". (A full name and the short one it is "known as" are
 * two mentions: LABELLING.md.)
 */
function joinGlossedNames(text: string, entities: TickerEntity[]): TickerEntity[] {
  const out: TickerEntity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    const next = entities[k + 1];
    const end =
      next && next.value === e.value && next.form === 'name' && e.form === 'name'
        ? joinedEnd(text, e, next)
        : null;
    // "Wuliangye Yibin 000858.SZ +12.6", "Costco Wholesale COST After close": a table or
    // calendar row's name cell and its code or symbol cell, one mention
    const cell =
      end === null &&
      next &&
      next.value === e.value &&
      e.form === 'name' &&
      next.form === 'code' &&
      (/^[ \t]{1,2}$/.test(text.slice(e.end, next.start)) ||
        // (cells on lines of their own: the name fills its line, the code the next)
        (/^[ \t]*\n[ \t]*$/.test(text.slice(e.end, next.start)) &&
          (e.start === 0 || text[e.start - 1] === '\n')));
    if (cell) {
      out.push({ ...e, end: next.end, text: text.slice(e.start, next.end), form: 'name+code' });
      k++;
      continue;
    }
    if (end === null) {
      out.push(e);
      continue;
    }
    out.push({ ...e, end, text: text.slice(e.start, end) });
    k++;
  }
  return out;
}

/** Where a name and the next name of its listing end as one mention, or null if they do not. */
function joinedEnd(text: string, e: TickerEntity, next: TickerEntity): number | null {
  const gap = text.slice(e.end, next.start);
  if (/^['’]s\s+$/.test(gap)) return next.end;
  if (!/^\s*[（(]\s*$/.test(gap)) return null;
  const close = /^\s*[）)]/.exec(text.slice(next.end, next.end + 2));
  return close ? next.end + close[0].length : null;
}
