import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../utils/finance/directory';
import { parseSymbolTable } from '../../../utils/finance/symbol-table';
import { matchTickers } from '../../../utils/finance/tickers';
import { shippedDirectory } from '../../support/shipped-directory';
import { SMALL_TABLE, smallDirectory } from './small-directory';

const directory = smallDirectory();
const values = (text: string) => matchTickers(text, directory).map((e) => e.value);
const found = (text: string) => matchTickers(text, directory).map((e) => [e.text, e.value]);
// Mentions as the shipped directory reads them (the forms found on held-out pages).
const marks = (text: string) =>
  matchTickers(text, shippedDirectory()).map((e) => [e.text, e.value]);

describe('matchTickers: the forms finance writers use', () => {
  it.each([
    ['贵州茅台（600519）今日上涨', [['贵州茅台（600519）', '600519.SH']]],
    ['中国石油(601857.SH)收涨', [['中国石油(601857.SH)', '601857.SH']]],
    [
      '关注SH600519与sh600519',
      [
        ['SH600519', '600519.SH'],
        ['sh600519', '600519.SH'],
      ],
    ],
    ['600519.SS closed higher', [['600519.SS', '600519.SH']]],
    [
      'Tencent (0700.HK) and 00700.HK',
      [
        ['Tencent (0700.HK)', '00700.HK'],
        ['00700.HK', '00700.HK'],
      ],
    ],
    ['港股00700走强', [['00700', '00700.HK']]],
    ['快手-W（01024）大涨', [['快手-W（01024）', '01024.HK']]],
    ['快手－W(01024)大涨', [['快手－W(01024)', '01024.HK']]],
    [
      '买入$AAPL和$BRK.B',
      [
        ['$AAPL', 'AAPL'],
        ['$BRK.B', 'BRK.B'],
      ],
    ],
    ['Amazon (NASDAQ: AMZN) rose', [['Amazon (NASDAQ: AMZN)', 'AMZN']]],
    ['Exxon (NYSE:XOM) fell', [['Exxon (NYSE:XOM)', 'XOM']]],
    [
      'shares of AMD.O and XOM.N',
      [
        ['AMD.O', 'AMD'],
        ['XOM.N', 'XOM'],
      ],
    ],
    ['Netflix Inc. (NFLX) rose', [['Netflix Inc. (NFLX)', 'NFLX']]],
    ['Acme Robotics Inc. (ACMR) listed', [['Acme Robotics Inc. (ACMR)', 'ACMR']]],
    ['北交所艾融软件（830799）', [['艾融软件（830799）', '830799.BJ']]],
    [
      '腾讯与Tencent',
      [
        ['腾讯', '00700.HK'],
        ['Tencent', '00700.HK'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('resolves a second listing to its own code only when the code says so', () => {
    expect(values('中国平安发布年报')).toEqual(['601318.SH']);
    expect(values('中国平安（02318）港股走强')).toEqual(['02318.HK']);
  });

  it('reports offsets into the text, in UTF-16 units', () => {
    const text = '📈 英飞拓涨停';
    const [e] = matchTickers(text, directory);
    expect(text.slice(e!.start, e!.end)).toBe('英飞拓');
    expect(e!.start).toBe(3);
  });
});

describe('matchTickers: what is never a ticker', () => {
  it.each([
    '社会融资规模增加1.2万亿元',
    '上证指数收报3050.12点',
    '上证50与中证500双双上涨，沪深300指数(000300)亦然',
    '上证指数(000001)收涨',
    '预计2024年会迎来爆发期（2024）',
    '客服热线：010-12345678',
    '涨幅为12.5%',
    '酒厂位于茅台镇',
    '游客登上万里长城',
    '中国软件行业协会发布报告',
    'IT spending and AI demand lifted the CEO’s outlook; GDP and CPI data are due NOW for ALL of A',
    'Target prices were raised',
    'the U.N. said',
    'the pineapple harvest',
  ])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });

  // Four digits look like years, amounts and phone numbers: they are a Hong Kong
  // code only in Hong Kong's own forms.
  it.each([
    ['腾讯控股（2024）年报发布', ['00700.HK']],
    ['中国平安（2024）年度股东大会', ['601318.SH']],
    ['（2024）', []],
    ['港股2024年累计上涨', []],
    ['港股1000亿元成交', []],
    ['港股3000点失守', []],
    ['营收（1234）万元', []],
    ['客服热线：95511（8001）', []],
    ['Media enquiries HK: 2522 1234', []],
    ['Call 2522 1234 (ext. 8001) or (8001)', []],
  ])('a 4-digit number is not a Hong Kong code: %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('reads 4-digit codes in Hong Kong’s own forms', () => {
    expect(found('中国平安（2318）港股走强')).toEqual([['中国平安（2318）', '02318.HK']]);
    expect(found('港股代码：1810')).toEqual([['1810', '01810.HK']]);
    expect(found('Xiaomi (1810.HK) and HKEX: 700')).toEqual([
      ['1810.HK', '01810.HK'],
      ['HKEX: 700', '00700.HK'],
    ]);
    // A leading zero is never an amount's: 港股00700年内 is the code.
    expect(values('港股00700年内上涨')).toEqual(['00700.HK']);
  });

  it('accepts symbol-like words when written as tickers', () => {
    expect(values('$NOW and (NYSE: IT) and Allstate Corp. (ALL)')).toEqual(['NOW', 'IT', 'ALL']);
  });

  it('accepts an ordinary-word alias once the company is named beyond doubt', () => {
    expect(values('龙湖集团公布业绩。龙湖的销售额下滑，龙湖仍在扩张')).toEqual([
      '00960.HK',
      '00960.HK',
      '00960.HK',
    ]);
    expect(values('游客在龙湖边散步')).toEqual([]);
  });

  it('does not take a two-character name inside a longer name', () => {
    expect(values('天奇股份中标广汽丰田项目')).toEqual([]);
    expect(values('广汽与比亚迪合作，广汽集团发布公告')).toEqual(['601238.SH', '601238.SH']);
    expect(values('龙湖集团公布业绩，龙湖天街客流回升')).toEqual(['00960.HK', '00960.HK']);
  });

  it('reads an English name as the US listing and a Chinese one as the home listing', () => {
    expect(values('Alibaba shares rose')).toEqual(['BABA']);
    expect(values('阿里巴巴股价上涨')).toEqual(['09988.HK']);
  });

  it('accepts ordinary-word names with company context', () => {
    expect(values('长城汽车股价大涨，长城涨停')).toEqual(['601633.SH', '601633.SH']);
    expect(values('茅台股价创新高')).toEqual(['600519.SH']);
    expect(values('Target Corp cut its forecast')).toEqual(['TGT']);
  });

  it('reads names in capitals and the symbol cell of a quote table', () => {
    expect(values('Ticker\nSecurity\nHD\nTHE HOME DEPOT INC.\n225.86')).toEqual(['HD', 'HD']);
    expect(values('HOME DEPOT SHARES SLIDE')).toEqual(['HD']);
    // Capitals alone never make a symbol out of a word.
    expect(values('HD\nvideo is everywhere')).toEqual([]);
  });

  it('reads a second share class as its company, and "& Co." before a code', () => {
    expect(values('Alphabet and Google rose; 谷歌上涨')).toEqual(['GOOGL', 'GOOGL', 'GOOGL']);
    const [jpm] = matchTickers('JPMorgan Chase & Co. (JPM) gained', smallDirectory());
    expect([jpm?.text, jpm?.form]).toEqual(['JPMorgan Chase & Co. (JPM)', 'name+code']);
  });

  it('leaves share buttons alone', () => {
    expect(values('Share this story\nFacebook\nLinkedIn\nTwitter')).toEqual([]);
    expect(values('Facebook said it would hire.')).toEqual(['META']);
  });

  it('reads an ordinary-word name heading a company brief', () => {
    expect(values('公告速递\n茅台：拟派发现金红利。长城：收到问询函')).toEqual([
      '600519.SH',
      '601633.SH',
    ]);
    expect(values('他说茅台：好喝')).toEqual([]);
  });
});

// Issue 19: the forms a company is written in, and which of its listings a mention means.
const LISTINGS_TABLE = [
  SMALL_TABLE,
  ['00700', 'HK', '腾讯控股', 'Tencent Holdings', '腾讯|Tencent|騰訊控股|騰訊', 'HSI', ''],
  ['03690', 'HK', '美团', 'Meituan', '美团-W|美團|美團-W', 'HSI', ''],
  ['01299', 'HK', '友邦保险', 'AIA Group', '~友邦|友邦保險', 'HSI', ''],
  ['09999', 'HK', '网易', 'NetEase', '网易-S', 'HSI', ''],
  ['NTES', 'US', '网易', 'NetEase', '', 'EXTRA', '09999.HK'],
  ['09618', 'HK', '京东集团', 'JD.com', '京东集团-SW|京东', 'HSI', ''],
  ['JD', 'US', '京东', 'JD.com', '京东集团', 'EXTRA', '09618.HK'],
  ['09626', 'HK', '哔哩哔哩', 'Bilibili', '哔哩哔哩-W|B站', 'HSTECH', ''],
  ['BILI', 'US', '哔哩哔哩', 'Bilibili', 'B站', 'EXTRA', '09626.HK'],
  ['09866', 'HK', '蔚来', 'NIO', '蔚来-SW', 'HSTECH', ''],
  ['NIO', 'US', '蔚来', 'NIO', '', 'EXTRA', '09866.HK'],
  ['688981', 'SH', '中芯国际', 'SMIC', '中芯', 'STAR50', ''],
  ['00981', 'HK', '中芯国际', 'SMIC', '中芯', 'HSI', '688981.SH'],
  ['MU', 'US', '美光科技', 'Micron Technology', '~Micron|美光', 'SPX', ''],
]
  .map((row) => (Array.isArray(row) ? row.join('\t') : row))
  .join('\n');
const listingsDirectory = (() => {
  const { listings, problems } = parseSymbolTable(
    // The small table's 00700 row is replaced by the one above.
    LISTINGS_TABLE.split('\n')
      .filter((l, i, all) => !(l.startsWith('00700\t') && all.indexOf(l) === i && i < 20))
      .join('\n'),
  );
  if (problems.length) throw new Error(JSON.stringify(problems));
  return buildDirectory(listings);
})();
const on = (text: string) =>
  matchTickers(text, listingsDirectory).map((e) => [e.text, e.value] as const);
// Values with the directory that ships (real dual listings and HKEX names).
const real = (text: string) => matchTickers(text, shippedDirectory()).map((e) => e.value);

describe('matchTickers: Traditional names and short Hong Kong codes', () => {
  it.each([
    ['騰訊控股今日上漲', [['騰訊控股', '00700.HK']]],
    ['騰訊控股（0700）績後走高', [['騰訊控股（0700）', '00700.HK']]],
    ['美團-W（3690）股價回落', [['美團-W（3690）', '03690.HK']]],
    ['友邦保險（1299）宣布回購', [['友邦保險（1299）', '01299.HK']]],
    ['腾讯（700）收涨', [['腾讯（700）', '00700.HK']]],
    // An HKEX share-class marker makes a short code Hong Kong's, named or not.
    // (and the short name before it joins the code when the directory lacks the line)
    ['某某科技-W（2171）首日上市', [['某某科技-W（2171）', '02171.HK']]],
  ])('%s', (text, expected) => {
    expect(on(text)).toEqual(expected);
  });

  it.each([
    // A year, an amount, a phone extension in brackets after a name: not its code.
    ['騰訊控股（2024）年度業績', [['騰訊控股', '00700.HK']]],
    ['美团（2023）全年收入', [['美团', '03690.HK']]],
    ['友邦保險派息（1299）港元', [['友邦保險', '01299.HK']]],
    ['查询请致电友邦保險客服（8001）', [['友邦保險', '01299.HK']]],
    ['营收（3690）万元', []],
    ['（700）', []],
  ])('never a code: %s', (text, expected) => {
    expect(on(text)).toEqual(expected);
  });
});

describe('matchTickers: prefixed broker codes', () => {
  it.each([
    [
      '买入HK.00981和SH.600519',
      [
        ['HK.00981', '00981.HK'],
        ['SH.600519', '600519.SH'],
      ],
    ],
    ['持仓：US.AAPL', [['US.AAPL', 'AAPL']]],
    ['阿里巴巴（BABA.US）', [['阿里巴巴（BABA.US）', 'BABA']]],
  ])('%s', (text, expected) => {
    expect(on(text)).toEqual(expected);
  });

  it.each(['based in the US.It said', 'the US.AI boom', 'HK.2024年'])(
    'never a code: %s',
    (text) => {
      expect(on(text)).toEqual([]);
    },
  );
});

describe('matchTickers: the listing a mention means', () => {
  it('takes a share-class suffix for the Hong Kong line', () => {
    expect(on('网易-S涨3%，京东集团-SW跌1%，阿里巴巴-W持平')).toEqual([
      ['网易-S', '09999.HK'],
      ['京东集团-SW', '09618.HK'],
      ['阿里巴巴-W', '09988.HK'],
    ]);
  });

  it('takes a US code after the name for the US line', () => {
    expect(on('哔哩哔哩（BILI.US）盘前涨5%')).toEqual([['哔哩哔哩（BILI.US）', 'BILI']]);
    expect(on('京东美股（JD.US）收涨')).toEqual([['京东美股（JD.US）', 'JD']]);
    expect(on('阿里巴巴（BABA）')).toEqual([['阿里巴巴（BABA）', 'BABA']]);
  });

  it('takes a market word beside the name', () => {
    expect(values('中国平安A股收涨')).toEqual(['601318.SH']);
    expect(on('港股中芯国际大涨，中芯国际H股成交放量')).toEqual([
      ['中芯国际', '00981.HK'],
      ['中芯国际', '00981.HK'],
    ]);
    expect(on('京东美股收跌')).toEqual([['京东', 'JD']]);
  });

  it('takes the market a sentence or paragraph reports on', () => {
    expect(on('隔夜美股三大指数收涨，热门中概股普涨，蔚来涨8%，网易涨2%。')).toEqual([
      ['蔚来', 'NIO'],
      ['网易', 'NTES'],
    ]);
    expect(on('恒指收涨1.2%。\n今日中芯国际领涨科技股。')).toEqual([['中芯国际', '688981.SH']]);
    expect(on('恒指收涨1.2%，中芯国际领涨科技股。')).toEqual([['中芯国际', '00981.HK']]);
    expect(on('港股中概股走强，阿里巴巴涨3%')).toEqual([['阿里巴巴', '09988.HK']]);
    expect(on("Alibaba's Hong Kong-listed shares jumped")).toEqual([['Alibaba', '09988.HK']]);
  });

  it('takes the market of a coded mention in the same sentence', () => {
    expect(real('阿里巴巴（BABA.US）跌2.3%，京东跌1.5%，拼多多涨0.8%。')).toEqual([
      'BABA',
      'JD',
      'PDD',
    ]);
    expect(real('百度跌1.1%，网易涨0.4%，哔哩哔哩（BILI.US）跌2.7%。')).toEqual([
      'BIDU',
      'NTES',
      'BILI',
    ]);
    // A coded line of the same company is a contrast, not the sentence's market.
    expect(real('宁德时代收涨0.6%，宁德时代H股（03750.HK）溢价18%。')).toEqual([
      '300750.SZ',
      '03750.HK',
    ]);
  });

  it('reads a market word after a coded mention, past a time word, as that mention’s market', () => {
    // 港股 reports 比亚迪股份's move, not the bare name's before it
    expect(real('比亚迪本周四将召开发布会，比亚迪股份（01211.HK）今日在港股收涨1.6%。')).toEqual([
      '002594.SZ',
      '01211.HK',
    ]);
    // and past a coded mention of the company's other line, whatever stands between
    expect(real('比亚迪周四召开发布会，比亚迪股份（01211.HK）股价随后在港股收涨。')).toEqual([
      '002594.SZ',
      '01211.HK',
    ]);
    // never: a market word for a list of bare names
    expect(real('京东、阿里巴巴今日在港股走强。')).toEqual(['09618.HK', '09988.HK']);
  });

  it('reads a market word about another line (其H股, 其A股与H股) as no cue for the rest', () => {
    expect(real('以招商银行为例，其A股与H股的价差已不足3%。')).toEqual(['600036.SH']);
    expect(real('中国平安A股收涨1.2%，其H股涨2%。中国平安保险近日公告。')).toEqual([
      '601318.SH',
      '601318.SH',
    ]);
  });

  it('does not carry a contrasted line (招商银行H股（03968.HK）) to later mentions', () => {
    expect(real('招商银行H股（03968.HK）今年涨15%。股东持有招商银行近三成股份。')).toEqual([
      '03968.HK',
      '600036.SH',
    ]);
  });

  it('reads a code after a market word pointing back to the company (其美股（BIDU）)', () => {
    expect(real('百度集团-SW跌2.7%，其美股（BIDU）昨晚亦跌3.2%。')).toEqual(['09888.HK', 'BIDU']);
    expect(real('其美股（ZZZZ）')).toEqual([]);
  });

  it('with no cue, a Hong Kong (Traditional) page means the Hong Kong line', () => {
    expect(real('中國平安升1.9%，寧德時代升2.2%，網易升1.1%。')).toEqual([
      '02318.HK',
      '03750.HK',
      '09999.HK',
    ]);
  });

  it('with no cue, a Chinese ADR issuer on a mainland page is its New York line', () => {
    expect(real('网易发布第三季度财报，京东与百度公布业绩。')).toEqual(['NTES', 'JD', 'BIDU']);
    // A Hong Kong primary without an HKEX class marker stays in Hong Kong.
    expect(real('汇丰控股公布业绩。')).toEqual(['00005.HK']);
  });

  it('with no cue, an A+H name is its A-share line, and lists the others', () => {
    const [smic] = matchTickers('中芯国际发布财报', listingsDirectory);
    expect(smic?.value).toBe('688981.SH');
    expect(smic?.listings).toEqual(['00981.HK']);
    const [one] = matchTickers('贵州茅台发布财报', listingsDirectory);
    expect(one?.listings).toBeUndefined();
  });
});

describe('matchTickers: sense before marking (shipped directory)', () => {
  const shipped = shippedDirectory();
  const marks = (text: string) => matchTickers(text, shipped).map((e) => [e.text, e.value]);

  it.each([
    ['騰訊控股（0700）績後走高，美團-W（3690）回落', '00700.HK', '03690.HK'],
    // A Hong Kong (Traditional) page means an A+H company's Hong Kong line.
    ['寧德時代與比亞迪股份同步上漲', '03750.HK', '01211.HK'],
    ['滙豐控股與匯豐控股', '00005.HK', '00005.HK'],
    ['中國移動、港交所', '00941.HK', '00388.HK'],
  ])('finds Traditional names: %s', (text, a, b) => {
    expect(matchTickers(text, shipped).map((e) => e.value)).toEqual([a, b]);
  });

  it.each([
    // Words that hold a company's name but are not the company.
    '中国新能源汽车销量创新高',
    '各地加大招商引资力度',
    '连云港市出台新政',
    '上汽通用汽车发布新车',
    '长安福特推出新福克斯',
    '一汽-大众工厂复工',
    // Ordinary English words and venues.
    'We had lunch at the Golden Apple Panini shop.',
    'The visa fee doubled this year.',
    'Visa costs for foreign students rose.',
    'The concert at the Pepsi Center sold out.',
    'Fans packed Target Field on Sunday.',
    'The Dow Jones Industrial Average fell and the Nasdaq rose.',
  ])('never a company: %s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('reads a London company named bare in a paragraph on the London market as its London shares', () => {
    // FinMark lists no London line, so nothing is marked; the New York receipt is not meant.
    expect(
      marks('The FTSE 100 rose 0.4%. Lloyds and Barclays rallied on the rate outlook.'),
    ).toEqual([]);
    // A word of New York in the sentence, or a code, means the receipt.
    expect(marks('In London trading, Barclays ADRs rose 2% in New York.').map((m) => m[1])).toEqual(
      ['BCS'],
    );
    expect(marks('Shell (NYSE: SHEL) gained.').map((m) => m[1])).toEqual(['SHEL']);
    // …unless the name's own line, said right after it, is its home one.
    const apposition =
      "BP's American depositary shares rose 2.0% in New York, while Shell, whose London shares gained 1.1%, said it would review its plans.";
    expect(marks(apposition).map((m) => m[1])).toEqual(['BP']);
    expect(
      marks("BP's American depositary shares rose 2.0% in New York, and Shell rose 1.1%.").map(
        (m) => m[1],
      ),
    ).toEqual(['BP', 'SHEL']);
    // An American company in a London paragraph is still itself.
    expect(
      marks('The FTSE 100 rose, and Apple gained after its results.').map((m) => m[1]),
    ).toEqual(['AAPL']);
  });

  it('never takes a place, a region or an unlisted parent group for the listed company', () => {
    expect(marks('宁德时代涨4.1%。位于福建宁德的多家锂电材料企业订单饱满。')).toEqual([
      ['宁德时代', '300750.SZ'],
    ]);
    expect(marks('東亞銀行（0023）公布業績，集團在東亞地區以外的業務佔比上升。')).toEqual([
      ['東亞銀行（0023）', '00023.HK'],
    ]);
    // The parent buys shares of its listed company; the listed company is named too.
    expect(marks('茅台集团公告称，计划增持贵州茅台股份。')).toEqual([['贵州茅台', '600519.SH']]);
    expect(marks('中國人壽（2628）公布業績；其控股股東中國人壽保險（集團）公司並未上市。')).toEqual(
      [['中國人壽（2628）', '02628.HK']],
    );
    // The listed company's own legal name holds （集团） and stays the company.
    expect(
      matchTickers('中国平安保险（集团）股份有限公司公告', shipped).map((e) => e.value),
    ).toEqual(['601318.SH']);
  });

  it('never takes a person or a place named like a company', () => {
    expect(marks('券商策略分析师李宁表示，港股通扩容利好中小盘。')).toEqual([]);
    expect(marks('Ford Motor Co. (F) reports. "It matters," said Renee Ford, an analyst.')).toEqual(
      [['Ford Motor Co. (F)', 'F']],
    );
    expect(
      marks('Dell Technologies (DELL) rose. Michael Dell told analysts costs were rising.'),
    ).toEqual([['Dell Technologies (DELL)', 'DELL']]);
    // Any first name, when a job follows in apposition.
    expect(
      marks('Ford Motor Co. (F) reports. "Demand holds," said Dana Ford, a portfolio manager.'),
    ).toEqual([['Ford Motor Co. (F)', 'F']]);
    expect(marks('Ford, the carmaker, and Ford Motor Co. (F)')).toHaveLength(2);
  });

  it('reads the rest of a longer name, or a possessive of the line, before the code as one mention', () => {
    expect(marks('Coinbase Global (NASDAQ: COIN) received a licence.')).toEqual([
      ['Coinbase Global (NASDAQ: COIN)', 'COIN'],
    ]);
    expect(marks("Shell's New York-listed shares (NYSE: SHEL) tracked oil lower.")).toEqual([
      ["Shell's New York-listed shares (NYSE: SHEL)", 'SHEL'],
    ]);
    // Another company's code after the words is that company's mention, not this one's.
    expect(marks('Nvidia Microsoft (MSFT) rose').map((m) => m[1])).toEqual(['NVDA', 'MSFT']);
  });

  it('reads a STAR-market marker or the line written after the group name as one mention', () => {
    expect(marks('寒武纪-U（688256）涨4.8%')).toEqual([['寒武纪-U（688256）', '688256.SH']]);
    expect(marks('九号公司-WD（689009）涨1%')).toEqual([['九号公司-WD（689009）', '689009.SH']]);
    expect(marks('騰訊音樂娛樂集團的港股（1698）升1.1%')).toEqual([
      ['騰訊音樂娛樂集團的港股（1698）', '01698.HK'],
    ]);
  });

  it('reads an exchange operator as a ticker only when the text speaks of its shares or results', () => {
    expect(marks('港交所表示，大部分修訂將於2027年1月1日生效。')).toEqual([]);
    expect(marks('據港交所數據，今年共有83家公司上市。')).toEqual([]);
    expect(marks('香港交易所（388）股價升1.8%')).toEqual([['香港交易所（388）', '00388.HK']]);
    expect(marks('港交所去年全年收入增長')).toEqual([['港交所', '00388.HK']]);
    expect(marks('Nasdaq said it would extend trading hours.')).toEqual([]);
    expect(marks('Nasdaq shares rose 2% after the results.')).toEqual([['Nasdaq', 'NDAQ']]);
    expect(marks('CME Group Inc. (NASDAQ: CME) won approval.').map((m) => m[1])).toEqual(['CME']);
  });

  it('leaves subsidiaries unmarked: Barclays Bank UK, HSBC UK, Mizuho Securities, 渣打銀行（香港）', () => {
    expect(marks('Barclays Bank UK will report separately.')).toEqual([]);
    expect(marks('HSBC UK, the domestic subsidiary, agreed.')).toEqual([]);
    expect(marks('said Rina Okabe at Mizuho Securities.')).toEqual([]);
    expect(marks('渣打銀行（香港）則表示會在稍後公佈決定。')).toEqual([]);
    expect(marks('Deutsche Bank (NYSE: DB) rose 1%.')).toEqual([
      ['Deutsche Bank (NYSE: DB)', 'DB'],
    ]);
  });

  it('joins a code and the name written right after it, and reads a listed parent with its code', () => {
    expect(marks('SZ000858五粮液涨0.6%')).toEqual([['SZ000858五粮液', '000858.SZ']]);
    expect(marks('金沙中國母公司拉斯維加斯金沙（LVS）昨晚在美股升3.5%').map((m) => m[1])).toEqual([
      '01928.HK',
      'LVS',
    ]);
  });

  it('reads a named company’s symbol before "shares", and its short name in a finance sentence', () => {
    expect(marks('JPMorgan Chase raised guidance. JPM shares rose 1.4%.').map((m) => m[0])).toEqual(
      ['JPMorgan Chase', 'JPM'],
    );
    expect(marks('AI shares rallied on Monday.')).toEqual([]);
    expect(marks('Wells Fargo reported. Wells shares slipped 0.8%.').map((m) => m[1])).toEqual([
      'WFC',
      'WFC',
    ]);
    expect(marks('Tom Wells said rates will fall.')).toEqual([]);
    expect(marks('Bank of China, one of the big four lenders, edged up 0.2%.')).toEqual([
      ['Bank of China', '601988.SH'],
    ]);
  });

  it('gives a bare name its home line in a paragraph that reports on several markets', () => {
    const text =
      "Kweichow Moutai (600519.SS) slipped 0.6% in Shanghai, BYD (1211.HK) rose 1.3% and JD.com's Hong Kong-listed shares (9618) fell 0.9%. China Vanke dropped 3.4%.";
    expect(marks(text).map((m) => m[1])).toEqual([
      '600519.SH',
      '01211.HK',
      '09618.HK',
      '000002.SZ',
    ]);
    const hongKongOnly =
      "BYD (1211.HK) rose 1.3% and JD.com's Hong Kong-listed shares (9618) fell 0.9%. China Vanke dropped 3.4%.";
    expect(marks(hongKongOnly).map((m) => m[1])).toEqual(['01211.HK', '09618.HK', '02202.HK']);
  });

  it('reads round 11 forms: 萬科A as the A share, 匯豐微跌, a group named as a holder, 港交所 in brackets as a short name', () => {
    expect(marks('萬科企業（2202）成交增加；萬科A本周在深市累升2.9%。').map((m) => m[1])).toEqual([
      '02202.HK',
      '000002.SZ',
    ]);
    expect(marks('友邦（1299）跌0.8%，匯豐微跌0.2%。').map((m) => m[1])).toEqual([
      '01299.HK',
      '00005.HK',
    ]);
    expect(
      marks('北方稀土的控股股东包钢（集团）公司及中国稀土集团未就公告发表评论。').map((m) => m[1]),
    ).toEqual(['600111.SH']);
    expect(marks('香港交易及結算所（港交所）亦刊發諮詢文件。港交所（00388）收升1.2%。')).toEqual([
      ['港交所（00388）', '00388.HK'],
    ]);
  });

  it('reads a two-character name after a word of degree as the adjective', () => {
    expect(marks('美的集团收涨2.6%。准备迎接“更美的换新季”。').map((m) => m[0])).toEqual([
      '美的集团',
    ]);
  });

  it('leaves a building or venue named after a company unmarked', () => {
    expect(marks('業績發布會於晚上8時在深圳騰訊濱海大廈舉行。')).toEqual([]);
    expect(marks('论坛在平安金融中心举行。')).toEqual([]);
    expect(marks('腾讯控股大涨5%')).toEqual([['腾讯控股', '00700.HK']]);
  });

  it('reads Hong Kong papers’ 恒 for 恆 and their short names', () => {
    expect(marks('恒基地產（0012）本月以來上升6%，平保跌1%。')).toEqual([
      ['恒基地產（0012）', '00012.HK'],
      ['平保', '02318.HK'],
    ]);
    expect(marks('居民收入水平保持稳定')).toEqual([]);
  });

  it('an ordinary-word name the text confirmed still reads as a word in a compound', () => {
    expect(marks('Visa (V) reports on Tuesday. Visa costs are another matter.')).toEqual([
      ['Visa (V)', 'V'],
    ]);
    expect(marks('理想汽车（LI.US）涨1.2%。有券商指其新款车型订单理想，利好汽车板块。')).toEqual([
      ['理想汽车（LI.US）', 'LI'],
    ]);
    // …but not when it names the company as subject or object.
    expect(
      marks('Visa (V) reports on Tuesday. Visa said spending held up. Analysts at Visa agree.'),
    ).toEqual([
      ['Visa (V)', 'V'],
      ['Visa', 'V'],
      ['Visa', 'V'],
    ]);
  });

  it.each([
    // A line on an exchange FinMark does not list: not the company's New York ADR.
    'Barclays (LSE: BARC) edged up. Barclays said profits rose.',
    "Markets drifted after the People's Bank of China left its rate.",
    '2025年全国新能源汽车销量超过1600万辆',
    '中国移动通信集团有限公司将牵头建设平台',
    '合资公司比亚迪丰田电动车科技有限公司日前宣布',
    '證監會執行董事梁友邦表示',
    "Tickets for country singer Kacey McDonald's tour sold out.",
  ])('never a listed company here: %s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('takes a symbol the text gave with its code as the company later on', () => {
    expect(
      marks('Intercontinental Exchange (NYSE: ICE) won approval. ICE said on Monday.'),
    ).toEqual([
      ['Intercontinental Exchange (NYSE: ICE)', 'ICE'],
      ['ICE', 'ICE'],
    ]);
    // Two-letter symbols stay words ("IT spending"), and a symbol never written with its code is text.
    expect(marks('Gartner (NYSE: IT) said IT spending rose.')).toEqual([
      ['Gartner (NYSE: IT)', 'IT'],
    ]);
    expect(marks('ICE said on Monday.')).toEqual([]);
  });

  it('reads class shares and Bloomberg codes, and a legal name as the company', () => {
    expect(marks('The Class A shares (BRK.A) have trailed.')).toEqual([['(BRK.A)', 'BRK.A']]);
    expect(marks('BYD Co. (1211 HK) rose 2.2%.')).toEqual([['BYD Co. (1211 HK)', '01211.HK']]);
    expect(marks('宁德时代新能源科技股份有限公司公告')).toEqual([['宁德时代', '300750.SZ']]);
    expect(real('比亚迪股份有限公司公告')).toEqual(['002594.SZ']);
    expect(real('滙豐、中銀香港及渣打亦相繼宣布')).toEqual(['00005.HK', '02388.HK', '02888.HK']);
  });

  it("leaves HSBC's Hong Kong bank, a subsidiary, unmarked", () => {
    expect(marks('旗下香港上海滙豐銀行的按揭需求回穩。')).toEqual([]);
  });

  it('marks an ordinary-word name with evidence: its full name, or finance words in its sentence', () => {
    expect(marks('Visa shares rose 2% after earnings.')).toEqual([['Visa', 'V']]);
    expect(marks('Micron reports quarterly earnings on Wednesday.')).toEqual([['Micron', 'MU']]);
    expect(marks('Oracle Corp said it would hire. Oracle plans more data centres.')).toEqual([
      ['Oracle Corp', 'ORCL'],
      ['Oracle', 'ORCL'],
    ]);
    expect(marks('Goldman raised its target.')).toEqual([['Goldman', 'GS']]);
  });
});

describe('matchTickers: a sentence runs on past an abbreviation', () => {
  it('finds the finance word after "U.S." in the same sentence', () => {
    const values = (text: string) => matchTickers(text, shippedDirectory()).map((e) => e.value);
    expect(values('Target said strong U.S. demand lifted its shares.')).toContain('TGT');
    expect(values('Target said strong American demand lifted its shares.')).toContain('TGT');
  });
});

describe('matchTickers: a name followed by a word of sequence before its move', () => {
  it('reads 苹果则逆市升 as the company, 吃苹果则健康 as the fruit', () => {
    // (the shipped directory, where 苹果 is also an everyday word)
    const shipped = shippedDirectory();
    const values = (text: string) => matchTickers(text, shipped).map((e) => e.value);
    expect(values('苹果则逆市升0.5%。')).toEqual(['AAPL']);
    expect(values('吃苹果则健康。')).toEqual([]);
  });
});

describe('matchTickers: English pages on lines listed in two places', () => {
  it('reads a symbol with an HKEX class marker as the Hong Kong line', () => {
    const text =
      'Baidu Inc (BIDU) rose 3.6% and NetEase (NTES) gained 2.2%. In Hong Kong, BIDU-SW and NTES-S were among the most traded names.';
    expect(marks(text)).toEqual([
      ['Baidu Inc (BIDU)', 'BIDU'],
      ['NetEase (NTES)', 'NTES'],
      ['BIDU-SW', '09888.HK'],
      ['NTES-S', '09999.HK'],
    ]);
    // a symbol followed by a hyphenated word is no class marker
    expect(marks('NetEase (NTES) rose. NTES-Sony talks were denied.').map((m) => m[1])).toEqual([
      'NTES',
      'NTES',
    ]);
  });

  it('joins a possessive line and its code into one mention', () => {
    expect(marks("Alibaba's Hong Kong line (09988.HK) closed higher.")).toEqual([
      ["Alibaba's Hong Kong line (09988.HK)", '09988.HK'],
    ]);
    expect(marks("Barclays' American depositary receipts (BCS) rose 0.6% in New York.")).toEqual([
      ["Barclays' American depositary receipts (BCS)", 'BCS'],
    ]);
    expect(marks('Its U.S.-listed shares (TSM) have gained 41% this year.')).toEqual([
      ['(TSM)', 'TSM'],
    ]);
  });

  it('leaves a bare name listed at home elsewhere unmarked without New York in its sentence', () => {
    expect(marks('Shell said on Monday it had no plans to revive talks with BP.')).toEqual([]);
    expect(marks('Bank of Nova Scotia added 0.5% in Toronto.')).toEqual([]);
    expect(marks('Shell rose 1.5% in New York trading.')).toEqual([['Shell', 'SHEL']]);
    // the receipt with its own code in the sentence: the bare name is the home line
    expect(
      marks('In Taipei, TSMC climbed 1.2%; its ADRs (TSM) closed 0.9% higher in New York.'),
    ).toEqual([['(TSM)', 'TSM']]);
  });
});

describe('matchTickers: the market an English sentence reports a move on', () => {
  it('reads a move told in Hong Kong as the Hong Kong line, and a U.S. line named after it', () => {
    expect(
      marks('NIO rose 6.8% in Hong Kong, catching up with a 5.9% jump in its U.S. shares (NIO).'),
    ).toEqual([
      ['NIO', '09866.HK'],
      ['NIO', 'NIO'],
    ]);
  });

  it("reads a possessive line (BYD's Shenzhen-listed shares) as that line", () => {
    expect(marks("BYD's Shenzhen-listed shares slipped 0.4%.")).toEqual([['BYD', '002594.SZ']]);
  });

  it('keeps a possessive line with its code apart from later bare mentions', () => {
    // the Hong Kong line is set apart; the bare name in the next paragraph is the home listing
    expect(
      marks("BYD's Hong Kong shares (1211.HK) lost 1.5%.\nBYD does not sell cars in America."),
    ).toEqual([
      ["BYD's Hong Kong shares (1211.HK)", '01211.HK'],
      ['BYD', '002594.SZ'],
    ]);
  });

  it('lets a symbol that is an everyday abbreviation stand only as that company', () => {
    expect(
      marks('Cheniere Energy (LNG) rose 2%. The LNG ban is phased in. LNG shares rose again.'),
    ).toEqual([
      ['Cheniere Energy (LNG)', 'LNG'],
      ['LNG', 'LNG'],
    ]);
    expect(marks('BNY (BK) and BNY Mellon rose.').map((m) => m[1])).toEqual(['BK', 'BK']);
  });
});

describe('matchTickers: a home market named in the clause, and Traditional market words', () => {
  it('leaves a bare name moving in London unmarked though the sentence prices sterling in dollars', () => {
    expect(marks('Sterling slipped to $1.3210, with Barclays up 1.2% in London.')).toEqual([]);
    expect(
      marks("BP gained 0.9% in London, while TotalEnergies' US-listed shares (TTE) rose 0.4%.").map(
        (m) => m[1],
      ),
    ).toEqual(['TTE']);
  });

  it('reads 台積電 after 台股方面 as the Taipei line and 台積電ADR as the receipt', () => {
    expect(marks('台股方面，台積電週四收高0.8%，台積電ADR隔夜則漲1.4%。')).toEqual([
      ['台積電', 'TSM'],
    ]);
  });

  it('reads a bank in a paragraph on 滬深兩市 as its A share on a Traditional page', () => {
    expect(marks('滬深兩市成交額增加，工商銀行漲1.6%。').map((m) => m[1])).toEqual(['601398.SH']);
  });
});

describe('matchTickers: a new Hong Kong listing the directory lacks', () => {
  it('joins an HKEX short name to its code and finds it again by that name', () => {
    expect(marks('截止認購的雲途智駕-W（02787）今日上市。雲途智駕-W暗盤升10%。')).toEqual([
      ['雲途智駕-W（02787）', '02787.HK'],
      ['雲途智駕-W', '02787.HK'],
    ]);
  });

  it('leaves a lead word out of the run, and takes a name without a class marker before a five-digit code', () => {
    expect(marks('新股茶語-B（02999）招股。茶語-B暗盤。')).toEqual([
      ['茶語-B（02999）', '02999.HK'],
      ['茶語-B', '02999.HK'],
    ]);
    expect(marks('其中，明德科技（02986）跌3%。明德科技收報5元。')).toEqual([
      ['明德科技（02986）', '02986.HK'],
      ['明德科技', '02986.HK'],
    ]);
  });

  it('takes no run that ends in a word of its own as a name', () => {
    expect(marks('某公司（02998）招股。')).toEqual([['（02998）', '02998.HK']]);
    expect(marks('股份代號（02997）。')).toEqual([['（02997）', '02997.HK']]);
    expect(marks('該股（02996）急升。')).toEqual([['（02996）', '02996.HK']]);
  });
});

describe('matchTickers: an A-share wrap written in codes and lists', () => {
  it('takes a bare code the directory knows when what its shares did follows', () => {
    expect(marks('东方财富涨5.6%，300059全天成交额超过百亿元。')).toEqual([
      ['东方财富', '300059.SZ'],
      ['300059', '300059.SZ'],
    ]);
    expect(marks('龙虎榜数据显示，002594今日获机构净买入，688041则遭净卖出。')).toEqual([
      ['002594', '002594.SZ'],
      ['688041', '688041.SH'],
    ]);
    // never: an amount, a count or a number inside a word
    expect(marks('本次募资，300059元已到账。共计600036人获奖，编号600036的文件。')).toEqual([]);
  });

  it('reads names that are also words as companies when listed before 等 and a word for companies', () => {
    expect(marks('同花顺、指南针等金融信息服务商同步走强。')).toEqual([
      ['同花顺', '300033.SZ'],
      ['指南针', '300803.SZ'],
    ]);
    expect(marks('指南针、地图等工具都带上了。')).toEqual([]);
  });

  it('reads a bare name before its own H share (其H股…在港股) as the A share, and an exchange code as the A-share market', () => {
    expect(
      marks(
        '权重股方面，宁德时代涨2.4%，其H股宁德时代（03750）在港股涨1.9%；比亚迪（002594）小幅下跌0.6%，招商银行小幅收涨。',
      ),
    ).toEqual([
      ['宁德时代', '300750.SZ'],
      ['宁德时代（03750）', '03750.HK'],
      ['比亚迪（002594）', '002594.SZ'],
      ['招商银行', '600036.SH'],
    ]);
  });
});

describe('matchTickers: Hong Kong and Taiwan pages on lines listed in several places', () => {
  it('reads a depositary receipt written in Chinese as the New York line, its words joined to the code', () => {
    expect(marks('阿里巴巴美國預託證券（BABA）收升2.9%。')).toEqual([
      ['阿里巴巴美國預託證券（BABA）', 'BABA'],
    ]);
    expect(marks('蔚來-SW升0.9%。蔚來在紐約上市的美國預託證券（NIO）隔晚則升2.4%。')).toEqual([
      ['蔚來-SW', '09866.HK'],
      ['蔚來在紐約上市的美國預託證券（NIO）', 'NIO'],
    ]);
  });

  it('marks no line on a market FinMark does not cover, no exchange as a venue and no founder', () => {
    expect(marks('滙豐控股（0005）升1.1%，但滙豐在倫敦的股價隔晚則跌0.4%。')).toEqual([
      ['滙豐控股（0005）', '00005.HK'],
    ]);
    expect(marks('富途控股（FUTU）隔晚在納斯達克收跌2.1%。')).toEqual([
      ['富途控股（FUTU）', 'FUTU'],
    ]);
    expect(marks('李寧（2331）升3.3%，公司創辦人李寧表示有信心。')).toEqual([
      ['李寧（2331）', '02331.HK'],
    ]);
  });

  it('reads the exchange operator as a company when its results follow further on', () => {
    expect(marks('港交所上月公布的2026年全年業績顯示，溢利增長12%。')).toEqual([
      ['港交所', '00388.HK'],
    ]);
    expect(marks('港交所公布的數據顯示，成交額上升。')).toEqual([]);
  });

  it('finds a broker written with HKEX’s 証 as with 證', () => {
    expect(marks('中信証券（6030）升2%。')).toEqual([['中信証券（6030）', '06030.HK']]);
  });
});

describe('matchTickers: English wires on companies listed at home elsewhere', () => {
  it('reads the clause of a bare name up to its sentence end, not into the next sentence', () => {
    expect(
      marks(
        "BP's New York-listed shares (BP) fell 1.3%, while Shell slipped 0.8% in London. Petrobras's American depositary receipts rose.",
      ).map((m) => m[1]),
    ).toEqual(['BP', 'PBR']);
  });

  it('takes a market word in the name’s own clause over a coded mention in the clause before', () => {
    expect(
      marks('China Resources Land (1109.HK) rose 0.8%, while China Vanke fell 2.2% in Shenzhen.'),
    ).toEqual([
      ['China Resources Land (1109.HK)', '01109.HK'],
      ['China Vanke', '000002.SZ'],
    ]);
  });

  it('marks no company in the wire credit of a dateline, and the company in the story', () => {
    expect(
      marks('NEW YORK, July 24 (Tidewater) - Tidewater Inc. shares rose 3% after results.'),
    ).toEqual([['Tidewater Inc.', 'TDW']]);
    // a name in brackets that no dash follows is a company's, as ever
    expect(marks('Offshore vessel owners (Tidewater) rose 3%.')).toEqual([['Tidewater', 'TDW']]);
  });

  it('knows mid and small caps outside the S&P 500 by their everyday names', () => {
    expect(
      marks('Texas Roadhouse reports on Thursday; Wingstop and Dycom Industries follow.'),
    ).toEqual([
      ['Texas Roadhouse', 'TXRH'],
      ['Wingstop', 'WING'],
      ['Dycom Industries', 'DY'],
    ]);
    // an everyday word among them needs the company's sense ("a crane", not Crane)
    expect(marks('A crane lifted the beams into place.')).toEqual([]);
  });

  it('takes a second-mention short name only where the page names the company otherwise', () => {
    expect(
      marks(
        'Devon Energy (DVN) rose 2%. Devon said output grew; Lam Research fell, and Lam cut its outlook.',
      ),
    ).toEqual([
      ['Devon Energy (DVN)', 'DVN'],
      ['Devon', 'DVN'],
      ['Lam Research', 'LRCX'],
      ['Lam', 'LRCX'],
    ]);
    // a finance sentence alone is no evidence: the county, and a surname
    expect(marks('House prices in Devon rose 3% as Lam, a fund manager, sold shares.')).toEqual([]);
  });

  it('learns a new Hong Kong line from a code in words near the company', () => {
    expect(
      marks(
        'Mindray will list in Hong Kong next week under stock code 3760. Mindray shares rose 3% in Shenzhen.',
      ),
    ).toEqual([
      ['Mindray', '03760.HK'],
      ['3760', '03760.HK'],
      ['Mindray', '300760.SZ'],
    ]);
    // (a company with a Hong Kong line keeps it; a code in words is no new line of it)
    expect(marks('BYD said on Monday its stock code 1211 stays. BYD rose.')).toEqual([
      ['BYD', '002594.SZ'],
      ['1211', '01211.HK'],
      ['BYD', '002594.SZ'],
    ]);
  });

  it('knows the everyday English names of mainland companies, and the case wires write', () => {
    expect(
      marks('Ping An rose, Ping An Bank fell; Contemporary Amperex, Naura and Nio gained.'),
    ).toEqual([
      ['Ping An', '601318.SH'],
      ['Ping An Bank', '000001.SZ'],
      ['Contemporary Amperex', '300750.SZ'],
      ['Naura', '002371.SZ'],
      ['Nio', 'NIO'],
    ]);
  });

  it('knows the names Taiwan and Hong Kong pages give US companies', () => {
    // (超微 is also a word, "ultra-micro": its code once on the page confirms it)
    expect(
      marks(
        '超微（AMD）財報優於預期。輝達、超微與美超微股價昨日齊漲，安謀與邁威爾亦走高，科林研發及應材則下跌。',
      ),
    ).toEqual([
      ['超微（AMD）', 'AMD'],
      ['輝達', 'NVDA'],
      ['超微', 'AMD'],
      ['美超微', 'SMCI'],
      ['安謀', 'ARM'],
      ['邁威爾', 'MRVL'],
      ['科林研發', 'LRCX'],
      ['應材', 'AMAT'],
    ]);
    expect(marks('摩通及大摩均上調目標價。')).toEqual([
      ['摩通', 'JPM'],
      ['大摩', 'MS'],
    ]);
    // 人保部, the labour ministry's old short name, is not 中国人保
    expect(marks('人保部发布通知。')).toEqual([]);
  });

  it('learns a risk-warned short name from its code, and a Hong Kong code after a company word', () => {
    expect(marks('ST宇顺（002289）预计亏损。ST宇顺同日收到关注函。')).toEqual([
      ['ST宇顺（002289）', '002289.SZ'],
      ['ST宇顺', '002289.SZ'],
    ]);
    expect(marks('永達汽車（3669）則因價格戰轉虧，永達汽車股價急跌。')).toEqual([
      ['永達汽車（3669）', '03669.HK'],
      ['永達汽車', '03669.HK'],
    ]);
    expect(marks('上市代理股美聯集團（1200）今日升4.2%，美聯集團表示樓市回暖。')).toEqual([
      ['美聯集團（1200）', '01200.HK'],
      ['美聯集團', '01200.HK'],
    ]);
    // a year after a group is its report's, and 該集團 points back
    expect(marks('某某集團（2025）年報公布。該集團（1200）表示。')).toEqual([]);
  });

  it('takes a city or a scenic area named like a company as the place', () => {
    expect(marks('张家界（000430）将召开股东大会。张家界市主要景区接待游客增长。')).toEqual([
      ['张家界（000430）', '000430.SZ'],
    ]);
    expect(marks('峨眉山A（000888）复牌，公司称峨眉山景区经营正常。')).toEqual([
      ['峨眉山A（000888）', '000888.SZ'],
    ]);
  });

  it('marks no company in a court doctrine named after a party', () => {
    expect(marks('The Supreme Court overturned the Chevron doctrine in June 2024.')).toEqual([]);
    expect(marks('Chevron (CVX) rose 1%.')).toEqual([['Chevron (CVX)', 'CVX']]);
  });
});

describe('matchTickers: a new Hong Kong listing with a four-digit code', () => {
  it('takes an unknown four-digit code after a short name when its shares’ day follows', () => {
    expect(marks('新股雲途智駕（2787）首日上升30%，雲途智駕收報50元。')).toEqual([
      ['雲途智駕（2787）', '02787.HK'],
      ['雲途智駕', '02787.HK'],
    ]);
  });

  it('takes no figure with its year, no year-like code and no code with nothing after it', () => {
    expect(marks('營業額（2024）升3%。')).toEqual([]);
    expect(marks('明德科技（2026）升3%。')).toEqual([]);
    expect(marks('明德方舟（2787）表示將擴產。')).toEqual([]);
    // (a name that ends in its line of business is a company's, its digits the code)
    expect(marks('明德科技（2787）表示將擴產。')).toEqual([['明德科技（2787）', '02787.HK']]);
  });
});

describe('matchTickers: round 17 forms', () => {
  it('joins a new A-share listing’s short name to its code and finds it again, its board words left out', () => {
    expect(
      marks('今日，科创板新股星衡半导体-U（688812）登陆上交所，星衡半导体-U收盘涨200%。'),
    ).toEqual([
      ['星衡半导体-U（688812）', '688812.SH'],
      ['星衡半导体-U', '688812.SH'],
    ]);
  });

  it('reads a directory name at the end of a new listing’s short name as part of it', () => {
    expect(
      marks('雲峰機器人-W（02829）今日掛牌，雲峰機器人收報10元。機器人（300024）升1%。'),
    ).toEqual([
      ['雲峰機器人-W（02829）', '02829.HK'],
      ['雲峰機器人', '02829.HK'],
      ['機器人（300024）', '300024.SZ'],
    ]);
  });

  it('gives a market word after a coded mention to that mention alone, in its paragraph too', () => {
    expect(
      marks(
        '美的集团（000333.SZ）涨2.4%，其港股美的集团（00300）涨2.0%；海尔智家涨2.9%，海尔智家（06690）在港股涨3.1%。',
      ),
    ).toEqual([
      ['美的集团（000333.SZ）', '000333.SZ'],
      ['美的集团（00300）', '00300.HK'],
      ['海尔智家', '600690.SH'],
      ['海尔智家（06690）', '06690.HK'],
    ]);
  });

  it('marks no company in the Great Wall, a longer proper name, a product or a programme', () => {
    expect(marks('长城汽车涨4.1%。故宫、八达岭长城等景点客流回升。')).toEqual([
      ['长城汽车', '601633.SH'],
    ]);
    expect(marks('In Oslo, Aker BP and Var Energi were little changed.')).toEqual([]);
    expect(marks('Target Corp. (NYSE: TGT) rose; its Target Circle 360 membership grew.')).toEqual([
      ['Target Corp. (NYSE: TGT)', 'TGT'],
    ]);
    expect(marks('The cuts to SNAP food benefits took effect.')).toEqual([]);
  });

  it('reads a receipt’s symbol standing alone on its home market as the home line', () => {
    expect(
      marks("UBS Group's New York shares (UBS) added 0.9%, while UBS rose 1.1% in Zurich."),
    ).toEqual([["UBS Group's New York shares (UBS)", 'UBS']]);
  });

  it('joins a corporate name the directory lacks to its code, and never across a line', () => {
    expect(marks('DHT Holdings (DHT) gained 3.1%.')).toEqual([['DHT Holdings (DHT)', 'DHT']]);
    expect(marks('It rose in Zurich.\nFrontline (NYSE: FRO) jumped.')).toEqual([
      ['Frontline (NYSE: FRO)', 'FRO'],
    ]);
  });
});

describe('matchTickers: short names before known codes, and a coded line set apart by its market', () => {
  it('takes the page’s short name before a code the directory knows under another name', () => {
    expect(marks('创业板新股澄源储能（301628）将于本周二申购。澄源储能主营储能电池系统。')).toEqual(
      [
        ['澄源储能（301628）', '301628.SZ'],
        ['澄源储能', '301628.SZ'],
      ],
    );
  });

  it('does not let a coded line followed by 在港股 set the company’s later bare mentions', () => {
    expect(
      marks('海尔智家涨2.9%，海尔智家（06690）在港股涨3.1%。\n海尔集团是海尔智家的控股股东。'),
    ).toEqual([
      ['海尔智家', '600690.SH'],
      ['海尔智家（06690）', '06690.HK'],
      ['海尔智家', '600690.SH'],
    ]);
  });
});

describe('matchTickers: round 18 forms', () => {
  it('reads HKEX’s 綫 as 線, and no company in an unlisted overseas arm', () => {
    expect(marks('眾安在綫（6060）上週四公布扭虧為盈。')).toEqual([
      ['眾安在綫（6060）', '06060.HK'],
    ]);
    expect(marks('在港經營的中國人壽（海外）屬非上市公司。')).toEqual([]);
  });

  it('reads the exchange operator at work on a consultation as the market', () => {
    expect(marks('港交所早前就優化除淨及派息結算安排展開市場諮詢。')).toEqual([]);
  });

  it('reads a code after "its Hong Kong line" or "its New York-listed receipts" as that line', () => {
    expect(marks('KE Holdings (NYSE: BEKE) rose, and its Hong Kong line (2423) gained.')).toEqual([
      ['KE Holdings (NYSE: BEKE)', 'BEKE'],
      ['(2423)', '02423.HK'],
    ]);
    expect(
      marks('Lloyds fell in London, while its New York-listed receipts (LYG) slipped.'),
    ).toEqual([['(LYG)', 'LYG']]);
  });
});

describe('matchTickers: round 19 forms', () => {
  it('reads a person whose surname is a company’s short name, head of a desk, as a person', () => {
    expect(
      marks('"We are patient," said Anneliese Schwab, head of rates strategy at a bank.'),
    ).toEqual([]);
    expect(marks('Charles Schwab (SCHW) rose 1.2%.')).toEqual([['Charles Schwab (SCHW)', 'SCHW']]);
  });

  it('leaves Darmstadt’s Merck KGaA to Frankfurt and keeps Merck & Co.', () => {
    expect(marks("Germany's Merck KGaA slipped in Frankfurt.")).toEqual([]);
    expect(marks('Merck rose 1.6% after its results.')).toEqual([['Merck', 'MRK']]);
  });

  it('reads a new Hong Kong listing led by a describing noun, and a trading word after 則', () => {
    expect(marks('同日上市的手搖飲品牌茶悅匯（2591）則收市跌6.5%。')).toEqual([
      ['茶悅匯（2591）', '02591.HK'],
    ]);
    expect(marks('本週二上市的內地物流企業順航供應鏈（2635）首日平收。')).toEqual([
      ['順航供應鏈（2635）', '02635.HK'],
    ]);
    // a figure with its year stays a figure
    expect(marks('集團營業額（2024）上升。')).toEqual([]);
  });

  it('reads the exchange operator’s own business as the company', () => {
    expect(marks('新股熱潮亦帶動港交所本身業務。')).toEqual([['港交所', '00388.HK']]);
  });

  it('lets no ordinary word vouch for itself from inside a new listing’s name', () => {
    const text =
      '下週有一隻機器人股接力招股。專注人形機器人的星瀾機器人-W（2671）將招股。星瀾機器人-W的暗盤安排在下週。';
    expect(marks(text).map(([, v]) => v)).toEqual(['02671.HK', '02671.HK']);
  });

  it('leaves home lines on markets FinMark does not cover, and reads the receipts', () => {
    expect(
      marks('台系ADR普遍收高；不過日月光投控（3711-TW）昨日在台股下跌1.4%，其ADR在紐約上升。'),
    ).toEqual([]);
    expect(marks('BHP Group fell 1.1% in Sydney on Wednesday.')).toEqual([]);
    expect(
      marks("Novo Nordisk's receipts fell 2.7% in New York; in Copenhagen, Novo shares lost 3.0%."),
    ).toEqual([['Novo Nordisk', 'NVO']]);
    expect(marks('Ternium (TX) and James Hardie Industries (JHX) rose.')).toEqual([
      ['Ternium (TX)', 'TX'],
      ['James Hardie Industries (JHX)', 'JHX'],
    ]);
    expect(marks("POSCO Holdings' American depositary receipts (PKX) fell.")).toEqual([
      ["POSCO Holdings' American depositary receipts (PKX)", 'PKX'],
    ]);
  });
});

describe('matchTickers: round 20 forms', () => {
  it('reads no receipt into a bare name when the New York word is another company’s code', () => {
    expect(
      marks(
        'Deere & Co. (NYSE: DE) sells against Kubota, and Ford Motor (F) competes with Toyota and Honda for U.S. buyers.',
      ).map(([, v]) => v),
    ).toEqual(['DE', 'F']);
    expect(marks('Toyota and Honda fell in New York.').map(([, v]) => v)).toEqual(['TM', 'HMC']);
  });

  it('reads an exchange operator as a source of data, and an athlete founder as a person', () => {
    expect(marks('芝加哥商品交易所（CME）FedWatch工具顯示，7月降息機率升至六成。')).toEqual([]);
    expect(marks('芝商所（CME）股價上升2%。')).toEqual([['芝商所（CME）', 'CME']]);
    expect(marks('公司創辦人、前體操運動員李寧早前透露有意增持。')).toEqual([]);
  });

  it('lists Dr. Reddy’s and EPAM', () => {
    expect(marks("Dr. Reddy's Laboratories (RDY) and EPAM Systems (EPAM) rose.")).toEqual([
      ["Dr. Reddy's Laboratories (RDY)", 'RDY'],
      ['EPAM Systems (EPAM)', 'EPAM'],
    ]);
  });
});

describe('matchTickers: round 21 forms', () => {
  it('reads a company moving in London as its London line, and its Hong Kong code as that line', () => {
    expect(
      marks('HSBC Holdings rose 0.5% in London, and its Hong Kong shares (0005) added 0.8%.'),
    ).toEqual([['(0005)', '00005.HK']]);
    expect(marks('HSBC Holdings (0005) rose 0.5%.')).toEqual([
      ['HSBC Holdings (0005)', '00005.HK'],
    ]);
  });

  it('lists Woodside, Imperial Oil, Rocket, Virtu and 美聯物業', () => {
    expect(
      marks(
        'Imperial Oil (IMO) rose, Rocket Companies (RKT) and Virtu Financial (VIRT) gained.',
      ).map(([, v]) => v),
    ).toEqual(['IMO', 'RKT', 'VIRT']);
    expect(
      marks("Woodside Energy Group's New York-listed shares (WDS) fell.").map(([, v]) => v),
    ).toEqual(['WDS']);
    expect(marks('美聯物業（1200）升2%。')).toEqual([['美聯物業（1200）', '01200.HK']]);
  });
});

describe('matchTickers: written forms from round 22', () => {
  const marks = (text: string) =>
    matchTickers(text, shippedDirectory()).map((e) => [e.text, e.value]);

  it('takes a surname after initials and a name glued to Group as short names, once named in full', () => {
    expect(
      marks(
        'D.R. Horton (NYSE: DHI) rose and PulteGroup (PHM) gained. Horton, the largest builder, led. Pulte said orders rose.',
      ).map(([, v]) => v),
    ).toEqual(['DHI', 'PHM', 'DHI', 'PHM']);
    // never without the full name, nor another company's first word (J.P. Morgan → Morgan Stanley)
    expect(marks('Horton led the rally. Pulte said orders rose.')).toEqual([]);
    expect(marks('Morgan said the bank would hire.')).toEqual([]);
  });

  it('reads a company that imports as the company', () => {
    expect(
      marks('Ford Motor Co. (NYSE: F) slid. Ford imports more engines.').map(([, v]) => v),
    ).toEqual(['F', 'F']);
  });

  it('takes a short name that speaks after a person of that surname as the person', () => {
    const text =
      'Wells Fargo (WFC) reports Friday, said Amanda Wells, an economist. Whether Wells still sees loan growth matters. "Rates can move," Wells said. Wells added that banks were calm.';
    expect(marks(text).map(([t]) => t)).toEqual(['Wells Fargo (WFC)', 'Wells']);
    // a person named after a job in apposition: "Harlan Ford, who runs dealerships"
    expect(
      marks(
        'Ford Motor (F) fell, said Harlan Ford, who runs three dealerships. "Prices rose," Ford said.',
      ).map(([t]) => t),
    ).toEqual(['Ford Motor (F)']);
  });

  it('knows 滙控, a line named where it trades, a contrast pointing back, and a code by its sector', () => {
    expect(
      marks('滙控表示，滙豐在美國上市的預託證券（NYSE: HSBC）將反映業績。滙豐已完成回購。'),
    ).toEqual([
      ['滙控', '00005.HK'],
      ['滙豐在美國上市的預託證券（NYSE: HSBC）', 'HSBC'],
      ['滙豐', '00005.HK'],
    ]);
    expect(
      marks(
        '中芯国际（688981）涨4.6%，其港股中芯国际（00981）同步上涨。科技方面，中芯国际此前公布营收增长。',
      ).map(([, v]) => v),
    ).toEqual(['688981.SH', '00981.HK', '688981.SH']);
    expect(marks('个股表现活跃。600519所在的食品饮料板块走强。')).toEqual([
      ['600519', '600519.SH'],
    ]);
    // never: six digits that are an amount
    expect(marks('成交额为600519万元所在区间。')).toEqual([]);
  });
});

describe('matchTickers: written forms from round 23', () => {
  const marks = (text: string) =>
    matchTickers(text, shippedDirectory()).map((e) => [e.text, e.value]);

  it('takes 中国银行 as the bank, never inside the words of banking', () => {
    expect(marks('农业银行、中国银行分别上涨0.9%和0.8%。')).toEqual([
      ['农业银行', '601288.SH'],
      ['中国银行', '601988.SH'],
    ]);
    for (const text of [
      '中国银行业协会发布报告。',
      '中国银行间市场交易商协会表示。',
      '原中国银行保险监督管理委员会。',
    ])
      expect(marks(text)).toEqual([]);
  });

  it('keeps an A+H company’s Hong Kong line to its paragraph, then reads the home line', () => {
    expect(
      marks(
        '港股方面，万科企业（02202）涨12.4%。万科表示将加快去化。\n万科4月合同销售额约182亿元。',
      ).map(([, v]) => v),
    ).toEqual(['02202.HK', '02202.HK', '000002.SZ']);
  });

  it('reads an exchange named as the venue of a move as no mark, and as a company when its shares move', () => {
    expect(
      marks(
        "SAP SE's New York-listed shares (NYSE: SAP) were little changed and ASML Holding (ASML) gained 0.5% on Nasdaq, while at home SAP fell 0.4% in Frankfurt.",
      ).map(([t]) => t),
    ).not.toContain('Nasdaq');
    expect(marks('Nasdaq rose 2% after its results.').map(([, v]) => v)).toEqual(['NDAQ']);
  });

  it('learns a new H share’s code from its bracket and reads the marked mentions after it as that line', () => {
    expect(
      marks(
        '國產藥企股價走強。科創板上市的澤璟製藥（688266.SH／2637.HK）本週完成H股招股。澤璟製藥-B昨日定價，澤璟製藥A股收漲。',
      ).map(([t, v]) => `${t} ${v}`),
    ).toEqual([
      '澤璟製藥（688266.SH／2637.HK） 688266.SH',
      '2637.HK 02637.HK',
      '澤璟製藥-B 02637.HK',
      '澤璟製藥 688266.SH',
    ]);
    // never a second line for a market the directory already knows: 寧德時代's H share is 03750
    expect(
      marks('寧德時代（300750.SZ／3750.HK）上升，寧德時代H股走強。').map(([, v]) => v),
    ).toEqual(['300750.SZ', '03750.HK', '03750.HK']);
  });

  it('reads a name and its shares before a code as one mention', () => {
    expect(marks('HKEX shares (0388.HK) rose 1.6%.')).toEqual([
      ['HKEX shares (0388.HK)', '00388.HK'],
    ]);
  });

  it('takes 吉利 where the text names Geely, and reads a Chinese full stop as a sentence’s end', () => {
    expect(
      marks(
        '依裁定，吉利為18.8%。吉利汽車（0175-HK）昨日漲1.8%。消費者圖個吉利，選車看重口碑。',
      ).map(([t]) => t),
    ).toEqual(['吉利', '吉利汽車（0175-HK）']);
    // a New York word in the sentence before says nothing of a company named bare after 。
    expect(
      marks('美股小鵬（XPEV-US）漲5.6%。零跑（9863-HK）宣布，與Stellantis合資的工廠將投產。').map(
        ([, v]) => v,
      ),
    ).toEqual(['XPEV', '09863.HK']);
  });
});

describe('matchTickers: written forms from round 25', () => {
  const marks = (text: string) =>
    matchTickers(text, shippedDirectory()).map((e) => [e.text, e.value]);

  it('reads "Cos." and "Companies" as legal forms before a code, and "Corp." after a name kept with "Corp"', () => {
    expect(marks('Williams Cos. (WMB) said it would spend more.')).toEqual([
      ['Williams Cos. (WMB)', 'WMB'],
    ]);
    expect(marks('TJX Cos. (TJX) hit a record high.')).toEqual([['TJX Cos. (TJX)', 'TJX']]);
    expect(marks('Oracle Corp. (ORCL) rose.')).toEqual([['Oracle Corp. (ORCL)', 'ORCL']]);
  });

  it('reads the first word of a company the page introduced with its code as that company', () => {
    expect(
      marks(
        'Constellation Energy Corp. (NASDAQ: CEG) rose 4%. Constellation said the order helps, and a rally has lifted Constellation, Vistra and Talen. Foot Locker, which Dick’s bought, and Dick’s Sporting Goods (DKS) fell; Dick’s said sales rose.',
      ).map(([t, v]) => `${t} ${v}`),
    ).toEqual(
      expect.arrayContaining([
        'Constellation Energy Corp. (NASDAQ: CEG) CEG',
        'Constellation CEG',
        'Dick’s Sporting Goods (DKS) DKS',
        'Dick’s DKS',
      ]),
    );
    const texts = marks(
      'Constellation Energy Corp. (NASDAQ: CEG) rose 4%. Constellation said the order helps.',
    ).map(([t]) => t);
    expect(texts).toEqual(['Constellation Energy Corp. (NASDAQ: CEG)', 'Constellation']);
  });

  it('never takes that first word inside another name, after "the", or as a town, a venue or a weekday', () => {
    const values = (text: string) => marks(text).map(([, v]) => v);
    // another company of the same first word, the basin, a steelmaker named after a country
    expect(
      values(
        'Marathon Petroleum (MPC) fell; it is no relation to Marathon Oil. Permian Resources (NYSE: PR) rose, and most of the Permian is profitable. Steel Dynamics Inc. (STLD) added 1.7%, while U.S. Steel no longer trades.',
      ),
    ).toEqual(['MPC', 'PR', 'STLD']);
    // a weekday before the name is no part of it
    expect(
      values(
        'On Tuesday PNC Financial Services Group (PNC) said income would rise. Data on Tuesday showed sales rose.',
      ),
    ).toEqual(['PNC']);
  });

  it('reads a name followed by its state as a town', () => {
    expect(
      marks(
        'Huntington Bancshares (HBAN) said it would not cut deposit rates in Huntington, West Virginia, or in Columbus, Ohio.',
      ).map(([t]) => t),
    ).toEqual(['Huntington Bancshares (HBAN)']);
  });

  it('joins an ex-marked cut name to its code, and reads broker branches, districts and holder groups as no mention', () => {
    expect(marks('XD长江电（600900）今日除息；XD双汇发(000895)收涨。')).toEqual([
      ['XD长江电（600900）', '600900.SH'],
      ['XD双汇发(000895)', '000895.SZ'],
    ]);
    expect(
      marks(
        '买一席位为东方财富证券拉萨团结路第二营业部；中信证券上海溧阳路营业部、国泰海通证券上海江苏路营业部分列买二、买三。',
      ),
    ).toEqual([]);
    // the broker itself, its analysts, stays the company
    expect(marks('中信证券分析师表示，东方财富涨3%。').map(([, v]) => v)).toEqual([
      '600030.SH',
      '300059.SZ',
    ]);
    expect(marks('王府井（600859）涨7.3%，北京王府井商圈客流回暖。')).toEqual([
      ['王府井（600859）', '600859.SH'],
    ]);
    expect(marks('山东黄金（600547）跌4.1%，山东黄金集团近期完成的增持未能提振股价。')).toEqual([
      ['山东黄金（600547）', '600547.SH'],
    ]);
    // (a group of another name after the company is no parent of it)
    expect(
      marks('宁德时代（300750.SZ）涨3.46%。宁德时代与一汽集团合资的时代一汽宣布扩产。').map(
        ([, v]) => v,
      ),
    ).toEqual(['300750.SZ', '300750.SZ']);
  });

  it('never reads a symbol the page gave as a venue or as an abbreviation it spells out', () => {
    const texts = (text: string) => marks(text).map(([t]) => t);
    expect(
      texts('PNC Financial Services Group (PNC) rose. PNC shares gained, and PNC Park was full.'),
    ).toEqual(['PNC Financial Services Group (PNC)', 'PNC']);
    expect(
      texts(
        'NuScale Power (NYSE: SMR) rose. Regulators approved a small modular reactor, or SMR, in May; SMR shares rose.',
      ),
    ).toEqual(['NuScale Power (NYSE: SMR)', 'SMR']);
  });

  it('reads round 26 forms: a first day’s N before a new code, Taiwan’s own trading words, a fruit, a London close', () => {
    expect(
      marks('N芯途（688917）今日登陆科创板。芯途微电子主营功率芯片，芯途表示将扩产。').map(
        ([t, v]) => `${t} ${v}`,
      ),
    ).toEqual(['N芯途（688917） 688917.SH', '芯途 688917.SH', '芯途 688917.SH']);
    // 台積電ADR names the receipt; the net sale counted in lots is the Taipei line
    expect(
      marks(
        '台積電ADR溢價率升至約23%，外資今日賣超台積電逾1.2萬張，轉進聯電、日月光投控等補漲股。',
      ).map(([t, v]) => `${t} ${v}`),
    ).toEqual(['台積電 TSM']);
    expect(marks('Apple pie fillings are seasonal best-sellers.')).toEqual([]);
    expect(
      marks(
        'Standard Chartered, another Asia-focused lender, had closed little changed in London on Monday.',
      ),
    ).toEqual([]);
  });

  it('keeps a later name’s market to that name, and a clause on the company itself to its home line', () => {
    const values = (text: string) => marks(text).map(([, v]) => v);
    expect(
      values(
        '汽车板块，长城汽车涨1.7%，上汽集团涨1.1%，港股吉利汽车（0175）涨2.9%，理想汽车-W（2015）涨4.2%。',
      ),
    ).toEqual(['601633.SH', '600104.SH', '00175.HK', '02015.HK']);
    expect(
      values('中信证券所属的中信集团为非上市央企，其香港上市平台中信股份（0267）涨1.5%。'),
    ).toEqual(['600030.SH', '00267.HK']);
    // a list of moves still reads its market from a coded name in it
    expect(values('消費類股方面，美的集團漲1.2%，格力電器（000651-CN）漲0.9%。')).toEqual([
      '000333.SZ',
      '000651.SZ',
    ]);
  });
});

describe('round 27: written forms of a listing', () => {
  it('reads a code written straight after its name as one mention', () => {
    expect(
      matchTickers('寒武纪688256.SH涨12.4%，东方财富SZ300059涨5.6%。', shippedDirectory()).map(
        (e) => [e.text, e.value],
      ),
    ).toEqual([
      ['寒武纪688256.SH', '688256.SH'],
      ['东方财富SZ300059', '300059.SZ'],
    ]);
  });
  it('reads a short Hong Kong code after a name joined by 及', () => {
    expect(real('中銀香港（2388）及恒生銀行（0011）將分別公布業績。')).toEqual([
      '02388.HK',
      '00011.HK',
    ]);
    // (a year in brackets after a figure stays a year)
    expect(real('營業額及收入（2024）升。')).toEqual([]);
  });
  it('takes a Taiwan press verb as evidence for a name that is also a word', () => {
    expect(real('台積電ADR漲2.4%，美光勁揚5.2%。')).toEqual(['TSM', 'MU']);
  });
  it('never reads a broker seat named by its legal name as the listed broker', () => {
    expect(real('华泰证券股份有限公司总部现身买方前五。')).toEqual([]);
    expect(real('华泰证券股份有限公司公告称。')).toEqual(['601688.SH']);
  });
  it('reads a bracketed code after depositary receipts, known or not, but not the word ADR', () => {
    expect(real("KB Financial Group's American depositary receipts (KB) gained 1.1%.")).toEqual([
      'KB',
    ]);
    expect(real('Alibaba rose, tracking a gain in its New York-listed stock (BABA).')).toEqual([
      'BABA',
      'BABA',
    ]);
    expect(real('Its American depositary receipts (ADR) rose.')).toEqual([]);
  });
  it('knows a renamed A-share by its former short name', () => {
    expect(real('中国中铁、冀东水泥跟涨。')).toEqual(['601390.SH', '000401.SZ']);
  });
});

describe('round 28: a market, a group and Taiwan codes', () => {
  it('never reads an exchange as its operator when it is the market', () => {
    expect(
      real('Arm, the chip designer that chose Nasdaq over London, fell 1.9 per cent.'),
    ).toEqual(['ARM']);
    expect(real('Nasdaq Inc (NDAQ) rose 2%.')).toEqual(['NDAQ']);
  });
  it('never reads a group of companies around a name (阿里系) as its shares', () => {
    expect(real('对阿里系估值形成支撑。')).toEqual([]);
  });
  it('never reads a Taipei code on a Taiwan market page as a new Hong Kong listing', () => {
    expect(real('台股今日開高，加權指數大漲，權值股台積電（2330）上漲1.5%。')).not.toContain(
      '02330.HK',
    );
    expect(real('雲途智駕（2787）首日上升。')).toEqual(['02787.HK']);
  });
  it('takes a product or an order after a name that is also a word as evidence', () => {
    expect(real('鴻海受惠蘋果新機拉貨。')).toContain('AAPL');
    expect(real('他吃了一個蘋果。')).toEqual([]);
  });
});

describe('round 29: a broker seat with a long branch name', () => {
  it('never reads a seat named by the firm’s legal name and a long address as the broker', () => {
    expect(
      real('“华泰证券股份有限公司深圳益田路荣超商务中心证券营业部”卖出宁德时代约1.1亿元。'),
    ).toEqual(['300750.SZ']);
  });
});

describe('round 30: numerals and Taiwan ETF codes', () => {
  it('never reads a name inside a written number (二〇三一年 holds 三一)', () => {
    expect(real('实现二〇三一年经济增长预期目标。三一重工涨2%。')).toEqual(['600031.SH']);
  });
  it('reads a five-digit bracket on a Taiwan market page as a Taipei ETF, elsewhere as Hong Kong', () => {
    expect(real('投信表示，國泰永續高股息（00878）及群益台灣精選高息（00919）上漲。')).toEqual([]);
    expect(real('騰訊控股（00700）升2%，台積電在台股今早僅微升0.3%。')).toContain('00700.HK');
    expect(real('雲峰機器人-W（02829）首日上升，台股今早微升。')).toContain('02829.HK');
  });
});

describe('round 30: a day between a name that needs evidence and its move', () => {
  it('reads 輝達昨（14）日上漲 and 輝達上漲 as Nvidia', () => {
    expect(real('美股方面，輝達昨（14）日上漲2.4%。')).toEqual(['NVDA']);
    expect(real('輝達上漲2.4%。')).toEqual(['NVDA']);
  });
});

describe('round 32: a new listing’s short name and its move', () => {
  it('reads 雲途機器人（2715）今日再升 as the new listing, not 機器人 inside it', () => {
    expect(real('上週五上市的雲途機器人（2715）今日再升7.5%。')).toEqual(['02715.HK']);
  });
});

describe('round 33: a new listing after its line of business, a subsidiary on the parent’s name', () => {
  it('reads 自動駕駛方案商祥雲智駕（2788）今日跌 as the new listing', () => {
    expect(real('上週五上市的自動駕駛方案商祥雲智駕（2788）今日跌4.2%。')).toEqual(['02788.HK']);
  });
  it('never reads a subsidiary named on the listed name as the listed company', () => {
    expect(real('东方财富公告，公司全资子公司东方财富证券收到证监会批复。')).toEqual(['300059.SZ']);
  });
});

describe('round 33: a possessive receipt picks the New York line', () => {
  it("reads Alibaba's American depositary receipts as BABA after its Hong Kong shares", () => {
    expect(
      real(
        "Alibaba's Hong Kong shares (HK:9988) gained 3.0%. Alibaba's American depositary receipts had jumped 2.4% overnight.",
      ),
    ).toEqual(['09988.HK', 'BABA']);
  });
});

describe('round 34: a name glossed by its English name', () => {
  it('reads 美光（Micron） and 特斯拉（Tesla） as one mention each', () => {
    expect(
      matchTickers(
        '美光（Micron）則於20日發布財報，特斯拉（Tesla）下跌1.8%。',
        shippedDirectory(),
      ).map((e) => [e.text, e.value]),
    ).toEqual([
      ['美光（Micron）', 'MU'],
      ['特斯拉（Tesla）', 'TSLA'],
    ]);
  });
});

describe('matchTickers: round 39 forms', () => {
  it('reads "and Co." or "and Company" between a name and its code as one mention', () => {
    expect(marks('Eli Lilly and Co. (NYSE: LLY) climbed 2.4%.')).toEqual([
      ['Eli Lilly and Co. (NYSE: LLY)', 'LLY'],
    ]);
    expect(marks('Eli Lilly and Company (NYSE: LLY) climbed.')).toEqual([
      ['Eli Lilly and Company (NYSE: LLY)', 'LLY'],
    ]);
    // Never: "and" before another company's name.
    expect(marks('Apple and Coca-Cola (NYSE: KO) rose.').map(([, v]) => v)).toEqual(['AAPL', 'KO']);
  });

  it('reads a name with the code of an exchange FinMark does not cover as that line', () => {
    expect(
      marks(
        'In London, HSBC (HSBA.L) rose 0.9%, after its Hong Kong-listed shares (0005.HK) gained 1.3%.',
      ),
    ).toEqual([['0005.HK', '00005.HK']]);
    expect(marks('Toyota (7203.T) climbed 1.8%, and its New York-listed ADRs (TM) rose.')).toEqual([
      ['(TM)', 'TM'],
    ]);
    // Never: a covered market's code, or a US class share, after the name.
    expect(marks('HSBC Holdings (0005.HK) rose.')).toEqual([
      ['HSBC Holdings (0005.HK)', '00005.HK'],
    ]);
    expect(marks('Berkshire (BRK.B) rose.')).toEqual([['Berkshire (BRK.B)', 'BRK.B']]);
  });
});

describe('matchTickers: round 40 forms', () => {
  it('reads a name, its legal form and its bracketed code as one mention', () => {
    expect(marks('中国平安保险（集团）股份有限公司（股票代码：601318）亦发布公告。')).toEqual([
      ['中国平安保险（集团）股份有限公司（股票代码：601318）', '601318.SH'],
    ]);
    expect(marks('腾讯控股有限公司（00700.HK）公告。')).toEqual([
      ['腾讯控股有限公司（00700.HK）', '00700.HK'],
    ]);
  });

  it('reads a unit named on its parent’s possessive as one mention', () => {
    expect(marks("Investors want to hear how much Alphabet's Google plans to spend.")).toEqual([
      ["Alphabet's Google", 'GOOGL'],
    ]);
  });

  it('never marks a river’s region, an official’s surname or a housing estate', () => {
    expect(
      marks('Groups that source soy from the Amazon and South-east Asia face checks.'),
    ).toEqual([]);
    expect(marks('Dallas Fed President Celia Hershey also dissented.')).toEqual([]);
    expect(marks('太古城一個兩房單位本週易手。')).toEqual([]);
    // …while the company keeps its marks
    expect(marks('The Amazon deal closed; Amazon shares rose.')).toEqual([
      ['Amazon', 'AMZN'],
      ['Amazon', 'AMZN'],
    ]);
    expect(marks('President Trump criticised Apple on Monday.')).toEqual([['Apple', 'AAPL']]);
  });
});

describe('matchTickers: round 41 forms', () => {
  it('reads a possessive legal name, and a line of receipts, with the code as one mention', () => {
    expect(marks("The FDA approved Eli Lilly and Co.'s (NYSE: LLY) weekly pill.")).toEqual([
      ["Eli Lilly and Co.'s (NYSE: LLY)", 'LLY'],
    ]);
    // (and the exchange in "Nasdaq-traded" is the market, not the company running it)
    expect(marks("Baidu's Nasdaq-traded ADSs (BIDU) added 3.1% overnight.")).toEqual([
      ["Baidu's Nasdaq-traded ADSs (BIDU)", 'BIDU'],
    ]);
  });

  it('never marks an unlisted unit or a parent group said to hold unlisted units', () => {
    expect(
      marks('Its unlisted utility arm, Berkshire Hathaway Energy, does not buy back stock.'),
    ).toEqual([]);
    expect(marks('茅台集团旗下未上市的茅台文旅板块近期动作频频。')).toEqual([]);
    // …while the company itself keeps its marks
    expect(marks('Devon Energy rose; Berkshire Hathaway (BRK.B) fell.')).toEqual([
      ['Devon Energy', 'DVN'],
      ['Berkshire Hathaway (BRK.B)', 'BRK.B'],
    ]);
  });
});

describe('matchTickers: round 42 forms', () => {
  it('reads the English words for a line after a name: H-shares, A shares, New York receipts', () => {
    expect(
      marks("BYD's Shenzhen-listed shares rose 2.9%, while BYD's H-shares gained 4.2%."),
    ).toEqual([
      ['BYD', '002594.SZ'],
      ['BYD', '01211.HK'],
    ]);
    expect(marks('Ping An H shares rose 2% and Ping An A shares fell.')).toEqual([
      ['Ping An', '02318.HK'],
      ['Ping An', '601318.SH'],
    ]);
    expect(
      marks("Alibaba's Hong Kong stock (9988.HK) and its New York receipts (BABA) both edged up."),
    ).toEqual([
      ["Alibaba's Hong Kong stock (9988.HK)", '09988.HK'],
      ['(BABA)', 'BABA'],
    ]);
  });

  it('takes a bare name as its home line once the text has coded both lines', () => {
    const both =
      'Semiconductor Manufacturing International Corp. (0981.HK) fell 4.2% in Hong Kong, and its ' +
      'STAR Market shares (688981.SH) lost 3.1% in Shanghai. SMIC said its plan was unchanged.';
    expect(marks(both).at(-1)).toEqual(['SMIC', '688981.SH']);
    // …but one coded line alone still carries to the next mention
    expect(
      marks(
        'Semiconductor Manufacturing International Corp. (0981.HK) fell 4.2% in Hong Kong. SMIC said its plan was unchanged.',
      ).at(-1),
    ).toEqual(['SMIC', '00981.HK']);
    // and an A share coded later in the sentence is the line its bare name there means
    expect(
      marks(
        '港股方面，腾讯控股（00700.HK）涨0.8%。数据公布后“万科”等地产股表现仍弱，万科A（000002）跌2.3%。',
      ),
    ).toEqual([
      ['腾讯控股（00700.HK）', '00700.HK'],
      ['万科', '000002.SZ'],
      ['万科A（000002）', '000002.SZ'],
    ]);
  });

  it('reads a legal name and the short name it is known by as two mentions', () => {
    expect(
      marks(
        'Advanced Micro-Fabrication Equipment Inc. China, known as AMEC (688012.SH), gained 4.7%.',
      ),
    ).toEqual([
      ['Advanced Micro-Fabrication Equipment', '688012.SH'],
      ['AMEC (688012.SH)', '688012.SH'],
    ]);
  });

  it('never marks a person named like a company, told by the job after the name', () => {
    expect(
      marks('"Guidance is the news," said Dell Hayes, a portfolio manager at Fenwick Row.'),
    ).toEqual([]);
    expect(
      marks(
        '"Support will follow," said Li Ning, chief China strategist at Harbour Crest Research.',
      ),
    ).toEqual([]);
    // …while a company described in apposition keeps its mark
    expect(marks('Goldman Sachs, the investment bank, said it would hire.')).toEqual([
      ['Goldman Sachs', 'GS'],
    ]);
  });

  it('never gives a possessive line with another code to the company a later name introduces', () => {
    expect(
      marks(
        "Prudential's ADRs (PUK) have traded since 2000. It is not Prudential Financial (PRU), the insurer.",
      ),
    ).toEqual([
      ['(PUK)', 'PUK'],
      ['Prudential Financial (PRU)', 'PRU'],
    ]);
  });

  it('keeps a Toronto company bare after its New York line, past a semicolon', () => {
    expect(
      marks(
        'Cameco fell 2.1% in Toronto, and its New York shares (CCJ) 2.4%; Westinghouse, which Cameco co-owns with Brookfield, is not listed.',
      ),
    ).toEqual([['(CCJ)', 'CCJ']]);
  });

  it('reads an exchange operator rising with its sector as a stock, and a nickname once the company is named', () => {
    expect(marks('地產股港交所齊造好')).toEqual([['港交所', '00388.HK']]);
    expect(marks('宁德时代（300750.SZ）表示没有减持计划，“宁王”股价昨日收涨1.6%。')).toEqual([
      ['宁德时代（300750.SZ）', '300750.SZ'],
      ['宁王', '300750.SZ'],
    ]);
    expect(marks('明朝宁王朱宸濠起兵。')).toEqual([]);
  });
});

describe('matchTickers: round 43 forms', () => {
  it('reads a movers list: a STAR Market line, and an exchange operator with its move', () => {
    expect(
      marks(
        "SMIC (0981): +2.6%; SMIC's STAR Market shares in Shanghai rose 1.9% Hong Kong Exchanges and Clearing: +1.8% as turnover hit a record",
      ),
    ).toEqual([
      ['SMIC (0981)', '00981.HK'],
      ['SMIC', '688981.SH'],
      ['Hong Kong Exchanges and Clearing', '00388.HK'],
    ]);
  });

  it('reads a legal name written without its full stop', () => {
    expect(marks("Merck & Co's cancer drug Keytruda is on the list.")).toEqual([
      ['Merck & Co', 'MRK'],
    ]);
  });

  it('reads HKEX’s name for an H share as that line, after the A share was coded', () => {
    expect(
      marks('比亚迪（002594）公告，10月销量为52.3万辆。\n港股早盘高开高走，比亚迪股份涨1.5%。'),
    ).toEqual([
      ['比亚迪（002594）', '002594.SZ'],
      ['比亚迪股份', '01211.HK'],
    ]);
  });

  it('never reads a district named like a company as the company', () => {
    expect(marks('龙湖集团（00960）涨2%。广东汕头市龙湖区发布购房补贴政策。')).toEqual([
      ['龙湖集团（00960）', '00960.HK'],
    ]);
  });
});

describe('matchTickers: round 44 forms', () => {
  it('never reads the instrument’s name in brackets, or after a name, as a symbol', () => {
    expect(
      marks('美股中概股昨夜收紅，阿里巴巴美國存託憑證（ADR）漲2.4%，百度ADR則小跌0.4%。'),
    ).toEqual([
      ['阿里巴巴', 'BABA'],
      ['百度', 'BIDU'],
    ]);
  });

  it('keeps a Taiwan line bare before a full-width semicolon, and its receipt after it', () => {
    expect(
      marks(
        '台股方面，加權指數早盤上漲120點，台積電（2330）漲1.5%，聯發科（2454）同步走揚；台積電ADR昨夜漲2.7%。',
      ),
    ).toEqual([['台積電', 'TSM']]);
  });

  it('never reads an abbreviation the story spells out as a company', () => {
    expect(marks('The production tax credit, or PTC, steps down.')).toEqual([]);
    expect(marks('PTC Inc. (PTC) rose; PTC said.')).toEqual([
      ['PTC Inc. (PTC)', 'PTC'],
      ['PTC', 'PTC'],
    ]);
  });

  it('reads "Midea\'s Shenzhen stock" as the Shenzhen line', () => {
    expect(
      marks("Midea Group's Hong Kong shares (0300) trade at a premium to Midea's Shenzhen stock."),
    ).toEqual([
      ["Midea Group's Hong Kong shares (0300)", '00300.HK'],
      ['Midea', '000333.SZ'],
    ]);
  });
});

describe('matchTickers: round 46 forms', () => {
  it('reads a bare A+H name on a Taiwan paper as its home A share, on a Hong Kong one as its H share', () => {
    expect(marks('大陸晶片股走勢分歧，投資人宜留意中芯的擴產節奏。')).toEqual([
      ['中芯', '688981.SH'],
    ]);
    expect(marks('港股晶片股走勢分歧，投資人宜留意中芯的擴產節奏。')).toEqual([
      ['中芯', '00981.HK'],
    ]);
  });
});

describe('matchTickers: legal forms as news writes them', () => {
  it('reads a long legal form written short, and plc capitalised', () => {
    expect(marks('EQT Corp., the biggest domestic producer, slid 2.4%.')).toEqual([
      ['EQT Corp.', 'EQT'],
    ]);
    expect(marks("BP Plc's American depositary receipts slipped 0.8% in New York.")).toEqual([
      ['BP Plc', 'BP'],
    ]);
  });
});

describe('matchTickers: a New York symbol in brackets after a name without a legal form', () => {
  it('marks the name and its symbol as one mention when the sentence speaks of shares', () => {
    expect(marks('Itau Unibanco (ITUB) slipped 0.7% in New York.')).toEqual([
      ['Itau Unibanco (ITUB)', 'ITUB'],
    ]);
  });

  it('leaves an abbreviation, a coin and a sentence with no word of trading', () => {
    expect(marks('The Energy Information Administration (EIA) said stocks fell.')).toEqual([]);
    expect(marks('Bitcoin (BTC) rose 3% on Monday.')).toEqual([]);
    expect(marks('Zorvana (ZRVN) hired a new chief executive.')).toEqual([]);
  });
});

describe('matchTickers: an exchange operator as the company, and a name shortened after it', () => {
  it('reads a legal form, "shares of" and the company’s own figures as the company', () => {
    expect(marks('Intercontinental Exchange Inc., the NYSE’s owner, was little changed.')).toEqual([
      ['Intercontinental Exchange', 'ICE'],
    ]);
    expect(marks('Shares of CME Group rose.')).toEqual([['CME Group', 'CME']]);
    expect(marks('The cap could cut Cboe’s annual net capture by $40 million.')).toEqual([
      ['Cboe', 'CBOE'],
    ]);
  });

  it('still reads the exchange as its market', () => {
    expect(marks('Nasdaq said it would change its listing rules.')).toEqual([]);
  });

  it('reads the first word of a company the page named in full', () => {
    expect(
      marks(
        'Vistra Corp. and Constellation Energy were flat. Constellation has argued for credits.',
      ),
    ).toEqual([
      ['Vistra', 'VST'],
      ['Constellation Energy', 'CEG'],
      ['Constellation', 'CEG'],
    ]);
  });
});

describe('matchTickers: a Chinese name that waits for context, listed alongside a company', () => {
  it('takes names joined to a company the text took, its code between', () => {
    expect(marks('成都银行（601838）、重庆银行与贵阳银行的城投类贷款占比较高。')).toEqual([
      ['成都银行（601838）', '601838.SH'],
      ['重庆银行', '601963.SH'],
      ['贵阳银行', '601997.SH'],
    ]);
  });

  it('leaves the name alone, and a longer name of a unit in the list', () => {
    expect(marks('他去了重庆银行办业务。')).toEqual([]);
    expect(marks('匯豐（0005）率先減息，中銀香港（2388）及渣打香港隨後跟隨。')).not.toContainEqual([
      '渣打',
      '02888.HK',
    ]);
  });
});

describe('matchTickers: receipts named with their symbol, and short names of introduced codes', () => {
  it('reads a home-listed company’s bracketed New York symbol as its receipt', () => {
    expect(marks('America Movil (AMX) rose 1% in New York trading.')).toEqual([
      ['America Movil (AMX)', 'AMX'],
    ]);
    expect(marks('Gold Fields (GFI) gained 3%.')).toEqual([['Gold Fields (GFI)', 'GFI']]);
  });

  it('leaves a central bank, a wire credit and an organisation’s abbreviation', () => {
    expect(marks('A cut by the People’s Bank of China (PBOC) lifted shares.')).toEqual([]);
    expect(marks('WASHINGTON (AP) — Employers added jobs and stocks rose.')).toEqual([]);
  });

  it('reads the first word of a corporate name given a code the lists lack', () => {
    expect(
      marks('Frontier Group Holdings (ULCC) said it would merge. Frontier’s shares rose 6%.'),
    ).toEqual([
      ['Frontier Group Holdings (ULCC)', 'ULCC'],
      ['Frontier', 'ULCC'],
    ]);
  });
});

describe('matchTickers: round 52 forms', () => {
  it('reads a former name written after a company', () => {
    expect(marks('Expand Energy, formerly Chesapeake Energy, rose 1%.')).toEqual([
      ['Expand Energy', 'EXE'],
      ['Chesapeake Energy', 'EXE'],
    ]);
    expect(marks('領展房產基金（00823）今日升1.9%；領展前稱領匯。')).toContainEqual([
      '領匯',
      '00823.HK',
    ]);
  });

  it('leaves a person, a product, a fund and a company said to be private', () => {
    expect(marks('"Costs rose," said Ron Deere, who farms near Ames.')).toEqual([]);
    expect(marks('Walt Disney (DIS.N) will fold Hulu into Disney+ on April 2.')).toEqual([
      ['Walt Disney (DIS.N)', 'DIS'],
    ]);
    expect(marks('The Schwab U.S. Dividend Equity ETF yields 3.6%.')).toEqual([]);
    expect(marks('SpaceX, which remains private, said it would not list.')).toEqual([]);
  });

  it('leaves a fund’s code and a unit named by a place and the group’s name', () => {
    expect(marks('相关ETF如南方恒生科技（03033）或须调仓。')).toEqual([]);
    expect(marks('滙豐控股（00005）旗下香港滙豐最優惠利率維持不變。')).toEqual([
      ['滙豐控股（00005）', '00005.HK'],
    ]);
  });

  it('reads a calendar row’s name and symbol cell as one mention', () => {
    expect(marks('Carnival Corp. (CCL) rose.\nFri., Sept. 29 Carnival CCL Before open')).toEqual([
      ['Carnival Corp. (CCL)', 'CCL'],
      ['Carnival CCL', 'CCL'],
    ]);
  });
});

describe('matchTickers: round 53 forms', () => {
  it('reads the first word of an introduced name that holds another name inside it', () => {
    // ("Citi" is a name in the lists, and a prefix of "Citizens")
    expect(
      marks('Citizens Financial Group Inc. (CFG) sold notes. Citizens said it would comply.'),
    ).toEqual([
      ['Citizens Financial Group Inc. (CFG)', 'CFG'],
      ['Citizens', 'CFG'],
    ]);
  });

  it('reads the name a company is known as, and leaves a unit named on the company', () => {
    expect(marks('Texas Instruments, known as TI, rose 2%.')).toEqual([
      ['Texas Instruments', 'TXN'],
      ['TI', 'TXN'],
    ]);
    expect(marks('Intel Foundry, its contract-manufacturing unit, is not listed.')).toEqual([]);
  });
});

describe('matchTickers: the receipts added for held-out pages', () => {
  it('reads a Korean bank’s receipt named with New York, and leaves it in Seoul', () => {
    expect(marks('Woori Financial Group ADRs fell 1.1%.')).toEqual([
      ['Woori Financial Group', 'WF'],
    ]);
    expect(marks('In Seoul, Shinhan Financial Group rose 1%.')).toEqual([]);
  });
});

describe('matchTickers: Bloomberg’s tickers and index compilers', () => {
  it('reads a code with its country in brackets, in each market', () => {
    expect(
      values(
        'BYD (1211 HK) rose; XPeng Inc. (XPEV US) fell; SAIC Motor Corp. (600104 CH) and (000625 C2) eased.',
      ),
    ).toEqual(['01211.HK', 'XPEV', '600104.SH', '000625.SZ']);
  });

  it('reads "under the code" with a Hong Kong code', () => {
    expect(marks('The carmaker will trade under the code 2651 in Hong Kong.')).toContainEqual([
      '2651',
      '02651.HK',
    ]);
  });

  it('leaves MSCI at work on its indexes, and reads its shares', () => {
    expect(marks('It added Pop Mart to the MSCI China index.')).not.toContainEqual([
      'MSCI',
      'MSCI',
    ]);
    expect(marks('Shares of MSCI rose 2%.')).toEqual([['MSCI', 'MSCI']]);
  });
});

describe('matchTickers: round 55 forms', () => {
  it('leaves a company said to be closely held, and a name inside a firm’s “X & Y”', () => {
    expect(marks('Starlink, owned by the closely held SpaceX, won contracts.')).toEqual([]);
    expect(marks('said a partner at law firm Crane & Whitlow.')).toEqual([]);
    expect(marks('Blackstone has fallen 9% and KKR & Co. 7%.')).toEqual([
      ['Blackstone', 'BX'],
      ['KKR', 'KKR'],
    ]);
  });

  it('reads the business development companies the lists now carry', () => {
    expect(marks('Ares Capital Corp. (ARCC), the largest listed BDC, rose.')).toEqual([
      ['Ares Capital Corp. (ARCC)', 'ARCC'],
    ]);
  });
});

describe('matchTickers: a table row’s name and code cells', () => {
  it('reads them as one mention, on one line or on lines of their own', () => {
    expect(marks('Company Code\nWuliangye Yibin 000858.SZ +12.6')).toEqual([
      ['Wuliangye Yibin 000858.SZ', '000858.SZ'],
    ]);
    expect(marks('Company\nCode\nWuliangye Yibin\n000858.SZ\n+12.6')).toEqual([
      ['Wuliangye Yibin\n000858.SZ', '000858.SZ'],
    ]);
  });

  it('leaves a name and a code in running text apart', () => {
    expect(marks('Analysts like Wuliangye Yibin. 000858.SZ rose.').length).toBe(2);
  });
});

describe('matchTickers: full-width letters and digits', () => {
  it('reads a class marker and a code written full-width, keeping the page’s text', () => {
    expect(marks('美團－Ｗ(03690)及網易－Ｓ(09999)上升；騰訊（０７００）升。')).toEqual([
      ['美團－Ｗ(03690)', '03690.HK'],
      ['網易－Ｓ(09999)', '09999.HK'],
      ['騰訊（０７００）', '00700.HK'],
    ]);
  });

  it('leaves a person a market commentator names', () => {
    expect(marks('有市場人士梁友邦指出，銷量將於下月公布。')).toEqual([]);
  });
});
