import { patternForm, suffixForm, type MarketSpec } from './market';

/**
 * US listings (NASDAQ, NYSE, NYSE American/AMEX, Cboe, OTC). The listing's value is
 * its symbol alone (AAPL, BRK.B), so the tables write one exchange, US, and the
 * venues appear only in the written forms. Symbols look like words (IT, NOW, ALL),
 * so a bare capitalised word is never taken: only a cashtag, an exchange prefix,
 * a Reuters code or a bracket after a company's name makes one a ticker.
 */
type UsExchange = 'US';

export function isUsSymbol(symbol: string): boolean {
  return /^[A-Z]{1,5}(\.[A-Z])?$/.test(symbol);
}

/**
 * US lines of companies whose home market FinMark does not list: depositary receipts
 * of London, European, Tokyo, Indian, Korean, Taiwanese, Australian and Latin American
 * companies, and the New York lines of Toronto's. A page naming such a company bare
 * means its home shares unless it names New York with it (tickers.ts).
 */
const HOME_ADRS: Record<string, string[]> = {
  london: 'SHEL BP HSBC BCS LYG NWG UL AZN GSK DEO BTI RIO VOD NGG RELX HLN IHG SNN WPP'.split(' '),
  europe: (
    'DB SAN BBVA ING SAP TTE NVS UBS SNY BUD EQNR PHG STLA E NOK ERIC MT ASML NVO HAFN ' +
    'ALC LOGI ARGX GMAB RYAAY STM RACE QGEN'
  ).split(' '),
  tokyo: 'SONY TM HMC MUFG SMFG MFG NMR TAK CAJ'.split(' '),
  india: 'HDB IBN INFY WIT RDY'.split(' '),
  korea: 'KB SHG WF PKX KEP LPL'.split(' '),
  southAfrica: 'GFI SBSW HMY'.split(' '),
  indonesia: 'TLK'.split(' '),
  taiwan: 'TSM UMC ASX CHT'.split(' '),
  australia: 'BHP JHX WDS'.split(' '),
  latinAmerica:
    'AMX PBR VALE SQM EMBJ BBD ITUB SID GGB BSBR BAP TV FMX ASR PAC OMAB CX KOF BSAC'.split(' '),
  toronto: (
    'RY TD BNS BMO CM ENB CNQ SU CNI CP MFC SLF TRP BCE TU IMO ' +
    'CCJ AEM B BAM BN BB CLS CVE FNV MGA NTR QSR WPM'
  ).split(' '),
};

/** The US values of those lines. */
export const FOREIGN_HOME_ADRS: ReadonlySet<string> = new Set(Object.values(HOME_ADRS).flat());

// Written before a symbol with a colon: (NASDAQ: AMZN), NYSE:XOM, (Nasdaq: GOOGL).
const VENUES = ['NASDAQ', 'Nasdaq', 'NYSE(?: American| Arca)?', 'AMEX', 'Cboe', 'OTC(?:QX|QB)?'];

/** Capitals that a figure follows in brackets without being a listing. */
const STATISTIC_CODES = new Set(
  'CPI PPI GDP PMI PCE EPS ROE ROA NIM LPR RRR ISM ECI ADP NFP TSF FAI YOY QOQ MOM YTD'.split(' '),
);

// The words for a listing's shares right before its bracket ("depositary receipts (KB)").
const RECEIPTS_BEFORE = /\b(?:receipts|shares|stock|ADRs|ADSs)\s*[(（]?\s*$/;
// Capitals a page brackets after a word for depositary receipts that name the
// instrument or the market, not a company: "American depositary receipts (ADR)".
const NOT_A_SYMBOL = new Set(['ADR', 'ADS', 'ADSS', 'NYSE', 'US', 'USA', 'OTC', 'ETF', 'NAV']);

export const us: MarketSpec<'us', UsExchange, 'nasdaq'> = {
  id: 'us',
  label: 'marketGroupUs',
  exchanges: ['US'],
  value: (code) => code,
  codeProblem: (code) => (isUsSymbol(code) ? null : `"${code}" is not a US ticker`),
  readInput(raw) {
    // Class shares are typed BRK-B, BRK/B or BRK B as often as BRK.B.
    const code = raw.replace(/^([A-Z]{1,5})[-/ ]([A-Z])$/, '$1.$2');
    return isUsSymbol(code) ? { code, exchange: 'US' } : null;
  },
  forms: [
    patternForm({
      examples: [
        ['$AAPL', 'AAPL'],
        ['$BRK.B', 'BRK.B'],
      ],
      needs: ['$'],
      pattern: /\$([A-Z]{1,5}(?:\.[A-Z])?)(?![A-Za-z0-9])/g,
      notAfter: /[A-Za-z0-9$]/,
      read: (m) => ({ start: m.index, end: m.index + m[0].length, code: m[1]!, exchange: 'US' }),
    }),
    patternForm({
      examples: [
        ['(NASDAQ: AMZN)', 'AMZN'],
        ['NYSE:XOM', 'XOM'],
        ['NYSE American: IMO', 'IMO'],
      ],
      needs: ['NASDAQ', 'Nasdaq', 'NYSE', 'AMEX', 'Cboe', 'OTC'],
      pattern: new RegExp(
        `(?:${VENUES.join('|')})\\s*[:：]\\s*([A-Z]{1,5}(?:\\.[A-Z])?)(?![A-Za-z0-9])`,
        'g',
      ),
      notAfter: /[A-Za-z]/,
      read: (m) => ({ start: m.index, end: m.index + m[0].length, code: m[1]!, exchange: 'US' }),
    }),
    // Bloomberg's tickers, the code and its country: "XPeng Inc. (XPEV US)", "(BRK/B US)".
    patternForm({
      examples: [
        ['(XPEV US)', 'XPEV'],
        ['(BRK/B US Equity)', 'BRK.B'],
      ],
      needs: [' US'],
      pattern: /[(（]\s*([A-Z]{1,5}(?:\/[A-Z])?)\s+US(?:\s+Equity)?\s*[)）]/g,
      notAfter: null,
      read(m) {
        const start = m.index + m[0].indexOf(m[1]!);
        const end = m.index + m[0].search(/\s*[)）]$/);
        return { start, end, code: m[1]!.replace('/', '.'), exchange: 'US' };
      },
    }),
    // A quote widget in the text (The Motley Fool's): the code and its move in brackets,
    // "Activision Blizzard (ATVI 0.34%)". The move makes it a code, known or not.
    patternForm({
      examples: [
        ['Activision Blizzard (ATVI 0.34%)', 'ATVI'],
        ['Amazon (AMZN -1.2%)', 'AMZN'],
      ],
      needs: ['%'],
      // Found from its bracket: a pattern opening with a lookbehind is tried at every
      // position of the text.
      pattern: /[(（]\s*([A-Z]{1,5}(?:\.[A-Z])?)\s+[+\-−]?\d{1,3}(?:\.\d{1,2})?%\s*[)）]/g,
      notAfter: null,
      read(m, { text }) {
        const start = m.index + m[0].indexOf(m[1]!);
        // (after a name, and not a statistic's own move: "inflation (CPI 3.1%)")
        return /[A-Za-z.]\s*[(（]\s*$/.test(text.slice(Math.max(0, start - 4), start)) &&
          !STATISTIC_CODES.has(m[1]!)
          ? { start, end: start + m[1]!.length, code: m[1]!, exchange: 'US' }
          : null;
      },
    }),
    // Brokers' style, market first (Futu: US.AAPL) or last (BABA.US). Neither is
    // ever a word, but "US.IT" could be a sentence run together: only symbols the
    // directory knows, or any in brackets.
    patternForm({
      examples: [['（US.AAPL）', 'AAPL']],
      needs: ['US.'],
      pattern: /US\.([A-Z]{1,5}(?:\.[A-Z])?)(?![A-Za-z0-9])/g,
      notAfter: /[A-Za-z0-9.]/,
      read(m, { text, known }) {
        const inParens = /[(（]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index));
        return known(m[1]!) || inParens
          ? { start: m.index, end: m.index + m[0].length, code: m[1]!, exchange: 'US' }
          : null;
      },
    }),
    suffixForm({
      examples: [['阿里巴巴（BABA-US）', 'BABA']],
      needs: ['-US'],
      suffix: /-US(?=\s*[)）])/g,
      before: /[(（]\s*([A-Z]{1,5}(?:\.[A-Z])?)$/,
      reach: 9,
      read: (code) => ({ code, exchange: 'US' }),
    }),
    suffixForm({
      examples: [['（BABA.US）', 'BABA']],
      needs: ['.US'],
      suffix: /\.US(?![A-Za-z0-9])/g,
      before: /(?<![A-Za-z0-9.])([A-Z]{1,5}(?:\.[A-Z])?)$/,
      reach: 8,
      read(code, _, start, { text, known }) {
        const inParens = /[(（]\s*$/.test(text.slice(Math.max(0, start - 2), start));
        return known(code) || inParens ? { code, exchange: 'US' } : null;
      },
    }),
    // Reuters codes: AMD.O, XOM.N. A capitalised word before ".N" ends many a
    // sentence, so only symbols the directory knows count, or any in parentheses.
    suffixForm({
      examples: [
        ['(AMD.O)', 'AMD'],
        ['（XOM.N）', 'XOM'],
      ],
      suffix: /\.(OQ|O|N|K|A|P)(?![A-Za-z0-9])/g,
      before: /(?<![A-Za-z0-9.])([A-Z]{1,5})$/,
      reach: 6,
      read(code, suffix, start, { text, known }) {
        // BRK.A is Berkshire's class A share, not BRK on NYSE American.
        if (known(`${code}.${suffix}`)) return null;
        const inParens = /[(（]\s*$/.test(text.slice(Math.max(0, start - 2), start));
        return (known(code) && code.length >= 2) || inParens ? { code, exchange: 'US' } : null;
      },
    }),
  ],
  bracket: {
    shape: '[A-Z]{1,5}(?:\\.[A-Z])?',
    read(code, { text, open, afterName, afterCorporateName, afterMarketWord, byValue }) {
      // 阿里巴巴美國存託憑證（ADR）: the instrument's name in brackets, never a symbol
      if (NOT_A_SYMBOL.has(code)) return null;
      // Capitals in brackets are a symbol only after a company's name ("Netflix
      // Inc. (NFLX)"); after a listing elsewhere, only a symbol the directory knows.
      // 其美股（BIDU）: New York's line of the company just named, when known.
      // (a code the directory lacks counts too: "KB Financial's American depositary
      // receipts (KB)" names a New York line whatever lists FinMark ships)
      // (其美股（ZZZZ）: a Chinese market word alone still needs a known code)
      if (afterMarketWord?.includes('US')) {
        const receipts =
          !NOT_A_SYMBOL.has(code) && RECEIPTS_BEFORE.test(text.slice(Math.max(0, open - 12), open));
        return byValue(code) || receipts ? { code, exchange: 'US' } : null;
      }
      // A known class share in brackets is unmistakable: "the Class A shares (BRK.A)".
      if (/\.[A-Z]$/.test(code) && byValue(code)) return { code, exchange: 'US' };
      if (!afterName && !afterCorporateName) return null;
      // A named company's bracket with a code FinMark does not know is its line elsewhere
      // ("Barclays (BARC)", "AstraZeneca (AZN.L)"), not a US symbol.
      if (afterName && FOREIGN_HOME_ADRS.has(afterName.value) && !byValue(code)) return null;
      if (/\.[A-Z]$/.test(code)) return null;
      return { code, exchange: 'US' };
    },
  },
  classSuffixes: [],
  // (English pages name the receipt before its code: "Its U.S.-listed shares (TSM)")
  nameCues: [
    '美股',
    // depositary receipts in Chinese (Hong Kong writes 預託證券, the mainland 存托凭证)
    '美國預託證券',
    '美国预托证券',
    '美國存託憑證',
    '美国存托凭证',
    '美國存託股',
    '美国存托股',
    // (and written bare after where they trade: 滙豐在美國上市的預託證券（NYSE: HSBC）)
    '預託證券',
    '预托证券',
    '存託憑證',
    '存托凭证',
    'ADR',
    'ADRs',
    'ADSs',
    'U.S.-listed shares',
    'US-listed shares',
    'New York-listed shares',
    'New York-listed stock',
    'New York-listed receipts',
    'New York-listed ADRs',
    'U.S.-listed receipts',
    'U.S.-listed stock',
    'US-listed stock',
    'U.S.-listed ADRs',
    'American depositary receipts',
    'American depositary shares',
    'depositary receipts',
    'depositary shares',
    'New York receipts',
    'New York shares',
    'U.S. receipts',
    'US receipts',
    'U.S. shares',
    'US shares',
  ],
  // A paragraph on New York's session: the Chinese names in it are their US listings
  // (蔚来 among 中概股). 隔夜 and 盘前 are said of the US session in Chinese news.
  exchangeOperators: ['NDAQ', 'CME', 'ICE', 'CBOE', 'MSCI'],
  paragraphCues: [
    '美股',
    '中概股',
    '纳斯达克',
    '纳指',
    '道指',
    '道琼斯',
    '标普',
    '纽约',
    '纽交所',
    '美国存托',
    '隔夜',
    '盘前',
    '盘后',
    'New York-listed',
    'New York-traded',
    'in New York',
    'U.S.-listed',
    'US-listed',
    'U.S. shares',
    'US shares',
    'Wall Street',
  ],
  // Names that are also the first or last word of another thing's name.
  notNames: [
    'Golden Apple',
    'Big Apple',
    'Candy Apple',
    'Adam’s Apple',
    "Adam's Apple",
    'Amazon rainforest',
    'Amazon River',
    'Amazon river',
    'Amazon basin',
    'Amazon Basin',
    'Amazon jungle',
    'Oracle of Omaha',
    // Darmstadt's Merck, listed in Frankfurt: not Merck & Co.
    'Merck KGaA',
    'Target Field',
    'Target Center',
    'Ford Field',
    'Gerald Ford',
    'Harrison Ford',
    'Henry Ford Hospital',
    'Tom Ford',
    'Doug Ford',
    'Rob Ford',
    // Programmes, shops and seas that carry a listed company's short name.
    'SNAP benefits',
    'SNAP recipients',
    'SNAP program',
    'Circle K',
    'Red Sea',
    'South China Sea',
    'Black Sea',
  ],
  quoteSites: [
    {
      id: 'yahoo',
      name: 'Yahoo Finance',
      byDefault: true,
      // Yahoo writes class shares with a hyphen (BRK-B).
      url: (_, value) => `https://finance.yahoo.com/quote/${value.replace('.', '-')}`,
    },
    {
      id: 'google',
      name: 'Google Finance',
      byDefault: true,
      url: (_, value) => `https://www.google.com/finance?q=${encodeURIComponent(value)}`,
    },
    {
      id: 'nasdaq',
      name: 'Nasdaq.com',
      url: (_, value) => `https://www.nasdaq.com/market-activity/stocks/${value.toLowerCase()}`,
    },
    {
      id: 'xueqiu-us',
      name: 'Xueqiu',
      url: (_, value) => `https://xueqiu.com/S/${value}`,
    },
  ],
  sources: [{ id: 'nasdaq', label: 'sourceNasdaq' }],
  tables: ['us.tsv'],
};
