/**
 * Whether a date is tied to a policy act: a rule taking effect, a deadline, a plan's
 * target, a policy body's decision or meeting. The verdict is read close to the date,
 * not from its whole sentence: "the 2007-2009 financial crisis" in a story on a Fed
 * decision, or "the ministry said on Monday", sit in sentences that name a body and an
 * act, yet neither date is the act's.
 *
 * In order:
 * 1. A mark written against the date decides alone: 自…起施行, 到2030年, 12月底前完成,
 *    "takes effect on", "have until", "compliance date of", "the Dec. 15 tariff".
 * 2. A date that belongs to something else stays plain: a dateline, a speech verb
 *    (said on Monday, 周一表示), an event or a statistic (the Nov. 8 election, "up from
 *    4.7% in 2021", 发布了2019年8月…情况).
 * 3. Otherwise the date's own clause needs an act, and a policy body must be in the
 *    sentence or the paragraph's sentences before it.
 *
 * Sentence boundaries are found once per text, so marking thousands of dates costs a
 * binary search each rather than a walk over their sentences.
 */
import { fullStopEndsSentence } from './abbreviations';
import { endsWithOneOf, type Cue, type CueContext } from './policy-cue';
import { continuesAct, EN_BODY, EN_CUES, STATISTIC_WORDS_EN } from './policy-cues-en';
import { ZH_BODY, ZH_CUES } from './policy-cues-zh';
import { reverseText } from './reverse-pattern';

// (】 closes a telegraph's headline, 【美联储官员：不急于降息】北京时间今日…: its words are
// no act of the story's first sentence)
const SENTENCE_END = /[。！？；!?;\n】]|\.(?=\s|$)/g;
/** How far a sentence reaches around its date, at most (very long "sentences" are lists). */
const REACH = 300;
/** Earlier sentences of the paragraph that may hold the policy body. */
const BODY_LOOKBACK = 2;
/**
 * Words that refer back to a body named before: "the group", "other members", a sentence
 * that opens with "It" or "They".
 */
const POINTS_BACK =
  /\b(?:the (?:group|committee|cartel|alliance|agency|regulator|bureau|ministry|commission|council|central bank)|(?:other|six|seven|eight|nine|its) members)\b|^\s*(?:it|they)\s|该委员会|該委員會|该部门|該部門/i;
/** How much of the clause around a date is read for its act. */
const CLAUSE_REACH_EN = 100;
const CLAUSE_REACH_ZH = 24;
/** How much of the clause a date opens ("Since March, …", 昨天，…) is read. */
const OPENED_CLAUSE_REACH = 80;
/** How far a written mark (起施行, "takes effect on") is looked for around a date. */
const MARK_REACH_EN = 180;
const MARK_REACH_ZH = 24;
const NAME_GLOSS_ZH = /[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[^）)]{1,10}[）)]/;

const EN_DATELINE_BEFORE = /(?:^|\n)[A-Z][A-Z .'/-]{2,}(?:\s*\([A-Za-z .]+\))?,\s*$/;
const EN_DATELINE_AFTER = /^\s*(?:\([\w .&'-]+\)\s*)?[—–-]/;
// (A colon between digits is a time of day, 凌晨3:00, not a break.)
const CLAUSE_BREAK_ZH = /[，,：“”"]|:(?!\d)/;
const CLAUSE_BREAK_EN = /[;:—–"“”]|,\s(?!\d)/;
// The same breaks, the last one in a string: one greedy match instead of a scan back.
const LAST_BREAK_ZH = /^[\s\S]*(?:[，,：“”"]|:(?!\d))/;
const LAST_BREAK_EN = /^[\s\S]*(?:[;:—–"“”]|,\s(?!\d))/;

// A clause of a preposition and at most three words, none a verb: "most recently in", "including in",
// "on", "rather than in".
const BARE_PREPOSITION_EN =
  /^\s*(?:(?!(?:is|are|was|were|be|been|due|will|would|has|have|had)\b)[a-z]+\s+){0,3}?(?:in|on|from|by|until|through|at|to|for)\s+(?:the\s+)?$/;

// A lead that ends in a policy body's meeting or decision, the date in apposition.
// Minutes of the Fed's January meeting, released on Wednesday: the publication's day.
const MINUTES_LEAD_EN = /\bminutes\b/i;
const MEETING_END_EN = /\b(?:decision|meeting|announcement|vote|policy review|rate review)\s*$/i;

// What joins two items of one list: "Dec. 31, 2025 and June 30, 2026", 2025年、2026年.
const LIST_GAP_EN = /^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:then\s+)?$/;
const LIST_GAP_ZH = /^\s*(?:[、和及与與或]|以及)\s*$/;
// A second item with its own noun and the first's preposition: "…, and eligible repo
// trades by June 30, 2027".
// ("…two-year notes on Dec. 26, followed by five-year notes on Dec. 27": the next item)
const PARALLEL_GAP_EN =
  /^,?\s*(?:[\w'-]+,?\s+){0,4}?(?:and|or|while|followed\s+by)\s+(?:[\w'-]+\s+){0,6}?(by|from|on|until|through|before|to)\s+(?:the\s+)?$/i;
// "one more cut this year and two in 2027": a count of the same act for the next date.
// "cuts next month and again in March" is the same act again.
// "in the third quarter rather than in June": the date the act replaced is the act's too.
const INSTEAD_GAP_EN =
  /^\s*,?\s*(?:(?:rather than|instead of|not)\s+(?:(?:in|on|from|by)\s+)?|from\s+)(?:the\s+)?$/i;
const COUNT_GAP_EN =
  /^\s*,?\s*(?:and|or|then)\s+(?:(?:one|two|three|four|another|\d)\s+(?:more\s+)?|again\s+|the\s+(?:second|third|next|last)\s+)(?:in|by|for|during|at|on)\s+(?:the\s+)?$/i;
// "from 6 April, the first day of the 2036-37 tax year": the period the day opens
const APPOSITION_GAP_EN =
  /^,\s+(?:the\s+)?(?:first|last|opening|closing|final)\s+(?:day|week|month)\s+of\s+(?:the\s+)?$/i;
const STATISTIC_GAP_EN = new RegExp(
  String.raw`\b(?:${STATISTIC_WORDS_EN}|data|figures|earnings|results)\b`,
  'i',
);
const PUBLISHED_GAP_EN = /\b(?:published|released|issued|out)\b/i;
const SPEECH_EN =
  /\b(?:said|says|say|told|tells|wrote|noted|added|warned|stated|announced|reported)\b/i;
const LEAD_WORD_EN = /\b(by|from|on|until|through|before|to)\s+(?:the\s+)?$/i;
// (本报讯 昨天，…: a newspaper's opening words before the date)
const OPENS_CLAUSE =
  /^\s*(?:[A-Za-z]+\s+|(?:同|亦|也|并|並)?[自从從于於在到至]\s*|(?:本报讯|本報訊|本报记者|本報記者)\s*)?$/;
// (上月中公布，…: a part of the month may come first)
const RELEASE_ONLY =
  /^\s*(?:中|初|底|末|上旬|中旬|下旬)?\s*(?:公布|公佈|发布|發布|披露|發表|发表)\s*$/;
const GLOSS_AFTER = /^\s*[（(][^（）()]{1,16}[）)]/;
const GLOSS_OPEN = /[（(]\s*$/;
const GLOSS_GAP = /^\s*[（(]\s*$/;
const MOVE_GAP_ZH =
  /^\s*(?:推迟|推遲|延后|延後|推后|推後|提前|延长|延長|调整|調整|改为|改為)(?:至|到)\s*$/;
const GLOSS_CLOSE = /^[）)]/;
const DECADE = /\d0s$|\d0['’]s$|年代[初中末]?$/;

export interface PolicyMark {
  policy: boolean;
  /** The sentence the date came from. */
  sentence: string;
}

export interface MarkedDate {
  start: number;
  end: number;
  /** The date lies at or after the publish date's year (a target can only be ahead). */
  ahead: boolean;
}

/** Sorted positions just after each sentence end; paragraph breaks flagged. */
interface Boundaries {
  ends: number[];
  paragraph: boolean[];
}

function boundaries(text: string): Boundaries {
  const ends: number[] = [];
  const paragraph: boolean[] = [];
  SENTENCE_END.lastIndex = 0;
  // test() and not exec(): each match is one character, read at lastIndex − 1 (no
  // match array per sentence).
  while (SENTENCE_END.test(text)) {
    const at = SENTENCE_END.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c === 0x2e /* . */ && !fullStopEndsSentence(text, at)) continue;
    ends.push(at + 1);
    paragraph.push(c === 0x0a /* \n */);
  }
  return { ends, paragraph };
}

/** Index of the first boundary after `at` (the sentence holding `at` ends there). */
function sentenceIndex(b: Boundaries, at: number): number {
  let lo = 0;
  let hi = b.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b.ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The clause around [start, end) inside [from, to): cut at the nearest clause break. */
function clauseAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  chinese: boolean,
): { before: string; after: string; lead: string } {
  const reach = chinese ? CLAUSE_REACH_ZH : CLAUSE_REACH_EN;
  const brk = chinese ? CLAUSE_BREAK_ZH : CLAUSE_BREAK_EN;
  let before = text.slice(Math.max(from, start - reach), start);
  let after = text.slice(end, Math.min(to, end + reach));
  let lead = '';
  // The last break before the date and the first one after it bound the clause.
  const last = (chinese ? LAST_BREAK_ZH : LAST_BREAK_EN).exec(before);
  if (last) {
    const head = before.slice(0, last[0].length);
    before = before.slice(last[0].length);
    // "cut nine times from June 2024, most recently in October 2025", "the next
    // decision, on Aug. 11-12": a clause that is only its preposition (and an adverb)
    // takes its act from the clause before it, its lead.
    if (!chinese && BARE_PREPOSITION_EN.test(before)) {
      const prior = head.replace(/(?:[;:—–"“”]|,\s)$/, '');
      const cut = LAST_BREAK_EN.exec(prior);
      lead = cut ? prior.slice(cut[0].length) : prior;
    }
  }
  const cut = brk.exec(after);
  if (cut) {
    // "Since March, the central bank has raised…", "2018年，自治区出台…": a date that opens
    // its sentence with a comma belongs to the clause that follows.
    // 统计处本月公布，4月至6月的失业率…: a bare release verb's object follows the comma.
    const head = after.slice(0, cut.index);
    const release = chinese && RELEASE_ONLY.test(head);
    // Only a date that opens its clause ("Since March," / "2018年，"), not one that
    // ends it ("Consumer prices are due on Sept. 11: economists expect…").
    if ((!head.trim() && OPENS_CLAUSE.test(before)) || release) {
      // (the clause a date opens is read whole: 昨天，杭州市住房保障和房产管理局联合…印发)
      const restFrom = end + cut.index + 1;
      const rest = text.slice(restFrom, Math.min(to, restFrom + OPENED_CLAUSE_REACH));
      const next = brk.exec(rest);
      after =
        (release ? after.slice(0, cut.index + 1) : '') + (next ? rest.slice(0, next.index) : rest);
    } else {
      after = after.slice(0, cut.index);
    }
  }
  return { before, after, lead };
}

// An adverb (or a span of time and "later") between a verb and the preposition of its
// date: "apply earlier, from", "takes effect 60 days later, on", "begins only in".
const ADVERB_BEFORE_PREP_EN =
  /\s+(?:(?:\d+|a|one|two|three|several)\s+(?:days?|weeks?|months?|years?)\s+(?:later|after\s+(?:publication|that|approval))|earlier|later|instead|again|only|also|then|now|first|(?:most\s+|more\s+|very\s+)?[a-z]{3,}ly)\s*,?\s+((?:on|from|in|by|until|as of|starting|beginning)\s+(?:the\s+)?)$/;

/** `before` with that adverb left out, or null when there is none. */
function withoutAdverb(before: string): string | null {
  const m = ADVERB_BEFORE_PREP_EN.exec(before);
  return m ? `${before.slice(0, m.index)} ${m[1]}` : null;
}

// 和7月1日, 、4月: a second date (month, maybe year and day) joined right after the first.
const NEXT_DATE_ZH =
  /^\s*(?:和|及|与|與|、)\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)/;

/** Whether text[from, to) holds a CJK ideograph (U+4E00–U+9FFF), read in place. */
function hasIdeograph(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

// Loops and a class rather than `.some(c => …)` and a closure per date: a page can hold
// thousands of dates, and each closure is an allocation (and a helper call in tsx).
function anyCue(cues: readonly Cue[], c: CueContext): boolean {
  for (const cue of cues) if (cue(c)) return true;
  return false;
}

/**
 * A date's sentence (the span [from, to) of the text, trimmed) and the answers the cues
 * got from it. The dates of one sentence share it: a sentence is sliced once and each
 * pattern reads it once.
 */
class SentenceText {
  private answers: Map<RegExp, boolean> | undefined;
  private marks: [PolicyMark?, PolicyMark?] = [];
  constructor(
    readonly from: number,
    readonly to: number,
    readonly text: string,
  ) {}
  has(re: RegExp): boolean {
    this.answers ??= new Map();
    let found = this.answers.get(re);
    if (found === undefined) {
      found = re.test(this.text);
      this.answers.set(re, found);
    }
    return found;
  }
  /** The verdict for a date of this sentence: its dates share the two (read, never changed). */
  verdict(policy: boolean): PolicyMark {
    const k = policy ? 1 : 0;
    return (this.marks[k] ??= { policy, sentence: this.text });
  }
}

type Backward = () => string;

/** What the cues read around one date; the joined clause and a policy body are asked lazily. */
class DateContext implements CueContext {
  private joined: string | undefined;
  private backward: string | undefined;
  constructor(
    readonly before: string,
    readonly after: string,
    readonly ahead: boolean,
    private readonly of: SentenceText,
    private readonly near: (i: number, chinese: boolean) => boolean,
    private readonly i: number,
    private readonly chinese: boolean,
    /**
     * Where `before` ends when it is the text just before that position (it is, but for
     * a `before` rebuilt from parts), and the whole text read backwards: the backward
     * `before` is then a slice of it and not a reversal per date.
     */
    private readonly at?: number,
    private readonly textBackward?: Backward,
  ) {}
  get sentence(): string {
    return this.of.text;
  }
  get clause(): string {
    this.joined ??= `${this.before} ${this.after}`;
    return this.joined;
  }
  get beforeBackward(): string {
    if (this.backward === undefined) {
      const whole = this.at === undefined ? undefined : this.textBackward?.();
      this.backward = whole
        ? whole.slice(whole.length - this.at!, whole.length - this.at! + this.before.length)
        : reverseText(this.before);
    }
    return this.backward;
  }
  inSentence(re: RegExp): boolean {
    return this.of.has(re);
  }
  body(): boolean {
    return this.near(this.i, this.chinese);
  }
}

/** The longest line read as a table row's label for the date cell after it. */
const TABLE_LABEL_MAX = 80;

/** A marker for one text: call it for each date, in any order. */
export function policyMarker(text: string): (date: MarkedDate) => PolicyMark {
  const b = boundaries(text);
  const startOf = (i: number) => (i === 0 ? 0 : b.ends[i - 1]!);
  const endOf = (i: number) => (i < b.ends.length ? b.ends[i]! : text.length);
  // Whether a sentence names a policy body: dates share sentences, and sentences are
  // re-read as the context of the ones after them.
  // Keyed by sentence and language: the language is decided per date, and a mixed
  // sentence asked in one language must not answer for the other.
  const bodies = new Map<number, boolean>();
  const hasBody = (i: number, chinese: boolean) => {
    const key = i * 2 + (chinese ? 1 : 0);
    let f = bodies.get(key);
    if (f === undefined) {
      const s = text.slice(startOf(i), endOf(i));
      f = chinese ? ZH_BODY.test(s) : EN_BODY.test(s);
      bodies.set(key, f);
    }
    return f;
  };
  const bodyNear = (i: number, chinese: boolean) => {
    if (hasBody(i, chinese)) return true;
    // A paragraph that goes on about a body named in the one before ("the group", "six
    // other members", 该委员会) reads past its start.
    let pointsBack: boolean | undefined;
    let limit = i - BODY_LOOKBACK;
    for (let k = i - 1; k >= 0 && k >= limit; k--) {
      if (b.paragraph[k]) {
        pointsBack ??= POINTS_BACK.test(text.slice(startOf(i), endOf(i)));
        if (!pointsBack) return false;
        // (a break after a full stop is a sentence of its own: it takes no step of the reach)
        limit--;
      }
      if (hasBody(k, chinese)) return true;
    }
    return false;
  };
  // The text read backwards, made when a cue first asks for it.
  let reversed: string | undefined;
  const backward: Backward = () => (reversed ??= reverseText(text));
  // The last sentence read: dates come in text order, so most share the one before.
  let last: SentenceText | null = null;
  const sentenceText = (from: number, to: number) => {
    if (last?.from !== from || last.to !== to) {
      last = new SentenceText(from, to, text.slice(from, to).trim());
    }
    return last;
  };

  // The date marked just before, for dates that share its act: "cleared by Dec. 31,
  // 2026, and repo trades by June 30, 2027", "from Dec. 31, 2025 and June 30, 2026".
  let previous: { end: number; sentence: number; policy: boolean; lead: string | null } | null =
    null;
  const remember = (
    mark: PolicyMark,
    end: number,
    sentence: number,
    before: string,
    chinese: boolean,
  ) => {
    previous = {
      end,
      sentence,
      policy: mark.policy,
      lead:
        chinese || !mark.policy ? null : (LEAD_WORD_EN.exec(before)?.[1]?.toLowerCase() ?? null),
    };
    return mark;
  };
  /** Whether the date is another item of the policy date just before it. */
  const sharesAct = (start: number, i: number, before: string, chinese: boolean) => {
    if (!previous?.policy || previous.sentence !== i || previous.end > start) return false;
    const gap = text.slice(previous.end, start);
    if ((chinese ? LIST_GAP_ZH : LIST_GAP_EN).test(gap)) return true;
    // 下周一（12月7日）, Monday (Dec. 7): the gloss names the same day.
    if (GLOSS_GAP.test(gap)) return true;
    // 由2026年度推迟至2027年度: the act moved its date from one to the other.
    if (chinese && MOVE_GAP_ZH.test(gap)) return true;
    if (
      !chinese &&
      (COUNT_GAP_EN.test(gap) || INSTEAD_GAP_EN.test(gap) || APPOSITION_GAP_EN.test(gap))
    ) {
      return true;
    }
    if (!chinese && gap.length <= 60 && continuesAct(gap)) return true;
    // "the March 21-22 meeting, published on April 12": a record's day, not the act's
    if (!chinese && PUBLISHED_GAP_EN.test(gap)) return false;
    if (chinese || !previous.lead) return false;
    if (SPEECH_EN.test(gap)) return false;
    // ("the RBA decision on Tuesday and U.S. payrolls on Friday": a statistic's day is the
    // next item of a calendar, not another of the act's dates)
    if (STATISTIC_GAP_EN.test(gap)) return false;
    const parallel = PARALLEL_GAP_EN.exec(gap);
    return parallel?.[1]?.toLowerCase() === previous.lead;
  };

  return ({ start, end, ahead }) => {
    const i = sentenceIndex(b, start);
    // A table's date cell ("Bidding begins\nJune 10"): its row's label is the line before.
    const cell =
      i > 0 &&
      !text.slice(startOf(i), start).trim() &&
      !text.slice(end, endOf(i)).trim() &&
      endOf(i - 1) - startOf(i - 1) <= TABLE_LABEL_MAX;
    const from = Math.max(startOf(cell ? i - 1 : i), start - REACH);
    const to = Math.min(endOf(i), end + REACH);
    const of = sentenceText(from, to);
    // Chinese marks sit within a few characters of the date; English ones need a clause.
    const chinese = hasIdeograph(text, Math.max(from, start - 8), Math.min(to, end + 8));
    const reach = chinese ? MARK_REACH_ZH : MARK_REACH_EN;
    const before = text.slice(Math.max(from, start - reach), start);
    // A date glossed in brackets (昨日（1月28日）就…發表) reads what follows the gloss:
    // both name one day and share its act.
    // The gloss itself (12月15日（周二）起) reads on after its closing bracket.
    // (English too: "On Friday (Feb. 26), the two governments signed…")
    const glossEnd =
      GLOSS_AFTER.exec(text.slice(end, end + 20))?.[0].length ??
      (GLOSS_CLOSE.test(text.slice(end, end + 1)) &&
      GLOSS_OPEN.test(text.slice(Math.max(0, start - 2), start))
        ? 1
        : undefined);
    const afterFrom = end + (glossEnd ?? 0);
    // (a body's short name glossed after its full one, 工业和信息化部（以下简称工信部）, is
    // no word of the clause: the reach goes on past it)
    const named = chinese ? NAME_GLOSS_ZH.exec(text.slice(afterFrom, afterFrom + reach)) : null;
    const after = text.slice(afterFrom, Math.min(to, afterFrom + reach + (named?.[0].length ?? 0)));
    // A news dateline (财联社7月1日讯, 新华社北京3月5日电, WASHINGTON, Dec. 10 —) is the
    // report's date, not the act's.
    if (/^\s*(?:讯|电)/.test(after)) return of.verdict(false);
    if (
      EN_DATELINE_AFTER.test(after) &&
      EN_DATELINE_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    ) {
      return of.verdict(false);
    }
    // A decade (the 1970s, 上世纪90年代) is an era a story recalls, never an act's date.
    if (DECADE.test(text.slice(start, end))) return of.verdict(false);
    const cues = chinese ? ZH_CUES : EN_CUES;
    // remember() at each verdict rather than through a closure made per date: a closure
    // per date is an allocation (and, under tsx, a name definition too).
    const ctx = new DateContext(before, after, ahead, of, bodyNear, i, chinese, start, backward);
    if (cues.never && anyCue(cues.never, ctx)) {
      return remember(of.verdict(false), end, i, before, chinese);
    }
    // Most dates carry no written mark; one cheap test spares them every mark's pattern.
    const words = cues.markWords;
    const marked = !words || words.test(before) || words.test(after);
    const leads = !cues.actBeforeEnds || endsWithOneOf(before, cues.actBeforeEnds);
    if (marked && ((leads && anyCue(cues.actBefore, ctx)) || anyCue(cues.actAfter, ctx))) {
      return remember(of.verdict(true), end, i, before, chinese);
    }
    // 自2029年5月1日和7月1日起施行: the first of two dates joined before their act reads
    // the act after the second.
    // (and a list: 前三批已分别于1月、4月和7月下达)
    if (chinese) {
      let from2 = afterFrom;
      for (let k = 0, next = NEXT_DATE_ZH.exec(after); next && k < 4; k++) {
        from2 += next[0].length;
        const after2 = text.slice(from2, Math.min(to, from2 + reach));
        const ctx2 = new DateContext(before, after2, ahead, of, bodyNear, i, true, start, backward);
        if (anyCue(cues.actAfter, ctx2)) {
          return remember(of.verdict(true), end, i, before, chinese);
        }
        next = NEXT_DATE_ZH.exec(after2);
      }
    }
    // "apply earlier, from 12 October", "takes effect 60 days later, on May 19": the mark
    // read past an adverb between it and its preposition.
    const plain = marked && !chinese ? withoutAdverb(before) : null;
    if (
      plain &&
      anyCue(cues.actBefore, new DateContext(plain, after, ahead, of, bodyNear, i, false))
    ) {
      return remember(of.verdict(true), end, i, before, chinese);
    }
    const clause = clauseAround(text, start, afterFrom, from, to, chinese);
    const near = new DateContext(
      clause.before,
      clause.after,
      ahead,
      of,
      bodyNear,
      i,
      chinese,
      start,
      backward,
    );
    let policy: boolean;
    if (sharesAct(start, i, before, chinese)) policy = true;
    // "the next decision, on Aug. 11-12, would hinge on …": the date names the meeting.
    else if (
      clause.lead &&
      MEETING_END_EN.test(clause.lead) &&
      !MINUTES_LEAD_EN.test(clause.lead) &&
      near.body()
    ) {
      policy = true;
    } else if (anyCue(cues.not, near)) policy = false;
    else {
      policy = cues.strongClause(near) || (cues.clause(near) && near.body());
      // (the lead is read for its act only: what makes a date plain is read on the
      // date's own clause, "up from 4.7% in 2021" must not reach into the lead)
      if (!policy && clause.lead && !MINUTES_LEAD_EN.test(clause.lead)) {
        const led = `${clause.lead} ${clause.before}`;
        const joined = new DateContext(led, clause.after, ahead, of, bodyNear, i, chinese);
        policy = cues.strongClause(joined) || (cues.clause(joined) && joined.body());
      }
    }
    return remember(of.verdict(policy), end, i, before, chinese);
  };
}
