import { NOT_BEFORE_WORDS, regularPastBefore } from './date-tense';
import { monthNumber } from '../month-names';
import {
  decadeOf,
  englishCount,
  nearestDay,
  resolveMonthDay,
  shiftDay,
  shiftMonth,
  weekOf,
  type DateParts,
  type FoundDate,
  weekdayNumber,
} from './date-values';
import { eachMatch } from './each-match';
import { textHolds } from './text-keys';

/**
 * English dates by our own grammar: calendar dates (Nov. 7, Sept. 16-17, 2025,
 * March 31, 2028, 3 June 2024, May 2024, last November, on Tuesday) and what
 * finance writing adds (by the end of 2027, Q3 2024, fiscal 2025, the third
 * quarter, in 2025, next year, the August statement). chrono-node read the calendar
 * forms well but cost about a millisecond per sentence.
 *
 * Each form is found from a required anchor (a month name, a weekday, a four-digit
 * year, "quarter", "end", "yesterday", a slash between numbers, an ordinal, a decade's
 * "0s"), and the words around it are read with short anchored expressions: a pattern
 * that starts with optional words is tried at every position of the text and cost
 * several times more. Forms whose key the text lacks are skipped.
 *
 * Numeric dates (4/22, 4/22/2025, 22/04/2025) are read here for pages in either
 * language, since this grammar runs on every text; ISO-like 2024-01-29 is read by the
 * Chinese grammar, which runs that form on every text too.
 *
 * Times of day, durations and vague spans ("over the last week", "three months ago")
 * are left out, and so is a bare "today" (see DAY_WORDS).
 */

export interface EnglishDateOptions {
  /** Read 04/05/2025 as 4 May: see DateOptions in dates.ts. */
  dayFirst?: boolean;
}

type Built = DateParts & { until?: DateParts };

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };
const monthOf = (name: string) => monthNumber(name)!;

const YEAR = '((?:19|20)\\d{2})';
// Full names, or abbreviations with their optional full stop (a sentence's own full
// stop after "December." stays out of the date).
const MONTH_ANCHOR =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\b|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)/g;
// After the month: a day (and range, and year), or a year. "Sept. 11:30" is a time;
// "due on Sept. 11: economists expect…" ends its clause with a colon.
const DAY_AFTER = new RegExp(
  `\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s*[-–]\\s*|\\s+(?:to|through|and)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d|\\s*(?:%|percent|per\\s*cent|[ap]\\.?m\\b|bps?\\b|basis)))?(?:,?\\s+${YEAR})?(?!\\d|:\\d)`,
  'y',
);
const LAST_NEXT_BEFORE = /\b(last|next)\s+$/i;
/** The year of the last (-1) or next (1) occurrence of a month's day, the publish day excluded. */
function occurrenceYear(month: number, day: number, ref: Date, way: -1 | 1): number {
  const year = ref.getUTCFullYear();
  const at = Date.UTC(year, month - 1, day);
  const today = Date.UTC(year, ref.getUTCMonth(), ref.getUTCDate());
  if (way < 0) return at < today ? year : year - 1;
  return at > today ? year : year + 1;
}
const REL_YEAR_AFTER = /\s+(?:of\s+)?(next|last|this)\s+year\b/iy;
const YEAR_AFTER = new RegExp(`(?:\\s+of)?,?\\s+${YEAR}\\b`, 'y');
// Before the month: a day ("3 June"), or a word that makes a month alone a time.
const DAY_BEFORE = /\b(\d{1,2})(?:(?:st|nd|rd|th)\s+of|st|nd|rd|th)?\s+$/;
// 17-18 December, 3 to 5 March: a range of days before its month.
const DAY_RANGE_BEFORE =
  /\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and|through)\s+)(\d{1,2})(?:st|nd|rd|th)?\s+$/;
const TIME_WORD_BEFORE =
  /(?:\b(in|since|until|by|from|through|past|after|before|last|next|this|early|mid|late|as of|as (?:soon|early|late) as|both|either|skip|skips|skipped|skipping|for|during|throughout|its|their|whose)(?:\s+at\s+least)?\s+|\b(?:months?|weeks?|year|quarter|period)\s+(?:to|ended|ending)\s+|\b(?:days|weeks)\s+of\s+|\b(mid-)|[A-Za-z]['’]s\s+|\b(?:the\s+)?(end|start|beginning|middle|first half|second half|rest) of\s+|\b(?:the\s+)?(?:whole|remainder) of\s+|\b(end|start)-(?:of-)?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:and|or|to|through)\s+|\b((?:out|back|forward|postponed|delayed|deferred|moved|shifted|pushed|rescheduled)\s+to)\s+)$/i;
const MONTH_PART: Record<string, string> = {
  end: 'end',
  start: 'start',
  beginning: 'start',
  middle: 'mid',
  'first half': 'early',
  'second half': 'late',
};
// A month alone followed by what a policy body or a statistics office publishes.
const RELEASE_AFTER =
  /^\s+(?:meeting|statement|minutes|decision|projections|forecasts?|policy meeting|jobs report|payrolls|CPI|inflation data|retail sales|trade (?:figures|data)|figures|data|(?:rate\s+)?(?:cut|hike|increase|reduction)s?|move|deadline|vote|auction|fixing|refunding|(?:policy\s+)?review|hearing|inflation|PMI|production|output|start|print|round|pay data|payroll count|recess)\b/;
// "February sales rose 18 per cent": a month's own figures (not after May, the verb)
const MONTH_FIGURE_AFTER =
  /^\s+(?:sales|deliveries|shipments|orders|exports|imports|output|production|volumes|revenue|bookings|registrations)\b/;
// "the August and September totals": the first of a pair of months.
const PAIR_AFTER =
  /^\s+(?:and|or|to|through)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
// What a quarter's report is called after it: second-quarter results, Q3 GDP.
const QUARTER_REPORT_AFTER =
  /^\s*(?:of\s+\d{4}\s+)?(?:-|\s)?(?:results|earnings|report|reports|figures|data|numbers|GDP|growth|profits?|revenue|sales)\b/i;
// A forecast of a period: "expects inflation to peak in the fourth quarter".
// ("see core PCE inflation at 2.7% in the fourth quarter", but not "wanted to see")
const FORECAST_BEFORE =
  /\b(?:expects?|forecasts?|projects?|sees|(?<!\bto\s)see|predicts?|anticipates?)\b/i;
const FUTURE_BEFORE = new RegExp(
  `\\b(?:will|would|can(?!not\\b|['’]t\\b)|could(?!\\s+have\\b)|might(?!\\s+have\\b)|${NOT_BEFORE_WORDS}|is to|are to|scheduled|slated|due to|set to|next|expected|hope[sd]? to|hoping to|plans? to|planning to|aims? to|intends? to|chance of|odds of|probability of|reports|ahead of|upcoming|later|before(?!\\s+(?:MPs|lawmakers|legislators|[Pp]arliament|Congress|senators|reporters|the\\s+(?:committee|House|Senate|court|judge|panel))\\b)|concludes|begins|starts|meets|meet|due|releases|publishes|announces|unveils|hosts|holds|delivers|follows|calendar|gets its turn|kicks off|on deck|comes out|come out|is out|lands|arrive|arrives|report|follow|expect|expects)\\b(?:[^.\\n]|\\.(?=\\d)){0,40}$`,
  'i',
);

// ", 12 and 13", ", 12, 13 or 14": days listed after a day, none a figure's number.
const DAY_LIST =
  /^,\s*(\d{1,2})(?:,\s*(\d{1,2}))?,?\s+(?:and|or)\s+(\d{1,2})(?![\d:.,]\d|\s*(?:%|percent|per\s*cent|[ap]\.?m\b|bps?\b|basis|million|billion|years?|months?|weeks?|days?))\b/;
function listedDays(text: string, at: number, first: Built, found: FoundDate[]): void {
  const list = DAY_LIST.exec(text.slice(at, at + 24));
  if (!list) return;
  let last = first.day!;
  let from = at;
  for (const written of [list[1], list[2], list[3]]) {
    if (!written) continue;
    const day = Number(written);
    if (day <= last || day > 31) return;
    last = day;
    const start = text.indexOf(written, from);
    from = start + written.length;
    push(found, start, from, { ...first, day });
  }
}

function monthDates(text: string, ref: Date, found: FoundDate[]): void {
  const re = MONTH_ANCHOR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const month = monthOf(m[1] ?? m[2]!);
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    DAY_AFTER.lastIndex = end;
    const day = DAY_AFTER.exec(text);
    if (day) {
      // March 31, 2028 · Nov. 7 · Sept. 16-17, 2025
      const d = Number(day[1]);
      // "May 15 and 3 others": a second number no later than the first is no range.
      if (day[2] && Number(day[2]) <= d) {
        const year = resolveMonthDay(month, d, ref);
        push(found, start, end + day[0].indexOf(day[1]!) + day[1]!.length, {
          year,
          month,
          day: d,
          ...GUESSED,
        });
        continue;
      }
      // Dec. 10 last year, June 3 next year: the day of that year, one date.
      REL_YEAR_AFTER.lastIndex = DAY_AFTER.lastIndex;
      const dayRelYear = day[3] ? null : REL_YEAR_AFTER.exec(text);
      // "last May 14", "next March 3": the day's last or next occurrence, the word kept
      const leadWord = day[3] || dayRelYear ? null : LAST_NEXT_BEFORE.exec(before);
      const year = day[3]
        ? Number(day[3])
        : dayRelYear
          ? ref.getUTCFullYear() + (YEAR_SHIFT[dayRelYear[1]!.toLowerCase()] ?? 0)
          : leadWord
            ? occurrenceYear(month, d, ref, leadWord[1]!.toLowerCase() === 'last' ? -1 : 1)
            : resolveMonthDay(month, d, ref);
      const settled = day[3] || dayRelYear || leadWord;
      const parts: Built = { year, month, day: d, ...(settled ? {} : GUESSED) };
      if (day[2]) parts.until = { year, month, day: Number(day[2]) };
      const from = leadWord ? start - leadWord[0].length : start;
      push(found, from, dayRelYear ? REL_YEAR_AFTER.lastIndex : DAY_AFTER.lastIndex, parts);
      // May 11, 12 and 13: the days listed after a month's day are that month's
      if (!day[2] && !day[3] && !dayRelYear) listedDays(text, DAY_AFTER.lastIndex, parts, found);
      continue;
    }
    // June next year, March last year, May this year: the month of that year.
    REL_YEAR_AFTER.lastIndex = end;
    const relYear = REL_YEAR_AFTER.exec(text);
    if (relYear) {
      // (1 July this year: with its day written before the month)
      const year = ref.getUTCFullYear() + (YEAR_SHIFT[relYear[1]!.toLowerCase()] ?? 0);
      const dayFirst = DAY_BEFORE.exec(before);
      if (dayFirst) {
        push(found, start - dayFirst[0].length, REL_YEAR_AFTER.lastIndex, {
          year,
          month,
          day: Number(dayFirst[1]),
        });
      } else push(found, start, REL_YEAR_AFTER.lastIndex, { year, month });
      continue;
    }
    YEAR_AFTER.lastIndex = end;
    const yearAfter = YEAR_AFTER.exec(text);
    // 3 June 2024 · 12th March · 17-18 December (a range of days before its month)
    const range = DAY_RANGE_BEFORE.exec(before);
    const dayLead = range && Number(range[1]) < Number(range[2]) ? range : DAY_BEFORE.exec(before);
    if (dayLead) {
      const d = Number(dayLead[1]);
      const year = yearAfter ? Number(yearAfter[1]) : resolveMonthDay(month, d, ref);
      const parts: Built = { year, month, day: d, ...(yearAfter ? {} : GUESSED) };
      if (dayLead === range) parts.until = { year, month, day: Number(range[2]) };
      push(found, start - dayLead[0].length, yearAfter ? YEAR_AFTER.lastIndex : end, parts);
      continue;
    }
    if (yearAfter) {
      // May 2024, June of 2023
      push(found, start, YEAR_AFTER.lastIndex, { year: Number(yearAfter[1]), month });
      continue;
    }
    // A month alone needs a word that makes it a time (in March, last November,
    // mid-December) or what is published in it (the August statement); "May" alone
    // is usually the verb.
    if (/^\s*\d/.test(text.slice(end, end + 3))) continue;
    const word = TIME_WORD_BEFORE.exec(before);
    const release =
      !word &&
      (RELEASE_AFTER.test(text.slice(end, end + 30)) ||
        // "CPI (Oct.)": a calendar's release and the month it covers, in brackets
        (/\(\s*$/.test(before) && /^\s*\)/.test(text.slice(end, end + 3))) ||
        PAIR_AFTER.test(text.slice(end, end + 20)) ||
        // ("April's pace", "March's reading": a month's own figure; not May's, a person's)
        (month !== 5 &&
          (MONTH_FIGURE_AFTER.test(text.slice(end, end + 20)) ||
            /^['’]s\s/.test(text.slice(end, end + 3)))));
    if (!word && !release) continue;
    // (pushed out to June; "back to June Smith" is a person)
    if (word?.[5] && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 4))) continue;
    const lead = (word?.[1] ?? '').toLowerCase();
    const refMonth = ref.getUTCMonth() + 1;
    let year = ref.getUTCFullYear();
    let guessed = false;
    if (lead === 'last' || lead === 'since' || lead === 'as of') {
      if (month > refMonth || (lead === 'last' && month === refMonth)) year--;
    } else if (['next', 'until', 'by', 'past', 'through', 'before'].includes(lead)) {
      // Words that look ahead: the next such month (a Dec. story's "past March"), unless
      // the sentence is in the past ("rose 2.7% in the 12 months through April").
      // ("after" is either way: a December story's "after November's hold" is last month.)
      // (a statistic's span is over when it is reported: "to have risen 2.7% in the year
      // through October", whatever verb of forecast the sentence holds)
      const lookBack = text.slice(Math.max(0, start - 60), start);
      const past =
        lead !== 'next' && (PAST_CLAUSE.test(lookBack) || STATISTIC_SPAN_BEFORE.test(lookBack));
      if (past) {
        if (month > refMonth) year--;
      } else if (month < refMonth || (lead === 'next' && month === refMonth)) year++;
    } else if (lead !== 'this') {
      // "in March", mid-December, a possessive or a published month: the nearest,
      // until the clause's tense says otherwise.
      year = resolveMonthDay(month, 15, ref);
      guessed = true;
    }
    // "last November", "mid-December", "the end of September" keep their words; "in
    // March" marks March.
    // (end-March, start-June: the market's shorthand for the end of the month)
    const partWord = word?.[3] ?? word?.[4];
    const part = partWord ? MONTH_PART[partWord.toLowerCase()] : undefined;
    const keep =
      ['last', 'next', 'this', 'early', 'mid', 'late'].includes(lead) || !!word?.[2] || !!part;
    push(found, keep && word ? start - word[0].length : start, end, {
      year,
      month,
      ...(part ? { part } : {}),
      ...(guessed ? GUESSED : {}),
    });
  }
}

/**
 * The year of a span of months written without one (October-December): this year's
 * while it runs, else whichever is nearer, last year's ended span or the next one to
 * begin ("the October-December period", read in January, is the quarter just ended).
 */
function nearestSpanYear(from: number, to: number, ref: Date): number {
  const year = ref.getUTCFullYear();
  const month = ref.getUTCMonth() + 1;
  if (month >= from && month <= to) return year;
  if (month < from) return month + 12 - to < from - month ? year - 1 : year;
  return month - to <= from + 12 - month ? year : year + 1;
}

const STATISTIC_SPAN_BEFORE =
  /\d(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:in|for|over)\s+the\s+(?:year|12\s+months|twelve\s+months|three\s+months|quarter)\s+(?:through|to)\s+$/i;
const GUESSED = { yearGuessed: true } as const;

const WEEKDAY_ANCHOR = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const WEEKDAY_WORD_BEFORE = /\b(last|next|this|on)\s+$/i;
// "every Monday" is a schedule, not a day.
const EVERY_BEFORE = /\b(?:every|each)\s+$/i;
// Black Friday, Cyber Monday, Good Friday, Super Tuesday, Black Monday: a named day
// (a holiday, or the 1987 crash), never the weekday nearest the story.
const NAMED_DAY_BEFORE =
  /\b(?:Black|Cyber|Good|Holy|Easter|Ash|Maundy|Giving|Super|Blue|Manic|Fat|Small Business)\s+$/;

const WEEKDAY_OF_DATE_BEFORE = /(?:,|\b(?:is|was|falls on|fell on|being))\s+a\s+$/i;
// (and a service run that day of every week: Sunday delivery, Saturday opening hours)
const WEEKDAY_AS_KIND_AFTER =
  /^\s+(?:talk\s+shows?|papers|newspapers?|editions?|supplements?|deliver(?:y|ies)|services?|shifts?|opening|openings|hours|shopping|school)\b/i;

// A weekday followed in its clause by a past verb is behind the story ("In
// Thursday's session, a block of 2 million shares changed hands").
const PAST_AFTER =
  /^(?:\s+[a-z]+ed\b|[^.!?;]{0,60}\b(?:was|were|had|did|said|told|warned|rose|fell|closed|ended|traded|changed hands|jumped|slid|gained|lost|climbed|dropped|surged|tumbled|reported|posted|released|issued|unveiled|announced|published|signed|approved|adopted|voted|passed|launched|held|met|agreed|drew|saw)\b)/i;
// (and a calendar's day that "brings" its releases: "Thursday brings July retail sales")
const FUTURE_AFTER =
  /^\s*,?\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){0,5}?)?(?:is|are)\s+(?:expected|forecast|projected|seen|estimated|due|scheduled|slated)\b|^\s+brings\b/i;
// The week a story is about, named before the weekday: "Next week brings the
// heaviest run of reports … Apple reports on Thursday".
const WEEK_CONTEXT = /\b(last|this|next)\s+week\b/gi;
const NEXT_WEEK = /\bnext\s+week/i;
// A sentence that opens with next week, up to the weekday; and a sentence's end within
// it (not the stop of an initial, as in "U.S.").
const NEXT_WEEK_OPENING = /(?:^|[.!?]["”’)]?\s+)((?:In\s+)?[Nn]ext\s+week\b[^]*)$/;
const SENTENCE_END = /(?<!\b[A-Z])[.!?]\s+[A-Z]/;
const WEEK_OPENS = /(?:^|[.!?:;—–-]\s+|\n\s*)(?:(?:for|in|during|over|and)\s+)?$/i;

/** Where each week a sentence opens with stands, and which: -1 last, 0 this, 1 next. */
function weekFrames(text: string): { at: number; week: -1 | 0 | 1 }[] {
  const frames: { at: number; week: -1 | 0 | 1 }[] = [];
  const re = WEEK_CONTEXT;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Only a week that opens its sentence frames what follows ("Next week brings…");
    // "sales rose last week" is one event's time.
    if (!WEEK_OPENS.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const w = m[1]!.toLowerCase();
    frames.push({ at: m.index, week: w === 'last' ? -1 : w === 'next' ? 1 : 0 });
  }
  return frames;
}

// A preview of the days to come, named anywhere in the story: "in the coming week", "the
// week ahead" (not "the week ahead of Christmas").
const COMING_WEEK =
  /\b(?:the|this)\s+(?:coming|upcoming)\s+week\b|\bthe\s+week\s+ahead\b(?!\s+of\b)/i;

// One text's frames, kept while its weekdays are read (a pass per weekday grew with
// the square of a calendar page).
let framesOf: {
  text: string;
  frames: { at: number; week: -1 | 0 | 1 }[];
  coming: boolean;
} | null = null;

function framesFor(text: string): NonNullable<typeof framesOf> {
  return { text, frames: weekFrames(text), coming: COMING_WEEK.test(text) };
}

/** Whether the story previews the coming week (its days are ahead of a weekend's date). */
function previewsComingWeek(text: string): boolean {
  if (framesOf?.text !== text) framesOf = framesFor(text);
  return framesOf.coming;
}

/**
 * The last week framed before `at`: anywhere before it in the story, as a preview's
 * lede ("Next week brings the heaviest run of reports") frames every section after it.
 */
function weekBefore(text: string, at: number): -1 | 0 | 1 | undefined {
  if (framesOf?.text !== text) framesOf = framesFor(text);
  let week: -1 | 0 | 1 | undefined;
  for (const frame of framesOf.frames) {
    if (frame.at >= at) break;
    week = frame.week;
  }
  return week;
}

/**
 * A weekday is the day of the week the sentence looks to: "last"/"next" say so; a
 * past verb looks back and a future one ahead; a week the story named before
 * (next week's reports) holds it; otherwise the nearer one wins (on a Monday,
 * "Tuesday" is tomorrow; on a Friday, "Thursday" was yesterday).
 */
// A scheduled report's verb may stand a long object before its weekday ("reports results
// for the quarter ended May 31 on Tuesday"), or a list of others ("report on Tuesday and
// Wednesday respectively, and Lincoln Electric (LECO) on Thursday").
const FUTURE_VERB_FAR =
  /\b(?:reports?|releases|publishes|comes out|is due|are due|(?:is|are) (?:published|released))\b[^.;\n]{0,90}\bon\s+$/i;

// Words that set a whole sentence ahead, read from its start to the weekday.
const FUTURE_SENTENCE =
  /\b(?:will|is due|are due|is set to|are set to|is scheduled|are scheduled|is slated|are slated|is expected to|are expected to)\b/i;
const PAST_IN_SENTENCE =
  /\b(?:was|were|had|did|said|rose|fell|closed|ended|reported|released|announced)\b/i;
// A present-tense act of a schedule, then its weekday: "speaks on Monday".
const PRESENT_SCHEDULED_BEFORE =
  /\b(?:speaks|appear|appears|testif(?:y|ies)|meets|sells|auctions|holds|votes|begins|starts|opens|expires|returns|visits|hosts|headlines|sets|decides|takes questions|delivers|rounds? out|wraps? up|closes? out)\b[^.;]{0,70}\bon\s+$/i;

// ... and a scheduled report's verb a few words before its bare weekday: "Walmart, which
// reports Thursday", "posts its October figures Wednesday", "follows Wednesday".
const PRESENT_REPORT_BARE =
  /\b(?:reports|releases|publishes|posts|follows|meets|speaks|testifies|votes)\s+(?:[\w'’-]+\s+){0,4}$/i;
const VERB_PAST_RIGHT_AFTER =
  /^\s+(?!(?:scheduled|expected|planned|slated|proposed|needed|based|listed|related|dated)\b)(?:[a-z]{2,}ed|raised|cut|held|kept|left|said|told|made|took|gave|sold|bought|rose|fell|won|lost|began|drew|froze|struck|set\s+(?:out|a|an|the|its|new))\b/;
const MODAL_BEFORE = /\b(?:will|would|could|may|might|shall|should|must|to)\s+(?:\w+\s+){0,2}$/i;
const FOLLOWED_ON = /\bfollowed\s+on\s+$/i;
const AHEAD_OF_BEFORE =
  /\b(?:ahead of|before|in the run-up to)\s+(?:its|their|the)\s+[^.;,]{0,40}\bon\s+$/i;
// A price's move told done, right before its weekday: "dropped 4.1% on Wednesday".
const MOVED_BEFORE =
  /\b(?:rose|fell|dropped|gained|lost|jumped|slid|climbed|tumbled|surged|sank|slipped|rallied|declined|advanced|added|shed|closed|ended|finished)\s+(?:(?:by\s+)?[\d.,]+\s?(?:%|percent|per cent|points?|cents?)\s+)?(?:on|in)\s+$/i;

/** The words of `at`'s sentence before it, at most `reach` characters. */
function sentenceBefore(text: string, at: number, reach: number): string {
  const before = text.slice(Math.max(0, at - reach), at);
  const stop = /^[\s\S]*(?:[.!?;](?=\s)|\n)/.exec(before);
  return stop ? before.slice(stop[0].length) : before;
}

function weekdayShift(
  text: string,
  at: number,
  end: number,
  lead: string | undefined,
  today: number,
  target: number,
): number {
  const ahead = (target - today + 7) % 7;
  const back = -((today - target + 7) % 7);
  if (lead === 'next') return ahead === 0 ? 7 : ahead;
  if (lead === 'last') return back === 0 ? -7 : back;
  const before = text.slice(Math.max(0, at - 60), at);
  // The publish date's own weekday is that day, whichever way the sentence looks, but
  // in a story of next week's calendar a scheduled act's day is next week's ("Next
  // week brings … Grainger reports on Friday", filed on a Friday evening; "reports on
  // Friday and is the only large cap on next week's list").
  if (target === today && lead !== 'this') {
    const scheduled =
      FUTURE_BEFORE.test(before) || FUTURE_VERB_FAR.test(text.slice(Math.max(0, at - 120), at));
    // ("Next week, investors will look to … and U.S. payrolls on Friday": the sentence's
    // own week, told ahead, holds the day)
    const opening = NEXT_WEEK_OPENING.exec(text.slice(Math.max(0, at - 240), at))?.[1];
    if (opening && !SENTENCE_END.test(opening) && !PAST_IN_SENTENCE.test(opening)) return 7;
    if (!scheduled || PAST_BEFORE.test(before)) return 0;
    const sentenceAfter = /^[^.!?;]*/.exec(text.slice(end, end + 160))![0];
    return weekBefore(text, at) === 1 || NEXT_WEEK.test(sentenceAfter) ? 7 : 0;
  }
  // "the agency on Tuesday raised the ceiling": a past verb right after the weekday is
  // the day's own act, whatever the sentence around it looks to ("… next year, after")
  if (VERB_PAST_RIGHT_AFTER.test(text.slice(end, end + 24)) && !MODAL_BEFORE.test(before)) {
    return back;
  }
  // "cut its rate on Friday, effective Monday": a measure's start lies ahead of its act
  if (EFFECTIVE_BEFORE.test(before)) return ahead === 0 ? 7 : ahead;
  // "could begin trading as soon as Monday": the earliest a thing may happen is ahead
  // ("Markets are closed Monday for Juneteenth": a closing told in the present, too)
  if (SOONEST_BEFORE.test(before) || CLOSED_BEFORE.test(before)) return ahead;
  // "report on Wednesday, followed on Thursday by Truist": the next item of a schedule,
  // not a past verb
  // "added 2.6% ahead of its quarterly results on Thursday": the results are ahead
  if (AHEAD_OF_BEFORE.test(before)) return ahead;
  const followedBy = FOLLOWED_ON.test(before) && /^\s*by\b/.test(text.slice(end, end + 5));
  // "will sell gilts on Tuesday, after Wednesday's sale drew weak demand": the day after
  // "after" whose own clause is past lies behind, whatever the sentence looks to
  if (/\b(?:after|following)\s+$/i.test(before) && PAST_AFTER.test(text.slice(end, end + 70))) {
    return back;
  }
  // (the report's verb right before its weekday is nearer than a past verb before it:
  // "has lost ground to Walmart, which reports Thursday")
  if (PRESENT_REPORT_BARE.test(before)) return ahead;
  if (!followedBy && PAST_BEFORE.test(before)) return back;
  // A verb before the weekday is nearer evidence than one somewhere after it ("FedEx
  // reports on Tuesday, its first since the unit was spun off").
  if (FUTURE_BEFORE.test(before) || FUTURE_VERB_FAR.test(text.slice(Math.max(0, at - 120), at))) {
    return ahead;
  }
  // "The Treasury will sell notes on Monday, bonds on Tuesday…", "two governors appear
  // at a conference on Tuesday": a sentence told ahead, or a scheduled act in the present.
  const sentence = sentenceBefore(text, at, 160);
  // "shares (ASML) dropped 4.1% on Wednesday", after "would keep falling": the weekday's
  // own past verb, near it, outweighs a future word earlier in the sentence
  if (MOVED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return back;
  if (FUTURE_SENTENCE.test(sentence) && !PAST_IN_SENTENCE.test(sentence)) return ahead;
  if (PRESENT_SCHEDULED_BEFORE.test(sentence)) return ahead;
  // "jobless claims on Thursday are expected at 224,000", "On Wednesday, the index is
  // forecast to…": what is told of the day, after it, looks ahead
  if (FUTURE_AFTER.test(text.slice(end, end + 70))) return ahead;
  if (PAST_AFTER.test(text.slice(end, end + 70))) return back;
  if (regularPastBefore(text.slice(Math.max(0, at - 90), at))) return back;
  const week = lead === 'this' ? 0 : weekBefore(text, at);
  if (week !== undefined) {
    // Monday-based weeks: the publish day's Monday, then the named week's day.
    const fromMonday = (target + 6) % 7;
    const todayFromMonday = (today + 6) % 7;
    return week * 7 + fromMonday - todayFromMonday;
  }
  // A weekend's preview of the coming week ("Investors will get a fresh read on inflation
  // in the coming week … Walmart, which reports Thursday"): its days are the next ones.
  if ((today === 6 || today === 0) && previewsComingWeek(text)) return ahead;
  return ahead <= -back ? ahead : back;
}

function weekdayDates(text: string, ref: Date, found: FoundDate[]): void {
  const re = WEEKDAY_ANCHOR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const target = weekdayNumber(m[1]!)!;
    if (EVERY_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (NAMED_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "Dec. 21, a Monday", "the 20th is a Sunday": the weekday a date falls on.
    if (WEEKDAY_OF_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // the Sunday talk shows, the Sunday papers: a weekday as a kind of thing.
    if (WEEKDAY_AS_KIND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))
      continue;
    const word = WEEKDAY_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const lead = word?.[1]!.toLowerCase();
    const end = m.index + m[0].length;
    const shift = weekdayShift(text, m.index, end, lead, ref.getUTCDay(), target);
    const d = new Date(ref.getTime() + shift * 86_400_000);
    const start =
      lead === 'last' || lead === 'next' || lead === 'this' ? m.index - word![0].length : m.index;
    push(found, start, end, {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
  }
}

// Four-digit years: "in 2025", "by 2030", and bare years in running text (the 2019
// budget), but not amounts, counts or codes.
const YEAR_ANCHOR = /\b((?:19|20)\d{2})\b/g;
const YEAR_WORD_BEFORE =
  /\b(?:in|by|since|from|through|until|before|after|during|early|late|of)\s+$|\bmid-?$/i;
// Also not a group of a phone number or code (+44 20 2031 0123, 400-820-2020).
const NOT_A_YEAR_BEFORE = /(?:[$£€¥￥.,+]|No\.\s?|\d[-–/]|\d\s)$/;
const NOT_A_YEAR_AFTER =
  /^(?:[\d,.]\d|\/\d|\s*(?:%|percent|points|bps|basis points|[万萬亿億元千百点點个個名只台股家倍户戶人次余餘多年月日号號])|-\d|\s\d{3,4}\b)/;
const YEAR_RANGE_AFTER = /^\s*[-–]\s*((?:19|20)\d{2}|\d{2})\b(?![-–.]\d)/;
// "until 2021.44", "by 1993.9.7" (a version), "from 2041元": an amount after the word.
const NOT_AFTER_TIME_WORD =
  /^(?:[-–]\d|[.,]\d|\s*(?:%|percent|points|bps|[万萬亿億元千百点點个個名只台股家倍户戶人次余餘多]))/;

// A document or case number's year: 国办发〔2025〕12号, 证监发[2025]3号,
// （2025）苏07民初123号. The number names a file, not a time.
const DOC_NUMBER_BEFORE = /[〔［[]$/;
const DOC_NUMBER_AFTER = /^[）)](?:[\u4e00-\u9fff]{1,4}\d|\d+号)/;

// The Russell 2000, 中证2000: an index named by its count of stocks.
const INDEX_NAME_BEFORE = /(?:\bRussell|\bWilshire|\bCSI|中证|中證|国证|國證)\s?$/;

function yearDates(text: string, found: FoundDate[]): void {
  const re = YEAR_ANCHOR;
  re.lastIndex = 0;
  // test() and lastIndex, not exec(): each match is the four digits ending at lastIndex
  // (no match array and captures per year of the text).
  while (re.test(text)) {
    const end = re.lastIndex;
    const start = end - 4;
    const year = Number(text.slice(start, end));
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 16);
    // 2007-2009, 2024–25: one date running from the first year to the second
    const range = YEAR_RANGE_AFTER.exec(after);
    if (range && !NOT_A_YEAR_BEFORE.test(before)) {
      const raw = range[1]!;
      const until = raw.length === 2 ? Math.floor(year / 100) * 100 + Number(raw) : Number(raw);
      if (until > year && until - year <= 50) {
        push(found, start, end + range[0].length, { year, until: { year: until } });
        re.lastIndex = end + range[0].length;
        continue;
      }
    }
    if (DOC_NUMBER_BEFORE.test(before) || DOC_NUMBER_AFTER.test(after)) continue;
    if (INDEX_NAME_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    const timeWord = YEAR_WORD_BEFORE.test(before);
    const ok = timeWord
      ? !NOT_AFTER_TIME_WORD.test(after)
      : year >= 1950 &&
        year < 2080 &&
        !NOT_A_YEAR_BEFORE.test(before) &&
        !NOT_A_YEAR_AFTER.test(after);
    // "by mid-2038", "in early 2027": the part of the year is the date's own word (its
    // value stays the year), so what comes before it reads as written against the date
    const part = ok ? YEAR_PART_BEFORE.exec(before) : null;
    if (ok) push(found, start - (part?.[0].length ?? 0), end, { year });
  }
}
const YEAR_PART_BEFORE = /\b(?:early|mid|late)(?:-|\s+)$/i;

// by the end of 2027, at the end of the year, end-2025
// (the close of 2025 likewise)
const END_OF = new RegExp(
  `\\b(?:[Ee]nd(?: of|-)|[Cc]lose of)\\s?(?:(?:the|this|next|last) year|${YEAR})\\b`,
  'g',
);
// the end of the month, the end of next month: that month, at its end.
const MONTH_END = /\b[Ee]nd of (?:the|(this|next|last)) month\b/g;
// year-end 2026; "by year-end" alone is this year's end, but only as a time after a
// preposition and before the clause goes on (not a year-end bonus or rally).
// (Found from "year-end" itself and read around in code: a lookbehind at every
// position of the text cost more than the rest of the pass.)
const YEAR_END = new RegExp(`\\b[Yy]ear[- ]end(?:\\s+${YEAR}\\b)?`, 'g');
const YEAR_END_LEAD =
  /\b(?:[Bb]y|[Aa]t|[Bb]efore|[Uu]ntil|till|through|toward|towards|around|near|[Aa]fter|[Ss]ince|into)\s+$/;
const YEAR_END_GOES_ON =
  /^(?:\s*(?:[,.;:!?)—–]|$)|\s+(?:and|or|as|if|when|to|from|at|in|on|with|while|but|than|amid|because|despite|for|is|was|will|would|the|a|an|it|its|their)\b)/;
const YEAR_SHIFT: Record<string, number> = { next: 1, last: -1 };
// the start of 2027, the beginning of next year: the year's first month.
const START_OF = new RegExp(
  `\\b(?:[Ss]tart|[Bb]eginning)\\s+of\\s+(?:(?:the|this|next|last)\\s+year|${YEAR})\\b`,
  'g',
);
// Q3 2024, Q3 · the third quarter (of 2024), fourth-quarter
// 3Q25, 3Q 2025 (brokers' notes), Q3'25, Q3 FY25.
const Q_FORM = new RegExp(
  `\\b(?:Q([1-4])(?:\\s*(?:of\\s+)?(?:FY\\s?)?${YEAR}|['’](\\d{2})|\\s+FY\\s?(\\d{2}))?|([1-4])Q\\s?(?:${YEAR}|(\\d{2})))\\b`,
  'g',
);
// its fiscal second quarter, ended Dec. 31: the quarter's end names its fiscal year
const FISCAL_BEFORE = /\bfiscal\s+$/i;
const ENDED_AFTER =
  /^,?\s+(?:which\s+|that\s+)?(?:ended|ending)\s+(?:on\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/;

/**
 * The fiscal year of a fiscal quarter written with the day it ended and no year: the
 * year in which the fiscal year closes, (4 − quarter) quarters after that day (Microsoft's
 * fiscal second quarter, ended Dec. 31, 2027, is of fiscal 2028). Null for other quarters.
 */
function fiscalQuarterYear(
  text: string,
  start: number,
  end: number,
  quarter: number,
  ref: Date,
): number | null {
  if (!FISCAL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
  const ended = ENDED_AFTER.exec(text.slice(end, end + 40));
  if (!ended) return null;
  const month = monthOf(ended[1]!); // 1-based
  const closes = month - 1 + 3 * (4 - quarter); // the fiscal year's last month, 0-based from January of the quarter's year
  // A year closing in January or February is a retailer's, which some name by the year it
  // closes in (Walmart) and some by the year it began (Home Depot): left to the reading
  // of the quarter alone.
  if (closes % 12 <= 1) return null;
  // The quarter ended on the latest such day up to the publish date.
  const endYear = month <= ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
  return endYear + Math.floor(closes / 12);
}

// ("the second quarter-point cut in a row" is a count of moves, no quarter; "the final
// quarter" is a date only with its year, "the final quarter of 2040", not a game's)
const QUARTER_WORDS = new RegExp(
  `\\b([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal(?=\\s[Qq]uarter\\s+of\\s+(?:\\d|this|next|last)))[-\\s][Qq]uarter(?![- ]point|-percentage)(?:\\s+of\\s+(?:${YEAR}|(this|next|last) year))?\\b`,
  'g',
);
// Case is spelled out ([Ff]) rather than asked of the engine with /i, which made
// these scans several times slower.
// the first half (of 2024), second-half, H1 2024, 2H19
const HALF_WORDS = new RegExp(
  `\\b([Ff]irst|[Ss]econd)[-\\s][Hh]alf(?:\\s+of\\s+(?:${YEAR}|(this|next|last) year))?\\b`,
  'g',
);
const H_FORM = /\b(?:H([12])\s*((?:19|20)\d{2})|([12])H\s?(\d{2}))\b/g;
// fiscal 2025, fiscal year 2025, FY2025, FY25
const FISCAL = /\b(?:[Ff]iscal(?: [Yy]ear)?\s+((?:19|20)\d{2})|FY\s?((?:19|20)\d{2}|\d{2}))\b/g;
const THE_BEFORE = /\bthe\s+$/i;
// the September quarter (Australian and New Zealand usage), the June-quarter results: the
// quarter ending that month.
const MONTH_QUARTER = new RegExp(
  `\\b(March|June|September|December)[\\s-]quarter(?:\\s+(?:of\\s+)?${YEAR})?\\b`,
  'g',
);
// the end of the first quarter (of 2027), the end of Q3, the end of the quarter: the
// quarter's last month, as the end of the year is December.
const QUARTER_END = new RegExp(
  `\\b[Ee]nd\\s+of\\s+(?:the\\s+)?(?:(?:([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[-\\s]quarter|Q([1-4]))(?:,?\\s+(?:of\\s+)?(?:${YEAR}|(this|next|last)\\s+year))?|(?:the|this)\\s+quarter)\\b`,
  'g',
);

// the July-September quarter, the January-June period, Oct.-Dec. 2026: months joined by a
// dash (Japanese and Indian releases write quarters so).
const MONTH_WORD = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_PAIR = new RegExp(
  String.raw`\b${MONTH_WORD}\s?[-–]\s?${MONTH_WORD}(?:\s+(?:period|quarter|half))?(?:,?\s+(?:of\s+)?${YEAR})?(?![\w-])`,
  'g',
);

const KEYS = new Map<RegExp, string[]>([
  [END_OF, ['end', 'End', 'lose of']],
  [START_OF, ['tart of', 'eginning of']],
  [MONTH_END, [' month']],
  [QUARTER_END, ['uarter', 'Q']],
  [MONTH_QUARTER, ['quarter']],
  [YEAR_END, ['end']],
  [Q_FORM, ['Q']],
  [QUARTER_WORDS, ['uarter']],
  [HALF_WORDS, ['alf']],
  [H_FORM, ['H']],
  [FISCAL, ['iscal', 'FY']],
  [MONTH_PAIR, ['-', '–']],
]);

function financeDates(text: string, ref: Date, found: FoundDate[]): void {
  const refYear = ref.getUTCFullYear();
  const each = (re: RegExp, build: (m: RegExpExecArray) => DateParts, withThe = false) => {
    // A pass costs a few nanoseconds a character: skip forms whose key the text lacks.
    const key = KEYS.get(re);
    if (key && !key.some((k) => textHolds(text, k))) return;
    eachMatch(text, re, null, (m) => {
      const the = withThe ? THE_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index)) : null;
      push(found, m.index - (the ? the[0].length : 0), m.index + m[0].length, build(m));
    });
  };
  each(
    END_OF,
    (m) => ({
      year: m[1]
        ? Number(m[1])
        : refYear + (YEAR_SHIFT[/(next|last) year/.exec(m[0])?.[1] ?? ''] ?? 0),
      month: 12,
      part: 'end',
    }),
    true,
  );
  each(
    MONTH_END,
    (m) => ({ ...shiftMonth(ref, m[1] ? (YEAR_SHIFT[m[1].toLowerCase()] ?? 0) : 0), part: 'end' }),
    true,
  );
  each(
    START_OF,
    (m) => ({
      year: m[1]
        ? Number(m[1])
        : refYear + (YEAR_SHIFT[/(next|last) year/i.exec(m[0])?.[1]?.toLowerCase() ?? ''] ?? 0),
      month: 1,
      part: 'start',
    }),
    true,
  );
  const yearEndKey = KEYS.get(YEAR_END)!;
  if (yearEndKey.some((k) => textHolds(text, k))) {
    eachMatch(text, YEAR_END, null, (m) => {
      const end = m.index + m[0].length;
      if (
        !m[1] &&
        (!YEAR_END_LEAD.test(text.slice(Math.max(0, m.index - 10), m.index)) ||
          !YEAR_END_GOES_ON.test(text.slice(end, end + 10)))
      ) {
        return;
      }
      push(found, m.index, end, { year: m[1] ? Number(m[1]) : refYear, month: 12, part: 'end' });
    });
  }
  // A past verb around a period in its own sentence (the next one may be a market
  // report), and no future one before it: the period is told as done.
  const toldAsDone = (m: RegExpExecArray) => {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const end = /[.!?]["”’]?\s|\n/.exec(after)?.index ?? after.length;
    return PAST_AROUND.test(before + ' ' + after.slice(0, end)) && !FUTURE_BEFORE.test(before);
  };
  // The sentence before a period, up to 160 characters back: a future word may stand
  // far from it ("said it would publish its updated policy … by the end of the first quarter").
  const sentenceLead = (m: RegExpExecArray) => {
    const longer = text.slice(Math.max(0, m.index - 160), m.index);
    return longer.slice(/^[\s\S]*[.!?]["”’]?\s/.exec(longer)?.[0].length ?? 0);
  };
  // The words before a period, and whether a report of it follows ("ahead of its
  // September-quarter report", "will report second-quarter results": the period reported).
  const leadOf = (m: RegExpExecArray) => text.slice(Math.max(0, m.index - 60), m.index);
  const reportFollows = (m: RegExpExecArray) =>
    QUARTER_REPORT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
  // A future word before a period in its sentence, and no past verb around it.
  const toldAhead = (m: RegExpExecArray) => {
    const before = leadOf(m);
    if (!/\b(?:before|by|until|from|in|during)\s+(?:the\s+)?$/i.test(before) || reportFollows(m)) {
      return false;
    }
    const sentence = sentenceLead(m);
    return (FUTURE_BEFORE.test(sentence) || FUTURE_IN_SENTENCE.test(sentence)) && !toldAsDone(m);
  };
  // A quarter written without its year that has not begun yet, in a sentence about the
  // past ("its fourth-quarter profit more than doubled", in January), is last year's.
  const quarterYear = (m: RegExpExecArray, quarter: number, written: string | undefined) => {
    if (written) return Number(written);
    const fiscal = fiscalQuarterYear(text, m.index, m.index + m[0].length, quarter, ref);
    if (fiscal !== null) return fiscal;
    const current = Math.floor(ref.getUTCMonth() / 3) + 1;
    // The first quarter, written in November or December, is the one weeks ahead unless
    // the sentence tells it as done.
    if (quarter === 1 && ref.getUTCMonth() >= 10) return toldAsDone(m) ? refYear : refYear + 1;
    // A quarter already past, told as ahead ("no move before the second quarter", in
    // December), is next year's.
    if (current - quarter >= 2 && toldAhead(m)) return refYear + 1;
    if (quarter <= current) return refYear;
    if (toldAsDone(m)) return refYear - 1;
    // A quarter not begun yet, with no word of the future: the nearer of last year's,
    // ended, and this year's, to come ("fourth-quarter GDP", read in February, is last
    // year's; "the third quarter", read in May, this year's).
    const month = ref.getUTCMonth(); // 0-based
    const sinceEnd = month + 12 - (quarter * 3 - 1);
    const untilStart = (quarter - 1) * 3 - month;
    const lead = leadOf(m);
    const ahead = !reportFollows(m) && (FUTURE_BEFORE.test(lead) || FORECAST_BEFORE.test(lead));
    return !ahead && sinceEnd < untilStart ? refYear - 1 : refYear;
  };
  each(
    QUARTER_END,
    (m) => {
      const current = Math.floor(ref.getUTCMonth() / 3) + 1;
      const quarter = m[1] ? ORDINALS[m[1].toLowerCase()]! : m[2] ? Number(m[2]) : current;
      const year = m[4]
        ? refYear + (YEAR_SHIFT[m[4].toLowerCase()] ?? 0)
        : m[1] || m[2]
          ? quarterYear(m, quarter, m[3])
          : refYear;
      // A quarter's end without its year may be moved by the clause's tense (a target
      // "by the end of the first quarter", written in December, is next year's).
      const guessed = (m[1] || m[2]) && !m[3] && !m[4];
      return { year, month: quarter * 3, part: 'end', ...(guessed ? GUESSED : {}) };
    },
    true,
  );
  const pairKey = KEYS.get(MONTH_PAIR)!;
  if (pairKey.some((k) => textHolds(text, k))) {
    eachMatch(text, MONTH_PAIR, null, (m) => {
      const from = monthOf(m[1]!);
      const to = monthOf(m[2]!);
      if (to === from) return;
      const end = m.index + m[0].length;
      if (to < from) {
        // the November-January period: a span over the turn of the year, valued by its
        // start; a year written is its end's, and an unwritten one the last such span.
        const endYear = m[3] ? Number(m[3]) : to <= ref.getUTCMonth() + 1 ? refYear : refYear - 1;
        push(found, m.index, end, {
          year: endYear - 1,
          month: from,
          until: { year: endYear, month: to },
        });
        return;
      }
      // "the July-September quarter" names its quarter; "July-September" alone is a span
      // of months, valued by its start as 7-9月 is.
      const unit = /(quarter|half)(?:\b|$)/.exec(m[0])?.[1];
      const half = unit === 'half' && (from === 1 || from === 7) && to === from + 5;
      const quarter = unit === 'quarter' && to === from + 2 && from % 3 === 1 ? to / 3 : 0;
      if (quarter) push(found, m.index, end, { year: quarterYear(m, quarter, m[3]), quarter });
      else if (half) {
        push(found, m.index, end, {
          year: m[3] ? Number(m[3]) : refYear,
          half: from === 1 ? 1 : 2,
        });
      } else {
        const year = m[3] ? Number(m[3]) : nearestSpanYear(from, to, ref);
        const guessed = m[3] ? {} : GUESSED;
        push(found, m.index, end, {
          year,
          month: from,
          ...guessed,
          until: { year, month: to, ...guessed },
        });
      }
    });
  }
  each(
    MONTH_QUARTER,
    (m) => {
      const quarter = monthOf(m[1]!) / 3;
      return { year: quarterYear(m, quarter, m[2]), quarter };
    },
    true,
  );
  each(Q_FORM, (m) => {
    const quarter = Number(m[1] ?? m[5]);
    const short = m[3] ?? m[4] ?? m[7];
    const year = short ? 2000 + Number(short) : quarterYear(m, quarter, m[2] ?? m[6]);
    return m[4] ? { year, quarter, fiscal: true } : { year, quarter };
  });
  each(
    QUARTER_WORDS,
    (m) => {
      const quarter = ORDINALS[m[1]!.toLowerCase()]!;
      // the first quarter of next year
      if (m[3]) return { year: refYear + (YEAR_SHIFT[m[3].toLowerCase()] ?? 0), quarter };
      return { year: quarterYear(m, quarter, m[2]), quarter };
    },
    true,
  );
  each(
    HALF_WORDS,
    (m) => {
      const half = m[1]!.toLowerCase() === 'first' ? 1 : 2;
      if (m[2] || m[3]) {
        return {
          year: m[3] ? refYear + (YEAR_SHIFT[m[3].toLowerCase()] ?? 0) : Number(m[2]),
          half,
        };
      }
      // Without its year, written in November or December: the first half is the one
      // weeks ahead, and so is the second in a clause that looks ahead ("the risk is it
      // slips into the second half"), unless the sentence tells it as done.
      const late = ref.getUTCMonth() >= 10;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const done = toldAsDone(m);
      const ahead =
        late &&
        !done &&
        (half === 1 || FUTURE_BEFORE.test(before) || /\binto\s+(?:the\s+)?$/i.test(before));
      return { year: ahead ? refYear + 1 : refYear, half };
    },
    true,
  );
  each(H_FORM, (m) =>
    m[1]
      ? { year: Number(m[2]), half: Number(m[1]) }
      : { year: 2000 + Number(m[4]), half: Number(m[3]) },
  );
  each(FISCAL, (m) => {
    const raw = m[1] ?? m[2]!;
    return { year: raw.length === 2 ? 2000 + Number(raw) : Number(raw), fiscal: true };
  });
}

// the week after next, the week before last: two weeks on or back, Monday to Sunday.
const WEEK_AFTER_NEXT = /\b[Tt]he\s+week\s+(after\s+next|before\s+last)\b/g;

function weekAfterNextDates(text: string, ref: Date, found: FoundDate[]): void {
  eachMatch(text, WEEK_AFTER_NEXT, null, (m) => {
    const monday = shiftDay(
      ref,
      -((ref.getUTCDay() + 6) % 7) + (m[1]!.startsWith('after') ? 14 : -14),
    );
    const sunday = shiftDay(
      ref,
      -((ref.getUTCDay() + 6) % 7) + (m[1]!.startsWith('after') ? 20 : -8),
    );
    push(found, m.index, m.index + m[0].length, { ...monday, until: sunday });
  });
}

// this year, next month, last quarter, this week: a year, month, quarter or week from the
// publish date (a week is its Monday, until its Sunday)
// (not "the next quarter-point cut": a size of move)
const RELATIVE = /\b([Tt]his|[Nn]ext|[Ll]ast)\s+(year|month|quarter(?![- ]point)|week)\b/g;
const SHIFT: Record<string, number> = { this: 0, next: 1, last: -1 };

function relativeDates(text: string, ref: Date, found: FoundDate[]): void {
  const refYear = ref.getUTCFullYear();
  eachMatch(text, RELATIVE, null, (m) => {
    const shift = SHIFT[m[1]!.toLowerCase()]!;
    const unit = m[2]!;
    // "over the last week", "in the next month": a span of time up to or from the
    // publish date, not that week or month.
    if (shift && unit !== 'quarter') {
      if (THE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) return;
    }
    const end = m.index + m[0].length;
    if (unit === 'year') push(found, m.index, end, { year: refYear + shift });
    else if (unit === 'month') push(found, m.index, end, shiftMonth(ref, shift));
    else if (unit === 'week') {
      // Written on a Sunday, "last week" is the week just ending and "this week" the one
      // that starts tomorrow: a Sunday column looks back on Monday to Friday and ahead.
      const sunday = ref.getUTCDay() === 0;
      push(found, m.index, end, weekOf(ref, sunday && shift <= 0 ? shift + 1 : shift));
    } else {
      const q = Math.floor(ref.getUTCMonth() / 3) + shift; // may run past either end
      push(found, m.index, end, {
        year: refYear + Math.floor(q / 4),
        quarter: (((q % 4) + 4) % 4) + 1,
      });
    }
  });
}

// yesterday, tomorrow; today only with a cue (below). "Today" starts many sentences
// ("Today, banks face…") meaning "nowadays", and names a paper and a show; only a word
// that pins it to the day (effective today, as of today, later today) or a market
// event of the day (today's session, today's meeting) makes it a date.
const DAY_WORDS = /\b([Yy]esterday|[Tt]omorrow|[Tt]oday)\b/g;
const DAY_WORD_SHIFT: Record<string, number> = { yesterday: -1, tomorrow: 1, today: 0 };
// "the bank of tomorrow", "tomorrow's leaders": the future, not the next day.
const OF_BEFORE = /(?<!\bas\s)\bof\s+$/i;
const FIGURATIVE_AFTER =
  /^['’]s\s+(?:world|leaders?|generations?|technolog|econom|workforce|jobs|cities|consumers|investors|problems|challenges)/i;
// USA Today, the paper, reports as any paper does ("USA Today's report").
const PAPER_BEFORE = /\bUSA\s+$/;
const DAY_BEFORE_AFTER = /\b[Tt]he day (before|after)\s+$/;
const TODAY_CUE_BEFORE =
  /\b(?:effective|as of|starting|beginning|from|until|till|through|later|earlier)\s+$/i;
// "rose 2.1% today", "the agency said today", "the deadline we set today": a verb of the
// day's news, a few words before it
const TODAY_VERB_BEFORE =
  /\b(?:said|says|announced|announces|published|released|reported|set|rose|fell|gained|lost|added|dropped|jumped|slid|climbed|closed|opened|traded|rallied|tumbled|surged|sank)\b(?:\s+[$\w-]+(?:\.\d+)?%?){0,3}\s+$/i;
const TODAY_EVENT_AFTER =
  /^['’]s\s+(?:session|close|closing|open|opening|trading|trade|meeting|decision|auction|fixing|announcement|vote|hearing|release|report|data|deadline|statement|rate|sale|offering|listing|debut|IPO|print|reading|figures|numbers|jobs|payrolls|CPI)\b/;

// No check for the words first: the pass costs less than looking for three of them.
function dayWordDates(text: string, ref: Date, found: FoundDate[]): void {
  eachMatch(text, DAY_WORDS, null, (m) => {
    const word = m[1]!.toLowerCase();
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(end, end + 24);
    // the day before yesterday, the day after tomorrow: two days off, the phrase whole
    const twice = DAY_BEFORE_AFTER.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (twice && (twice[1] === 'before') === (word === 'yesterday')) {
      const shift = 2 * DAY_WORD_SHIFT[word]!;
      push(found, m.index - twice[0].length, end, shiftDay(ref, shift));
      return;
    }
    if (OF_BEFORE.test(before) || FIGURATIVE_AFTER.test(after)) return;
    if (word === 'today') {
      if (PAPER_BEFORE.test(before)) return;
      if (
        !TODAY_CUE_BEFORE.test(before) &&
        !TODAY_EVENT_AFTER.test(after) &&
        !TODAY_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
      ) {
        return;
      }
    }
    push(found, m.index, end, shiftDay(ref, DAY_WORD_SHIFT[word]!));
  });
}

// two weeks ago, a year ago, three months ago, a decade ago: counted back from the
// publish date, at the precision of the unit (days and weeks a day, months a month).
// "a few days ago" and "years ago" name no time that can be counted.
const AGO =
  /\b([Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\d{1,2})\s+(day|week|fortnight|month|year|decade)s?\s+(ago|earlier|before)\b/g;
// "two years earlier" counts from a date the story named, unless it opens its clause
// from now ("a year earlier" in "up 5% from a year earlier" is a comparison's base).
// ("more than four years ago" is a count, not a comparison)
const FROM_BEFORE =
  /\b(?:from|(?<!\b(?:more|less|fewer|longer|little more|slightly more)\s)than|versus|vs\.?|over|since|compared with)\s+$/i;

function agoDates(text: string, ref: Date, found: FoundDate[]): void {
  eachMatch(text, AGO, null, (m) => {
    // "earlier"/"before" count from the story's other dates: only "ago" is from now.
    if (m[3] !== 'ago') return;
    if (FROM_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) return;
    const n = englishCount(m[1]!);
    const end = m.index + m[0].length;
    const unit = m[2]!;
    if (unit === 'day') push(found, m.index, end, shiftDay(ref, -n));
    else if (unit === 'week') push(found, m.index, end, shiftDay(ref, -7 * n));
    else if (unit === 'fortnight') push(found, m.index, end, shiftDay(ref, -14 * n));
    else if (unit === 'month') push(found, m.index, end, shiftMonth(ref, -n));
    else {
      push(found, m.index, end, {
        year: ref.getUTCFullYear() - n * (unit === 'decade' ? 10 : 1),
        yearOnly: true,
      });
    }
  });
}

// two weeks from now, three days from today, in a month's time: counted forward from
// the publish date, as "ago" counts back. ("in two weeks" alone is as often how long
// something took: it counts only after a verb that looks ahead, below.)
const COUNT = String.raw`[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\d{1,2}`;
const FROM_NOW = new RegExp(
  String.raw`\b(?:(${COUNT})\s+(day|week|month|year)s?\s+(?:from\s+(?:now|today)|hence)|[Ii]n\s+(${COUNT})\s+(day|week|month|year)(?:s|['’]s|s['’])?\s+time)\b`,
  'g',
);

// "in two weeks" after a verb that looks ahead (the vote happens in two weeks, results
// are due in three days, it will meet in a month) and ending its clause: a time ahead,
// not how long something took ("rose 5% in two weeks", "its best run in three weeks").
const IN_COUNT = new RegExp(
  String.raw`\bin\s+(${COUNT})\s+(day|week|month)s?\b(?=\s*(?:[,.;:!?)]|$))`,
  'g',
);
const AHEAD_VERB_BEFORE =
  /\b(?:will|['’]ll|is due|are due|due|is set to|are set to|is expected to|are expected to|scheduled|slated|happens?|takes? place|meets?|votes?|reports?|decides?|opens?|closes?|begins?|starts?|ends?|expires?|resumes?|launch(?:es)?|lists?|debuts?|arrives?|returns?|comes?)\b(?:\s+(?!(?:up|down|by|to)\b)[a-z]+){0,3}\s+$/;
const FIGURE_IN_CLAUSE = /\d(?:\.\d+)?\s?(?:%|percent|per cent)[^.;,]*$/;

function inCountDates(text: string, ref: Date, found: FoundDate[]): void {
  eachMatch(text, IN_COUNT, null, (m) => {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (!AHEAD_VERB_BEFORE.test(before) || FIGURE_IN_CLAUSE.test(before)) return;
    if (/\b(?:was|were|had|did)\b[^.;,]*$/.test(before)) return;
    const n = englishCount(m[1]!);
    const end = m.index + m[0].length;
    if (m[2] === 'day') push(found, m.index, end, shiftDay(ref, n));
    else if (m[2] === 'week') push(found, m.index, end, shiftDay(ref, 7 * n));
    else push(found, m.index, end, shiftMonth(ref, n));
  });
}

function fromNowDates(text: string, ref: Date, found: FoundDate[]): void {
  eachMatch(text, FROM_NOW, null, (m) => {
    const n = englishCount(m[1] ?? m[3]!);
    const unit = m[2] ?? m[4]!;
    const end = m.index + m[0].length;
    if (unit === 'day') push(found, m.index, end, shiftDay(ref, n));
    else if (unit === 'week') push(found, m.index, end, shiftDay(ref, 7 * n));
    else if (unit === 'month') push(found, m.index, end, shiftMonth(ref, n));
    else push(found, m.index, end, { year: ref.getUTCFullYear() + n, yearOnly: true });
  });
}

// this morning, tonight, last night: the publish day, or the day before it.
const PART_OF_DAY =
  /\b(?:([Tt]his)\s+(morning|afternoon|evening)|([Tt]onight)|([Ll]ast)\s+night)\b(?!\s+Show)/g;

function partOfDayDates(text: string, ref: Date, found: FoundDate[]): void {
  eachMatch(text, PART_OF_DAY, null, (m) => {
    if (OF_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    push(found, m.index, m.index + m[0].length, shiftDay(ref, m[4] ? -1 : 0));
  });
}

// "on the 27th", "by the 15th", "the 3rd of next month": a day of the publish month or
// the month either side. Ordinals count floors, anniversaries and plans too (the 27th
// floor, the 19th Party Congress, the 15th Five-Year Plan), so the day needs a word
// before it that makes it a time, and nothing after it but punctuation or a
// conjunction; or "of this / next / last month".
const ORDINAL_DAY = /[Tt]he\s(\d{1,2})(st|nd|rd|th)\b/g;
// "The 22nd is also when…": a day as a sentence's subject.
const ORDINAL_SUBJECT_AFTER = /^\s+(?:is|was|will|marks|brings)\b/;
const ORDINAL_CUE_BEFORE =
  /\b(on|by|until|till|through|before|after|from|since|as of|starting|beginning|effective|due|is|was|to)\s+$/i;
// "pushed back its decision on a similar fund to the 27th": a day a thing was moved to
// (and only then: "rose to the 5th" is a rank)
const MOVED_TO_BEFORE =
  /\b(?:push(?:ed|es)?\s+back|mov(?:ed|es)|delay(?:ed|s)?|postpon(?:ed|es)|brought\s+forward|extend(?:ed|s)?|defer(?:red|s)?|reschedul(?:ed|es)|shift(?:ed|s)?|adjourn(?:ed|s)?)\b[^.;]{0,60}\bto\s+$/i;
// What may follow the day: punctuation, a conjunction, or the verb of its clause ("the
// meeting on the 10th will set rates"); a noun after it makes it a count (the 10th floor).
const ORDINAL_END_AFTER =
  /^(?:\s*(?:[,.;:!?)\]—–]|$)|\s+(?:and|or|at|when|to|until|through|will|would|could|should|may|might|is|was|are|were|has|had|with|as|after|before|for)\b(?!\s+(?:a\s+row|the\s+(?:first|second|third|\d+\w*)\s+time)\b))/;
const OF_MONTH_AFTER = /^\s+of\s+(this|next|last|the)\s+month\b/i;
// "starts on the first of next month", "by the fifteenth of this month": the day in words
// is a date only with its month written, since "the first" alone is a count.
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const WORD_DAY_OF_MONTH = new RegExp(
  String.raw`\b[Tt]he\s((?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|${ORDINAL_WORDS.join('|')})\s+of\s+(this|next|last|the)\s+month\b`,
  'gi',
);
const dayOfWord = (word: string): number => {
  const [tens, unit] = word.toLowerCase().split('-');
  if (tens === 'thirtieth') return 30;
  if (unit) return (tens === 'twenty' ? 20 : 30) + ORDINAL_WORDS.indexOf(unit) + 1;
  return ORDINAL_WORDS.indexOf(tens!) + 1;
};
const PAST_AROUND =
  /\b(?:was|were|had|rose|fell|grew|climbed|jumped|doubled|tripled|reported|posted|showed|ended|increased|decreased|declined|gained|slipped|shrank|contracted|expanded|beat|missed|earned|lost|narrowed|widened|slowed|accelerated|improved|worsened|eased|softened|dropped|surged|tumbled|slid)\b/i;
// The same verbs, earlier in the sentence (a decimal point does not end it).
const PAST_CLAUSE = new RegExp(`${PAST_AROUND.source}(?:[^.!?]|\\.(?=\\d)){0,50}$`, 'i');
// "ended" as in "the quarter ended May 31" names a period, not a past act.
// (and "the cut, which takes effect on Thursday": a measure's start ahead)
const EFFECTIVE_BEFORE =
  /\b(?:effective|with effect from|takes?\s+effect|comes\s+into\s+(?:effect|force)|goes\s+into\s+effect|kicks\s+in)\s+(?:from\s+|on\s+)?$/i;
// A future verb anywhere in the sentence before a period (FUTURE_BEFORE reads only the
// last words).
const FUTURE_IN_SENTENCE =
  /\b(?:will|would|shall|is to|are to|plans? to|aims? to|intends? to|expects? to|is due to|are due to|is set to|are set to)\b/i;
// (a market or an office closed that day, told in the present: a holiday still ahead; and
// a rule that applies from that day: "apply to mortgages approved from Monday")
const CLOSED_BEFORE =
  /\b(?:is|are)\s+(?:closed|shut)\s+(?:on\s+)?$|\b(?:apply|applies|take\s+effect|takes\s+effect)\b[^.;]{0,50}?\bfrom\s+$/i;
const SOONEST_BEFORE = /\bas\s+(?:soon|early)\s+as\s+$/i;
const PAST_BEFORE =
  /\b(?:was|were|had|did|said|warned|told|noted|added|(?<!\b(?:be|is|are)\s)(?:released|published|issued|posted|showed)|rose|fell|(?<!\b(?:be|is|are|remain|remains|stay|stays)\s)closed|ended(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))|took|came|went|made|held|kept|left(?=\s+(?:its|their|the|his|her|it|them|rates?|interest|borrowing|policy|benchmark|key)\b)|sank|shed|won|lost|grew|slid|paid|bought|sold|spent|struck|voted|ruled|(?<!\b(?:be|is|are|been)\s)(?:approved|adopted|ordered)|(?<!\b(?:will|would|to|may|might|could|should|must|can|cannot|not|a|an|the|another|further|rate|point|quarter-point|half-point|basis-point)\s)cut|since|announced|reported|followed|finished|(?<!\b(?:a|an|the|be|been|being|is|are|was|were)\s)(?:proposed|unveiled)(?!\s+to\b))\b(?:[^.]|\.(?=\d)){0,40}$|\b(?:kept|left|held)\s[^.;]{0,60}\b(?:unchanged|steady|on hold)\s+on\s+$/i;
const suffixOf = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

function ordinalDayDates(text: string, ref: Date, found: FoundDate[]): void {
  if (textHolds(text, ' month')) {
    eachMatch(text, WORD_DAY_OF_MONTH, null, (m) => {
      const month = shiftMonth(ref, SHIFT[m[2]!.toLowerCase()] ?? 0);
      const day = dayOfWord(m[1]!);
      if (day <= 31) push(found, m.index, m.index + m[0].length, { ...month, day });
    });
  }
  eachMatch(text, ORDINAL_DAY, /[A-Za-z]/, (m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31 || suffixOf(day) !== m[2]!.toLowerCase()) return;
    let end = m.index + m[0].length;
    const after = text.slice(end, end + 24);
    const ofMonth = OF_MONTH_AFTER.exec(after);
    if (ofMonth) {
      end += ofMonth[0].length;
      const month = shiftMonth(ref, SHIFT[ofMonth[1]!.toLowerCase()] ?? 0);
      push(found, m.index, end, { ...month, day });
      return;
    }
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // The 22nd is…, "because the 20th is a Sunday": a day as its clause's subject.
    const subject =
      (m[0][0] === 'T'
        ? /(?:^|[.!?]\s+)$/.test(before)
        : /\b(?:because|since|when|as|while|and|but|so)\s+$/.test(before)) &&
      ORDINAL_SUBJECT_AFTER.test(after);
    if (m[0][0] === 'T' && !subject) return;
    const cue = subject ? null : ORDINAL_CUE_BEFORE.exec(before.slice(-12));
    if (!subject && (!cue || !ORDINAL_END_AFTER.test(after))) return;
    const lead = cue?.[1]!.toLowerCase() ?? '';
    const movedTo =
      lead === 'to' && MOVED_TO_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index));
    if (lead === 'to' && !movedTo) return;
    // (a day a thing was moved to lies ahead of the move: "was moved to the 27th")
    const tense =
      movedTo || FUTURE_BEFORE.test(before)
        ? 1
        : PAST_BEFORE.test(before)
          ? -1
          : ['by', 'until', 'till', 'due', 'starting', 'beginning', 'is'].includes(lead)
            ? 1
            : 0;
    const parts = nearestDay(day, ref, tense);
    if (parts) push(found, m.index, end, parts);
  });
}

// the 1990s, the mid-1990s, the '90s, early-'80s: the decade, from its first year until
// its last. "the 90s" without the apostrophe is left out: prices and temperatures
// ("shares in the 90s") are written that way.
const DECADE = /((?:19|20)\d)0['’]?s\b|['’](\d)0s\b/g;
const DECADE_BEFORE = /(?:\bthe\s+)?(?:\b(early|mid|late)(?:-|\s+))?$/i;

// As above, the pass costs less than looking for "0s", "0's" and "0’s" first.
function decadeDates(text: string, ref: Date, found: FoundDate[]): void {
  eachMatch(text, DECADE, /[\w$£€.,]/, (m) => {
    const first = m[1] ? Number(`${m[1]}0`) : decadeOf(Number(m[2]) * 10, ref);
    const lead = DECADE_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))!;
    const part = lead[1]?.toLowerCase();
    push(found, m.index - lead[0].length, m.index + m[0].length, {
      year: first,
      until: { year: first + 9 },
      ...(part ? { part } : {}),
    });
  });
}

// 4/22, 4/22/2025, 22/04/2025, 4/22/25: numbers joined by slashes. With a four-digit
// year they are a date as they stand; without one, "3/4" and "2/3 majority" are
// fractions far more often than days, so a month/day needs a day over 12 or a word
// that makes it a time (on 4/5, as of 4/5, Tuesday 4/5, 4/5之前, 截至4/5), and never
// a word that makes it a share (of, majority, a, about, by, to). 24/7 and 9/11 are a
// schedule and an event. Month-first unless the caller says the page writes the day
// first (DateOptions.dayFirst) or the first number cannot be a month.
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/]|[.:,]\d|%|[A-Za-z])/g;
// A price ($4/22), a path or a longer number (v1/2, 1.5/2, 10/20/30), a phone (+1/…).
const NOT_AFTER_SLASH = /[\w/.$€£¥￥:,+#\\-]/;
const FRACTION_BEFORE =
  /\b(?:a|an|about|around|roughly|nearly|almost|over|under|than|only|just|some|at|by|to|(?<!\bas\s)of|is|was|be|were|are|x|times|rated|scored|went|shot)\s+$/i;
const FRACTION_AFTER =
  /^\s*(?:(?:of|th|st|nd|rd|majority|votes?|stakes?|shares?|cups?|inch(?:es)?|miles?|pounds?|lbs?|oz|gallons?|ounces?|points?|pt|percent|pct|times|x|scale)\b|[小个個份名人家元股倍次分票成折层層楼樓位只手张張多强強弱的]|以上|以下|左右)/i;
const SLASH_CUE_BEFORE =
  /(?:\b(?:on|as of|until|till|through|thru|since|before|after|dated|date|effective|starting|beginning|ending|ended|due|expires?|expiring|deadline|week of)|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?|于|於|在|截至|截止|自|从|從|日期[:：]?|定于|定於)\s*$/i;
const SLASH_CUE_AFTER =
  /^\s*(?:\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)|[(（](?:周|週|星期)[一二三四五六日天][)）]|之前|以前|前|起|开始|開始|截止|止|当天|當天|当日|當日)/;

function slashDates(
  text: string,
  ref: Date,
  options: EnglishDateOptions,
  found: FoundDate[],
): void {
  if (!textHolds(text, '/')) return;
  eachMatch(text, SLASH_DATE, NOT_AFTER_SLASH, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const rawYear = m[3];
    if (!rawYear && (m[0] === '24/7' || m[0] === '9/11')) return;
    const dayFirst = (options.dayFirst && b <= 12) || (a > 12 && b <= 12);
    const month = dayFirst ? b : a;
    const day = dayFirst ? a : b;
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    const end = m.index + m[0].length;
    if (rawYear?.length !== 4) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      const after = text.slice(end, end + 12);
      if (FRACTION_BEFORE.test(before) || FRACTION_AFTER.test(after)) return;
      if (!rawYear && day <= 12 && !SLASH_CUE_BEFORE.test(before) && !SLASH_CUE_AFTER.test(after)) {
        return;
      }
    }
    const short = Number(rawYear);
    const year = !rawYear
      ? resolveMonthDay(month, day, ref)
      : rawYear.length === 4
        ? short
        : 2000 + short <= ref.getUTCFullYear() + 10
          ? 2000 + short
          : 1900 + short;
    push(found, m.index, end, { year, month, day, ...(rawYear ? {} : GUESSED) });
  });
}

// 12.08.2024: day, month and year joined by dots, as European and Asian pages write them
// (a US page writes slashes); the day comes first unless it cannot (8.25.2024).
const DOT_DATE = /(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d|\.\d)/g;
const VERSION_BEFORE = /\b(?:v|ver|version|release|build|firmware|iOS|Android)\.?\s*$/i;

function dotDates(text: string, found: FoundDate[]): void {
  if (!textHolds(text, '.')) return;
  eachMatch(text, DOT_DATE, /[\w.]/, (m) => {
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const dayFirst = b <= 12;
    const month = dayFirst ? b : a;
    const day = dayFirst ? a : b;
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    push(found, m.index, m.index + m[0].length, { year: Number(m[3]), month, day });
  });
}

function push(found: FoundDate[], start: number, end: number, built: Built): void {
  // Most dates are no range: their parts serve as built, without a copy.
  if (built.until === undefined) {
    found.push({ start, end, parts: built });
    return;
  }
  const { until, ...parts } = built;
  found.push({ start, end, parts, until });
}

export function findEnglishDates(
  text: string,
  ref: Date,
  options: EnglishDateOptions = {},
): FoundDate[] {
  const found: FoundDate[] = [];
  financeDates(text, ref, found);
  relativeDates(text, ref, found);
  yearDates(text, found);
  monthDates(text, ref, found);
  if (textHolds(text, 'day')) weekdayDates(text, ref, found);
  dayWordDates(text, ref, found);
  if (textHolds(text, 'ago')) agoDates(text, ref, found);
  if (textHolds(text, 'week after next') || textHolds(text, 'week before last'))
    weekAfterNextDates(text, ref, found);
  if (
    textHolds(text, 'from now') ||
    textHolds(text, 'from today') ||
    textHolds(text, 'hence') ||
    textHolds(text, ' time')
  )
    fromNowDates(text, ref, found);
  if (textHolds(text, 'in ')) inCountDates(text, ref, found);
  if (textHolds(text, 'night') || textHolds(text, 'his ')) partOfDayDates(text, ref, found);
  if (textHolds(text, 'the ')) ordinalDayDates(text, ref, found);
  decadeDates(text, ref, found);
  slashDates(text, ref, options, found);
  dotDates(text, found);
  return found;
}
