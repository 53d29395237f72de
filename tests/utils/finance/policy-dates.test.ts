import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';

const PUBLISHED = '2025-06-04T10:00:00+08:00';
const kinds = (text: string, published = PUBLISHED) =>
  matchDates(text, published).map((d) => [d.text, d.kind]);
const dated = (text: string, published = PUBLISHED) =>
  matchDates(text, published).map((d) => [d.text, d.value]);

describe('policy dates: English acts', () => {
  it.each([
    ['The AI Act entered into force on August 1, 2024.', 'August 1, 2024'],
    ['Obligations for general-purpose models apply from August 2, 2025.', 'August 2, 2025'],
    ['The tariffs come into effect on Feb. 1.', 'Feb. 1'],
    ['The new levy took effect in March 2025.', 'March 2025'],
    ['A related amendment is effective as of Jan. 1, 2026.', 'Jan. 1, 2026'],
    ['The compliance date for the first full reports is March 31, 2028.', 'March 31, 2028'],
    ['The comment period ends on March 3, 2026.', 'March 3, 2026'],
    ['Companies must file their first reports by June 30, 2026.', 'June 30, 2026'],
    ['Smaller lenders have until the end of 2027.', 'the end of 2027'],
    ['The rules will be phased in from January 2027.', 'January 2027'],
    ['Traders brace for the Dec. 15 imposition of tariffs.', 'Dec. 15'],
    ['The Fed cut its benchmark rate on Wednesday.', 'Wednesday'],
    ['Bans on social scoring have applied since February 2, 2025.', 'February 2, 2025'],
    ['The SEC pushed back the compliance deadline in March to June 11, 2026.', 'June 11, 2026'],
    ['Fed watchers price even odds of another cut by September.', 'September'],
    [
      'The Bank of England holds rates. A move at the following meeting, on 18 December, is priced.',
      '18 December',
    ],
    ['The Monetary Policy Committee held Bank Rate at 4% last month in a 7-2 vote.', 'last month'],
    ['The Names Rule, which the agency pushed back in March, covers funds.', 'March'],
    ['The ECB is uncertain before the bank concludes two days of meetings Thursday.', 'Thursday'],
    [
      "Investors brace for next month's Budget, which the Chancellor will deliver on 26 November.",
      '26 November',
    ],
    ['Futures markets priced roughly even odds of another cut by September.', 'September'],
    ['The breach rule took effect for larger firms on Dec. 3, 2025.', 'Dec. 3, 2025'],
    ['The option applies to fiscal years beginning on or after Dec. 15, 2026.', 'Dec. 15, 2026'],
    [
      'A road map from the Authority asks firms to finish their internal changes by the end of 2026.',
      'the end of 2026',
    ],
    [
      'The SEC adopted the mandate. It requires most eligible cash Treasury trades to be centrally cleared by Dec. 31, 2026.',
      'Dec. 31, 2026',
    ],
    ['The SEC pushed those deadlines back by a year in February 2025.', 'February 2025'],
    ['The SEC pushed the deadlines back from Dec. 31, 2025 and June 30, 2026.', 'June 30, 2026'],
    [
      'The regulation applied in full from Dec. 30, 2024 and ends its transitional period for existing providers on July 1, 2026.',
      'Dec. 30, 2024',
    ],
    [
      'The regulation applied in full last year and ends its transitional period for existing providers on July 1, 2026.',
      'July 1, 2026',
    ],
    [
      'The SEC moved the compliance date to Nov. 17, 2027, from the original date of Nov. 17, 2025.',
      'Nov. 17, 2025',
    ],
    ['Lawyers said that would put the deadline in mid-June.', 'mid-June'],
    ['Groups file under the separate regime, which begins with the 2028 financial year.', '2028'],
    [
      'The European Supervisory Authorities designated a first list of critical providers in November.',
      'November',
    ],
    [
      'The Authority asked firms to submit readiness reports by the end of September.',
      'the end of September',
    ],
    [
      'The compliance date for the overhauled Form PF, the confidential report that hedge funds file, is Oct. 1, 2026.',
      'Oct. 1, 2026',
    ],
    ['The ECB held rates, and Lagarde said it was ready to act in September.', 'September'],
    [
      'Lagarde spoke for an hour. She added that the September meeting, with new projections, would be open.',
      'September',
    ],
    ['The euro bill is stalled. Finance ministers meet next month to discuss it.', 'next month'],
    [
      'Under the EU directive, companies due to report on the 2025 financial year will now first report in 2028.',
      '2028',
    ],
    [
      'Analysts pencilled in a 10-basis-point cut to the one-year LPR to 2.9% in the third quarter.',
      'the third quarter',
    ],
    ["Markets price a 70% chance of a cut at the MPC's next meeting on 30 July.", '30 July'],
    [
      'The SEC pushed the rule back in March to June 11, 2026, for larger groups, and to December 11, 2026, for smaller ones.',
      'December 11, 2026',
    ],
    [
      'The ECB said its review of the reserve system would conclude by the end of the year.',
      'the end of the year',
    ],
    ['Trump said a deal with Beijing could now be pushed into next year.', 'next year'],
    ['It was the first double dissent since the committee met in December 2025.', 'December 2025'],
    ['The regulation reached the Official Journal on 30 October.', '30 October'],
    ['The comment period, which opened on 12 November, closes on 11 February 2027.', '12 November'],
    [
      'The comment period, which opened on 12 November, closes on 11 February 2027.',
      '11 February 2027',
    ],
    ['The SEC proposal is open for comment until Dec. 28.', 'Dec. 28'],
    ['The regime has been in force since 6 April.', '6 April'],
    ['The floor is phased in over four years until 1 January 2030.', '1 January 2030'],
    ['The Chancellor kept the freeze on income-tax thresholds until 2030.', '2030'],
    ["The deadline to use this tax year's allowance is 05/04/2027.", '05/04/2027'],
    ['Markets put a December cut at roughly 40%.', 'December'],
    ['Minutes of the Oct. 27-28 meeting showed officials split.', 'Oct. 27-28'],
    ['Markets moved to price a cut at the next meeting on Dec. 17.', 'Dec. 17'],
    ['Markets see a cut soon, with a reduction by February fully priced.', 'February'],
    ['"We think it cuts in December, taking Bank Rate to 3% by June 2027."', 'June 2027'],
    ["The government's Budget, due on Nov. 25, is the next test.", 'Nov. 25'],
    ['The regulation enters into force 20 days later, on Dec. 10.', 'Dec. 10'],
    ['The FCA opened a consultation; responses are due by Feb. 20.', 'Feb. 20'],
    ['Firms comply by their first fiscal quarter ending after March 15, 2028.', 'March 15, 2028'],
    ['The rules enter into force on Feb. 1, with a phase-in until Aug. 3.', 'Aug. 3'],
    [
      'At the September meeting, the median official penciled in one more cut this year.',
      'this year',
    ],
  ])('%s', (text, date) => {
    expect(kinds(text)).toContainEqual([date, 'policy-date']);
  });

  it.each([
    ['The ministry said on Monday that exports grew.', 'Monday'],
    // A statistic's release and its period, in a story about a central bank.
    [
      'The Fed meets soon. The September retail sales report, delayed by the government shutdown, is now due on Nov. 25.',
      'Nov. 25',
    ],
    [
      'The Fed is wary. Consumer prices are due on Sept. 11: economists expect the August CPI to show a 3.0% annual increase.',
      'Sept. 11',
    ],
    ['The Fed is wary: economists expect the August CPI to show a 3.0% increase.', 'August'],
    [
      'The Budget is near. Official figures showed the government borrowed £20.2 billion in September.',
      'September',
    ],
    // A company finishing its own work.
    ['The SEC set the rule. Invesco said it expected to finish the work by May.', 'May'],
    ['The Fed raised rates, its first hike since the 2008 crisis.', '2008'],
    ['Fed officials met before the Nov. 8 election.', 'Nov. 8'],
    ['The Fed expects consumer prices to rise 2.8% this year, up from 2.5% in 2024.', '2024'],
    [
      'Fed staff expect unemployment to drift up to 4.6% by the end of next year.',
      'the end of next year',
    ],
    ['Powell spoke. Apple shares rose on Tuesday.', 'Tuesday'],
    ['WASHINGTON, June 4 — The Fed held rates.', 'June 4'],
    ['The Commerce Department publishes May price data on June 26.', 'June 26'],
    ['Gilt yields hit their highest since the 1990s as the Treasury borrowed more.', 'the 1990s'],
    ['Fed officials cut their forecast for growth to 1.4% this year.', 'this year'],
    [
      'Officials cut their forecast for GDP growth to 1.4% this year and penciled in one more quarter-point cut.',
      'this year',
    ],
    // A statistic's period in a story about a central bank.
    ['The ECB held rates. The unemployment rate held at 6.2% in May.', 'May'],
    // An era a story recalls is never an act's date.
    ['Powell pointed to the 1990s, when the Fed held rates steady.', 'the 1990s'],
    ['Logan warned that cutting further risks repeating the mistakes of the 1970s.', 'the 1970s'],
    // A wire's dateline, with the agency's name in brackets.
    ['FRANKFURT, July 23 (Rhine Wire) - The ECB left rates unchanged at its meeting.', 'July 23'],
  ])('stays a plain date: %s', (text, date) => {
    expect(kinds(text)).toContainEqual([date, 'date']);
  });

  it('gives each item of a list of deadlines the act of the first', () => {
    expect(
      kinds(
        'Cash trades must be cleared by Dec. 31, 2026, and eligible repo trades by June 30, 2027.',
      ),
    ).toEqual([
      ['Dec. 31, 2026', 'policy-date'],
      ['June 30, 2027', 'policy-date'],
    ]);
    // Another item with a speech verb is not the act's: the ministry spoke on Monday.
    expect(
      kinds('The comment period ends on April 13, and the chairman said on Monday he was hopeful.'),
    ).toEqual([
      ['April 13', 'policy-date'],
      ['Monday', 'date'],
    ]);
    // Nor is a date of the next sentence.
    expect(kinds('The rule takes effect on March 2. Shares rose on March 3.')).toEqual([
      ['March 2', 'policy-date'],
      ['March 3', 'date'],
    ]);
  });

  it('reads the clause a date opens ("Since March, the central bank has raised…")', () => {
    expect(kinds('Since March, the central bank has raised its key interest rate.')).toEqual([
      ['March', 'policy-date'],
    ]);
  });
});

describe('policy dates: Chinese acts, Simplified and Traditional', () => {
  it.each([
    ['国务院常务会议6月5日审议通过《条例》，自2025年9月1日起施行。', ['6月5日', '2025年9月1日']],
    ['中国人民银行12月5日宣布，决定于12月15日下调存款准备金率。', ['12月5日', '12月15日']],
    ['过渡期至2026年6月30日。', ['2026年6月30日']],
    ['征求意见截止日期为2025年12月31日。', ['2025年12月31日']],
    ['央行将于6月20日公布LPR报价。', ['6月20日']],
    ['新規自2025年7月1日起正式實施。', ['2025年7月1日']],
    ['各地将在今年12月底前完成清理工作。', ['今年12月底']],
    ['5月30日召开的中共中央政治局会议强调，下半年要着力扩大内需。', ['5月30日', '下半年']],
    ['證監會於週一發出通函。', ['週一']],
    ['證監會與聯交所3月16日就優化新股定價機制發表聯合諮詢文件。', ['3月16日']],
    ['美聯儲去年12月再度減息後，港元拆息明顯回落。', ['去年12月']],
    ['市场担心今年1月1日起新能源汽车购置税由免征改为减半征收。', ['今年1月1日']],
    ['因周日休市，本月LPR报价顺延至今日。', ['今日']],
    // 监管方从年初就在酝酿针对数据公司的整顿: "data" here is a kind of company, not a release.
    ['监管方从年初就在酝酿针对数据公司的整顿清理。', ['年初']],
    // An obligation from a day, a deadline an obligation names, an exchange's change.
    ['工信部发布征求意见稿。征求意见稿明确，3月1日起，新申报的车型须满足备案要求。', ['3月1日']],
    ['證監會表示，所有持牌法團須於2027年1月1日或之前全面遵從。', ['2027年1月1日']],
    ['港交所跌0.4%，交易所將於6月8日起把收市競價交易時段擴展至更多證券。', ['6月8日']],
    // A date glossed in brackets shares the act written after the gloss.
    ['證監會昨日（1月28日）就《網上經紀平台客戶資產保障指引》發表諮詢總結。', ['昨日', '1月28日']],
    // A body's full name; a Traditional act word.
    ['香港金融管理局今早隨即宣布，基本利率維持在4厘不變。', ['今早']],
    [
      '《通知》落款日期为二〇二六年一月十六日，通知自2026年2月1日起实施。',
      ['二〇二六年一月十六日'],
    ],
    ['中國證監會今年7月修訂境外上市備案指引。', ['今年7月']],
    ['国务院办公厅11月27日对外公布《关于深化数据要素市场化配置改革的指导意见》。', ['11月27日']],
    ['国家数据局27日同步发布《数据交易场所管理暂行规定（征求意见稿）》。', ['27日']],
    ['省人大常委会将于下月审议数据产权保护条例草案。', ['下月']],
    ['全省经济工作会议计划于12月中旬召开。', ['12月中旬']],
    ['立法會財經事務委員會將於11月2日（下週一）開會。', ['11月2日', '下週一']],
    ['《銀行業（資本）（修訂）規則》已於上月刊憲。', ['上月']],
    ['SEC上月发布概念文件，意见征集期将于2027年1月15日结束。', ['2027年1月15日']],
    ['政府亦於今日在憲報刊登有關條例的附屬法例修訂。', ['今日']],
    ['聯交所表示，今年6月展開的公眾諮詢共收到逾百份意見。', ['今年6月']],
    ['證監會計劃於2027年上半年就優化雙重股權架構展開諮詢。', ['2027年上半年']],
    [
      '「大家都會趕在2026年12月31日前遞表，以沿用舊規」，過渡期安排由聯交所公布。',
      ['2026年12月31日'],
    ],
    ['美联储将于北京时间2026/01/29凌晨3:00公布利率决议。', ['2026/01/29']],
    ['国务院常务会议要求各地抓紧出台配套细则，确保相关措施在明年一季度落地见效。', ['明年一季度']],
    ['有券商指，若美國商務部下個月再收緊半導體設備出口管制，晶片股仍會反覆。', ['下個月']],
    ['工信部有关负责人表示，下半年将在北京、上海等20个城市扩大应用试点。', ['下半年']],
  ])('%s', (text, dates) => {
    for (const d of dates) expect(kinds(text)).toContainEqual([d, 'policy-date']);
  });

  it.each([
    ['财政部周一表示，将继续实施积极的财政政策。', '周一'],
    ['财政部近日发布了2025年5月地方政府债券发行情况。', '2025年5月'],
    ['截至5月末，央行资产负债表规模有所收缩。', '5月末'],
    ['到2006年，伴随着新建机组投入运行，缺电形势将得到缓解。', '2006年'],
    ['2008年金融危机以来，央行多次调整政策。', '2008年'],
    ['美联储将召开议息会议。中概股将在3月前后陆续发布第四季度及全年业绩。', '3月'],
    ['港交所升1.5%，今年港股日均成交維持在二千億港元以上。', '今年'],
    ['6月3日数字政务概念股开盘走强。', '6月3日'],
    ['經濟數據方面，政府統計處本月公布，4月至6月經季節性調整的失業率為3.9%。', '4月至6月'],
    ['政府將於本週五公布第二季本地生產總值預先估計數字。', '第二季'],
    ['政府將於本週五公布第二季本地生產總值預先估計數字。', '本週五'],
    // A statistic's release day, its object after a comma or its publisher before it.
    ['經濟數據方面，政府統計處本月公布，4月至6月經季節性調整的失業率為3.9%。', '本月'],
    ['投資者需關注本周三（2月11日）美国劳工部公布的1月CPI数据。', '2月11日'],
    ['以及中国人民银行即将公布的1月金融数据。', '1月'],
    // A statistics office is no policy body; a press conference is where someone spoke.
    ['国家统计局7月15日公布，二季度国内生产总值同比增长5.2%。', '7月15日'],
    ['国家数据局有关负责人11月25日在国新办新闻发布会上介绍了文件内容。', '11月25日'],
    // A government releasing statistics on a day.
    ['政府將於本週五公布第二季本地生產總值預先估計數字。', '本週五'],
    // A listed company's own meeting, even on an exchange's page.
    ['北交所上市公司贝特瑞公告，公司拟于2026/01/29召开临时股东大会。', '2026/01/29'],
  ])('stays a plain date: %s', (text, date) => {
    // The 2006 target is read from a 2005 story, where it still lay ahead.
    const published = text.includes('2006年') ? '2005-06-04T10:00:00+08:00' : PUBLISHED;
    expect(kinds(text, published)).toContainEqual([date, 'date']);
  });
});

describe('policy dates: the quick pre-check never hides a cue', () => {
  it.each([
    ['国务院强调，下半年要着力扩大内需。', '下半年', '2025-06-04T10:00:00+08:00'],
    ['The consultation on the rules closes on July 18.', 'July 18', PUBLISHED],
    ["The Fed's next gathering is on June 15.", 'June 15', PUBLISHED],
    ['Analysts price a reduction in September, the Fed said.', 'September', PUBLISHED],
    // Chinese marks before a date, one per last character of ZH_CUES.actBeforeEnds' kinds
    ['规划提出，到2030年基本建成。', '2030年', PUBLISHED],
    ['过渡期截止2026年6月30日。', '2026年6月30日', PUBLISHED],
    ['征求意见截止日期为2025年7月1日。', '2025年7月1日', PUBLISHED],
    ['首份报告最迟2026年4月30日披露。', '2026年4月30日', PUBLISHED],
    ['所有持牌法團須於2027年1月1日或之前全面遵從，證監會表示。', '2027年1月1日', PUBLISHED],
    ['《意见》落款日期2025年5月20日。', '2025年5月20日', PUBLISHED],
    ['国常会将于7月5日召开。', '7月5日', PUBLISHED],
  ])('%s', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
  });

  it('reads a mixed-language sentence’s policy body in each language apart', () => {
    const text =
      'Loans were cut on June 18 by the lender and then more came, 国务院7月1日部署减税。';
    expect(kinds(text)).toContainEqual(['7月1日', 'policy-date']);
  });
});

describe('policy dates: a count of the same act for the next date', () => {
  it('reads "cuts in December and again in March" as two policy dates', () => {
    expect(
      kinds('The Bank of England held. We think it cuts in December and again in March.'),
    ).toEqual([
      ['December', 'policy-date'],
      ['March', 'policy-date'],
    ]);
  });

  it('reads "one more cut this year and two in 2027" as two policy dates', () => {
    expect(
      kinds('The Fed met. The median official penciled in one more cut this year and two in 2027.'),
    ).toEqual([
      ['this year', 'policy-date'],
      ['2027', 'policy-date'],
    ]);
  });
});

describe('policy dates: the year of a prospective decision', () => {
  it('reads "another reduction at the December meeting was not a done deal" ahead', () => {
    const found = matchDates(
      'The Fed cut rates, but Powell warned that another reduction at the December meeting was "not a done deal".',
      '2026-10-28T14:26:00-04:00',
    );
    expect(found.map((d) => [d.text, d.value, d.kind])).toEqual([
      ['December', '2026-12', 'policy-date'],
    ]);
  });

  it('reads "were ready to act in September" ahead, though the speech is past', () => {
    const [found] = matchDates(
      'Lagarde said policymakers were ready to act in September.',
      '2026-07-23T15:05:00+02:00',
    );
    expect(found).toMatchObject({ text: 'September', value: '2026-09', kind: 'policy-date' });
  });
});

describe('policy dates: instruments that start, end or change, and duties from a day', () => {
  const DEC = '2026-12-03T08:15:00-05:00';
  it.each([
    ['Cash Treasury trades must be centrally cleared starting Dec. 31, 2026.', 'Dec. 31, 2026'],
    ['The earliest filings are due on Oct. 15, 2027.', 'Oct. 15, 2027'],
    ['Comments are due 60 days after publication or by Feb. 1, whichever is later.', 'Feb. 1'],
    ['The no-action relief will sunset on March 1 as planned.', 'March 1'],
    [
      'Its new repo data collection goes live in the second quarter of 2027.',
      'the second quarter of 2027',
    ],
    ['The tariff rises to 35%, with the higher rate going live at 12:01 a.m. on Jan. 1.', 'Jan. 1'],
    [
      'The Section 301 tariffs, extended several times, will sunset on Feb. 28, 2027.',
      'Feb. 28, 2027',
    ],
    ['Requests must be filed no later than 5 p.m. on Dec. 18.', 'Dec. 18'],
    ['Tariffs were imposed on Nov. 1, 2025.', 'Nov. 1, 2025'],
    ['"The bar for another cut in January is high," one economist said.', 'January'],
    ['The Fed made its third cut, after reductions in June and September.', 'June'],
    [
      'The median projection shows the federal funds rate at 2.9% at the end of 2027.',
      'the end of 2027',
    ],
  ])('%s', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['The store opens on Friday.', 'Friday'],
    ["Apple's new service goes live in March.", 'March'],
    ['The tariffs, extended several times since 2024, remain.', '2024'],
    ['The commissioner said in a statement posted on Monday that the rule is costly.', 'Monday'],
    ['The statistics office publishes the figures at 7 a.m. tomorrow.', 'tomorrow'],
    ['Earnings reports are due on Thursday from the chipmakers.', 'Thursday'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'date']);
  });

  it('keeps the earlier move in "its first cut since December"', () => {
    expect(kinds('The Fed delivered its first cut since December.', DEC)).toContainEqual([
      'December',
      'policy-date',
    ]);
  });
});

describe('policy dates: Chinese measures that end, bills, duties and deadlines', () => {
  const NOV = '2026-11-27T11:05:00+08:00';
  it.each([
    ['寬減措施即日起生效，為期兩年，至2028年11月26日屆滿。', '2028年11月26日'],
    ['措施即日起生效。', '即日'],
    ['相關條例草案將於下星期三（12月2日）提交立法會首讀。', '下星期三'],
    ['相關條例草案將於下星期三（12月2日）提交立法會首讀。', '12月2日'],
    ['證監會提醒，相關過渡安排將於明年5月31日屆滿。', '明年5月31日'],
    ['样本公司应当自2027年度起按年披露可持续发展报告。', '2027年度'],
    ['首份报告须不晚于2028年4月30日对外披露。', '2028年4月30日'],
    ['证监会将强制披露的起始年度由2026年度推迟至2027年度。', '2026年度'],
    ['证监会将强制披露的起始年度由2026年度推迟至2027年度。', '2027年度'],
    ['上交所表示，将于本月底前组织首轮培训。', '本月底'],
    ['12月15日（周二）起，新规正式实施。', '周二'],
    ['财政部发布通知，定于下周三（12月2日）招标发行国债。', '下周三'],
    ['多部门明日起联合开展为期三个月的专项检查。', '明日'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['这批国债将于2030年12月到期。', '2030年12月'],
    ['公司计划于本月底前发货。', '本月底'],
    ['公司年报披露推迟至4月30日。', '4月30日'],
    ['公司定于下周三召开发布会。', '下周三'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'date']);
  });

  it('gives a weekday glossing a written day that day', () => {
    const glossed = matchDates('12月15日（周二）起，新规正式实施。', NOV);
    expect(glossed.map((d) => d.value)).toEqual(['2026-12-15', '2026-12-15']);
  });
});

describe('policy dates: round 10 written forms', () => {
  const NOV = '2026-11-19T10:05:00+00:00';
  it.each([
    ['The exemption lapsed on 1 July this year.', '1 July this year'],
    ['Lenders have a two-year runway ending in December 2028, the PRA said.', 'December 2028'],
    ['The FRTB rules will not bite until 1 January 2028.', '1 January 2028'],
    ['The output floor starts at 60%, reaching 72.5% on 1 January 2030.', '1 January 2030'],
    [
      'The Commission will report to the European Parliament by the second quarter of 2027.',
      'the second quarter of 2027',
    ],
    ['The process began four years ago with consultation paper CP16/22.', 'four years ago'],
    [
      'The finance ministry will auction 30-year bonds the day after tomorrow.',
      'the day after tomorrow',
    ],
    ['The PBOC last trimmed the rate in May 2025.', 'May 2025'],
    ['The central bank kept the LPR at 2.9% at its November fixing.', 'November'],
    ['The official target set in March stands, the State Council said.', 'March'],
    [
      'Leaders at the work conference, which ended on Saturday, agreed to act, the government said.',
      'Saturday',
    ],
    [
      'Leaders agreed to keep the budget deficit at about 4% of GDP in 2027, the government said.',
      '2027',
    ],
    ['The current measure lapses at 12:01 a.m. on Dec. 19.', 'Dec. 19'],
    ['Estimated tax payments for the fourth quarter are due on 1/15.', '1/15'],
    ['Growth is in line with the official target of "around 5%" set in March.', 'March'],
    ['Leaders at the work conference, which ended on Saturday, agreed to act.', 'Saturday'],
    ['The Board next meets on Feb. 2-3, the statement said.', 'Feb. 2-3'],
    ['"We still think the Board cuts in May," he said.', 'May'],
    [
      'Traders price one full cut by the end of next year, the Reserve Bank noted.',
      'the end of next year',
    ],
    [
      'Contracts may be executed until 17 March 2027, a wind-down period of 90 days.',
      '17 March 2027',
    ],
    ['EU leaders meet in Brussels on Thursday to discuss the sanctions.', 'Thursday'],
    ['Forms 1099-DA are due to customers by Feb. 15, 2029.', 'Feb. 15, 2029'],
    ['Treasury granted a transition period through the end of 2027.', 'the end of 2027'],
    ["At Monday's monthly fixing, the one-year loan prime rate was kept at 3%.", 'Monday'],
    ['Rates have not moved since May last year, when the PBOC cut both.', 'May last year'],
    [
      '"We think it cuts next month and again in March," an economist said of Bank Rate.',
      'next month',
    ],
    ['"We think it cuts next month and again in March," an economist said of Bank Rate.', 'March'],
  ])('%s', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ["In Thursday's session, a block of shares traded, regulators noted.", 'Thursday'],
    [
      'A Treasury official told reporters on a call Tuesday that the rule would raise revenue.',
      'Tuesday',
    ],
    ["The Fed's preferred measure of inflation rose to 2.8% in October.", 'October'],
    [
      'The governor will hold a media conference later on Tuesday afternoon, the RBA said.',
      'Tuesday',
    ],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'date']);
  });

  const DEC = '2026-11-27T19:32:00+08:00';
  it.each([
    ['香港交易所今日刊發有關上市制度改革的諮詢總結。', '今日'],
    ['试点政策试行期两年，自2026年12月1日起算。', '2026年12月1日'],
    ['购房补贴继续实施，受理窗口将于二〇二七年一月三十一日关闭。', '二〇二七年一月三十一日'],
    ['六家承批公司的十年期批給將於2032年12月31日屆滿。', '2032年12月31日'],
    ['個人遊簽注便利措施自明年1月1日起擴展至更多城市。', '明年1月1日'],
    ['财政部今日印发通知，明确明年继续安排资金支持以旧换新。', '明年'],
    ['财政部已提前下达2027年新增地方政府专项债务部分额度。', '2027年'],
    ['各省级发展改革部门须在下下周五前将方案报送。', '下下周五'],
    ['商务部此前已于2023年12月将稀土提炼技术列入禁止出口目录。', '2023年12月'],
    ['降准仍有空间，一季度可能再降一次。', '一季度'],
    ['美联储降息25个基点，为明年上半年国内货币政策打开了窗口。', '明年上半年'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['国家发展改革委将于明日上午10时举行新闻发布会，介绍具体内容。', '明日'],
    ['商务部新闻发言人在昨日下午3点的例行发布会上表示。', '昨日'],
    ['今年1—10月，全国累计有超过1.2亿人次申领以旧换新补贴。', '今年1—10月'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'date']);
  });

  it('reads 下下周五 as the Friday of the week after next, and "the week after next" as that week', () => {
    expect(matchDates('各省须在下下周五前报送。', DEC).map((d) => d.value)).toEqual(['2026-12-11']);
    const week = matchDates('It approves the budget the week after next.', DEC)[0]!;
    expect([week.value, week.until]).toEqual(['2026-12-07', '2026-12-13']);
  });
});

describe('policy dates: central banks by their names, rules by their scope, plans by their targets', () => {
  // A Saturday: weekdays either side of it test which way a clause looks.
  const SAT = '2026-12-05T10:00:00+08:00';
  it.each([
    ['The European Central Bank lowered its deposit rate to 1.75% on Thursday.', 'Thursday'],
    ['The Reserve Bank of India kept the repo rate at 5.25% on Friday.', 'Friday'],
    ['The central bank raised its benchmark by 25 basis points in September.', 'September'],
    ['The new levy applies to imports from Jan. 1.', 'Jan. 1'],
    ['Lawmakers passed the bill last week.', 'last week'],
    ['Beijing will suspend export controls on gallium until Nov. 10, 2027.', 'Nov. 10, 2027'],
    ['The minimum wage will rise to £12.71 from April.', 'April'],
    ['The EU agreed on Monday to phase out Russian gas imports by the end of 2027.', 'Monday'],
    [
      'The EU agreed on Monday to phase out Russian gas imports by the end of 2027.',
      'the end of 2027',
    ],
    ['The government aims to double exports by 2030.', '2030'],
    ['The ban will be lifted on March 1.', 'March 1'],
    ['The PBOC injected 500 billion yuan through its lending facility on Monday.', 'Monday'],
    ['Comments are due 60 days after publication in the Federal Register, or by Feb. 9.', 'Feb. 9'],
    ['新规给予存量产品一年过渡期，至2027年12月31日止。', '2027年12月31日'],
    ['上海市住建局12月1日发布通知，即日起取消非沪籍家庭购房社保年限要求。', '即日'],
    ['特區政府宣布，由即日起撤銷所有住宅物業需求管理措施。', '即日'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, SAT)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['The governor said on Monday that inflation was easing.', 'Monday'],
    ['The economy will grow 2% in 2027, economists expect.', '2027'],
    ['Apple aims to double its services revenue by 2030.', '2030'],
    ['The company, which has withdrawn its application, ended talks in May.', 'May'],
    ['The program ends on Dec. 31.', 'Dec. 31'],
    ['拼多多披露的数据显示，今年4月正式上线以来，成交额保持增长。', '今年4月'],
    ['海关总署昨日公布，以美元计，11月出口同比增长5.2%。', '昨日'],
    ['该公司已于今年5月撤回申请。', '今年5月'],
    ['至2027年12月31日止，公司累计派息10亿元。', '2027年12月31日'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, SAT)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 12 written forms (local bureaus, documents that lay down dates, consultations)', () => {
  const JAN = '2027-01-08T00:00:00+08:00';
  it.each([
    ['新规给予过渡期：2026年12月31日前已签订购车合同的消费者可享受补贴。', '2026年12月31日'],
    ['会议要求各有关部门确保明年上半年前主要政策全部落地见效。', '明年上半年'],
    [
      '住房公积金方面，自今年2月1日起，双缴存职工家庭首次申请公积金贷款的最高额度由120万元提高至150万元。',
      '今年2月1日',
    ],
    [
      '本报讯 昨天，杭州市住房保障和房产管理局联合市财政局印发《关于促进房地产市场平稳健康发展的若干措施》。',
      '昨天',
    ],
    [
      '《若干措施》明确，2027年1月1日至12月31日期间购买新建商品住房的家庭，可申请补贴。',
      '2027年1月1日至12月31日',
    ],
    ['新安排將追溯至去年9月16日上午11時起生效。', '去年9月16日'],
    ['金管局又表示，會於今年上半年檢討非住宅物業的按揭成數上限。', '今年上半年'],
    ['有關諮詢於今年9月結束，期間共收到逾150份回應。', '今年9月'],
    ['已遞表的申請人可選擇在明年6月底前按舊規處理。', '明年6月底'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['滙豐今早宣布，由明日起將港元最優惠利率由5.125厘下調至5厘。', '明日'],
    ['央行12月金融数据预计于明年1月中旬公布。', '明年1月中旬'],
    ['政府統計處上月中公布，第三季本地生產總值實質按年增長2.7%。', '上月'],
    ['國家統計局表示，9月至11月的數字將於下週四發表。', '下週四'],
    ['公司公告明确，2027年1月1日起停产。', '2027年1月1日'],
    ['有关咨询公司于今年9月成立。', '今年9月'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: caps that fall, a meeting of the year, a policy stance for a year', () => {
  const DEC = '2026-12-05T10:00:00+00:00';
  it.each([
    ["Ofgem's energy price cap, meanwhile, falls by about 2% from 01/01/2027.", '01/01/2027'],
    [
      "The Federal Reserve's final meeting of the year, on Dec. 15-16, will shape the mood.",
      'Dec. 15-16',
    ],
    [
      'The Central Economic Work Conference pledged more proactive fiscal policy for next year.',
      'next year',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['Shares fell 2% from Monday.', 'Monday'],
    ['The company will set its dividend policy for next year in March.', 'next year'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: cabinets, debates, programmes ended, exemptions renewed', () => {
  const SAT = '2026-12-05T10:00:00+00:00';
  it.each([
    ["India's cabinet approved the scheme on Wednesday.", 'Wednesday'],
    ['Parliament will debate the bill on 14 January.', '14 January'],
    ['The ECB ended its bond-buying program in 2022.', '2022'],
    ['The exemption was first granted in 2019 and renewed in 2023.', '2023'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, SAT)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['Powell, whose term as chair ends in two months, declined to comment.', 'in two months'],
    ['The ministry said on Tuesday that exports rose 5%.', 'Tuesday'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, SAT)).toContainEqual([span, 'date']);
  });

  it('reads "signalled a cut in March" ahead and "policymakers meet on Thursday" as the coming one', () => {
    expect(matchDates('Norges Bank signalled a cut in March.', SAT)[0]!.value).toBe('2027-03');
    expect(matchDates('Swiss National Bank policymakers meet on Thursday.', SAT)[0]!.value).toBe(
      '2026-12-10',
    );
  });
});

describe('policy dates: round 12 English forms', () => {
  const JAN = '2027-01-14T10:00:00+00:00';
  it.each([
    [
      'The deposit rate has stood since June 2025, when the ECB delivered the last of eight cuts.',
      'June 2025',
    ],
    ['The Governing Council next sets rates on Feb. 4.', 'Feb. 4'],
    [
      'The RBI committee meets from 3 to 5 February, with its decision due on 5 February.',
      '5 February',
    ],
    ['It takes effect 60 days later, putting the effective date in late March.', 'late March'],
    ['Smaller introducing brokers get until March 31, 2029.', 'March 31, 2029'],
    ['The SEC is taking comment on the conforming changes through Feb. 26.', 'Feb. 26'],
    [
      'Pension contributions above £2,000 will attract national insurance from April 2029.',
      'April 2029',
    ],
    [
      'Exclusions on 170 categories of goods expire at the end of the month.',
      'the end of the month',
    ],
    ['The Treasury gave U.S. firms until Jan. 14 to wind down dealings with them.', 'Jan. 14'],
    ['A public hearing on the tariffs is scheduled for the week of Feb. 8.', 'Feb. 8'],
    ['The court ruled 2-1 on Dec. 8 but stayed its order.', 'Dec. 8'],
    [
      'Laptops remain under a separate electronics carve-out that runs through March 31.',
      'March 31',
    ],
    [
      'Markets are trading the calendar: the BoJ tomorrow, the tariff deadline after that.',
      'tomorrow',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['The PBOC will publish the next batch of credit data by 15 Jan 2027.', '15 Jan 2027'],
    ['Apple will publish its annual report by March.', 'March'],
    ['The company faces a hearing of its shareholders on Feb. 8.', 'Feb. 8'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: a clause that is only its preposition, adverbs before the preposition', () => {
  const JUL = '2026-07-09T06:45:00+00:00';
  it.each([
    [
      'The Reserve Bank lowered its cash rate five times from May 2025, most recently in March.',
      'March',
    ],
    [
      'The Bank of Canada has held at every meeting since, including in January and April.',
      'January',
    ],
    [
      'The Reserve Bank said the next decision, on Aug. 11-12, would hinge on jobs data.',
      'Aug. 11-12',
    ],
    [
      'Most provisions apply from 2028, but the refund articles apply earlier, from 12 October 2027.',
      '12 October 2027',
    ],
    ['The final rule takes effect 60 days later, on Sept. 8.', 'Sept. 8'],
    ['Traders in rate futures now see the next cut most likely in December.', 'December'],
    [
      'The SEC said the margin changes would take effect in the third quarter rather than in August.',
      'August',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JUL)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a company's clause: no act of a policy body before the bare preposition
    ['Shares of the retailer rose 3% on the week, most recently on Tuesday.', 'Tuesday'],
    ['The miner said its output, in June, was the highest on record.', 'June'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JUL)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: deals, proposals floated, moves to T+1, phase-in steps, starts aimed for', () => {
  const SEP = '2026-09-29T09:10:00+01:00';
  it.each([
    ['EU negotiators struck a provisional deal on 27 November 2025.', '27 November 2025'],
    ['In July, when EU lawmakers approved the package, firms cheered.', 'July'],
    ["The watchdog's plan, first floated on 22 April 2026, drew 410 responses.", '22 April 2026'],
    ['Both markets move to T+1 settlement on 11 October 2027.', '11 October 2027'],
    ['The output floor rises in steps to 72.5% by 1 January 2030.', '1 January 2030'],
    ['The Treasury had aimed for a start in early 2027.', 'early 2027'],
    [
      'The rule requires cash trades to be centrally cleared from 31 December 2026.',
      '31 December 2026',
    ],
    [
      'The forms under the new regime are due to customers by 15 February 2029.',
      '15 February 2029',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, SEP)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a company's own report, even in a sentence on tariffs
    [
      'Ford fell 1.1% ahead of its Oct. 28 report as investors fretted over tariff costs.',
      'Oct. 28',
    ],
    // a forecast's period, not a decision
    ['The Bank of Canada lowered its forecast for GDP growth this year to 1.1%.', 'this year'],
    ['The two sides reached the final in May.', 'May'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, SEP)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: truces struck, court stays, fixings due, decisions of two banks, measures from a day', () => {
  const DEC = '2026-12-14T07:30:00+00:00';
  it.each([
    ['The trade truce, struck in Geneva in October 2025, expires next year.', 'October 2025'],
    ['On Dec. 8, a federal judge stayed the Labor Department rule.', 'Dec. 8'],
    [
      'The loan prime rate was left unchanged by the central bank; the next fixing is due on Dec. 21.',
      'Dec. 21',
    ],
    ['Thu 17/12 ECB and Bank of England decisions', '17/12'],
    [
      'The Budget brings a rise in dividend tax rates and a cap on pension salary sacrifice from April 2029.',
      'April 2029',
    ],
    ['The trading-book rules follow a year later, on 1 January 2028.', '1 January 2028'],
    ['The Fed holds eight scheduled meetings next year, the first ending on Jan. 27.', 'Jan. 27'],
    [
      'On Friday (Feb. 26), the two governments signed a trade agreement that lowers tariffs.',
      'Friday',
    ],
    ['The IRS will begin accepting returns for the new season on Jan. 25.', 'Jan. 25'],
    ['The filing deadline remains April 15.', 'April 15'],
    ['The definitive phase of the mechanism began on 1 January 2026.', '1 January 2026'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // an amount's period, even in a sentence on tariffs
    ['Caterpillar said tariffs would cost it $1.6 billion to $1.9 billion in 2027.', '2027'],
    ['The budget office now expects borrowing of £98bn in 2027.', '2027'],
    // a report's date with a verb in its clause is not a bare preposition
    [
      'The retail sales report, delayed by the government shutdown, is now due on Dec. 23.',
      'Dec. 23',
    ],
    // a time counted from, after an instrument's verb
    ['The tariffs, extended several times since 2024, remain.', '2024'],
    ['The chairman told a conference in New York last week that rules are coming.', 'last week'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: a subsidy period laid down', () => {
  it('reads 贴息期限为… as the period of the measure', () => {
    expect(
      kinds(
        '会议提出继续给予财政贴息，贴息期限为2027年1月1日至12月31日。',
        '2026-12-05T08:00:00+08:00',
      ),
    ).toEqual([['2027年1月1日至12月31日', 'policy-date']]);
    // a loan's term is no date at all
    expect(kinds('贷款期限为3年。')).toEqual([]);
  });
});

describe('policy dates: a mark far before its date in a long sentence', () => {
  it('reads a delay whose object is described at length', () => {
    expect(
      kinds(
        'The SEC voted on Dec. 17 to delay, for the third time, the compliance date for its amendments to Form PF, the confidential report that hedge funds and private equity firms file, to Oct. 1, 2027.',
        '2027-01-05T07:55:00-05:00',
      ),
    ).toContainEqual(['Oct. 1, 2027', 'policy-date']);
  });
});

describe('policy dates: no move before, firms told to finish by, licences applied for, rates raised by a step', () => {
  const JUL = '2026-07-09T06:45:00+00:00';
  it.each([
    [
      'Markets see no move from the Bank of Canada before the first half of 2027.',
      'the first half of 2027',
    ],
    ['The taskforce wants firms to finish testing by the end of March.', 'the end of March'],
    [
      'Under the regime, firms can apply for authorisation in the first half of 2027.',
      'the first half of 2027',
    ],
    ['The BoJ is expected to hold, having raised it by a quarter point in December.', 'December'],
    [
      'Brokers must report proceeds on all sales beginning in 2027, add cost basis for positions acquired after Dec. 31, 2026 and keep records.',
      'Dec. 31, 2026',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JUL)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    [
      'Analysts see no change in the retailer before the first half of 2027.',
      'the first half of 2027',
    ],
    ['The miner raised it by 5% in December.', 'December'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JUL)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: datelines of two cities, a judge’s hearing, a statistic published when', () => {
  const NOV = '2026-11-30T11:05:00+00:00';
  it.each([
    ['LONDON/SINGAPORE, Nov. 30 (Wire) — OPEC+ agreed on Sunday to keep output steady.', 'Nov. 30'],
    ['The judge stayed the rule last week. The judge set a hearing for Dec. 14.', 'Dec. 14'],
    [
      'Economists expect the PCE price index to rise 0.2% in October when it is published next Wednesday.',
      'October',
    ],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: Chinese rates stepped from a day, duties from a report, services opened', () => {
  const NOV = '2026-11-27T20:15:00+08:00';
  it.each([
    ['政府建議分兩階段下調稅率：明年4月1日起先由0.1%減至0.09%。', '明年4月1日'],
    ['印花稅率明年4月1日起再減至0.08%。', '明年4月1日'],
    ['新规要求主板公司自2027年年报起专项说明原因。', '2027年'],
    ['两所还将自下周一（11月30日）起开通回购专项问询通道。', '下周一'],
    ['人行昨（26）日晚間宣布下調存款準備金率。', '（26）日'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a company's own price stepped from a day, no rate or policy body named
    ['该公司产品下月1日起由99元减至89元。', '下月1日'],
    ['某商场自下周一起开通停车预约服务。', '下周一'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 16 written forms (sessions, holds at a level, deadlines moved, debt sales)', () => {
  const DEC = '2026-12-15T18:20:00-05:00';
  it.each([
    ["The National People's Congress opens its annual session on March 5.", 'March 5'],
    ['The government will set its growth target for 2027 at the session.', '2027'],
    ['Policymakers meet next on March 18.', 'March 18'],
    ['A week ago, futures had fully priced a July move.', 'July'],
    ['The Fed cut rates after three reductions last year.', 'last year'],
    ['Under the amended rule, the first reports are due Feb. 14, 2028.', 'Feb. 14, 2028'],
    ['The SEC moved the compliance date to June 30, 2027, from Dec. 31, 2026.', 'June 30, 2027'],
    ['The SEC moved the compliance date to June 30, 2027, from Dec. 31, 2026.', 'Dec. 31, 2026'],
    [
      'Chips made in the United States are exempt until Dec. 31, 2028, under the order.',
      'Dec. 31, 2028',
    ],
    ['Duties on parts will be phased in, rising to 25% from 10% on Jan. 1, 2028.', 'Jan. 1, 2028'],
    ['The truce was agreed on Dec. 1 in Geneva and was due to expire on Feb. 28.', 'Feb. 28'],
    ['The sale followed a $58 billion three-year note auction on Tuesday.', 'Tuesday'],
    ['U.S. financial regulators on Tuesday set a string of new deadlines for banks.', 'Tuesday'],
    ['The Fed and the FDIC plan to loosen the leverage ratio from April 1.', 'April 1'],
    ['The Bank of Canada, which held its rate at 2.25% in January, said on Wednesday.', 'January'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a company's buyback, a publication's day, a hearing
    ['The board approved a $50 billion repurchase program that takes effect July 1.', 'July 1'],
    ["Minutes of the Fed's January meeting, released on Wednesday, showed caution.", 'Wednesday'],
    ['The Bank of Japan releases minutes of its January meeting on Monday.', 'Monday'],
    [
      'The Bank of Canada said in a summary of its deliberations released on Wednesday that it saw no case.',
      'Wednesday',
    ],
    ['The USTR will hold a public hearing on the chip tariffs on March 23.', 'March 23'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, DEC)).toContainEqual([span, 'date']);
  });

  it('reads a quarter’s end hoped for or priced as the next one, and an act’s start as the nearer day', () => {
    expect(
      matchDates('He hoped to finish the rule by the end of the second quarter.', DEC)[0]!.value,
    ).toBe('2027-06');
    expect(
      matchDates(
        'The ministry reinstated curbs on gallium from March 10, a step it had suspended.',
        '2027-03-02T07:50:00-05:00',
      )[0]!.value,
    ).toBe('2027-03-10');
  });
});

describe('policy dates: round 16 Chinese forms (consultations opened, bond sales, new rules applied)', () => {
  const JAN = '2027-01-18T11:05:00+08:00';
  it.each([
    ['证监会3月12日就《基金指引》公开征求意见。', '3月12日'],
    ['随着政策落地，二季度稳增长政策有望进一步加码。', '二季度'],
    ['按照安排，2027年券商分类评价将首次适用新规。', '2027年'],
    ['財政部表示，將於本週四（21日）在香港發行60億元人民幣國債。', '本週四'],
    ['OPEC+下月初將舉行會議，討論是否延長減產安排。', '下月初'],
    ['財政部有关负责人表示，2027年将适当提高财政赤字率。', '2027年'],
    ['諮詢期為八週，截至2027年5月3日前接受公眾意見。', '2027年5月3日'],
    ['今年的经济增长目标将在3月召开的全国两会上公布。', '3月'],
    ['住房和城鄉建設部表示，將自明年1月起在全國推廣公積金新政。', '明年1月'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // an index compiler's review, a comparison's base, a statistic's release, policy effects
    ['恒生指數有限公司宣布，有關變動將於3月8日起生效。', '3月8日'],
    ['1年期LPR為2.75%，較上月下調5個基點。', '上月'],
    ['美國商務部將於本週五公布1月個人消費開支（PCE）物價指數。', '本週五'],
    ['发言人表示，四季度稳增长政策效应将持续释放。', '四季度'],
    ['公司将于1月20日召开董事会会议。', '1月20日'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 17 written forms (priced moves, expected levels, rules in place)', () => {
  const MAR = '2027-03-19T17:40:00+00:00';
  it.each([
    ['Money markets price no change before December.', 'December'],
    ['Economists see Bank Rate at about 2.75% by year-end.', 'year-end'],
    ['Forwards price a 70% chance of a cut to 1.75% by the July meeting.', 'July'],
    ['Forwards price a cut soon and a full move by September.', 'September'],
    [
      '"We think the first LPR cut comes in the second quarter," an analyst said.',
      'the second quarter',
    ],
    ['ESMA opened a consultation on the handover, and it closes on April 16.', 'April 16'],
    [
      'Payment firms had to be able to receive instant transfers from Jan. 9, 2027.',
      'Jan. 9, 2027',
    ],
    [
      'Klarna has been covered since Nov. 20, 2026, by the revised Consumer Credit Directive.',
      'Nov. 20, 2026',
    ],
    [
      'The UK critical third parties regime, in place since Jan. 1, 2025, has yet to act.',
      'Jan. 1, 2025',
    ],
    ['The Bank of England said its policy assessment is scheduled for 17 June.', '17 June'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, MAR)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // an account of a meeting due, a statistic's period with a statistics office named
    [
      'The ECB Governing Council next meets on 29 April, and the account of the March meeting is due on 8 April.',
      '8 April',
    ],
    [
      'The Office for National Statistics said the unemployment rate held at 5.1% in the three months to January.',
      'January',
    ],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, MAR)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 17 Chinese forms (deadlines, approvals, bond issues, congress days)', () => {
  const MAR = '2027-03-10T07:50:00+08:00';
  it.each([
    ['分析师认为，2027年以旧换新政策提前落地。', '2027年'],
    ['试点城市申报截至2027年1月20日前。', '2027年1月20日'],
    ['央行数据显示，2026年12月公开市场国债买卖净买入2000亿元。', '2026年12月'],
    ['公司今年1月22日获中国证监会同意注册。', '今年1月22日'],
    ['中国证监会上周四（3月4日）同意博川智能-UW首次公开发行股票注册。', '上周四'],
    ['新門檻適用於2月24日或之後簽訂的住宅物業買賣協議。', '2月24日'],
    ['政府上月發行的250億元機構綠色債券獲超額認購。', '上月'],
    ['預算案預計並在2028至29年度恢復收支平衡。', '2028'],
    ['立法會預計於4月中旬表決。', '4月中旬'],
    ['全國人民代表大會會議大會將於明（11）日閉幕。', '（11）日'],
    ['國務院總理宣布，今年經濟增長目標設定為4.5%至5%左右。', '今年'],
    ['市場普遍預期人行最快在第二季調降存款準備金率。', '第二季'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, MAR)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a new listing's own days, a company's promotion, an outlook near the word 政策
    ['北交所新股华材新能（920128）定于3月10日上市。', '3月10日'],
    ['整车企业叠加厂家补贴，活动期限截至2027年2月28日。', '2027年2月28日'],
    ['研究员表示，四季度经济有望在政策支持下企稳回升。', '四季度'],
    ['港交所昨日公布，去年港股新股集資額約為2,860億元。', '昨日'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, MAR)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: debt sales by their day, waiting, priorities, statistics released', () => {
  const MAR = '2027-03-12T18:05:00-05:00';
  it.each([
    [
      "The Treasury's $39 billion sale of 10-year notes on Wednesday drew solid demand.",
      'Wednesday',
    ],
    ["Thursday's $22 billion auction of 30-year bonds tailed.", 'Thursday'],
    ['"I think the committee waits until June," the economist said.', 'June'],
    ['The work conference named consumption as the top priority for 2027.', '2027'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, MAR)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a company's own debt sale, a statistic's release day
    ["The company's sale of notes on Monday went well.", 'Monday'],
    ['統計處前日（23日）亦公布，1月整體出口貨值按年上升9.4%。', '23日'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, '2027-02-25T07:45:00+08:00')).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 18 written forms (gilt sales, rate paths, freezes)', () => {
  const MAR = '2027-03-17T16:50:00-04:00';
  it.each([
    ['Traders see the funds rate near 3% by year-end.', 'year-end'],
    ['"We still think the first cut comes in June and the second in September."', 'June'],
    ['"We still think the first cut comes in June and the second in September."', 'September'],
    ['The Debt Management Office sold £4.25bn of a 10-year gilt on Tuesday.', 'Tuesday'],
    ['The freeze on income tax thresholds runs to April 2031.', 'April 2031'],
    [
      'Asked whether a cut at the April 27-28 meeting was on the table, the chair said no.',
      'April 27-28',
    ],
    [
      'The Fed said it would slow its purchases of Treasury bills to $20 billion a month from April 1.',
      'April 1',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, MAR)).toContainEqual([span, 'policy-date']);
  });

  it('leaves a company selling its own notes plain', () => {
    expect(kinds('The company sold $2bn of 10-year notes on Tuesday.', MAR)).toContainEqual([
      'Tuesday',
      'date',
    ]);
  });
});

describe('policy dates: measures set to a level from a day, steps of a regime, scope dates', () => {
  const JAN = '2027-01-20T09:30:00+08:00';
  it.each([
    [
      'Under rules from the PBOC, the floor on first-home mortgage rates will be the five-year loan prime rate minus 30 basis points from Feb 1.',
      'Feb 1',
    ],
    [
      'Regulators said the minimum down payment for first-time buyers will drop to 12% from 15% from March 1.',
      'March 1',
    ],
    [
      'The Fed said it would slow its purchases of Treasury bills, which began in December 2025 to keep reserves ample, to $20 billion a month from April 1.',
      'April 1',
    ],
    [
      "The EU's levy is in place, but importers will only start buying certificates from 1 February 2027.",
      '1 February 2027',
    ],
    ["Bonds may be sold before the National People's Congress opens on March 5.", 'March 5'],
    ['The Energy Department opened a solicitation with bids due Dec. 10.', 'Dec. 10'],
    [
      "Under the EU's regulation, each country must fill its sites to 90% between Oct. 1 and Dec. 1.",
      'Oct. 1 and Dec. 1',
    ],
    ['The SEC chairman said staff would propose a narrower rule next year.', 'next year'],
    ['The ECB kept its deposit rate at 2%, where it has stood since June 2025.', 'June 2025'],
    ['OPEC+ producers agreed to keep output flat through the first quarter.', 'the first quarter'],
    ["The bloc's next review of the cap mechanism is due in July.", 'July'],
    [
      'Under the AI Act, models placed on the market before Aug. 2, 2025, must comply by Aug. 2, 2027.',
      'Aug. 2, 2025',
    ],
    ['Guangzhou scrapped its remaining curbs in September 2024.', 'September 2024'],
    [
      'It takes effect 60 days after publication in the Federal Register, which SEC staff expect by the end of the month.',
      'the end of the month',
    ],
    [
      'Shipments loaded onto a vessel before Dec. 31 will still pay the old rate, the trade office said.',
      'Dec. 31',
    ],
    [
      'A public hearing is scheduled for the week of Feb. 8, the Commerce Department said.',
      'Feb. 8',
    ],
    ['The Bank of Canada held its rate. Its next announcement is on March 9.', 'March 9'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a company's own plans and figures beside the same words
    ['Apple will start selling the phone from March, the company said.', 'March'],
    ['Revenue rose 5% to $3 billion from March, the retailer said.', 'March'],
    ['The company kept its guidance unchanged since May 2025.', 'May 2025'],
    ['Shares held near $40 through March, traders said.', 'March'],
    ['Cargo shipped before Dec. 31 arrived late, the port said.', 'Dec. 31'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JAN)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 19 written forms (regulators’ approvals and dates, sessions, windows, holds)', () => {
  const FEB = '2027-02-03T18:30:00-05:00';
  it.each([
    ['The FDA on Tuesday approved a non-opioid painkiller for nerve pain.', 'Tuesday'],
    [
      'The Centers for Medicare & Medicaid Services on Monday (Feb. 1) published the list of 20 drugs selected for negotiation.',
      'Monday',
    ],
    ['The FDA approved the drug weeks ahead of its Feb. 28 target date.', 'Feb. 28'],
    ['Regeneron expects an FDA ruling by its PDUFA date of March 19.', 'March 19'],
    ['An FDA advisory committee will review the vaccine next Thursday (Feb. 11).', 'next Thursday'],
    [
      'The government work report on Friday is expected to set a 2027 growth target of around 5%.',
      '2027',
    ],
    ['The government work report on Friday is expected to set a target.', 'Friday'],
    ["Investors await the National People's Congress, which opens in Beijing on Friday.", 'Friday'],
    ['The Chinese People’s Political Consultative Conference opens on Thursday.', 'Thursday'],
    [
      'The PBOC kept the loan prime rates at its fixing, leaving both unchanged since May 2025.',
      'May 2025',
    ],
    ['The Reserve Bank of Australia also stood pat yesterday.', 'yesterday'],
    ['Economists expect the RBA board to stay on hold until 2028.', '2028'],
    [
      "Britain's carbon levy took effect, with the first returns due by 31 May 2028.",
      '31 May 2028',
    ],
    ['A draft delegated act went out for feedback on 19 January.', '19 January'],
    ['The EU comment window closes on 16 February.', '16 February'],
    ['EU ministers will discuss it at a Competitiveness Council on 11 March.', '11 March'],
    [
      'The Bank of Canada will publish its report alongside the next decision on April 14.',
      'April 14',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, FEB)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a statistic's release, a company's own approval and report, a board of directors
    ['The March jobs report is due on Friday (April 2).', 'Friday'],
    ['The company on Tuesday approved a new share buyback.', 'Tuesday'],
    ["Nvidia's quarterly report is due on Feb. 25.", 'Feb. 25'],
    ['Apple said its next product decision on pricing comes in March.', 'March'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, FEB)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 19 Chinese forms (applications opened, documents issued, auctions, targets)', () => {
  it.each([
    [
      '上海市商务委发布通知，第二批补贴将于明天（4月20日）起开放申请。',
      '明天',
      '2027-04-19T10:15:00+08:00',
    ],
    [
      '中国人民银行、国家金融监督管理总局去年12月联合发文，放宽汽车贷款首付比例。',
      '去年12月',
      '2027-04-19T10:15:00+08:00',
    ],
    [
      '財政部、國家稅務總局及中國證監會上週聯合公告，自4月1日起，股息所得稅減半徵收。',
      '4月1日',
      '2027-03-24T17:10:00+08:00',
    ],
    ['财政部通知，本期国债将于3月12日（周五）招标。', '3月12日', '2027-02-25T16:50:00+08:00'],
    ['他同时表示，今年5%左右的增长目标是积极稳妥的。', '今年', '2027-03-15T11:05:00+08:00'],
    [
      '美國商務部美東時間7日公布最終措施，對進口半導體課徵25%關稅。',
      '7日',
      '2027-04-09T07:45:00+08:00',
    ],
    [
      '2月25日，财政部官网发布关于首期超长期特别国债发行工作有关事宜的通知。',
      '2月25日',
      '2027-02-25T16:50:00+08:00',
    ],
    [
      '行政院昨日表示，將於下週四（15日）院會提出產業支持方案。',
      '下週四',
      '2027-04-09T07:45:00+08:00',
    ],
  ])('%s → %s', (text, span, published) => {
    expect(kinds(text, published)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    // a statistic's release day, an index compiler's review, a company's own notice
    ['美國3月消費者物價指數則將於下週三（14日）公布。', '下週三', '2027-04-09T07:45:00+08:00'],
    [
      '出口數據方面，財政部昨（8）日公布，3月出口金額達612.5億美元。',
      '昨',
      '2027-04-09T07:45:00+08:00',
    ],
    [
      '恒生指數公司上月公布的季度檢討結果已於本月8日起生效。',
      '本月8日',
      '2027-03-24T17:10:00+08:00',
    ],
    [
      '一家银行在公告中称，自2026.01.28起暂停发行5年期大额存单。',
      '2026.01.28',
      '2026-01-20T10:00:00+08:00',
    ],
  ])('leaves %s plain', (text, span, published) => {
    expect(kinds(text, published)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: a Treasury’s list of auctions, a body’s own deadline, markets pricing a move', () => {
  const APR = '2027-04-07T16:40:00-04:00';
  it.each([
    [
      'The Treasury will sell $58 billion of three-year notes on Monday (April 12), $39 billion of reopened 10-year notes on Tuesday and $22 billion of 30-year bonds on Wednesday, all settling on April 15.',
      'Wednesday',
    ],
    [
      'The Treasury will sell $58 billion of three-year notes on Monday (April 12), $39 billion of reopened 10-year notes on Tuesday and $22 billion of 30-year bonds on Wednesday, all settling on April 15.',
      'April 15',
    ],
    ['Medicare officials said the agency will send initial offers by June 1.', 'June 1'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, APR)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    [
      'Fed funds futures on Wednesday implied a 30% chance of a cut at the June meeting.',
      'Wednesday',
    ],
    ['The PBOC will publish the next batch of credit data by May 15.', 'May 15'],
    ['The company will sell $2 billion of notes on Tuesday, all settling on April 15.', 'April 15'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, APR)).toContainEqual([span, 'date']);
  });

  it('looks ahead from "no earlier than"', () => {
    expect(
      kinds('Analysts see a Bank of Canada hike no earlier than the fourth quarter.', APR),
    ).toContainEqual(['the fourth quarter', expect.stringMatching(/date/)]);
    const [d] = matchDates('A hike no earlier than the fourth quarter.', APR);
    expect(d!.value).toBe('2027-Q4');
  });
});

describe('policy dates: round 20 written forms (interventions, rates unchanged since, licences required)', () => {
  const JUL = '2027-07-30T19:10:00+09:00';
  it.each([
    [
      'The Ministry of Finance said it spent 6.12 trillion yen on intervention between June 29 and July 28.',
      'June 29 and July 28',
    ],
    ['Traders said the finance ministry stepped in on July 14.', 'July 14'],
    ['The RBI said it would buy bonds through open market operations on Aug. 13.', 'Aug. 13'],
    ['The PBOC kept its loan prime rates; the rates have not changed since May 2025.', 'May 2025'],
    ['The ECB deposit rate had stood at 2% since June 2025.', 'June 2025'],
    [
      "China's commerce ministry said licences will be required for exports of some technology from Aug. 1.",
      'Aug. 1',
    ],
    ['Trade negotiators are due to meet in Geneva next week.', 'next week'],
    ['Analysts expect a short extension of the tariff truce before Nov. 10.', 'Nov. 10'],
    [
      'Futures priced no change there before the fourth quarter, the Fed said.',
      'the fourth quarter',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JUL)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    [
      'Target expects tariff costs of about $700 million in the second quarter.',
      'the second quarter',
    ],
    ['The company said its prices have not changed since May 2025.', 'May 2025'],
    ['Apple stepped in on July 14 to buy the supplier.', 'July 14'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JUL)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 20 Chinese forms (board meetings, meetings held, a company’s own days)', () => {
  it.each([
    ['聯準會下次會議訂於7月27日至28日召開。', '7月27日至28日', '2027-06-10T07:40:00+08:00'],
    ['市場關注央行下週理監事會對房市管制的動向。', '下週', '2027-06-10T07:40:00+08:00'],
  ])('%s → %s', (text, span, published) => {
    expect(kinds(text, published)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['香港交易所（0388）定於8月18日（週三）公布中期業績。', '8月18日', '2027-07-29T18:30:00+08:00'],
    [
      '各大銀行宣布將港元最優惠利率下調0.125厘，明日（30日）起生效。',
      '明日',
      '2027-07-29T18:30:00+08:00',
    ],
    [
      '投資者若要收取第二次中期股息，須於8月11日或之前買入。',
      '8月11日',
      '2027-07-29T18:30:00+08:00',
    ],
    ['金管局今日公布，5月底官方外匯儲備資產為4,268億美元。', '今日', '2027-06-04T16:45:00+08:00'],
  ])('leaves %s plain', (text, span, published) => {
    expect(kinds(text, published)).toContainEqual([span, 'date']);
  });

  it('keeps a quarter written with 内 a date', () => {
    expect(
      kinds('相关细则将在今年三季度内推出。', '2027-06-18T21:10:00+08:00').map(([t]) => t),
    ).toEqual(['今年三季度']);
  });
});

describe('policy dates: the next decision past an aside, obligations past a decimal, comments allowed until', () => {
  const NOV = '2027-11-20T10:00:00-05:00';
  it.each([
    [
      'The Bank of Canada held its rate. Its next decision, with a new Monetary Policy Report, is due on Jan. 26.',
      'Jan. 26',
    ],
    [
      'Under the schedule, exchanges must apply the lower cap of five mils, or $0.0005 a share, from May 1, 2028.',
      'May 1, 2028',
    ],
    ['The SEC proposed the rule on Monday. The public can comment until Feb. 14.', 'Feb. 14'],
    [
      'Lenders have until Jan. 9 to send comments on the draft, and may submit feedback through Feb. 2.',
      'Feb. 2',
    ],
    ['Ottawa said a quota on steel imports would tighten from Jan. 1.', 'Jan. 1'],
    [
      'The ministry said its cap on steel output will remain in place until the end of 2028.',
      'the end of 2028',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['Its next report, with revised figures, is due on Jan. 26.', 'Jan. 26'],
    ['Readers can comment on the story until Friday.', 'Friday'],
    ['The company’s share price will remain in place until Friday, a trader joked.', 'Friday'],
    ['Firms must comply. Prices rose 0.5% from May 1, 2028.', 'May 1, 2028'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, NOV)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 22 written forms (stress tests, credits, expected instrument moves, court orders)', () => {
  const FEB = '2028-02-10T18:20:00-05:00';
  it.each([
    [
      'The Federal Reserve on Thursday released the scenarios for its 2028 stress test.',
      'Thursday',
    ],
    ['The Federal Reserve on Thursday released the scenarios for its 2028 stress test.', '2028'],
    ['Regional lenders in the Fed’s Category IV are back in this year’s exercise.', 'this year'],
    [
      'The Fed will publish the scenarios in February. Results of this year’s test are due by June 30, when new stress capital buffers are set.',
      'this year',
    ],
    [
      'The Fed said the leverage changes finalized in November 2025 have freed room.',
      'November 2025',
    ],
    [
      'The Fed said it would seek public comment on its loss models by the end of March.',
      'the end of March',
    ],
    [
      'On Tuesday, U.S. District Judge Harriet Colburn ordered Google to sell its ad exchange.',
      'Tuesday',
    ],
    [
      'China’s central bank trimmed its benchmark lending rates for the first time since October.',
      'October',
    ],
    ['On Saturday the housing ministry told city governments to speed up purchases.', 'Saturday'],
    ['She expects a second reserve ratio cut in the third quarter.', 'the third quarter'],
    ['The residential solar credit expired at the end of 2025.', 'the end of 2025'],
    ['The credit for EV chargers lapsed on June 30, 2026.', 'June 30, 2026'],
    [
      'Treasury said it will publish final rules restricting equipment from "foreign entities of concern" by the end of the second quarter.',
      'the end of the second quarter',
    ],
    [
      'A 25% tariff on auto parts will be extended to 137 more categories, including seats, from 12:01 a.m. on March 1.',
      'March 1',
    ],
    [
      'If CPI runs hot, the market will push the first cut into the second quarter.',
      'the second quarter',
    ],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, FEB)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['Shares have not traded this low since October.', 'October'],
    ['The company pushed its product launch into the second quarter.', 'the second quarter'],
    ['The team’s 2028 exercise program starts in March, the gym said.', '2028'],
    ['This year’s test of the new app went well, the firm said.', 'This year'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, FEB)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 22 Chinese forms (operations, LPR days, switches; minutes and maturities plain)', () => {
  const FEB = '2028-02-18T18:10:00+08:00';
  it.each([
    ['港交所建議第一階段自明年4月1日起適用於港股現貨市場。', '明年4月1日'],
    ['美國證券市場已於2024年5月28日轉行T+1結算。', '2024年5月28日'],
    ['从全周情况看，央行本周（2月14日至18日）公开市场累计开展逆回购操作1.02万亿元。', '本周'],
    ['1月20日（周四）公布的数据显示，1年期贷款市场报价利率（LPR）为2.45%。', '1月20日'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, FEB)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['聯準會上週三（16日）公布的會議紀要顯示，多數官員認為通膨下降進展趨緩。', '上週三'],
    ['据统计，下周（2月21日至25日）将有1.02万亿元逆回购到期。', '下周'],
    ['考虑到本月MLF到期量为5,000亿元，机构预计MLF将小幅净投放。', '本月'],
    ['1月20日（周四）公布的数据显示，1月CPI同比上涨0.8%。', '1月20日'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, FEB)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 23 written forms (refundings, fines, investigations, due dates; hearings of a case and minutes plain)', () => {
  const MAY = '2028-05-03T17:20:00-04:00';
  it.each([
    [
      'The Bank of Japan raised its short-term policy rate to 1.25% on Friday, its first move since January.',
      'January',
    ],
    [
      'The Commission said Microsoft has been under DMA market investigations since November 2025.',
      'November 2025',
    ],
    ['The European Commission said Apple was fined €500 million in April 2025.', 'April 2025'],
    ['The auction sizes have not changed since the May 2024 refunding.', 'May 2024'],
    ['“It depends on whether the Fed delivers in July.”', 'July'],
    ['The IRS extension moves the due date for returns to Oct. 16, 2028.', 'Oct. 16, 2028'],
    ['The IRS said the remaining estimated payments are due on June 15.', 'June 15'],
    ['The cap on the state and local tax deduction reverts to $10,000 in 2030.', '2030'],
    ['The SEC completed the filing review for the listing on May 26.', 'May 26'],
    [
      'The Treasury will auction $58 billion of notes on Tuesday, $42 billion of 10-year notes on Wednesday, May 10, and $25 billion of bonds on Thursday.',
      'Wednesday, May 10',
    ],
    ['The Treasury said a public hearing on the rule is scheduled for July 18.', 'July 18'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, MAY)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    [
      'The Commission’s fine stands; its appeal is pending, with a hearing set for Sept. 19.',
      'Sept. 19',
    ],
    [
      'Minutes of the Fed’s March 21-22 meeting, published on April 12, pointed to patience.',
      'April 12',
    ],
    ['Shares have not traded this low since the May 2024 sale.', 'May 2024'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, MAY)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 23 Chinese forms (acceptances, reliefs, approvals, rulings, tariffs from a day)', () => {
  const JUN = '2028-06-13T07:30:00+08:00';
  it.each([
    ['审核动态方面，上交所本周二（6月6日）新受理2家科创板企业的首发申请。', '本周二'],
    ['2028/29年度首兩季差餉獲寬免，每戶每季上限1,000元。', '2028/29年度'],
    ['預算案提出的公屋租金寬免安排已獲房屋委員會於上月通過。', '上月'],
    ['政府表示，長者生活津貼的額外半個月款項將於5月底前發放。', '5月底'],
    ['公司預計新適應症將於明年上半年獲國家藥監局批覆。', '明年上半年'],
    ['依歐盟2024年的裁定，比亞迪適用17.0%的反補貼稅率。', '2024年'],
    ['投顧法人指出，歐盟價格承諾機制7月上路後，出口可望回升。', '7月'],
    ['美國自2024年9月27日起對大陸製電動車課徵的100%關稅仍未鬆動。', '2024年9月27日'],
    ['巴西自2026年7月起已將電動車進口關稅調升至35%。', '2026年7月'],
    ['证监会要求相关企业自2029年起在年度报告中专项披露研发投入。', '2029年'],
    [
      '港交所公布諮詢總結。同一份諮詢總結亦涵蓋A+H公司：由8月1日起，初始公眾持股量可降低。',
      '8月1日',
    ],
    ['《通知》于今日下午挂网后，银行板块尾盘明显拉升。', '今日'],
  ])('%s → %s', (text, span) => {
    expect(kinds(text, JUN)).toContainEqual([span, 'policy-date']);
  });

  it.each([
    ['创业板新股绿川新材（301818）定于本周五（6月9日）在深交所上市。', '本周五'],
    ['澤璟製藥-B本週一（19日）起招股，至本週四（22日）中午截飛。', '本週四'],
    ['金管局維持基本利率。中銀香港計劃由下週一起將H按封頂息率下調至P減1.75厘。', '下週一'],
  ])('leaves %s plain', (text, span) => {
    expect(kinds(text, JUN)).toContainEqual([span, 'date']);
  });
});

describe('policy dates: round 24 written forms (announced decisions, fixings, bodies named before)', () => {
  const AUG = '2028-08-21T19:20:00+08:00';

  it('takes the day a body announces its decision as the decision’s, not the day a body only spoke', () => {
    expect(
      kinds('The central bank said on Saturday it would lower the reserve requirement ratio.', AUG),
    ).toEqual([['Saturday', 'policy-date']]);
    expect(kinds('The PBOC said on Monday that growth was slowing.', AUG)).toEqual([
      ['Monday', 'date'],
    ]);
    expect(kinds('Charles Schwab said on Wednesday it would seek to hold tokens.', AUG)).toEqual([
      ['Wednesday', 'date'],
    ]);
  });

  it('reads the LPR fixing’s day and the NFRA as a body, but not a borrower’s own note', () => {
    expect(kinds('The next loan prime rate fixing is due on Sept. 20.', AUG)).toEqual([
      ['Sept. 20', 'policy-date'],
    ]);
    expect(
      kinds('The NFRA said the whitelist mechanism would be extended to the end of 2029.', AUG),
    ).toEqual([['the end of 2029', 'policy-date']]);
    expect(
      kinds(
        'The NFRA is watching. Vanke must repay or extend a 2 billion yuan note by Sept. 28.',
        AUG,
      ),
    ).toEqual([['Sept. 28', 'date']]);
  });

  it('reads past a paragraph’s start to the body the paragraph goes on about', () => {
    const text =
      'Oil rose after eight OPEC+ members slowed the return of idled output. Brent settled at $78.40.\n' +
      'At a video meeting on Sunday, Saudi Arabia and six other members agreed to raise output.';
    expect(kinds(text, AUG)).toEqual([['Sunday', 'policy-date']]);
    // (a paragraph that names no one of them stays apart)
    const apart =
      'Oil rose after eight OPEC+ members slowed the return of idled output. Brent settled at $78.40.\n' +
      'At a dinner on Sunday, traders agreed that prices would rise.';
    expect(kinds(apart, AUG)).toEqual([['Sunday', 'date']]);
  });
});

describe('policy dates: round 24 Chinese forms (tax windows, bond issues ahead, company steps plain)', () => {
  const AUG = '2028-08-14T19:20:00+08:00';

  it('takes a tax filing window, a deadline the tax office sets and a bond issue ahead', () => {
    expect(
      kinds('纳税人可在2029年3月1日至6月30日办理2028年度综合所得汇算清缴时一并享受。', AUG),
    ).toEqual([
      ['2029年3月1日至6月30日', 'policy-date'],
      ['2028年度', 'policy-date'],
    ]);
    expect(kinds('税务部门提示，纳税人应于9月30日前更新专项附加扣除信息。', AUG)).toEqual([
      ['9月30日', 'policy-date'],
    ]);
    expect(kinds('财政部表示，8月下旬还将续发50年期品种。', AUG)).toEqual([
      ['8月下旬', 'policy-date'],
    ]);
    // (what was sold is counted, not an act ahead)
    expect(kinds('财政部数据显示，今年已累计发行新增专项债券约1万亿元。', AUG)).toEqual([
      ['今年', 'date'],
    ]);
    expect(kinds('8月LPR大概率维持不变，四季度存在下调5至10个基点的可能。', AUG)).toEqual([
      ['8月', 'policy-date'],
      ['四季度', 'policy-date'],
    ]);
  });

  it('leaves a company’s own step plain, but not a rule on such steps or a regulator’s measure', () => {
    expect(
      kinds('新希望公告，控股股东计划自7月17日起6个月内通过深交所集中竞价增持公司股份。', AUG),
    ).toEqual([['7月17日', 'date']]);
    expect(kinds('深交所表示，公司股票自本周五起复牌。', AUG)).toEqual([['本周五', 'date']]);
    expect(kinds('证监会规定，自9月1日起，上市公司须披露回购进展。', AUG)).toEqual([
      ['9月1日', 'policy-date'],
    ]);
    expect(kinds('两所还将自下周一起开通回购专项问询通道。', AUG)).toEqual([
      ['下周一', 'policy-date'],
    ]);
    expect(kinds('公司于8月10日收到中国证监会安徽监管局出具的警示函。', AUG)).toEqual([
      ['8月10日', 'policy-date'],
    ]);
    expect(kinds('中国巨石表示，公司已于8月10日首次实施回购。', AUG)).toEqual([
      ['8月10日', 'date'],
    ]);
  });
});

describe('policy dates: round 25 written forms (how long rates hold, feedback periods)', () => {
  const DEC = '2028-12-15T12:00:00Z';

  it('reads how long a rate setting is to last as the policy’s date', () => {
    expect(
      kinds('Most forecasters expect it to leave rates unchanged until at least March.', DEC),
    ).toEqual([['March', 'policy-date']]);
    expect(
      kinds('It was comfortable leaving borrowing costs where they are well into 2029.', DEC),
    ).toEqual([['2029', 'policy-date']]);
    // a company leaving its prices unchanged is no rate setting
    expect(kinds('The retailer will keep prices unchanged until March.', DEC)).toEqual([
      ['March', 'date'],
    ]);
  });

  it('reads the close of a feedback period as a rule’s step', () => {
    expect(kinds('The feedback period closes on 16 February.', DEC)).toEqual([
      ['16 February', 'policy-date'],
    ]);
  });
});

describe('policy dates: round 25 Chinese forms (circulars, rulings, counts of the year, releases)', () => {
  const DEC = '2028-12-12T10:00:00+08:00';

  it('takes the day a regulator issues a circular, and a ruling or findings a body will give', () => {
    expect(kinds('保監局上週五（8日）發出通函，要求保險公司提交報告。', DEC)).toEqual([
      ['上週五', 'policy-date'],
      ['8日', 'policy-date'],
    ]);
    expect(kinds('USTR同時表示，並預計於明年2月中旬作出最終決定。', DEC)).toEqual([
      ['明年2月中旬', 'policy-date'],
    ]);
    expect(
      kinds('美國商務部另預計於明年上半年公布對進口筆電及顯示器的232條款調查結果。', DEC),
    ).toEqual([['明年上半年', 'policy-date']]);
  });

  it('leaves plain a count of the year’s acts, a borrower’s maturity, a data release and a subscription day', () => {
    expect(kinds('若本週如期降息，將是今年第三度降息。', DEC)).toContainEqual(['今年', 'date']);
    expect(kinds('最早一批貸款的到期日由明年6月延至2031年底。', DEC)).toEqual([
      ['明年6月', 'date'],
      ['2031年底', 'date'],
    ]);
    expect(kinds('人民银行昨日晚间公布，10月末广义货币（M2）余额同比增长7.4%。', DEC)).toEqual([
      ['昨日', 'date'],
      ['10月末', 'date'],
    ]);
    expect(kinds('一只创业板新股将于本周四（12月14日）启动网上申购。', DEC)).toEqual([
      ['本周四', 'date'],
      ['12月14日', 'date'],
    ]);
  });
});

describe('policy dates: round 25 English forms (gatherings, debt sales, how long a measure runs)', () => {
  const DEC = '2028-12-16T12:00:00Z';

  it('reads a named policy gathering’s days and the Politburo at work', () => {
    expect(
      kinds(
        'Beijing may step up support at the Central Economic Work Conference in December.',
        DEC,
      ),
    ).toEqual([['December', 'policy-date']]);
    expect(kinds('The Politburo had previewed the message last Friday (Dec. 8).', DEC)).toEqual([
      ['last Friday', 'policy-date'],
      ['Dec. 8', 'policy-date'],
    ]);
    expect(
      kinds('Economists look to the loan prime rate fixing next week for the next signal.', DEC),
    ).toEqual([['next week', 'policy-date']]);
  });

  it('reads a government’s debt sales, but not a company’s', () => {
    expect(
      kinds(
        "China's finance ministry will begin selling ultra-long special treasury bonds on April 10.",
        DEC,
      ),
    ).toEqual([['April 10', 'policy-date']]);
    expect(
      kinds(
        'The Ministry of Finance said the first batch of special bonds would be sold in January.',
        DEC,
      ),
    ).toEqual([['January', 'policy-date']]);
    expect(kinds('Apple will sell bonds on Monday, the company said.', DEC)).toEqual([
      ['Monday', 'date'],
    ]);
  });

  it('reads how long a measure runs and a body’s new duty from a day', () => {
    expect(
      kinds('OPEC+ confirmed its collective output ceiling through Dec. 31, 2027.', DEC),
    ).toEqual([['Dec. 31, 2027', 'policy-date']]);
    expect(
      kinds(
        'The European Banking Authority will begin supervising the lenders in January 2029.',
        DEC,
      ),
    ).toEqual([['January 2029', 'policy-date']]);
  });

  it('puts a measure’s effective weekday after its act', () => {
    expect(
      kinds(
        "The People's Bank of China on Friday cut its seven-day reverse repo rate, effective Monday.",
        DEC,
      ),
    ).toEqual([
      ['Friday', 'policy-date'],
      ['Monday', 'policy-date'],
    ]);
    expect(
      matchDates('The central bank on Friday cut its rate, effective Monday.', DEC).map(
        (d) => d.value,
      ),
    ).toEqual(['2028-12-15', '2028-12-18']);
  });
});

describe('policy dates: rate moves expected ahead (round 25)', () => {
  const JUNE = '2028-06-20T12:00:00Z';

  it('reads rate moves and holds a story expects at a date', () => {
    expect(
      kinds(
        'The Fed held rates. Goldman Sachs economists said they now expect cuts in both November and December.',
        JUNE,
      ).filter(([, kind]) => kind === 'policy-date'),
    ).toEqual([
      ['November', 'policy-date'],
      ['December', 'policy-date'],
    ]);
    expect(
      kinds('Swaps imply the Bank of Canada will stay on hold until at least July.', JUNE),
    ).toEqual([['July', 'policy-date']]);
    expect(kinds('"That would take a January cut off the table," she said.', JUNE)).toEqual([
      ['January', 'policy-date'],
    ]);
  });

  it('never reads a company’s cuts or a weekday before a verb as a rate move', () => {
    expect(
      kinds('The Fed held rates. Analysts expect price cuts at the retailer in October.', JUNE),
    ).toEqual([['October', 'date']]);
    expect(kinds('Infosys, which on Wednesday cut its guidance, fell 2%.', JUNE)).toEqual([
      ['Wednesday', 'date'],
    ]);
  });
});

describe('policy dates: round 26 English forms', () => {
  const DEC = '2028-12-13T14:52:00-05:00';

  it('reads the rate path, the next meeting and a hold until a month', () => {
    expect(
      kinds(
        'In the dot plot the median official pencils in two quarter-point cuts next year.',
        DEC,
      ),
    ).toEqual([['next year', 'policy-date']]);
    expect(
      kinds('The Fed held rates. The committee next meets after that on March 20-21.', DEC),
    ).toEqual([['March 20-21', 'policy-date']]);
    expect(
      kinds(
        'The Fed held rates. The committee will likely sit on its hands until at least March.',
        DEC,
      ),
    ).toEqual([['March', 'policy-date']]);
  });

  it('reads trade measures and probes a government starts on a day', () => {
    expect(
      kinds('Ottawa imposed a 100% surtax on Chinese-made electric vehicles in October 2024.', DEC),
    ).toEqual([['October 2024', 'policy-date']]);
    expect(
      kinds(
        "China's commerce ministry opened an anti-dumping investigation into petrol cars imported from the EU on Sept. 9.",
        DEC,
      ),
    ).toEqual([['Sept. 9', 'policy-date']]);
    expect(
      kinds(
        'Officials in Brussels hope to finish the legal text by the end of the first quarter.',
        DEC,
      ),
    ).toEqual([['the end of the first quarter', 'policy-date']]);
  });

  it('never reads a broker’s rating cut or a company’s own work as an act', () => {
    expect(
      kinds(
        'The commission adopted the rules. ASML fell in New York on Monday after a broker cut its rating.',
        DEC,
      ),
    ).toEqual([['Monday', 'date']]);
    expect(
      kinds('The SEC set new rules. Invesco said it expected to finish the work by May.', DEC),
    ).toEqual([['May', 'date']]);
  });
});

describe('policy dates: a government’s fiscal events and gilt sales (round 26)', () => {
  const DEC = '2028-12-05T09:15:00+00:00';

  it('reads fiscal events, a financing remit and a gilt sale in a week', () => {
    expect(
      kinds(
        "The next fiscal event, the Spring Statement, is expected in March, and the government's Spending Review is due in June.",
        DEC,
      ),
    ).toEqual([
      ['March', 'policy-date'],
      ['June', 'policy-date'],
    ]);
    expect(
      kinds(
        'The Debt Management Office said its revised remit for 2028-29 pencilled in a sale of a new 30-year index-linked gilt in the week commencing 15 January.',
        DEC,
      ),
    ).toEqual([
      ['2028-29', 'policy-date'],
      ['15 January', 'policy-date'],
    ]);
    expect(
      kinds(
        'The Debt Management Office is preparing to sell £4.25bn of 10-year gilts on Wednesday.',
        DEC,
      ),
    ).toEqual([['Wednesday', 'policy-date']]);
  });
});

describe('policy dates: round 26 Chinese forms', () => {
  const DEC = '2028-12-20T19:32:00+08:00';

  it('reads an LPR fixing’s day, a regulator’s approval and new rules with their object', () => {
    expect(kinds('市场同时关注明日（12月21日）的贷款市场报价利率。', DEC)).toContainEqual([
      '12月21日',
      'policy-date',
    ]);
    expect(kinds('芯途微电子主营功率芯片，上月刚刚获证监会同意注册。', DEC)).toEqual([
      ['上月', 'policy-date'],
    ]);
    expect(kinds('美國商務部上月底公布先進AI晶片出口管制新規。', DEC)).toEqual([
      ['上月底', 'policy-date'],
    ]);
  });

  it('leaves a company’s own plan plain, but not a rule on companies', () => {
    expect(kinds('沪硅产业晚间公告称，公司拟于2029年3月底前完成定增。', DEC)).toEqual([
      ['2029年3月底', 'date'],
    ]);
    expect(kinds('华虹公司则表示，无锡12英寸产线二期将于2029年6月底投产。', DEC)).toEqual([
      ['2029年6月底', 'date'],
    ]);
    expect(kinds('证监会要求，上市公司须于2029年3月底前披露。', DEC)).toEqual([
      ['2029年3月底', 'policy-date'],
    ]);
  });
});

describe('policy dates: how long a measure runs, the act before, rules issued (dev misses)', () => {
  const NOV = '2027-11-05T12:00:00Z';

  it('reads a tax or trade measure’s term and a rate path’s end', () => {
    expect(kinds('Fuel duty stays frozen until September 2028.', NOV)).toEqual([
      ['September 2028', 'policy-date'],
    ]);
    expect(
      kinds(
        'The Fed held rates. The dots would bring the range to 2.50%-2.75% by the end of next year.',
        NOV,
      ),
    ).toEqual([['the end of next year', 'policy-date']]);
    expect(kinds('OPEC+ agreed to keep output unchanged through the first quarter.', NOV)).toEqual([
      ['the first quarter', 'policy-date'],
    ]);
  });

  it('reads the act a move is the first since, a term given and rules issued on a day', () => {
    expect(
      kinds(
        'The Reserve Bank of India cut its repo rate, its first reduction since December 2025.',
        NOV,
      ),
    ).toEqual([['December 2025', 'policy-date']]);
    expect(
      kinds('The SEC approved it, giving exchanges until the second half of 2028 to comply.', NOV),
    ).toEqual([['the second half of 2028', 'policy-date']]);
    expect(
      kinds(
        'The Commerce Department issued rules late on Friday that extend export controls.',
        NOV,
      ),
    ).toEqual([['Friday', 'policy-date']]);
    expect(kinds('The Chancellor on Wednesday set out £26bn of tax rises.', NOV)).toEqual([
      ['Wednesday', 'policy-date'],
    ]);
  });

  it('never reads a market price as a measure', () => {
    expect(
      kinds('EU carbon allowances for December delivery ended Monday at €83.60 a tonne.', NOV),
    ).toEqual([
      ['December', 'date'],
      ['Monday', 'date'],
    ]);
  });
});

describe('round 27: policy forms and what stays plain', () => {
  const JAN = '2029-01-31T15:42:00-05:00';
  const MAR = '2029-03-15T16:30:00+08:00';
  it('reads a market-priced path named by the fed funds futures, but not the day odds moved', () => {
    expect(
      kinds(
        'Futures tied to the fed funds rate showed traders trimming the odds of a cut to about 25% from nearly 45% on Tuesday, and traders expect two cuts in total by the end of 2029.',
        JAN,
      ),
    ).toEqual([
      ['Tuesday', 'date'],
      ['the end of 2029', 'policy-date'],
    ]);
    // (a rate moved "to 1.0% from 0.75% on Friday" is the act's own day)
    expect(
      kinds('The Bank of Japan raised its policy rate to 1.0% from 0.75% on Friday.', JAN),
    ).toEqual([['Friday', 'policy-date']]);
  });

  it('never reads a base year, a company venue or pledge, or a pay round as an act', () => {
    expect(
      kinds('Under the EU law, emissions must fall 55 per cent from 2021 levels by 2030.', JAN),
    ).toEqual([
      ['2021', 'date'],
      ['2030', 'policy-date'],
    ]);
    expect(
      kinds(
        'Merck said the FDA set a June 28 action date and it would present data at a medical meeting in March.',
        JAN,
      ),
    ).toEqual([
      ['June 28', 'policy-date'],
      ['March', 'date'],
    ]);
    expect(
      kinds(
        'AbbVie, which has pledged $70 billion of U.S. investment through 2035, said the tariffs had no impact.',
        JAN,
      ),
    ).toEqual([['2035', 'date']]);
    expect(
      kinds(
        "The BOJ governor wanted to confirm that this year's wage negotiations would deliver pay rises.",
        JAN,
      ),
    ).toEqual([['this year', 'date']]);
  });

  it("reads a PDUFA goal date as the regulator's", () => {
    expect(
      kinds('The FDA cleared the drug two weeks ahead of its Feb. 27 PDUFA goal date.', JAN),
    ).toEqual([['Feb. 27', 'policy-date']]);
  });

  it('reads a congress closing in the afternoon, two dates before one act, a tax year relieved', () => {
    expect(kinds('全国人民代表大会第二次会议3月5日在北京开幕，3月11日下午闭幕。', MAR)).toEqual([
      ['3月5日', 'policy-date'],
      ['3月11日', 'policy-date'],
    ]);
    expect(kinds('两部法律将分别自2029年5月1日和7月1日起施行。', MAR)).toEqual([
      ['2029年5月1日', 'policy-date'],
      ['7月1日', 'policy-date'],
    ]);
    // (a company's two days are still its own)
    expect(kinds('公司于3月1日和4月1日起分两次发货。', MAR)).toEqual([
      ['3月1日', 'date'],
      ['4月1日', 'date'],
    ]);
    expect(kinds('預算案建議寬減2028/29課稅年度百分之百的利得稅。', MAR)).toEqual([
      ['2028/29課稅年度', 'policy-date'],
    ]);
  });

  it('never reads a series of press conferences as an act', () => {
    expect(kinds('国新办下周将就落实政府工作报告举行系列新闻发布会。', MAR)).toEqual([
      ['下周', 'date'],
    ]);
  });
});

describe('round 28: policy forms and what stays plain', () => {
  const JUN = '2029-06-04T08:15:00+01:00';
  const JUL = '2029-07-20T16:40:00+08:00';
  it('reads a body meeting on a day, a comment window, a repeal and a rule’s first period', () => {
    expect(
      kinds(
        'Oil prices rose on Monday after OPEC+ agreed on Sunday to extend its output cuts.',
        JUN,
      ),
    ).toEqual([
      ['Monday', 'date'],
      ['Sunday', 'policy-date'],
    ]);
    expect(
      kinds(
        'The Organization of the Petroleum Exporting Countries, meeting online on Sunday, kept output unchanged.',
        JUN,
      ),
    ).toEqual([['Sunday', 'policy-date']]);
    expect(kinds('The department will take public comments until Dec. 31.', JUN)).toEqual([
      ['Dec. 31', 'policy-date'],
    ]);
    expect(
      kinds('It replaces the AI diffusion framework, which was rescinded in May 2025.', JUN),
    ).toEqual([['May 2025', 'policy-date']]);
    expect(kinds('The offer was withdrawn in May.', JUN)).toEqual([['May', 'date']]);
    expect(
      kinds(
        'Banks must report the ratios starting with filings for the second quarter of 2030, the Fed said.',
        JUN,
      ),
    ).toEqual([['the second quarter of 2030', 'policy-date']]);
  });

  it('never reads the day futures priced a move, nor a minutes release, as the act', () => {
    expect(
      kinds(
        'The Fed meets on June 19-20, and fed funds futures on Friday priced a 70% chance of a cut.',
        JUN,
      ).map(([t, k]) => `${t}:${k}`),
    ).toContain('Friday:date');
    expect(
      kinds('The Bank of Japan releases minutes of its January meeting on Monday.', JUN),
    ).toContainEqual(['Monday', 'date']);
    expect(kinds('The committee will review the market on Aug. 1.', JUN)).toEqual([
      ['Aug. 1', 'policy-date'],
    ]);
  });

  it('reads a previous move and an expected window in Chinese; a headline is a sentence apart', () => {
    expect(kinds('金管局上一次調低基本利率是在去年12月。', JUL)).toEqual([
      ['去年12月', 'policy-date'],
    ]);
    expect(kinds('公司上一次调价是在去年12月。', JUL)).toEqual([['去年12月', 'date']]);
    expect(kinds('他预计央行年内仍有再次降准的可能，时间窗口或在四季度。', JUL)).toEqual([
      ['四季度', 'policy-date'],
    ]);
    expect(
      kinds(
        '【美联储官员：不急于进一步降息】北京时间今日凌晨，美联储副主席在纽约发表讲话称，通胀回落仍不均衡。',
        JUL,
      ),
    ).toEqual([['今日', 'date']]);
  });
});

describe('round 29: policy forms and what stays plain', () => {
  const DEC = '2029-12-12T14:58:00-05:00';
  const JAN = '2030-01-21T19:35:00+08:00';
  it('reads the end of an operation, a phase-in, a rate move by basis points and a listed auction', () => {
    expect(
      kinds(
        'The Fed said it would stop rolling principal from maturing securities into bills after March 31.',
        DEC,
      ),
    ).toEqual([['March 31', 'policy-date']]);
    expect(
      kinds(
        'Transitional treatment for unrated corporate exposures lasts until 31 December 2032.',
        DEC,
      ),
    ).toEqual([['31 December 2032', 'policy-date']]);
    expect(
      kinds(
        'She expects the central bank to cut the five-year LPR by another 10 basis points in March.',
        JAN,
      ),
    ).toEqual([['March', 'policy-date']]);
    expect(
      kinds(
        'The Treasury will sell two-year notes on Dec. 26, followed by five-year notes on Dec. 27.',
        DEC,
      ),
    ).toEqual([
      ['Dec. 26', 'policy-date'],
      ['Dec. 27', 'policy-date'],
    ]);
  });
  it('never reads a company’s repayment or a sector’s income as an act', () => {
    expect(
      kinds(
        'The regulator agreed, and the developer must otherwise repay the principal by Feb. 15.',
        JAN,
      ),
    ).toEqual([['Feb. 15', 'date']]);
    expect(
      kinds(
        "Analysts expect banks' net interest income to have peaked in Q2 as deposit rates follow the ECB down.",
        JAN,
      ),
    ).toEqual([['Q2', 'date']]);
  });
  it('reads a self-regulatory norm and never a new listing’s subscription days', () => {
    const DEC7 = '2029-12-07T19:30:00+08:00';
    expect(kinds('中国证券业协会本周三（12月5日）亦发布证券公司业务的自律规范。', DEC7)).toEqual([
      ['本周三', 'policy-date'],
      ['12月5日', 'policy-date'],
    ]);
    expect(
      kinds('港交所表示，澜川能源今日起招股，招股期至4月26日。', '2030-04-23T17:46:09+08:00'),
    ).toEqual([
      ['今日', 'date'],
      ['4月26日', 'date'],
    ]);
  });
});

describe('English policy forms read over dev pages', () => {
  const DEC = '2028-12-15T18:40:00+08:00';
  it.each([
    [
      'The two-day Central Economic Work Conference, which ended on Thursday, set the tone.',
      'Thursday',
    ],
    [
      'If adopted by the FDIC, the new assessment rates would apply from the first quarterly invoice of 2030.',
      '2030',
    ],
    [
      'The rule takes effect on April 1, with a phase-in of the new charges that ends on June 30, 2031.',
      'June 30, 2031',
    ],
    [
      'EVs will instead pay the standard most-favoured-nation rate of 6.1% from Feb. 1, Ottawa said.',
      'Feb. 1',
    ],
    [
      'Automakers want to extend a tariff offset for U.S.-assembled vehicles, which is set to expire on April 30.',
      'April 30',
    ],
    [
      'In the statement, Fed policymakers removed language, first added in December 2025, on the path.',
      'December 2025',
    ],
    ['A Fed proposal on long-term debt for mid-size lenders, issued in 2023, was shelved.', '2023'],
    ['The Fed proposal was withdrawn last year.', 'last year'],
    [
      "The Fed's dot plot put the median expectation for the federal funds rate at the end of 2030 at 2.375%.",
      'the end of 2030',
    ],
    ['The Fed signaled it expects to lower borrowing costs only twice more in 2029.', '2029'],
    [
      '"Wednesday\'s auction is the first proper test of demand," a Treasury official said.',
      'Wednesday',
    ],
  ])('%s → %s is a policy date', (text, date) => {
    expect(kinds(text, DEC)).toContainEqual([date, 'policy-date']);
  });
  it('keeps the same words plain without their act', () => {
    expect(kinds("The company's shares rose on Wednesday.", DEC)).toEqual([['Wednesday', 'date']]);
    expect(kinds('The trade show, which ended on Thursday, drew crowds.', DEC)).toEqual([
      ['Thursday', 'date'],
    ]);
    expect(kinds('Her contract, which is set to expire on April 30, pays well.', DEC)).toEqual([
      ['April 30', 'date'],
    ]);
  });
});

describe('Chinese policy forms read over dev pages', () => {
  const FEB = '2028-02-16T10:00:00+08:00';
  it.each([
    ['LPR方面，因2月20日为非工作日，本月LPR报价顺延。', '2月20日'],
    ['一位首席经济学家预计，12月21日的报价存在小幅下调的可能，LPR有望走低。', '12月21日'],
    ['中共中央政治局召开会议，分析研究明年经济工作。', '明年'],
    ['业内人士预计，二季度专项债发行将进入高峰。', '二季度'],
    ['国务院要求各部门抓紧制定配套细则，推动政策在四季度落地见效。', '四季度'],
    ['国务院资金中，前三批已分别于1月、4月和7月下达。', '1月'],
    ['国务院资金中，前三批已分别于1月、4月和7月下达。', '4月'],
    ['市场普遍预计央行年内仍有一次政策利率下调，时点或在三季度。', '三季度'],
  ])('%s → %s is a policy date', (text, date) => {
    expect(kinds(text, FEB)).toContainEqual([date, 'policy-date']);
  });
  it('keeps a statistics report, a company’s list of days and a weekday off plain', () => {
    expect(kinds('财政部预算司发布了2019年8月地方政府债券发行情况。', FEB)).toEqual([
      ['2019年8月', 'date'],
    ]);
    expect(kinds('公司于3月1日、4月1日和5月1日发货。', FEB).map(([, k]) => k)).toEqual([
      'date',
      'date',
      'date',
    ]);
    expect(kinds('因2月20日为周日，公司顺延发货。', FEB)).toEqual([['2月20日', 'date']]);
  });
});

describe('round 30: requirements, approvals and hearings', () => {
  const SEP = '2030-09-18T16:40:00-04:00';
  it('reads a licence requirement from a day and a regulator’s first approval', () => {
    expect(
      kinds(
        'The Commerce Ministry said it would require licences for shipments of certain equipment from Nov. 1.',
        SEP,
      ),
    ).toEqual([['Nov. 1', 'policy-date']]);
    expect(
      kinds(
        "It was the SEC's biggest step since it first cleared spot bitcoin funds in January 2024.",
        SEP,
      ),
    ).toEqual([['January 2024', 'policy-date']]);
    // (a company's purchase is no approval)
    expect(kinds('The SEC said the company first bought bitcoin in January 2024.', SEP)).toEqual([
      ['January 2024', 'date'],
    ]);
  });
  it('never reads a hearing as an act, whatever holds it', () => {
    expect(
      kinds(
        'Business groups asked a federal court to block the rule; a hearing is set for Nov. 19.',
        SEP,
      ),
    ).toEqual([['Nov. 19', 'date']]);
  });
});

describe('round 31: policy forms', () => {
  const JUL = '2031-07-03T09:30:00+01:00';
  const NOV = '2031-11-14T09:45:00-05:00';
  it.each([
    [
      'The Commission proposed widening its carbon border levy to bolts, screws and wire from 1 January 2033.',
      '1 January 2033',
      JUL,
    ],
    [
      'CBAM entered its definitive period on 1 January 2026, the Commission said.',
      '1 January 2026',
      JUL,
    ],
    [
      'The electricity market reform adopted in 2024 is starting to bite, the EU said.',
      '2024',
      JUL,
    ],
    [
      'A 90-day pause on higher duties on toys, apparel and consumer electronics expires on the 29th, the USTR said.',
      'the 29th',
      NOV,
    ],
    [
      "The U.S. Trade Representative's office said the rate will rise to 45% from 25% on Dec. 1.",
      'Dec. 1',
      NOV,
    ],
    [
      'Qiantang received its filing notice from the China Securities Regulatory Commission on June 12.',
      'June 12',
      JUL,
    ],
    [
      'Most policymakers still expect to lower borrowing costs twice this year, the Fed said.',
      'this year',
      JUL,
    ],
    ['根据财政部安排，首期30年期国债将于5月23日招标发行。', '5月23日', '2031-05-20T07:10:00+08:00'],
  ])('%s → %s is a policy date', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
  });
  it('keeps a company’s bond and a price move plain', () => {
    expect(kinds('公司债将于5月23日发行。', '2031-05-20T07:10:00+08:00')).toEqual([
      ['5月23日', 'date'],
    ]);
    expect(
      kinds('The company said its rate of growth will rise to 5% from 4% in 2032.', NOV),
    ).toEqual([['2032', 'date']]);
  });
});

describe('round 32: a measure’s next step, the debt limit and its X-date, negotiation periods', () => {
  const FEB = '2032-02-12T11:05:00-05:00';
  const MAR = '2032-03-31T09:00:00+08:00';
  it.each([
    [
      'The measures, approved at a meeting chaired by the premier on Friday, take effect on April 1 and run until the end of the year, the cabinet said.',
      'the end of the year',
      MAR,
    ],
    ['The relief opens on May 4 and closes on May 29, the ministry said.', 'May 29', MAR],
    [
      'The debt ceiling, suspended under a 2030 budget agreement, was reinstated on Jan. 2 at $41.1 trillion.',
      'Jan. 2',
      FEB,
    ],
    [
      'The Treasury said those measures could be exhausted as early as June 10, the so-called X-date.',
      'June 10',
      FEB,
    ],
    ['The Congressional Budget Office put the X-date in late July.', 'late July', FEB],
    [
      'Drug makers had 30 days to respond; the negotiation period ends on Oct. 31, CMS said.',
      'Oct. 31',
      FEB,
    ],
  ])('%s → %s is a policy date', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
  });

  it('keeps a market’s run, a company’s steps and a plain exhaustion plain', () => {
    expect(kinds('The rally began on Monday and ran until Friday.', FEB)).toEqual([
      ['Monday', 'date'],
      ['Friday', 'date'],
    ]);
    expect(
      kinds('Apple opened its new store on May 4 and closed the old one on May 29.', MAR),
    ).toEqual([
      ['May 4', 'date'],
      ['May 29', 'date'],
    ]);
    expect(kinds('The team was exhausted as early as June 10, the coach said.', FEB)).toEqual([
      ['June 10', 'date'],
    ]);
  });
});

describe('round 33: English acts written in everyday wire forms', () => {
  const JUNE = '2033-06-15T10:20:00-04:00';
  const MAR = '2033-03-03T09:40:00+00:00';
  const NOV = '2033-11-04T17:40:00-04:00';
  it.each([
    ['The breach rules kick in for smaller firms on Dec. 5, the SEC said.', 'Dec. 5', JUNE],
    ['On Monday, a federal judge in Lexington, Kentucky, stayed the rule.', 'Monday', JUNE],
    [
      'The bureau has not let up. It proposed on June 8 to treat the loans as cards.',
      'June 8',
      JUNE,
    ],
    ['EU governments on Monday endorsed duties of up to 27% on electric buses.', 'Monday', MAR],
    [
      'Licences that allow ASML to ship some older lithography tools to Chinese customers will lapse on 31 December.',
      '31 December',
      MAR,
    ],
    [
      'The FCA said its authorisation gateway for crypto platforms will open in September.',
      'September',
      MAR,
    ],
    [
      'Policymakers will announce their decision at 2 p.m. Eastern time on Wednesday, the Fed said.',
      'Wednesday',
      NOV,
    ],
    ['Traders see the policy rate settling near 3% by next June.', 'next June', NOV],
    [
      'The agencies pushed back the compliance date for the capital rule, the U.S. version of the Basel package, to 2035 from 2034.',
      '2035',
      NOV,
    ],
    ['The agencies pushed back the compliance date to 2035 from 2034.', '2034', NOV],
  ])('%s → %s is a policy date', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
  });

  it('keeps a market session, a statistic listed after a decision and a company’s step plain', () => {
    expect(kinds('Odds of a December cut stood at 60% by Friday’s close.', NOV)).toContainEqual([
      'Friday',
      'date',
    ]);
    expect(
      kinds(
        'Next week, investors will look to an RBA rate decision on Tuesday and U.S. payrolls on Friday.',
        NOV,
      ),
    ).toContainEqual(['Friday', 'date']);
    expect(kinds('On Monday, a federal judge in Texas sentenced the trader.', JUNE)).toEqual([
      ['Monday', 'date'],
    ]);
    expect(kinds('The company proposed on June 8 to buy back shares.', JUNE)).toEqual([
      ['June 8', 'date'],
    ]);
    expect(kinds("The SEC chair spoke at Tuesday's open meeting.", JUNE)).toEqual([
      ['Tuesday', 'policy-date'],
    ]);
  });
});

describe('round 33: Chinese programmes, minutes, eras and the next board meeting', () => {
  const MAY = '2033-05-20T17:10:00+08:00';
  const MAR = '2033-03-21T19:30:00+08:00';
  const FEB = '2033-02-22T21:05:00+08:00';
  it('reads the next board meeting’s day and a rate hiked in a run since a day as policy', () => {
    expect(kinds('央行總裁表示，將視6月16日下次理監事會前的數據再決定。', MAR)).toContainEqual([
      '6月16日',
      'policy-date',
    ]);
    expect(
      kinds(
        '这是美联储自去年年初以来连续加息十次后作出的暂停加息决定。',
        '2023-06-15T08:10:00+08:00',
      ),
    ).toContainEqual(['去年年初', 'policy-date']);
  });
  it.each([
    ['友邦保險宣布新一輪股份回購計劃，預計下月起分階段執行。', '下月', MAY],
    [
      '控股股东茅台集团计划自2033年3月1日至2033年8月31日通过交易所系统增持公司股份。',
      '2033年3月1日至2033年8月31日',
      FEB,
    ],
    [
      '京东集团本周二宣布，将于明年3月底前完成对旗下仓储资产的整合。',
      '明年3月底',
      '2033-12-08T07:45:00+08:00',
    ],
    ['美國聯儲局將於下週三公布上次會議的會議紀錄。', '下週三', MAY],
    ['港交所昨日公布，1至4月新上市公司集資總額約620億元。', '昨日', MAY],
    ['為2008年金融海嘯以來首度在利率已達2%以上時再度升息。', '2008年', MAR],
    ['年初以来稳增长政策持续加码。', '年初', '2033-11-16T19:30:00+08:00'],
  ])('%s: %s stays plain', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'date']);
  });
});

describe('round 34: a measure changed from a day, landing, running to its end', () => {
  const NOV = '2034-11-20T16:45:00+08:00';
  const SEP = '2034-09-15T19:05:00+08:00';
  it.each([
    [
      'Shanghai said it would scrap purchase restrictions for non-local buyers outside the Outer Ring Road from Dec. 1.',
      'Dec. 1',
      NOV,
    ],
    [
      'Shenzhen will lower the minimum down payment for second homes to 20% starting next Monday.',
      'next Monday',
      NOV,
    ],
    [
      'Guangzhou will pay cash subsidies of up to 200,000 yuan to families until the end of March.',
      'the end of March',
      NOV,
    ],
    [
      'The Ministry of Finance will sell 120 billion yuan of ultra-long special treasury bonds this Friday.',
      'this Friday',
      NOV,
    ],
    [
      'On June 28, a federal judge in Fort Worth, Texas, stayed the rule.',
      'June 28',
      '2034-07-07T18:15:00-04:00',
    ],
    [
      'A general license for wind-down transactions lapsed on May 31.',
      'May 31',
      '2034-06-07T15:40:00+00:00',
    ],
    ['随着公积金新政10月起落地，消费有望企稳。', '10月', SEP],
    ['以旧换新补贴持续至年底。', '年底', SEP],
    ['这是今年以来的第二次降准，上一次于3月下旬落地。', '3月下旬', SEP],
    ['明年第一季美國半導體關稅上路後，成本上升。', '明年第一季', '2034-12-05T10:42:00+08:00'],
  ])('%s → %s is a policy date', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
  });

  it('keeps a company’s prices, orders and a debt sale of its own plain', () => {
    expect(kinds('Apple will lower prices for iPhones starting next Monday.', NOV)).toEqual([
      ['next Monday', 'date'],
    ]);
    expect(kinds('公司订单将于10月落地。', SEP)).toEqual([['10月', 'date']]);
    expect(kinds('Apple will sell 12 billion yuan of bonds this Friday.', NOV)).toEqual([
      ['this Friday', 'date'],
    ]);
  });
});

describe('round 35: a start with its future verb, maturities and minutes', () => {
  it('reads 自8月15日起将… ahead, though the notice came 日前', () => {
    expect(
      kinds('外汇局日前发布通知，自8月15日起将试点扩大至全国。', '2035-07-10T16:30:00+08:00'),
    ).toEqual([['8月15日', 'policy-date']]);
    expect(
      matchDates(
        '外汇局日前发布通知，自8月15日起将试点扩大至全国。',
        '2035-07-10T16:30:00+08:00',
      )[0]!.value,
    ).toBe('2035-08-15');
  });
  it.each([
    ['本周（11月19日至11月23日）央行公开市场共有1.2万亿元逆回购到期。', '11月19日至11月23日'],
    ['其中本周五到期量最大。', '本周五'],
    ['美联储将于下周三公布11月议息会议纪要。', '下周三'],
  ])('%s: %s stays plain', (text, date) => {
    expect(kinds(text, '2035-11-20T07:20:00+08:00')).toContainEqual([date, 'date']);
  });
});

describe('round 36: effective dates, amounts changed from a day, schedules and fixings', () => {
  const value = (text: string, date: string, published: string) =>
    matchDates(text, published).find((d) => d.text === date)?.value;

  it.each([
    [
      'OSFI said banks must hold 3.5% of risk-weighted assets from 3.0%, effective Nov. 1, and finalized a change to the stress test.',
      'Nov. 1',
      '2036-04-16T17:20:00-04:00',
      '2036-11-01',
    ],
    [
      'OSFI finalized a change to the stress test. From Sept. 1, borrowers will have to qualify at their contract rate plus 1.5 points.',
      'Sept. 1',
      '2036-04-16T17:20:00-04:00',
      '2036-09-01',
    ],
    [
      'The Isa allowance goes up from £20,000 to £25,000 from 6 April, the first day of the 2036-37 tax year.',
      '6 April',
      '2036-03-19T17:45:00+00:00',
      '2036-04-06',
    ],
    [
      'The Isa allowance goes up from £20,000 to £25,000 from 6 April, the first day of the 2036-37 tax year.',
      '2036-37',
      '2036-03-19T17:45:00+00:00',
      '2036',
    ],
    [
      'CMS released draft guidance on how it will weigh benefit. Comments are due by 11:59 p.m. ET on March 14.',
      'March 14',
      '2036-02-06T15:10:00-05:00',
      '2036-03-14',
    ],
    [
      'The Centers for Medicare & Medicaid Services on Friday named 20 more medicines for its next cycle of talks.',
      'Friday',
      '2036-02-06T15:10:00-05:00',
      '2036-02-01',
    ],
    [
      'The Treasury will sell $125 billion of securities next week, the same amount as in the November refunding.',
      'November',
      '2036-02-06T11:35:00-05:00',
      '2035-11',
    ],
    [
      'Two weeks ago, the commission pushed back its decision on a similar fund to the 27th, lawyers said.',
      'the 27th',
      '2036-06-19T16:05:00-04:00',
      '2036-06-27',
    ],
    [
      '4月21日上午9时，中国人民银行授权全国银行间同业拆借中心公布最新贷款市场报价利率（LPR）。',
      '4月21日',
      '2036-04-21T10:20:00+08:00',
      '2036-04-21',
    ],
    ['这是继今年1月之后，LPR年内第二次下调。', '今年1月', '2036-04-21T10:20:00+08:00', '2036-01'],
    ['金管會上個月已公告修正相關規範。', '上個月', '2036-06-20T14:05:00+08:00', '2036-05'],
  ])('%s → %s is a policy date', (text, date, published, expected) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
    expect(value(text, date, published)).toBe(expected);
  });

  it.each([
    [
      'The RBA cut on Tuesday after the monthly consumer price indicator rose 2.6% in the year to February.',
      'February',
      '2036-04-16T17:20:00-04:00',
    ],
    [
      'CMS estimates the prices will save the program about $11.8 billion this year.',
      'this year',
      '2036-02-06T15:10:00-05:00',
    ],
    [
      'Importers of steel must file their declarations for 2028 by 30 September, the Commission said.',
      '2028',
      '2027-03-10T10:00:00+01:00',
    ],
    ['Its dividend goes up from 10p to 12p from 6 April.', '6 April', '2036-03-19T17:45:00+00:00'],
    ['继3月之后，公司再次回购股份。', '3月', '2036-04-21T10:20:00+08:00'],
    ['證監會主席將於後天在一個金融論壇上闡述監管方向。', '後天', '2036-06-19T18:45:00+08:00'],
  ])('%s: %s stays plain', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'date']);
  });

  it('keeps the target of a QT reduction a policy date, though an amount comes before it', () => {
    expect(
      kinds(
        'The MPC reduced its quantitative tightening target to £70bn last September.',
        '2028-07-01T12:00:00+01:00',
      ),
    ).toContainEqual(['last September', 'policy-date']);
  });

  it('reads the year of "became effective Nov. 1" back, and of "effective Nov. 1" ahead', () => {
    expect(value('The rule became effective Nov. 1.', 'Nov. 1', '2036-04-16T17:20:00-04:00')).toBe(
      '2035-11-01',
    );
    expect(
      value('The buffer rises, effective Nov. 1.', 'Nov. 1', '2036-04-16T17:20:00-04:00'),
    ).toBe('2036-11-01');
  });

  it('follows a schedule of weekdays from the first one ahead, and leaves a past one alone', () => {
    const schedule =
      'The auctions are scheduled for $58 billion of three-year notes on Tuesday, $42 billion of 10-year notes on Wednesday and $25 billion of 30-year bonds on Thursday.';
    const published = '2036-02-06T11:35:00-05:00'; // a Wednesday
    expect(value(schedule, 'Tuesday', published)).toBe('2036-02-12');
    expect(value(schedule, 'Wednesday', published)).toBe('2036-02-13');
    expect(value(schedule, 'Thursday', published)).toBe('2036-02-14');
    const past = 'The Fed meets on Tuesday after stocks fell on Friday.';
    expect(value(past, 'Friday', published)).toBe('2036-02-01');
  });

  it('reads "as soon as Monday" and "could begin on Monday" ahead, "could have fallen" back', () => {
    const published = '2036-06-19T16:05:00-04:00'; // a Thursday
    expect(
      value('The SEC cleared six funds to begin trading as soon as Monday.', 'Monday', published),
    ).toBe('2036-06-23');
    expect(value('The fund could begin trading on Monday.', 'Monday', published)).toBe(
      '2036-06-23',
    );
    expect(value('Shares could have fallen on Monday.', 'Monday', published)).toBe('2036-06-16');
  });

  it('reads "moved to the 27th" as a day ahead, and "rose to the 5th" as no date', () => {
    expect(value('The vote was moved to the 27th.', 'the 27th', '2036-06-19T16:05:00-04:00')).toBe(
      '2036-06-27',
    );
    expect(matchDates('Apple rose to the 5th.', '2036-06-19T16:05:00-04:00')).toEqual([]);
  });
});

describe('round 38: Taiwan notices, sanctions and phase-ins, parts of a year', () => {
  const value = (text: string, date: string, published: string) =>
    matchDates(text, published).find((d) => d.text === date)?.value;
  const TW = '2037-06-09T14:20:00+08:00';
  const US = '2037-11-18T11:40:00-05:00';

  it.each([
    ['其餘上市櫃公司則須於民國128年底前完成。', '民國128年底', TW, '2039-12'],
    ['金管會並規劃在民國126年底前完成期中檢討。', '民國126年底', TW, '2037-12'],
    ['證期局預告修正證券商管理規則，預告期至7月8日。', '7月8日', TW, '2037-07-08'],
    ['證期局副局長表示，相關草案已於上個月預告。', '上個月', TW, '2037-05'],
    ['金管會今日發布修正「公開發行公司年報應行記載事項準則」等3項法規。', '今日', TW, '2037-06-09'],
    ['The U.S. Treasury Department on Tuesday sanctioned 14 tankers.', 'Tuesday', US, '2037-11-17'],
    [
      'A general license issued by the Office of Foreign Assets Control lets U.S. persons wind down dealings until 12:01 a.m. EST on Dec. 17.',
      'Dec. 17',
      US,
      '2037-12-17',
    ],
    [
      'The Fed rule phases in over three years, fully in place by the end of the first quarter of 2041.',
      'the end of the first quarter of 2041',
      US,
      '2041-03',
    ],
    [
      'Under the Fed rule, banks must start reporting their numbers by mid-2038.',
      'mid-2038',
      US,
      '2038',
    ],
    [
      'The agencies also opened a comment period, running until Sept. 15, on a separate proposal.',
      'Sept. 15',
      '2037-06-26T10:00:00-04:00',
      '2037-09-15',
    ],
  ])('%s → %s is a policy date', (text, date, published, expected) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
    expect(value(text, date, published)).toBe(expected);
  });

  it.each([
    ['公司發布2036年年報，營收成長12%。', '2036年', TW],
    [
      'Shares of the largest U.S. banks rose for a second day on Friday, after the Fed rule.',
      'Friday',
      '2037-06-26T10:00:00-04:00',
    ],
    [
      'The EU expected its compliance tooling to be in place by the end of next year.',
      'the end of next year',
      '2028-11-20T10:00:00+01:00',
    ],
  ])('%s: %s stays plain', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'date']);
  });

  it("reads the year of an act's month from its tense, not from 'as they had agreed'", () => {
    const text =
      'OPEC+ agreed on Sunday to extend cuts through the end of March, instead of starting to unwind them in January as they had agreed in June.';
    expect(value(text, 'January', US)).toBe('2038-01');
    expect(value('Brent crude futures for January delivery rose $1.06.', 'January', US)).toBe(
      '2038-01',
    );
  });

  it('reads "by the end of the first quarter" ahead when a future verb stands far back in its sentence', () => {
    expect(
      value(
        'The Single Resolution Board said it would publish its updated policy on bail-in planning by the end of the first quarter.',
        'the end of the first quarter',
        '2037-10-29T10:00:00+01:00',
      ),
    ).toBe('2038-03');
  });

  it('reads rules that "take effect on Monday" as next Monday', () => {
    expect(
      value(
        'Traders prepared for tighter short-selling rules that take effect on Monday.',
        'Monday',
        '2037-10-30T08:00:00+09:00',
      ),
    ).toBe('2037-11-02');
  });
});

describe('round 37: compliance dates named, deadlines pushed, budgets and exchanges', () => {
  const value = (text: string, date: string, published: string) =>
    matchDates(text, published).find((d) => d.text === date)?.value;
  const EPA = '2036-09-16T10:00:00-04:00';
  const SEC = '2037-06-10T19:10:00-04:00';
  const CN = '2036-11-19T18:10:00+08:00';

  it.each([
    [
      'The EPA on Monday finalized methane standards, setting Jan. 1, 2038 as the compliance date for most existing equipment.',
      'Jan. 1, 2038',
      EPA,
      '2038-01-01',
    ],
    [
      'Under the tax law Congress passed, projects that begin construction after Dec. 31, 2036 receive 60% of the credit.',
      'Dec. 31, 2036',
      EPA,
      '2036-12-31',
    ],
    [
      'The final version is looser than the draft the agency put out in February.',
      'February',
      EPA,
      '2036-02',
    ],
    [
      'The SEC also on Tuesday gave hedge funds six more months to start clearing their repos, pushing that deadline to Dec. 31, 2037 from June 30.',
      'Dec. 31, 2037',
      SEC,
      '2037-12-31',
    ],
    [
      "Comments on the SEC's proposal to move U.S. stock trades to same-day settlement, known as T+0, are due on Aug. 14.",
      'Aug. 14',
      SEC,
      '2037-08-14',
    ],
    [
      'On Friday futures put the odds of a move next week at 8%.',
      'next week',
      '2037-03-13T16:45:00-04:00',
      '2037-03-16',
    ],
    [
      'Beijing followed on Monday by lifting purchase restrictions for non-local families.',
      'Monday',
      CN,
      '2036-11-17',
    ],
    ['Banks will set the monthly loan prime rates on Thursday.', 'Thursday', CN, '2036-11-20'],
    [
      'Shanghai said on Tuesday it would cut the deed tax on homes to 1% from Jan. 1.',
      'Jan. 1',
      CN,
      '2037-01-01',
    ],
    [
      '财政部将于明天上午举行记者会，介绍二〇三七年中央和地方预算草案有关情况。',
      '二〇三七年',
      '2037-03-05T10:00:00+08:00',
      '2037',
    ],
    [
      '櫃買中心則於上週五（13日）預告修正上櫃公司資訊申報作業辦法。',
      '上週五',
      '2037-03-20T10:00:00+08:00',
      '2037-03-13',
    ],
    [
      '政策性青年購屋優惠貸款已於民國125年底退場。',
      '民國125年底',
      '2037-03-20T10:00:00+08:00',
      '2036-12',
    ],
  ])('%s → %s is a policy date', (text, date, published, expected) => {
    expect(kinds(text, published)).toContainEqual([date, 'policy-date']);
    expect(value(text, date, published)).toBe(expected);
  });

  it.each([
    ['公司2037年预算收入增长。', '2037年', '2037-03-05T10:00:00+08:00'],
    ['The company put out its results in February.', 'February', EPA],
  ])('%s: %s stays plain', (text, date, published) => {
    expect(kinds(text, published)).toContainEqual([date, 'date']);
  });
});

describe('round 37 and 38: documents dated, stress tests released, councils that meet', () => {
  const P = '2036-06-19T16:05:00-04:00';
  it.each([
    [
      'The SEC approved the funds. The approval order, dated 6/18/2036, requires each fund to act.',
      '6/18/2036',
    ],
    [
      'The Fed said in the stress test released on Wednesday, the 31 banks would lose $598 billion.',
      'Wednesday',
    ],
    ['The GST Council meets next week to consider lower rates.', 'next week'],
    ['The ECB retired the last of the emergency tools it rolled out in 2035.', '2035'],
  ])('%s → %s is a policy date', (text, date) => {
    expect(kinds(text, P)).toContainEqual([date, 'policy-date']);
  });

  it.each([
    ['The company letter, dated 6/18/2036, thanked staff.', '6/18/2036'],
    ['The report released on Wednesday showed sales rose.', 'Wednesday'],
  ])('%s: %s stays plain', (text, date) => {
    expect(kinds(text, P)).toContainEqual([date, 'date']);
  });
});

describe('policy dates: round 39 written forms', () => {
  const MARCH_2038 = '2038-03-18T10:20:00-04:00';

  it('reads a phase-in "starting in" a period, and a date set "as the deadline"', () => {
    expect(
      kinds('The changes would be phased in starting in the first quarter of 2039.', MARCH_2038),
    ).toContainEqual(['the first quarter of 2039', 'policy-date']);
    expect(
      kinds(
        'The FCA has set June 30 as the deadline for firms to tell it their plans.',
        MARCH_2038,
      ),
    ).toContainEqual(['June 30', 'policy-date']);
  });

  it('reads a decision dated right after its noun, whatever the economy does in the clause', () => {
    const october = '2038-10-29T18:20:00+01:00';
    expect(
      kinds(
        "Investors are focused on the Bank of England's decision next week as inflation trends diverged.",
        october,
      ),
    ).toContainEqual(['next week', 'policy-date']);
    // Never: the economy's own period, even beside a meeting named earlier.
    expect(
      kinds(
        'Retail sales rose at the fastest pace since the meeting in March as prices eased.',
        october,
      ),
    ).toEqual([['March', 'date']]);
  });

  it('never reads a date seen as some other key date, or a sale starting in a month, as an act', () => {
    expect(kinds('Analysts see June 30 as a key date for the stock.', MARCH_2038)).toEqual([
      ['June 30', 'date'],
    ]);
    expect(kinds('Sales of the new phone started in March.', MARCH_2038)).toEqual([
      ['March', 'date'],
    ]);
  });
});

describe('policy dates: round 39 written forms, second pass', () => {
  const APRIL_2038 = '2038-04-14T17:30:00+08:00';

  it.each([
    [
      'The exchange said it would narrow the minimum price spreads for 400 stocks from July 6.',
      'July 6',
    ],
    ['The People’s Bank of China sets its loan prime rates on April 20.', 'April 20'],
    ['The SFC told brokers in a circular on Tuesday that checks must be upgraded.', 'Tuesday'],
    ['ESMA said the first consolidated tape for bonds would go live on Sept. 7.', 'Sept. 7'],
    [
      'Rates would be phased in starting in the first quarter of 2039, with equity swaps following by the end of September 2039.',
      'September 2039',
    ],
    ['Traders have pushed the first quarter-point cut out to June.', 'June'],
    [
      'The Debt Management Office sold 4 billion pounds of 30-year gilts two weeks ago.',
      'two weeks ago',
    ],
  ])('%s → %s is a policy date', (text, date) => {
    expect(kinds(text, APRIL_2038)).toContainEqual([date, 'policy-date']);
  });

  it.each([
    // a company's own launch, price change or statement: no body's act
    ['The company said its app would go live on Sept. 7.', 'Sept. 7'],
    ['The retailer said it would cut prices from July 6.', 'July 6'],
    ['The bank said in a statement on Tuesday that profit rose.', 'Tuesday'],
    // a listing's own first day, a rule's effect on a business's outlook
    [
      'The CSRC completed the filing of a chipmaker whose shares are expected to start trading in late May.',
      'late May',
    ],
    ['Workiva said it expected the rule to lift demand in the second half.', 'the second half'],
    // a company's bond sale, past tense
    ['Apple sold $5 billion of 10-year notes two weeks ago.', 'two weeks ago'],
  ])('%s: %s stays plain', (text, date) => {
    expect(kinds(text, APRIL_2038)).toContainEqual([date, 'date']);
  });
});

describe('policy dates: round 40 written forms', () => {
  const NOV_2040 = '2040-11-21T14:48:00-05:00';

  it.each([
    [
      'The CSRC completed the filing for the proposed offering of a logistics unit, the group’s delivery arm, on Oct. 29.',
      'Oct. 29',
    ],
    ['The European Commission first tabled the package in May 2023.', 'May 2023'],
    ['Regulators first put the idea out for comment in September 2039.', 'September 2039'],
    [
      'The regulation, after two postponements, has applied to large companies since December 2026.',
      'December 2026',
    ],
    ['The Monetary Policy Committee next decides on March 21.', 'March 21'],
    ['Some preferred to wait at the Dec. 11-12 meeting, the minutes said.', 'Dec. 11-12'],
    ['Traders expect the policy rate to fall to around 3% by the end of June 2041.', 'June 2041'],
    [
      'Small lenders are exempt, but the agencies committed to revisiting the threshold by the end of 2043.',
      'the end of 2043',
    ],
    ['The Treasury sells 10-year notes today, after last week’s strong 30-year sale.', 'last week'],
    ['A soft jobs report lets the Fed move in September.', 'September'],
  ])('%s → %s is a policy date', (text, date) => {
    expect(kinds(text, NOV_2040)).toContainEqual([date, 'policy-date']);
  });

  it.each([
    // a company's own plan, filing, board, pledge or sale
    ['Apple first unveiled the plan in May 2023.', 'May 2023'],
    ['The company completed the filing of its annual report on Oct. 29.', 'Oct. 29'],
    ['The board meets on Tuesday to approve the dividend.', 'Tuesday'],
    ['Apple committed to buying back shares by the end of 2041.', 'the end of 2041'],
    ['After last week’s strong sale, Nike rose.', 'last week'],
  ])('%s: %s stays plain', (text, date) => {
    expect(kinds(text, NOV_2040)).toContainEqual([date, 'date']);
  });

  const ZH_NOV_2040 = '2040-11-14T19:20:00+08:00';

  it('reads a rule’s issue and each of its listed revisions, and a regulator’s symposium and notice', () => {
    expect(
      kinds('现行重组办法于2008年首次发布，先后于2014年、2020年和2035年三次修订。', ZH_NOV_2040),
    ).toEqual([
      ['2008年', 'policy-date'],
      ['2014年', 'policy-date'],
      ['2020年', 'policy-date'],
      ['2035年', 'policy-date'],
    ]);
    expect(kinds('证监会将于下周一（11月19日）在北京召开并购重组座谈会。', ZH_NOV_2040)).toEqual([
      ['下周一', 'policy-date'],
      ['11月19日', 'policy-date'],
    ]);
    expect(kinds('沪深交易所已于上周五向会员单位下发技术准备通知。', ZH_NOV_2040)).toEqual([
      ['上周五', 'policy-date'],
    ]);
  });

  it('never reads a company’s meeting, its listing, its figures or a statistic’s release as an act', () => {
    expect(kinds('公司将于下周一在深圳召开投资者说明会。', ZH_NOV_2040)).toEqual([
      ['下周一', 'date'],
    ]);
    expect(kinds('公司股票将于下周一在深交所上市。', ZH_NOV_2040)).toEqual([['下周一', 'date']]);
    expect(kinds('新规定实施后，统计局于15日发布数据。', ZH_NOV_2040)).toEqual([['15日', 'date']]);
    expect(
      kinds('港交所（00388）股價升1.8%，該公司上月公布的去年全年收入創新高。', ZH_NOV_2040),
    ).toEqual([
      ['上月', 'date'],
      ['去年全年', 'date'],
    ]);
  });
});

describe('policy dates: round 41 written forms', () => {
  const FEB_2043 = '2043-02-04T07:15:00-05:00';

  it.each([
    ['The FDA approved the pill 11 days ahead of its Feb. 14 goal date.', 'Feb. 14'],
    ['CMS published its list a day before the Feb. 1 statutory deadline.', 'Feb. 1'],
    ['Under the law, the negotiation period closes on Oct. 31, CMS said.', 'Oct. 31'],
    [
      'Key dates for drug policy: Feb. 28 — deadline to sign agreements March 1 — the CMS tariff begins',
      'March 1',
    ],
    ['CMS proposed new payment rates and has to finalize them by April 6.', 'April 6'],
    ['A 20% tariff on imported drugs will take effect at 12:01 a.m. on March 1.', 'March 1'],
    ['The tax itself became law in August 2022.', 'August 2022'],
    ['The SEC said the rule would apply to repurchases made after Dec. 31, 2042.', 'Dec. 31, 2042'],
    ['Commissioners voted 4-1 on Wednesday to require the tags.', 'Wednesday'],
    [
      'In its quarterly refunding decision on Wednesday, the Treasury held sizes steady.',
      'Wednesday',
    ],
    ['The SEC had first floated the idea in a concept release in July 2039.', 'July 2039'],
    [
      'The staff of the Division of Corporation Finance on Monday issued a no-action letter.',
      'Monday',
    ],
    ['SAMR cleared the deal on Friday, ending a review it opened in March.', 'March'],
    [
      'She expects the PBOC to trim its repo rate by 10 basis points in the fourth quarter.',
      'the fourth quarter',
    ],
    [
      'The price cap on Russian crude, currently $44.10 a barrel, comes up for its next automatic reset on July 15.',
      'July 15',
    ],
  ])('%s → %s is a policy date', (text, date) => {
    expect(kinds(text, FEB_2043)).toContainEqual([date, 'policy-date']);
  });

  it.each([
    // a company's disclosure, launch, buyback and a market's move
    ['Pfizer disclosed late Monday that the agency had extended its review.', 'Monday'],
    [
      'Lilly has said it will begin shipping the pill in the second quarter, the FDA said.',
      'the second quarter',
    ],
    [
      'JPMorgan announced a $40 billion share repurchase authorization, effective Nov. 1.',
      'Nov. 1',
    ],
    [
      'Oil prices crept higher on Wednesday as traders weighed a supply increase from OPEC+.',
      'Wednesday',
    ],
    // a company's own calendar, written as a list
    ['Apple’s dates: Feb. 28 — product launch event', 'Feb. 28'],
  ])('%s: %s stays plain', (text, date) => {
    expect(kinds(text, FEB_2043)).toContainEqual([date, 'date']);
  });
});

describe('policy dates: round 41 written forms, second pass', () => {
  const OCT_2042 = '2042-10-31T19:10:00+08:00';

  it.each([
    [
      'Traders have not forgotten September 2041, when the Ministry of Finance sold dollars for yen.',
      'September 2041',
    ],
    [
      'The BOJ will slow purchases, bringing buying down to about ¥1.9 trillion a month by the January-March quarter of 2044.',
      'January-March quarter of 2044',
    ],
    [
      'The BOJ board will review the schedule again at an interim assessment next June.',
      'next June',
    ],
  ])('%s → %s is a policy date', (text, date) => {
    expect(kinds(text, OCT_2042)).toContainEqual([date, 'policy-date']);
  });

  it.each([
    // a market's own past, a company's plan and its own review
    ['Traders recall March 2041, when yields jumped.', 'March 2041'],
    ['Sony aims at bringing costs down to ¥1.5 trillion by 2044.', '2044'],
    ['Apple will review its plan at an internal assessment next June.', 'next June'],
  ])('%s: %s stays plain', (text, date) => {
    expect(kinds(text, OCT_2042)).toContainEqual([date, 'date']);
  });
});

describe('policy dates: round 42 written forms', () => {
  it.each([
    [
      'OPEC+ members will also hold their monthly video call on Sunday, two people said.',
      'Sunday',
      '2044-11-16T08:05:00-05:00',
    ],
    [
      'OPEC+ has met often. At their last call, on Nov. 6, they agreed to raise output.',
      'Nov. 6',
      '2044-11-16T08:05:00-05:00',
    ],
    [
      'OPEC+ decided in June to keep its collective output ceiling unchanged through the end of next year.',
      'the end of next year',
      '2044-11-16T08:05:00-05:00',
    ],
    [
      'The U.S. Treasury set $125 billion of longer-dated debt sales for next week.',
      'next week',
      '2045-08-02T10:42:00-04:00',
    ],
    [
      'Federal Reserve officials signaled that a slowdown in their balance-sheet runoff will begin as scheduled next month.',
      'next month',
      '2045-08-02T10:42:00-04:00',
    ],
    [
      'The FOMC confirmed that the monthly cap on Treasury runoff will drop to $15 billion from $25 billion starting Sept. 1.',
      'Sept. 1',
      '2045-08-02T10:42:00-04:00',
    ],
    [
      'The EPA rule takes effect in January. The first fees are due by March 31, 2046.',
      'March 31, 2046',
      '2044-11-16T08:05:00-05:00',
    ],
    [
      'Some analysts think the Fed could move as soon as September if the figures soften.',
      'September',
      '2045-06-14T10:05:00-04:00',
    ],
    [
      'The FHFA said lenders may begin using the updated credit-score model from the first quarter of 2046.',
      'the first quarter of 2046',
      '2045-06-14T10:05:00-04:00',
    ],
    [
      'The FHFA will allow the new model, with the old model retired by the end of 2046.',
      'the end of 2046',
      '2045-06-14T10:05:00-04:00',
    ],
    [
      'The one-year loan prime rate was kept at 2.65% in February.',
      'February',
      '2047-03-11T17:10:00+08:00',
    ],
    [
      'Investors will watch whether the Ministry of Finance front-loads special bond issuance into the second quarter.',
      'the second quarter',
      '2047-03-11T17:10:00+08:00',
    ],
    [
      'He said the committee would mark up the Chip Security Act on July 24.',
      'July 24',
      '2047-07-16T09:00:00-04:00',
    ],
    [
      '6月9日晚间，中国证监会发布《上市公司股东减持股份管理办法（修订征求意见稿）》。',
      '6月9日',
      '2048-06-10T07:30:00+08:00',
    ],
    ['今年超长期特别国债将于4月24日首发。', '4月24日', '2046-04-16T11:20:00+08:00'],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it.each([
    [
      "Treasury's borrowing office on Monday lifted its estimate of borrowing for the July-September quarter.",
      '2045-08-02T10:42:00-04:00',
    ],
    [
      "Bill issuance should keep draining the Fed's reverse repo facility, which held $212 billion on Tuesday.",
      '2045-08-02T10:42:00-04:00',
    ],
    ['Investors could move as soon as September.', '2045-06-14T10:05:00-04:00'],
    ['6月9日，某公司发布《2047年年度报告》。', '2048-06-10T07:30:00+08:00'],
  ])('keeps plain: %s', (text, published) => {
    expect(kinds(text, published).filter(([, kind]) => kind === 'policy-date')).toEqual([]);
  });
});

describe('policy dates: round 43 written forms', () => {
  it.each([
    [
      "China's banks lowered the five-year loan prime rate by 10 basis points to 3.05% on Monday.",
      'Monday',
      '2047-05-20T18:40:00+08:00',
    ],
    [
      'On Saturday the Ministry of Finance allocated 1.5 trillion yuan of bond quota to provinces.',
      'Saturday',
      '2047-05-20T18:40:00+08:00',
    ],
    [
      "The People's Bank of China will fund it through a facility first set up in May 2044 and enlarged in the fourth quarter of 2045.",
      'the fourth quarter of 2045',
      '2047-05-20T18:40:00+08:00',
    ],
    [
      'The finance ministry said a debt-swap programme, which began in November 2044, would be completed by the end of September.',
      'the end of September',
      '2047-05-20T18:40:00+08:00',
    ],
    ['Congress races toward a Sept. 30 funding deadline.', 'Sept. 30', '2046-09-19T08:05:00-04:00'],
    [
      'House Appropriations chair Ann Ford said her panel would finish its full-year bills by mid-November.',
      'mid-November',
      '2046-09-19T08:05:00-04:00',
    ],
    [
      'The Treasury told lawmakers the department could run short of cash in the first half of November.',
      'the first half of November',
      '2046-09-19T08:05:00-04:00',
    ],
    [
      'Under the FDIC plan, a separate liquidity buffer would start at 50% of its full size in the first quarter of 2047 and reach full strength in 2049.',
      '2049',
      '2046-03-13T14:15:00-04:00',
    ],
    ['但須留意美國聯準會7月27至28日的利率決策。', '7月27至28日', '2049-06-16T14:35:00+08:00'],
    ['今年新增的超長期特別國債，將在第3季完成發行。', '第3季', '2049-06-16T14:35:00+08:00'],
    [
      '2048年1月1日至2049年12月31日购置的新能源汽车，减半征收车辆购置税。',
      '2048年1月1日至2049年12月31日',
      '2048-01-08T07:30:00+08:00',
    ],
    ['深圳市宣布，今年首批汽车消费券将于1月18日开放领取。', '1月18日', '2048-01-08T07:30:00+08:00'],
    [
      '工信部上月底就《智能网联汽车准入和上路通行管理规定》公开征求意见。',
      '上月底',
      '2048-01-08T07:30:00+08:00',
    ],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it.each([
    [
      "The BoE cut Bank Rate on Aug. 4, and another cut is less likely after July's figures showed inflation at 3.2%.",
      'July',
      '2044-09-09T17:05:00-04:00',
    ],
    [
      '商务部数据显示，2047年全国汽车以旧换新补贴申请量超过1200万份。',
      '2047年',
      '2048-01-08T07:30:00+08:00',
    ],
    [
      'The plant, a production facility first set up in May 2044, makes chips.',
      'May 2044',
      '2047-05-20T18:40:00+08:00',
    ],
  ])('keeps plain: %s', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'date']);
  });
});

describe('policy dates: round 44 written forms', () => {
  it.each([
    [
      'The EPA proposal would require coal units still running after Jan. 1, 2049, to capture 90% of their emissions.',
      'Jan. 1, 2049',
      '2044-11-09T10:20:00-05:00',
    ],
    [
      'Brussels wants the extension to apply from Jan. 1, 2047, with importers surrendering their first certificates by Sept. 30, 2048.',
      'Sept. 30, 2048',
      '2044-11-09T10:20:00-05:00',
    ],
    ['In Nairobi, COP49 opens Nov. 21.', 'Nov. 21', '2044-11-09T10:20:00-05:00'],
    [
      'House leaders want a floor vote before the August recess.',
      'August',
      '2045-05-16T17:10:00-04:00',
    ],
    [
      '国务院常务会议要求加快政府债券发行使用，并决定在今年6月至8月集中开展专项检查。',
      '今年6月至8月',
      '2048-06-05T06:00:00+08:00',
    ],
    [
      '纳税人可在2049年3月1日至6月30日办理2048年度个税汇算时享受。',
      '2049年3月1日至6月30日',
      '2048-06-05T06:00:00+08:00',
    ],
    ['城市房地产融资协调机制于2044年1月建立。', '2044年1月', '2046-11-14T17:20:00+08:00'],
    [
      '美國聯準會召開貨幣政策會議，將於台灣時間明（19）日凌晨2時公布利率決策。',
      '（19）日',
      '2047-09-18T13:50:00+08:00',
    ],
    ['若聯準會明年上半年累計降息幅度達3碼，美元走弱。', '明年上半年', '2047-09-18T13:50:00+08:00'],
    [
      '1月15日晚间，上交所发布修订后的《科创板股票发行上市审核规则》。',
      '1月15日',
      '2048-01-16T08:30:00+08:00',
    ],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it('keeps a company’s own requirement plain', () => {
    expect(
      kinds(
        'The effort will require technology by 2030 that does not exist today, Microsoft President Brad Smith said.',
        '2020-01-16T10:00:00-05:00',
      ),
    ).toEqual([['2030', 'date']]);
  });
});

describe('policy dates: round 45 written forms', () => {
  it.each([
    [
      'Under the proposal, components from a prohibited foreign entity would disqualify a vehicle from 2049.',
      '2049',
      '2047-08-14T15:45:00-04:00',
    ],
    [
      'The National Highway Traffic Safety Administration finalized matching fuel-economy standards in June.',
      'June',
      '2047-08-14T15:45:00-04:00',
    ],
    ["The Legislature's session ends May 1.", 'May 1', '2043-03-18T14:35:00-04:00'],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it('keeps a company’s own standards plain', () => {
    expect(
      kinds('Apple finalized new design standards in June.', '2047-08-14T15:45:00-04:00'),
    ).toEqual([['June', 'date']]);
  });
});

describe('policy dates: round 46 written forms', () => {
  it.each([
    [
      '按照规定，该股将于5月8日进入退市整理期，公司预计摘牌日为6月5日。',
      '5月8日',
      '2048-05-06T20:16:00+08:00',
    ],
    [
      '按照规定，该股将于5月8日进入退市整理期，公司预计摘牌日为6月5日。',
      '6月5日',
      '2048-05-06T20:16:00+08:00',
    ],
    ['北京证监局今日对中信证券（600030）出具警示函。', '今日', '2048-05-06T20:16:00+08:00'],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });
});

describe('policy dates: round 47 written forms', () => {
  const FEB_2047 = '2047-02-21T18:40:00-05:00';

  it('reads a timetable’s date cell by the row label on the line before it', () => {
    const table =
      'The FCC set the auction.\nAuction 121 timetable\nMilestone\nDate\n' +
      'Short-form application window opens\nMarch 26\nShort-form window closes (6 p.m. ET)\nApril 9\n' +
      'Bidding begins\nJune 10\nAT&T said last week that it intends to bid.';
    expect(kinds(table, FEB_2047)).toEqual([
      ['March 26', 'policy-date'],
      ['April 9', 'policy-date'],
      ['June 10', 'policy-date'],
      ['last week', 'date'],
    ]);
    // (a label that names no act leaves its cell plain)
    expect(kinds('Results calendar\nQuarter ends\nMarch 31\nShares rose.', FEB_2047)).toEqual([
      ['March 31', 'date'],
    ]);
  });

  it('reads an auction’s bidding start', () => {
    expect(kinds('The FCC said clock-phase bidding will begin June 10.', FEB_2047)).toEqual([
      ['June 10', 'policy-date'],
    ]);
  });
});

describe('policy dates: round 47 Chinese forms', () => {
  it.each([
    [
      '積金局行政總監表示，自2025年5月1日取消強積金「對沖」安排後，結餘已大為改善。',
      '2025年5月1日',
      '2046-11-21T07:00:00+08:00',
    ],
    [
      '澜起科技（688008）定增申请9月10日获上交所审核通过，尚需证监会注册。',
      '9月10日',
      '2046-09-17T06:00:00+08:00',
    ],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it('keeps a company’s own cancellation plain', () => {
    expect(kinds('公司自2046年1月1日取消年终奖。', '2046-11-21T07:00:00+08:00')).toEqual([
      ['2046年1月1日', 'date'],
    ]);
  });
});

describe('policy dates: round 47 English forms, second pass', () => {
  const JUNE_2045 = '2045-06-13T15:18:00-04:00';
  it.each([
    ['The regulator’s final text came later than the draft it issued in March.', 'March'],
    [
      'Under the Treasury plan, unpaid loans will be referred for collection starting Oct. 2.',
      'Oct. 2',
    ],
    ['The agency said seizures of tax refunds could begin as early as Nov. 6.', 'Nov. 6'],
    [
      'The Education Department said wage garnishment will restart no sooner than Jan. 8, 2046.',
      'Jan. 8, 2046',
    ],
    ['Borrowers should act before Sept. 29, the deadline to apply for rehabilitation.', 'Sept. 29'],
    ['OFAC said the licence covering the sale of the stations runs until Dec. 13.', 'Dec. 13'],
    ['The Justice Department’s waiting period expires March 4.', 'March 4'],
    ['At the FCC, petitions to deny the deal were due Nov. 19.', 'Nov. 19'],
    [
      'Senators asked the Education Department to delay the change until at least April 2046.',
      'April 2046',
    ],
  ])('%s → %s is a policy date', (text, word) => {
    expect(kinds(text, JUNE_2045)).toContainEqual([word, 'policy-date']);
  });

  it.each([
    ['The company said its new phones could ship as early as Nov. 6.', 'Nov. 6'],
    ['The retailer will be restocked starting Oct. 2, its chief executive said.', 'Oct. 2'],
    ['Her gym membership runs until Dec. 13.', 'Dec. 13'],
    ['The bonds were due Nov. 19, the company said.', 'Nov. 19'],
  ])('%s → %s stays plain', (text, word) => {
    expect(kinds(text, JUNE_2045)).toContainEqual([word, 'date']);
  });
});

describe('policy dates: round 48 English forms', () => {
  const SAT = '2041-11-09T07:00:00-05:00';
  const LEDE = 'Investors get a fresh read on prices in the coming week. ';
  it('reads a policy body’s decision due at an hour on a day, and a bond sale’s bare weekday', () => {
    expect(
      kinds(
        `${LEDE}The FOMC meets, with its rate decision due at 2 p.m. Eastern on Wednesday.`,
        SAT,
      ),
    ).toContainEqual(['Wednesday', 'policy-date']);
    expect(
      kinds(
        `${LEDE}The Treasury sells $42 billion of 10-year notes Tuesday and $25 billion of 30-year bonds Thursday.`,
        SAT,
      ),
    ).toEqual([
      ['Tuesday', 'policy-date'],
      ['Thursday', 'policy-date'],
    ]);
  });

  it('keeps a company’s decision plain', () => {
    expect(
      kinds(`${LEDE}Its dividend decision is due on Wednesday, the company said.`, SAT),
    ).toEqual([['Wednesday', 'date']]);
  });
});

describe('policy dates: round 49 English forms', () => {
  const MARCH_2047 = '2047-03-14T10:30:00-04:00';
  it.each([
    [
      'The U.S. Environmental Protection Agency on Wednesday finalised limits on coal plants.',
      'Wednesday',
    ],
    ['A panel of the D.C. Circuit on Feb. 26 froze the methane charge.', 'Feb. 26'],
    ['The EPA charge was due to be billed for the first time on June 3.', 'June 3'],
    ['Projects that begin construction in 2049 will receive 75% of the full credit.', '2049'],
  ])('%s → %s is a policy date', (text, word) => {
    expect(kinds(text, MARCH_2047)).toContainEqual([word, 'policy-date']);
  });

  it('keeps a company’s offer plain', () => {
    expect(
      kinds('Apple said buyers in 2049 will receive 10% of the price back.', MARCH_2047),
    ).toEqual([['2049', 'date']]);
  });

  it('reads a day set as a deadline ahead, and the day after "after" in its own past', () => {
    const FEB_2044 = '2044-02-04T13:05:00+00:00';
    expect(
      dated(
        'The FCA set 30 September as the deadline for lenders to write to customers.',
        FEB_2044,
      ),
    ).toContainEqual(['30 September', '2044-09-30']);
    expect(
      dated(
        'The DMO will sell gilts on Tuesday, after Wednesday’s sale of five-year gilts drew weak demand.',
        FEB_2044,
      ),
    ).toContainEqual(['Wednesday', '2044-02-03']);
  });
});

describe('policy dates: round 50 English forms', () => {
  const MARCH_2048 = '2048-03-06T10:00:00-05:00';
  it.each([
    [
      'The Fed spoke. Beginning March 16, the central bank will run a morning repo operation.',
      'March 16',
    ],
    [
      'The facility, created in July 2021, lets dealers swap Treasuries for cash at the Fed.',
      'July 2021',
    ],
    [
      'Under the FDIC rule, banks may elect to apply it from the start of the year.',
      'the start of the year',
    ],
    ['The Treasury set 11 operations, starting April 7, to buy back old bonds.', 'April 7'],
    ['The Treasury plans a purchase of up to $4 billion of 20-year bonds on April 14.', 'April 14'],
  ])('%s → %s is a policy date', (text, word) => {
    expect(kinds(text, MARCH_2048)).toContainEqual([word, 'policy-date']);
  });

  it('keeps a company’s start plain', () => {
    expect(
      kinds('So it goes. Beginning March 16, Apple will sell the phone in stores.', MARCH_2048),
    ).toEqual([['March 16', 'date']]);
  });
});

describe('policy dates: round 51 Chinese forms', () => {
  it.each([
    [
      '6月23日，工业和信息化部（以下简称工信部）正式发布新修订的《光伏制造行业规范条件》。',
      '6月23日',
      '2049-06-24T20:36:00+08:00',
    ],
    [
      '市场监管总局今年3月已就光伏产品价格行为对部分企业进行了提醒告诫。',
      '今年3月',
      '2049-06-24T20:36:00+08:00',
    ],
    ['北交所去年9月首次开通两融业务时，标的股票仅约80只。', '去年9月', '2044-06-13T06:30:00+08:00'],
    ['存量合约可申请展期，但最晚不得晚于今年年底。', '今年年底', '2044-06-13T06:30:00+08:00'],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it('keeps a company’s disclosure date and its shareholders’ meeting plain', () => {
    const APRIL_2048 = '2048-04-22T21:45:00+08:00';
    expect(kinds('五粮液今日公告，年报预约披露时间由4月24日调整至4月29日。', APRIL_2048)).toEqual([
      ['今日', 'date'],
      ['4月24日', 'date'],
      ['4月29日', 'date'],
    ]);
    expect(kinds('贝特瑞定于本周五召开年度股东大会。', APRIL_2048)).toEqual([['本周五', 'date']]);
  });

  it('reads 当年 with the year the text last wrote', () => {
    expect(
      dated(
        '2043年7月，证监会实施逆周期调节；当年10月23日起，保证金比例上调。',
        '2044-06-13T06:30:00+08:00',
      ),
    ).toEqual([
      ['2043年7月', '2043-07'],
      ['当年10月23日', '2043-10-23'],
    ]);
  });
});

describe('policy dates: round 52 Chinese forms', () => {
  it.each([
    [
      '第十二批国家组织药品集中采购将于12月10日在上海开标。',
      '12月10日',
      '2046-11-19T07:00:00+08:00',
    ],
    [
      '创新药品目录也将于明年1月1日与基本医保目录同步实施。',
      '明年1月1日',
      '2046-11-19T07:00:00+08:00',
    ],
    ['地政總署推出啟德住宅地招標，將於8月30日截標。', '8月30日', '2047-08-13T16:45:00+08:00'],
    [
      '上周三（5月19日）中證監向兩家擬赴港上市的科技企業發出境外上市備案通知書。',
      '5月19日',
      '2049-05-26T07:30:00+08:00',
    ],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it('keeps a market moving the same day plain', () => {
    expect(kinds('陸股ETF昨日同步走揚。', '2045-10-20T05:30:00+08:00')).toEqual([['昨日', 'date']]);
  });
});

describe('policy dates: round 53 forms', () => {
  it.each([
    [
      'The Energy Department’s loan office said it closed a $2.4 billion loan guarantee on Sept. 14.',
      'Sept. 14',
      '2046-09-21T05:30:00-04:00',
    ],
    [
      'A Treasury notice sets a safe harbor that runs through June 30, 2048.',
      'June 30, 2048',
      '2046-09-21T05:30:00-04:00',
    ],
    [
      'The European Insurance and Occupational Pensions Authority is consulting until 28 February.',
      '28 February',
      '2047-02-05T06:00:00+00:00',
    ],
    [
      'The RBI governor said the next review would be held on Aug. 3-5.',
      'Aug. 3-5',
      '2044-06-10T13:45:00Z',
    ],
    [
      'The investment tax credit expires at the end of 2046 unless Congress extends it.',
      'the end of 2046',
      '2046-03-14T15:42:00-04:00',
    ],
    [
      'The Commerce Department said Samsung was not part of Wednesday’s changes.',
      'Wednesday',
      '2046-03-14T15:42:00-04:00',
    ],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it('reads the year of a participle told before its day, a modal weekday and an application deadline', () => {
    expect(
      dated(
        'This year’s final notice, released April 6, raised payments.',
        '2048-10-27T17:10:00-04:00',
      ),
    ).toEqual([
      ['This year', '2048'],
      ['April 6', '2048-04-06'],
    ]);
    expect(
      dated('Shoppers can start comparing plans on Sunday.', '2048-10-27T17:10:00-04:00'),
    ).toEqual([['Sunday', '2048-11-01']]);
    expect(
      dated('个人消费者提交补贴申请的截止日期为12月31日。', '2046-05-17T07:30:00+08:00'),
    ).toEqual([['12月31日', '2046-12-31']]);
  });
});

describe('policy dates: round 56 English forms', () => {
  it.each([
    [
      'In Los Angeles, the City Council will vote Sept. 12 on a proposal to raise the wage.',
      'Sept. 12',
      '2045-08-04T10:42:00-04:00',
    ],
    [
      'The exchange is adding pressure. From April 1, firms in its Prime market must publish English reports.',
      'April 1',
      '2044-03-22T06:00:00-04:00',
    ],
    [
      'The Ministry of Finance said it had spent ¥5.3 trillion buying yen between Jan. 29 and Feb. 26.',
      'Jan. 29 and Feb. 26',
      '2044-03-22T06:00:00-04:00',
    ],
  ])('%s → %s is a policy date', (text, word, published) => {
    expect(kinds(text, published)).toContainEqual([word, 'policy-date']);
  });

  it('keeps shareholders’ vote plain', () => {
    expect(
      kinds(
        'Shareholders will vote Sept. 12 on the deal, the company said.',
        '2045-08-04T10:42:00-04:00',
      ),
    ).toEqual([['Sept. 12', 'date']]);
  });
});
