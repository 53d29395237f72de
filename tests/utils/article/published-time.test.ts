import { describe, expect, it } from 'vitest';
import {
  choosePublishedTime,
  findDatelines,
  parseMachineTime,
  pickDateline,
} from '../../../utils/article/published-time';

describe('parseMachineTime', () => {
  it('keeps a stated offset', () => {
    expect(parseMachineTime('2022-07-01T19:14:27+08:00')).toBe('2022-07-01T19:14:27+08:00');
    expect(parseMachineTime('2024-05-02T14:20:00.000Z')).toBe('2024-05-02T14:20:00Z');
    expect(parseMachineTime('2024-05-02T14:20:00+0530')).toBe('2024-05-02T14:20:00+05:30');
  });

  it("applies the site's zone only when the page states none", () => {
    expect(parseMachineTime('2022-07-01 19:14', '+08:00')).toBe('2022-07-01T19:14:00+08:00');
    expect(parseMachineTime('2022-07-01 19:14')).toBe('2022-07-01T19:14:00');
  });

  it('reads epoch seconds and milliseconds as UTC', () => {
    expect(parseMachineTime('1656674067')).toBe('2022-07-01T11:14:27Z');
    expect(parseMachineTime('1656674067000')).toBe('2022-07-01T11:14:27Z');
  });

  it('rejects impossible dates', () => {
    expect(parseMachineTime('2022-13-01T00:00:00Z')).toBeNull();
    expect(parseMachineTime('not a date')).toBeNull();
  });
});

describe('findDatelines', () => {
  it('reads Chinese and numeric datelines with their time', () => {
    const [first] = findDatelines('2023年08月18日 15:42  来源：某报', '+08:00');
    expect(first).toMatchObject({ iso: '2023-08-18T15:42:00+08:00', hasTime: true });
    expect(findDatelines('2024-03-20 14:05:33 星期三', '+08:00')[0]?.iso).toBe(
      '2024-03-20T14:05:33+08:00',
    );
  });

  it('reads English datelines and their zones, US Eastern by season', () => {
    expect(findDatelines('Updated Sept 16, 2025 at 3:02 p.m. ET')[0]?.iso).toBe(
      '2025-09-16T15:02:00-04:00',
    );
    expect(findDatelines('Jan. 7, 2025 9:30 AM ET')[0]?.iso).toBe('2025-01-07T09:30:00-05:00');
    expect(findDatelines('12 September 2024, 12:15 GMT')[0]?.iso).toBe('2024-09-12T12:15:00Z');
  });

  it('does not take amounts, codes or phone numbers for dates', () => {
    expect(findDatelines('营收1234.56万元，代码600519，电话010-12345678')).toEqual([]);
  });
});

describe('datelines written in the page text (issue 19)', () => {
  const first = (text: string, offset?: string) => pickDateline(findDatelines(text, offset))?.iso;

  it('reads the Chinese forms with their labels and sources', () => {
    expect(first('发布时间：2004年06月10日 09:30', '+08:00')).toBe('2004-06-10T09:30:00+08:00');
    expect(first('2004-06-10 来源：新华社', '+08:00')).toBe('2004-06-10');
    expect(first('本报讯 (2004/06/10)', '+08:00')).toBe('2004-06-10');
    expect(first('2004年6月10日 09:30 来源：本报', '+08:00')).toBe('2004-06-10T09:30:00+08:00');
    // A CMS that prints the time straight after a two-digit day.
    expect(first('上海证券报网络版 2005.08.2605:39 关注', '+08:00')).toBe(
      '2005-08-26T05:39:00+08:00',
    );
  });

  it('reads English datelines, bylines and US numeric dates with a 12-hour clock', () => {
    expect(first('Published June 10, 2004 9:30 a.m. ET')).toBe('2004-06-10T09:30:00-04:00');
    expect(first('By Jane Roe | June 10, 2004')).toBe('2004-06-10');
    expect(first('posted on April 21, 2015, at 11:29 a.m.')).toBe('2015-04-21T11:29:00');
    expect(first('December 6, 2016 — 6:22 PM EST')).toBe('2016-12-06T18:22:00-05:00');
    expect(first('2/26/2015 7:11 AM PST BY STAFF')).toBe('2015-02-26T07:11:00-08:00');
    expect(first('Dec 28 Sat 2013 00:28 新竹', '+08:00')).toBe('2013-12-28T00:28:00+08:00');
    expect(first('4:00 am CST, Wednesday, November 20, 2019')).toBe('2019-11-20');
  });

  it('prefers the labelled publish time over the previous story and the update time', () => {
    const text =
      '上一篇 : 今日股市行情分析--2019年8月19日 下一篇 : 没有了 发布时间： 2019-09-26 10:09:11';
    expect(first(text, '+08:00')).toBe('2019-09-26T10:09:11+08:00');
    expect(first('Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET')).toBe(
      '2019-11-19T08:02:00-05:00',
    );
    expect(first('FILE - In this March 2, 2011 file photo, the chairman waves')).toBeUndefined();
  });

  it('never takes a bare day-first number for a US date', () => {
    expect(findDatelines('比分 2/26/2015 的记录')).toEqual([]);
  });

  it('reads day-first numeric bylines with a 24-hour clock, or a day over 12', () => {
    expect(first('Published 18/06/2026, 17:40 BST')).toBe('2026-06-18T17:40:00+01:00');
    expect(first('Updated 05.02.2026 09:15 · Published 04.02.2026 18:30')).toBe(
      '2026-02-04T18:30:00',
    );
    expect(first('Posted 25/12/2025')).toBe('2025-12-25');
    // Without a clock, 01/02/2026 could be either order; a version number is no date.
    expect(findDatelines('Call 01/02/2026 for tickets')).toEqual([]);
    expect(findDatelines('version 1.2.2026')).toEqual([]);
  });
});

describe('choosePublishedTime', () => {
  const lines = (text: string, offset?: string) => findDatelines(text, offset);

  it('keeps the metadata time when the page agrees with it', () => {
    expect(
      choosePublishedTime('2019-11-19T12:05:31Z', lines('Published Tue, Nov 19 2019 7:05 AM EST')),
    ).toBe('2019-11-19T12:05:31Z');
  });

  it('takes the printed time of a date-only metadata value', () => {
    expect(
      choosePublishedTime('2023-06-15', lines('2023-06-15 08:10 来源：中国新闻网', '+08:00')),
    ).toBe('2023-06-15T08:10:00+08:00');
  });

  it('takes the published time when the metadata holds the update time', () => {
    const text = 'Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC By A. Writer';
    expect(choosePublishedTime('2024-12-07T12:43:39Z', lines(text))).toBe('2024-12-06T22:00:00Z');
  });

  it('keeps a zoned metadata time that the page prints in another zone', () => {
    expect(
      choosePublishedTime(
        '2019-11-19T07:03:25+00:00',
        lines('November 18, 2019 11:03 PM', '+00:00'),
      ),
    ).toBe('2019-11-19T07:03:25+00:00');
  });

  it('falls back to the printed dateline when there is no metadata', () => {
    expect(choosePublishedTime(null, lines('发稿时间：2017-03-10 08:42:00', '+08:00'))).toBe(
      '2017-03-10T08:42:00+08:00',
    );
    expect(choosePublishedTime(null, [])).toBeNull();
  });
});

describe('datelines: an update line is never the publish line', () => {
  it.each([
    '更新时间：2024-05-13 13:48',
    '更新日期：2024-05-13',
    'Last modified date: May 13, 2024',
  ])('%s', (text) => {
    expect(findDatelines(text).map((d) => d.role)).toEqual(['updated']);
  });
});
