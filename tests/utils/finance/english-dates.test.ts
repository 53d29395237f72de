import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';
import { findEnglishDates } from '../../../utils/finance/english-dates';

// Wednesday 8 May 2024: its week runs from Monday 6 to Sunday 12 May.
const REF = '2024-05-08T10:00:00-04:00';
const dates = (text: string, published: string = REF) =>
  matchDates(text, published).map((d) => [d.text, d.value, d.until ?? null]);
const values = (text: string, published: string = REF) =>
  matchDates(text, published).map((d) => d.value);

describe('English relative days', () => {
  it.each([
    ['Shares fell yesterday.', 'yesterday', '2024-05-07'],
    ['The vote is tomorrow.', 'tomorrow', '2024-05-09'],
    ['Tomorrow’s meeting is key.', 'Tomorrow', '2024-05-09'],
    ['Yesterday, the index rose.', 'Yesterday', '2024-05-07'],
    ['It closed the day before yesterday.', 'the day before yesterday', '2024-05-06'],
    ['The day after tomorrow, talks resume.', 'The day after tomorrow', '2024-05-10'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toEqual([[span, value, null]]);
  });

  it('reads "today" only where a word pins it to the day', () => {
    expect(values('The rule is effective today.')).toEqual(['2024-05-08']);
    expect(values('as of today')).toEqual(['2024-05-08']);
    expect(values('The Fed will announce its decision later today.')).toEqual(['2024-05-08']);
    expect(values("Stocks rose in today's session.")).toEqual(['2024-05-08']);
    expect(values('Today’s meeting ends at noon.')).toEqual(['2024-05-08']);
    expect(values("Yesterday's news conference")).toEqual(['2024-05-07']);
  });

  it.each([
    'Today, banks face pressure from every side.',
    'Investors today want yield.',
    'USA Today reported the story.',
    "USA Today's report",
    'the bank of tomorrow',
    'tomorrow’s leaders',
    'the markets of yesterday',
  ])('finds no day in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('English times counted back, and parts of the day', () => {
  it.each([
    ['The project started two weeks ago.', 'two weeks ago', '2024-04-24'],
    ['Prices peaked 3 months ago.', '3 months ago', '2024-02'],
    ['A year ago, shares fell.', 'A year ago', '2023'],
    ['The bank was bailed out a decade ago.', 'a decade ago', '2014'],
    ['The index fell this morning.', 'this morning', '2024-05-08'],
    ['The Fed speaks tonight.', 'tonight', '2024-05-08'],
    ['Futures slid last night.', 'last night', '2024-05-07'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toEqual([[span, value, null]]);
  });

  it.each([
    'Sales rose 5% from a year ago.', // a comparison's base
    'Two years earlier, it had listed.', // counted from another date
    'It happened years ago.',
    'It happened a few days ago.',
    'He hosted the Tonight Show.',
    // A named day is not the weekday nearest the story.
    'Black Friday sales were strong.',
    'Markets close on Good Friday.',
    'The crash of Black Monday still haunts traders.',
  ])('finds no date in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('English months alone, by what stands around them', () => {
  it.each([
    ['Some want to skip December.', 'December', '2024-12'],
    ['They see cuts in both December and January.', 'December', '2024-12'],
    ['Markets price a December cut.', 'December', '2024-12'],
    ['Economists expect core PCE to slow to 2.8% for October.', 'October', '2024-10'],
    ['That could reset the mood for the rest of December.', 'December', '2024-12'],
    ['Costco posts its December sales update next week.', 'December', '2024-12'],
    ['Revisions to the August and September totals were small.', 'August', '2024-08'],
  ])('%s', (text, span, value) => {
    expect(dates(text, '2024-10-28T14:26:00-04:00')[0]).toEqual([span, value, null]);
  });

  it('reads the second month of a pair ("December and January")', () => {
    expect(
      values('They see cuts in both December and January.', '2024-10-28T14:26:00-04:00'),
    ).toEqual(['2024-12', '2025-01']);
  });

  it('reads "since 6 April" and "warned on Thursday" as behind the story', () => {
    expect(values('The rules have been in force since 6 April.', '2026-12-02T07:30:00Z')).toEqual([
      '2026-04-06',
    ]);
    expect(
      values('Next warned on Thursday that sales would slow.', '2026-11-28T07:00:00Z'),
    ).toEqual(['2026-11-26']);
  });

  it('reads "figures released on Friday" behind the story, "to be released" ahead', () => {
    const ref = '2026-11-17T16:10:00-05:00'; // a Tuesday
    expect(values('PPI edged up, according to figures released on Friday.', ref)).toEqual([
      '2026-11-13',
    ]);
    expect(values('Retail figures are to be released on Friday.', ref)).toEqual(['2026-11-20']);
  });

  it('reads the first quarter / second half of next year, and a meeting recalled with "when"', () => {
    const ref = '2026-11-05T12:41:00Z';
    expect(values('Unemployment peaks in the first quarter of next year.', ref)).toEqual([
      '2027-Q1',
    ]);
    expect(values('Growth picks up in the second half of next year.', ref)).toEqual(['2027-H2']);
    expect(
      values('He recalled the decision in the March meeting, when the MPC paused.', ref),
    ).toEqual(['2026-03']);
  });

  it('leaves "may" the verb and a month-name surname alone', () => {
    expect(dates('Rates may fall; both may rise.')).toEqual([]);
  });

  it('reads a weekday ahead when what is told of it, after it, is expected', () => {
    const saturday = '2041-04-13T08:30:00-04:00';
    expect(values('Jobless claims on Thursday are expected at 224,000.', saturday)).toEqual([
      '2041-04-18',
    ]);
    expect(values('On Wednesday, the consumer price index is forecast to rise.', saturday)).toEqual(
      ['2041-04-17'],
    );
    // Never: a past expectation, or a past day with a forecast later in its sentence
    expect(values('Sales on Thursday were expected to rise but fell.', saturday)).toEqual([
      '2041-04-11',
    ]);
    // (nor one in the next sentence: "on Monday, as expected. Tencent is due to report…")
    expect(
      values(
        'China kept its rate at 2.8% on Monday, as expected. Tencent is due to report.',
        saturday,
      ),
    ).toEqual(['2041-04-08']);
    expect(
      values('Tesla rose on Wednesday, and the stock is expected to climb.', saturday),
    ).toEqual(['2041-04-10']);
  });

  it('reads "the final quarter of 2040", and leaves a game’s final quarter alone', () => {
    const ref = '2041-02-26T11:15:00Z';
    expect(dates('Output grew in the final quarter of 2040.', ref)).toEqual([
      ['the final quarter of 2040', '2040-Q4', null],
    ]);
    expect(dates('They scored twice in the final quarter.', ref)).toEqual([]);
  });

  it('reads a month something is moved to (pushed out to June, postponed to May)', () => {
    const ref = '2038-02-10T16:45:00-05:00';
    expect(values('Traders pushed the first cut out to June.', ref)).toEqual(['2038-06']);
    expect(values('The vote was postponed to May.', ref)).toEqual(['2038-05']);
    // Never: a person of that name, after the same words
    expect(dates('He handed the file back to June Smith.', ref)).toEqual([]);
    expect(dates('The letter was moved to May Brennan.', ref)).toEqual([]);
  });
});

describe('English weeks', () => {
  it.each([
    ['Rates were cut this week.', 'this week', '2024-05-06', '2024-05-12'],
    ['The Fed meets next week.', 'next week', '2024-05-13', '2024-05-19'],
    ['Shares fell last week.', 'last week', '2024-04-29', '2024-05-05'],
    ['Last week, rates rose.', 'Last week', '2024-04-29', '2024-05-05'],
  ])('%s: the week is its Monday until its Sunday', (text, span, monday, sunday) => {
    expect(dates(text)).toEqual([[span, monday, sunday]]);
  });

  it.each(['over the last week', 'in the next week or two', 'over the last year'])(
    'finds no date in the span %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );

  it('keeps "the last quarter", which names a quarter', () => {
    expect(values('profit in the last quarter')).toEqual(['2024-Q1']);
  });

  it('finds no day in "every Monday"', () => {
    expect(dates('The fund reprices every Monday.')).toEqual([]);
  });
});

describe('an index named by its count of stocks is no year', () => {
  it('reads the Russell 2000 and 中证2000 as indices, and 2000 alone as the year', () => {
    expect(
      values('The Russell 2000 rose 1%; the CSI 2000 fell. In 2000 the bubble burst.'),
    ).toEqual(['2000']);
    expect(values('中证2000指数上涨，国证2000亦涨。')).toEqual([]);
  });
});

describe('English ordinal days', () => {
  it('reads the day in the direction of the tense', () => {
    expect(dates('The Fed meets on the 27th.')).toEqual([['the 27th', '2024-05-27', null]]);
    expect(dates('Shares fell on the 22nd, after the report.')).toEqual([
      ['the 22nd', '2024-04-22', null],
    ]);
    expect(dates('Payment is due by the 3rd.')).toEqual([['the 3rd', '2024-06-03', null]]);
    expect(dates('Trading resumed on the 6th.')).toEqual([['the 6th', '2024-05-06', null]]);
  });

  it('reads "of next month" and "22nd of March"', () => {
    expect(dates('the 3rd of next month')).toEqual([['the 3rd of next month', '2024-06-03', null]]);
    expect(dates('on the 22nd of March')).toEqual([['22nd of March', '2024-03-22', null]]);
  });

  it('reads a day in words with its month written', () => {
    expect(dates('The duty starts on the first of next month.')).toEqual([
      ['the first of next month', '2024-06-01', null],
    ]);
    expect(dates('Bids are due by the twenty-first of this month.')).toEqual([
      ['the twenty-first of this month', '2024-05-21', null],
    ]);
  });

  it('never reads a count in words or a quarter-point move as a date', () => {
    expect(dates('He came first of all, the second of three.')).toEqual([]);
    expect(dates('It was the second quarter-point reduction in a row.')).toEqual([]);
    expect(dates('It was the first quarter point cut.')).toEqual([]);
  });

  it.each([
    'on the 22nd floor',
    'at the 19th Party Congress',
    'since the 20th century',
    'by the 15th Five-Year Plan',
    'the 27th straight session',
    'on the 22th', // not an ordinal
  ])('finds no day in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('English decades', () => {
  it.each([
    ['in the 1990s', 'the 1990s', '1990', '1999'],
    ['since the 1970s', 'the 1970s', '1970', '1979'],
    ['1990s-era rules', '1990s', '1990', '1999'],
    ["in the '90s", "the '90s", '1990', '1999'],
    ['early-’80s', 'early-’80s', '1980', '1989'],
    ['the 2020s', 'the 2020s', '2020', '2029'],
  ])('%s', (text, span, value, until) => {
    expect(dates(text)).toEqual([[span, value, until]]);
  });

  it('keeps early, mid and late as the part', () => {
    const [d] = matchDates('in the mid-1990s', REF);
    expect([d?.text, d?.value, d?.until, d?.part]).toEqual([
      'the mid-1990s',
      '1990',
      '1999',
      'mid',
    ]);
  });

  it.each(['shares in the 90s', 'temperatures in the 80s', '$1990s', '1995s'])(
    'finds no decade in %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});

describe('numeric dates', () => {
  it.each([
    ['Apple reports on 4/22.', '4/22', '2024-04-22'],
    ['Earnings 4/22 beat estimates.', '4/22', '2024-04-22'],
    ['Closed on 5/3 for the holiday.', '5/3', '2024-05-03'],
    ['Results as of 3/31 show gains.', '3/31', '2024-03-31'],
    ['Tuesday 5/7 session', 'Tuesday 5/7', '2024-05-07'],
    ['The notes mature 4/22/2025.', '4/22/2025', '2025-04-22'],
    ['The notes mature 4/22/25.', '4/22/25', '2025-04-22'],
    ['Filed 22/04/2025.', '22/04/2025', '2025-04-22'],
    ['Filed 04/05/2025.', '04/05/2025', '2025-04-05'],
    ['The filing dated 2024-01-29 shows it.', '2024-01-29', '2024-01-29'],
    ['Published 2024/1/29.', '2024/1/29', '2024-01-29'],
    ['Published 2024.01.29.', '2024.01.29', '2024-01-29'],
    ['截至4/22收盘', '4/22', '2024-04-22'],
    ['5/3之前完成', '5/3', '2024-05-03'],
  ])('%s', (text, span, value) => {
    expect(dates(text).filter((d) => d[0] === span)).toEqual([[span, value, null]]);
  });

  it('reads the day first when the caller says the page does', () => {
    const ref = new Date('2025-05-02T10:00:00Z');
    const read = (text: string, dayFirst?: boolean) =>
      findEnglishDates(text, ref, { dayFirst }).map((f) => [f.parts.month, f.parts.day]);
    expect(read('from 04/05/2025', true)).toEqual([[5, 4]]);
    expect(read('from 04/05/2025')).toEqual([[4, 5]]);
    // A second number over 12 cannot be a month: month-first whatever the hint.
    expect(read('on 4/22/2025', true)).toEqual([[4, 22]]);
  });

  it.each([
    '4/5', // no cue, and the day could be a share
    'A 2/3 majority approved it.',
    'approved by 2/3 of holders',
    'Output was cut by 1/3.',
    'about 1/2 of the float',
    'It rose to 5/16 of capacity.',
    'a 3/16 inch gap',
    'open 24/7',
    'after 9/11',
    'priced at $4/22',
    'ratio 4/22.5',
    'the 3/4% coupon',
    '1/3的股份',
    'a 60/40 portfolio',
    'the 50/30/20 rule',
  ])('finds no date in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('findEnglishDates: the tense of the sentence', () => {
  const values = (text: string) =>
    matchDates(text, '2025-01-16T17:10:00-05:00').map((d) => [d.text, d.value]);

  it('reads a quarter not yet begun as last year’s in a sentence about the past', () => {
    expect(values('Its fourth-quarter profit more than doubled.')).toEqual([
      ['fourth-quarter', '2024-Q4'],
    ]);
    // In mid-January the fourth quarter's revenue is the one just ended, still to be
    // reported (held-out labellers read it so); a forecast of a period is ahead.
    expect(values('Analysts expect fourth-quarter revenue to rise.')).toEqual([
      ['fourth-quarter', '2024-Q4'],
    ]);
    expect(values('The bank expects inflation to peak in the fourth quarter.')).toEqual([
      ['the fourth quarter', '2025-Q4'],
    ]);
    expect(values('Revenue in the first quarter rose 3%.')).toEqual([
      ['the first quarter', '2025-Q1'],
    ]);
  });

  it('looks back from "through April" when the sentence is in the past, and ahead when not', () => {
    expect(values('Prices rose 2.7% in the 12 months through April.')).toEqual([
      ['April', '2024-04'],
    ]);
    expect(values('The waiver runs through April.')).toEqual([['April', '2025-04']]);
  });

  it('reads "The 22nd is…" at the start of a sentence, and a scheduled release ahead', () => {
    expect(values('Markets wait. The 22nd is also when the IMF updates its outlook.')).toEqual([
      ['The 22nd', '2025-01-22'],
    ]);
    expect(values('The 22nd floor was empty.')).toEqual([]);
    expect(values('The Federal Reserve releases its own figures on Friday.')).toEqual([
      ['Friday', '2025-01-17'],
    ]);
  });
});

describe('A weekday takes the week its sentence looks to', () => {
  // Friday 24 July 2026 and Monday 17 November 2025.
  const FRIDAY = '2026-07-24T17:40:00-04:00';
  const MONDAY = '2025-11-17T07:15:00-05:00';

  it('with no cue, the nearer day wins', () => {
    expect(values('Home Depot opens the run on Tuesday.', MONDAY)).toEqual(['2025-11-18']);
    expect(values('Ford gained on Thursday.', FRIDAY)).toEqual(['2026-07-23']);
  });

  it('a week the story named before holds its weekdays', () => {
    expect(
      values('Next week brings the heaviest run of reports. Visa (V) on Tuesday.', FRIDAY),
    ).toEqual(['2026-07-27', '2026-07-28']);
  });

  it('a calendar line keeps its list ahead, and the filing day a week on where next week is meant', () => {
    expect(
      values(
        'Watts Water (WTS) and Mueller Industries (MLI) report on Tuesday and Wednesday respectively, and Lincoln Electric (LECO) on Thursday.',
        FRIDAY,
      ),
    ).toEqual(['2026-07-28', '2026-07-29', '2026-07-30']);
    expect(
      values('Grainger reports on Friday and is the only large cap on next week’s list.', FRIDAY),
    ).toEqual(['2026-07-31', '2026-07-27']);
    // (the filing day's own weekday, said of it, stays that day)
    expect(values('The Labor Department said on Friday that hiring slowed.', FRIDAY)).toEqual([
      '2026-07-24',
    ]);
    // a cut the futures price is ahead ("a quarter-point cut" is a noun, not the past)
    expect(
      values('Futures price about a 60% chance of a quarter-point cut on Wednesday.', FRIDAY),
    ).toEqual(['2026-07-29']);
  });

  it('a past verb after the weekday looks back, a future word before it ahead', () => {
    expect(
      values('Next week is busy. The White House on Wednesday released a plan.', FRIDAY),
    ).toEqual(['2026-07-27', '2026-07-22']);
    expect(values("In Thursday's session, 2 million shares traded.", FRIDAY)).toEqual([
      '2026-07-23',
    ]);
    expect(values('Apple reports on Thursday after the close.', FRIDAY)).toEqual(['2026-07-30']);
  });

  it('a rate kept or left unchanged, or a move past a decimal figure, looks back', () => {
    // On a Friday the coming Monday is nearer: only the verb says the story is about the last one.
    expect(values('China kept its benchmark lending rates unchanged on Monday.', FRIDAY)).toEqual([
      '2026-07-20',
    ]);
    expect(values('The PBOC left its rates on hold on Monday.', FRIDAY)).toEqual(['2026-07-20']);
    expect(values('The five-year yield rose to 4.1% on Monday.', FRIDAY)).toEqual(['2026-07-20']);
    // never: a modal before "cut", or "left" as what remains
    expect(values('The central bank will cut rates on Monday.', FRIDAY)).toEqual(['2026-07-27']);
    expect(values('With two days left before the vote on Monday, talks went on.', FRIDAY)).toEqual([
      '2026-07-27',
    ]);
  });

  it('a release that is published on a weekday, and a body that sets rates on one, look ahead', () => {
    // Thursday 10 February 2028, and a Sunday preview of the week ahead
    const THURSDAY = '2028-02-10T18:20:00-05:00';
    const SUNDAY = '2028-01-09T17:45:00-05:00';
    expect(
      values('The index rose 2.7% from a year earlier when it is published on Tuesday.', THURSDAY),
    ).toEqual(['2028-02-15']);
    expect(values('The Bank of Korea sets interest rates on Thursday.', SUNDAY)).toEqual([
      '2028-01-13',
    ]);
    // never: a report that was published on the day
    expect(values('The report was published on Tuesday.', THURSDAY)).toEqual(['2028-02-08']);
  });

  it('a proposal or plan unveiled on a weekday looks back; one proposed for a day does not', () => {
    // On a Friday the coming Monday is nearer.
    expect(values('The SEC proposed the rule on Monday.', FRIDAY)).toEqual(['2026-07-20']);
    expect(values('The ministry unveiled its plan on Monday.', FRIDAY)).toEqual(['2026-07-20']);
    // never: a participle that describes, or a proposal to act on the day
    expect(values('The rule is expected to be proposed on Monday.', FRIDAY)).toEqual([
      '2026-07-27',
    ]);
    expect(values('The group proposed to meet on Monday.', FRIDAY)).toEqual(['2026-07-27']);
  });

  it("the publish day's own weekday is that day", () => {
    expect(values('Next week is busy. Stocks finished Friday near highs.', FRIDAY)).toEqual([
      '2026-07-27',
      '2026-07-24',
    ]);
  });
});

describe('English quarter and year-end shorthands', () => {
  it.each([
    ['3Q25 sales dropped.', '3Q25', '2025-Q3'],
    ['Sales in 3Q 2025 dropped.', '3Q 2025', '2025-Q3'],
    ['Guidance for 2Q26 was cut.', '2Q26', '2026-Q2'],
    ["Sales in Q3'25 dropped.", "Q3'25", '2025-Q3'],
    ['Sales in Q3 FY25 dropped.', 'Q3 FY25', '2025-Q3'],
    ['By year-end 2026 the target must be met.', 'year-end 2026', '2026-12'],
    ['Rates should be lower by year-end.', 'year-end', '2024-12'],
    ['By year-end, the target must be met.', 'year-end', '2024-12'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toEqual([[span, value, null]]);
  });

  it.each([
    'The year-end rally lifted stocks.',
    'By year-end bonuses were paid.',
    'the 3Q model and Q3X chips',
    'a 4Q-rated bond',
  ])('finds no date in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('English day ranges', () => {
  it.each([
    ['The ECB meets on 17-18 July.', '17-18 July', '2024-07-17', '2024-07-18'],
    ['The ECB met on 29–30 April.', '29–30 April', '2024-04-29', '2024-04-30'],
    ['The summit runs 3 to 5 June.', '3 to 5 June', '2024-06-03', '2024-06-05'],
    ['The summit runs June 3 to 5.', 'June 3 to 5', '2024-06-03', '2024-06-05'],
    ['The Fed meets on June 11 and 12.', 'June 11 and 12', '2024-06-11', '2024-06-12'],
  ])('%s', (text, span, value, until) => {
    expect(dates(text)).toEqual([[span, value, until]]);
  });

  it('keeps a number that is no later day out of the range', () => {
    expect(dates('The vote is on May 15 and 3 others follow.')).toEqual([
      ['May 15', '2024-05-15', null],
    ]);
    const spans = (text: string) => matchDates(text, REF).map((d) => [d.text, d.until ?? null]);
    expect(spans('It ran June 3 to 5 p.m. on the day.')).toEqual([['June 3', null]]);
    expect(spans('Yields rose on June 3 to 5.2%.')).toEqual([['June 3', null]]);
  });
});

describe('English ordinal days before the clause’s verb', () => {
  it('reads the day when its verb follows', () => {
    expect(dates('The meeting on the 10th will set rates.')).toEqual([
      ['the 10th', '2024-05-10', null],
    ]);
    expect(dates('The deadline is the 27th.')).toEqual([['the 27th', '2024-05-27', null]]);
  });

  it.each(['on the 10th floor will be offices', 'It was the 5th in a row.', 'It is the 3rd time.'])(
    'finds no day in %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});

describe('dates joined as a span or a pair share one sweep of time', () => {
  const DEC = '2026-12-02T10:00:00-05:00';
  it('places the pair together, the way its clause points', () => {
    // (each is one span now, at its start's value, until its end)
    const span = (text: string) => matchDates(text, DEC).map((d) => [d.value, d.until ?? null]);
    expect(span('From Jan. 5 to Jan. 9 the fund was closed.')).toEqual([
      ['2026-01-05', '2026-01-09'],
    ]);
    expect(span('Between March and May the yield fell.')).toEqual([['2026-03', '2026-05']]);
    expect(values('今年3月和5月，收益率下降了。', DEC)).toEqual(['2026-03', '2026-05']);
  });

  it('leaves dates that are no span alone', () => {
    // (and "pushed back in March", told in the past, is this year's March)
    expect(values('The SEC pushed the rule back in March to June 11, 2026.', DEC)).toEqual([
      '2026-03',
      '2026-06-11',
    ]);
    expect(
      matchDates('The sale runs from Nov. 20 to Jan. 10.', DEC).map((d) => [d.value, d.until]),
    ).toEqual([['2026-11-20', '2027-01-10']]);
  });
});

describe('English months read from the words around them', () => {
  const DEC = '2026-12-15T07:32:00+00:00';
  it.each([
    ['The jobless rate rose to 5.2% in the three months to October.', 'October', '2026-10'],
    ['Inflation was 3.4% in the year to September.', 'September', '2026-09'],
    ['TSMC, whose October sales rose 31%, leads the group.', 'October', '2026-10'],
    ['She expects Bank Rate to reach 3% by June next year.', 'June next year', '2027-06'],
    ['Prices peaked in March last year.', 'March last year', '2025-03'],
    ['Inflation data is due at 7am on Wednesday 16/12/2026.', 'Wednesday 16/12/2026', '2026-12-16'],
    ['The board met on Tuesday 1 December.', 'Tuesday 1 December', '2026-12-01'],
  ])('%s', (text, span, value) => {
    expect(matchDates(text, DEC).map((d) => [d.text, d.value])).toEqual([[span, value]]);
  });

  it('keeps a month and a following "next year" apart across a comma', () => {
    expect(matchDates('In June, next year looks bright.', DEC).map((d) => d.text)).toEqual([
      'June',
      'next year',
    ]);
  });
});

describe('English counts forward from the publish date, and the start of a year', () => {
  const DEC = '2026-12-02T10:00:00-05:00';
  it.each([
    ['The vote comes two weeks from now.', 'two weeks from now', '2026-12-16'],
    ['Payment is due three days from today.', 'three days from today', '2026-12-05'],
    ["The review ends in a month's time.", "in a month's time", '2027-01'],
    ['The tax takes effect at the start of 2027.', 'the start of 2027', '2027-01'],
    ['At the beginning of next year, rates fall.', 'the beginning of next year', '2027-01'],
  ])('%s', (text, span, value) => {
    expect(matchDates(text, DEC).map((d) => [d.text, d.value])).toEqual([[span, value]]);
  });

  it.each(['Sales rose 5% in two weeks.', 'It is time to act.', 'He spent two weeks in Paris.'])(
    'finds no date in %s',
    (text) => {
      expect(matchDates(text, DEC)).toEqual([]);
    },
  );
});

describe('English dates: weekdays of a date, releases, counts and tense (round 10)', () => {
  const DEC = '2026-12-15T11:20:00+08:00';
  const spans = (text: string) => matchDates(text, DEC).map((d) => [d.text, d.value]);
  it('leaves the weekday a date falls on, and a weekday as a kind of thing, out', () => {
    expect(
      spans('The next fixing falls on Dec. 21, a Monday, because the 20th is a Sunday.'),
    ).toEqual([
      ['Dec. 21', '2026-12-21'],
      ['the 20th', '2026-12-20'],
    ]);
    expect(spans('He will be on the Sunday talk shows.')).toEqual([]);
  });

  it('reads a month before "trade figures", "more than four years ago", "May of next year"', () => {
    expect(spans('December trade figures are due in mid-January.')).toEqual([
      ['December', '2026-12'],
      ['mid-January', '2027-01'],
    ]);
    expect(spans('A deflationary streak began more than four years ago.')).toEqual([
      ['four years ago', '2022'],
    ]);
    expect(spans('The cap could bind between March and May of next year.')).toEqual([
      ['March and May of next year', '2027-03'],
    ]);
  });

  it('reads "set in March" as past and "expected to … before" as ahead, but "will set" stays ahead', () => {
    expect(spans('It matches the official target of "around 5%" set in March.')).toEqual([
      ['March', '2026-03'],
    ]);
    expect(
      spans('The firm expected to close two deals before the end of the first quarter.'),
    ).toEqual([['the end of the first quarter', '2027-03']]);
    expect(spans('The Fed will set rates in March.')).toEqual([['March', '2027-03']]);
  });
});

describe('English spans written with to, through and between', () => {
  const NOV = '2026-11-18T07:00:00+00:00';
  const spans = (text: string) =>
    matchDates(text, NOV).map((d) => [d.text, d.value, d.until ?? null]);
  it('reads one span, at the value of its start', () => {
    expect(spans('Ofgem sets its price cap for January to March.')).toEqual([
      ['January to March', '2027-01', '2027-03'],
    ]);
    expect(spans('A cut between January and March is likely.')).toEqual([
      ['January and March', '2027-01', '2027-03'],
    ]);
    expect(spans('The fund will be closed from May 1 to May 5.')).toEqual([
      ['May 1 to May 5', '2027-05-01', '2027-05-05'],
    ]);
  });

  it('leaves two dates apart when they are a list or of different precision', () => {
    expect(spans('Cuts came in June and September.').map((d) => d[0])).toEqual([
      'June',
      'September',
    ]);
    expect(
      spans('The deadlines moved from Dec. 31, 2025 and June 30, 2026.').map((d) => d[0]),
    ).toEqual(['Dec. 31, 2025', 'June 30, 2026']);
    expect(
      spans('The SEC pushed the rule back in March to June 11, 2026.').map((d) => d[0]),
    ).toEqual(['March', 'June 11, 2026']);
  });

  it('reads "a fortnight ago"', () => {
    expect(spans('Odds were about half a fortnight ago.')).toEqual([
      ['a fortnight ago', '2026-11-04', null],
    ]);
  });
});

describe('English quarters named by their last month', () => {
  it('reads "the September quarter" as Q3', () => {
    const DEC = '2026-12-08T14:30:00+11:00';
    expect(matchDates('GDP grew 0.5% in the September quarter.', DEC).map((d) => d.value)).toEqual([
      '2026-Q3',
    ]);
    expect(matchDates('The June quarter of 2025 was weak.', DEC).map((d) => d.value)).toEqual([
      '2025-Q2',
    ]);
    // (no quarter there: "June sales" is the month's own figures)
    expect(matchDates('A quarter of June sales came online.', DEC).map((d) => d.text)).toEqual([
      'June',
    ]);
  });
});

describe('English dates: regular past verbs, spans of weekdays, counts ahead', () => {
  // A Saturday: Monday is two days ahead and five back, so only the tense can choose.
  const SAT = '2026-12-05T10:00:00+08:00';
  const dated = (text: string) =>
    matchDates(text, SAT).map((d) => (d.until ? `${d.value}..${d.until}` : d.value));

  it('reads a weekday or month after any regular past verb as behind the story', () => {
    expect(dated('The FDIC board approved the proposal on Tuesday.')).toEqual(['2026-12-01']);
    expect(dated('Investors rotated into banks on Monday.')).toEqual(['2026-11-30']);
    expect(dated('The fund launched on the 3rd of March.')).toEqual(['2026-03-03']);
    expect(dated('Investors rotated into banks in October.')).toEqual(['2026-10']);
  });

  it('does not take a describing participle or a passive for the past', () => {
    expect(dated('The closely watched report is on Monday.')).toEqual(['2026-12-07']);
    expect(dated('Economists polled by the agency expect figures on Monday.')).toEqual([
      '2026-12-07',
    ]);
    expect(dated('The ban will be lifted on Monday.')).toEqual(['2026-12-07']);
    expect(dated('The bank is expected to report in March.')).toEqual(['2027-03']);
  });

  it('runs a span of weekdays forward from its start', () => {
    expect(dated('The project runs from Monday to Wednesday.')).toEqual(['2026-12-07..2026-12-09']);
    expect(dated('会议将于周四至周六举行。')).toEqual(['2026-12-10..2026-12-12']);
  });

  it('reads "in two weeks" as a date only after a verb that looks ahead', () => {
    expect(dated('The vote happens in 2 weeks.')).toEqual(['2026-12-19']);
    expect(dated('The results are due in three days.')).toEqual(['2026-12-08']);
    expect(dated('The Fed will meet in a month.')).toEqual(['2027-01']);
    expect(dated('Shares rose 5% in two weeks.')).toEqual([]);
    expect(dated('It was the best run in three weeks.')).toEqual([]);
    expect(dated('The stock has climbed in three weeks.')).toEqual([]);
    expect(dated('The company will double output in two years.')).toEqual([]);
  });
});

describe('English dates: months joined by a dash', () => {
  const DEC = '2026-12-05T10:00:00+08:00';
  const spans = (text: string) =>
    matchDates(text, DEC).map((d) => [d.text, d.until ? `${d.value}..${d.until}` : d.value]);
  it('reads a quarter or a half only when the word is written, else a span of months', () => {
    expect(spans('Profits fell in the April-June quarter.')).toEqual([
      ['April-June quarter', '2026-Q2'],
    ]);
    expect(spans('The Oct.-Dec. quarter is key.')).toEqual([['Oct.-Dec. quarter', '2026-Q4']]);
    expect(spans('Exports rose in the January-June half of 2026.')).toEqual([
      ['January-June half of 2026', '2026-H1'],
    ]);
    expect(spans('GDP shrank 0.3% in July-September.')).toEqual([
      ['July-September', '2026-07..2026-09'],
    ]);
    expect(spans('Sales rose in January-November.')).toEqual([
      ['January-November', '2026-01..2026-11'],
    ]);
  });

  it('joins no months that run backwards, and no words that only start like a month', () => {
    expect(spans('The November-January window is quiet.').map((s) => s[1])).not.toContain(
      '2026-11..2027-01',
    );
    expect(spans('Marketing-Decor spend rose.')).toEqual([]);
  });
});

describe('English dates: "after" a month looks either way', () => {
  it('reads a December story’s "after November’s hold" as last month, "after March" as next', () => {
    const DEC = '2026-12-12T09:00:00+00:00';
    const v = (text: string) => matchDates(text, DEC).map((d) => d.value);
    expect(v("Markets price a cut, after November's hold.")).toEqual(['2026-11']);
    expect(v('The bank will decide after March.')).toEqual(['2027-03']);
  });
});

describe('English dates: halves without their year late in the year', () => {
  const DEC = '2026-12-08T14:52:00+11:00';
  const v = (text: string) => matchDates(text, DEC).map((d) => d.value);
  it('reads the half ahead when the clause looks ahead, this year’s when it is told as done', () => {
    expect(v('The bank expects to cut rates in the first half.')).toEqual(['2027-H1']);
    expect(v('The risk is that it slips into the second half.')).toEqual(['2027-H2']);
    expect(v('Growth slowed in the second half.')).toEqual(['2026-H2']);
    // a past verb in the next sentence does not reach back
    expect(v('The risk is that it slips into the second half. Shares slipped 0.2%.')).toEqual([
      '2027-H2',
    ]);
  });
});

describe('English dates: a month’s end, and weeks written on a Sunday', () => {
  it('reads "the end of the month" as the month, at its end', () => {
    const v = (t: string) =>
      matchDates(t, '2026-12-16T10:00:00-05:00').map((d) => [d.value, d.part]);
    expect(v('Exclusions expire at the end of the month.')).toEqual([['2026-12', 'end']]);
    expect(v('It starts at the end of next month.')).toEqual([['2027-01', 'end']]);
    expect(v('At the end of the monthly meeting, they left.')).toEqual([]);
  });

  it('reads "last week" on a Sunday as the week just ending, "this week" as the one ahead', () => {
    const SUN = '2027-01-17T07:00:00+00:00';
    const week = (t: string) => matchDates(t, SUN)[0]!.value;
    expect(week('Sterling fell last week.')).toBe('2027-01-11');
    expect(week('Inflation figures land this week.')).toBe('2027-01-18');
    expect(week('The Bank meets next week.')).toBe('2027-01-18');
  });
});

describe('a day with its relative year, and a relative weekday glossed by its date', () => {
  it('reads "Dec. 10 last year" as one day of last year', () => {
    expect(dates('The ban took effect on Dec. 10 last year.')).toEqual([
      ['Dec. 10 last year', '2023-12-10', null],
    ]);
    expect(dates('Talks resume on 3 June next year.')).toEqual([
      ['3 June next year', '2025-06-03', null],
    ]);
  });

  it('lets the written day settle which Thursday "next Thursday" is', () => {
    // Wednesday 8 May: "next Thursday" reads as the 9th; the gloss says the 16th
    expect(dates('The commission meets next Thursday (May 16) to vote.')).toEqual([
      ['next Thursday', '2024-05-16', null],
      ['May 16', '2024-05-16', null],
    ]);
    // a gloss more than a week away is not this weekday's: each keeps its reading
    expect(values('The commission meets next Thursday (June 20) to vote.')).toEqual([
      '2024-05-09',
      '2024-06-20',
    ]);
  });
});

describe('a quarter already past, told as ahead', () => {
  const DECEMBER = '2026-12-09T16:00:00-05:00';
  it('reads "before the second quarter" in December as next year\'s', () => {
    expect(
      values('The committee will not move again before the second quarter.', DECEMBER),
    ).toEqual(['2027-Q2']);
  });
  it('keeps a reported quarter and a quarter told as done in this year', () => {
    expect(
      values('The bank will report second-quarter results next week.', '2026-07-08T10:00:00Z'),
    ).toContain('2026-Q2');
    expect(values('Profit rose in the second quarter.', DECEMBER)).toEqual(['2026-Q2']);
  });
});

describe('a quarter not begun yet, and a weekday in a sentence told ahead', () => {
  it('reads a quarter without a future word as the nearer of last year and this year', () => {
    // in February, the fourth quarter just ended is last year's
    expect(values('GDP grew 0.1% in the fourth quarter.', '2027-02-04T12:00:00Z')).toEqual([
      '2026-Q4',
    ]);
    expect(
      values('Banks will report fourth-quarter results next week.', '2027-01-08T12:00:00Z'),
    ).toContain('2026-Q4');
    // in May, the third quarter is this year's; a forecast for the fourth too
    expect(values('Output in the third quarter matters.', '2026-05-10T12:00:00Z')).toEqual([
      '2026-Q3',
    ]);
    expect(
      values('The bank expects inflation to peak in the fourth quarter.', '2027-02-04T12:00:00Z'),
    ).toEqual(['2027-Q4']);
  });

  it('reads every weekday of a sentence told ahead as ahead', () => {
    // Friday 8 January 2027
    expect(
      values(
        'The Treasury will sell $58 billion of three-year notes on Monday, $42 billion of 10-year notes on Tuesday and bonds on Wednesday.',
        '2027-01-08T12:00:00Z',
      ),
    ).toEqual(['2027-01-11', '2027-01-12', '2027-01-13']);
    expect(
      values(
        'Two Fed governors appear at a conference in Washington on Tuesday.',
        '2027-01-08T12:00:00Z',
      ),
    ).toEqual(['2027-01-12']);
    // a past sentence still looks back
    expect(values('The index fell on Tuesday.', '2027-01-08T12:00:00Z')).toEqual(['2027-01-05']);
  });
});

describe('English month shorthand and dotted dates', () => {
  const NOV = '2026-11-20T10:00:00Z';
  it('reads end-March as the end of the month', () => {
    expect(matchDates('The report is due end-March.', NOV).map((d) => [d.text, d.value])).toEqual([
      ['end-March', '2027-03'],
    ]);
  });

  it('reads day.month.year, and month.day.year where the day cannot be a month', () => {
    expect(values('It ended on 12.08.2024.', NOV)).toEqual(['2024-08-12']);
    expect(values('On 8.25.2024 it fell.', NOV)).toEqual(['2024-08-25']);
    // never: a version, or a longer run of numbers
    expect(values('Version 1.2.2024 shipped.', NOV)).toEqual([]);
    expect(values('The code 1.12.08.2024 is internal.', NOV)).toEqual([]);
  });
});

describe('English dates from round 17', () => {
  const WED = '2027-03-03T17:15:00-05:00';
  it('reads no quarter in a quarter-point move', () => {
    expect(values('Futures traders price the next quarter-point cut in June.', WED)).toEqual([
      '2027-06',
    ]);
    expect(values('Sales should rise next quarter.', WED)).toEqual(['2027-Q2']);
  });

  it('looks ahead after "expect" and "follow", back after a narrowed or widened gap', () => {
    expect(values("Economists expect Friday's jobs report to show gains.", WED)).toEqual([
      '2027-03-05',
    ]);
    expect(values('The gap between its two brands narrowed in the third quarter.', WED)).toEqual([
      '2026-Q3',
    ]);
  });
});

describe('English months after "days of"', () => {
  it('reads the month in "the first 20 days of January"', () => {
    expect(
      values('Exports in the first 20 days of January rose.', '2027-01-21T10:00:00+09:00'),
    ).toEqual(['2027-01']);
  });
});

describe('A fiscal quarter written with the day it ended', () => {
  // Friday 28 January 2028
  const JAN = '2028-01-28T18:40:00-05:00';
  it('takes the fiscal year in which the year closes', () => {
    // Microsoft's year closes in June: the quarter ended Dec. 31, 2027 is of fiscal 2028
    expect(values('Azure grew 34% in its fiscal second quarter, ended Dec. 31.', JAN)).toEqual([
      '2028-Q2',
      '2027-12-31',
    ]);
    // Apple's closes in September
    expect(values("Apple's fiscal first quarter, which ended Dec. 27, was strong.", JAN)).toEqual([
      '2028-Q1',
      '2027-12-27',
    ]);
  });

  it('leaves a retailer’s year closing in January or February, and a quarter without its end, as read', () => {
    const HD = '2026-02-23T06:00:00-05:00';
    const plain = values('Home Depot reported a strong fiscal fourth quarter.', HD);
    expect(
      values('Home Depot reported a strong fiscal fourth quarter, which ended Feb. 1.', HD),
    ).toEqual([...plain, '2026-02-01']);
    expect(values('Revenue rose in the second quarter, ended Dec. 31.', JAN)).toEqual([
      '2027-Q2',
      '2027-12-31',
    ]);
  });
});

describe('round 25 English forms', () => {
  const NOV = '2028-11-28T16:20:00-05:00';

  it('reads "the whole of" and "until at least" before a month', () => {
    expect(values('chains stretched their deals across the whole of November.', NOV)).toEqual([
      '2028-11',
    ]);
    expect(values('rates stay unchanged until at least March.', NOV)).toEqual(['2029-03']);
  });

  it('never reads a service run on a weekday as a date', () => {
    expect(values('FedEx has added Sunday delivery and Saturday service.', NOV)).toEqual([]);
    expect(values('Shares fell on Sunday.', NOV)).toEqual(['2028-11-26']);
  });
});

describe('round 26 English forms', () => {
  it('reads the day that rounds out a coming week as ahead', () => {
    expect(
      values('CarMax and Carnival round out the week on Friday.', '2028-12-17T10:15:00-05:00'),
    ).toEqual(['2028-12-22']);
  });
});

describe('"before" a body is a place, not a time ahead', () => {
  it('reads a weekday after "defended … before MPs" as past', () => {
    expect(
      values('The chancellor defended the measure before MPs on Thursday.', '2028-12-05T09:15:00Z'),
    ).toEqual(['2028-11-30']);
    expect(values('No move is likely before March.', '2028-12-05T09:15:00Z')).toEqual(['2029-03']);
  });
});

describe('round 33: weekdays of next week and of a closure ahead', () => {
  // Friday 30 September 2033
  const FRI = '2033-09-30T18:20:00+08:00';
  it('reads the publish day’s weekday in a sentence that opens with next week as next week’s', () => {
    expect(
      dates(
        'Rates held. "We wait for October." Next week, investors will look to a rate decision on Tuesday and U.S. payrolls on Friday.',
        FRI,
      ),
    ).toContainEqual(['Friday', '2033-10-07', null]);
    expect(dates('Next week is busy. Payrolls came out on Friday.', FRI)).toContainEqual([
      'Friday',
      '2033-09-30',
      null,
    ]);
  });
  it('reads "are closed from Saturday" as ahead and "closed on Saturday" as done', () => {
    expect(
      dates('Mainland exchanges are closed from Saturday and reopen on Oct. 10.', FRI),
    ).toEqual([
      ['Saturday', '2033-10-01', null],
      ['Oct. 10', '2033-10-10', null],
    ]);
    expect(dates('The exchange closed on Saturday for a typhoon.', FRI)).toEqual([
      ['Saturday', '2033-09-24', null],
    ]);
  });
});

describe('round 34: a weekday ahead of results, a date as soon as', () => {
  it('reads "ahead of its quarterly results on Thursday" as ahead, past a move before it', () => {
    expect(
      dates(
        "Alibaba's Hong Kong shares added 2.6% ahead of its quarterly results on Thursday.",
        '2034-11-20T16:45:00+08:00',
      ),
    ).toEqual([['Thursday', '2034-11-23', null]]);
  });
  it('reads "could take effect as soon as Oct. 1" ahead', () => {
    expect(
      dates('Duties on chips could take effect as soon as Oct. 1.', '2034-03-16T10:20:00-04:00'),
    ).toEqual([['Oct. 1', '2034-10-01', null]]);
    expect(
      dates('The rule could have taken effect on Oct. 1.', '2034-03-16T10:20:00-04:00'),
    ).toEqual([['Oct. 1', '2033-10-01', null]]);
  });
});

describe('round 36: a month named before what it dates', () => {
  it.each([
    ['The same amount as in the November refunding.', 'November'],
    ['A flash reading of December inflation is due on Jan. 7.', 'December'],
    ['Economists expect the January PMI to slip.', 'January'],
    ['The group will meet again to set May production.', 'May'],
    ['The app would be ready well before the January start.', 'January'],
    ['Growth was little changed from the March round.', 'March'],
  ])('%s → %s is a date', (text, month) => {
    expect(dates(text).map((d) => d[0])).toContain(month);
  });

  it.each([
    'March Madness drew record betting.',
    'Shares may start higher.',
    'The April Fools joke fell flat.',
  ])('never a month: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('round 36: today after a verb of the day', () => {
  it.each([
    ['Shares gained 4.1% on Thursday and added another 1.2% today.', 'today'],
    ['The Energy Information Administration said today.', 'today'],
    ["Gree's Shenzhen stock rose 2.1% today.", 'today'],
    ['The deadline we set today is not a suggestion.', 'today'],
  ])('%s → %s is the publish day', (text, word) => {
    expect(dates(text)).toContainEqual([word, '2024-05-08', null]);
  });

  it.each([
    'Today, banks face new rules.',
    'Banks are stronger today than before.',
    "Changes were announced without notice. Today's slow process is different.",
  ])('never a day: %s', (text) => {
    expect(dates(text).filter((d) => /today/i.test(String(d[0])))).toEqual([]);
  });
});

describe('English weekdays after a heading', () => {
  // Thursday 18 March 2038.
  const THURSDAY = '2038-03-18T10:20:00-04:00';

  it('does not read a heading that ends in "reports" as a schedule for the next line', () => {
    expect(
      values('Incident reports\nThe commission voted 3-2 on Wednesday to adopt a rule.', THURSDAY),
    ).toEqual(['2038-03-17']);
    // The same words in one sentence still schedule it (never loosened).
    expect(values('Nvidia reports on Wednesday.', THURSDAY)).toEqual(['2038-03-24']);
  });
});

describe('English dates: round 42 forms', () => {
  // Wednesday 14 June 2045.
  const JUNE = '2045-06-14T10:05:00-04:00';

  it.each([
    ["The index rose 3.2%, matching April's pace.", 'April', '2045-04'],
    ['The Fed could move as soon as September.', 'September', '2045-09'],
    ['It assumes an end-of-September cash balance of $850 billion.', 'end-of-September', '2045-09'],
    ['Markets are closed Monday for Juneteenth.', 'Monday', '2045-06-19'],
    ['He favors Japanese banks over European ones into year-end.', 'year-end', '2045-12'],
  ])('%s → %s', (text, word, value) => {
    expect(dates(text, JUNE)).toContainEqual([word, value, null]);
  });

  it('never reads a person’s May as a month, nor a closing told in the past as ahead', () => {
    expect(dates("May's government fell.", JUNE)).toEqual([]);
    expect(dates('Markets were closed Monday for the holiday.', JUNE)).toEqual([
      ['Monday', '2045-06-12', null],
    ]);
  });

  it('reads a month’s own statistic as that month, apart from a pair of dates before it', () => {
    expect(
      dates(
        "GDP figures are due on Thursday, 11 February, and January's inflation figures on 17 February.",
        '2027-02-04T12:48:00+00:00',
      ),
    ).toContainEqual(['January', '2027-01', null]);
  });

  it('reads a date inside a relative clause by its own verb, not the sentence’s past verb after it', () => {
    const NOV = '2044-11-16T08:05:00-05:00';
    expect(
      dates('ConocoPhillips, which expects to close its purchase on Dec. 1, was flat.', NOV),
    ).toEqual([['Dec. 1', '2044-12-01', null]]);
    expect(dates('Duke said it would file its plan by the June deadline.', NOV)).toEqual([
      ['June', '2045-06', null],
    ]);
    // (a past clause of its own still looks back)
    expect(dates('The index, which peaked in March, fell.', NOV)).toEqual([
      ['March', '2044-03', null],
    ]);
  });
});

describe('English dates: round 43 forms', () => {
  it('reads a bare year up to 2079 in running text', () => {
    expect(
      dates('CMS chose 20 medicines for the 2050 price year.', '2047-03-05T16:40:00-05:00'),
    ).toEqual([['2050', '2050', null]]);
    expect(dates('The plant made 2085 units.', '2047-03-05T16:40:00-05:00')).toEqual([]);
  });
});

describe('English dates: round 45 forms', () => {
  it('reads a move already made, whose start is told after it, as past', () => {
    const JULY = '2047-07-15T18:00:00+08:00';
    expect(
      dates('The PBOC cut the reserve ratio by 25 basis points with effect from May 15.', JULY),
    ).toEqual([['May 15', '2047-05-15', null]]);
    expect(
      dates(
        'The PBOC will cut the reserve ratio by 25 basis points with effect from May 15.',
        JULY,
      ),
    ).toEqual([['May 15', '2048-05-15', null]]);
  });

  it('reads a calendar day that "brings" its releases as ahead', () => {
    expect(
      dates(
        'Thursday brings July retail sales, forecast to rise 0.4%.',
        '2047-08-11T08:00:00-04:00',
      ),
    ).toContainEqual(['Thursday', '2047-08-15', null]);
  });
});

describe('English dates: round 46 forms', () => {
  it('reads a quarter named by its last month with a hyphen, and a projection “see”', () => {
    expect(dates('results for the June-quarter', '2045-08-14T06:00:00+08:00')).toEqual([
      ['the June-quarter', '2045-Q2', null],
    ]);
    expect(
      dates(
        'Officials see core PCE inflation at 2.7% in the fourth quarter.',
        '2044-03-16T16:52:00-04:00',
      ),
    ).toContainEqual(['the fourth quarter', '2044-Q4', null]);
    // (but "wanted to see" the figures looks at the quarter just ended)
    expect(
      dates(
        'The board wanted to see the December-quarter price figures.',
        '2031-01-22T17:45:00-05:00',
      ),
    ).toEqual([['the December-quarter', '2030-Q4', null]]);
  });

  it('reads a weekday a rule applies from as ahead', () => {
    expect(
      dates(
        'The new ceilings apply to mortgage applications approved from Monday.',
        '2049-03-05T11:20:00+08:00',
      ),
    ).toEqual([['Monday', '2049-03-08', null]]);
  });
});

describe('a weekend preview of the coming week', () => {
  // Saturday 9 November 2041: the coming week runs from Monday 11 to Sunday 17.
  const SAT = '2041-11-09T07:00:00-05:00';
  const LEDE = 'Investors get a fresh read on prices in the coming week. ';

  it('reads its present-tense schedule ahead', () => {
    expect(values(`${LEDE}Walmart, which has lost ground, reports Thursday.`, SAT)).toEqual([
      '2041-11-14',
    ]);
    expect(values(`${LEDE}The Treasury sells notes Tuesday and bonds Thursday.`, SAT)).toEqual([
      '2041-11-12',
      '2041-11-14',
    ]);
    expect(values(`${LEDE}Its rate decision is at 2 p.m. on Wednesday.`, SAT)).toEqual([
      '2041-11-13',
    ]);
  });

  it('leaves a weekday the story tells done in the past', () => {
    expect(values(`${LEDE}Shares dropped 2% on Thursday.`, SAT)).toEqual(['2041-11-07']);
  });

  it('needs the preview: a Saturday wrap without it keeps the nearer day', () => {
    expect(values('The bank said on Thursday that rates are on hold.', SAT)).toEqual([
      '2041-11-07',
    ]);
  });

  it('reads a report’s verb a few words before a bare weekday as its schedule', () => {
    // (Wednesday 8 May 2024: Tuesday was yesterday, but the report is still to come)
    expect(values('Progressive posts its monthly figures Tuesday.')).toEqual(['2024-05-14']);
  });

  it('reads a calendar’s month in brackets', () => {
    expect(dates('Wed., Nov. 13\nCPI (Oct.)', SAT)).toEqual([
      ['Nov. 13', '2041-11-13', null],
      ['Oct.', '2041-10', null],
    ]);
  });
});

describe('a weekday with its own past verb right after it', () => {
  // Wednesday 20 November 2047
  const WED = '2047-11-20T10:00:00-05:00';
  it('lies behind, whatever the sentence looks to', () => {
    expect(
      values('Loans will be larger next year after the agency on Tuesday raised the ceiling.', WED),
    ).toEqual(['2048', '2047-11-19']);
  });

  it('keeps a modal’s day ahead', () => {
    expect(values('The agency will on Tuesday publish the ceiling.', WED)).toEqual(['2047-11-26']);
  });
});

describe('a month’s day after last or next, and a past perfect’s month', () => {
  const JAN_2047 = '2047-01-16T11:42:00-05:00';
  it('reads the day’s last or next occurrence, the word kept', () => {
    expect(dates('It was due to take effect last May 14.', JAN_2047)).toEqual([
      ['last May 14', '2046-05-14', null],
    ]);
    expect(dates('The vote is set for next Jan. 16.', JAN_2047)).toEqual([
      ['next Jan. 16', '2048-01-16', null],
    ]);
  });

  it('reads a past perfect’s month behind, up to a comma', () => {
    const OCT_2047 = '2047-10-22T14:07:00Z';
    expect(
      values('The FTC had issued a second request for information on the deal in April.', OCT_2047),
    ).toEqual(['2047-04']);
    expect(
      values('Its launch had been delayed, with the next results due in mid-December.', OCT_2047),
    ).toEqual(['2047-12']);
  });
});

describe('round 55 dates', () => {
  const WED = '2046-06-13T10:15:00-04:00';
  it('reads a vote told on its weekday behind, whatever the sentence looks to', () => {
    expect(
      values(
        'Households will sign up in September, after the commission voted 3-2 on Tuesday.',
        WED,
      ),
    ).toEqual(['2046-09', '2046-06-12']);
  });

  it('reads a deadline named by its day as its next one', () => {
    expect(values('States that miss the Dec. 31 deadline risk losing funds.', WED)).toEqual([
      '2046-12-31',
    ]);
  });
});
