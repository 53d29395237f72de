import { DESCRIBING_NOUNS_ZH } from '../name-lead';
import { wholeTextTest } from '../text-test';
import {
  patternForm,
  suffixForm,
  type FormContext,
  type FoundCode,
  type MarketSpec,
} from './market';

/**
 * Hong Kong (HKEX). Codes are written with one to five digits (700, 0700, 00700);
 * the normal form has five. Short codes look like years, amounts and phone
 * numbers, so a number is a Hong Kong code only in this market's own forms:
 * with `.HK`, after `HK:` or 港股, in brackets with five digits (01024), or in
 * brackets with four right after the name of the company that code lists.
 */
type HkExchange = 'HK';

/** A code written after a market word (HK:0700, HK.00981, 港股00700), marked from `start`. */
function markedCode(
  m: RegExpExecArray,
  { text }: FormContext,
  start: number,
): FoundCode<HkExchange> | null {
  const end = m.index + m[0].length;
  const code = writtenCode(text, m[1]!, end);
  return code ? { start, end, code, exchange: 'HK' } : null;
}

/** Hong Kong codes are written with 1–5 digits; the normal form has five. */
export function hkCode(digits: string): string | null {
  if (!/^\d{1,5}$/.test(digits)) return null;
  const padded = digits.padStart(5, '0');
  return padded === '00000' ? null : padded;
}

// Amounts, years and phone numbers are written without leading zeros: such a
// number after 港股 or HK: is not a code when a unit, a decimal part or a second
// group of digits follows (港股2024年, 港股1000亿元, 港股3000点, HK: 2522 1234).
const QUANTITY_AFTER =
  /^(?:[.,．]\d|\s?[-－]?\s?\d|\s*(?:年|月|日|亿|万|千|百|点|元|港元|美元|%|％|倍|家|只|个|多|余))/;

function writtenCode(text: string, digits: string, end: number): string | null {
  if (/^[1-9]/.test(digits) && QUANTITY_AFTER.test(text.slice(end, end + 4))) return null;
  return hkCode(digits);
}

// (a describing noun may lead the name: 手搖飲品牌茶悅匯, 內地物流企業順航供應鏈)
const SHORT_NAME_RUN_BEFORE = new RegExp(
  `(?:^|[\\s，,。；;：:、「『“"的及与與和]|${DESCRIBING_NOUNS_ZH})[\\u4e00-\\u9fff]{2,6}$`,
);
const SHARE_DAY_AFTER =
  /^[^)）]{0,8}[)）]\s*(?:[則则亦也更])?(?:今日|今天|昨日|昨天|早盤|早盘|午後|午后|盤中|盘中)?(?:[再續续又])?(?:首日|暗盤|暗盘|股價|股价|收市|收盘|收盤|收報|收报|高開|高开|低開|低开|急升|急跌|上升|下跌|上漲|上涨|升|跌|漲|涨)/;
// 永達汽車（3669）, 美聯集團（1200）: a short name that ends in a line of business or a
// corporate word is a company's, and the four digits after it (no year) its code.
const COMPANY_WORD_END =
  /(?:集團|集团|控股|實業|实业|國際|国际|發展|发展|置業|置业|地產|地产|汽車|汽车|科技|醫藥|医药|藥業|药业|製藥|制药|能源|電子|电子|物業|物业|銀行|银行|保險|保险|證券|证券|金融|資本|资本|電訊|电讯|航運|航运|船務|船务|建設|建设|環保|环保|教育|生物|醫療|医疗|食品|啤酒|乳業|乳业|礦業|矿业|資源|资源|電力|电力|燃氣|燃气|水務|水务|物流|零售|百貨|百货|酒店|娛樂|娱乐|半導體|半导体)$/;
// (該集團（…）, 其附屬公司: a word pointing back, no name)
const POINTING_HEAD = /^(?:該|该|其|本|這|这|上述|旗下|母|子)/;
// (營業額（2024）升: a figure with its year, not a listing)
const FIGURE_WORD_BEFORE = /(?:額|额|量|率|數|数|值|價|价|利|入|出|公司|該股|该股|指數|指数)$/;
function companyNameBefore(before: string): boolean {
  const run = /[\u4e00-\u9fff]{4,6}$/.exec(before)?.[0];
  return !!run && COMPANY_WORD_END.test(run) && !POINTING_HEAD.test(run);
}

// A page on Taiwan's market (加權指數, 三大法人買超, 投信; not 台股 alone, which a Hong
// Kong page may name) writes Taipei's codes in brackets (台積電（2330）, ETF 00878): none of
// them is a Hong Kong listing.
const TAIWAN_MARKET = /加權指數|加权指数|櫃買|上市櫃|集中市場|三大法人|買超|賣超|投信/;
const onTaiwanPage = wholeTextTest(TAIWAN_MARKET);

function newListingAround(text: string, open: number): boolean {
  const code = text.slice(open + 1, open + 6);
  if (/^\s*(?:19|20)\d\d/.test(code)) return false;
  if (onTaiwanPage(text)) return false;
  const before = text.slice(Math.max(0, open - 10), open);
  return (
    !FIGURE_WORD_BEFORE.test(before) &&
    SHORT_NAME_RUN_BEFORE.test(before) &&
    (SHARE_DAY_AFTER.test(text.slice(open + 1, open + 18)) || companyNameBefore(before))
  );
}

export const hk: MarketSpec<'hk', HkExchange, 'hkex'> = {
  id: 'hk',
  label: 'marketGroupHk',
  exchanges: ['HK'],
  value: (code) => `${code}.HK`,
  codeProblem: (code) => (/^\d{5}$/.test(code) ? null : `"${code}" is not a 5-digit HK code`),
  readInput(raw) {
    // A reader typing into a ticker field means a code: 700 and 1810 are Hong Kong's.
    const m = /^(?:HK\s*:?\s*(\d{1,5})|(\d{1,5})(?:\.HK)?)$/.exec(raw);
    const code = m ? hkCode(m[1] ?? m[2]!) : null;
    return code ? { code, exchange: 'HK' } : null;
  },
  forms: [
    // Taiwan's press: the code and its market joined by a dash, in brackets (2202-HK).
    suffixForm({
      examples: [['萬科企業（2202-HK）', '02202.HK']],
      needs: ['-HK'],
      suffix: /-HK(?=\s*[)）])/g,
      before: /[(（]\s*(\d{1,5})$/,
      reach: 7,
      read(digits) {
        const code = hkCode(digits);
        return code ? { code, exchange: 'HK' } : null;
      },
    }),
    suffixForm({
      examples: [
        ['0700.HK', '00700.HK'],
        ['00700.HK', '00700.HK'],
        ['9988.hk', '09988.HK'],
      ],
      needs: ['.HK', '.hk'],
      suffix: /\.(?:HK|hk)(?![A-Za-z])/g,
      before: /(?<![\d.])(\d{1,5})$/,
      reach: 6,
      read(digits) {
        const code = hkCode(digits);
        return code ? { code, exchange: 'HK' } : null;
      },
    }),
    patternForm({
      examples: [
        ['HK:0700', '00700.HK'],
        ['HKEX: 700', '00700.HK'],
      ],
      needs: ['HK'],
      pattern: /(?:HK|HKEX|HKG|HKSE)\s*[:：]\s*(\d{1,5})(?!\d)/g,
      notAfter: /[A-Za-z]/,
      read: (m, context) => markedCode(m, context, m.index),
    }),
    patternForm({
      // HKEX's own word for its codes, which English pages keep: "will list under stock
      // code 3760", "(stock code: 700)". Four or five digits: six are the mainland's.
      examples: [
        ['under stock code 3760', '03760.HK'],
        ['stock code: 700', '00700.HK'],
      ],
      needs: ['code'],
      pattern:
        /\b(?:(?:stock|trading|share)\s+code|under\s+the\s+code)\s*[:：]?\s*(\d{1,5})(?!\d|[.,]\d)/gi,
      read: (m, context) => markedCode(m, context, m.index + m[0].length - m[1]!.length),
    }),
    patternForm({
      // Bloomberg's tickers, the code and its country: "BYD (1211 HK)".
      examples: [
        ['(1211 HK)', '01211.HK'],
        ['(700 HK Equity)', '00700.HK'],
      ],
      needs: [' HK'],
      pattern: /[(（]\s*(\d{1,5})\s+HK(?:\s+Equity)?\s*[)）]/g,
      read: (m) => {
        const code = hkCode(m[1]!);
        const start = m.index + m[0].indexOf(m[1]!);
        const end = m.index + m[0].search(/\s*[)）]$/);
        return code ? { start, end, code, exchange: 'HK' } : null;
      },
    }),
    patternForm({
      // Brokers' apps and exports write the market first (Futu: HK.00700).
      examples: [
        ['HK.00981', '00981.HK'],
        ['hk.0700', '00700.HK'],
      ],
      needs: ['HK.', 'hk.'],
      pattern: /(?:HK|hk)\.(\d{4,5})(?![\d.])/g,
      notAfter: /[A-Za-z0-9.]/,
      read: (m, context) => markedCode(m, context, m.index),
    }),
    patternForm({
      examples: [
        ['港股00700走强', '00700.HK'],
        ['港股代码：1810', '01810.HK'],
      ],
      needs: ['港股'],
      pattern: /港股(?:代码)?[:：]?\s*(\d{4,5})(?!\d)/g,
      // 港股 itself stays unmarked: the mention is the code.
      read: (m, context) => markedCode(m, context, m.index + m[0].length - m[1]!.length),
    }),
  ],
  bracket: {
    // Bloomberg writes the market after the code: BYD Co. (1211 HK).
    shape: '\\d{1,5}(?:\\s?HK)?',
    read(digits, { text, open, afterName, classSuffix, afterMarketWord, byValue, sameCompany }) {
      // (but a page on Taiwan's market writes its own five-digit ETF codes so:
      // 國泰永續高股息（00878）; a Hong Kong code there is written 0700-HK)
      if (/^0\d{4}$/.test(digits)) {
        const listing = afterName ? byValue(`${digits}.HK`) : undefined;
        if (onTaiwanPage(text) && !(listing && afterName && sameCompany(listing, afterName))) {
          return null;
        }
        return { code: digits, exchange: 'HK' };
      }
      const bloomberg = /^(\d{1,5})\s?HK$/.exec(digits);
      if (bloomberg) {
        const code = hkCode(bloomberg[1]!);
        return code ? { code, exchange: 'HK' } : null;
      }
      // Hong Kong writes its codes without the leading zeros (騰訊控股（0700）,
      // 美團-W（3690）), but four digits are a year or an amount as often as a code:
      // only the named company's own Hong Kong code counts (中国平安（2318）), or
      // any code after an HKEX share-class marker (某某-W（2xxx）), which only
      // Hong Kong short names carry.
      if (!/^\d{1,4}$/.test(digits)) return null;
      const code = hkCode(digits);
      if (code && classSuffix && !afterName) return { code, exchange: 'HK' };
      // 其H股（2318）: a listed Hong Kong code after the company's market word.
      if (code && afterMarketWord?.includes('HK') && byValue(`${code}.HK`)) {
        return { code, exchange: 'HK' };
      }
      // 雲途智駕（2787）首日上升: a new listing the directory lacks yet, a short name before
      // and its shares' day after.
      if (code && !afterName && digits.length === 4 && newListingAround(text, open)) {
        return { code, exchange: 'HK' };
      }
      if (!afterName) return null;
      const listing = code ? byValue(`${code}.HK`) : undefined;
      return code && listing && sameCompany(listing, afterName) ? { code, exchange: 'HK' } : null;
    },
  },
  // HKEX short-name markers: weighted voting rights (-W, -SW), secondary listing
  // (-S), pre-revenue biotech (-B), RMB counter (-R).
  classSuffixes: ['SW', 'W', 'S', 'B', 'R'],
  // (and the English a page writes before a code: "its Hong Kong line (2423)")
  nameCues: [
    '港股',
    'H股',
    '港股通',
    'Hong Kong line',
    'Hong Kong-listed shares',
    'Hong Kong shares',
    'H-shares',
    'H shares',
    'H-share',
    'Hong Kong stock',
  ],
  // 恒指 and the southbound flows are Hong Kong's trading; 港交所上市 a listing there.
  // 港股中概股 are the Chinese names' Hong Kong lines, whatever 中概股 says alone.
  exchangeOperators: ['00388.HK'],
  paragraphCues: [
    '港股中概股',
    '港股',
    'H股',
    '恒指',
    '恒生指数',
    '恒生指數',
    '恒生科技',
    '恒科指',
    '南向资金',
    '港股通',
    'Hang Seng',
    'Hong Kong-listed',
    'Hong Kong shares',
    // a move told in Hong Kong ("rose 6.8% in Hong Kong"), not any sentence set there
    '% in Hong Kong',
    'Hong Kong trading',
  ],
  // Longer names around a listed one: HSBC's Hong Kong bank is a subsidiary.
  notNames: ['香港上海汇丰银行', '香港上海滙豐銀行', '香港上海匯豐銀行'],
  quoteSites: [
    {
      id: 'hkex',
      name: 'HKEX',
      byDefault: true,
      url: (code) =>
        `https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=${Number(code)}&sc_lang=en`,
    },
    {
      id: 'aastocks',
      name: 'AAStocks',
      byDefault: true,
      url: (code) => `https://www.aastocks.com/en/stocks/quote/detail-quote.aspx?symbol=${code}`,
    },
    {
      id: 'eastmoney-hk',
      name: 'Eastmoney',
      url: (code) => `https://quote.eastmoney.com/hk/${code}.html`,
    },
    {
      id: 'xueqiu-hk',
      name: 'Xueqiu',
      url: (code) => `https://xueqiu.com/S/${code}`,
    },
  ],
  sources: [{ id: 'hkex', label: 'sourceHkex' }],
  tables: ['hk.tsv'],
};
