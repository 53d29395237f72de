import { describe, expect, it } from 'vitest';
import { parseSseList } from '../../../utils/symbol-lists/sse';
import { fixtureText } from './support';

const summary = (l: { value: string; zh: string | null; en: string | null; lists: string[] }) => [
  l.value,
  l.zh,
  l.en,
  l.lists.join('|'),
];

describe('Shanghai Stock Exchange', () => {
  it('reads main-board and STAR rows, skipping delisted ones', () => {
    expect(parseSseList(fixtureText('sse-main.json')).map(summary)).toEqual([
      ['600000.SH', '浦发银行', 'Shanghai Pudong Development Bank Co.,Ltd.', 'SSE'],
      ['600519.SH', '贵州茅台', 'Kweichow Moutai Co.,Ltd.', 'SSE'],
    ]);
    const star = parseSseList(fixtureText('sse-star.json'));
    expect(star.map((l) => l.value)).toEqual(['688981.SH', '688256.SH']);
    expect(star[0]!.zh).toBe('中芯国际');
    // The -U marker is kept in zh and dropped in an alias, as the news writes it.
    expect(star[1]!.names.map((n) => n.text)).toEqual([
      '寒武纪-U',
      'Cambricon Technologies Corporation Limited',
      '寒武纪',
    ]);
  });

  it('accepts a JSONP answer and refuses one that is not the list', () => {
    const jsonp = `jsonpCallback12345(${fixtureText('sse-main.json')})`;
    expect(parseSseList(jsonp)).toHaveLength(2);
    expect(() => parseSseList('{"result":null}')).toThrow(/Shanghai Stock Exchange: .*"result"/);
    expect(() => parseSseList('<html>')).toThrow(/did not return JSON/);
  });
});
