import { fullStopEndsSentence } from './abbreviations';
import { monthNumber } from '../month-names';
import { Automaton, type AutomatonMatch } from './aho-corasick';
import { chineseNumber, englishCount, resolveMonthDay } from './date-values';
import { matchDates, wallClock } from './dates';
import { isTraditionalText } from './script';
import {
  INDICATOR_SERIES,
  NOT_SERIES,
  type IndicatorRegion,
  type IndicatorSeries,
  type SeriesAlias,
} from './indicator-series';

/**
 * Macro indicators stated with a figure: "5月CPI同比上涨2.1%", "制造业PMI为49.5",
 * "nonfarm payrolls rose by 256,000 in December". The span runs from the series name to
 * its figure; a date written before it stays a date entity of its own.
 */
export interface IndicatorEntity {
  kind: 'indicator';
  /** `SERIES:PERIOD`, e.g. `CPI:2024-05`, `GDP:2024-Q2`, `LPR-1Y:2024-06`. */
  value: string;
  text: string;
  start: number;
  end: number;
  /** Series id from `INDICATOR_SERIES` (tests/fixtures/entities/LABELLING.md lists them). */
  series: string;
  /** The economy the figure is for, when the text or the series says it. */
  region?: 'CN' | 'US' | 'HK';
  /** The month, quarter, half or year the figure is for (`2024-05`, `2024-Q2`, `2024`). */
  period: string;
  /**
   * The figure as written, as a number (2.1 for 2.1%, 256000 for 256,000), signed by
   * the words around it (同比下降0.1% is -0.1) and scaled by its multiplier
   * (300.5万亿元 is 3.005e14, 25.6万人 is 256000).
   */
  figure: number;
  /** '%', 'pp' (percentage points), 'index' (PMI level), 'persons', or a currency code. */
  unit: string;
  /** How the figure compares: year on year, month on month, a level, a change in level. */
  basis: 'yoy' | 'mom' | 'qoq' | 'level' | 'change';
  /** The sentence the figure came from. */
  sentence: string;
  /**
   * Further figures of the same mention, in text order: "CPI同比上涨0.2%、环比下降0.1%"
   * gives the month-on-month one; "M2余额300.5万亿元，同比增长7.2%" the balance.
   */
  details?: IndicatorDetail[];
}

export interface IndicatorDetail {
  figure: number;
  unit: string;
  basis: IndicatorEntity['basis'];
}

type Basis = IndicatorEntity['basis'];

// ---------------------------------------------------------------------------------
// Series names: one Aho–Corasick pass over the text finds every written name.

interface SeriesName {
  /** null for a look-alike that is another statistic (NOT_SERIES). */
  series: IndicatorSeries | null;
  alias: SeriesAlias;
  /** Latin at its first / last character: needs a word boundary there. */
  latinStart: boolean;
  latinEnd: boolean;
  /** CPI, M2, LPR: may take a plural s and a 指数 after it. */
  acronym: boolean;
}

const LATIN = /[A-Za-z0-9]/;
const CJK = /[\u3400-\u9fff]/;

/** consumer price index → Consumer price index, Consumer Price Index, CONSUMER PRICE INDEX. */
export function caseVariants(name: string): string[] {
  if (!/[a-z]/.test(name)) return [name];
  const first = name[0]!.toUpperCase() + name.slice(1);
  const words = name.replace(
    /(^|[\s-])([a-z])/g,
    (_, gap: string, c: string) => gap + c.toUpperCase(),
  );
  const spaced = name.replace(
    /(^|\s)([a-z])/g,
    (_, gap: string, c: string) => gap + c.toUpperCase(),
  );
  return [...new Set([name, first, words, spaced, name.toUpperCase()])];
}

/**
 * Two scanners. Names that start with a Chinese character or a digit (居民消费价格指数,
 * 5年期以上LPR) are looked for in the whole text: few characters start one. Names that
 * start with a Latin letter (consumer price index, CPI) would start a walk at almost
 * every word of an English page (an automaton of them ran at ~30 ms a MB of prose), so
 * they are looked for only around a head word that each of them holds (price, rate,
 * exports, CPI…), found by one regular expression.
 */
interface Scanners {
  han: Automaton<SeriesName>;
  latin: Automaton<SeriesName>;
}

const HEAD_WORDS = [
  'price',
  'inflation',
  'payroll',
  'employment',
  'employers',
  'rate',
  'sales',
  'production',
  'industrial',
  'output',
  'export',
  'import',
  'shipments',
  'financing',
  'money',
  'investment',
  'product',
  'index',
  'economy',
  'consumption',
  'purchasing',
  'growth',
];
const HEAD_ACRONYMS = [
  'CPI',
  'HICP',
  'PPI',
  'PMI',
  'GDP',
  'PCE',
  'LPR',
  'TSF',
  'FAI',
  'M1',
  'M2',
  'ISM',
];
/** A head word at a word start, in lower, capitalised or upper case. */
export const HEAD = new RegExp(
  `\\b(?:${[
    ...HEAD_WORDS.flatMap((w) => [`[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`, w.toUpperCase()]),
    ...HEAD_ACRONYMS,
  ].join('|')})`,
  'g',
);
/** How far a Latin name may start before its head word, and end after it. */
export const HEAD_BEFORE = 48;
export const HEAD_AFTER = 64;

let scanners: Scanners | null = null;

// Built on first use rather than when the module loads, which the content script does on every page.
function seriesScanners(): Scanners {
  if (scanners) return scanners;
  const han: { pattern: string; data: SeriesName }[] = [];
  const latin: { pattern: string; data: SeriesName }[] = [];
  const add = (alias: SeriesAlias, series: IndicatorSeries | null) => {
    // "the retail-sales report", "industrial-production figures": an English name joined
    // into a compound before the noun it qualifies.
    const joined = /^[a-z]+ [a-z]/.test(alias.text) ? [alias.text.replace(' ', '-')] : [];
    for (const pattern of [alias.text, ...joined].flatMap(caseVariants)) {
      (LATIN.test(pattern[0]!) && !/^\d/.test(pattern) ? latin : han).push({
        pattern,
        data: {
          series,
          alias,
          latinStart: LATIN.test(pattern[0]!),
          latinEnd: LATIN.test(pattern[pattern.length - 1]!),
          acronym: /^[A-Z][A-Z0-9]*$/.test(pattern),
        },
      });
    }
  };
  for (const series of INDICATOR_SERIES) {
    for (const alias of series.aliases)
      add(typeof alias === 'string' ? { text: alias } : alias, series);
  }
  for (const text of NOT_SERIES) add({ text }, null);
  scanners = { han: new Automaton(han), latin: new Automaton(latin) };
  return scanners;
}

/** Every name in the text, leftmost-longest where they overlap. */
function findNames(text: string): AutomatonMatch<SeriesName>[] {
  const { han, latin } = seriesScanners();
  // A page without a Chinese character has no Chinese name to walk to.
  const found = CJK.test(text) ? han.searchLeftmostLongest(text) : [];
  // Windows around the head words, merged where they touch.
  let from = -1;
  let to = -1;
  const scan = () => {
    if (from < 0) return;
    for (const m of latin.searchLeftmostLongest(text.slice(from, to))) {
      found.push({ start: m.start + from, end: m.end + from, data: m.data });
    }
  };
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const start = Math.max(0, m.index - HEAD_BEFORE);
    const end = Math.min(text.length, m.index + HEAD_AFTER);
    if (start > to) {
      scan();
      from = start;
    }
    to = end;
  }
  scan();
  // The two lists into one: leftmost start first, the longer name at one start.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: AutomatonMatch<SeriesName>[] = [];
  let reach = 0;
  for (const m of found) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** A series name found in the text, with what belongs to it (a gloss, 指数). */
interface Anchor {
  start: number;
  end: number;
  series: IndicatorSeries;
  name: SeriesName;
}

// 居民消费价格指数（CPI）, 出口（以美元计）, 固定资产投资（不含农户）: a gloss is part of the name.
const GLOSS = /\s*[（(]([^（）()\n]{1,16})[）)]/y;
const GLOSS_CONTENT = /^(?:[A-Za-z0-9\s&'’.-]{1,12}|[^\d%]+)$/;
const INDEX_AFTER = /\s?指[数數]/y;

// What before a name makes the figure someone else's: a contribution to CPI
// (影响CPI下降约0.39个百分点), a share of GDP (占GDP比重, debt-to-GDP).
const SHARE_BEFORE_ZH =
  /(?:影响|影響|拉动|拉動|带动|帶動|拖累|推动|推動|贡献|貢獻|对|對|占|佔|相当于|相當於)\s*$/;
const SHARE_BEFORE_EN =
  /(?:share of|percent of|% of|per cent of|contribution to|contributed to|weight in|relative to)\s+(?:the\s+)?$|-to-$/i;
// ADP's count and sub-series are not the headline payrolls.
const PAYROLLS_BEFORE =
  /\b(?:ADP|private|private-sector|company|corporate|factory|manufacturing|government|state|federal|retail|construction)\s+$/i;
// A company's exports or retail sales: a possessive that is not an economy's.
const POSSESSIVE_BEFORE = /([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s\s+$/;
const ECONOMY_NAME =
  /^(?:China|America|U\.S|US|United States|Hong Kong|Kong|Japan|Germany|Britain|India|Korea|South Korea|Taiwan|Singapore|Vietnam|Europe|Canada|Australia|Brazil|Mexico|Russia|France|Italy|Nation|Country|Beijing|Washington)$/;
const TRADE_BEFORE_ZH =
  /(?:^|[，,。；;：:、\s（(“"」]|[月年度季]|月份|累计|累計|中国|中國|我国|我國|全国|全國|美国|美國|香港|本港|其中|整体|整體|货物|貨物|货物贸易|貨物貿易|全省|全市|本省|本市|以美元计|以人民币计|以美元計|以人民幣計|美元计价|人民币计价|预估|預估|预计|預計|预期|預期)$/;
const TRADE_ECONOMY_BEFORE_ZH =
  /(?:中国|中國|我国|我國|全国|全國|美国|美國|香港|本港|台灣|台湾|日本|韩国|韓國|南韓|德国|德國|越南)(?:\d{4}年)?(?:(?:\d{1,2}至)?\d{1,2}月(?:份)?|[一二三四1-4]季度|上半年|前\S{1,3}季度|全年)?(?:累计|累計)?$/;
const TRADE_AFTER_ZH =
  /^\s*(?:[则則亦也]\s*(?:同比|环比|環比|按年|按月|增长|增長|下降|下跌|上升|上涨|上漲|回落|回升|减少|減少|增加)|同比|环比|環比|按年|按月|年增|年減|年减|增长|增長|增加|增速|增幅|下降|下跌|下滑|减少|減少|回落|上升|上涨|上漲|回升|为|為|达|達|录得|錄得|分别|分別|\d|[，,]|以|按|约|約|货值|貨值|金额|金額|规模|規模)/;
// Economies whose exports and imports a page may report with their possessive.
const TRADE_ECONOMIES =
  'South Korea|Korea|Taiwan|India|Vietnam|Singapore|Britain|Australia|Canada|Mexico|Brazil';
const TRADE_BEFORE_EN = new RegExp(
  String.raw`(?:^|[,.;:(—–-]\s*|\b(?:showed|shows|show|said|says|that|while|as|the|total|overall|its|their|outbound|inbound|[Mm]erchandise|[Gg]oods|Chinese|American|Japanese|German|Korean|Taiwanese|nation['’]s|country['’]s|(?:China|America|Hong Kong|Japan|Germany|${TRADE_ECONOMIES})['’]s|U\.S\.|US)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?)$`,
  '',
);
const TRADE_CUE = new RegExp(
  String.raw`\b(?:${TRADE_ECONOMIES})['’]s\s+(?:\w+\s+)?(?:exports|imports)\b|industrial output|retail sales|producer prices|fixed-asset investment|海关|海關|財政部|主計總處|出口金额|出口金額|进口金额|進口金額|出口数据|出口數據|进出口数据|進出口數據|外贸|外貿|贸易|貿易|进出口|進出口|以美元计|以人民币计|以美元計|以人民幣計|美元计价|人民币计价|顺差|順差|逆差|customs|\btrade\b|dollar terms|yuan terms|shipments|Census Bureau|Commerce Department|\b(?:China|U\.S\.|America|Japan|Germany|Hong Kong)['’]s\s+(?:\w+\s+)?(?:exports|imports)\b`,
  'i',
);
// Exports of soybeans, sales at a chain: a part. "Retail sales for May" is the period.
// ("retail sales to have grown 3.8%": a forecast's infinitive, no part of the series)
const PART_AFTER_EN =
  /^\s+(?:of|to|from|at|for)\b(?!\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|the (?:month|quarter|year)\b|last (?:month|quarter|year)\b|(?:19|20)\d{2}\b|Q[1-4]\b))(?<!\bto(?=\s+(?:have\s+|be\s+|show\s+)?(?:rise|risen|grow|grown|increase|increased|fall|fallen|decline|declined|drop|dropped|climb|climbed|slow|slowed|ease|eased|edge|edged|contract|contracted|expand|expanded|gain|gained|jump|jumped|rebound|rebounded|remain|stay|hold|come|accelerate|accelerated|tick|ticked|pick)\b))/;
const MONEY_CUE =
  /人行|货币|貨幣|余额|餘額|广义|狭义|央行|人民银行|人民銀行|社融|信贷|信貸|贷款|貸款|money|supply|PBOC|central bank|lending|credit|loans/i;
const MONEY_GAP = /^\s*(?:[（(][^）)]*[）)])?\s*(?:同比|余额|餘額|增速|增长|增長|年增|年減|年减)/;

const GROWTH_NOT_AFTER =
  /^\s*(?:targets?|goals?|objectives?|momentum|outlook|risks?|concerns?|worries)\b/i;
const OWN_GROWTH_BEFORE =
  /\b(?:sales|revenue|earnings|profits?|wages?|loans?|credit|deposits?|margins?|dividends?|volumes?|subscribers?|users?|traffic|comparable|same-store|EPS|income|membership|production|capacity)\s*$/i;
const COMPONENT_IN_BEFORE_EN =
  /\b(?:prices|costs|component|index|gauge|category)\s+(?:in|within|of)\s+(?:the\s+)?$/i;
const BARE_INFLATION = /^(?:headline |annual )?inflation$/;
const INFLATION_PART_BEFORE =
  /\b(?:wage|pay|services?|goods|food|energy|shelter|rent|housing|house|home|asset|import|export|producer|factory|core|underlying|supercore|PCE|expected|breakeven|trimmed-mean|median|sticky|average|target|consumer|CPI|HICP|price)\s*-?\s*$/i;
// inflation closer to 2%, returning to 2%, above the Fed's 2% goal: the target, no figure
const INFLATION_TOWARD =
  /^[^.;\d]{0,40}?\b(?:closer to|close to|returning to|return to|returns to|back to|back down to|down to|(?:return(?:s|ing)?|get(?:s|ting)?|com(?:e|es|ing)) all the way(?: back)?(?: down)? to|toward|towards|above|below|near|at or near|over|under|exceed(?:s|ing)?)\s+(?:the\s+)?(?:[\w.]+['’]s\s+|its\s+|their\s+)?[\d.]+\s?(?:%|percent|per cent)/i;
const INFLATION_NOT_AFTER =
  /^\s*(?:expectations?|target|goal|forecasts?|outlook|projections?|swaps?|gauge|rate target|-linked|-protected|-adjusted)/i;

// A list of a plan's targets, opened by 目标是： and read to the end of its sentence.
const TARGET_LIST_ZH = /(?:目标|目標)(?:是|为|為)?\s*[：:]/;

const SCENARIO = /\bscenarios?\b|情景|情境/i;
const TARGET_WORD_ZH = /目标|目標/;
const TARGET_FIGURE_AFTER_ZH = /^[^，,。；;]{0,14}?\d[\d.]*\s*[%％]?\s*(?:左右|以内|以內|上下)/;

function guard(text: string, start: number, end: number, name: SeriesName, id: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (SHARE_BEFORE_ZH.test(before.slice(-4)) || SHARE_BEFORE_EN.test(before)) return false;
  // 主要预期目标是：国内生产总值增长5%左右，城镇调查失业率5.5%左右: a plan's targets
  const sentenceSoFar = text.slice(sentenceStart(text, start), start);
  if (TARGET_LIST_ZH.test(sentenceSoFar)) return false;
  // (and its later items, past the semicolons that part them: 目标是：国内生产总值增长5%
  // 左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右)
  if (
    TARGET_FIGURE_AFTER_ZH.test(text.slice(end, end + 24)) &&
    TARGET_LIST_ZH.test(text.slice(fullSentenceStart(text, start), start))
  ) {
    return false;
  }
  // Under the severely adverse scenario, the unemployment rate would climb to 10%: a
  // supervisor's hypothetical path, no reading
  if (SCENARIO.test(sentenceSoFar)) return false;
  const after = text.slice(end, end + 12);
  // 预期目标为5%左右，居民消费价格涨幅2%左右: a figure written as a target's (左右, 以内)
  // in a sentence about targets is the plan's, not a reading
  if (
    TARGET_WORD_ZH.test(sentenceSoFar) &&
    TARGET_FIGURE_AFTER_ZH.test(text.slice(end, end + 24))
  ) {
    return false;
  }
  switch (id) {
    case 'PAYROLLS':
      // 非农业人口, 非农产业: the word 非农 in other compounds.
      if (/^[业業产產户戶村]/.test(after)) return false;
      return !PAYROLLS_BEFORE.test(before);
    case 'EXPORTS':
    case 'IMPORTS': {
      if (name.latinStart) {
        // Exports of soybeans, imports from Russia: a part of the trade, not the total.
        if (!TRADE_BEFORE_EN.test(before) || PART_AFTER_EN.test(text.slice(end, end + 24)))
          return false;
        if (
          /\b(?:China|U\.S\.|US|America|Hong Kong)(?:['’]s)?\s+(?:[A-Z][a-z]+\s+)?$/.test(before)
        ) {
          return true;
        }
      } else {
        // 整體出口貨值: Hong Kong's own name of the series, whatever stands before it
        if (name.alias.region === 'HK' && TRADE_AFTER_ZH.test(after)) return true;
        if (!TRADE_BEFORE_ZH.test(before) || !TRADE_AFTER_ZH.test(after)) return false;
        // (中国2月出口, 台灣1至2月累計出口: the economy, then the period)
        if (TRADE_ECONOMY_BEFORE_ZH.test(before)) return true;
      }
      // A bare 出口 / exports counts in a trade story: customs, dollar terms, a surplus.
      return TRADE_CUE.test(context(text, start, end));
    }
    case 'RETAIL':
    case 'INDUSTRY': {
      if (name.latinStart && PART_AFTER_EN.test(text.slice(end, end + 24))) return false;
      const owner = POSSESSIVE_BEFORE.exec(before);
      if (owner && !ECONOMY_NAME.test(owner[1]!)) return false;
      return !/\b(?:online|e-commerce|auto|car|vehicle|holiday|same-store|core|company)\s+$/i.test(
        before,
      );
    }
    case 'M1':
    case 'M2':
      if (!name.acronym) return true;
      return MONEY_GAP.test(text.slice(end, end + 16)) || MONEY_CUE.test(context(text, start, end));
    case 'FAI':
      // 民间固定资产投资, 制造业投资: a part of the investment, a series of its own.
      return !/(?:民间|民間|制造业|製造業|基础设施|基礎設施|基建|房地产|房地產|国有|國有|外商|港澳台|第[一二三]产业|第[一二三]產業|private|manufacturing|infrastructure|property|real estate)\s*$/i.test(
        before,
      );
    case 'CPI':
      // prescription drug prices in the consumer price index: a component, not the index
      if (COMPONENT_IN_BEFORE_EN.test(before)) return false;
      if (!BARE_INFLATION.test(name.alias.text)) return true;
      // Services or wage inflation, inflation expectations or a target: not the headline.
      // In a story about the PCE price index, "inflation" is that index's.
      return (
        !INFLATION_PART_BEFORE.test(before) &&
        !INFLATION_NOT_AFTER.test(after) &&
        !INFLATION_TOWARD.test(text.slice(end, end + 60)) &&
        !PCE_CUE.test(context(text, start, end))
      );
    case 'GDP':
      // 经济增长目标为5%左右, 經濟增長預期: a target is a policy, not a reading
      // economic growth target of around 5%: the same in English
      if (/^(?:economic growth|growth forecast|full-year growth)$/.test(name.alias.text)) {
        // (and a company's: sales growth forecast, full-year revenue growth)
        return !GROWTH_NOT_AFTER.test(after) && !OWN_GROWTH_BEFORE.test(before);
      }
      if (/^(?:经济增长|經濟增長)$/.test(name.alias.text)) {
        return !/^\s*(?:的)?(?:目标|目標|预期目标|預期目標|预期|預期|动能|動能|压力|壓力|放缓|放緩)/.test(
          after,
        );
      }
      return true;
    case 'UNEMPLOYMENT':
      return !/U-?[3-6]\s*$/.test(before);
    case 'LPR-1Y':
    case 'LPR-5Y':
      // 50 basis points below the five-year loan prime rate, 较5年期LPR减点: a spread
      // over the rate, priced from it, not its level
      if (SPREAD_BEFORE.test(before)) return false;
      // cut the five-year LPR by another 10 basis points: the move, not the rate's level
      // (unless the new level follows: "by 10 basis points to 3.35%")
      if (MOVE_BY_AFTER.test(text.slice(end, end + 40))) return false;
      // "the five-year rate", 5年期以上品种: the tenor alone is the LPR's only where the
      // story names the LPR (a Treasury's five-year rate is a yield).
      return LPR_NAMED.test(name.alias.text) || LPR_NAMED.test(context(text, start, end));
    default:
      return true;
  }
}

/** The name's sentence and the text shortly before it, for cues said a sentence or two earlier. */
function context(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 400), sentenceEnd(text, end));
}

const LPR_NAMED = /LPR|loan prime rate|贷款市场报价利率|貸款市場報價利率/i;
// the statistics office said last month, while core inflation eased to 3.3%: when the
// figures were told, not their period
const SAID_WHEN_BEFORE = /\b(?:said|says|told|reported|announced)\s+(?:on\s+)?$/i;
const MOVE_BY_AFTER =
  /^\s+by\s+(?:another\s+|a\s+further\s+|a\s+)?[\d.]+\s*(?:basis\s+points?|bps|bp|percentage\s+points?)\b(?!\s+to\s+[\d.]+\s?%)/i;
const SPREAD_BEFORE =
  /(?:\b(?:below|above|over|under|minus|plus|beneath)\s+(?:the\s+)?|(?:较|較|低于|低於|高于|高於)\s*)$/i;
const COMBINED_GAP = /^\s*(?:and|-|–|through|to)\s*$/;
const COMBINED_AFTER = /^\s*(?:combined|together)\b/;
const FULL_YEAR_BEFORE = /(?:全年|全年度)(?:[，,]\s*)?(?:的)?(?:全国|全國|我国|我國)?\s*$/;
const PCE_CUE = /\bPCE\b|personal consumption|个人消费支出|個人消費支出/;
let corePce: IndicatorSeries | undefined;

/** "core inflation" is core CPI's, except in a story about the PCE price index. */
function coreSeries(text: string, start: number, end: number, name: SeriesName): IndicatorSeries {
  if (name.alias.text !== 'core inflation' || !PCE_CUE.test(context(text, start, end))) {
    return name.series!;
  }
  corePce ??= INDICATOR_SERIES.find((s) => s.id === 'CORE-PCE')!;
  return corePce;
}

function findAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  let reach = 0;
  for (const m of findNames(text)) {
    if (m.start < reach) continue; // inside the previous name's gloss
    const name = m.data;
    const { start } = m;
    let end = m.end;
    if (name.latinStart && LATIN.test(text[start - 1] ?? '')) continue;
    if (name.latinEnd) {
      const next = text[end] ?? '';
      if (name.acronym && next === 's' && !LATIN.test(text[end + 1] ?? '')) end++;
      else if (LATIN.test(next)) continue;
    }
    if (!name.series) {
      reach = end; // a look-alike: it hides the shorter name inside it
      continue;
    }
    if (name.alias.suffix) {
      const suffix = name.alias.suffix;
      suffix.lastIndex = end;
      const s = suffix.exec(text);
      if (!s) continue;
      end = suffix.lastIndex;
    }
    if (name.acronym) {
      INDEX_AFTER.lastIndex = end;
      if (INDEX_AFTER.exec(text)) end = INDEX_AFTER.lastIndex;
    }
    GLOSS.lastIndex = end;
    const gloss = GLOSS.exec(text);
    if (gloss && GLOSS_CONTENT.test(gloss[1]!.trim())) end = GLOSS.lastIndex;
    if (!guard(text, start, end, name, name.series.id)) {
      reach = end; // its gloss (影响CPI（居民消费价格指数）) goes with it
      continue;
    }
    anchors.push({ start, end, series: coreSeries(text, start, end, name), name });
    reach = end;
  }
  return anchors;
}

// ---------------------------------------------------------------------------------
// Sentences: the figure must be in the name's sentence.

const REACH = 300;

function isBreak(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff1b: // ；
    case 0x21: // !
    case 0x3f: // ?
    case 0x3b: // ;
    case 0x0a: // \n
      return true;
    case 0x2e: {
      // .
      const next = text[i + 1];
      if (next !== undefined && !/\s/.test(next)) return false;
      return fullStopEndsSentence(text, i);
    }
    default:
      return false;
  }
}

/** Where the sentence holding `at` starts at a full stop (past semicolons). */
function fullSentenceStart(text: string, at: number): number {
  const stop = Math.max(0, at - REACH);
  for (let i = at - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    // 。！？ ! ? and a line break, not ；
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a) {
      return i + 1;
    }
  }
  return stop;
}

function sentenceStart(text: string, at: number): number {
  const stop = Math.max(0, at - REACH);
  for (let i = at - 1; i >= stop; i--) if (isBreak(text, i)) return i + 1;
  return stop;
}

/** Index of the sentence's closing mark (or where the reach ends). */
function sentenceEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + REACH);
  for (let i = at; i < stop; i++) if (isBreak(text, i)) return i;
  return stop;
}

// ---------------------------------------------------------------------------------
// Figures: numbers after the name, read with short anchored expressions.

type UnitKind = '%' | 'pp' | 'bp' | 'points' | 'money' | 'count' | 'none';

interface Figure {
  start: number;
  end: number;
  /** Unsigned, multiplied out. */
  value: number;
  negative: boolean;
  kind: UnitKind;
  /** USD / CNY / HKD when the amount says it. */
  currency?: string;
  commas: boolean;
}

const NUMBER = /([-−]?)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?/g;
const UNIT =
  /\s?(?:(%|％|percent\b|per cent\b|pct\b)|(个百分点|個百分點|百分点|百分點|percentage[- ]points?\b|pct points?\b|ppts?\b|pp\b)|(个基点|個基點|基点|基點|basis points?\b|bps?\b)|(points?\b|点|點)|(万亿美元|萬億美元|亿美元|億美元|万亿港元|萬億港元|亿港元|億港元|万亿元|萬億元|兆元|亿元|億元|万元|萬元|万亿|萬億|兆|亿|億|(?:trillion|billion)(?: (?:yuan|dollars|renminbi|U\.S\. dollars|Hong Kong dollars))?\b|tn\b|bn\b)|(万人|萬人|人|[kK]\b)|(万|萬)|(million\b|mn\b))(?:\s*(?:jobs|positions|workers|people)\b)?|\s*(jobs|positions)\b/y;
// What after a number makes it no figure: a date, a tenor, a duration, a count of things.
const NOT_FIGURE_AFTER =
  /^(?:\s*(?:年|月|日|号|號|季|个月|個月|周|週|天|岁|歲|期|家|只|个|個|次|倍|名|位|项|項|条|條)|-(?:year|month|day|week)|\s?(?:years?|months?|weeks?|days?|hours?)\b|[A-Za-z:/])/;
const CURRENCY_BEFORE = /(?:HK\$|US\$|\$|¥|￥)$/;
const MULTIPLIER: [RegExp, number][] = [
  // (兆: Taiwan's trillion)
  [/万亿|萬億|兆|trillion|tn/, 1e12],
  [/亿|億/, 1e8],
  [/billion|bn/, 1e9],
  [/million|mn/, 1e6],
  [/万|萬/, 1e4],
  [/^\s?[kK]/, 1e3],
];

/** The number `m` found at `start` of `text` (m was matched on a part of it). */
function readNumber(text: string, m: RegExpExecArray, start: number): Figure | null {
  const prev = text[start - 1] ?? '';
  // M2, Q2, G20, COVID-19, 3.5.2: part of a word or of another number.
  if (/[A-Za-z0-9_.,]/.test(prev)) return null;
  const digits = m[2]!;
  const raw = Number(digits.replace(/,/g, '') + (m[3] ?? ''));
  let end = start + m[0].length;
  UNIT.lastIndex = end;
  const u = UNIT.exec(text);
  const prefix = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[0];
  let kind: UnitKind = 'none';
  let value = raw;
  let currency: string | undefined;
  if (u) {
    end = UNIT.lastIndex;
    const unit = u[0];
    if (u[1]) kind = '%';
    else if (u[2]) kind = 'pp';
    else if (u[3]) kind = 'bp';
    else if (u[4]) kind = 'points';
    else if (u[5]) kind = 'money';
    else if (u[6] || u[9]) kind = 'count';
    else if (u[7] || u[8]) kind = prefix ? 'money' : 'count';
    for (const [re, times] of MULTIPLIER) {
      if (re.test(unit)) {
        value = raw * times;
        break;
      }
    }
    if (kind === 'money' || prefix) {
      kind = 'money';
      currency = /美元|dollars|US\$/.test(unit + (prefix ?? ''))
        ? /Hong Kong/.test(unit)
          ? 'HKD'
          : 'USD'
        : /港元|HK\$/.test(unit + (prefix ?? ''))
          ? 'HKD'
          : /yuan|renminbi|人民币|人民幣|¥|￥/.test(unit + (prefix ?? ''))
            ? 'CNY'
            : prefix === '$'
              ? 'USD'
              : undefined; // 元 alone: the region's own (Hong Kong's 億元 are HK dollars)
    }
  } else {
    if (NOT_FIGURE_AFTER.test(text.slice(end, end + 6))) return null;
    if (/^(?:19|20)\d{2}$/.test(digits) && !m[3]) return null; // a year
    if (prefix) {
      kind = 'money';
      currency = prefix === '$' || prefix === 'US$' ? 'USD' : prefix === 'HK$' ? 'HKD' : 'CNY';
    }
  }
  return {
    start: start - (prefix?.length ?? 0),
    end,
    value,
    negative: m[1] !== '',
    kind,
    currency,
    commas: digits.includes(','),
  };
}

/** Right before a level: 为49.5, at 4.2%, fell to 48.4. */
const LEVEL_END =
  /(?:为|為|是|达|達|至|到|报|報|录得|錄得|在|\bat|\bto|\bof|\bwas|\bwere|\bis|\bstood|\bhit|\breached|\bremained|\bheld|\bcame in|\breading)\s*(?:约|約|about|around|roughly|just|some)?\s*[:：]?\s*$/i;
const CUE_ZH =
  /约|約|同比|环比|環比|按年|按月|按季|增长|增長|增加|增速|增幅|上涨|上漲|涨幅|漲幅|上升|回升|下降|下跌|降幅|跌幅|回落|减少|減少|下滑|为|為|达|達|录得|錄得|报|報|升至|降至|持平|扩大|擴大|收窄|比上年|较上年|較上年|維持|维持|保持|上调|上調|下调|下調|跌|升|增|降|減|减|涨|漲|是|多|少|分别|分別|新增|萎缩|萎縮|年增|年減|年减|月增|月減|月减|預測至|预测至|預估|预估|成長|成长/;
const CUE_EN =
  /\b(?:rose|rise[sn]?|rising|increas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|advanc(?:e|ed|es|ing)|gr[eo]w(?:s|n|ing)?|expand(?:ed|s|ing)?|accelerat(?:e|ed|es|ing)|edg(?:e|ed|es|ing)|tick(?:ed|s|ing)?|inch(?:ed|es|ing)?|rebound(?:ed|s|ing)?|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|f[ae]ll(?:s|ing|en)?|declin(?:e|ed|es|ing)|drop(?:ped|s|ping)?|slip(?:ped|s|ping)?|slid(?:e|es|ing)?|eas(?:e|ed|es|ing)|slow(?:ed|s|ing)?|decreas(?:e|ed|es|ing)|contract(?:ed|s|ing)?|shr(?:ank|unk|inks?)|plung(?:e|ed|es|ing)|tumbl(?:e|ed|es|ing)|sank|sinks?|cool(?:ed|s|ing)?|averag(?:e|ed|es|ing)|was|were|is|are|be|been|came|stood|stay(?:ed|s)?|remain(?:ed|s)?|held|holds?|hit|reach(?:ed|es)?|register(?:ed|s)?|at|to|of|by|add(?:ed|s|ing)?|up|down|unchanged|flat|kept|cut|lowered|raised|showed|shows|show|looking for|look for|see|sees|seeing|forecast|forecasting|pencil(?:led|ed)? in)\b/i;
// "CPI: 2.1%", "Payrolls: +38,000": a figure right after the name and a colon.
const TIGHT = /^[\s:：]*[+＋]?$/;
// After a name that holds its verb ("economy shrank"): the basis may come between
// ("the economy shrank an annualised 0.4%").
const BASIS_ONLY =
  /^\s*(?:an?\s+)?(?:annuali[sz]ed|seasonally adjusted|estimated|real)?\s*(?:by\s+)?(?:about|around|roughly|some|nearly|almost|just)?\s*$/i;
// In the gap between a name and a number: the number is something else's (a price
// inside CPI, an index, a company, a market) or the sentence moved on.
const BLOCK_ZH =
  /其中|(?<!不变|可比|不變)价格|(?<!不變|可比)價格|指数|指數|板块|板塊|概念|股价|股價|股票|个股|個股|公司|企业|企業|集团|集團|营收|營收|收入|利润|利潤|销售|銷售|订单|訂單|中[，,]|影响|影響|拉动|拉動|贡献|貢獻|比重|占比|佔比|收盘|收盤|收报|收報|芯片|上证|深证|沪指|滬指|深成指|恒指|恒生|创业板|科创|美股|A股|港股|汇率|匯率|人民币兑|美元指数|国债|國債|收益率|期货|期貨|油价|金价|但|而|而且|同时|同時|目标|目標|统计|統計|剪刀差/;
const BLOCK_EN =
  /\b(?:shares?|stocks?|equities|index(?:es)?|indices|S&P|Dow|Nasdaq|Nikkei|Hang Seng|revenues?|sales|profits?|earnings|bonds?|yields?|futures|gold|oil|bitcoin|Treasur(?:y|ies)|markets?|traders|investors|sending|pushing|prompting|lifting|after|before|ahead|while|whereas|but|company|firm|deflator|contribution|contributed|ratio|share|target|goal|among|spread)\b/i;
// Between two figures of one mention: comparison words start another figure's story.
const STOP =
  /from|than|versus|vs\b|compared|expect|forecast|estimate|consensus|economists|analysts|predict|预期|預期|预估|预测|預測|前值|此前|高于|低于|高於|低於|好于|不及|超过|超過|previous reading|prior|revised|修正|上修|下修|上月为|上月為|去年同期为|去年同期為|，而|但/i;
const SPLIT = /分别|分別/;

function tooFar(gap: string): boolean {
  if (gap.length > 160) return true;
  if (CJK.test(gap)) return gap.length > 40;
  let words = 0;
  for (const w of gap.split(/\s+/)) if (w) words++;
  return words > 12;
}

const ASIDE_EN = /,\s+(?:which|who)\s[^,.;]{1,80},/g;
const hasCue = (gap: string) => CUE_ZH.test(gap) || CUE_EN.test(gap);
const blocked = (gap: string) => BLOCK_ZH.test(gap) || BLOCK_EN.test(gap);

/** Whether a figure of this unit can be the series' own. */
function fits(f: Figure, series: IndicatorSeries, lead: string): boolean {
  const units = series.units;
  switch (f.kind) {
    case '%':
      return units.includes('%') || units.includes('index');
    case 'pp':
      return units.includes('pp');
    case 'bp':
      return units.includes('bp');
    case 'points':
      return units.includes('index') || units.includes('pp');
    case 'money':
      return units.includes('money');
    case 'count':
      return units.includes('persons');
    case 'none':
      if (units.includes('index')) return LEVEL_END.test(lead) && f.value > 0 && f.value < 100;
      if (units.includes('persons')) return f.commas || f.value >= 1000 || /\bby\s*$/.test(lead);
      return false;
  }
}

const DIRECTION =
  /(上涨|上漲|上升|增长|增長|成長|成长|增加|回升|扩大|擴大|反弹|反彈|多增|多|涨|漲|升|增|下降|下跌|下滑|减少|減少|回落|降低|萎缩|萎縮|收缩|收縮|负增长|負增長|少增|少|跌|降|減|减|\brose\b|\bris(?:e|es|ing)\b|\bincreas\w*|\bclimb\w*|\bjump\w*|\bgain\w*|\badvanc\w*|\bgr[eo]w\w*|\bexpand\w*|\baccelerat\w*|\brebound\w*|\bsurg\w*|\bsoar\w*|\bup\b|\bhigher\b|\badded\b|\badds?\b|\bf[ae]ll\w*|\bdeclin\w*|\bdrop\w*|\bslip\w*|\bslid\w*|\bdecreas\w*|\bcontract\w*|\bshr[aiu]nk\w*|\bplung\w*|\btumbl\w*|\bsank\b|\bsinks?\b|\blost\b|\blos(?:e|es|ing)\b|\bdown\b|\blower\b|\bnegative\b|\bcut\b|\beas(?:e|ed|es|ing)\b|\bslow\w*|\bcool\w*)/gi;
const DOWN =
  /^(?:下降|下跌|下滑|减少|減少|回落|降低|萎缩|萎縮|收缩|收縮|负增长|負增長|少增|少|跌|降|減|减|f[ae]ll\w*|declin\w*|drop\w*|slip\w*|slid\w*|decreas\w*|contract\w*|shr[aiu]nk\w*|plung\w*|tumbl\w*|sank|sinks?|lost|los(?:e|es|ing)|down|lower|negative|cut|eas(?:e|ed|es|ing)|slow\w*|cool\w*)$/i;

/** The sign the words before a figure give it: 同比下降0.1% is -0.1, fell to 4.1% is 4.1. */
function signOf(f: Figure, lead: string, alias: SeriesAlias, before: string): 1 | -1 {
  if (f.negative) return -1;
  if (LEVEL_END.test(lead)) return /降幅|跌幅|萎缩|萎縮|contraction of/.test(lead) ? -1 : 1;
  // The verb before the figure; else the one before the name ("cut the LPR by 10 bp").
  const last = lastDirection(lead) ?? (alias.sign ? null : lastDirection(before.slice(-16)));
  if (last) return DOWN.test(last) ? -1 : 1;
  return alias.sign ?? 1;
}

function lastDirection(s: string): string | null {
  let last: string | null = null;
  DIRECTION.lastIndex = 0;
  for (let m = DIRECTION.exec(s); m; m = DIRECTION.exec(s)) last = m[1]!;
  return last;
}

const QOQ =
  /季调环比|季調環比|环比折年率|年化|季率|按季|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bq\/q\b|\bqoq\b|annuali[sz]ed|seasonally adjusted annual|from the (?:previous|prior|preceding) quarter|on the quarter|quarterly (?:basis|rate)/i;
const YOY =
  /同比|按年|年率|年增|年減|年减|比上年|较上年|較上年|比去年|较去年|較去年|去年同期|上年同期|year[- ]on[- ]year|year[- ]over[- ]year|\by\/y\b|\byoy\b|from a year (?:earlier|ago|before)|from the same (?:month|period|quarter)|on the year|(?:in|over) the (?:12|twelve) months|in the year (?:to|through|ended|ending)|annual|year-ago|12-month|on a yearly basis/i;
const MOM =
  /环比|環比|按月|月率|月增|月減|月减|比上月|较上月|較上月|month[- ]on[- ]month|month[- ]over[- ]month|\bm\/m\b|\bmom\b|from the (?:previous|prior|preceding) month|from a month (?:earlier|ago|before)|on the month|monthly|sequential/i;

const GROWTH = new RegExp(`${YOY.source}|${DIRECTION.source}`, 'i');

const BASIS_CUES: [RegExp, Basis][] = [
  [new RegExp(QOQ.source, 'gi'), 'qoq'],
  [new RegExp(YOY.source, 'gi'), 'yoy'],
  [new RegExp(MOM.source, 'gi'), 'mom'],
];

function basisCue(text: string, series: IndicatorSeries, last: boolean): Basis | null {
  if (!text) return null;
  // The cue nearest the figure: the last in the words before it, the first after it.
  let best: Basis | null = null;
  let bestAt = last ? -1 : Infinity;
  let qoqAt = -10;
  for (const [re, basis] of BASIS_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (basis === 'qoq') qoqAt = m.index;
      if (last ? m.index > bestAt : m.index < bestAt) {
        best = basis === 'mom' && series.frequency === 'quarter' ? 'qoq' : basis;
        bestAt = m.index;
      }
      if (!last) break;
    }
  }
  // 季调环比 holds 环比, annualized holds annual: the longer cue at a place wins.
  return best && Math.abs(qoqAt - bestAt) <= 2 ? 'qoq' : best;
}

interface Reading {
  figure: Figure;
  unit: string;
  basis: Basis;
  sign: 1 | -1;
  /** No word said the basis: the series' custom chose it. */
  guessed: boolean;
}

function unitOf(f: Figure, series: IndicatorSeries, region: IndicatorRegion | undefined): string {
  switch (f.kind) {
    case '%':
      return series.units.includes('index') ? 'index' : '%';
    case 'pp':
      return 'pp';
    case 'bp':
      return 'bp';
    case 'points':
      return series.units.includes('index') ? 'index' : 'pp';
    case 'count':
    case 'none':
      return series.units.includes('persons') ? 'persons' : 'index';
    case 'money':
      return f.currency ?? (region === 'HK' ? 'HKD' : 'CNY');
  }
}

function read(
  f: Figure,
  lead: string,
  trailing: string,
  before: string,
  anchor: Anchor,
  english: boolean,
  region: IndicatorRegion | undefined,
): Reading {
  const series = anchor.series;
  const unit = unitOf(f, series, region);
  const sign =
    series.level && (f.kind === '%' || f.kind === 'none')
      ? 1
      : signOf(f, lead, anchor.name.alias, before);
  let basis: Basis;
  let guessed = false;
  if (f.kind === 'count' || (f.kind === 'none' && unit === 'persons')) basis = 'change';
  else if (f.kind === 'pp' || f.kind === 'bp' || (f.kind === 'points' && !LEVEL_END.test(lead))) {
    basis = 'change';
  } else if (series.level) basis = 'level';
  else if (f.kind === 'money') {
    basis = /(?:多|少|more|less|increase of|decrease of)\s*(?:约|約)?\s*$/.test(lead)
      ? 'change'
      : 'level';
  } else {
    let cue = basisCue(lead, series, true) ?? basisCue(trailing, series, false);
    // GDP "at a 2.3% annual rate" is annualized quarter on quarter; CPI's annual rate is yoy.
    if (series.frequency === 'quarter' && /annual (?:rate|pace)/i.test(lead + trailing))
      cue = 'qoq';
    cue ??= basisCue(before, series, true);
    // "core inflation", "PCE inflation": an inflation rate is year on year.
    if (!cue && /inflation/i.test(anchor.name.alias.text + lead)) cue = 'yoy';
    guessed = !cue;
    if (cue) basis = cue;
    else if (english && region === 'US' && !LEVEL_END.test(lead)) {
      // U.S. releases lead with the change on the month (and GDP at an annualized rate).
      basis = series.frequency === 'quarter' ? 'qoq' : 'mom';
    } else basis = 'yoy';
  }
  return { figure: f, unit, basis, sign, guessed };
}

// ---------------------------------------------------------------------------------
// Regions.

const REGION_CUES =
  /(美国|美國|美联储|美聯儲|联储|聯儲|\bU\.S\.|\bUS\b|\bUnited States\b|\bAmerican?\b|\bLabor Department\b|\bCommerce Department\b|\bBureau of Labor Statistics\b|\bBLS\b|\bFed\b|\bFederal Reserve\b|\bISM\b|\bInstitute for Supply Management\b)|(香港|本港|港府|統計處|统计处|\bHong Kong\b|\bHK\b|Census and Statistics Department)|(中国|中國|我国|我國|全国|全國|国家统计局|國家統計局|海关总署|海關總署|人民银行|人民銀行|\bChina\b|\bChinese\b|\bNBS\b|National Bureau of Statistics|statistics bureau|\bPBOC\b|People['’]s Bank|\bCaixin\b|\bBeijing\b)|(日本|欧元区|歐元區|欧洲|歐洲|英国|英國|德国|德國|法国|法國|意大利|韩国|韓國|印度|加拿大|澳大利亚|澳洲|新加坡|台湾|台灣|越南|巴西|墨西哥|俄罗斯|俄羅斯|土耳其|瑞士|新西兰|欧盟|歐盟|\bJapan(?:ese)?\b|\beuro zone\b|\beurozone\b|\beuro area\b|\bEurope(?:an)?\b|\bBritain\b|\bBritish\b|\bU\.K\.|\bUK\b|\bGerman(?:y)?\b|\bFrance\b|\bFrench\b|\bItaly\b|\bKorea(?:n)?\b|\bIndia(?:n)?\b|\bCanad(?:a|ian)\b|\bAustralia(?:n)?\b|\bSingapore\b|\bTaiwan(?:ese)?\b|\bVietnam\b|\bBrazil\b|\bMexico\b|\bRussia\b|\bTurkey\b|\bSwitzerland\b|\bSwiss\b|\bNew Zealand\b|\b[Tt]he pound\b|\b[Ss]terling\b|\b[Tt]he yen\b|\b[Tt]he euro\b|\b[Ww]orldwide\b|\b[Gg]lobal(?:ly)?\b|全球)/g;

type RegionCue = IndicatorRegion | 'OTHER';
/** How far back in the paragraph a region word still counts. */
const CUE_LOOKBACK = 600;
const CUE_REGIONS: RegionCue[] = ['US', 'HK', 'CN', 'OTHER'];

interface CueAt {
  start: number;
  end: number;
  region: RegionCue;
}

/** Region words in `text` between `from` and `to`, in order. */
function regionCues(text: string, from: number, to: number, out: CueAt[] = []): CueAt[] {
  // On the stretch alone: a search of the whole text from `from` would run on to the
  // next region word however far it is.
  const part = text.slice(from, to);
  REGION_CUES.lastIndex = 0;
  for (let m = REGION_CUES.exec(part); m; m = REGION_CUES.exec(part)) {
    let group = 1;
    while (m[group] === undefined) group++;
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, region: CUE_REGIONS[group - 1]! });
  }
  return out;
}

/** The last cue inside [from, to), by binary search over cues sorted by start. */
function lastCue(cues: CueAt[], from: number, to: number): RegionCue | undefined {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cues[mid]!.start < to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && cues[i]!.start >= from; i--)
    if (cues[i]!.end <= to) return cues[i]!.region;
  return undefined;
}

function firstCue(cues: CueAt[], from: number, to: number): RegionCue | undefined {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cues[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const c = cues[lo];
  return c && c.end <= to ? c.region : undefined;
}

function pageRegion(text: string): RegionCue | undefined {
  if (CJK.test(text.length > 5000 ? text.slice(0, 5000) : text)) {
    // Traditional script is Hong Kong's press here (Taiwan writes 消費者物價指數 and is named).
    return isTraditionalText(text) ? 'HK' : 'CN';
  }
  // An English page: the first economy it names.
  REGION_CUES.lastIndex = 0;
  const first = REGION_CUES.exec(text);
  if (!first) return undefined;
  let group = 1;
  while (first[group] === undefined) group++;
  return CUE_REGIONS[group - 1];
}

// ---------------------------------------------------------------------------------
// Periods.

interface Found {
  start: number;
  end: number;
  value: string;
  text: string;
  /** The quarters of the year so far (前三季度): a monthly series takes the last month. */
  quartersToDate?: boolean;
  /** A span of months that is one calendar quarter (7-9月, July-September): its quarter. */
  quarter?: string;
}

/** The quarter a span of months makes up (2026-07 to 2026-09: 2026-Q3), if it is one. */
function quarterOfSpan(from: string, until: string | undefined): string | undefined {
  const a = /^(\d{4})-(\d{2})$/.exec(from);
  const b = until ? /^(\d{4})-(\d{2})$/.exec(until) : null;
  if (!a || !b || a[1] !== b[1]) return undefined;
  const first = Number(a[2]);
  const last = Number(b[2]);
  return last === first + 2 && last % 3 === 0 ? `${a[1]}-Q${last / 3}` : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const YEAR_WRITTEN =
  /\d{4}|[〇零一二三四五六七八九]{4}|[今去明前后本]年|\b(?:this|next|last) (?:year|month|quarter)\b/i;
const FORECAST =
  /预计|預計|预期|預期|预测|預測|有望|料將|料将|将|將|expect|forecast|project|estimate|\bwill\b|\bwould\b|\blikely\b|\bseen\b/i;
// A fixing still to come: "expect the rate to be lowered", 预计将下调 (not "as expected").
const FIXING_AHEAD =
  /预计|預計|将|將|expects?\s+(?:the|it|a|China|Beijing|banks|lenders)\b|to be (?:lowered|cut|raised|trimmed|left|kept|held)|\bwill\b|\blikely\b/i;
// (失業率由10月的4.4%降至4.3%: the month it moved from)
// ("rose by 780 billion yuan in October, down from 2.6 trillion yuan in September")
// (but "up 2.9% from a year earlier in November" is the basis, then the figure's month)
const COMPARED_LEAD =
  /\b(?:from|than|versus|vs\.?)\s+(?!(?:a|the|one)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|same|year-ago)\s+)(?:[^,;.]|\.(?=\d)){1,30}?\b(?:in|for)\s+$/i;
const COMPARED_BEFORE =
  /(?:较|較|比|与|與|相比|從|从|由|\bfrom|\bthan|\bsince|\bvs\.?|\bversus)\s*$/i;
// "up from 212,000 in November": the comparison's date, not the figure's.
const COMPARED_NEAR =
  /\b(?:from|than|versus|vs\.?|compared (?:with|to)|since)\s+(?!a year\b|the (?:same|previous|prior|year)\b)(?:[^,;.，；。]|[,.](?=\d))*$/i;
// "rose by 150,000 in January after a 212,000 gain in December": the reading before.
const PREVIOUS_READING_BEFORE =
  /\bafter\s+(?:an?\s+)?(?:(?:upwardly|downwardly)\s+)?(?:revised\s+)?(?:[$\d.,%]+\s*(?:billion|million|bn)?\s+)?(?:gain|rise|increase|drop|decline|fall|jump|advance|reading|print)s?\s+(?:in|for)\s+$/i;
const COMPARED_BETWEEN = /相比|相較|相较|以来|以來|compared|\bsince\b/i;
// Two figures of one sentence joined by "and": "the one-year LPR at 3.0% and the five-year".
const JOINED_FIGURES_EN = /^\s*,?\s*(?:and|while)\s+(?:the\s+|its\s+)?[^,.;]{0,40}$/;
// (and "by", the period of a forecast: "edging up to 4.6% by the fourth quarter"; and an
// amount: "rose 0.8% to $176.5 billion in October")
// 2027-28, 2027/28: a fiscal year over two calendar years.
const FISCAL_YEAR_SPAN = /^(?:19|20)\d\d[-–/]\d\d$/;
const AFTER_LEAD =
  /^(?:[\s,，（(]|[$€£¥]?\d[\d.,]*%?|\b(?:billion|million|trillion|bn|by|annual(?:i[sz]ed)?|year[- ]on[- ]year|year[- ]over[- ]year|month[- ]on[- ]month|from a year (?:earlier|ago)|on a (?:monthly|yearly|annual|seasonally adjusted) basis|annuali[sz]ed|seasonally adjusted|at an? (?:annual(?:ized)?|seasonally adjusted annual) (?:rate|pace)|rate|pace|in|for|during|over|through|thru|the|year|at|its|(?:\d{1,2}|two|three|six|twelve) months|to|ended|ending|as of|(?:U\.S\.\s+)?dollar terms|yuan terms|\w+ terms|on the (?:month|year)|on an annual basis|seasonally adjusted)\b)*$/i;

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// Year-to-date and year-to forms dates.ts leaves to us: 前5个月, the first 11 months,
// in the year to December, January-November.
const YTD_ZH = /(?:((?:19|20)\d{2})年|(今年|去年))?前([一二三四五六七八九十]{1,3}|\d{1,2})个?月/g;
const HK_QUARTER = /(?:((?:19|20)\d{2})年)?第([一二三四1-4])季(?![度率])/g;
const YTD_EN =
  /\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months(?: of ((?:19|20)\d{2}))?/gi;
const YEAR_TO = new RegExp(
  `\\b(?:year|(?:\\d{1,2}|two|three|six|twelve) months) (?:to|through|ended|ending) ${MONTH_NAME}(?:,? ((?:19|20)\\d{2}))?`,
  'g',
);
// A key-figures box: "Core PCE inflation, July: 2.9%", "Jobless rate (Aug): 4.6%".
const FACT_LABEL = new RegExp(
  `^\\s*(?:inflation|rate|index|growth|reading)?\\s*(?:[,(]\\s*(?:${MONTH_NAME}|Q[1-4])(?:\\s+(?:19|20)\\d{2})?\\s*\\)?)?\\s*[:：]\\s*[+＋]?$`,
  'i',
);
// "May industrial production": a month written right before the name is its period.
const MONTH_BEFORE_NAME = new RegExp(`\\b${MONTH_NAME}(?:['’]s)?\\s+(?:core\\s+)?$`);
const MONTH_RANGE = new RegExp(
  `\\b${MONTH_NAME}\\s?[-–]\\s?${MONTH_NAME}(?:,? ((?:19|20)\\d{2}))?`,
  'g',
);

function localPeriods(sentence: string, offset: number, ref: Date): Found[] {
  const out: Found[] = [];
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  const push = (m: RegExpExecArray, year: number, month: number) => {
    if (month >= 1 && month <= 12) {
      out.push({
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        value: `${year}-${pad(month)}`,
        text: m[0],
      });
    }
  };
  if (sentence.includes('前')) {
    YTD_ZH.lastIndex = 0;
    for (let m = YTD_ZH.exec(sentence); m; m = YTD_ZH.exec(sentence)) {
      const n = /^\d+$/.test(m[3]!) ? Number(m[3]) : chineseNumber(m[3]!);
      const year = m[1]
        ? Number(m[1])
        : m[2]
          ? refYear + (m[2] === '去年' ? -1 : 0)
          : refYear - (n >= refMonth ? 1 : 0);
      push(m, year, n);
    }
  }
  if (sentence.includes('季')) {
    // 第一季 (Hong Kong writes the quarter without 度; dates.ts reads 一季度).
    HK_QUARTER.lastIndex = 0;
    for (let m = HK_QUARTER.exec(sentence); m; m = HK_QUARTER.exec(sentence)) {
      const q = '一二三四'.indexOf(m[2]!) + 1 || Number(m[2]);
      out.push({
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        value: `${m[1] ?? refYear}-Q${q}`,
        text: m[0],
      });
    }
  }
  if (sentence.includes('first') || sentence.includes('First')) {
    YTD_EN.lastIndex = 0;
    for (let m = YTD_EN.exec(sentence); m; m = YTD_EN.exec(sentence)) {
      const n = englishCount(m[1]!);
      push(m, m[2] ? Number(m[2]) : refYear - (n >= refMonth ? 1 : 0), n);
    }
  }
  for (const re of [YEAR_TO, MONTH_RANGE]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const month = monthNumber(re === YEAR_TO ? m[1]! : m[2]!)!;
      const written = re === YEAR_TO ? m[2] : m[3];
      const year = written ? Number(written) : resolveMonthDay(month, 15, ref);
      push(m, year, month);
    }
  }
  return out;
}

const LABEL_MONTH = new RegExp(`[,(]\\s*${MONTH_NAME}`);

/** A month name found at `start`, as the period it names (the nearest such month). */
function monthAt(name: string, start: number, ref: Date): Found {
  const month = monthNumber(name)!;
  return {
    start,
    end: start + name.length,
    value: `${resolveMonthDay(month, 15, ref)}-${pad(month)}`,
    text: name,
  };
}

/** "Core PCE inflation, July: 2.9%": the month a key-figures line names. */
function monthInLabel(text: string, from: number, to: number, ref: Date): Found | undefined {
  const gap = text.slice(from, to);
  if (!FACT_LABEL.test(gap)) return undefined;
  const m = LABEL_MONTH.exec(gap);
  return m ? monthAt(m[1]!, from + m.index + m[0].length - m[1]!.length, ref) : undefined;
}

/** "May industrial production", "June's core CPI": the month written against the name. */
function monthBefore(text: string, at: number, sentStart: number, ref: Date): Found | undefined {
  const before = text.slice(Math.max(sentStart, at - 16), at);
  const m = MONTH_BEFORE_NAME.exec(before);
  return m ? monthAt(m[1]!, at - before.length + m.index, ref) : undefined;
}

/** year * 12 + month - 1 of a period's last month. */
function lastMonthIndex(period: string): number {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (!rest) return year * 12 + 11;
  if (rest[0] === 'Q') return year * 12 + Number(rest[1]) * 3 - 1;
  if (rest[0] === 'H') return year * 12 + Number(rest[1]) * 6 - 1;
  return year * 12 + Number(rest.slice(0, 2)) - 1;
}

/** Series published only as a running total from January: fixed-asset investment. */
const YEAR_TO_DATE_SERIES = new Set(['FAI']);

function asPeriod(d: Found, series: IndicatorSeries): Found | null {
  let value = d.value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // A day is when a figure was released, except for a rate fixed that day (LPR).
    if (series.frequency !== 'fixing') return null;
    value = value.slice(0, 7);
  } else if (d.quarter && series.frequency === 'quarter') {
    value = d.quarter;
  } else if (d.quartersToDate && series.frequency === 'month') {
    value = `${value.slice(0, 4)}-${pad(Number(value.slice(6)) * 3)}`;
  } else if (YEAR_TO_DATE_SERIES.has(series.id) && /-[QH]\d$/.test(value)) {
    // 一季度固定资产投资, "in the first half": a year-to-date series reported to the
    // period's last month
    const last = lastMonthIndex(value);
    value = `${Math.floor(last / 12)}-${pad((last % 12) + 1)}`;
  }
  return { start: d.start, end: d.end, value, text: d.text };
}

/**
 * The period before the publish date's: last month's CPI, last quarter's GDP, the latest
 * LPR fixing.
 */
const PUBLISHED_AT_MONTH_END = new Set(['PMI', 'PMI-NONMFG']);

function inferredPeriod(
  series: IndicatorSeries,
  year: number,
  month: number,
  day: number,
  forecast: boolean,
): string {
  // The LPR is fixed on the 20th: before it, the rate in force is last month's fixing and
  // the one expected this month's; after it, this month's and next month's.
  if (series.frequency === 'fixing') {
    const shift = (day >= 20 ? 0 : -1) + (forecast ? 1 : 0);
    const index = year * 12 + month - 1 + shift;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  }
  // China's official PMIs come out on the month's last day, for that month: a story of
  // the 30th or 31st with no month written reads this month's
  if (PUBLISHED_AT_MONTH_END.has(series.id) && day >= 30) return `${year}-${pad(month)}`;
  if (series.frequency === 'quarter') {
    const q = Math.floor((month - 1) / 3); // the previous quarter, 0 = last year's Q4
    return q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
  }
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

// ---------------------------------------------------------------------------------
// The recogniser.

/** Names read together: "CPI和PPI同比分别…", "1年期和5年期以上LPR分别为…". */
interface Group {
  members: { start: number; end: number; series: IndicatorSeries; anchor: Anchor }[];
  /** Where figures are read from, and the furthest they may be. */
  from: number;
  stop: number;
  sentStart: number;
  sentEnd: number;
}

const JOIN = /^\s*(?:和|与|與|及|以及|、|,|，|and|&)\s*$/;
const LPR_1Y_BEFORE =
  /(?:([1一]年期)|\b(one-year|1-year))\s*(?:LPR\s*)?(?:和|与|與|及|、|and|,)\s*$/;

function groupAnchors(text: string, anchors: Anchor[]): Group[] {
  const groups: Group[] = [];
  const lpr1y = INDICATOR_SERIES.find((s) => s.id === 'LPR-1Y')!;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const members: Group['members'] = [];
    const previousEnd = i > 0 ? anchors[i - 1]!.end : 0;
    if (a.series.id === 'LPR-5Y') {
      const tenor = LPR_1Y_BEFORE.exec(text.slice(Math.max(previousEnd, a.start - 16), a.start));
      if (tenor) {
        const start = a.start - tenor[0].length;
        const name = tenor[1] ?? tenor[2]!;
        members.push({
          start,
          end: start + name.length,
          series: lpr1y,
          anchor: { start, end: start + name.length, series: lpr1y, name: a.name },
        });
      }
    }
    members.push({ start: a.start, end: a.end, series: a.series, anchor: a });
    let last = a;
    while (i + 1 < anchors.length && JOIN.test(text.slice(last.end, anchors[i + 1]!.start))) {
      last = anchors[++i]!;
      members.push({ start: last.start, end: last.end, series: last.series, anchor: last });
    }
    const sentStart = sentenceStart(text, members[0]!.start);
    const sentEnd = sentenceEnd(text, last.end);
    const next = anchors[i + 1]?.start ?? text.length;
    groups.push({
      members,
      from: last.end,
      stop: Math.min(sentEnd, next, last.end + 200),
      sentStart,
      sentEnd,
    });
  }
  return groups;
}

interface Chosen {
  member: Group['members'][number];
  figure: Figure;
  lead: string;
  leadFrom: number;
  trailing: string;
  details: { figure: Figure; lead: string; trailing: string }[];
  /** The figure came before the name: "a 0.3% rise in the CPI". */
  reversed?: boolean;
}

// "a 0.3% rise in the CPI", "a 2.5% drop in U.S. retail sales": the figure leads.
const FIGURE_BEFORE =
  /(?:^|[^\d.,])([-−]?\d+(?:\.\d+)?)(\s?(?:%|percent\b|per cent\b))\s+(?:(?:annual|monthly|yearly|year-on-year|month-on-month|quarterly)\s+)?((?:rise|increase|gain|jump|climb|advance|drop|decline|fall|slide|dip)\s+in\s+(?:the\s+)?(?:(?:U\.S\.|US|UK|British|American|euro[- ]zone|China['’]s|America['’]s|Britain['’]s)\s+)?)$/i;

function figureBefore(text: string, g: Group): Chosen[] {
  if (g.members.length !== 1) return [];
  const member = g.members[0]!;
  const from = Math.max(g.sentStart, member.start - 64);
  const m = FIGURE_BEFORE.exec(text.slice(from, member.start));
  if (!m) return [];
  const start = from + m.index + m[0].indexOf(m[1]!);
  const figure: Figure = {
    start,
    end: start + m[1]!.length + m[2]!.length,
    value: Math.abs(Number(m[1]!.replace('−', '-'))),
    negative: /^[-−]/.test(m[1]!),
    kind: '%',
    commas: false,
  };
  return [
    {
      member,
      figure,
      lead: m[3]!,
      leadFrom: member.start - m[3]!.length,
      trailing: text.slice(member.end, g.stop),
      details: [],
      reversed: true,
    },
  ];
}

const FLAT_ZH = /\s*(?:同比|环比|環比|按年|按月)?\s*((?:基本)?持平)/y;
const FLAT_EN = /\s+(?:was|were|held|remained|came in)\s+(unchanged|flat)\b(?!\s+at)/y;

/** The figures of a group, or nothing when the names carry none. */
function chooseFigures(text: string, g: Group): Chosen[] {
  const figures: Figure[] = [];
  // Numbers are looked for in the window alone (a search of the text would run on to
  // the next digit however far it is); units and what follows are read in the text.
  const part = text.slice(g.from, g.stop);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(part); m; m = NUMBER.exec(part)) {
    const f = readNumber(text, m, g.from + m.index);
    if (f) figures.push(f);
    if (figures.length >= 8) break;
    if (f) NUMBER.lastIndex = Math.max(NUMBER.lastIndex, f.end - g.from);
  }
  const last = g.members[g.members.length - 1]!;
  const series = last.series;
  // 环比持平 / was unchanged: a zero with no digits.
  if (!series.level) {
    for (const re of [FLAT_ZH, FLAT_EN]) {
      re.lastIndex = g.from;
      const flat = re.exec(text);
      if (flat && (!figures[0] || figures[0].start >= re.lastIndex)) {
        const zero: Figure = {
          start: re.lastIndex - flat[1]!.length, // the words before it say the basis
          end: re.lastIndex,
          value: 0,
          negative: false,
          kind: '%',
          commas: false,
        };
        figures.unshift(zero);
        break;
      }
    }
  }

  const usable: { figure: Figure; lead: string; leadFrom: number }[] = [];
  let cursor = g.from;
  for (const f of figures) {
    const lead = text.slice(cursor, f.start);
    // (an aside between name and verb is read past: "core PCE, which strips out food and
    // energy, rose 2.8%")
    const gap = text.slice(g.from, f.start).replace(ASIDE_EN, ' ');
    if (!usable.length) {
      if (tooFar(gap) || blocked(gap)) break;
    } else if (lead.length > 30 || blocked(lead)) break;
    if (f.start >= cursor && fits(f, series, lead)) {
      usable.push({ figure: f, lead, leadFrom: cursor });
      cursor = f.end;
    }
  }
  if (!usable.length) return figureBefore(text, g);
  const firstGap = text.slice(g.from, usable[0]!.figure.start);
  // The words up to a figure must say how it relates to the name (同比上涨, rose, 为),
  // unless it follows right away ("CPI: 2.1%").
  const related = (f: Figure) => {
    const gap = text.slice(g.from, f.start);
    return (
      hasCue(gap) ||
      TIGHT.test(gap) ||
      FACT_LABEL.test(gap) ||
      f.start === g.from ||
      (hasCue(text.slice(g.members[0]!.start, g.from)) && BASIS_ONLY.test(gap))
    );
  };

  const trailingOf = (i: number) =>
    text.slice(usable[i]!.figure.end, Math.min(usable[i + 1]?.figure.start ?? g.stop, g.stop));

  // CPI和PPI同比分别上涨0.2%和下降2.5%: one figure a name, in order.
  if (g.members.length === 1 && SPLIT.test(firstGap)) {
    // 船舶、电动汽车…出口分别同比增长108.4%、28.3%: the figures are of the things listed.
    return [];
  }
  if (g.members.length > 1) {
    const respectively =
      SPLIT.test(firstGap) || /\brespectively\b/.test(text.slice(g.from, g.sentEnd));
    if (!respectively || usable.length < g.members.length || !related(usable[0]!.figure)) {
      g.members.splice(0, g.members.length - 1);
    } else {
      return g.members.map((member, i) => ({
        member,
        figure: usable[i]!.figure,
        lead: i === 0 ? firstGap : usable[i]!.lead,
        leadFrom: i === 0 ? g.from : usable[i]!.leadFrom,
        trailing: i === g.members.length - 1 ? trailingOf(i) : '',
        details: [],
      }));
    }
  }

  let primary = 0;
  let previous = false; // the figures before the headline are last period's
  const f0 = usable[0]!.figure;
  const after0 = text.slice(f0.end, f0.end + 6);
  if (f0.kind === 'money' && series.units.includes('%')) {
    // M2余额300.5万亿元，同比增长7.2%: the growth is the headline, the balance a detail.
    const growth = usable.findIndex(
      (u, i) => i > 0 && u.figure.kind === '%' && GROWTH.test(text.slice(f0.end, u.figure.start)),
    );
    if (growth > 0) primary = growth;
  } else if (
    usable[1] &&
    (f0.kind === 'pp' || f0.kind === 'bp' || f0.kind === 'points') &&
    /^\s*(?:至|到|to)\s*$/.test(usable[1].lead)
  ) {
    // 上调了0.6个百分点至1%, cut by 10 basis points to 3.35%: the new level leads.
    primary = 1;
  } else if (
    usable[1] &&
    /由/.test(firstGap) &&
    /^\s*(?:转为|轉為|转|轉|扩大至|擴大至|收窄至|回升至|回落至|上升至|下降至|升至|降至|增至|至|到)/.test(
      after0,
    )
  ) {
    // 由上月下降0.1%转为上涨0.2%, 由上月的0.1%扩大至0.3%: the first figure is last month's.
    primary = 1;
    previous = true;
  }
  const chosen = usable[primary]!;
  if (!related(chosen.figure)) return [];
  const details: Chosen['details'] = [];
  for (let i = 0; i < usable.length; i++) {
    if (i === primary) continue;
    if (i > primary) {
      const u = usable[i]!;
      if (STOP.test(u.lead) || !(hasCue(u.lead) || /^\s*[、，,]\s*$/.test(u.lead))) break;
    } else if (previous || (primary > 1 && i > 0)) continue; // not this period's, or not its own
    details.push({ figure: usable[i]!.figure, lead: usable[i]!.lead, trailing: trailingOf(i) });
  }
  return [
    {
      member: last,
      figure: chosen.figure,
      lead: primary === 0 ? firstGap : chosen.lead,
      leadFrom: primary === 0 ? g.from : chosen.leadFrom,
      trailing: trailingOf(primary),
      details,
    },
  ];
}

/**
 * Macro indicators in `text`: each series name that carries its own figure, with the
 * period the figure is for (from a date written around it, a period stated earlier in
 * the paragraph, or the publish date), its region, unit and basis. Sorted by start,
 * non-overlapping.
 */
export function matchIndicators(
  text: string,
  publishedAt?: string | null,
  options: { dayFirst?: boolean } = {},
): IndicatorEntity[] {
  const anchors = findAnchors(text);
  if (!anchors.length) return [];
  const groups = groupAnchors(text, anchors);
  const readings = groups.map((g) => chooseFigures(text, g));
  if (!readings.some((r) => r.length)) return [];

  // The publish time on the site's own clock, as dates.ts reads it (a +08:00 time early
  // on the 1st is still that month); without one the reader's today stands in.
  const ref = wallClock(publishedAt) ?? new Date();
  const dateRef = wallClock(publishedAt) ? publishedAt : new Date().toISOString();
  const pubYear = ref.getUTCFullYear();
  const pubMonth = ref.getUTCMonth() + 1;
  const pubDay = ref.getUTCDate();

  // Dates only of the sentences that hold a figure: matchDates on those, not the page.
  const dates = new Map<Group, Found[]>();
  let windowStart = -1;
  let windowEnd = -1;
  let windowGroups: Group[] = [];
  const flush = () => {
    if (windowStart < 0) return;
    const slice = text.slice(windowStart, windowEnd);
    // A range (1-5月份) stands for its last month: a year-to-date figure is for that month.
    const found: Found[] = matchDates(slice, dateRef, options).map((d) => ({
      start: d.start + windowStart,
      end: d.end + windowStart,
      // (but a fiscal year written 2027-28 is the year it starts in)
      value: d.until && !FISCAL_YEAR_SPAN.test(d.text) ? d.until : d.value,
      text: d.text,
      quartersToDate: !!d.until && /-Q1$/.test(d.value) && /-Q[2-4]$/.test(d.until),
      quarter: quarterOfSpan(d.value, d.until),
    }));
    found.push(...localPeriods(slice, windowStart, ref));
    found.sort((a, b) => a.start - b.start);
    for (const g of windowGroups) {
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (found[mid]!.start < g.sentStart) lo = mid + 1;
        else hi = mid;
      }
      const own: Found[] = [];
      for (let i = lo; i < found.length && found[i]!.start < g.sentEnd; i++) {
        if (found[i]!.end <= g.sentEnd) own.push(found[i]!);
      }
      dates.set(g, own);
    }
  };
  groups.forEach((g, i) => {
    if (!readings[i]!.length) return;
    // Nearby sentences share one call: each call has a fixed cost of its own.
    if (windowStart < 0 || g.sentStart > windowEnd + 200) {
      flush();
      windowStart = g.sentStart;
      windowGroups = [];
    }
    windowEnd = Math.max(windowEnd, g.sentEnd);
    windowGroups.push(g);
  });
  flush();

  // Region words of the sentences read and of the paragraph text before them: one pass
  // over each stretch, however many figures share it.
  // Paragraph breaks are looked for once, left to right.
  const paragraphs = new Int32Array(groups.length);
  const cues: CueAt[] = [];
  let cueEnd = 0;
  let paragraph = 0;
  let newline = text.indexOf('\n');
  groups.forEach((g, i) => {
    if (!readings[i]!.length) return;
    while (newline >= 0 && newline < g.sentStart) {
      paragraph = newline + 1;
      newline = text.indexOf('\n', paragraph);
    }
    paragraphs[i] = paragraph;
    const from = Math.max(cueEnd, paragraph, g.sentStart - CUE_LOOKBACK);
    if (g.sentEnd > from) regionCues(text, from, g.sentEnd, cues);
    cueEnd = Math.max(cueEnd, g.sentEnd);
  });

  let page: RegionCue | undefined | null = null; // computed on first need
  let memoryOf = -1;
  let memory = new Map<string, string>();
  // A whole year stated for one figure of a list parted by semicolons, and where that
  // list's sentence starts: 去年国内生产总值增长5.1%；居民消费价格上涨0.8%；城镇调查失业率
  // 平均为5.1% are all last year's.
  let listYear: { period: string; from: number } | null = null;
  const out: IndicatorEntity[] = [];

  groups.forEach((g, gi) => {
    const chosen = readings[gi]!;
    if (!chosen.length) return;
    const para = paragraphs[gi]!;
    if (para !== memoryOf) {
      memoryOf = para;
      memory = new Map();
    }
    const sentence = text.slice(g.sentStart, Math.min(text.length, g.sentEnd + 1)).trim();
    const sentenceDates = dates.get(g) ?? [];
    const candidatesOf = (series: IndicatorSeries) =>
      sentenceDates
        .map((d) => asPeriod(d, series))
        .filter(
          (d): d is Found =>
            d !== null &&
            !COMPARED_BEFORE.test(text.slice(Math.max(0, d.start - 4), d.start)) &&
            !COMPARED_LEAD.test(text.slice(Math.max(g.sentStart, d.start - 48), d.start)) &&
            !COMPARED_NEAR.test(text.slice(Math.max(g.sentStart, d.start - 24), d.start)) &&
            !PREVIOUS_READING_BEFORE.test(text.slice(Math.max(g.sentStart, d.start - 48), d.start)),
        );
    // A date right after a figure: "…at 3.5% at its February fixing".
    const dateAfter = (candidates: Found[], tail: number, english: boolean) =>
      candidates
        .filter((d) => d.start >= tail && d.start - tail <= 48)
        .sort((a, b) => a.start - b.start || b.end - a.end)
        // In Chinese a date after the figure and a comma opens the next clause
        // (…同比增长5.2%，上半年GDP…).
        .find(
          (d) =>
            AFTER_LEAD.test(text.slice(tail, d.start)) &&
            (english || !/[，,；;]/.test(text.slice(tail, d.start))),
        );
    chosen.forEach((c, ci) => {
      const { member } = c;
      const series = member.series;
      const figure = c.figure;

      // Region: the name's own, the nearest named before it in the sentence (or in
      // the words up to the figure), the paragraph, the series, the page.
      let region: RegionCue | undefined = member.anchor.name.alias.region;
      if (member.anchor.name.alias.region === undefined) {
        region =
          lastCue(cues, g.sentStart, member.start) ??
          firstCue(cues, member.end, Math.min(g.sentEnd, figure.end + 40)) ??
          lastCue(cues, Math.max(para, g.sentStart - CUE_LOOKBACK), g.sentStart) ??
          series.region;
        if (region === undefined) {
          if (page === null) page = pageRegion(text);
          region = page;
        }
      }
      const known: IndicatorRegion | undefined = region === 'OTHER' ? undefined : region;

      const english = !CJK.test(
        text.slice(Math.min(member.start, figure.start), Math.max(member.end, figure.end)),
      );
      const before = text.slice(g.sentStart, member.start).slice(-24);
      const r = read(figure, c.lead, c.trailing, before, member.anchor, english, known);

      // Period: a date between name and figure, right after the figure, or just before
      // the name; else one stated earlier in the paragraph; else the publish date's.
      const candidates = candidatesOf(series);
      // Where the mention ends: its figure, or its name when the figure came first.
      const tail = c.reversed ? member.end : figure.end;
      const gapDate = candidates.find((d) => d.start >= member.end && d.end <= figure.start);
      // (two figures joined by "and" share the date after the second: "kept the one-year
      // LPR at 3.0% and the five-year LPR at 3.5% at its February fixing")
      const next =
        chosen[ci + 1] ??
        (groups[gi + 1]?.sentStart === g.sentStart ? readings[gi + 1]?.[0] : undefined);
      const afterDate =
        dateAfter(candidates, tail, english) ??
        (english &&
        next &&
        !next.reversed &&
        next.member.start > tail &&
        JOINED_FIGURES_EN.test(text.slice(tail, next.member.start))
          ? dateAfter(candidatesOf(next.member.series), next.figure.end, english)
          : undefined);
      const beforeDate = candidates
        .filter(
          (d) =>
            d.end <= member.start &&
            // (a sentence's only month reaches further: "the deficit widened in January
            // from …, the department said last week, as goods imports rose 2.9%")
            member.start - d.end <= (english ? (candidates.length === 1 ? 160 : 80) : 40) &&
            !COMPARED_BETWEEN.test(text.slice(d.end, member.start)) &&
            !SAID_WHEN_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)),
        )
        .sort((a, b) => b.end - a.end || a.start - b.start)[0];
      let stated =
        gapDate ??
        monthInLabel(text, member.end, figure.start, ref) ??
        afterDate ??
        monthBefore(text, member.start, g.sentStart, ref) ??
        beforeDate;
      // "in January and February combined": two months' figure, for the later month.
      const combined =
        stated &&
        candidates.find(
          (d) =>
            d.start > stated!.end &&
            COMBINED_GAP.test(text.slice(stated!.end, d.start)) &&
            COMBINED_AFTER.test(text.slice(d.end, d.end + 12)),
        );
      if (combined) stated = combined;
      let period: string;
      if (stated) {
        period = stated.value;
        // 四季度 in a January story is last year's: a figure is published after its period.
        if (
          !YEAR_WRITTEN.test(stated.text) &&
          lastMonthIndex(period) > pubYear * 12 + pubMonth - 1 &&
          !FORECAST.test(sentence) &&
          // (a level reached by a quarter is a projection's)
          !(stated === afterDate && /\bby\s/.test(text.slice(tail, stated.start)))
        ) {
          period = String(Number(period.slice(0, 4)) - 1) + period.slice(4);
        }
        memory.set(series.frequency, period);
        if (/^\d{4}$/.test(period))
          listYear = { period, from: fullSentenceStart(text, g.sentStart) };
        // A figure for a whole year is that year's growth, whatever the month's custom.
        if (r.guessed && /^\d{4}$/.test(period)) r.basis = 'yoy';
      } else {
        period =
          (listYear?.from === fullSentenceStart(text, g.sentStart) ? listYear.period : undefined) ??
          memory.get(series.frequency) ??
          inferredPeriod(series, pubYear, pubMonth, pubDay, FIXING_AHEAD.test(sentence));
      }
      // 全年规模以上工业增加值增长5.8%: the whole year's figure, of the year in hand.
      // (and "full-year growth of about 4.9%")
      if (
        FULL_YEAR_BEFORE.test(text.slice(Math.max(g.sentStart, member.start - 10), member.start)) ||
        member.anchor.name.alias.text === 'full-year growth'
      ) {
        period = period.slice(0, 4);
        if (r.guessed) r.basis = 'yoy';
      }

      const isLast = member === g.members[g.members.length - 1];
      const end = isLast && !c.reversed ? figure.end : member.end;
      const begin = c.reversed ? figure.start : member.start;
      const entity: IndicatorEntity = {
        kind: 'indicator',
        value: `${series.id}:${period}`,
        text: text.slice(begin, end),
        start: begin,
        end,
        series: series.id,
        period,
        figure: round(r.sign * figure.value),
        unit: r.unit,
        basis: r.basis,
        sentence,
      };
      if (known) entity.region = known;
      if (c.details.length) {
        entity.details = c.details.map((d) => {
          const dr = read(d.figure, d.lead, d.trailing, before, member.anchor, english, known);
          return { figure: round(dr.sign * d.figure.value), unit: dr.unit, basis: dr.basis };
        });
      }
      out.push(entity);
    });
  });
  return out;
}

/** 0.1 * 3 is 0.30000000000000004: figures keep the digits they were written with. */
function round(n: number): number {
  const r = Math.abs(n) >= 1e6 ? Math.round(n) : Math.round(n * 1e6) / 1e6;
  return r === 0 ? 0 : r; // no -0
}
