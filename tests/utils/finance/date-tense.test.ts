import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';

// Thursday 20 November 2025: May lies six months either way, March is nearer ahead.
const NOVEMBER = '2025-11-20T10:00:00+08:00';
const values = (text: string) => matchDates(text, NOVEMBER).map((d) => d.value);

describe('a date written without its year follows its clause', () => {
  it.each([
    ['The trial, which ended in May, was costly.', '2025-05'],
    ['In May, sales rose.', '2025-05'],
    ['The rules took effect in March.', '2025-03'],
    ['该试验已于5月结束。', '2025-05'],
    ['公司5月发布了新品。', '2025-05'],
    ['此前，公司在3月完成融资。', '2025-03'],
    ['審判已於5月結束。', '2025-05'],
  ])('looks back: %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    ['The trial is due to end in May.', '2026-05'],
    ['该规定将于5月实施。', '2026-05'],
    ['公司预计5月发布新品。', '2026-05'],
    ['公司預計5月推出新品。', '2026-05'],
  ])('looks ahead: %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('keeps the nearer one without a cue, and a statistic its own period', () => {
    expect(values('关注3月的安排。')).toEqual(['2026-03']);
    expect(values('市场预计10月CPI同比上涨0.3%。')).toEqual(['2025-10']);
    // A written year is never moved.
    expect(values('The plant, which closed in May 2026, reopened.')).toEqual(['2026-05']);
  });
});

describe('an act written in the present tense is scheduled', () => {
  it.each([
    // July lies four months back and eight ahead: the present tense reads it ahead
    ["California's pricing law comes into force on July 1.", '2026-07-01'],
    ['The amended form now applies from Aug. 1 after two delays.', '2026-08-01'],
    ['The ban takes effect on July 15.', '2026-07-15'],
  ])('looks ahead: %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    // a date passed lately stays this year's: a calendar line, not next year's act
    ['Apple reports on Nov. 2.', '2025-11-02'],
    // the past tense looks back as before
    ['The ban took effect on July 15.', '2025-07-15'],
  ])('keeps %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });
});

describe('a month ahead by its modal, deadline or given term; a statistic’s month by its figure', () => {
  // Thursday 10 February 2028: October lies eight months ahead or four back.
  const FEB = '2028-02-10T18:20:00-05:00';
  const at = (text: string) => matchDates(text, FEB).map((d) => d.value);
  it.each([
    ['Most banks should see their buffers drift lower in October.', '2028-10'],
    ['The order gives the company until Sept. 30 to file a plan.', '2028-09-30'],
    ['The ministry will sell bonds and finish the program by the end of October.', '2028-10'],
    ['政府目標在7月立法會休會前完成三讀。', '2028-07'],
    ['补贴申请截至12月31日。', '2028-12-31'],
  ])('looks ahead: %s', (text, value) => {
    expect(at(text)).toContain(value);
  });

  it.each([
    // a figure's month is the statistic's, even in a forecast
    ['The index is expected to show prices up 2.7% in January.', '2028-01'],
    ['Economists expect the CPI for January to rise.', '2028-01'],
    // never ahead: a past perfect, a move after which a forecast is made, a transfer day
    ['Prices had climbed by October.', '2027-10'],
    ['They are expected to keep rates steady after cutting in October.', '2027-10'],
    ['股息將於3月9日除淨，3月10日為截止過戶日。', '2028-03-10'],
  ])('keeps its own period or the nearer one: %s', (text, value) => {
    expect(at(text)).toContain(value);
  });
});

describe('May the month is no modal verb', () => {
  it('keeps the month after "in May from" in its own year', () => {
    // Thursday 18 May 2028: April is a month back
    const found = matchDates(
      'The sentiment index fell to 51.8 in May from 54.1 in April.',
      '2028-05-18T16:30:00-04:00',
    );
    expect(found.map((d) => d.value)).toEqual(['2028-05', '2028-04']);
    // the verb still looks ahead
    expect(
      matchDates(
        'Rates may stay high until March, one trader said.',
        '2028-05-18T16:30:00-04:00',
      ).map((d) => d.value),
    ).toEqual(['2029-03']);
  });
});

describe('a day’s range read through 期间', () => {
  it('joins a range that ends in a day followed by 期间', () => {
    const found = matchDates(
      '2026年1月1日至2027年12月31日期间购置的新能源汽车免征车辆购置税。',
      NOVEMBER,
    );
    expect(found.map((d) => [d.text, d.kind, d.value, d.until])).toEqual([
      ['2026年1月1日至2027年12月31日', 'policy-date', '2026-01-01', '2027-12-31'],
    ]);
    // never: a term written with 期 (5年期) or a span of days (3日间)
    expect(matchDates('5年期国债利率下行。', NOVEMBER)).toEqual([]);
  });
});

describe('round 25: the clause a date belongs to', () => {
  const values25 = (text: string, at: string) => matchDates(text, at).map((d) => d.value);

  it('reads a hyphenated participle as an adjective, not a past verb', () => {
    expect(
      values25(
        'Flagstar, which has been shrinking its book of rent-regulated apartment loans, reports on Oct. 27.',
        '2028-10-18T12:00:00Z',
      ),
    ).toEqual(['2028-10-27']);
  });

  it('lets a date’s own present verb outweigh a past clause after it', () => {
    expect(
      values25(
        'Walmart raised its forecast for fiscal 2029, which ends Jan. 31, when it reported.',
        '2028-11-28T12:00:00Z',
      ),
    ).toEqual(['2029', '2029-01-31']);
  });

  it('counts a statistic’s span and the act a time runs from as past', () => {
    expect(
      values25(
        'Economists expect PCE to have risen 2.7% in the year through October.',
        '2028-11-28T12:00:00Z',
      ),
    ).toContain('2028-10');
    expect(
      values25(
        'The fourth hold in a row since a quarter-point cut in June.',
        '2028-12-15T12:00:00Z',
      ),
    ).toEqual(['2028-06']);
  });
});

describe('round 27: deadlines, plural acts, spans and schedules', () => {
  const JAN = '2029-01-22T07:30:00-05:00';
  const at = (text: string) => matchDates(text, JAN).map((d) => [d.text, d.value]);
  it('reads "no later than" as a deadline ahead', () => {
    expect(at('The agency will publish the agreed prices no later than Nov. 30.')).toEqual([
      ['Nov. 30', '2029-11-30'],
    ]);
  });
  it('reads a plural subject that takes effect as scheduled, not the noun "the end"', () => {
    expect(at('New stress capital buffers take effect on Oct. 1.')).toEqual([
      ['Oct. 1', '2029-10-01'],
    ]);
    expect(at('Policymakers last cut rates in October.')).toEqual([['October', '2028-10']]);
  });
  it('reads a span of months by the nearer of last year’s and the coming one', () => {
    expect(
      matchDates('The unit drew $92 billion in the October-December period.', JAN).map((d) => [
        d.value,
        d.until,
      ]),
    ).toEqual([['2028-10', '2028-12']]);
    expect(matchDates('Its plan covers April-June.', JAN).map((d) => [d.value, d.until])).toEqual([
      ['2029-04', '2029-06'],
    ]);
  });
  it('reads "followed on Thursday by" as the next item of a schedule', () => {
    expect(at('PNC reports on Wednesday, followed on Thursday by Truist.')).toEqual([
      ['Wednesday', '2029-01-24'],
      ['Thursday', '2029-01-25'],
    ]);
    expect(at('Shares fell on Thursday, and Truist followed on Friday.')).toEqual([
      ['Thursday', '2029-01-18'],
      ['Friday', '2029-01-19'],
    ]);
  });
  it('reads a month’s own figures, but not May the verb', () => {
    // (told in the past in January: last February's)
    expect(at('The company said February sales rose 18 per cent.')).toEqual([
      ['February', '2028-02'],
    ]);
    expect(at('Analysts say May sales could slow.')).toEqual([]);
  });
});

describe('round 29: a measure’s day ahead, a move done, a window closing', () => {
  const at = (text: string, published: string) =>
    matchDates(text, published).map((d) => [d.text, d.value]);
  const WED = '2029-12-12T14:58:00-05:00';
  const SUN = '2030-07-21T09:30:00-04:00';
  it('reads a weekday after "takes effect" as ahead, after a past vote', () => {
    expect(at('The committee voted 9-3 for the cut, which takes effect on Thursday.', WED)).toEqual(
      [['Thursday', '2029-12-13']],
    );
  });
  it('reads a price move right before its weekday as done, whatever future word came before', () => {
    expect(
      at(
        'The group warned that orders would keep falling, and its shares dropped 4.1% on Wednesday.',
        SUN,
      ),
    ).toEqual([['Wednesday', '2030-07-17']]);
    expect(at('Durable goods orders arrive on Thursday.', SUN)).toEqual([
      ['Thursday', '2030-07-25'],
    ]);
    // (a participle before its object is no move: the Treasury's sale is ahead)
    expect(
      at(
        'The Treasury sells $42 billion of reopened 10-year notes on Tuesday.',
        '2028-01-09T17:45:00-05:00',
      ),
    ).toEqual([['Tuesday', '2028-01-11']]);
  });
  it('reads a window that closes on a day as ahead, past a participle before it', () => {
    expect(
      at(
        'A comment period on parts assembled in the United States from imported components closes on April 7.',
        '2030-02-19T16:10:00-05:00',
      ),
    ).toEqual([['April 7', '2030-04-07']]);
  });
});

describe('round 33: a rule going live, a phase-in starting, a sentence apart', () => {
  const at = (text: string, published: string) =>
    matchDates(text, published).map((d) => [d.text, d.value]);
  const JUNE = '2033-06-15T10:20:00-04:00';
  it('reads a rule that goes live on a day as scheduled, past a past clause after it', () => {
    expect(
      at(
        'The FTC rule goes live on July 1, after the commission last month turned down a delay.',
        JUNE,
      ),
    ).toEqual([
      ['July 1', '2033-07-01'],
      ['last month', '2033-05'],
    ]);
  });
  it('reads a phase-in that will start on a day as ahead, past an act done before it', () => {
    expect(
      at(
        'The OCC finalized the definition, a change that will be phased in over two years starting Jan. 1.',
        JUNE,
      ),
    ).toEqual([['Jan. 1', '2034-01-01']]);
  });
  it('never reads a modal verb across a full stop', () => {
    expect(
      at(
        'Data will be thin. The services PMI for February is due soon.',
        '2027-03-01T08:00:00+08:00',
      ),
    ).toEqual([['February', '2027-02']]);
  });
});
