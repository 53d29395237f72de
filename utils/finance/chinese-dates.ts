/**
 * Chinese date expressions, by our own grammar (chrono-node misses 2024年, 到2035年,
 * 2025年底, 一季度 and reads 去年12月 as this year). Each match yields an ISO value at
 * the precision written — 2025, 2022-04, 2022-06-24, 2024-Q1, 2024-H1 — resolved
 * against the article's publish date when the year is relative or missing.
 */
import { samePeriodDates } from './same-period';
import {
  chineseNumber,
  decadeOf,
  nearestDay,
  resolveMonthDay,
  shiftDay,
  shiftMonth,
  weekOf,
  type DateParts,
  type FoundDate,
  weekdayNumber,
} from './date-values';
import { FUTURE_ZH_BEFORE, PAST_ZH_BEFORE } from './date-tense';
import { eachMatch } from './each-match';
import { textHolds } from './text-keys';
import { wholeTextTest } from './text-test';

const YEAR_4 = `(?:(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})`;
const MONTH = `(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
const DAY = `(?:3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const REL_YEAR = '(?:今年|去年|明年|前年|后年|後年|本年)';

const CJK = /[\u3400-\u9fff]/;
// Simplified and Traditional forms alike (將, 預計, 計劃, 擬, 下週).
// (市場焦點落在美國週五公布的…, 关注周五公布的…: what a story looks ahead to)
const ZH_FUTURE_BEFORE =
  /(?:将|將|计划|計劃|预计|預計|拟|擬|定于|定於|下周|下週|焦点|焦點|关注|關注|留意|展望|等待|静候|靜候)[^。！？；\n]{0,12}$/;
// A weekday's clause told as done: 已于周三, 此前周一, 周三宣布了, 周二收跌.
const ZH_PAST_NEAR = /(?:已|此前|曾|早前)[^。！？；，]{0,6}$/;
const ZH_DONE_AFTER =
  /^(?:至今|以来|以來)|^[^，,。；]{0,10}?(?:[了过過](?![度渡去来來])|收[涨漲跌报報市盘盤]|收于|收於|表示|称|稱|指出|宣布|宣佈|公布|公佈)/;
const YEAR_SPAN_AFTER = /^(?:以来|来|内|以内|至今)/;
const REL_YEAR_OFFSET: Record<string, number> = {
  今年: 0,
  本年: 0,
  去年: -1,
  明年: 1,
  前年: -2,
  后年: 2,
  後年: 2,
  上年: -1,
  上一年: -1,
};
// A quarter's results or figures written after it: a quarter not yet begun is
// then last year's (in January, 第四季度业绩 are the quarter just ended).
const RESULTS_AFTER =
  /^(?:及全年|和全年|的)?(?:业绩|業績|财报|財報|营收|營收|收入|利润|利潤|净利|淨利|盈利|亏损|虧損|交付|销量|銷量|数据|數據)/;

// A statistic's figure after the quarter: a quarter already told, not one ahead.
const FIGURE_AFTER =
  /^[^，。；]{0,6}?(?:GDP|CPI|PPI|经济|經濟|增速|同比|按年|增长|增長|下降|上涨|上漲)/;

// Words that look ahead before a quarter: 预计四季度, 将在三季度, 明年: the quarter to come.
const AHEAD_BEFORE =
  /(?:将|將|预计|預計|有望|计划|計劃|力争|力爭|目标|目標|展望|预期|預期|拟|擬|争取|爭取)[^，。；]{0,10}$/;

function quarterYear(quarter: number, ref: Date, after: string, before: string): number {
  const year = ref.getUTCFullYear();
  const current = Math.floor(ref.getUTCMonth() / 3) + 1;
  if (quarter > current && RESULTS_AFTER.test(after)) return year - 1;
  // 一季度 in November or December, no figure or result after it: the quarter weeks
  // ahead (降准一季度可能再降一次), not the one that ended eight months ago.
  if (quarter === 1 && ref.getUTCMonth() >= 10 && !RESULTS_AFTER.test(after)) {
    return FIGURE_AFTER.test(after) ? year : year + 1;
  }
  // A quarter not begun yet, with no word of the future: the nearer of last year's, ended,
  // and this year's, to come (四季度GDP, read in January, is last year's).
  if (quarter > current && !AHEAD_BEFORE.test(before)) {
    const month = ref.getUTCMonth();
    const sinceEnd = month + 12 - (quarter * 3 - 1);
    const untilStart = (quarter - 1) * 3 - month;
    if (sinceEnd < untilStart) return year - 1;
  }
  return year;
}

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
// `lead`: how many characters before the match belong to it, when the pattern decides
// that itself (大后天's 大) rather than by its `before` expression.
type Built = (DateParts & { until?: DateParts; lead?: number }) | null;

const isCjk = (c: string | undefined) => !!c && CJK.test(c);

// 今日, 昨天, 明日起, 前天, 后天, 大后天 (後天 in Traditional), 昨晚, 今晨: a day from the
// publish date.
// 隔晚 (Hong Kong: the night before, 美股隔晚) too; not 隔夜 (the overnight rate) or 隔天.
const REL_DAY_OFFSET: Record<string, number> = {
  今: 0,
  昨: -1,
  明: 1,
  前: -2,
  后: 2,
  後: 2,
  隔: -1,
};
// 前 and 后 end words far more often than they start one (此前, 目前, 提前, 之后, 随后,
// 今后): 目前天齐锂业 and 此后天然气 hold no 前天 or 后天. Before 前天/后天 only a
// function word, punctuation or a non-Chinese character may stand.
const AGO_AHEAD_MAY_FOLLOW =
  /[较較於于在至及和与與同比自到是为為已了说說称稱示截而将將或但并並也都即就从從起]/;
// Words that end in 今 or 明 (如今, 当今, 说明, 光明, 声明): 如今天然气, 光明日报. 的
// before 今天/明天 is the figurative "today's" or "tomorrow" (中国的今天, 美好的明天).
const NOT_BEFORE_TODAY = /[如现現当當迄古方的]/;
const NOT_BEFORE_TOMORROW =
  /[说說声聲表证證光文透聪聰阐闡注标標查鲜鮮分发發简簡英精申指高开開公神黎清失照昆廉严嚴澄彰载載写寫讲講点點言挑辨验驗昭晴孔贤賢修天不未的]/;
// Words that start with 日 or 天 (日本, 日元, 日经, 天然气, 天津, 天猫, 天齐) and names that
// hold 今日 / 明日 / 明天 without meaning a day (今日头条, 明日之星, 明天系).
const NOT_DAY_AFTER: Record<string, RegExp> = {
  日: /^(?:[本元圆圓经經韩韓企资資益渐漸趋趨之]|头条|頭條|美国|美國|俄罗斯|俄羅斯|说法|說法|方舟|黄花|黃花|重现|重現)/,
  天: /^(?:[然津猫貓弘齐齊坛壇堂涯赋賦鹅鵝籁籟竺士]|系|集团|集團|控股|会更好|會更好)/,
  // 今晚报 is a newspaper; 而今早已 is "now already", 早 starting 早已 / 早就 / 早在.
  晚: /^[报報]/,
  早: /^[已就在些期日年]/,
  晨: /(?!)/, // nothing
  夜: /(?!)/,
};
// 昨晚 (last night), 今晨, 今早, 今晚, 明早, 明晚: parts of a day, dated as that day.
const DAY_PARTS = '晨早晚夜';
// The last character of a body's name (立法會, 統計處, 金管局, 港交所 is 所 but 所 ends
// many words: left out).
const BODY_END_BEFORE_AGO = /[會会處处局署府院]/;
// 先天/后天: what one is born with and what one acquires (后天形成, 后天的努力).
const ACQUIRED_AFTER =
  /^(?:性|形成|培养|培養|习得|習得|养成|養成|因素|的努力|努力|失调|失調|不足|免疫|获得|獲得|学习|學習)/;

function relativeDay(m: RegExpExecArray, ref: Date): Built {
  const text = m.input;
  const first = m[1]!;
  const unit = m[2]!;
  if (first === '隔' && unit !== '晚') return null;
  // 后日 is written only inside 日后 and 此后日本; the day after tomorrow is 后天.
  if (unit === '日' && first !== '今' && first !== '昨' && first !== '明' && first !== '前') {
    return null;
  }
  // Parts of a day only for today, yesterday and tomorrow (前晚, 后夜 are not written so).
  if (DAY_PARTS.includes(unit) && (first === '前' || first === '后' || first === '後')) {
    return null;
  }
  const after = text.slice(m.index + 2, m.index + 6);
  if (NOT_DAY_AFTER[unit]!.test(after)) return null;
  let offset = REL_DAY_OFFSET[first]!;
  let lead = 0;
  const aheadOrAgo = first === '前' || first === '后' || first === '後';
  if (aheadOrAgo && unit === '天' && text[m.index - 1] === '大') {
    offset += offset > 0 ? 1 : -1; // 大后天, 大前天
    lead = 1;
  }
  const before = text[m.index - lead - 1];
  if (aheadOrAgo) {
    // (統計處前日（23日）: a day glossed in brackets is that day, whatever stands before)
    const glossed = /^[（(]\d{1,2}日?[）)]/.test(text.slice(m.index + 2, m.index + 8));
    // (立法會前日三讀通過, 統計處前日公布: a body's name may end right before 前日)
    const afterBody = first === '前' && !!before && BODY_END_BEFORE_AGO.test(before);
    if (isCjk(before) && !AGO_AHEAD_MAY_FOLLOW.test(before!) && !glossed && !afterBody) {
      return null;
    }
    if (first !== '前' && ACQUIRED_AFTER.test(after)) return null;
    if (first !== '前' && text.slice(Math.max(0, m.index - 12), m.index).includes('先天')) {
      return null;
    }
  } else if (first === '今') {
    if (before && NOT_BEFORE_TODAY.test(before)) return null;
    // 至今 is "to this day" (时至今日); 截至今日 is "as of today", 顺延至今日 "put off
    // to today".
    if (before === '至' && !/[截延推迟遲改调調移]/.test(text[m.index - 2] ?? '')) return null;
  } else if (first === '明' && before && NOT_BEFORE_TOMORROW.test(before)) {
    return null;
  }
  return { ...shiftDay(ref, offset), lead };
}

const NEAR_WORD_SHIFT: Record<string, number> = {
  本: 0,
  这: 0,
  這: 0,
  上: -1,
  下: 1,
  上上: -2,
  下下: 2,
};
// Characters that end a word with the 本 / 上 / 下 in it: 日本周一 is Japan on Monday,
// 资本周转 capital turnover, 以上月份 "the months above", 线下月活 offline users.
const NOT_BEFORE_NEAR: Record<string, RegExp> = {
  本: /[日资資基成根版样樣文课課剧劇范範账賬原读讀蓝藍股血老保书書脚腳副标標话話工母底回亏虧降还還摊攤付固人国國民]/,
  上: /[以之线線向加马馬早晚往迎实實网網桌顶頂面上下北]/,
  下: /[以之线線南当當眼地天私底乡鄉手留拿跌降落放上下陛]/,
};
// 周期 (cycle), 周年 (anniversary), 周边, 周转, 周末 (a weekend is left out), 月度, 月均,
// 月活, 月球: words that begin with the week's or the month's character.
const NOT_WEEK_AFTER = /^[年期边邊围圍末转轉刊岁歲到全密知游遊旋济濟折长長]/;
// (月刊 is a monthly; 上月刊憲 is "gazetted last month".)
const NOT_MONTH_AFTER =
  /^(?:[度均活球光亮饼餅食历曆费費供租卡票嫂子台宫宮夜色经經薪息牙桂季]|刊(?![宪憲登]))/;

const COMPARED_BEFORE = /(?:比|较|較|环比|環比|相比|与|與)$/;
const SENTENCE_BACK = /[^。！？\n]*$/;
// (a day counts too: on 11月20日 the LPR fixing "均与上月持平" compares with October's)
const REPORTED_MONTH = /(?<![\d年.\-/])(1[0-2]|0?[1-9])\s*月(?:份|末|底)?/g;

function nearWeekOrMonth(m: RegExpExecArray, ref: Date): Built {
  const [, near, counter, weekWord, , day, part] = m as unknown as (string | undefined)[];
  const text = m.input;
  // 本 takes no counter (本个月 is not written), 一 only a week (这一周, 上一周).
  if (counter && (near === '本' || (counter === '一' && !weekWord))) return null;
  const before = text[m.index - 1];
  // 內地下週三 is the mainland next Wednesday, not 地下 (underground).
  const mainland = /[内內]地$/.test(text.slice(Math.max(0, m.index - 2), m.index));
  if (before && !mainland && NOT_BEFORE_NEAR[near!]?.test(before)) return null;
  const end = m.index + m[0].length;
  const after = text.slice(end, end + 2);
  const shift = NEAR_WORD_SHIFT[near!]!;
  if (weekWord) {
    if (NOT_WEEK_AFTER.test(after)) return null;
    return weekOf(ref, shift);
  }
  if (!day && !part && NOT_MONTH_AFTER.test(after)) return null;
  // 3月份，失业率为5.2%，比上月下降: a statistic's "previous month" is the one before
  // the month the sentence reports on, not before the publish date.
  // (增速比上月末高: the end of the month before the reported one)
  const endPart = part === '末' || part === '底';
  if (
    near === '上' &&
    !day &&
    (!part || endPart) &&
    COMPARED_BEFORE.test(text.slice(m.index - 2, m.index))
  ) {
    const sentence = SENTENCE_BACK.exec(text.slice(Math.max(0, m.index - 80), m.index))![0];
    let reported: RegExpExecArray | null = null;
    for (const r of sentence.matchAll(REPORTED_MONTH)) reported = r;
    if (reported) {
      const month = Number(reported[1]);
      const year = resolveMonthDay(month, 15, ref);
      const before = shiftMonth(new Date(Date.UTC(year, month - 1, 1)), -1);
      return part ? { ...before, part } : before;
    }
  }
  const month = shiftMonth(ref, shift);
  if (day) return { ...month, day: num(day) };
  return part ? { ...month, part } : month;
}

/**
 * A year written before a form (2024年一季度, 今年1—8月): read backwards from the
 * form rather than as an optional start of its pattern, which would be tried at
 * every position of the text (five times slower on the corpus).
 */
// 上年 (the year before, in statistics: 比上年四季度) only as a prefix: alone it is
// mostly 比上年增长, a comparison rather than a date.
const YEAR_BEFORE = new RegExp(`(?:(${YEAR_4})\\s*年|(${REL_YEAR}|上一?年))\\s*$`);
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

// Taiwan counts years from 1912 (民國): 118年 is 2029. Read only on a page from Taiwan
// (its bodies and market words), and never a count of years (成立118年, 118年歷史).
const TAIWAN_PAGE =
  /民國|民国|主計總處|行政院|立法院|新台幣|台股|加權指數|國發會|金管會|央行理監事/;
const onTaiwanPage = wholeTextTest(TAIWAN_PAGE);
const YEARS_COUNTED_BEFORE =
  /(?:成立|已|有|逾|近|約|约|超過|超过|長達|长达|達|达|歷經|历经|第|共|滿|满|\d)\s*$/;
const YEARS_COUNTED_AFTER =
  /^(?:歷史|历史|來|来|以來|以来|之久|間|间|前|後|后|內|内|半|多|老店|期)/;

const PATTERNS: Pattern[] = [
  // 民國118年, 118年8月, 民國118年底, 明年（119年）: a Taiwan year
  {
    needs: ['年'],
    re: /(?<![\d.])(?:民[國国])?(1[0-3]\d)\s*年(?:度)?(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(底|末|初))?/g,
    build(m) {
      const text = m.input;
      const explicit = m[0].startsWith('民');
      if (!explicit) {
        if (!onTaiwanPage(text)) return null;
        if (YEARS_COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
        const end = m.index + m[0].length;
        if (!m[2] && YEARS_COUNTED_AFTER.test(text.slice(end, end + 2))) return null;
      }
      // 民國128年底 is the year's last month, as 2039年底 is; 民國128年初 its first.
      const part = m[4];
      return {
        year: Number(m[1]) + 1911,
        month: m[2] ? num(m[2]) : part ? (part === '初' ? 1 : 12) : undefined,
        day: m[3] ? num(m[3]) : undefined,
        yearOnly: !m[2] && !part,
        ...(part ? { part } : {}),
      };
    },
  },
  // 2022年7月1日, 2022年7月, 2022年 — with optional 底/末/初/中旬 parts
  {
    needs: ['年'],
    re: new RegExp(
      `(${YEAR_4})\\s*年\\s*(?:(${MONTH})\\s*月(?:份)?\\s*(?:(${DAY})\\s*[日号號])?)?(年底|年末|年初|上旬|中旬|下旬|初|底|末|度(?![过過]))?`,
      'g',
    ),
    build(m) {
      const year = yearOf(m[1]!);
      if (year < 1900 || year > 2100) return null;
      // 2027年度 is the year itself (a reporting year: 自2027年度起披露), 5月度 the month.
      const part = m[4] === '度' ? undefined : m[4];
      return {
        year,
        // 2025年底 / 2025年年末 is the year's last month; 2025年初 its first.
        month: m[2]
          ? num(m[2])
          : /[底末]/.test(part ?? '')
            ? 12
            : /初/.test(part ?? '')
              ? 1
              : undefined,
        day: m[3] ? num(m[3]) : undefined,
        part: part?.replace(/^年/, ''),
      };
    },
  },
  // 今年4月, 去年12月, 明年, 今年年底, 去年全年 (the whole year is the year)
  {
    needs: ['年'],
    re: new RegExp(
      `(${REL_YEAR})(?:全年)?(?:(${MONTH})\\s*月(?:份)?\\s*(?:(${DAY})\\s*[日号號])?)?(年底|年末|年初|上旬|中旬|下旬|初|底|末)?`,
      'g',
    ),
    build(m, ref) {
      const year = ref.getUTCFullYear() + (REL_YEAR_OFFSET[m[1]!] ?? 0);
      const part = m[4]?.replace(/^年/, '');
      // 今年以来 / 今年内 is "so far this year", a span rather than a date (the seed
      // article's opening words stay plain).
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
  // 比上年增加, 较上年全年加快: the year before as a comparison's base (a plain date, as
  // 比上月 is). Only after 比/较 or with 全年: 上年度 is a fiscal year, and 上年同期, 上年末,
  // 上年四季度 are forms of their own.
  {
    needs: ['上年'],
    re: /(?:(?<=[比较較])上年(?!度|同期|末|底|初|[一二三四]季|第|\d|[一二三四五六七八九十]+月)(?:全年)?|上年全年|上年(末|底|初))/g,
    build: (m, ref) => {
      const year = ref.getUTCFullYear() - 1;
      // 较上年末下降: the end of last year, as 去年末 is
      if (m[1]) return { year, month: m[1] === '初' ? 1 : 12, part: m[1] };
      return { year, yearOnly: true };
    },
  },
  // (2024年)一季度, 第三季度, 今年二季度; Hong Kong's 首季, 第四季, 去年第四季. Without
  // 度, only 第N季 or a year before it is a quarter (一年四季 is the seasons).
  {
    // 三季度末: the quarter's last month, as 年底 is the year's.
    re: /(?:第([一二三四1-4])\s*季|([一二三四1-4])\s*季(?=度)|首\s*季)(?:度)?([末底])?/g,
    needs: ['季'],
    before: YEAR_BEFORE,
    build(m, ref, prefix) {
      const written = m[1] ?? m[2];
      const quarter = written ? QUARTER[written]! : 1;
      const year = prefix
        ? yearFrom(prefix, ref)
        : quarterYear(
            quarter,
            ref,
            m.input.slice(m.index + m[0].length, m.index + m[0].length + 8),
            m.input.slice(Math.max(0, m.index - 16), m.index),
          );
      return m[3] ? { year, month: quarter * 3, part: 'end' } : { year, quarter };
    },
  },
  // 上季度, 本季度, 下个季度, Hong Kong's 上季 (上季收入): a quarter from the publish date's
  {
    re: /([上本下这這])(?:一)?([个個])?季(度)?/g,
    needs: ['季'],
    build(m, ref) {
      const near = m[1]!;
      if (!m[3] && (m[2] || (near !== '上' && near !== '本'))) return null;
      if (near === '本' && m[2]) return null;
      // 马上季末, 以上季节, 线上季度活动: 上 ends another word.
      if (
        near === '上' &&
        /[马馬以至向往北南之线線网網晚早地面加]/.test(m.input[m.index - 1] ?? '')
      ) {
        return null;
      }
      if (!m[3] && /^[节節末初]/.test(m.input.slice(m.index + m[0].length))) return null;
      const shift = near === '上' ? -1 : near === '下' ? 1 : 0;
      const index = ref.getUTCFullYear() * 4 + Math.floor(ref.getUTCMonth() / 3) + shift;
      return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
    },
  },
  // 前三季度, 今年前三季: the quarters of the year so far, a range from its first
  {
    re: /前\s*([二三两兩2-3])\s*(?:个|個)?季(度)?/g,
    needs: ['季'],
    before: YEAR_BEFORE,
    build(m, ref, prefix) {
      if (!prefix && !m[2]) return null;
      const last = QUARTER[m[1]!] ?? 2;
      const year = yearFrom(prefix, ref);
      return { year, quarter: 1, until: { year, quarter: last } };
    },
  },
  // 今年前两个月, 今年首兩個月: the year's first months, after a year only (前两个月 alone
  // is as often "two months ago")
  {
    re: /[前首]\s*([两兩二三四五六七八九十]|十[一二]|1[0-2]|[2-9])\s*[个個]月/g,
    needs: ['个月', '個月'],
    before: YEAR_BEFORE,
    build(m, ref, prefix) {
      if (!prefix) return null;
      const last = m[1] === '两' || m[1] === '兩' ? 2 : num(m[1]!);
      if (!last || last < 2 || last > 12) return null;
      const year = yearFrom(prefix, ref);
      return { year, month: 1, until: { year, month: last } };
    },
  },
  // (2024年)上半年 / 下半年
  {
    re: /([上下])半年/g,
    needs: ['半年'],
    before: YEAR_BEFORE,
    build(m, ref, prefix) {
      const half = m[1] === '上' ? 1 : 2;
      // 上半年 alone in November or December, no figure after it: the half weeks ahead,
      // as 一季度 is.
      if (!prefix && half === 1 && ref.getUTCMonth() >= 10) {
        const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
        if (!RESULTS_AFTER.test(after) && !FIGURE_AFTER.test(after)) {
          return { year: ref.getUTCFullYear() + 1, half };
        }
      }
      return { year: yearFrom(prefix, ref), half };
    },
  },
  // 2029年半年度报告: a company's half-year report names the first half of its year
  // (半年度报告 with no year stays unread: which year is the reader's guess)
  {
    re: /半年度(?=报告|報告|业绩|業績|财报|財報)/g,
    needs: ['半年度'],
    before: YEAR_BEFORE,
    build: (_m, ref, prefix) => (prefix ? { year: yearFrom(prefix, ref), half: 1 } : null),
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
    re: /(?:((?:19|20)\d{2})\s*年(?:度)?|(今年|去年|明年|本年)(?:度)?|本年度)中期(?![间間])/g,
    needs: ['中期'],
    build(m, ref) {
      const year = m[1]
        ? Number(m[1])
        : ref.getUTCFullYear() + (m[2] ? (REL_YEAR_OFFSET[m[2]] ?? 0) : 0);
      return { year, half: 1 };
    },
  },
  // 周五, 星期三, 上周一, 下周二, 週三, 禮拜一, 上个星期五: the weekday nearest before the
  // publish date, or after it when the sentence looks ahead (下周, 将, 计划)
  {
    re: /(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])(?![年期边邊围圍末])/g,
    needs: ['周', '週', '星期', '礼拜', '禮拜'],
    before: /(上上|下下|[上下本这這])[个個]?$/,
    build(m, ref, prefix) {
      const text = m.input;
      // 黑色星期五 is Black Friday, a shopping festival, not a day of this week.
      if (text.slice(Math.max(0, m.index - 2), m.index) === '黑色') return null;
      // 上周一度 / 本周一直 / 本周一致: 一 starts the next word ("at one point", "all
      // along"); the week alone is the date there.
      if (
        m[1] === '一' &&
        /^[度直些致路举舉改再共同次般旦向切律定]/.test(text.slice(m.index + m[0].length))
      ) {
        return null;
      }
      // 日本周一 is Japan on Monday: a 本 that ends a word is no week of its own.
      const near = prefix?.[1];
      const prefixStart = m.index - (prefix?.[0].length ?? 0);
      const mainland = /[内內]地$/.test(text.slice(Math.max(0, prefixStart - 2), prefixStart));
      const week =
        near && (mainland || !NOT_BEFORE_NEAR[near]?.test(text[prefixStart - 1] ?? ''))
          ? near
          : undefined;
      const lead = week ? m.index - prefixStart : 0;
      // 每周一, 逢周五: every Monday is a schedule, not a day.
      if (/[每逢隔]/.test(text[m.index - lead - 1] ?? '')) return null;
      // 12月20日为周日: the weekday a date falls on, said of the date, is no second date.
      if (!lead && /[日号號]\s*(?:为|為|是)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) {
        return null;
      }
      const target = weekdayNumber(m[1]!)!;
      const today = ref.getUTCDay();
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      // 本周/这周 keep the publish week; 上周 the one before; 下周 the one after.
      const monday = -((today + 6) % 7);
      const inWeek = monday + ((target + 6) % 7);
      let shift: number;
      // 下下周五 is the Friday of the week after next.
      if (week === '上') shift = inWeek - 7;
      else if (week === '下') shift = inWeek + 7;
      else if (week === '上上') shift = inWeek - 14;
      else if (week === '下下') shift = inWeek + 14;
      else if (week) shift = inWeek;
      else {
        const ahead = (target - today + 7) % 7;
        const back = -((today - target + 7) % 7);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (ZH_FUTURE_BEFORE.test(before)) shift = ahead;
        else if (ZH_PAST_NEAR.test(before) || ZH_DONE_AFTER.test(after)) shift = back;
        // No cue: the nearer one (on a Tuesday, 周四 is this Thursday; on a Friday, the
        // one just gone), ties to the past, which a report tells more often.
        else shift = ahead < -back ? ahead : back;
      }
      return { ...shiftDay(ref, shift), lead };
    },
  },
  // 三天前, 两周前, 一个月前, 两年前, 十年前: counted back from the publish date. Not
  // 5日前 (before the 5th) or 日前 (lately); not 2025年前 (before 2025).
  {
    re: /(?<![\d〇○零一二两兩三四五六七八九十百千万萬近])(\d{1,2}|[一二两兩三四五六七八九十]{1,3}|半)\s*(?:(天)|(周|週|星期|个星期|個星期)|(个月|個月)|(年))前(?![后後夕])/g,
    // (the unit and 前 together: 前 alone is in most Chinese texts, and this pass opens
    // with a lookbehind tried at every position)
    needs: ['天前', '周前', '週前', '期前', '月前', '年前'],
    build(m, ref) {
      const n = m[1] === '半' ? 0.5 : /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
      if (!n || n > 99) return null;
      if (m[2]) return n % 1 ? null : shiftDay(ref, -n);
      if (m[3]) return n % 1 ? null : shiftDay(ref, -7 * n);
      if (m[4]) return n % 1 ? null : shiftMonth(ref, -n);
      // 半年前: six months back
      if (n % 1) return shiftMonth(ref, -6);
      return { year: ref.getUTCFullYear() - n, yearOnly: true };
    },
  },
  // 2027/28年度, 2026/27課稅年度: a fiscal or tax year written by its two calendar years,
  // valued by the first (Hong Kong's run from April)
  {
    re: /((?:19|20)\d{2})\s*[/／]\s*(\d{2})\s*(?:財政|财政|課稅|课税|税务|稅務)?年度/g,
    needs: ['年度'],
    build: (m) =>
      Number(m[2]) === (Number(m[1]) + 1) % 100 ? { year: Number(m[1]), fiscal: true } : null,
  },
  // 本財政年度, 下個財政年度, 上一課稅年度: Hong Kong's fiscal year runs from April
  {
    re: /(本|今|下|上)一?(?:個|个)?(?:財政|财政|課稅|课税)年度/g,
    needs: ['年度'],
    build(m, ref) {
      const start = ref.getUTCMonth() >= 3 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
      const shift = m[1] === '下' ? 1 : m[1] === '上' ? -1 : 0;
      return { year: start + shift, fiscal: true };
    },
  },
  // 即日起生效, 即日開始: from the day of publication
  {
    re: /即日(?=起|开始|開始|生效|实施|實施|施行|执行|執行)/g,
    needs: ['即日'],
    build: (_m, ref) => shiftDay(ref, 0),
  },
  // 今日, 昨天, 明日(起施行), 前天, 后天, 大后天
  {
    re: /([今昨明前后後隔])([日天晨早晚夜])/g,
    // Single characters: looking for each two-character word would cost more than the pass.
    needs: ['今', '昨', '明', '前', '后', '後', '隔晚'],
    build: relativeDay,
  },
  // 本周, 这周, 上週, 下个星期, 这一周: the week (its Monday, until its Sunday);
  // 本月, 上个月, 下個月, 上月, 本月底, 下月1日: the month (or its day) from the publish date
  // (本月29至30日: a range of days writes 日 once, after its last)
  {
    re: new RegExp(
      `(上上|下下|[本这這上下])([个個一])?(?:(周|週|星期|礼拜|禮拜)|(月)(?:份)?(?:(${DAY})\\s*(?:[日号號]|(?=[至到~～-]\\s*${DAY}\\s*[日号號])))?(初|底|末|上旬|中旬|下旬)?)`,
      'g',
    ),
    needs: ['周', '週', '星期', '礼拜', '禮拜', '月'],
    build: nearWeekOrMonth,
  },
  // 90年代, 上世纪90年代, 20世纪八十年代, 1990年代: the decade, from its first year until its last
  {
    re: /((?:19|20)\d0|\d0|[二三四五六七八九]十)\s*年代(初期?|中期|末期?)?/g,
    needs: ['年代'],
    notAfter: /[\d〇○零一二三四五六七八九十]/,
    before: /(?:(上)[个個]?|(本)|(\d{2}|二十一?|十九))世[纪紀]\s*$/,
    build(m, ref, prefix) {
      const raw = m[1]!;
      let first: number;
      if (raw.length === 4) first = Number(raw);
      else {
        const decade = num(raw);
        const century = prefix?.[1]
          ? 19
          : prefix?.[2]
            ? 20
            : prefix?.[3]
              ? num(prefix[3]) - 1
              : null;
        first = century === null ? decadeOf(decade, ref) : century * 100 + decade;
      }
      // 90年代初(期) start, 中期 mid, 末(期) end of the decade; the value stays the decade.
      const part = m[2] ? (m[2].startsWith('中') ? '中期' : m[2][0]) : undefined;
      return { year: first, until: { year: first + 9 }, ...(part ? { part } : {}) };
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
  // 2022-07-01, 2022/7/1, 2022.07.01 (and 2019-09-3007:42, where a page glued the time on),
  // in text of either language. One separator throughout; not after a letter, digit,
  // dot, slash or hyphen (v2024.01.29, a path /2024/01/29/, a longer number), nor
  // running on into another number (2024-01-29-1, 2024.01.29.2).
  {
    re: /((?:19|20)\d{2})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?:(?=\d{2}:\d{2})|(?![\d/]|[-.]\d))/g,
    needs: [],
    notAfter: /[\w./\\-]/,
    build(m) {
      // 2024.3.1 is a calendar version (JetBrains, Ubuntu); a dotted date pads a part.
      if (m[2] === '.' && m[3]!.length === 1 && m[4]!.length === 1) return null;
      return { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
    },
  },
];

// What follows a match that turns it into something else: durations (5年期, 3年内),
// ages, or a year that is really a count (2000年来? no — 以来 keeps it a date). Sticky,
// tried at the match's end: no slice per match.
// 2026年第58号公告: a document's number in its year (今年第三次 stays a date). (余额 after
// a period's end is its balance: 一季度末余额.)
const NOT_A_DATE_AT =
  /期(?![间間])|间|内|多(?![数數])|余(?![额額])|左右的时间|岁|第[\d一二三四五六七八九十百]+(?:号|號|批)/y;
const notADateAt = (text: string, at: number) => {
  NOT_A_DATE_AT.lastIndex = at;
  return NOT_A_DATE_AT.test(text);
};
// Spans such as 未来5年 or 1-2年 never match (a year needs four digits), and 日前 / 近日
// hold no date grammar at all.

/*
 * 7月1日, 6月24日, 5月中旬, 12月底, 三月份, 1-8月, 今年1—8月份, 25日: forms whose number
 * comes first. A pattern that starts with a number is tried at every digit and numeral
 * of the text (2 ms a megabyte each); these are found from the 月 or 日 they end in
 * (0.2 ms) and read outwards: the number with a $-anchored expression on the few
 * characters before, the rest with a sticky one after.
 */
const MONTH_NUMBER_BACK = new RegExp(`(${MONTH})\\s*$`);
const MONTH_NOT_AFTER = /[\d年〇○零一二三四五六七八九十]/;
// (12月8至9日, 1月26-27日: a range of days written with one 日)
const MONTH_REST = new RegExp(
  `(?:份)?\\s*(?:(${DAY})\\s*(?:[-—–~～至到]\\s*(${DAY})\\s*)?[日号號])?(上旬|中旬|下旬|初|底|末)?`,
  'y',
);
// 1-8月, 1至3月: the first month of a range, before the last one's number
const RANGE_FIRST_BACK = /(1[0-2]|0?[1-9])\s*[-—–~～至到]\s*$/;
const DAY_NUMBER_BACK = /(3[01]|[12]\d|0?[1-9])\s*$/;
const DAY_NOT_AFTER = /[\d月年日号號.\-/〇○零一二三四五六七八九十]/;
// 3日内, 5日前 (a duration, "five days ago"), 3日间, 10日元 (yen)
const DAY_NOT_BEFORE = /[前内间元]/;
// 提前30日公示, 满15日后: days counted from something else, not a day of the month.
const DAYS_LONG_BEFORE =
  /(?:期[^，。；]{0,4}(?:为|為|是)|(?:延展|延长|延長|展延|为期|為期|提前|满|滿|逾|超过|超過|不少于|不少於|不超过|不超過|至少|最少|长达|長達))\s*$/;

function monthForms(text: string, ref: Date, found: FoundDate[]): void {
  for (let at = text.indexOf('月'); at !== -1; at = text.indexOf('月', at + 1)) {
    const number = MONTH_NUMBER_BACK.exec(text.slice(Math.max(0, at - 6), at));
    if (!number) continue;
    let start = at - number[0].length;
    if (MONTH_NOT_AFTER.test(text[start - 1] ?? '')) continue;
    MONTH_REST.lastIndex = at + 1;
    const rest = MONTH_REST.exec(text)!; // all optional: matches, perhaps empty
    const end = MONTH_REST.lastIndex;
    if (notADateAt(text, end)) continue;
    const raw = number[1]!;
    const month = num(raw);
    const day = rest[1] ? num(rest[1]) : undefined;
    const lastDay = rest[2] ? num(rest[2]) : undefined;
    const part = rest[3];
    const digits = /^\d+$/.test(raw);
    // 1—8月份, 今年1至3月 (not 1-8月15日, which is a day of August)
    const range =
      digits && day === undefined
        ? RANGE_FIRST_BACK.exec(text.slice(Math.max(0, start - 8), start))
        : null;
    if (range && !/[\d.]/.test(text[start - range[0].length - 1] ?? '')) {
      const from = Number(range[1]);
      if (month > from) {
        start -= range[0].length;
        const prefix = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
        // 1-11月 read in January, with no year: months that have not all come this
        // year yet are last year's (a statistic's year to date).
        const year =
          prefix || month <= ref.getUTCMonth() + 1
            ? yearFrom(prefix, ref)
            : ref.getUTCFullYear() - 1;
        if (prefix) start -= prefix[0].length;
        found.push({ start, end, parts: { year, month: from }, until: { year, month } });
        continue;
      }
    }
    // A bare month needs a day or a part to be a date ("3月" alone is fine too, and
    // 十一月 or 三月; but "一月" can be "one month": it needs 份 or a day).
    if (day === undefined && !part && raw === '一' && !rest[0].includes('份')) continue;
    const year = resolveMonthDay(month, day ?? 15, ref);
    const parts = { year, month, day, part, yearGuessed: true } as const;
    if (day !== undefined && lastDay !== undefined && lastDay > day) {
      found.push({ start, end, parts, until: { year, month, day: lastDay, yearGuessed: true } });
    } else found.push({ start, end, parts });
  }
}

// 25日, 周三(25日): a day of the publish month (or the nearest month holding that day)
function dayForms(text: string, ref: Date, found: FoundDate[]): void {
  for (let at = text.indexOf('日'); at !== -1; at = text.indexOf('日', at + 1)) {
    const number = DAY_NUMBER_BACK.exec(text.slice(Math.max(0, at - 4), at));
    if (!number) continue;
    const start = at - number[0].length;
    if (DAY_NOT_AFTER.test(text[start - 1] ?? '') || DAY_NOT_BEFORE.test(text[at + 1] ?? '')) {
      continue;
    }
    if (notADateAt(text, at + 1)) continue;
    // 审议期一般为28日，可延展21日: a period's length in days, not a day of the month.
    if (DAYS_LONG_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    // (理監事會將於21日召開, filed on the 5th: the 21st ahead, though last month's is nearer)
    const lead = text.slice(Math.max(0, start - 8), start);
    const tense = FUTURE_ZH_BEFORE.test(lead) ? 1 : PAST_ZH_BEFORE.test(lead) ? -1 : 0;
    const parts = nearestDay(Number(number[1]), ref, tense);
    if (parts) found.push({ start, end: at + 1, parts });
  }
}

// 昨（22）日, 今（23）日起, 明（24）日: Taiwan's press writes the day inside the relative word.
// Two mentions, as a gloss is: the relative day, and the day of the month it names.
const TAIWAN_DAY = /([前昨今明後后])\s*[（(]\s*(3[01]|[12]\d|0?[1-9])\s*[）)]\s*日/g;
const TAIWAN_SHIFT: Record<string, number> = { 前: -2, 昨: -1, 今: 0, 明: 1, 後: 2, 后: 2 };

function taiwanDayForms(text: string, ref: Date, found: FoundDate[]): void {
  TAIWAN_DAY.lastIndex = 0;
  for (let m = TAIWAN_DAY.exec(text); m; m = TAIWAN_DAY.exec(text)) {
    const relative = shiftDay(ref, TAIWAN_SHIFT[m[1]!]!);
    // the written day, in the month of the relative one (or the nearest month holding it)
    const written = Number(m[2]);
    const at = new Date(Date.UTC(relative.year, relative.month! - 1, relative.day));
    const day = written === relative.day ? relative : (nearestDay(written, at) ?? relative);
    found.push({ start: m.index, end: m.index + 1, parts: relative });
    found.push({ start: m.index + 1, end: m.index + m[0].length, parts: day });
  }
}

// 明（2034）年, 去（2032）年: the year the same way.
const TAIWAN_YEAR = /([去今明])\s*[（(]\s*((?:19|20)\d\d)\s*[）)]\s*年/g;
const TAIWAN_YEAR_SHIFT: Record<string, number> = { 去: -1, 今: 0, 明: 1 };

function taiwanYearForms(text: string, ref: Date, found: FoundDate[]): void {
  TAIWAN_YEAR.lastIndex = 0;
  for (let m = TAIWAN_YEAR.exec(text); m; m = TAIWAN_YEAR.exec(text)) {
    const year = ref.getUTCFullYear() + TAIWAN_YEAR_SHIFT[m[1]!]!;
    found.push({ start: m.index, end: m.index + 1, parts: { year } });
    found.push({ start: m.index + 1, end: m.index + m[0].length, parts: { year: Number(m[2]) } });
  }
}

// 2043年7月，证监会…；当年10月23日起: a month of the year the text last wrote, in full.
const SAME_YEAR_MONTH =
  /(?:当年|當年|同年|该年|該年)(1[0-2]|0?[1-9])月(?:(3[01]|[12]\d|0?[1-9])[日号號])?/g;
const WRITTEN_YEAR = /((?:19|20)\d\d)年/g;

function sameYearForms(text: string, found: FoundDate[]): void {
  SAME_YEAR_MONTH.lastIndex = 0;
  for (let m = SAME_YEAR_MONTH.exec(text); m; m = SAME_YEAR_MONTH.exec(text)) {
    // the year written last before it, within its paragraph or the one before
    let year: RegExpExecArray | null = null;
    const back = text.slice(Math.max(0, m.index - 300), m.index);
    WRITTEN_YEAR.lastIndex = 0;
    for (let y = WRITTEN_YEAR.exec(back); y; y = WRITTEN_YEAR.exec(back)) year = y;
    if (!year) continue;
    const parts = {
      year: Number(year[1]),
      month: Number(m[1]),
      day: m[2] ? Number(m[2]) : undefined,
    };
    found.push({ start: m.index, end: m.index + m[0].length, parts });
  }
}

export function findChineseDates(text: string, ref: Date): FoundDate[] {
  const found: FoundDate[] = [];
  // A pass per pattern costs a few nanoseconds a character: skip those whose
  // characters the text never uses (all of them, on an English page).
  const hasCjk = CJK.test(text);
  const holds = (key: string) => textHolds(text, key);
  for (const { re, build, before, notAfter, needs } of PATTERNS) {
    if (needs.length && (!hasCjk || !needs.some(holds))) continue;
    eachMatch(text, re, notAfter ?? null, (m) => {
      if (!m[0].trim()) return;
      const end = m.index + m[0].length;
      // (三季度内 is within the quarter: a date, where 3年内 is a duration)
      if (notADateAt(text, end) && !(text[end] === '内' && text[end - 1] === '度')) return;
      const prefix = before ? before.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
      const built = build(m, ref, prefix);
      if (!built) return;
      const prefixLength = prefix ? prefix[0].length : 0;
      // Most builds carry neither a range nor a lead: their parts serve as they are
      // (a rest copy per match was a fair share of the pass).
      if (built.until === undefined && built.lead === undefined) {
        found.push({ start: m.index - prefixLength, end, parts: built });
        return;
      }
      const { until, lead, ...parts } = built;
      const start = m.index - (lead ?? prefixLength);
      found.push(until ? { start, end, parts, until } : { start, end, parts });
    });
  }
  if (hasCjk) {
    monthForms(text, ref, found);
    dayForms(text, ref, found);
    if (text.includes('）日') || text.includes(')日')) taiwanDayForms(text, ref, found);
    if (text.includes('）年') || text.includes(')年')) taiwanYearForms(text, ref, found);
    if (text.includes('年同期')) samePeriodDates(text, ref, found);
    if (/[当當同该該]年\d/.test(text)) sameYearForms(text, found);
  }
  return found;
}
