import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../utils/finance/dates';

/**
 * Numbers that are not dates — amounts, codes, addresses, phone numbers, versions,
 * fractions, scores, ratios, times, durations, percentages, prices — generated at
 * random (from a fixed seed, so a failure repeats) and set in sentences of both
 * languages: no date may overlap them. Dates written in full, set in the same
 * sentences, must still be found whole.
 */

// mulberry32: a small seeded generator, enough for test data.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REF = '2024-05-08T10:00:00+08:00';
const random = prng(Number(process.env.DATE_SEED ?? 20240508));
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
const pad = (n: number) => String(n).padStart(2, '0');
// Years and date-like groups turn up inside these on purpose: 2024 as a path segment,
// a phone group or a code is where a careless grammar would find a date.
const yearish = () => String(int(1950, 2049));

// A bare four-digit number from 1950 to 2049 is read as a year by design ("the 2019
// budget", 从2013、2014年), and so is one up to 2100 after "in" or "until": a plain
// number avoids those.
const notAYear = (): string => {
  const n = digits(int(1, 9));
  return /^(?:19\d\d|20\d\d|2100)$/.test(n) ? notAYear() : n;
};

const GENERATORS: Record<string, () => string> = {
  number: () => pick([notAYear(), `${int(1, 999)},${digits(3)}`, `${int(0, 9999)}.${digits(2)}`]),
  'longer number': () => pick([`${int(1, 9)}${yearish()}`, `${yearish()}${digits(int(1, 4))}`]),
  'stock code': () =>
    pick(['600519', '000001', '300750', `${pick(['60', '00', '30'])}${digits(4)}`]),
  'notice number': () => pick([`${yearish()}-${digits(3)}`, `临${yearish()}-0${digits(2)}`]),
  url: () =>
    pick([
      `https://www.example.com/${yearish()}/${pad(int(1, 12))}/${pad(int(1, 28))}/story-${digits(4)}`,
      `http://news.example.cn/${yearish()}-${pad(int(1, 12))}-${pad(int(1, 28))}/${digits(6)}.html`,
      `www.example.com.cn/c/${yearish()}/${int(1, 12)}/${int(1, 28)}/`,
      `example.com/markets/${yearish()}/${int(1, 12)}/${int(1, 28)}/x`,
    ]),
  phone: () =>
    pick([
      `010-${digits(8)}`,
      `021-${yearish()}${digits(4)}`,
      `+44 20 ${yearish()} ${digits(4)}`,
      `400-${digits(3)}-${yearish()}`,
      `(212) 555-${yearish()}`,
      `1-800-${digits(3)}-${yearish()}`,
      `+86 10 ${digits(4)} ${yearish()}`,
    ]),
  version: () =>
    pick([
      `v${int(1, 9)}.${int(0, 20)}`,
      `${int(1, 9)}.0`,
      `${int(1, 9)}.${int(0, 9)}.${int(0, 20)}`,
      `${yearish()}.${int(1, 9)}.${int(1, 9)}`, // calendar versions
      `v${yearish()}.${pad(int(1, 12))}.${pad(int(1, 28))}`,
    ]),
  fraction: () => {
    const b = int(2, 12);
    return `${int(1, b - 1)}/${b}`;
  },
  score: () =>
    pick([`${int(0, 9)}-${int(0, 9)}`, `${int(0, 9)}:${int(0, 9)}`, `${int(0, 9)}比${int(0, 9)}`]),
  ratio: () => pick([`1:${int(2, 100)}`, `${int(1, 20)}:${int(1, 20)}`, `10送${int(1, 9)}`]),
  time: () =>
    pick([
      `${pad(int(0, 23))}:${pad(int(0, 59))}`,
      `${int(1, 12)}:${pad(int(0, 59))} ${pick(['a.m.', 'p.m.'])}`,
      `下午${int(1, 5)}点`,
      `${int(9, 15)}时${int(0, 59)}分`,
    ]),
  duration: () =>
    pick([
      `${int(2, 30)} days`,
      `${int(2, 24)} months`,
      `${int(2, 30)} years`,
      '两周',
      `${pick(['三', '六', '十二', '18'])}个月`,
      `${int(1, 10)}年`,
      `${int(2, 30)}日内`,
    ]),
  percentage: () =>
    pick([`${int(0, 99)}.${digits(2)}%`, `${yearish()}%`, `${int(1, 12)}/${int(1, 28)}%`]),
  price: () =>
    pick([
      `$${int(1, 12)}/${int(13, 28)}`,
      `$${yearish()}`,
      `¥${yearish()}`,
      `${yearish()}元`,
      `$${int(1, 9)},${digits(3)}`,
    ]),
};

const EN = [
  'Revenue was {} according to the filing.',
  'The figure {} appeared in the report.',
  'Analysts cited {} in their note, and the shares rose.',
  'The company said {} would not change its outlook.',
  '({})',
];
const ZH = [
  '公司公告显示{}，市场反应平淡。',
  '数据为{}。',
  '据悉，{}并未影响其业绩预期。',
  '（{}）',
];
// After the words that make a number a date: only fractions are left out of these,
// since "on 3/4" is the 4th of March by rule (see SLASH_DATE in english-dates.ts).
const CUED = [
  'Trading resumed on {} after the halt.',
  'The offer runs until {}.',
  '截至{}，公司未回复。',
  '自{}起，股价走低。',
];
// Fractions also in the contexts that make a number a share.
const FRACTION_EN = [
  'Roughly {} of the board voted for it.',
  'A {} majority approved the plan.',
  'Output was cut by {} last year.',
  'It holds a {} stake.',
];

const CASES = Number(process.env.DATE_CASES ?? 60);

describe('no date inside numbers that are not dates', () => {
  for (const [kind, make] of Object.entries(GENERATORS)) {
    it(`finds no date overlapping a ${kind}`, () => {
      const templates =
        kind === 'fraction' ? [...EN, ...ZH, ...FRACTION_EN] : [...EN, ...ZH, ...CUED];
      for (let i = 0; i < CASES; i++) {
        const token = make();
        const template = pick(templates);
        const text = template.replace('{}', token);
        const start = template.indexOf('{}');
        const end = start + token.length;
        const overlapping = matchDates(text, REF)
          .filter((d) => d.start < end && d.end > start)
          .map((d) => d.text);
        expect(overlapping, `${kind}: ${text}`).toEqual([]);
      }
    });
  }
});

describe('dates written in full are still found whole', () => {
  const full = () => {
    const y = int(1990, 2040);
    const m = int(1, 12);
    const d = int(1, 28);
    const value = `${y}-${pad(m)}-${pad(d)}`;
    return pick([
      [`${y}-${pad(m)}-${pad(d)}`, value],
      [`${y}/${m}/${d}`, value],
      [`${y}.${pad(m)}.${pad(d)}`, value],
      [`${y}年${m}月${d}日`, value],
      [`${m}/${d}/${y}`, value],
    ] as const);
  };

  it('in the same sentences', () => {
    for (let i = 0; i < CASES * 4; i++) {
      const [written, value] = full();
      const template = pick([...EN, ...ZH]);
      const text = template.replace('{}', written);
      const start = template.indexOf('{}');
      const found = matchDates(text, REF).map((d) => [d.start, d.text, d.value]);
      expect(found, text).toContainEqual([start, written, value]);
    }
  });
});
