import { describe, expect, it } from 'vitest';
import { findDatelines, parseMachineTime } from '../../../utils/article/published-time';

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
