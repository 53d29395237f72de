import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';

const PUBLISHED = '2022-07-01T19:14:27+08:00';
const dates = (text: string, published: string | null = PUBLISHED) =>
  matchDates(text, published).map((d) => [d.text, d.value, d.until ?? null]);

describe('matchDates: Chinese', () => {
  it.each([
    ['2024年', '2024'],
    ['2024年2月5日', '2024-02-05'],
    ['2月5日', '2022-02-05'],
    ['今年4月', '2022-04'],
    ['去年12月', '2021-12'],
    ['明年', '2023'],
    ['一季度', '2022-Q1'],
    ['第一季度', '2022-Q1'],
    ['2024年第三季度', '2024-Q3'],
    ['上半年', '2022-H1'],
    ['年底', '2022-12'],
    ['2025年底', '2025-12'],
    ['2023年年末', '2023-12'],
    ['月底', '2022-07'],
    ['到2035年', '2035'],
    ['自2024年7月1日起', '2024-07-01'],
    ['5月中旬', '2022-05'],
    ['二〇二五年', '2025'],
    ['2022-06-24', '2022-06-24'],
  ])('%s → %s', (text, value) => {
    const [first] = matchDates(text, PUBLISHED);
    expect(first?.value).toBe(value);
  });

  it('resolves a year-less date to the occurrence nearest the publish date', () => {
    expect(dates('11月7日', '2024-12-20T00:00:00Z')).toEqual([['11月7日', '2024-11-07', null]]);
    expect(dates('1月3日', '2024-12-20T00:00:00Z')).toEqual([['1月3日', '2025-01-03', null]]);
  });

  it('reads a day alone as a day of the nearest month, and a range of months', () => {
    expect(dates('25日晚间公司发布公告', '2019-09-26T15:10:00+08:00')).toEqual([
      ['25日', '2019-09-25', null],
    ]);
    expect(dates('今年1—8月份新增债券', '2019-09-26T15:10:00+08:00')).toEqual([
      ['今年1—8月份', '2019-01', '2019-08'],
    ]);
    expect(dates('3日内完成，5个交易日后')).toEqual([]);
  });

  it('reads a weekday glossed with its date as two mentions of one day, and 三月份', () => {
    expect(dates('本周一（12月1日）央行宣布降准', '2025-12-05T19:20:00+08:00')).toEqual([
      ['本周一', '2025-12-01', null],
      ['12月1日', '2025-12-01', null],
    ]);
    // The gloss is not the start of a range with what follows it.
    expect(dates('昨日（3月18日）至今', '2026-03-19T16:45:00+08:00')).toEqual([
      ['昨日', '2026-03-18', null],
      ['3月18日', '2026-03-18', null],
    ]);
    expect(dates('三月份起诉', '2024-06-01T00:00:00+08:00')).toEqual([['三月份', '2024-03', null]]);
    expect(dates('一月以后', '2024-06-01T00:00:00+08:00')).toEqual([]);
  });

  it('reads the forms of statistics and market reports', () => {
    const april = '2026-04-16T10:40:00+08:00';
    // A statistic's previous month is the one before the month reported, not before today.
    expect(dates('3月份，失业率为5.2%，比上月下降0.2个百分点', april)).toEqual([
      ['3月份', '2026-03', null],
      ['上月', '2026-02', null],
    ]);
    expect(dates('失业率比上月下降', april)).toEqual([['上月', '2026-03', null]]);
    expect(dates('比上年四季度加快', april)).toEqual([['上年四季度', '2025-Q4', null]]);
    // 比上年增长: the comparison's base is a plain date, as 比上月 is (LABELLING.md), and
    // 上年全年 the whole of last year; 上年度 (a fiscal year) stays unread.
    expect(dates('利润比上年增长3%', april)).toEqual([['上年', '2025', null]]);
    expect(dates('增速较上年全年加快', april)).toEqual([['上年全年', '2025', null]]);
    expect(dates('不良率较上年末下降', april)).toEqual([['上年末', '2025-12', null]]);
    expect(dates('較上年度微跌', april)).toEqual([]);
    expect(dates('上年同期', april).map(([t]) => t)).toEqual(['上年同期']);
    expect(dates('前三季度GDP增长', april)).toEqual([['前三季度', '2026-Q1', '2026-Q3']]);
    expect(dates('今年首兩個月港股成交', april)).toEqual([['今年首兩個月', '2026-01', '2026-02']]);
    expect(dates('前两个月', april)).toEqual([]);
    expect(dates('雲業務上季收入增長', april)).toEqual([['上季', '2026-Q1', null]]);
    expect(dates('下个季度', april)).toEqual([['下个季度', '2026-Q3', null]]);
    expect(dates('马上季末以上季节', april)).toEqual([]);
    expect(dates('美股隔晚在紐約先升', april)).toEqual([['隔晚', '2026-04-15', null]]);
    expect(dates('隔夜利率上升，隔天再说', april)).toEqual([]);
  });

  it('reads a weekday by its clause, the nearer one without a cue', () => {
    const tuesday = '2026-07-28T11:05:00+08:00';
    expect(dates('結果將於週四凌晨公布', tuesday)).toEqual([['週四', '2026-07-30', null]]);
    expect(dates('若聯儲局週四凌晨維持利率不變', tuesday)).toEqual([['週四', '2026-07-30', null]]);
    expect(dates('美股周四收跌', tuesday)).toEqual([['周四', '2026-07-23', null]]);
    expect(dates('公司已于周五公告', tuesday)).toEqual([['周五', '2026-07-24', null]]);
    // 12月20日为周日 names the weekday of a date: one date, not two.
    expect(dates('因12月20日为周日', tuesday)).toEqual([['12月20日', '2026-12-20', null]]);
    // A clause counted back from now, or an aspect mark, looks back.
    expect(dates('今年以来，LPR仅在6月下调过一次', '2026-12-21T10:15:00+08:00')).toEqual([
      ['6月', '2026-06', null],
    ]);
    expect(dates('时至今日，仍未完成', tuesday)).toEqual([]);
  });

  it('keeps a range as start and end', () => {
    expect(dates('2022年1月1日至2025年12月31日')).toEqual([
      ['2022年1月1日至2025年12月31日', '2022-01-01', '2025-12-31'],
    ]);
    expect(dates('6月24日至29日')).toEqual([['6月24日至29日', '2022-06-24', '2022-06-29']]);
  });

  it.each([
    '下午3点开盘',
    '19:14',
    '接下来1-2年',
    '未来5年',
    '年满25岁',
    '日前',
    '近日',
    '3个月内',
  ])('finds no date in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('matchDates: English', () => {
  const ref = '2024-05-02T14:20:00Z';
  it.each([
    ['March 31, 2028', '2028-03-31'],
    ['March 31, 2028', '2028-03-31'],
    ['by the end of 2027', '2027-12'],
    ['Q3 2024', '2024-Q3'],
    ['fiscal 2025', '2025'],
    ['the third quarter', '2024-Q3'],
    ['in 2025', '2025'],
  ])('%s → %s', (text, value) => {
    expect(matchDates(text, ref)[0]?.value).toBe(value);
  });

  it('reads day-first dates, month-years, months with a time word and weekdays', () => {
    const ref2 = '2019-11-20T12:00:00Z'; // a Wednesday
    expect(dates('on 3 June 2024 and in May 2024', ref2).map((d) => d[1])).toEqual([
      '2024-06-03',
      '2024-05',
    ]);
    expect(dates('sales fell last November; next March', ref2).map((d) => d[1])).toEqual([
      '2018-11',
      '2020-03',
    ]);
    expect(
      dates('Shares rose on Tuesday. The board will vote on Friday.', ref2).map((d) => d[1]),
    ).toEqual(['2019-11-19', '2019-11-22']);
    expect(dates('Prices may rise in may', ref2)).toEqual([]);
  });

  it('gives a month-day the year nearest the publish date', () => {
    expect(matchDates('Nov. 7', '2024-10-20T00:00:00Z')[0]?.value).toBe('2024-11-07');
    expect(matchDates('Nov. 7', '2024-02-01T00:00:00Z')[0]?.value).toBe('2023-11-07');
  });

  it('reads a range', () => {
    expect(dates('The Fed meets Sept. 16-17, 2025.', ref)).toEqual([
      ['Sept. 16-17, 2025', '2025-09-16', '2025-09-17'],
    ]);
  });

  it('leaves times, durations and vague spans alone', () => {
    // "last week" alone is a week (LABELLING.md); "over the last week" is a span.
    // ("three months ago" is a date counted back: english-dates.test.ts.)
    expect(dates('at 3 p.m. for two years, over the last week, months ago, aged 45', ref)).toEqual(
      [],
    );
  });

  it('reads this, next and last year, month and quarter from the publish date', () => {
    expect(
      dates('Sales rose this year; tariffs start next month; profit fell last quarter.', ref).map(
        (d) => d[1],
      ),
    ).toEqual(['2024', '2024-06', '2024-Q1']);
    expect(dates('next quarter', '2024-11-02T00:00:00Z').map((d) => d[1])).toEqual(['2025-Q1']);
  });

  it('reads a month alone after a time word or before what is published in it', () => {
    const dec = '2016-12-14T19:00:00Z';
    expect(
      dates('the outlook rose since September and as of September; the August statement', dec),
    ).toEqual([
      ['September', '2016-09', null],
      ['September', '2016-09', null],
      ['August', '2016-08', null],
    ]);
    expect(dates('tariffs start in mid-December', '2019-11-20T00:00:00Z')).toEqual([
      ['mid-December', '2019-12', null],
    ]);
    expect(dates('since September', '2017-01-10T00:00:00Z')[0]?.[1]).toBe('2016-09');
  });

  it('reads one date written twice as two mentions, and the end of next year', () => {
    expect(dates('The vote came on Tuesday (Dec. 9) after talks.', '2025-12-10T12:00:00Z')).toEqual(
      [
        ['Tuesday', '2025-12-09', null],
        ['Dec. 9', '2025-12-09', null],
      ],
    );
    expect(dates('by the end of next year', '2025-12-10T12:00:00Z')).toEqual([
      ['the end of next year', '2026-12', null],
    ]);
    expect(dates('The payrolls report is due on Tuesday.', '2025-12-10T12:00:00Z')).toEqual([
      ['Tuesday', '2025-12-16', null],
    ]);
  });

  it('reads a weekday with its date as one date, and the week a preview is about', () => {
    const monday = '2026-06-22T07:00:00-04:00';
    expect(
      dates('Markets close early on Thursday, July 2, and stay shut on Friday, July 3.', monday),
    ).toEqual([
      ['Thursday, July 2', '2026-07-02', null],
      ['Friday, July 3', '2026-07-03', null],
    ]);
    // A list of weekdays stays a list.
    expect(dates('on Monday, Tuesday and Wednesday', monday).map((d) => d[0])).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
    ]);
    // "sales rose last week" dates one event; it does not move the weekdays after it.
    expect(
      dates('Nike sales rose last week. FedEx reports results on Tuesday.', monday).slice(1),
    ).toEqual([['Tuesday', '2026-06-23', null]]);
    // The verb before the weekday outweighs a past verb in an aside after it, and "the
    // quarter ended May 31" names a period.
    expect(
      dates(
        'FedEx reports results for the quarter ended May 31 on Tuesday, its first since the unit was spun off.',
        monday,
      ).at(-1),
    ).toEqual(['Tuesday', '2026-06-23', null]);
    expect(dates('The PCE report comes out on Friday.', monday)).toEqual([
      ['Friday', '2026-06-26', null],
    ]);
  });

  it('reads a part of a month: the end of September, the second half of June', () => {
    const april = '2026-04-14T09:30:00-04:00';
    expect(dates('Reports are due by the end of September.', april)).toEqual([
      ['the end of September', '2026-09', null],
    ]);
    expect(dates('The second half of June rarely brings much.', april)).toEqual([
      ['The second half of June', '2026-06', null],
    ]);
    // "may" the verb is never the month, with or without a part word before it.
    expect(dates('Rates may end lower.', april)).toEqual([]);
  });

  it('places only dates written with their year when the publish date is unknown', () => {
    expect(dates('On Tuesday, March 31, 2028 and June 3', null).map((d) => d[1])).toEqual([
      '2028-03-31',
    ]);
  });
});

describe('matchDates: shared rules', () => {
  it('counts days on the page’s own clock, not in UTC', () => {
    // 07:00 in Beijing is still 30 June in UTC.
    expect(dates('今天', '2024-07-01T07:00:00+08:00')).toEqual([['今天', '2024-07-01', null]]);
    expect(dates('yesterday', '2024-07-01T23:30:00-05:00')).toEqual([
      ['yesterday', '2024-06-30', null],
    ]);
    // A time without a zone is taken as written, whatever the reader's zone.
    expect(dates('明天', '2024-07-01T23:30:00')).toEqual([['明天', '2024-07-02', null]]);
  });

  it('finds no date inside an address or a longer number', () => {
    expect(
      dates('https://example.com/2024/01/29/rates-story and www.x.cn/2024-01-29.html'),
    ).toEqual([]);
    expect(dates('see reuters.com/markets/2024/01/29/story')).toEqual([]);
    expect(dates('编号12024年度')).toEqual([]);
  });

  it('passes a day-first hint to numeric dates', () => {
    const uk = (text: string) =>
      matchDates(text, '2025-05-02T10:00:00Z', { dayFirst: true }).map((d) => d.value);
    expect(uk('The rule applies from 04/05/2025.')).toEqual(['2025-05-04']);
    expect(matchDates('from 04/05/2025', '2025-05-02T10:00:00Z').map((d) => d.value)).toEqual([
      '2025-04-05',
    ]);
  });
});

describe('policy dates', () => {
  it('marks targets, approvals and effective dates, and leaves market dates plain', () => {
    const text =
      '今年4月，中央深改委审议通过《指导意见》。到2025年，数字政府顶层设计更加完善。6月24日数字政务概念股开盘走强。新规自2024年7月1日起施行。';
    expect(matchDates(text, PUBLISHED).map((d) => [d.value, d.kind])).toEqual([
      ['2022-04', 'policy-date'],
      ['2025', 'policy-date'],
      ['2022-06-24', 'date'],
      ['2024-07-01', 'policy-date'],
    ]);
  });

  it('marks deadlines and targets, not "as of" figures or market starts', () => {
    const kinds = (text: string, published = '2024-06-03T10:00:00+08:00') =>
      matchDates(text, published).map((d) => [d.text, d.kind]);
    expect(kinds('各地监管部门将在今年12月底前完成政策宣讲。')).toEqual([
      ['今年12月底', 'policy-date'],
    ]);
    expect(kinds('到2030年，绿色金融服务实体经济的能力显著增强。')).toEqual([
      ['2030年', 'policy-date'],
    ]);
    expect(kinds('截至今年5月末，23家银行的拨备覆盖率超过200%。')).toEqual([['今年5月末', 'date']]);
    expect(kinds('5月中旬起白酒批发价格出现回调。')).toEqual([['5月中旬', 'date']]);
    expect(kinds('2017年6月1日开始实行的《网络安全法》明确提到')).toEqual([
      ['2017年6月1日', 'policy-date'],
    ]);
  });

  it('finds the policy body in an earlier sentence of the paragraph, and reads abbreviations', () => {
    const kinds = (text: string) =>
      matchDates(text, '2019-11-20T12:00:00Z').map((d) => [d.text, d.kind]);
    expect(
      kinds('Fed Chair Powell spoke. The projected three rate increases would follow in 2021.'),
    ).toEqual([['2021', 'policy-date']]);
    expect(kinds('Powell spoke.\nThe projected increases would follow in 2021.')).toEqual([
      ['2021', 'date'],
    ]);
    expect(kinds('The next round of tariffs is due to start in mid-December.')).toEqual([
      ['mid-December', 'policy-date'],
    ]);
    const [dec] = matchDates(
      'Trump is cancelling a scheduled Dec. 15 tariff increase.',
      '2019-11-20T12:00:00Z',
    );
    expect(dec?.sentence).toBe('Trump is cancelling a scheduled Dec. 15 tariff increase.');
  });

  it('leaves an English dateline plain and reads effective dates and grace periods', () => {
    const kinds = (text: string) =>
      matchDates(text, '2025-12-10T20:00:00Z').map((d) => [d.text, d.kind]);
    expect(kinds('WASHINGTON, Dec. 10 — The Federal Reserve lowered rates on Wednesday.')).toEqual([
      ['Dec. 10', 'date'],
      ['Wednesday', 'policy-date'],
    ]);
    expect(kinds('A related amendment to Form PF is effective Jan. 1, 2026.')).toEqual([
      ['Jan. 1, 2026', 'policy-date'],
    ]);
    expect(
      kinds('The SEC adopted the rule. Smaller brokers will have until the end of 2027.'),
    ).toEqual([['the end of 2027', 'policy-date']]);
  });

  it('marks English effective dates and central-bank meetings', () => {
    const text =
      'The rule takes effect on March 31, 2028. The Fed’s next meeting is on June 11-12. Apple shares rose on Tuesday.';
    expect(matchDates(text, '2024-05-02T14:20:00Z').map((d) => [d.value, d.kind])).toEqual([
      ['2028-03-31', 'policy-date'],
      ['2024-06-11', 'policy-date'],
      ['2024-04-30', 'date'],
    ]);
  });
});

describe('matchDates: spans over the year end, listed days, schedules of weekdays, tense of deadlines', () => {
  const APR = '2027-04-07T16:40:00-04:00';
  it('values a span of months over the year end by its start', () => {
    expect(
      dates(
        'Comparable sales in the November-January period were strong.',
        '2027-01-29T17:20:00-06:00',
      ),
    ).toEqual([['November-January period', '2026-11', '2027-01']]);
  });

  it('reads the close of a year as its last month', () => {
    expect(dates('It ended at the close of 2025.', APR)).toEqual([
      ['the close of 2025', '2025-12', null],
    ]);
    expect(dates('The close of trading was calm.', APR)).toEqual([]);
  });

  it('reads days listed after a month’s day as that month’s, never a figure', () => {
    expect(dates('The Treasury will sell notes on May 11, 12 and 13.', APR)).toEqual([
      ['May 11', '2027-05-11', null],
      ['12', '2027-05-12', null],
      ['13', '2027-05-13', null],
    ]);
    expect(dates('Sales rose on May 11, 12 and 13% of stores closed.', APR)).toEqual([
      ['May 11', '2026-05-11', null],
    ]);
  });

  it('follows a glossed weekday still ahead with the bare weekdays after it in its sentence', () => {
    expect(
      dates(
        'The Treasury will sell notes on Monday (April 12), notes on Tuesday and bonds on Wednesday.',
        APR,
      ).map(([t, v]) => [t, v]),
    ).toEqual([
      ['Monday', '2027-04-12'],
      ['April 12', '2027-04-12'],
      ['Tuesday', '2027-04-13'],
      ['Wednesday', '2027-04-14'],
    ]);
    // a past day glossed, a weekday out of the week's order, another sentence
    expect(
      dates('The index rose on Monday (April 5) after falling on Friday.', APR).map(([t, v]) => [
        t,
        v,
      ]),
    ).toContainEqual(['Friday', '2027-04-02']);
    expect(
      dates('Next week brings prices on Friday (April 16) and exports on Monday.', APR).map(
        ([t, v]) => [t, v],
      ),
    ).toContainEqual(['Monday', '2027-04-12']);
    expect(
      dates('Notes sell on Monday (April 12). Banks reported on Tuesday.', APR).map(([t, v]) => [
        t,
        v,
      ]),
    ).toContainEqual(['Tuesday', '2027-04-06']);
  });

  it('looks ahead from a deadline that must be met, a term still running and a condition', () => {
    expect(
      dates('Talks must conclude by Oct. 31.', '2027-02-03T18:30:00-05:00').map(([t, v]) => [t, v]),
    ).toEqual([['Oct. 31', '2027-10-31']]);
    expect(
      dates('补贴自1月1日起实施，实施期限至12月31日。', '2027-04-19T10:15:00+08:00').map(
        ([t, v]) => [t, v],
      ),
    ).toContainEqual(['12月31日', '2027-12-31']);
    expect(
      dates('若法案於5月底前獲通過，新稅率將生效。', '2027-03-24T17:10:00+08:00').map(([t, v]) => [
        t,
        v,
      ]),
    ).toEqual([['5月底', '2027-05']]);
  });
});
