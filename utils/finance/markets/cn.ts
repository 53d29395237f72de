import { patternForm, suffixForm, type MarketSpec } from './market';

/**
 * Mainland A-shares: Shanghai (SH), Shenzhen (SZ) and Beijing (BJ). Codes are six
 * digits and the exchange follows from the leading two, so a bare `600519` is
 * 600519.SH; a code written with the wrong exchange is not taken.
 */
type CnExchange = 'SH' | 'SZ' | 'BJ';

const EXCHANGE_BY_HEAD: Record<string, CnExchange> = {
  '60': 'SH',
  '68': 'SH',
  '90': 'SH',
  '00': 'SZ',
  '30': 'SZ',
  '20': 'SZ',
  '43': 'BJ',
  '83': 'BJ',
  '87': 'BJ',
  '92': 'BJ',
};

/** The A-share exchange a code belongs to, from its leading digits; null if none. */
function aShareExchange(code: string): CnExchange | null {
  if (!/^\d{6}$/.test(code)) return null;
  return EXCHANGE_BY_HEAD[code.slice(0, 2)] ?? null;
}

/** The code's exchange, when the exchange written with it (SS is Yahoo's Shanghai) agrees. */
function exchangeFor(code: string, written: string | undefined): CnExchange | null {
  const exchange = aShareExchange(code);
  if (!exchange || !written) return exchange;
  const w = written.toUpperCase() === 'SS' ? 'SH' : written.toUpperCase();
  return w === exchange ? exchange : null;
}

// Codes right after an index name are the index's own code (上证指数(000001)).
const INDEX_BEFORE = /(?:指数|综指|成指|指|上证50|科创50|沪深300|中证500|中证1000|Index)\s*$/;

export const cn: MarketSpec<'cn', CnExchange, 'sse' | 'szse' | 'bse'> = {
  id: 'cn',
  label: 'marketGroupCn',
  exchanges: ['SH', 'SZ', 'BJ'],
  value: (code, exchange) => `${code}.${exchange}`,
  codeProblem(code, exchange) {
    const actual = aShareExchange(code);
    if (!actual) return `"${code}" is not an A-share code`;
    return actual === exchange ? null : `"${code}" trades on ${actual}, not ${exchange}`;
  },
  readInput(raw) {
    const m = /^(?:(SH|SZ|BJ)\s*)?(\d{6})(?:\.(SH|SZ|SS|BJ))?$/.exec(raw);
    if (!m) return null;
    const exchange = exchangeFor(m[2]!, m[1] ?? m[3]);
    return exchange ? { code: m[2]!, exchange } : null;
  },
  forms: [
    patternForm({
      examples: [
        ['SH600519', '600519.SH'],
        ['sz000001', '000001.SZ'],
        ['BJ830799', '830799.BJ'],
        ['SH.600519', '600519.SH'],
      ],
      // Brokers write a dot between (SH.600519, Futu's style).
      pattern: /(SH|SZ|BJ|sh|sz|bj)\.?(\d{6})(?!\d)/g,
      notAfter: /[A-Za-z0-9]/,
      read(m) {
        const exchange = exchangeFor(m[2]!, m[1]);
        return exchange
          ? { start: m.index, end: m.index + m[0].length, code: m[2]!, exchange }
          : null;
      },
    }),
    suffixForm({
      examples: [
        ['600519.SH', '600519.SH'],
        ['600519.SS', '600519.SH'],
        ['000001.sz', '000001.SZ'],
      ],
      suffix: /\.(SH|SZ|SS|BJ|sh|sz|ss|bj)(?![A-Za-z])/g,
      before: /(?<![\d.])(\d{6})$/,
      reach: 7,
      read(code, written) {
        const exchange = exchangeFor(code, written);
        return exchange ? { code, exchange } : null;
      },
    }),
    suffixForm({
      examples: [['寧德時代（300750-CN）', '300750.SZ']],
      needs: ['-CN'],
      suffix: /-CN(?=\s*[)）])/g,
      before: /[(（]\s*(\d{6})$/,
      reach: 8,
      read(code) {
        const exchange = exchangeFor(code, undefined);
        return exchange ? { code, exchange } : null;
      },
    }),
    patternForm({
      // Bloomberg's tickers, the code and its country: "Changan Automobile (000625 CH)"
      // (C1 and C2: the Shanghai and Shenzhen Connect lines).
      examples: [
        ['(000625 CH)', '000625.SZ'],
        ['(600104 C1)', '600104.SH'],
      ],
      needs: [' CH', ' C1', ' C2'],
      pattern: /[(（]\s*(\d{6})\s+C[H12](?:\s+Equity)?\s*[)）]/g,
      read(m) {
        const exchange = exchangeFor(m[1]!, undefined);
        const start = m.index + m[0].indexOf(m[1]!);
        const end = m.index + m[0].search(/\s*[)）]$/);
        return exchange ? { start, end, code: m[1]!, exchange } : null;
      },
    }),
    patternForm({
      // English pages name a line by its code in words: "trades on the STAR Market
      // under the code 688082", "(stock code: 600519)".
      examples: [
        ['under the code 688082', '688082.SH'],
        ['stock code: 000858', '000858.SZ'],
      ],
      needs: ['code'],
      pattern: /\b(?:stock|trading|share|under the)\s+code\s*[:：]?\s*(\d{6})(?!\d|[.,]\d)/gi,
      read(m) {
        const exchange = exchangeFor(m[1]!, undefined);
        const end = m.index + m[0].length;
        return exchange ? { start: end - 6, end, code: m[1]!, exchange } : null;
      },
    }),
    patternForm({
      examples: [
        ['股票代码：600519', '600519.SH'],
        ['代码000001', '000001.SZ'],
      ],
      needs: ['代码'],
      pattern: /代码\s*[:：]?\s*(\d{6})(?!\d)/g,
      read(m) {
        const exchange = exchangeFor(m[1]!, undefined);
        const end = m.index + m[0].length;
        return exchange ? { start: end - 6, end, code: m[1]!, exchange } : null;
      },
    }),
    patternForm({
      examples: [
        ['，300059全天成交额超过百亿元', '300059.SZ'],
        ['显示，002594今日获机构净买入', '002594.SZ'],
        ['，688041则遭净卖出', '688041.SH'],
        ['。600519所在的食品饮料板块走强', '600519.SH'],
      ],
      // A bare code the directory knows, opening its clause and followed by what its
      // shares did: market wraps and 龙虎榜 notes write codes so. An amount or a count
      // of six digits is followed by its unit, never by these words (nor by 所在的, the
      // sector a code's company sits in).
      needs: ['涨', '跌', '成交', '获', '遭', '收', '漲', '獲', '所在', '所属', '所屬'],
      knownOnly: true,
      pattern: new RegExp(
        `(?:^|[，,。；;：:、\\s（(])(\\d{6})(?=\\s*(?:${[
          '全天',
          '全日',
          '今日',
          '今天',
          '盘中',
          '盤中',
          '午后',
          '午後',
          '尾盘',
          '尾盤',
          '早盘',
          '早盤',
          '获',
          '獲',
          '遭',
          '则',
          '則',
          '股价',
          '股價',
          '成交',
          '收涨',
          '收漲',
          '收跌',
          '收报',
          '收報',
          '涨停',
          '漲停',
          '跌停',
          '大涨',
          '大漲',
          '大跌',
          '上涨',
          '上漲',
          '下跌',
          '涨',
          '漲',
          '跌',
          '所在',
          '所属',
          '所屬',
        ].join('|')}))`,
        'g',
      ),
      notAfter: null,
      read(m, context) {
        const exchange = exchangeFor(m[1]!, undefined);
        if (!exchange || !context.known(`${m[1]}.${exchange}`)) return null;
        // (the match opens with the break before the code: a lookbehind would be tried at
        // every position of the text)
        const start = m.index + m[0].length - 6;
        return { start, end: start + 6, code: m[1]!, exchange };
      },
    }),
  ],
  bracket: {
    shape: '\\d{6}',
    read(code, { text, open }) {
      if (INDEX_BEFORE.test(text.slice(Math.max(0, open - 8), open))) return null;
      const exchange = aShareExchange(code);
      return exchange ? { code, exchange } : null;
    },
  },
  // STAR and ChiNext short-name markers: not yet profitable (-U), weighted voting rights
  // (-UW, -WD), a depositary receipt issuer (-UWD). (-W alone is Hong Kong's.)
  classSuffixes: ['UWD', 'UW', 'WD', 'U'],
  // (and the English for the line: "BYD's A-shares", "Ping An A shares")
  nameCues: [
    'A股',
    'A-shares',
    'A shares',
    'A-share',
    'STAR Market shares',
    'Shanghai shares',
    'Shenzhen shares',
    'Shanghai stock',
    'Shenzhen stock',
  ],
  exchangeOperators: [],
  paragraphCues: [
    'A股',
    '沪指',
    '上证指数',
    '深成指',
    '创业板指',
    '沪深两市',
    '两市',
    '北向资金',
    // (Traditional pages on the mainland's market: Hong Kong and Taiwan press)
    '滬指',
    '上證指數',
    '上證綜指',
    '創業板指',
    '滬深兩市',
    '兩市',
    '北向資金',
    '陸股',
    'Shanghai-listed',
    'Shenzhen-listed',
    'Shanghai Composite',
    'CSI 300',
    '% in Shanghai',
    '% in Shenzhen',
    'Shanghai trading',
    'Shenzhen trading',
  ],
  notNames: [
    // The Great Wall, not 长城汽车 (八达岭长城)
    '八达岭长城',
    '八達嶺長城',
    '万里长城',
    '萬里長城',
    '慕田峪长城',
    // The ministry of human resources and social security's old short name, not 中国人保
    '人保部',
    // China Financial Futures Exchange, not 中金公司
    '中金所',
    '中國金融期貨交易所',
    // Longer names around a listed one.
    '中国新能源',
    '全国新能源',
    '全國新能源',
    "People's Bank of China",
    'People’s Bank of China',
    '中国移动通信集团',
    '中國移動通信集團',
    '中信集团',
    '中信银行国际',
    '招商局集团',
    '招商局',
    // Joint ventures and their cars: a mainland partner's venture is not the foreign listing.
    '上汽通用',
    '上海通用',
    '一汽-大众',
    '一汽大众',
    '上汽大众',
    '长安福特',
    '江铃福特',
    '新福克斯',
    '福克斯轿车',
    '广汽丰田',
    '一汽丰田',
    '广汽本田',
    '东风本田',
    '华晨宝马',
    '北京奔驰',
    // Common phrases that hold a short name.
    '招商引资',
    '招商会',
    '平安度过',
    '平安夜',
    '平安无事',
    '平安建设',
    '东方红',
    '东方明珠塔',
    // Places named like companies.
    '连云港市',
    '连云港港',
  ],
  quoteSites: [
    {
      id: 'eastmoney',
      name: 'Eastmoney',
      byDefault: true,
      url: (code, _, exchange) =>
        exchange === 'BJ'
          ? `https://quote.eastmoney.com/bj/${code}.html`
          : `https://quote.eastmoney.com/${exchange.toLowerCase()}${code}.html`,
    },
    {
      id: 'xueqiu',
      name: 'Xueqiu',
      byDefault: true,
      url: (code, _, exchange) => `https://xueqiu.com/S/${exchange}${code}`,
    },
    {
      id: 'sina',
      name: 'Sina Finance',
      url: (code, _, exchange) =>
        `https://finance.sina.com.cn/realstock/company/${exchange.toLowerCase()}${code}/nc.shtml`,
    },
  ],
  sources: [
    { id: 'sse', label: 'sourceSse' },
    { id: 'szse', label: 'sourceSzse' },
    { id: 'bse', label: 'sourceBse' },
  ],
  // cn-all.tsv holds every A-share cn.tsv leaves out; cn.tsv is read first.
  tables: ['cn.tsv', 'cn-all.tsv'],
};
