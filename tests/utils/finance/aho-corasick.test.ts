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

  it('agrees with a plain search when states have many children', () => {
    // A seeded generator: states with dozens of children exercise the bisected
    // child lookup, short alphabets exercise long fail chains.
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      return ((seed ^ (seed >>> 13)) >>> 0) % n;
    };
    const alphabet = [...'abcdefghijklmno天奇股份国'];
    const word = (min: number, max: number) =>
      Array.from(
        { length: min + random(max - min + 1) },
        () => alphabet[random(alphabet.length)],
      ).join('');
    const patterns = [...new Set(Array.from({ length: 1500 }, () => word(1, 4)))];
    const text = word(3000, 3000);
    const expected: string[] = [];
    patterns.forEach((p, i) => {
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
        expected.push(`${at}:${at + p.length}:${i}`);
      }
    });
    const found = automaton(...patterns)
      .searchAll(text)
      .map((m) => `${m.start}:${m.end}:${m.data}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(found.length).toBeGreaterThan(1000);
  });
});
