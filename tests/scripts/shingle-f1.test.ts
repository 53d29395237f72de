import { describe, expect, it } from 'vitest';
import {
  cjkShare,
  normaliseWhitespace,
  shingleF1,
  shingleMode,
  shingles,
  shingleUnits,
} from '../../scripts/lib/shingle-f1';

const EN =
  'The central bank kept its key rate unchanged on Wednesday and signalled two cuts later this year.';
const ZH = '央行周三维持关键利率不变，并暗示今年晚些时候将降息两次。';

describe('normalising and choosing the unit', () => {
  it('collapses every kind of whitespace, ideographic space included', () => {
    expect(normaliseWhitespace('  a\n\n\tb\u3000\u3000c  ')).toBe('a b c');
  });

  it('takes a text as CJK by the share of CJK letters', () => {
    expect(shingleMode(EN)).toBe('latin');
    expect(shingleMode(ZH)).toBe('cjk');
    // Chinese with a few Latin names and codes is still Chinese.
    expect(shingleMode('苹果公司(AAPL)周四公布财报，营收超出市场预期。')).toBe('cjk');
    // Japanese kana count as CJK too.
    expect(cjkShare('トレンドマイクロ')).toBe(1);
    expect(cjkShare('12345 !!!')).toBe(0);
  });

  it('cuts Latin text into words and CJK text into characters', () => {
    expect(shingleUnits("Fed's rate-cut, end.Next", 'latin')).toEqual([
      "Fed's",
      'rate',
      'cut',
      'end',
      'Next',
    ]);
    expect(shingleUnits('央行 维持\u3000利率', 'cjk')).toEqual([
      '央',
      '行',
      '维',
      '持',
      '利',
      '率',
    ]);
  });

  it('counts 4-grams as a multiset, and a short text as one shingle', () => {
    expect(shingles('a b c d a b c d', 'latin')).toEqual(
      new Map([
        ['a b c d', 2],
        ['b c d a', 1],
        ['c d a b', 1],
        ['d a b c', 1],
      ]),
    );
    expect(shingles('央行降息', 'cjk')).toEqual(new Map([['央行降息', 1]]));
    expect(shingles('降息', 'cjk')).toEqual(new Map([['降息', 1]]));
  });
});

describe('shingleF1 on English', () => {
  it('scores the same text 1 whatever its spacing and punctuation', () => {
    const respaced = EN.replace(/ /g, '\n  ').replace(/\./g, ' .');
    expect(shingleF1(EN, respaced).f1).toBe(1);
  });

  it('loses precision for extra boilerplate and recall for a missing half', () => {
    const boilerplate = `${EN} Share this article on Facebook Twitter LinkedIn and Email now`;
    const extra = shingleF1(EN, boilerplate);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(14 / 24);
    expect(extra.f1).toBeCloseTo((2 * (14 / 24)) / (1 + 14 / 24));

    const half = shingleF1(EN, 'The central bank kept its key rate unchanged');
    expect(half.precision).toBe(1);
    expect(half.recall).toBeCloseTo(5 / 14);
    expect(half.mode).toBe('latin');
  });

  it('scores an empty extraction 0 and two empty texts 1', () => {
    expect(shingleF1(EN, '').f1).toBe(0);
    expect(shingleF1('', '').f1).toBe(1);
  });
});

describe('shingleF1 on Chinese', () => {
  it('ignores spaces and line breaks between characters', () => {
    const spaced = `\u3000\u3000${ZH.slice(0, 10)}\n\n${ZH.slice(10)}`;
    expect(shingleF1(ZH, spaced).f1).toBe(1);
  });

  it('scores a partial extraction by character 4-grams', () => {
    // ZH has 28 characters: 25 shingles; its first 12 characters hold 9 of them.
    const part = shingleF1(ZH, ZH.slice(0, 12));
    expect(part.mode).toBe('cjk');
    expect(part.referenceShingles).toBe(25);
    expect(part.precision).toBe(1);
    expect(part.recall).toBeCloseTo(9 / 25);
  });

  it('cuts both texts by the reference, so an English extraction of a Chinese page scores 0', () => {
    const score = shingleF1(ZH, EN);
    expect(score.mode).toBe('cjk');
    expect(score.f1).toBe(0);
  });

  it('scores Traditional and Simplified as different text', () => {
    expect(shingleF1('騰訊控股公布業績', '腾讯控股公布业绩').f1).toBeLessThan(0.5);
  });
});
