import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../utils/finance/aho-corasick';

const automaton = (...patterns: string[]) =>
  new Automaton(patterns.map((pattern, i) => ({ pattern, data: i })));
const spans = (text: string, matches: { start: number; end: number }[]) =>
  matches.map((m) => text.slice(m.start, m.end));

describe('Automaton', () => {
  it('finds every occurrence, overlapping ones included', () => {
    const text = 'ushers';
    expect(spans(text, automaton('he', 'she', 'hers').searchAll(text)).sort()).toEqual(
      ['he', 'hers', 'she'].sort(),
    );
  });

  it('keeps the leftmost, then longest, match without overlaps', () => {
    const text = '中国平安银行与平安银行';
    const found = automaton('中国平安', '平安银行', '平安').searchLeftmostLongest(text);
    expect(spans(text, found)).toEqual(['中国平安', '平安银行']);
    expect(found.map((m) => m.start)).toEqual([0, 7]);
  });

  it('reports UTF-16 offsets, past surrogate pairs', () => {
    const text = '📈腾讯📈Tencent';
    const found = automaton('腾讯', 'Tencent').searchLeftmostLongest(text);
    expect(found.map((m) => [m.start, m.end, m.data])).toEqual([
      [2, 4, 0],
      [6, 13, 1],
    ]);
  });

  it('follows fail links into shorter patterns', () => {
    const text = 'abcd bcd cd';
    expect(spans(text, automaton('abce', 'bcd', 'cd').searchLeftmostLongest(text))).toEqual([
      'bcd',
      'bcd',
      'cd',
    ]);
  });
});
