/**
 * Chinese date expressions, by our own grammar (chrono-node misses 2024年, 到2035年,
 * 2025年底, 一季度 and reads 去年12月 as this year). Each match yields an ISO value at
 * the precision written — 2025, 2022-04, 2022-06-24, 2024-Q1, 2024-H1 — resolved
 * against the article's publish date when the year is relative or missing.
 */
import { chineseNumber, resolveMonthDay, type DateParts, type FoundDate } from './date-values';
import { eachMatch } from './each-match';

const YEAR_4 = `(?:(?:19|20)\\d{2}|[一二][〇零一二三四五六七八九]{3})`;
const MONTH = `(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
const DAY = `(?:3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const REL_YEAR = '(?:今年|去年|明年|前年|后年|本年)';

const CJK = /[\u3400-\u9fff]/;
const ZH_FUTURE_BEFORE = /(?:将|将于|将在|计划|预计|拟|定于|下周)[^。！？；\n]{0,12}$/;
const YEAR_SPAN_AFTER = /^(?:以来|来|内|以内|至今|全年)/;
const REL_YEAR_OFFSET: Record<string, number> = {
  今年: 0,
  本年: 0,
  去年: -1,
  明年: 1,
  前年: -2,
  后年: 2,
};
const QUARTER: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

function yearOf(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : Number([...raw].map((c) => chineseNumber(c)).join(''));
}

const num = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : chineseNumber(raw));

// Order matters only for readability; overlaps are settled by the caller (longest wins).
type Built = (DateParts & { until?: DateParts }) | null;

/**
 * A year written before a form (2024年一季度, 今年1—8月): read backwards from the
 * form rather than as an optional start of its pattern, which would be tried at
 * every position of the text (five times slower on the corpus).
 */
const YEAR_BEFORE = new RegExp(`(?:(${YEAR_4})\\s*年|(${REL_YEAR}))\\s*$`);
const yearFrom = (prefix: RegExpExecArray | null, ref: Date) =>
  prefix?.[1]
    ? yearOf(prefix[1])
    : ref.getUTCFullYear() + (prefix?.[2] ? (REL_YEAR_OFFSET[prefix[2]] ?? 0) : 0);

interface Pattern {
  re: RegExp;
  /** What may be written just before the match and belongs to it (see YEAR_BEFORE). */
  before?: RegExp;
  /** Characters that may not come right before the match (a cheap lookbehind). */
  notAfter?: RegExp;
  /** Literals of which the text must hold one for the pattern to be worth a pass. */
  needs: string[];
  build(m: RegExpExecArray, ref: Date, prefix: RegExpExecArray | null): Built;
}

const PATTERNS: Pattern[] = [
  // 1-8月, 今年1—8月份, 2024年1至3月: a range of months
  {
    re: /(1[0-2]|0?[1-9])\s*[-—–~～至到]\s*(1[0-2]|0?[1-9])\s*月(?:份)?/g,
    needs: ['月'],
    before: YEAR_BEFORE,
    notAfter: /[\d.]/,
    build(m, ref, prefix) {
      const year = yearFrom(prefix, ref);
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to <= from) return null;
      return { year, month: from, until: { year, month: to } };
    },
  },
  // 25日, 周三(25日): a day of the publish month (or the nearest month holding that day)
  {
    re: /(?<![\d月年日号.\-/〇零一二三四五六七八九十])(3[01]|[12]\d|0?[1-9])\s*日(?![前内间元])/g,
    needs: ['日'],
    build(m, ref) {
      const day = Number(m[1]);
      let best: DateParts | null = null;
      let bestGap = Infinity;
      for (const shift of [-1, 0, 1]) {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, day));
        if (d.getUTCDate() !== day) continue;
        const gap = Math.abs(d.getTime() - ref.getTime());
        if (gap < bestGap) {
          bestGap = gap;
          best = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day };
        }
      }
      return best;
    },
  },
  // 2022年7月1日, 2022年7月, 2022年 — with optional 底/末/初/中旬 parts
  {
    needs: ['年'],
    re: new RegExp(
      `(${YEAR_4})\\s*年\\s*(?:(${MONTH})\\s*月(?:份)?\\s*(?:(${DAY})\\s*[日号])?)?(年底|年末|年初|上旬|中旬|下旬|初|底|末)?`,
      'g',
    ),
    build(m) {
      const year = yearOf(m[1]!);
      if (year < 1900 || year > 2100) return null;
      return {
        year,
        // 2025年底 / 2025年年末 is the year's last month; 2025年初 its first.
        month: m[2]
          ? num(m[2])
          : /[底末]/.test(m[4] ?? '')
            ? 12
            : /初/.test(m[4] ?? '')
              ? 1
              : undefined,
        day: m[3] ? num(m[3]) : undefined,
        part: m[4]?.replace(/^年/, ''),
      };
    },
  },
  // 今年4月, 去年12月, 明年, 今年年底
  {
    needs: ['年'],
    re: new RegExp(
      `(${REL_YEAR})(?:(${MONTH})\\s*月(?:份)?\\s*(?:(${DAY})\\s*[日号])?)?(年底|年末|年初|上旬|中旬|下旬|初|底|末)?`,
      'g',
    ),
    build(m, ref) {
      const year = ref.getUTCFullYear() + (REL_YEAR_OFFSET[m[1]!] ?? 0);
      const part = m[4]?.replace(/^年/, '');
      // 今年以来 / 今年内 is "so far this year", a span rather than a date.
      if (
        !m[2] &&
        !part &&
        YEAR_SPAN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
      ) {
        return null;
      }
      return {
        year,
        month: m[2]
          ? num(m[2])
          : part === '底' || part === '末'
            ? 12
            : part === '初'
              ? 1
              : undefined,
        day: m[3] ? num(m[3]) : undefined,
        part,
        yearOnly: !m[2] && !part,
      };
    },
  },
  // 7月1日, 6月24日, 5月中旬, 12月底 — year from the publish date
  {
    needs: ['月'],
    re: new RegExp(
      `(${MONTH})\\s*月(?:份)?\\s*(?:(${DAY})\\s*[日号])?(上旬|中旬|下旬|初|底|末)?`,
      'g',
    ),
    notAfter: /[\d年〇零一二三四五六七八九十]/,
    build(m, ref) {
      const month = num(m[1]!);
      const day = m[2] ? num(m[2]) : undefined;
      // A bare month needs a day or a part to be a date ("3月" alone is usually fine too,
      // but "一月" can be "one month": only digits, or 三月份, count without a day).
      if (day === undefined && !m[3] && !/^\d+$/.test(m[1]!) && !m[0].includes('份')) return null;
      const year = resolveMonthDay(month, day ?? 15, ref);
      return { year, month, day, part: m[3] };
    },
  },
  // (2024年)一季度, 第三季度, 今年二季度
  {
    re: /(?:第)?([一二三四1-4])\s*季度/g,
    needs: ['季度'],
    before: YEAR_BEFORE,
    build(m, ref, prefix) {
      return { year: yearFrom(prefix, ref), quarter: QUARTER[m[1]!] };
    },
  },
  // (2024年)上半年 / 下半年
  {
    re: /([上下])半年/g,
    needs: ['半年'],
    before: YEAR_BEFORE,
    build(m, ref, prefix) {
      return { year: yearFrom(prefix, ref), half: m[1] === '上' ? 1 : 2 };
    },
  },
  // 年底 / 年末 / 月底 / 年初 / 月初 on their own: this year's or this month's end or start
  {
    re: /(年底|年末|月底|月末|年初|月初)/g,
    needs: ['底', '末', '初'],
    notAfter: /[\d年月今去明本]/,
    build(m, ref) {
      const year = ref.getUTCFullYear();
      const part = m[1]!.endsWith('初') ? '初' : '底';
      if (m[1]!.startsWith('月')) return { year, month: ref.getUTCMonth() + 1, part };
      return { year, month: part === '初' ? 1 : 12, part };
    },
  },
  // 2019年中期, 本年度中期: the interim period, the first half in financial reports
  {
    re: /(?:((?:19|20)\d{2})\s*年(?:度)?|(今年|去年|明年|本年)(?:度)?|本年度)中期(?!间)/g,
    needs: ['中期'],
    build(m, ref) {
      const year = m[1]
        ? Number(m[1])
        : ref.getUTCFullYear() + (m[2] ? (REL_YEAR_OFFSET[m[2]] ?? 0) : 0);
      return { year, half: 1 };
    },
  },
  // 周五, 星期三, 上周一, 下周二: the weekday nearest before the publish date, or
  // after it when the sentence looks ahead (下周, 将, 计划)
  {
    re: /(?:周|星期|礼拜)([一二三四五六日天])(?![年期边围末])/g,
    needs: ['周', '星期', '礼拜'],
    before: /([上下本这])$/,
    build(m, ref, prefix) {
      // 黑色星期五 is Black Friday, a shopping festival, not a day of this week.
      if (m.input.slice(Math.max(0, m.index - 2), m.index) === '黑色') return null;
      const target = '日一二三四五六'.indexOf(m[1] === '天' ? '日' : m[1]!);
      const today = ref.getUTCDay();
      const before = m.input.slice(Math.max(0, m.index - 20), m.index);
      const week = prefix?.[1];
      // 本周/这周 keep the publish week; 上周 the one before; 下周 the one after.
      const monday = -((today + 6) % 7);
      const inWeek = monday + ((target + 6) % 7);
      let shift: number;
      if (week === '上') shift = inWeek - 7;
      else if (week === '下') shift = inWeek + 7;
      else if (week) shift = inWeek;
      else if (ZH_FUTURE_BEFORE.test(before)) shift = (target - today + 7) % 7;
      else shift = -((today - target + 7) % 7);
      const d = new Date(ref.getTime() + shift * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    },
  },
  // “十四五”末, 十四五期间, “十五五”时期: the five-year plans (十一五 is 2006–2010)
  {
    re: /[“"]?十([一二三四五六])五[”"]?\s*(?:规划)?\s*(期末|末|初|期间|时期)/g,
    needs: ['五'],
    build(m) {
      const first = 2006 + 5 * '一二三四五六'.indexOf(m[1]!);
      const when = m[2]!;
      if (when.endsWith('末')) return { year: first + 4, month: 12, part: '末' };
      if (when === '初') return { year: first, part: '初' };
      return { year: first, until: { year: first + 4 } };
    },
  },
  // 2022-07-01, 2022/7/1, 2022.07.01 (and 2019-09-3007:42, where a page glued the time on)
  {
    re: /(?<![\d.])((?:19|20)\d{2})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?:(?=\d{2}:\d{2})|(?!\d))/g,
    needs: [],
    build: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
];

// What follows a match that turns it into something else: durations (5年期, 3年内),
// ages, or a year that is really a count (2000年来? no — 以来 keeps it a date).
const NOT_A_DATE_AFTER = /^(?:期|间|内|多|余|左右的时间|岁)/;
// Spans such as 未来5年 or 1-2年 never match (a year needs four digits), and 日前 / 近日
// hold no date grammar at all.

export function findChineseDates(text: string, ref: Date): FoundDate[] {
  const found: FoundDate[] = [];
  // A pass per pattern costs a few nanoseconds a character: skip those whose
  // characters the text never uses (all of them, on an English page).
  const hasCjk = CJK.test(text);
  for (const { re, build, before, notAfter, needs } of PATTERNS) {
    if (needs.length && (!hasCjk || !needs.some((n) => text.includes(n)))) continue;
    eachMatch(text, re, notAfter ?? null, (m) => {
      if (!m[0].trim()) return;
      const end = m.index + m[0].length;
      if (NOT_A_DATE_AFTER.test(text.slice(end, end + 4))) return;
      const prefix = before ? before.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
      const built = build(m, ref, prefix);
      if (!built) return;
      const { until, ...parts } = built;
      const start = m.index - (prefix ? prefix[0].length : 0);
      found.push(until ? { start, end, parts, until } : { start, end, parts });
    });
  }
  return found;
}
