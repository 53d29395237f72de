import { describe, expect, it } from 'vitest';
import { matchTickers } from '../../../utils/finance/tickers';
import { smallDirectory } from './small-directory';

const directory = smallDirectory();
const values = (text: string) => matchTickers(text, directory).map((e) => e.value);
const found = (text: string) => matchTickers(text, directory).map((e) => [e.text, e.value]);

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
    ['Acme Robotics Inc. (ACMR) listed', [['(ACMR)', 'ACMR']]],
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
