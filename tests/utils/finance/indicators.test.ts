import { describe, expect, it } from 'vitest';
import { INDICATOR_SERIES, NOT_SERIES } from '../../../utils/finance/indicator-series';
import {
  caseVariants,
  HEAD,
  HEAD_AFTER,
  HEAD_BEFORE,
  matchIndicators,
  type IndicatorEntity,
} from '../../../utils/finance/indicators';

// (on June 10, before the month's LPR fixing on the 20th, an undated LPR is May's)
const PUBLISHED = '2025-06-10T09:30:00+08:00';
type Row = [string, string, number, string, IndicatorEntity['basis'], string | null];
/** [text, value, figure, unit, basis, region] of each indicator found. */
const rows = (text: string, published: string | null = PUBLISHED): Row[] =>
  matchIndicators(text, published).map((e) => [
    e.text,
    e.value,
    e.figure,
    e.unit,
    e.basis,
    e.region ?? null,
  ]);
const values = (text: string, published: string | null = PUBLISHED) =>
  matchIndicators(text, published).map((e) => e.value);

describe('matchIndicators: Chinese', () => {
  it.each<[string, Row]>([
    ['5月CPI同比上涨2.1%', ['CPI同比上涨2.1%', 'CPI:2025-05', 2.1, '%', 'yoy', 'CN']],
    [
      '5月份，全国居民消费价格指数（CPI）同比上涨0.1%。',
      ['居民消费价格指数（CPI）同比上涨0.1%', 'CPI:2025-05', 0.1, '%', 'yoy', 'CN'],
    ],
    ['二季度GDP同比增长4.7%', ['GDP同比增长4.7%', 'GDP:2025-Q2', 4.7, '%', 'yoy', 'CN']],
    [
      '5月份，制造业采购经理指数（PMI）为49.5%。',
      ['制造业采购经理指数（PMI）为49.5%', 'PMI:2025-05', 49.5, 'index', 'level', 'CN'],
    ],
    ['制造业PMI为49.5', ['制造业PMI为49.5', 'PMI:2025-05', 49.5, 'index', 'level', 'CN']],
    [
      '非制造业商务活动指数为50.2%',
      ['非制造业商务活动指数为50.2%', 'PMI-NONMFG:2025-05', 50.2, 'index', 'level', 'CN'],
    ],
    ['6月20日，1年期LPR为3.45%。', ['1年期LPR为3.45%', 'LPR-1Y:2025-06', 3.45, '%', 'level', 'CN']],
    ['5年期以上LPR为3.95%', ['5年期以上LPR为3.95%', 'LPR-5Y:2025-05', 3.95, '%', 'level', 'CN']],
    [
      '社会融资规模存量同比增长8.1%',
      ['社会融资规模存量同比增长8.1%', 'TSF:2025-05', 8.1, '%', 'yoy', 'CN'],
    ],
    [
      '5月份，全国城镇调查失业率为5.0%。',
      ['全国城镇调查失业率为5.0%', 'UNEMPLOYMENT:2025-05', 5, '%', 'level', 'CN'],
    ],
    [
      '5月份，规模以上工业增加值同比实际增长5.6%。',
      ['规模以上工业增加值同比实际增长5.6%', 'INDUSTRY:2025-05', 5.6, '%', 'yoy', 'CN'],
    ],
    ['5月份，PPI同比下降3.3%。', ['PPI同比下降3.3%', 'PPI:2025-05', -3.3, '%', 'yoy', 'CN']],
    [
      '美国12月非农就业人口增加25.6万人。',
      ['非农就业人口增加25.6万人', 'PAYROLLS:2024-12', 256000, 'persons', 'change', 'US'],
    ],
    [
      '美国5月核心PCE物价指数同比上涨2.7%。',
      ['核心PCE物价指数同比上涨2.7%', 'CORE-PCE:2025-05', 2.7, '%', 'yoy', 'US'],
    ],
    [
      '美国一季度GDP年化季率初值为1.6%。',
      ['GDP年化季率初值为1.6%', 'GDP:2025-Q1', 1.6, '%', 'qoq', 'US'],
    ],
    [
      '5月出口同比增长7.6%，海关总署数据显示。',
      ['出口同比增长7.6%', 'EXPORTS:2025-05', 7.6, '%', 'yoy', 'CN'],
    ],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it('reads one entity with further figures of the same mention as details', () => {
    const [cpi, ...rest] = matchIndicators(
      '国家统计局今天公布，5月份，CPI同比上涨0.2%、环比下降0.1%。',
      PUBLISHED,
    );
    expect(rest).toEqual([]);
    expect(cpi).toMatchObject({ text: 'CPI同比上涨0.2%', figure: 0.2, basis: 'yoy' });
    expect(cpi!.details).toEqual([{ figure: -0.1, unit: '%', basis: 'mom' }]);
    const [pmi] = matchIndicators('制造业PMI为49.5%，比上月下降0.3个百分点。', PUBLISHED);
    expect(pmi!.details).toEqual([{ figure: -0.3, unit: 'pp', basis: 'change' }]);
  });

  it('prefers the growth rate to the balance, and keeps the balance as a detail', () => {
    const [m2] = matchIndicators('5月末，广义货币(M2)余额301.8万亿元，同比增长7.2%。', PUBLISHED);
    expect(m2).toMatchObject({
      value: 'M2:2025-05',
      text: '广义货币(M2)余额301.8万亿元，同比增长7.2%',
      figure: 7.2,
      unit: '%',
      basis: 'yoy',
    });
    expect(m2!.details).toEqual([{ figure: 3.018e14, unit: 'CNY', basis: 'level' }]);
    expect(rows('5月份，社会消费品零售总额41326亿元，同比增长3.7%。')).toEqual([
      ['社会消费品零售总额41326亿元，同比增长3.7%', 'RETAIL:2025-05', 3.7, '%', 'yoy', 'CN'],
    ]);
    // A flow with no growth rate keeps its amount.
    expect(rows('1—5月份，社会融资规模增量累计为18.63万亿元，比上年同期多3.81万亿元。')).toEqual([
      ['社会融资规模增量累计为18.63万亿元', 'TSF:2025-05', 1.863e13, 'CNY', 'level', 'CN'],
    ]);
  });

  it('takes the new level after a change (上调…至, 下调…至) and this month after 由…转为', () => {
    expect(rows('5年期以上LPR下调10个基点至3.5%。')).toEqual([
      ['5年期以上LPR下调10个基点至3.5%', 'LPR-5Y:2025-05', 3.5, '%', 'level', 'CN'],
    ]);
    const [cpi] = matchIndicators('CPI同比涨幅由上月的0.1%扩大至0.3%。', PUBLISHED);
    expect(cpi).toMatchObject({ figure: 0.3, basis: 'yoy' });
    expect(cpi!.details).toBeUndefined();
  });

  it('gives each name its own figure with 分别', () => {
    expect(values('5月份CPI和PPI同比分别上涨0.2%和下降2.5%。')).toEqual([
      'CPI:2025-05',
      'PPI:2025-05',
    ]);
    expect(matchIndicators('5月份CPI和PPI同比分别上涨0.2%和下降2.5%。', PUBLISHED)[1]!.figure).toBe(
      -2.5,
    );
    const lpr = matchIndicators('6月20日，1年期和5年期以上LPR分别为3.45%和3.95%。', PUBLISHED);
    expect(lpr.map((e) => [e.text, e.value, e.figure])).toEqual([
      ['1年期', 'LPR-1Y:2025-06', 3.45],
      ['5年期以上LPR分别为3.45%和3.95%', 'LPR-5Y:2025-06', 3.95],
    ]);
  });

  it('reads a tenor written alone as the LPR only where the LPR is named', () => {
    expect(values('1年期LPR为3.0%，5年期以上品种为3.5%，均与上月持平。')).toEqual([
      'LPR-1Y:2025-05',
      'LPR-5Y:2025-05',
    ]);
    expect(
      values('It left the one-year loan prime rate at 3.0% and the five-year rate at 3.5%.'),
    ).toEqual(['LPR-1Y:2025-05', 'LPR-5Y:2025-05']);
    // never: a Treasury's five-year rate
    expect(values('The five-year rate on Treasuries rose to 4.1%.')).toEqual([]);
  });

  it('reads imports and exports in a trade story, each with its growth', () => {
    const text =
      '海关总署6月9日公布，今年前5个月，我国货物贸易进出口总值17.94万亿元，同比增长2.5%。其中，出口10.67万亿元，增长7.2%；进口7.27万亿元，下降3.1%。';
    expect(rows(text)).toEqual([
      ['出口10.67万亿元，增长7.2%', 'EXPORTS:2025-05', 7.2, '%', 'yoy', 'CN'],
      ['进口7.27万亿元，下降3.1%', 'IMPORTS:2025-05', -3.1, '%', 'yoy', 'CN'],
    ]);
  });

  it('reads two series of one sentence separately, each with the date before it', () => {
    expect(rows('美国5月CPI同比上涨3.3%，核心CPI同比上涨3.4%。')).toEqual([
      ['CPI同比上涨3.3%', 'CPI:2025-05', 3.3, '%', 'yoy', 'US'],
      ['核心CPI同比上涨3.4%', 'CORE-CPI:2025-05', 3.4, '%', 'yoy', 'US'],
    ]);
    expect(values('美国12月非农就业人口增加25.6万人，失业率降至4.1%。')).toEqual([
      'PAYROLLS:2024-12',
      'UNEMPLOYMENT:2024-12',
    ]);
  });

  it('reads 持平 as a zero', () => {
    expect(rows('5月份，CPI环比持平。')).toEqual([
      ['CPI环比持平', 'CPI:2025-05', 0, '%', 'mom', 'CN'],
    ]);
  });
});

describe('matchIndicators: Traditional Chinese', () => {
  it.each<[string, Row]>([
    [
      '本港4月綜合消費物價指數按年上升1.9%。',
      ['綜合消費物價指數按年上升1.9%', 'CPI:2025-04', 1.9, '%', 'yoy', 'HK'],
    ],
    ['本港最新失業率為3.1%。', ['失業率為3.1%', 'UNEMPLOYMENT:2025-05', 3.1, '%', 'level', 'HK']],
    [
      '消費物價指數按年上升1.9%，反映食品價格上升。',
      ['消費物價指數按年上升1.9%', 'CPI:2025-05', 1.9, '%', 'yoy', 'HK'],
    ],
    [
      '本港第一季本地生產總值按年實質上升2.7%。',
      ['本地生產總值按年實質上升2.7%', 'GDP:2025-Q1', 2.7, '%', 'yoy', 'HK'],
    ],
    [
      '剔除所有政府一次性紓困措施的影響後，基本綜合消費物價指數按年上升1.1%。',
      ['基本綜合消費物價指數按年上升1.1%', 'CORE-CPI:2025-05', 1.1, '%', 'yoy', 'HK'],
    ],
    [
      '本港4月零售業總銷貨價值臨時估計為308億元，按年下跌2.3%。',
      ['零售業總銷貨價值臨時估計為308億元，按年下跌2.3%', 'RETAIL:2025-04', -2.3, '%', 'yoy', 'HK'],
    ],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it('reads Hong Kong amounts in Hong Kong dollars', () => {
    const [retail] = matchIndicators(
      '本港4月零售業總銷貨價值臨時估計為308億元，按年下跌2.3%。',
      PUBLISHED,
    );
    expect(retail!.details).toEqual([{ figure: 3.08e10, unit: 'HKD', basis: 'level' }]);
  });
});

describe('matchIndicators: English', () => {
  it.each<[string, Row]>([
    [
      'The Labor Department said nonfarm payrolls rose by 256,000 in December.',
      ['nonfarm payrolls rose by 256,000', 'PAYROLLS:2024-12', 256000, 'persons', 'change', 'US'],
    ],
    [
      'U.S. payrolls increased 143,000 last month.',
      ['payrolls increased 143,000', 'PAYROLLS:2025-05', 143000, 'persons', 'change', 'US'],
    ],
    [
      'U.S. employers added 256,000 jobs in December.',
      ['employers added 256,000 jobs', 'PAYROLLS:2024-12', 256000, 'persons', 'change', 'US'],
    ],
    [
      'In the U.S., the unemployment rate rose to 4.2%.',
      ['unemployment rate rose to 4.2%', 'UNEMPLOYMENT:2025-05', 4.2, '%', 'level', 'US'],
    ],
    [
      'The U.S. CPI rose 2.9% in the year to December.',
      ['CPI rose 2.9%', 'CPI:2024-12', 2.9, '%', 'yoy', 'US'],
    ],
    [
      'The consumer price index climbed 0.4% last month, the Labor Department said.',
      ['consumer price index climbed 0.4%', 'CPI:2025-05', 0.4, '%', 'mom', 'US'],
    ],
    [
      'Core PCE rose 2.8% in the year to November.',
      ['Core PCE rose 2.8%', 'CORE-PCE:2024-11', 2.8, '%', 'yoy', 'US'],
    ],
    [
      'The personal consumption expenditures (PCE) price index rose 0.3% in April, the Commerce Department said.',
      [
        'personal consumption expenditures (PCE) price index rose 0.3%',
        'PCE:2025-04',
        0.3,
        '%',
        'mom',
        'US',
      ],
    ],
    [
      'U.S. GDP grew at a 2.3% annualized rate in the fourth quarter.',
      ['GDP grew at a 2.3%', 'GDP:2024-Q4', 2.3, '%', 'qoq', 'US'],
    ],
    [
      'The ISM manufacturing PMI fell to 48.4 in December.',
      ['ISM manufacturing PMI fell to 48.4', 'PMI:2024-12', 48.4, 'index', 'level', 'US'],
    ],
    [
      'U.S. retail sales rose 0.6% in November.',
      ['retail sales rose 0.6%', 'RETAIL:2024-11', 0.6, '%', 'mom', 'US'],
    ],
    [
      'U.S. industrial production fell 0.3% in October.',
      ['industrial production fell 0.3%', 'INDUSTRY:2024-10', -0.3, '%', 'mom', 'US'],
    ],
    [
      "China's exports rose 5.9% in U.S. dollar terms in May from a year earlier, customs data showed.",
      ['exports rose 5.9%', 'EXPORTS:2025-05', 5.9, '%', 'yoy', 'CN'],
    ],
    [
      "China's economy grew 5.2% in 2024.",
      ['economy grew 5.2%', 'GDP:2024', 5.2, '%', 'yoy', 'CN'],
    ],
    [
      'The Caixin manufacturing PMI rose to 51.7 in May.',
      ['Caixin manufacturing PMI rose to 51.7', 'PMI:2025-05', 51.7, 'index', 'level', 'CN'],
    ],
    [
      'Consumer prices in the euro zone rose 2.4% in April from a year earlier.',
      ['Consumer prices in the euro zone rose 2.4%', 'CPI:2025-04', 2.4, '%', 'yoy', null],
    ],
    [
      'The one-year loan prime rate (LPR) was kept at 3.1%.',
      [
        'one-year loan prime rate (LPR) was kept at 3.1%',
        'LPR-1Y:2025-05',
        3.1,
        '%',
        'level',
        'CN',
      ],
    ],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it('reads a month written between the economy and the name', () => {
    expect(
      rows(
        "China's May exports beat forecasts, rising 4.8% from a year earlier. Imports fell 3.4%, missing expectations.",
      ),
    ).toEqual([
      ['exports beat forecasts, rising 4.8%', 'EXPORTS:2025-05', 4.8, '%', 'yoy', 'CN'],
      ['Imports fell 3.4%', 'IMPORTS:2025-05', -3.4, '%', 'yoy', 'CN'],
    ]);
  });

  it('reads a cut to a new level, with the cut as a detail', () => {
    const [lpr] = matchIndicators(
      'The PBOC cut the one-year loan prime rate by 10 basis points to 3.35%.',
      PUBLISHED,
    );
    expect(lpr).toMatchObject({ value: 'LPR-1Y:2025-05', figure: 3.35, basis: 'level' });
    expect(lpr!.details).toEqual([{ figure: -10, unit: 'bp', basis: 'change' }]);
  });

  it('labels a forecast with a figure like an actual figure', () => {
    expect(values('Economists expect CPI to rise 2.9% in December.')).toEqual(['CPI:2024-12']);
    expect(values('关注下周公布的CPI数据，市场预计5月CPI同比上涨0.3%。')).toEqual(['CPI:2025-05']);
  });

  it('keeps the previous period\'s figure out ("up from 2.7%")', () => {
    const found = matchIndicators(
      'The unemployment rate fell to 4.1% from 4.2%, the Labor Department said.',
      PUBLISHED,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ figure: 4.1 });
    expect(found[0]!.details).toBeUndefined();
  });
});

describe('matchIndicators: English forms of data-day copy', () => {
  const SEPT = '2026-09-04T09:10:00-04:00';
  it('reads a key-figures line: the series, its month, a colon and the figure', () => {
    expect(rows('Core PCE inflation, July: 2.9%', SEPT)).toEqual([
      ['Core PCE inflation, July: 2.9%', 'CORE-PCE:2026-07', 2.9, '%', 'yoy', 'US'],
    ]);
    expect(rows('Payrolls: +38,000', SEPT)).toEqual([
      ['Payrolls: +38,000', 'PAYROLLS:2026-08', 38000, 'persons', 'change', 'US'],
    ]);
    expect(values('Jobless rate (Aug): 4.6%', SEPT)).toEqual(['UNEMPLOYMENT:2026-08']);
  });

  it('reads a figure written before the name ("a 0.3% rise in the CPI")', () => {
    expect(rows('The report showed a 0.3% rise in the CPI last month.', SEPT)).toEqual([
      ['0.3% rise in the CPI', 'CPI:2026-08', 0.3, '%', 'yoy', null],
    ]);
    expect(values('Analysts see a 0.4% drop in U.S. retail sales in May.', SEPT)).toEqual([
      'RETAIL:2026-05',
    ]);
    // The figure of something else that merely sits before the name.
    expect(values('Shares had a 20% rise in the week before CPI day.', SEPT)).toEqual([]);
    expect(values('a 5% rise in the shares of CPI Corp', SEPT)).toEqual([]);
  });

  it('takes a rolling "three months to April" period by its last month', () => {
    expect(
      values('The unemployment rate rose to 5.3% in the three months to February.', '2026-04-23'),
    ).toEqual(['UNEMPLOYMENT:2026-02']);
  });

  it('takes a month written against the name ("May industrial production") as its period', () => {
    expect(
      values(
        'Industrial production rose 0.6% in April, and economists expect May industrial production, due on the 17th, to edge up 0.1%.',
        '2026-06-10',
      ),
    ).toEqual(['INDUSTRY:2026-04', 'INDUSTRY:2026-05']);
    // "may" the verb is no month.
    expect(values('Economists say industrial production may rise 0.2%.', '2026-06-10')).toEqual([
      'INDUSTRY:2026-05',
    ]);
  });

  it('reads "retail sales for May" as the period, and sales for a chain as no series', () => {
    expect(
      values('Retail sales for May, due tomorrow, are forecast to rise 0.5%.', '2026-06-18'),
    ).toEqual(['RETAIL:2026-05']);
    expect(values('Retail sales for the holiday chain fell 3%.', '2026-06-18')).toEqual([]);
    expect(values('forecasters see retail sales gaining 0.4% in May', '2026-06-18')).toEqual([
      'RETAIL:2026-05',
    ]);
  });

  it('reads core inflation as core CPI, and as core PCE in a PCE story', () => {
    expect(
      values('Core inflation, which strips out energy and food, slowed to 3.2%.', SEPT),
    ).toEqual(['CORE-CPI:2026-08']);
    expect(
      values('The PCE price index rose 2.6% in July, and core inflation held at 2.9%.', SEPT),
    ).toEqual(['PCE:2026-07', 'CORE-PCE:2026-07']); // the month stated earlier in the sentence
  });
});

describe('matchIndicators: a province, a city, Hong Kong inflation', () => {
  it("reads a province's GDP and exports as China's series at its scale", () => {
    expect(
      values(
        '前三季度，全省生产总值同比增长5.6%；据海关统计，9月份全省出口同比增长7.3%。',
        '2026-10-23',
      ),
    ).toEqual(['GDP:2026-Q3', 'EXPORTS:2026-09']);
  });

  it("reads 本地通脹 as Hong Kong's CPI", () => {
    const [found] = matchIndicators('9月份本地通脹為1.4%。', '2026-10-29T10:20:00+08:00');
    expect(found).toMatchObject({ value: 'CPI:2026-09', region: 'HK', figure: 1.4 });
  });
});

describe('matchIndicators: periods', () => {
  it('takes the end month of a year-to-date range', () => {
    expect(
      rows('1-5月份，全国固定资产投资（不含农户）191947亿元，同比增长4.0%。')[0]!.slice(1, 2),
    ).toEqual(['FAI:2025-05']);
    expect(values('前5个月，全国固定资产投资同比增长4.0%。')).toEqual(['FAI:2025-05']);
    expect(
      values('In the first 11 months, fixed-asset investment grew 3.3%.', '2024-12-16'),
    ).toEqual(['FAI:2024-11']);
  });

  it('uses a period stated earlier in the paragraph for the same kind of series', () => {
    const text =
      '国家统计局公布，4月份，CPI同比上涨0.1%。PPI同比下降2.7%。GDP同比增长5.4%。\n社会消费品零售总额同比增长5.1%。';
    expect(values(text)).toEqual([
      'CPI:2025-04',
      'PPI:2025-04', // the paragraph's month
      'GDP:2025-Q1', // no quarter stated: the quarter before the publish date's
      'RETAIL:2025-05', // a new paragraph: the month before the publish month
    ]);
  });

  it('infers the period from the publish date: last month, last quarter, this month for LPR', () => {
    expect(values('CPI同比上涨0.2%', '2025-01-09T09:30:00+08:00')).toEqual(['CPI:2024-12']);
    expect(values('GDP同比增长5.4%', '2025-01-17T10:00:00+08:00')).toEqual(['GDP:2024-Q4']);
    expect(values('1年期LPR为3.1%', '2025-01-20T09:15:00+08:00')).toEqual(['LPR-1Y:2025-01']);
    // The publish month as the page writes it, not as UTC has it.
    expect(values('CPI同比上涨0.2%', '2025-07-01T07:00:00+08:00')).toEqual(['CPI:2025-06']);
  });

  it('places a quarter or month written without a year before the publish date', () => {
    expect(values('四季度GDP同比增长5.4%', '2025-01-17T10:00:00+08:00')).toEqual(['GDP:2024-Q4']);
    expect(values('12月CPI同比上涨0.1%', '2025-01-09T09:30:00+08:00')).toEqual(['CPI:2024-12']);
    expect(values('2024年四季度GDP同比增长5.4%', '2025-01-17T10:00:00+08:00')).toEqual([
      'GDP:2024-Q4',
    ]);
  });

  it('reads the date after the figure in English, the date before it in Chinese', () => {
    expect(
      values(
        'Nonfarm payrolls rose by 256,000 in December, up from 212,000 in November.',
        '2025-01-10',
      ),
    ).toEqual(['PAYROLLS:2024-12']);
    expect(values('U.S. GDP grew 2.8% in 2024.')).toEqual(['GDP:2024']);
    expect(
      values("China's GDP grew 5.4% year on year in the fourth quarter.", '2025-01-17'),
    ).toEqual(['GDP:2024-Q4']);
    expect(values('2024年4月份，全国居民消费价格同比上涨0.3%。')).toEqual(['CPI:2024-04']);
  });

  it('leaves the date of a comparison ("up from 212,000 in November") to the comparison', () => {
    expect(
      values(
        'Nonfarm payrolls rose 256,000 in December, up from 212,000 in November, and the unemployment rate fell to 4.1%.',
        '2025-01-10',
      ),
    ).toEqual(['PAYROLLS:2024-12', 'UNEMPLOYMENT:2024-12']);
  });

  it('takes the month of an LPR fixing day, but not of a release day', () => {
    expect(values('6月20日，1年期LPR为3%。')).toEqual(['LPR-1Y:2025-06']);
    expect(values('国家统计局6月9日发布数据，CPI同比下降0.1%。')).toEqual(['CPI:2025-05']);
  });

  it('reads dates with a year when there is no publish date', () => {
    expect(values('2024年12月CPI同比上涨0.1%', null)).toEqual(['CPI:2024-12']);
  });
});

describe('matchIndicators: regions', () => {
  it('takes the nearest economy named before the name, else the page', () => {
    expect(rows('美国5月CPI同比上涨3.3%，中国5月CPI同比上涨0.3%。').map((r) => r[5])).toEqual([
      'US',
      'CN',
    ]);
    expect(rows('日本4月CPI同比上涨2.5%。')[0]![5]).toBeNull();
    expect(rows('The Labor Department said on Friday.\nRetail sales rose 0.6%.')[0]![5]).toBe('US');
    // A region named earlier in the paragraph.
    expect(rows('美国劳工部公布数据。失业率升至4.2%。')[0]![5]).toBe('US');
    // Another economy's currency or the world's: none of the three.
    expect(
      rows(
        'In the U.S. session, the pound dropped 0.5% after industrial production in October fell 1.3%.',
      )[0]![5],
    ).toBeNull();
    expect(rows('The IMF expects worldwide consumer prices to rise 8.8% this year.')[0]![1]).toBe(
      'CPI:2025',
    );
    expect(
      rows('The IMF expects worldwide consumer prices to rise 8.8% this year.')[0]![5],
    ).toBeNull();
  });
});

describe('matchIndicators: never indicators', () => {
  it.each([
    '贵州茅台营收同比增长12%',
    '公司上半年营收同比增长12%，净利润增长8%。',
    "Apple's revenue rose 8%",
    '上证指数涨1.2%',
    'the S&P 500 rose 1.2%',
    '白酒板块销售额增长10%',
    'CPI data due next week',
    '关注下周公布的CPI数据',
    'CPI数据将于下周公布。预计同比上涨0.3%。', // a sentence break between
    'CPI数据公布后，市场情绪明显好转，多家机构认为年内降息的概率正在上升，债市收益率下行5个基点。',
    'The CPI report, which investors and policymakers have been watching closely for signs that the economy is cooling, showed a 3% rise.',
    'Ahead of the CPI report, the S&P 500 rose 1.2%.',
    'CPI公布后A股上涨1%。',
    'SPMI rose 3% and PMIX fell 2%.', // PMI inside a longer token
    'CPI概念股大涨5%。',
    '比亚迪出口同比增长20%。', // a company's exports
    '汽车出口同比增长25%。', // a sector's exports
    "Apple's exports rose 10%.",
    'Chip exports rose 20% last year.',
    "Walmart's retail sales rose 5%.",
    '16-24岁劳动力失业率为14.9%。', // another statistic than the headline rate
    'Youth unemployment rate rose to 15%.',
    '苹果M2芯片性能同比提升18%。',
    'GDP per capita rose 5%.',
    '人均GDP增长5%。',
    '综合PMI产出指数为50.4%。',
    'ADP private payrolls rose 122,000.',
    '4月份，食品烟酒类价格同比下降1.4%，影响CPI（居民消费价格指数）下降约0.39个百分点。',
    '最终消费支出对GDP增长的贡献率为57.8%。',
    'The debt-to-GDP ratio rose to 120%.',
    '今年GDP增长目标为5%左右。',
    '新出口订单指数为47.5%。',
    // 分别 after one name: the figures are of the things listed before it.
    '随着需求回暖，船舶、电动汽车出口分别同比增长108.4%、28.3%。',
    // A name used for "according to the statistics", and the figure another subject's.
    '根据全社会固定资产投资统计，从1981年到2002年，政府投资从745.9亿元增至18877.4亿元，平均年增16.6%。',
    'The yield on the 10-year Treasury note fell 5 basis points to 4.2% after the PCE report.',
    // Parts of a series: a sub-series is not the headline figure.
    '1-5月份，民间固定资产投资同比下降0.1%。',
    '中国对东盟出口增长8%。',
    '公司出口业务收入同比增长15%。',
    'Exports of soybeans rose 20% in May.',
    'U.S. exports to China fell 10%.',
    'The unemployment rate among Black workers rose to 6.4%.',
    '5月末，M2-M1剪刀差为-4.2个百分点。',
    'GDP平减指数同比下降0.7%。',
    'Mortgage rates rose to 7% last week.',
  ])('%s', (text) => {
    expect(matchIndicators(text, PUBLISHED)).toEqual([]);
  });
});

describe('matchIndicators: spans', () => {
  it('spans from the name to the figure, sorted and apart, the date before left out', () => {
    const text =
      '国家统计局今天公布，5月份，CPI同比上涨0.2%。1年期LPR为3.45%，5年期以上LPR为3.95%。';
    const found = matchIndicators(text, PUBLISHED);
    expect(found).toHaveLength(3);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (let i = 1; i < found.length; i++)
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found[0]!.sentence).toBe('国家统计局今天公布，5月份，CPI同比上涨0.2%。');
    expect(found[0]!.kind).toBe('indicator');
  });

  it('stays fast on text full of names without figures', () => {
    const text = 'CPI data and PMI readings, '.repeat(20000) + '出口企业关注CPI，'.repeat(20000);
    const t0 = performance.now();
    expect(matchIndicators(text, PUBLISHED)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('INDICATOR_SERIES', () => {
  it('covers the series of LABELLING.md, once each', () => {
    const ids = INDICATOR_SERIES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'CPI',
        'CORE-CPI',
        'PPI',
        'GDP',
        'PMI',
        'PMI-NONMFG',
        'LPR-1Y',
        'LPR-5Y',
        'M2',
        'M1',
        'TSF',
        'RETAIL',
        'INDUSTRY',
        'FAI',
        'UNEMPLOYMENT',
        'PAYROLLS',
        'PCE',
        'CORE-PCE',
        'EXPORTS',
        'IMPORTS',
      ].sort(),
    );
  });

  it('has a head word near the start of every Latin name, so the head scan finds them all', () => {
    const names = [
      ...INDICATOR_SERIES.flatMap((s) =>
        s.aliases.map((a) => (typeof a === 'string' ? a : a.text)),
      ),
      ...NOT_SERIES,
    ].flatMap((n) => caseVariants(n));
    const missed = names
      .filter((n) => /^[A-Za-z]/.test(n))
      .filter((n) => {
        HEAD.lastIndex = 0;
        const head = HEAD.exec(` ${n}`);
        return !head || head.index - 1 > HEAD_BEFORE || n.length - (head.index - 1) > HEAD_AFTER;
      });
    expect(missed).toEqual([]);
  });

  it('gives every series names for cards in both languages', () => {
    for (const s of INDICATOR_SERIES) {
      expect(s.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.en).toMatch(/^[A-Z]/);
    }
  });
});

describe('matchIndicators: the publish date on the site’s clock', () => {
  it('reads 本月 early on the 1st in Beijing as that month, as dates do', () => {
    const [lpr] = matchIndicators('本月1年期LPR为3.45%。', '2024-07-01T07:00:00+08:00');
    expect(lpr?.value).toBe('LPR-1Y:2024-07');
  });
});

describe('matchIndicators: core inflation in Chinese, and a fixing named after its figure', () => {
  const DEC = '2026-12-17T07:05:00+08:00';
  it('reads 核心通脹率 / 核心通胀率 as core CPI for the month the sentence names', () => {
    expect(values('美國11月消費物價指數按年上升2.6%，核心通脹率則為2.9%。', DEC)).toEqual([
      'CPI:2026-11',
      'CORE-CPI:2026-11',
    ]);
    expect(values('美国11月CPI同比上涨2.6%，核心通胀率为2.9%。', DEC)).toEqual([
      'CPI:2026-11',
      'CORE-CPI:2026-11',
    ]);
  });

  it('takes "at its November fixing" as the LPR fixing’s month', () => {
    expect(
      values(
        'The central bank left the one-year loan prime rate unchanged at 2.9% at its November fixing.',
        DEC,
      ),
    ).toEqual(['LPR-1Y:2026-11']);
  });
});

describe('matchIndicators: an economy as GDP, quarters written as months', () => {
  const DEC = '2026-12-05T10:00:00+08:00';
  it('reads a basis between a verb-bearing name and its figure', () => {
    expect(values('Japan’s economy shrank an annualised 0.4% in the third quarter.', DEC)).toEqual([
      'GDP:2026-Q3',
    ]);
    expect(values('Japan’s economy grew an annualized 1.2% in July-September.', DEC)).toEqual([
      'GDP:2026-Q3',
    ]);
  });

  it('reads forecasts of the economy and 中国经济 as GDP, never another economy', () => {
    expect(values('The IMF expects the economy to grow 4.5% in 2027.', DEC)).toEqual(['GDP:2027']);
    expect(values('初步核算，三季度中国经济同比增长4.8%。', DEC)).toEqual(['GDP:2026-Q3']);
    expect(values('数字经济规模同比增长10%。', DEC)).toEqual([]);
    expect(values('中国经济网记者报道，该公司营收增长20%。', DEC)).toEqual([]);
  });

  it('gives a quarterly series the quarter three months make up, a monthly one the last month', () => {
    expect(values('7-9月GDP同比增长4.8%。', DEC)).toEqual(['GDP:2026-Q3']);
    expect(values('7-9月CPI同比上涨0.3%。', DEC)).toEqual(['CPI:2026-09']);
    expect(values('8-10月GDP同比增长4.8%。', DEC)).toEqual(['GDP:2026-10']);
  });
});

describe('matchIndicators: the euro zone’s harmonised index', () => {
  it('reads HICP inflation with a figure as CPI', () => {
    expect(
      values('Staff now project HICP inflation of 1.8% in 2027.', '2026-12-17T14:00:00+01:00'),
    ).toEqual(['CPI:2027']);
  });
});

describe('matchIndicators: inflation alone, and exports after a verb of the data', () => {
  const DEC = '2026-12-14T07:30:00+00:00';
  it('reads headline inflation with its figure as CPI', () => {
    expect(
      values("Eurostat's flash estimate showed euro-area inflation at 2.1% in November.", DEC),
    ).toEqual(['CPI:2026-11']);
    expect(values('Annual inflation eased to 3.1% in November.', DEC)).toEqual(['CPI:2026-11']);
  });
  it.each([
    'Wage inflation rose to 4.1% in November.',
    'Services inflation held at 4.4% in November.',
    'Inflation expectations rose to 3.1% in November.',
    'Policymakers want to see inflation closer to 2% before easing again.',
    'Officials look for evidence that inflation is returning to 2%.',
    "Inflation remains above the Fed's 2% goal.",
  ])('leaves %s alone', (text) => {
    expect(values(text, DEC)).toEqual([]);
  });
  it('reads PCE-story inflation as no CPI', () => {
    expect(
      values('The PCE price index rose 2.8%. Inflation rose 2.8% in October.', DEC),
    ).not.toContain('CPI:2026-10');
  });
  it('reads exports after "customs data showed" as the economy\'s', () => {
    expect(values('Customs data showed exports rose 4.3% in November.', DEC)).toEqual([
      'EXPORTS:2026-11',
    ]);
  });
});

describe('matchIndicators: Hong Kong forms of trade, retail and growth', () => {
  const JUN = '2026-06-12T16:30:00+08:00';
  it('reads 進口則下跌, 整體出口貨值, 零售總額 and 經濟增長 with their figures', () => {
    expect(values('海關總署公布，5月出口按年增長5.1%，進口則下跌2.4%。', JUN)).toEqual([
      'EXPORTS:2026-05',
      'IMPORTS:2026-05',
    ]);
    expect(values('本港貿易數據顯示，5月整體出口貨值則按年增長12.4%。', JUN)).toEqual([
      'EXPORTS:2026-05',
    ]);
    expect(values('分析員預期5月零售總額按年增長4.2%。', JUN)).toEqual(['RETAIL:2026-05']);
    expect(values('政府統計處公布，第一季經濟增長3.0%。', JUN)).toEqual(['GDP:2026-Q1']);
  });
  it('leaves a growth target alone', () => {
    expect(values('今年經濟增長目標為5%左右。', JUN)).toEqual([]);
  });
});

describe('indicators: whole years, Taiwan’s 年增 and 年減, Hong Kong’s PCE, months combined', () => {
  const JAN = '2027-01-18T11:05:00+08:00';
  it('reads a figure after 全年 as the year’s', () => {
    expect(
      values('12月份，规模以上工业增加值同比增长5.6%；全年规模以上工业增加值增长5.8%。', JAN),
    ).toEqual(['INDUSTRY:2026-12', 'INDUSTRY:2026']);
    expect(values('12月份CPI同比上涨0.7%。全年CPI平均上涨0.3%。', JAN)).toEqual([
      'CPI:2026-12',
      'CPI:2026',
    ]);
  });

  it('reads 年增 and 年減 as year-on-year moves, 減 falling', () => {
    const [fai] = matchIndicators('11月固定資產投資年減1.9%。', '2026-12-22T08:50:00+08:00');
    expect(fai).toMatchObject({ value: 'FAI:2026-11', figure: -1.9, basis: 'yoy' });
    expect(values('11月生產者物價指數（PPI）年減1.6%。', '2026-12-22T08:50:00+08:00')).toEqual([
      'PPI:2026-11',
    ]);
  });

  it('reads Hong Kong’s 個人消費開支物價指數 as the PCE price index', () => {
    expect(
      values(
        '美國商務部將於本週五公布1月個人消費開支（PCE）物價指數，市場預期按年上升2.4%。',
        '2027-02-23T16:25:00+08:00',
      ),
    ).toEqual(['PCE:2027-01']);
  });

  it('takes the later month of two months combined', () => {
    expect(
      values(
        'China customs data are expected to show exports rose 4.1% in January and February combined.',
        '2027-03-02T07:50:00-05:00',
      ),
    ).toEqual(['EXPORTS:2027-02']);
  });
});

describe('indicators: round 17 forms', () => {
  const MAR = '2027-03-10T07:50:00+08:00';
  it.each([
    ['For 2026 as a whole, they see the economy expanding 4.8%.', 'GDP:2026'],
    ['The bank expects the Swiss economy to grow about 1% this year.', 'GDP:2027'],
    ['The SNB sees inflation averaging 0.4% this year.', 'CPI:2027'],
    [
      'In January the core PCE index, which strips out food and energy, rose 2.8%.',
      'CORE-PCE:2027-01',
    ],
    ['統計處前日公布，1月整體出口貨值按年上升9.4%。', 'EXPORTS:2027-01'],
    ['美國本週五則公布12月零售銷售，市場預期按月增長0.4%。', 'RETAIL:2026-12'],
    ['大陸海關總署公布，今年前2月出口年增8.1%。', 'EXPORTS:2027-02'],
    ['市場預估2月新增社會融資規模約2.2兆元人民幣。', 'TSF:2027-02'],
  ])('%s → %s', (text, value) => {
    expect(values(text, MAR)).toEqual([value]);
  });

  it('reads 兆 as a trillion', () => {
    const [tsf] = matchIndicators('2月新增社會融資規模約2.2兆元。', MAR);
    expect(tsf!.figure).toBe(2.2e12);
  });
});

describe('indicators: other economies’ exports and a period inside "the first 20 days of"', () => {
  it('reads South Korea’s exports and the month their days belong to', () => {
    expect(
      values(
        "South Korea's exports in the first 20 days of January rose 11.2% from a year earlier, customs data showed.",
        '2027-01-21T10:00:00+09:00',
      ),
    ).toEqual(['EXPORTS:2027-01']);
  });
});

describe('indicators: periods after a second figure, by a quarter, and components', () => {
  const MAR = '2027-03-01T12:40:00+08:00';
  it('gives two figures joined by "and" the period written after the second', () => {
    expect(
      values(
        "The People's Bank of China kept the one-year loan prime rate at 3.0% and the five-year LPR at 3.5% at its February fixing.",
        MAR,
      ),
    ).toEqual(['LPR-1Y:2027-02', 'LPR-5Y:2027-02']);
  });

  it('reads "at a 2.7% annual rate in the October-December quarter" as that quarter', () => {
    expect(
      values(
        'Core PCE prices rose at a 2.7% annual rate in the October-December quarter.',
        '2027-01-29T17:20:00-06:00',
      ),
    ).toEqual(['CORE-PCE:2026-Q4']);
  });

  it('reads a price component inside the index as no reading of the index', () => {
    expect(
      values(
        'Prescription drug prices in the consumer price index rose 1.4% in the 12 months to December.',
        '2027-02-03T18:30:00-05:00',
      ),
    ).toEqual([]);
    expect(
      values(
        'The consumer price index rose 2.8% in the 12 months to December.',
        '2027-02-03T18:30:00-05:00',
      ),
    ).toEqual(['CPI:2026-12']);
  });
});

describe('indicators: Taiwan’s press (出口金額, 預估出口, 經濟成長率)', () => {
  const APR = '2027-04-09T07:45:00+08:00';
  it('reads exports and imports written with 金額 and a forecast of exports', () => {
    expect(
      values(
        '財政部昨日公布，3月出口金額達612.5億美元，年增28.4%；進口金額448.3億美元，年增21.6%。',
        APR,
      ),
    ).toEqual(['EXPORTS:2027-03', 'IMPORTS:2027-03']);
    expect(values('海關總署下週公布3月進出口數據，市場預估出口年增5.5%。', APR)).toEqual([
      'EXPORTS:2027-03',
    ]);
  });

  it('reads 經濟成長率 as GDP growth, and a company’s 出口 business as none', () => {
    expect(values('主計總處預測今年經濟成長率為3.6%。', APR)).toEqual(['GDP:2027']);
    expect(values('該公司出口業務營收年增12%。', APR)).toEqual([]);
  });
});

describe('indicators: a fiscal year written over two years, core consumer inflation, forecasts of last month', () => {
  it('reads a figure for 2027-28 as the fiscal year that starts in 2027', () => {
    expect(
      values(
        'The central bank expects consumer price inflation to average 3.1% in 2027-28.',
        '2027-08-06T17:45:00+05:30',
      ),
    ).toEqual(['CPI:2027']);
  });

  it('reads core consumer inflation as core CPI', () => {
    expect(
      values(
        'The bank raised its forecast for core consumer inflation in fiscal 2027 to 2.4%.',
        '2027-07-30T19:10:00+09:00',
      ),
    ).toEqual(['CORE-CPI:2027']);
  });

  it('reads a forecast of last month’s statistic as last month’s, not next year’s', () => {
    expect(
      values(
        '国家统计局将于下周一公布4月经济数据，券商预计4月社会消费品零售总额同比增长4.0%。',
        '2027-05-14T19:05:00+08:00',
      ),
    ).toEqual(['RETAIL:2027-04']);
  });
});

describe('indicators: growth written without GDP, goods trade with its amount', () => {
  const JAN = '2027-01-20T10:00:00-05:00';
  it.each([
    ['Economists expect full-year growth of about 4.9% for 2026.', ['GDP:2026']],
    ['The Fed raised its projection for economic growth this year to 2.1%.', ['GDP:2027']],
    [
      'The OBR cut its growth forecast for this year to 1.0% and its growth forecast for 2028 to 1.6%.',
      ['GDP:2027', 'GDP:2028'],
    ],
    [
      'The Commerce Department said goods exports rose 0.8% to $176.5 billion in October.',
      ['EXPORTS:2026-10'],
    ],
  ])('%s → %s', (text, expected) => {
    expect(values(text, JAN)).toEqual(expected);
  });

  it.each([
    'Beijing set an economic growth target of around 5% for 2027.',
    'Revenue growth was 12% in the quarter.',
    'Sales growth forecast for the chain is 4%.',
  ])('reads no GDP in %s', (text) => {
    expect(values(text, JAN)).toEqual([]);
  });
});

describe('indicators: a plan’s list of targets is no reading', () => {
  it('reads nothing after 目标是： to the end of its sentence, and the figures after it', () => {
    const text =
      '报告提出，今年发展主要预期目标是：国内生产总值增长5%左右，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。去年国内生产总值增长5.2%。';
    expect(values(text, '2028-03-06T15:40:00+08:00')).toEqual(['GDP:2027']);
  });

  it('gives a year stated for one figure to the others of its semicolon list, and no further', () => {
    const published = '2037-03-05T11:40:00+08:00';
    expect(
      values(
        '报告回顾，去年国内生产总值增长5.1%；居民消费价格上涨0.8%；城镇调查失业率平均为5.1%。',
        published,
      ),
    ).toEqual(['GDP:2036', 'CPI:2036', 'UNEMPLOYMENT:2036']);
    expect(values('去年国内生产总值增长5.1%。居民消费价格上涨0.8%。', published)).toEqual([
      'GDP:2036',
      'CPI:2037-02',
    ]);
  });

  it('reads no target after the semicolons that part the list, and a reading after a full stop', () => {
    const text =
      '报告提出，今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。2月城镇调查失业率为5.3%。';
    expect(values(text, '2037-03-05T11:40:00+08:00')).toEqual(['UNEMPLOYMENT:2037-02']);
  });
});

describe('matchIndicators: round 24 (a spread over the LPR, the day figures were told)', () => {
  const AUG = '2028-08-21T19:20:00+08:00';

  it('takes no reading from a spread priced off the LPR', () => {
    expect(
      values(
        'Banks may price mortgages 50 basis points below the five-year loan prime rate. The fixing left the one-year LPR at 2.8%.',
        AUG,
      ),
    ).toEqual(['LPR-1Y:2028-08']);
  });

  it('keeps the period stated before, not the day the office spoke', () => {
    expect(
      values(
        'CPI inflation fell to 3.1% in the year to June, the statistics office said last month, while core inflation eased to 3.3%.',
        '2028-08-03T16:45:00+01:00',
      ),
    ).toEqual(['CPI:2028-06', 'CORE-CPI:2028-06']);
  });
});

describe('matchIndicators: Taiwan press forms (round 26)', () => {
  const DEC = '2028-12-13T21:45:00+08:00';

  it('reads exports the finance ministry reports, and growth forecasts written 預測至 or 成長', () => {
    expect(values('財政部8日公布，11月出口年增35.2%，創歷年同月新高。', DEC)).toEqual([
      'EXPORTS:2028-11',
    ]);
    expect(values('主計總處上修今年經濟成長率預測至4.35%，並預估明年GDP成長2.8%。', DEC)).toEqual([
      'GDP:2028',
      'GDP:2029',
    ]);
  });

  it('never reads a company’s growth as the economy’s', () => {
    expect(values('公司预计今年营收成长20%。', DEC)).toEqual([]);
    expect(values('鴻海預估明年營收成長兩成。', DEC)).toEqual([]);
  });
});

describe('round 27: a target and a previous reading', () => {
  it('never reads a plan’s target figure as a reading', () => {
    expect(
      values(
        '政府工作报告提出，经济增长预期目标为5%左右，居民消费价格涨幅2%左右。',
        '2029-03-15T16:30:00+08:00',
      ),
    ).toEqual([]);
    expect(values('2月CPI同比上涨0.9%，低于2%左右的目标。', '2029-03-15T16:30:00+08:00')).toEqual([
      'CPI:2029-02',
    ]);
  });
  it('dates a rate by its sentence’s month, not the previous reading’s', () => {
    expect(
      values(
        'Employers added 150,000 jobs in January after a 212,000 gain in December, with the unemployment rate steady at 4.3%.',
        '2029-02-06T09:00:00-05:00',
      ),
    ).toEqual(['PAYROLLS:2029-01', 'UNEMPLOYMENT:2029-01']);
  });
});

describe('round 29: a rate’s move and the euro area’s index spelled out', () => {
  it('never reads a cut by basis points as the rate’s level', () => {
    expect(
      values(
        'She expects the central bank to cut the five-year LPR by another 10 basis points in March.',
        '2030-01-21T19:35:00+08:00',
      ),
    ).toEqual([]);
  });
  it('reads the harmonised index of consumer prices as CPI', () => {
    expect(
      values(
        "Eurostat's flash estimate showed the harmonised index of consumer prices (HICP) rose 1.8 per cent in the year to May.",
        '2030-06-06T17:10:00+01:00',
      ),
    ).toEqual(['CPI:2030-05']);
  });
});

describe('round 30: a scenario, a fixing month and Australia’s monthly indicator', () => {
  it('never reads a stress scenario’s path as a reading', () => {
    expect(
      values(
        'Under the severely adverse scenario, the unemployment rate would climb to a peak of 10% in the third quarter of 2032.',
        '2031-02-13T15:30:00-05:00',
      ),
    ).toEqual([]);
  });
  it('dates two LPRs by the fixing named after them', () => {
    expect(
      values(
        'The one-year loan prime rate was kept at 2.80% and the five-year LPR at 3.30% at the August fixing.',
        '2030-09-10T18:20:00+08:00',
      ),
    ).toEqual(['LPR-1Y:2030-08', 'LPR-5Y:2030-08']);
  });
  it('reads the monthly consumer price indicator as CPI', () => {
    expect(
      values(
        'The monthly consumer price indicator rose 3.1% in the year to November.',
        '2031-01-22T17:45:00-05:00',
      ),
    ).toEqual(['CPI:2030-11']);
  });
});

describe('round 32: China’s official PMIs on the month’s last day', () => {
  it('reads an undated official PMI in a story of the 31st as that month’s', () => {
    expect(
      values(
        "The National Bureau of Statistics said the official manufacturing purchasing managers' index rose to 50.3 from 49.6 in February.",
        '2032-03-31T17:40:00+08:00',
      ),
    ).toEqual(['PMI:2032-03']);
    // (mid-month, the last month's)
    expect(
      values(
        "The official manufacturing purchasing managers' index stood at 50.3.",
        '2032-03-15T17:40:00+08:00',
      ),
    ).toEqual(['PMI:2032-02']);
  });
});

describe('round 33: Taiwan’s and China’s trade figures, and the LPR before its fixing', () => {
  const MAR = '2033-03-21T19:30:00+08:00';
  it('reads exports and imports written with their economy, their period or 值', () => {
    expect(values('中国2月出口同比增长18.3%。', MAR)).toEqual(['EXPORTS:2033-02']);
    expect(values('台灣2月出口年增18.3%。', MAR)).toEqual(['EXPORTS:2033-02']);
    expect(
      values('財政部公布，2月出口值472.6億美元，年增18.3%；1至2月累計出口年增16.9%。', MAR),
    ).toEqual(['EXPORTS:2033-02', 'EXPORTS:2033-02']);
    expect(values('財政部公布，2月進口值年增12.4%。', MAR)).toEqual(['IMPORTS:2033-02']);
  });
  it('never reads a company’s exports', () => {
    expect(values('公司2月出口同比增长18.3%。', MAR)).toEqual([]);
  });
  it('reads an undated LPR before the 20th as last month’s fixing, and one expected as the next', () => {
    expect(values('目前，1年期LPR为2.65%。', '2033-11-16T19:30:00+08:00')).toEqual([
      'LPR-1Y:2033-10',
    ]);
    expect(values('目前，1年期LPR为2.65%。', '2033-11-21T19:30:00+08:00')).toEqual([
      'LPR-1Y:2033-11',
    ]);
    expect(
      values(
        'Traders expect the one-year LPR to be lowered to 2.80%.',
        '2028-12-15T18:40:00+08:00',
      ),
    ).toEqual(['LPR-1Y:2028-12']);
    expect(
      values('China kept its one-year LPR at 2.8%, as expected.', '2029-01-24T16:40:00+09:00'),
    ).toEqual(['LPR-1Y:2029-01']);
  });
});

describe('round 34: comparison bases written with their amount', () => {
  it('never takes the month an amount came down from as the figure’s', () => {
    expect(
      values(
        'Total social financing rose by 780 billion yuan in October, down from 2.6 trillion yuan in September, and outstanding TSF grew 8.0% from a year earlier.',
        '2034-11-20T16:45:00+08:00',
      ),
    ).toEqual(['TSF:2034-10', 'TSF:2034-10']);
    expect(
      values(
        'Economists expect the consumer price index up 2.9% from a year earlier in November.',
        '2026-12-09T16:42:00-05:00',
      ),
    ).toEqual(['CPI:2026-11']);
    expect(values('失業率則由10月的4.4%降至4.3%。', '2034-12-05T10:42:00+08:00')).toEqual([
      'UNEMPLOYMENT:2034-11',
    ]);
  });
});

describe('round 34: a sentence’s only month, written well before the figure', () => {
  it('reads the deficit’s month for the imports and exports of the same sentence', () => {
    expect(
      values(
        'The goods and services deficit widened to $78.2 billion in January from $71.5 billion in December, the Commerce Department said last week, as goods imports rose 2.9% to $290.4 billion while goods exports slipped 0.6%.',
        '2034-03-16T10:20:00-04:00',
      ),
    ).toEqual(['IMPORTS:2034-01', 'EXPORTS:2034-01']);
  });
});

describe('matchIndicators: round 40 forms', () => {
  const FEB_2041 = '2041-02-26T11:15:00+00:00';

  it('reads a forecast written as an infinitive, perfect or not', () => {
    expect(
      values('Economists expect retail sales to have grown 3.8% in October.', FEB_2041),
    ).toEqual(['RETAIL:2040-10']);
    expect(values('Economists expect retail sales to rise 0.3% in August.', FEB_2041)).toEqual([
      'RETAIL:2041-08',
    ]);
    // Never: a part of the series, sold to someone
    expect(values('Retail sales to households rose 2% in January.', FEB_2041)).toEqual([]);
  });

  it('takes GDP’s period from "the final quarter of 2040", not the sentence’s other month', () => {
    expect(
      values(
        'Inflation rose to 2.8% in January, and gross domestic product expanded 0.2% in the final quarter of 2040.',
        FEB_2041,
      ),
    ).toEqual(['CPI:2041-01', 'GDP:2040-Q4']);
  });

  it('never reads inflation returning all the way to a target as a reading', () => {
    expect(
      values(
        'Officials need not wait for inflation to return all the way to the 2% target.',
        FEB_2041,
      ),
    ).toEqual([]);
    expect(values('Inflation fell all the way to 1.8% in January.', FEB_2041)).toEqual([
      'CPI:2041-01',
    ]);
  });
});

describe('matchIndicators: round 45 forms', () => {
  it('values fixed-asset investment, a year-to-date series, by its period’s last month', () => {
    expect(
      values('Fixed-asset investment rose 2.9% in the first half.', '2047-07-15T18:00:00+08:00'),
    ).toEqual(['FAI:2047-06']);
    expect(values('一季度全国固定资产投资同比增长3.1%。', '2048-04-17T19:30:00+08:00')).toEqual([
      'FAI:2048-03',
    ]);
    // (a series of single months keeps the quarter: GDP)
    expect(values('一季度国内生产总值同比增长5.3%。', '2048-04-17T19:30:00+08:00')).toEqual([
      'GDP:2048-Q1',
    ]);
  });
});

describe('matchIndicators: round 48 forms', () => {
  const SAT = '2041-11-09T07:00:00-05:00';
  it('reads a name joined into a compound, and a forecast told after it', () => {
    expect(
      values(
        'The October retail-sales report, due Friday, is expected to show a 0.4% increase.',
        SAT,
      ),
    ).toEqual(['RETAIL:2041-10']);
    expect(
      values('The producer-price index follows, with economists looking for a 0.1% gain.', SAT),
    ).toEqual(['PPI:2041-10']);
  });

  it('still leaves a company’s own sales and a report with no figure', () => {
    expect(values('Walmart’s retail-sales growth was 4% in October.', SAT)).toEqual([]);
    expect(values('The retail-sales report is due Friday.', SAT)).toEqual([]);
  });
});

describe('matchIndicators: round 54 forms', () => {
  it('reads 有望 as a forecast, whose quarter may still be ahead', () => {
    expect(
      values('有經濟師指出，第四季零售業總銷貨價值有望按年增長約5%。', '2043-11-20T06:00:00+08:00'),
    ).toEqual(['RETAIL:2043-Q4']);
  });
});
