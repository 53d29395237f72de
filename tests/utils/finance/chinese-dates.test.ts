import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';

// Wednesday 8 May 2024, Beijing time: its week runs from Monday 6 to Sunday 12 May.
const REF = '2024-05-08T10:00:00+08:00';
const dates = (text: string, published: string = REF) =>
  matchDates(text, published).map((d) => [d.text, d.value, d.until ?? null]);
const one = (text: string, published: string = REF) => {
  const found = matchDates(text, published);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Chinese relative days', () => {
  it.each([
    ['今日', '2024-05-08'],
    ['今天上午', '2024-05-08'],
    ['昨日晚间', '2024-05-07'],
    ['昨天', '2024-05-07'],
    ['明日', '2024-05-09'],
    ['从明天起', '2024-05-09'],
    ['前日', '2024-05-06'],
    ['较前天上涨', '2024-05-06'],
    ['后天', '2024-05-10'],
    ['後天', '2024-05-10'],
    ['大后天', '2024-05-11'],
    ['截至今日', '2024-05-08'],
    ['公司今天下午公告', '2024-05-08'],
    ['美联储昨晚宣布加息', '2024-05-07'],
    ['今晨', '2024-05-08'],
    ['今早开盘', '2024-05-08'],
    ['明早公布', '2024-05-09'],
  ])('%s → %s', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it('gives 明日起施行 the day after publication, spanning 明日', () => {
    const d = one('新规明日起施行。');
    expect([d.text, d.value]).toEqual(['明日', '2024-05-09']);
  });

  it.each([
    '如今天然气价格上涨', // 如今 + 天然气
    '目前天齐锂业股价走强', // 目前 + 天齐锂业
    '此前日本央行加息', // 此前 + 日本
    '之后天然气价格回落', // 之后 + 天然气
    '据光明日报报道', // a newspaper
    '请说明日期', // 说明 + 日期
    '今日头条母公司', // a company
    '明日之星',
    '先天不足，后天失调', // born with / acquired
    '能力是后天形成的',
    '明天系旗下公司', // Tomorrow Group
    '美好的明天',
    '时至今日', // "to this day"
    '而今日本央行仍在观望',
    '据今晚报报道', // a newspaper
    '而今早已不同', // 而今 + 早已
    '如今晚间交易活跃',
  ])('finds no day in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('Chinese weeks', () => {
  const THIS = ['2024-05-06', '2024-05-12'];
  const LAST = ['2024-04-29', '2024-05-05'];
  const NEXT = ['2024-05-13', '2024-05-19'];
  it.each([
    ['本周', THIS],
    ['这周', THIS],
    ['本週', THIS],
    ['这一周', THIS],
    ['上周', LAST],
    ['上週', LAST],
    ['上个星期', LAST],
    ['下周', NEXT],
    ['下週', NEXT],
  ])('%s is its Monday until its Sunday', (text, [monday, sunday]) => {
    expect(dates(`${text}市场情绪回暖`)).toEqual([[text, monday, sunday]]);
  });

  it('reads a weekday after the week as that day, in either script', () => {
    expect(dates('下周一')).toEqual([['下周一', '2024-05-13', null]]);
    expect(dates('下週三')).toEqual([['下週三', '2024-05-15', null]]);
    expect(dates('週三')).toEqual([['週三', '2024-05-08', null]]);
    expect(dates('禮拜一')).toEqual([['禮拜一', '2024-05-06', null]]);
    expect(dates('礼拜天')).toEqual([['礼拜天', '2024-05-05', null]]);
    expect(dates('上个星期五')).toEqual([['上个星期五', '2024-05-03', null]]);
  });

  it('reads 上周一度 as last week, not its Monday, and 日本周一 as a Monday alone', () => {
    expect(dates('股价上周一度上涨')).toEqual([['上周', ...LAST]]);
    expect(dates('日本周一公布数据')).toEqual([['周一', '2024-05-06', null]]);
  });

  it.each(['本周期', '上周末', '资本周转率', '两周', '每周一公布', '逢周五休市', '黑色星期五'])(
    'finds no week or weekday in %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});

describe('Chinese relative months', () => {
  it.each([
    ['下个月', '2024-06'],
    ['上个月', '2024-04'],
    ['本月', '2024-05'],
    ['这个月', '2024-05'],
    ['上個月', '2024-04'],
    ['下個月', '2024-06'],
    ['上月', '2024-04'],
    ['下月', '2024-06'],
  ])('%s → %s', (text, value) => {
    expect(dates(`${text}销量增长`)).toEqual([[text, value, null]]);
  });

  it('keeps a part or a day written after the month', () => {
    const end = one('本月底前完成');
    expect([end.text, end.value, end.part]).toEqual(['本月底', '2024-05', 'end']);
    expect(dates('上月末')).toEqual([['上月末', '2024-04', null]]);
    expect(dates('下月1日起')).toEqual([['下月1日', '2024-06-01', null]]);
  });

  it.each(['以上月份', '线上月活用户', '三个月', '两个月内', '一月以后'])(
    'finds no month in %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});

describe('Chinese numeric and numeral dates', () => {
  it.each([
    ['2024/01/29', '2024-01-29'],
    ['2024.01.29', '2024-01-29'],
    ['2024-1-29', '2024-01-29'],
    ['截至2024/1/29', '2024-01-29'],
    ['二〇二四年一月二十三日', '2024-01-23'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    ['一月二十三日', '2024-01-23'],
    ['十二月八日', '2023-12-08'],
    ['3月5號', '2024-03-05'],
    ['後年', '2026'],
  ])('%s → %s', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it('reads times counted back from the publish date (三天前, 两年前)', () => {
    expect(dates('三天前公司发布公告')).toEqual([['三天前', '2024-05-05', null]]);
    expect(dates('两周前')).toEqual([['两周前', '2024-04-24', null]]);
    expect(dates('一个月前')).toEqual([['一个月前', '2024-04', null]]);
    expect(dates('十年前赴港上市')).toEqual([['十年前', '2014', null]]);
    expect(dates('半年前')).toEqual([['半年前', '2023-11', null]]);
    // Before the 5th, lately, before 2025, and a vague count: not counted back.
    expect(dates('5日前')).toEqual([]);
    expect(dates('日前')).toEqual([]);
    expect(dates('十几年前')).toEqual([]);
    expect(dates('2023年前')).toEqual([['2023年', '2023', null]]);
  });

  it('reads a month in numerals alone (十一月), the mainland next week, and 至今 as past', () => {
    expect(dates('回顧十一月，恆指累計下跌', '2024-12-04T16:42:00+08:00')).toEqual([
      ['十一月', '2024-11', null],
    ]);
    expect(dates('以及內地下週三公布的數據')).toEqual([['下週三', '2024-05-15', null]]);
    expect(dates('南向資金禮拜一至今已淨買入')).toEqual([['禮拜一', '2024-05-06', null]]);
    // "one month" stays out.
    expect(dates('不到一月')).toEqual([]);
  });

  it('reads a whole year (去年全年) as the year', () => {
    expect(dates('去年全年研发投入超过80亿元')).toEqual([['去年全年', '2023', null]]);
    expect(dates('今年全年GDP增速在4.9%上下')).toEqual([['今年全年', '2024', null]]);
    expect(dates('一份文件（2024）显示')).toEqual([['2024', '2024', null]]);
  });

  it('reads a range of months and a day alone from the 月 and 日 they end in', () => {
    expect(dates('今年1—8月份')).toEqual([['今年1—8月份', '2024-01', '2024-08']]);
    expect(dates('2024年1至3月')).toEqual([['2024年1至3月', '2024-01', '2024-03']]);
    expect(dates('1-8月15日')).toEqual([['8月15日', '2024-08-15', null]]);
    expect(dates('25日晚间')).toEqual([['25日', '2024-04-25', null]]);
  });

  it.each([
    '2024.3.1版本', // a calendar version
    'v2024.01.29',
    '12024年', // a longer number
    '公告编号2024-001',
    '312月',
    '124日',
    '3日内',
    '5日前',
    '国办发〔2024〕12号', // a document number's year
    '证监发[2024]3号',
    '案号：（2024）苏07民初123号', // a court case number
    '立法會的審議期一般為28日，可延展21日', // a period's length in days
  ])('finds no date in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('Chinese decades', () => {
  it.each([
    ['上世纪90年代', '1990', '1999'],
    ['20世纪90年代', '1990', '1999'],
    ['上个世纪80年代', '1980', '1989'],
    ['90年代', '1990', '1999'],
    ['八十年代', '1980', '1989'],
    ['1990年代', '1990', '1999'],
    ['本世纪20年代', '2020', '2029'],
    // In 2024 the 20s have begun: 20年代 is this decade, 30年代 the 1930s.
    ['20年代', '2020', '2029'],
    ['30年代', '1930', '1939'],
  ])('%s → %s until %s', (text, value, until) => {
    expect(dates(text)).toEqual([[text, value, until]]);
  });

  it('keeps the part of the decade', () => {
    const d = one('上世纪八十年代末期');
    expect([d.text, d.value, d.until, d.part]).toEqual([
      '上世纪八十年代末期',
      '1980',
      '1989',
      'end',
    ]);
  });

  it.each(['80后', '90后员工', '190年代'])('finds no decade in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('Chinese quarters as Hong Kong writes them, and their year by tense', () => {
  it.each([
    ['公司将公布首季业绩', '首季', '2024-Q1'],
    ['亏损较去年第四季收窄', '去年第四季', '2023-Q4'],
    ['最快今年第四季实施', '今年第四季', '2024-Q4'],
    ['第三季度营收增长', '第三季度', '2023-Q3'],
    ['预计第三季度经济回升', '第三季度', '2024-Q3'],
    ['二季度GDP增长', '二季度', '2024-Q2'],
  ])('%s', (text, written, value) => {
    const found = one(text);
    expect([found.text, found.value]).toEqual([written, value]);
  });

  it.each(['一年四季都有游客', '四季酒店开业', '季度报告'])('never a quarter: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('Chinese day counts and glossed days', () => {
  it('reads 提前30日 and 至少15日 as counts of days, not days of the month', () => {
    const ref = '2026-11-20T10:30:00+08:00';
    expect(matchDates('平台调整收费规则应当至少提前30日公示。', ref)).toEqual([]);
    expect(matchDates('持有满15日后方可赎回。', ref)).toEqual([]);
  });

  it('gives a glossed day the year of the relative day it glosses', () => {
    const ref = '2026-11-26T16:35:00+08:00';
    const found = matchDates('該公司日前宣布，將於下周二（12月1日）公布11月交付數據。', ref);
    expect(found.map((d) => d.value)).toEqual(['2026-12-01', '2026-12-01', '2026-11']);
  });
});

describe('Chinese document numbers in a year', () => {
  it('reads 2026年第58号公告 as a document number, and 今年第三次 still as this year', () => {
    const ref = '2026-11-12T10:00:00+08:00';
    expect(matchDates('商务部发布2026年第58号公告。', ref)).toEqual([]);
    expect(matchDates('这是今年第三次降息。', ref).map((d) => d.value)).toEqual(['2026']);
  });
});

describe('Chinese dates: the quarter weeks ahead, and the month a comparison means', () => {
  const DEC = '2026-12-10T17:36:00+08:00';
  const dated = (text: string) => matchDates(text, DEC).map((d) => [d.text, d.value]);
  it('reads 一季度 written in December as next year’s, unless a figure or a result follows', () => {
    expect(dated('降准仍有空间，一季度可能再降一次。')).toEqual([['一季度', '2027-Q1']]);
    expect(dated('一季度GDP同比增长5.3%。')).toEqual([['一季度', '2026-Q1']]);
    expect(dated('公司一季度业绩大增。')).toEqual([['一季度', '2026-Q1']]);
  });

  it('reads 上月 and 上月末 against the month the sentence reports, a day’s month included', () => {
    expect(dated('11月末M1余额同比增长5.2%，增速比上月末高0.4个百分点。')).toEqual([
      ['11月末', '2026-11'],
      ['上月末', '2026-10'],
    ]);
    expect(dated('11月20日，1年期LPR为2.80%，与上月持平。')).toEqual([
      ['11月20日', '2026-11-20'],
      ['上月', '2026-10'],
    ]);
  });
});

describe('Chinese dates: 上半年 written in December', () => {
  it('reads it ahead unless a figure follows', () => {
    const v = (text: string) => matchDates(text, '2026-12-08T10:00:00+08:00').map((d) => d.value);
    expect(v('预计上半年降准。')).toEqual(['2027-H1']);
    expect(v('上半年GDP同比增长5.3%。')).toEqual(['2026-H1']);
    expect(v('今年上半年经济平稳。')).toEqual(['2026-H1']);
  });
});

describe('Chinese dates: a range of days under one month', () => {
  it('reads 5月8至9日 and 5月28-29日 as one range of that month', () => {
    expect(dates('联储局5月8至9日议息。')).toEqual([['5月8至9日', '2024-05-08', '2024-05-09']]);
    expect(dates('會議於5月28-29日舉行。')).toEqual([['5月28-29日', '2024-05-28', '2024-05-29']]);
  });
  it('reads the bare last day of 5月8日至9日 in the same month, or the next', () => {
    expect(dates('5月8日至9日举行。')).toEqual([['5月8日至9日', '2024-05-08', '2024-05-09']]);
    expect(dates('5月30日至2日调休。')).toEqual([['5月30日至2日', '2024-05-30', '2024-06-02']]);
  });
  it('keeps a month span and a day with a number before it apart', () => {
    expect(dates('1-4月累计增长。')).toEqual([['1-4月', '2024-01', '2024-04']]);
    // a range the wrong way round is no range: the first day, with no end
    expect(dates('5月9至8日')).toEqual([['5月9至8日', '2024-05-09', null]]);
  });
});

describe('Chinese dates: the day written inside a relative word (Taiwan press)', () => {
  it('reads 昨（7）日 and 明（9）日 as two mentions each of one day', () => {
    expect(dates('央行昨（7）日宣布，新規明（9）日起實施。')).toEqual([
      ['昨', '2024-05-07', null],
      ['（7）日', '2024-05-07', null],
      ['明', '2024-05-09', null],
      ['（9）日', '2024-05-09', null],
    ]);
  });
  it('leaves a bracketed number before 日 without a relative word alone', () => {
    expect(dates('漲幅（3）日內擴大')).toEqual([]);
  });
});

describe('Chinese quarters and year-to-date months read in January', () => {
  const JAN = '2027-01-18T11:05:00+08:00';
  const values = (text: string) => matchDates(text, JAN).map((d) => d.value);

  it('reads a quarter not begun yet as the nearer one, last year’s, unless the words look ahead', () => {
    expect(values('分季度看，四季度GDP同比增长4.6%，比三季度回落0.2个百分点。')).toEqual([
      '2026-Q4',
      '2026-Q3',
    ]);
    expect(values('当时市场普遍担忧四季度经济下行。')).toEqual(['2026-Q4']);
    // never: a quarter the sentence looks ahead to
    expect(values('机构预计三季度经济明显回升。')).toEqual(['2027-Q3']);
    expect(values('二季度经济有望企稳。')).toEqual(['2027-Q2']);
  });

  it('reads 1-11月 with no year, in January, as last year’s months', () => {
    expect(values('降幅比1-11月收窄0.3个百分点。')).toEqual(['2026-01']);
    expect(values('今年1-3月的目标。')).toEqual(['2027-01']);
  });
});

describe('Chinese quarter ends before a balance', () => {
  it('reads 一季度末余额 as the quarter’s end, while 3个月余 stays a duration', () => {
    expect(matchDates('2024年第一季度末余额增长。', REF).map((d) => [d.text, d.value])).toEqual([
      ['2024年第一季度末', '2024-03'],
    ]);
    expect(matchDates('历时3个月余。', REF)).toEqual([]);
  });
});

describe('Chinese fiscal years, glossed 前日 and a date before 多数', () => {
  const FEB = '2027-02-25T07:45:00+08:00';
  const values = (text: string) => matchDates(text, FEB).map((d) => [d.text, d.value]);
  it('reads Hong Kong fiscal and tax years by their first calendar year', () => {
    expect(values('2027/28年度起實施，2026/27課稅年度的薪俸稅。')).toEqual([
      ['2027/28年度', '2027'],
      ['2026/27課稅年度', '2026'],
    ]);
    expect(values('本財政年度赤字870億元，下一個財政年度收窄。')).toEqual([
      ['本財政年度', '2026'],
      ['下一個財政年度', '2027'],
    ]);
    // never: two years that do not follow each other
    expect(values('2027/29年度')).toEqual([]);
  });

  it('reads 前日 glossed with its day, and a day before 多数', () => {
    expect(values('統計處前日（23日）公布。')).toEqual([
      ['前日', '2027-02-23'],
      ['23日', '2027-02-23'],
    ]);
    expect(values('目前日均成交额上升。')).toEqual([]);
    expect(values('美股中概股昨晚多數走高。')).toEqual([['昨晚', '2027-02-24']]);
    expect(values('历时两年多。')).toEqual([]);
  });
});

describe('round 28: Taiwan years and a half-year report', () => {
  const SEP = '2029-09-21T19:20:00+08:00';
  const at = (text: string) => matchDates(text, SEP).map((d) => [d.text, d.value]);
  it('reads a 民國 year on a Taiwan page, never a count of years or a mainland page', () => {
    expect(at('主計總處上修118年經濟成長率預測，並預測明年（119年）為2.6%。')).toEqual([
      ['118年', '2029'],
      ['明年', '2030'],
      ['119年', '2030'],
    ]);
    expect(at('民國118年8月1日起實施。').map(([, v]) => v)).toEqual(['2029-08-01']);
    expect(at('台股這家老店已成立118年，有118年歷史。')).toEqual([]);
    expect(at('公司营收118年增长。')).toEqual([]);
  });
  it('reads a year’s half-year report as its first half, and no year without one', () => {
    expect(at('拟于10月30日披露2029年半年度报告。')).toEqual([
      ['10月30日', '2029-10-30'],
      ['2029年半年度', '2029-H1'],
    ]);
    expect(at('公司将审议半年度报告。')).toEqual([]);
  });
});

describe('round 29: the day before yesterday after a body', () => {
  const MAR = '2030-03-21T19:45:00+08:00';
  it('reads 前日 right after a body’s name, never inside 目前 or 提前', () => {
    expect(matchDates('立法會前日三讀通過修訂條例。', MAR).map((d) => d.value)).toEqual([
      '2030-03-19',
    ]);
    expect(matchDates('統計處前日公布數據。', MAR).map((d) => d.value)).toEqual(['2030-03-19']);
    expect(matchDates('目前日均成交額上升。', MAR)).toEqual([]);
    expect(matchDates('公司提前日程。', MAR)).toEqual([]);
  });
});

describe('round 33: Taiwan’s year inside its relative word', () => {
  const MAR = '2033-03-21T19:30:00+08:00';
  const at = (text: string) => matchDates(text, MAR).map((d) => [d.text, d.value]);
  it('reads 明（2034）年 and 去（2032）年 as two mentions each', () => {
    expect(at('新規範自明（2034）年起施行。')).toEqual([
      ['明', '2034'],
      ['（2034）年', '2034'],
    ]);
    expect(at('去（2032）年出口成長12%。')).toEqual([
      ['去', '2032'],
      ['（2032）年', '2032'],
    ]);
  });
  it('never reads a figure’s year in brackets as the relative form', () => {
    expect(at('营业额（2024）年报显示')).toEqual([['2024', '2024']]);
  });
});

describe('round 34: a bare day after a future or past lead', () => {
  const DEC = '2034-12-05T10:42:00+08:00';
  const at = (text: string) => matchDates(text, DEC).map((d) => [d.text, d.value]);
  it('reads 將於21日 ahead and 已於28日 back, the nearer one otherwise', () => {
    expect(at('國內央行理監事會將於21日召開。')).toEqual([['21日', '2034-12-21']]);
    expect(at('公司已於28日完成交割。')).toEqual([['28日', '2034-11-28']]);
    expect(at('公司28日公告。')).toEqual([['28日', '2034-11-28']]);
    expect(at('公司3日公告。')).toEqual([['3日', '2034-12-03']]);
  });
});

describe('round 34: a bare day scheduled with 定於', () => {
  it('reads 定於21日 ahead', () => {
    expect(
      matchDates('理監事會定於21日召開。', '2034-12-05T10:42:00+08:00').map((d) => d.value),
    ).toEqual(['2034-12-21']);
  });
});

describe('次日 and 翌日: the day after the day before it', () => {
  it.each([
    ['外汇局将于本周五发布实施细则，细则自次日起施行。', '次日', '2024-05-11'],
    ['3月5日成交，次日交收。', '次日', '2024-03-06'],
    ['聯儲局4月30日減息，金管局翌日下調基本利率。', '翌日', '2024-05-01'],
    // (a weekday glossing the day names that day)
    ['香港交易所定於5月18日（週六）公布業績，友邦保險則於翌日放榜。', '翌日', '2024-05-19'],
  ])('%s: %s is %s', (text, word, value) => {
    expect(dates(text)).toContainEqual([word, value, null]);
  });

  it.each(['T+1次日交收。', '3月5日成交。次日交收。', '次日达物流覆盖全国。'])(
    'no day without one before it in its sentence: %s',
    (text) => {
      expect(dates(text).filter((d) => /[次翌]日/.test(String(d[0])))).toEqual([]);
    },
  );
});

describe('Chinese dates: round 42 forms', () => {
  it('reads a range of days after 本月 that writes 日 once', () => {
    expect(dates('美聯儲本月29至30日議息', '2047-10-17T06:30:00+08:00')).toEqual([
      ['本月29至30日', '2047-10-29', '2047-10-30'],
    ]);
  });

  it('never reads an amount in 萬元 or 億元 as a year', () => {
    expect(dates('投資門檻將由3000萬元降至2000萬元', '2047-10-17T06:30:00+08:00')).toEqual([]);
  });
});

describe('Chinese dates: round 45 forms', () => {
  it('reads a consultation period’s end as ahead, after an earlier launch', () => {
    expect(
      dates('港交所早前就有關建議諮詢市場，諮詢期至4月30日結束。', '2044-02-26T06:00:00+08:00'),
    ).toEqual([['4月30日', '2044-04-30', null]]);
  });
});

describe('a deadline’s 日前 is not “recently”', () => {
  it('keeps the next month-end of a list of deadlines ahead', () => {
    expect(
      matchDates(
        '剩余额度须在9月30日前发行完毕，新增专项债券原则上在10月底前发完。',
        '2048-05-20T08:00:00+08:00',
      ).map((d) => [d.text, d.value]),
    ).toEqual([
      ['9月30日', '2048-09-30'],
      ['10月底', '2048-10'],
    ]);
  });
});
