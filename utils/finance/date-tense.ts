/**
 * The tense of the clause around a date written without its year ("the trial, which
 * ended in May", "该规定将于5月实施"): a past clause looks back from the publish
 * date, a future one ahead. With no cue the nearer occurrence stands, as the date
 * readers resolved it.
 */
import type { DateParts } from './date-values';

// Verbs that place a date: read next to it, not anywhere in a long sentence (a
// reported clause's 将 or "will" is about the report, not the date).
// "in force since 6 April", "since March": since looks back.
// ("since a quarter-point cut in June": the act the time is counted from)
const SINCE_BEFORE =
  /\bsince\s+(?:(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const PAST_EN_BEFORE =
  /\b(?:was|were|had|did|ended|began|started|rose|fell|climbed|dropped|jumped|slid|gained|lost|closed|opened|reported|posted|announced|agreed|signed|approved|released|issued|launched|completed|finished|held|kept|left(?=\s+(?:its|their|the|his|her|it|them|rates?|interest|borrowing|policy|benchmark|key)\b)|met|paid|bought|sold|acquired|filed|took|came|went|made|peaked|bottomed|expired|put\s+out|laid\s+out|rolled\s+out|(?<!\b(?:is|are|be|being|will|to|would|could|may|might|shall|should)\s)set)\b(?:\s+\S+){0,3}\s+(?:in|on|since|during|back in)\s+(?:early\s+|late\s+|mid-?)?$/i;
// (Not through a scheduled event the date names: "another cut at the December meeting
// was not a done deal" reports a view of a meeting still ahead; nor through an
// apposition on the act: "from March 10, a step it had suspended".)
const PAST_EN_AFTER =
  /^(?:\s+[a-z]+)?,?\s+when\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ed\b|^,?\s+(?!(?:meeting|decision|vote|auction|deadline|session|statement|as)\b)(?!(?:a|an)\s+(?:step|move|measure|decision|reversal|policy|change|practice|rule|requirement|restriction|ban|curb)\b)(?:[\w'’-]+\s+){0,3}?(?:was|were|had|saw|ended|brought|marked|rose|fell|climbed|dropped|jumped|gained|lost|grew|shrank|posted|reported)\b|^[^.;]{0,30}\bago\b/i;
// Any regular past verb before the date ("the EU agreed on Monday", "the PBOC injected
// 500 billion yuan on Monday", "the fund launched on the 3rd of March"): the verbs listed
// above are only the irregular and the commonest. Not a participle that describes ("the
// closely watched report", "is expected", "will be lifted", "economists polled by …"),
// nor a present perfect ("that's reversed Wednesday"), nor a verb of expectation whose
// object is ahead ("signalled a cut in March").
const REGULAR_PAST_VERB = String.raw`(?<!-)(?<!\b(?:a|an|the|be|been|being|is|are|has|have|will|to|closely|widely|eagerly|keenly|much|long|most|highly|so|newly)[\s-]|['’]s\s)\b(?!(?:scheduled|expected|planned|slated|proposed|signalled|signaled|flagged|hinted|projected|forecasted|pencilled|penciled|priced|predicted|promised|pledged|vowed|warned|indicated|suggested|delayed|postponed|needed|based|listed|related|limited|combined|owned|advanced|detailed|called|named|dubbed|titled|adjusted|annualized|annualised|unchanged|indeed|hundred|proceed|exceed|succeed|speed|feed|need|seed|breed)\b)[a-z]{2,}ed\b(?!\s+by\b)`;
const REGULAR_PAST = new RegExp(String.raw`${REGULAR_PAST_VERB}[^.;]{0,60}$`);
const REGULAR_PAST_LEAD = new RegExp(
  String.raw`${REGULAR_PAST_VERB}(?:\s+\S+){0,3}\s+(?:in|on|since|during|back in)\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+)?$`,
);

/** Whether `before` (the words before a date) holds a regular past verb of its clause. */
export function regularPastBefore(before: string): boolean {
  return REGULAR_PAST.test(before);
}
// a phase-in until Aug. 3, a grace period to June: a rule's step still ahead
// a hike no earlier than the fourth quarter, not until March: a time still ahead
export const NOT_BEFORE_WORDS = 'no earlier than|no sooner than|not until|not before';
const NOT_BEFORE_EN = new RegExp(`\\b(?:${NOT_BEFORE_WORDS})\\s+(?:the\\s+)?$`, 'i');
// gives the company until Sept. 30, has until March: a term still running
const GIVEN_UNTIL_BEFORE = /\b(?:gives?|giving|given|has|have)\s+(?:[\w'’-]+\s+){0,3}?until\s+$/i;
// finish the programme by the end of October: a deadline ahead (unless a past verb
// reads the clause: "prices had climbed by March")
const BY_BEFORE = /\b(?:by|(?:no|not)\s+later\s+than)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const HAD_BEFORE = /\bhad\b[^.;]{0,60}$/i;
// up 2.7% in January, the index for January: a statistic's period, whatever the tense
// (or its span: "rose 2.7% in the year through October")
const STATISTIC_EN_BEFORE =
  /(?:\d(?:\.\d+)?\s?(?:%|percent|per cent)|\b(?:index|CPI|PPI|PCE|GDP|payrolls|inflation|figures?|data|report|reading))\s+(?:in|for)\s+(?:the\s+(?:year|12\s+months|twelve\s+months|three\s+months|quarter)\s+(?:through|to|ended|ending)\s+)?$/i;
const RULE_STEP_BEFORE =
  /\b(?:phase-in|transition(?:al)? period|grace period|deadline)\b[^.;]{0,20}\s(?:until|to|by|through)\s+$/i;
// ("may" is the verb, never May the month: "fell in May from 54.1 in April")
const FUTURE_EN_BEFORE =
  /\b(?:will|would|shall|should|could(?!\s+have\b)|might(?!\s+have\b)|(?<!\b(?:in|of|since|from|until|to|through|by|and|late|early|mid)[\s-])may(?!\s+(?:have\b|\d|from\b|to\b|and\b))(?![,.;])|must|have to|has to|need to|needs to|required to|obliged to|is due|are due|is set|are set|is expected|are expected|scheduled|slated|plans? to|planned|upcoming|is to|are to|ready to|prepared to|poised to|likely to|intends? to|aims? to|expects? to|expected to)\b(?:\s+(?!after\b|since\b|following\b)[^\s.;!?]+(?:\.[^\s.;!?]+)*){0,6}\s+(?:in|on|by|from|until|before|after|for|starting|beginning|as\s+of|as\s+(?:soon|early)\s+as|(?:no|not)\s+later\s+than)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
// "dealers expect the first increases at the November refunding": an expectation of an
// event still to be held
const EXPECTED_AT_EN_BEFORE =
  /\b(?:expect|expects|see|sees)\b(?:\s+[^\s.;!?]+){0,5}\s+at\s+(?:the|its|their)\s+$/i;
// takes effect on July 1, comes into force on, applies from, reports on: news writes a
// scheduled act in the present tense (its past is "took", "came", "applied").
const PRESENT_SCHEDULED_EN_BEFORE =
  /\b(?:takes|comes|goes|enters|applies|apply|kicks|begins|starts|opens|closes|ends|expires|lapses|meets|reports|votes|bites|runs|lasts|(?<!\b(?:the|a|an|its|their|to|not|did|didn't)\s)(?:take\s+effect|come\s+into|go\s+into|enter\s+into|kick\s+in|expire))\b(?:\s+\S+){0,4}?\s+(?:in|on|from|by|until|through|at)\s+(?:the\s+)?$/i;
const OWN_VERB_EN_BEFORE =
  /\b(?:closes|ends|expires|lapses|opens|begins|starts|takes effect|comes into (?:force|effect)|applies|goes live|kicks in|comes due|falls due)\s+(?:on|in|from)\s+$/i;
// "raised the buffer to 3.5%, effective Nov. 1": a measure's start, told after its act
// (but "became effective in May" is past)
const EFFECTIVE_EN_BEFORE =
  /(?<!\b(?:became|become|becomes|was|were|been|is|are)\s)\b(?:effective|with\s+effect\s+from)\s+(?:from\s+|on\s+|as\s+of\s+)?$/i;
// "cut the reserve requirement ratio by 25 basis points with effect from May 15, its second
// cut this year": a move already made, whose start is told after it
const DONE_MOVE_EN_BEFORE =
  /(?<!\b(?:will|would|to|could|may|might|should|must)\s+)\b(?:cut|raised|lowered|reduced|trimmed|hiked|lifted|eased|tightened)\s+(?:its|the|their|a)\b[^.;]{0,90}?\b(?:with\s+effect\s+from|effective)\s+(?:from\s+|on\s+|as\s+of\s+)?$/i;
const OWN_PRESENT_EN_BEFORE =
  /,\s+(?:which|that)\s+(?:ends|begins|starts|expires|closes|opens|runs\s+(?:through|until|to))\s+(?:on\s+)?$/i;
export const PAST_ZH_BEFORE =
  /(?:已于|已於|已经|已經|此前|曾于|曾於|曾经|曾經|早在|已|曾)\s*(?:在|于|於)?\s*$/;
// 此前，公司在3月完成融资: a looking-back word opening the sentence.
// (日前, "recently": not the 日前 of a deadline's day, 9月30日前)
const PAST_ZH_OPENING =
  /(?:此前|早前|先前|(?<![\d〇零一二三四五六七八九十廿卅])日前|上一次|上次|上一輪|上一轮|上轮|上輪)[^。；！？]{0,16}$/;
// 下调了, 下调过 (過): an aspect mark after the date's verb (not 过户, a transfer of shares).
// 自8月15日起将试点扩大至全国: a start written with its future verb right after it (so a
// notice "日前发布" earlier in the sentence does not pull the day back a year)
// futures for January delivery, the March contract: a contract's month is still ahead
const CONTRACT_MONTH_AFTER = /^\s+(?:delivery|contracts?|expiry)\b/i;
const FUTURE_ZH_AFTER = /^\s*(?:起|开始|開始)\s*(?:将|將|拟|擬)/;
const PAST_ZH_AFTER = /^[^，,。；]{0,10}?[了过過](?![度渡去来來户戶])/;
// 今年以来，LPR仅在6月下调: a clause that counts back from now.
const PAST_ZH_SINCE = /(?:以来|以來)[，,]?[^。；！？]{0,20}$/;
// (可在1月31日前申请: a deadline still open; 实施期限至12月31日, a term still running;
// 若法案於5月底前獲通過, a condition ahead)
export const FUTURE_ZH_BEFORE =
  /(?:(?:申请|申請|报名|報名|提交|缴纳|繳納|兑付|兌付)[^，。；]{0,10}?(?:截止|截至)(?:日期|時間|时间|日)(?:为|為|是)|可在|须在|須在|需在|应在|應在|可于|可於|须于|須於|应于|應於|将于|將於|将在|將在|定于|定於|预定|預定|将|將|预计|預計|计划|計劃|拟于|擬於|拟|擬|有望|即将|即將|届时|屆時|最快|最迟|最遲|期限至|有效期至|(?:咨询|諮詢|征求意见|徵求意見|公示|征集|徵集)期(?:将|將)?(?:至|到)|目标|目標|力争|力爭|争取|爭取|(?:申请|申請|申报|申報|受理|报名|報名|反馈|反饋|征求意见|徵求意見)(?:时间|時間|期限)?(?:截至|截止(?:到|至)?|至)|(?:若|倘若|如果|一旦)[^，,。；]{0,10}?(?:于|於|在))\s*(?:在|于|於|到)?\s*$/;

// 预计5月CPI同比上涨: the month is a statistic's period; the forecast verb is the figure's.
const STATISTIC_AFTER =
  /^(?:份)?(?:的)?\s*(?:CPI|PPI|GDP|PMI|M1|M2|社融|社会融资|社會融資|社会消费品|社會消費品|规模以上|規模以上|固定资产|固定資產|城镇调查|城鎮調查|数据|數據|经济数据|經濟數據|工业|工業|零售|出口|进口|進口|财新|財新|制造业|製造業|非制造业|通胀|通脹|就业|就業|失业|失業|信贷|信貸|贸易|貿易|LPR)/;

// "January's inflation figures (are due on 17 February)", "matching April's pace": the
// month a statistic measures, whatever the tense of its release
const STATISTIC_POSSESSIVE_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:inflation|CPI|PPI|PCE|GDP|payrolls|jobs|figures?|data|numbers|reading|print|pace|report|sales|output|exports|imports|decline|rise|gain|drop|growth)\b/i;

/**
 * -1 past, 1 future, 0 no cue; SCHEDULED for an act in the present tense, which points
 * ahead unless its date passed lately ("Apple reports on 4/22", read in early May, is
 * a calendar line of last month's).
 */
export type Tense = -1 | 0 | typeof SCHEDULED | 1;
export const SCHEDULED = 0.5;
/** How long ago a scheduled act's date may lie and still be this year's. */
// "set 30 September as the deadline for lenders to write": a day set as a deadline is
// ahead, whatever the tense of the verb that set it
const AS_DEADLINE_AFTER =
  /^\s+as\s+(?:the|a|its|their)\s+(?:new\s+|final\s+)?(?:deadline|cut-?off|(?:compliance|effective|start|implementation)\s+date)\b/i;
// "this year's final notice, released April 6": an act's past participle right before its
// day, in apposition after a comma (so never "to be released" or "is released")
const PARTICIPLE_PAST_BEFORE =
  /,\s+(?:released|issued|published|announced|adopted|approved|signed|unveiled|finali[sz]ed|filed|enacted|passed|dated)\s+$/i;
// "The FTC had issued a second request for information on the deal in April": a past
// perfect in the date's clause, however long its object (up to a comma: "…had been
// delayed, with its next results due in mid-December")
const PLUPERFECT_BEFORE =
  /\bhad\s+(?:not\s+|already\s+|just\s+|originally\s+|first\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn|ne|ught|ent|ade|id|old|ook|ew|un|et)\b(?:[^.;!?,]|\.(?=\d))*\s(?:in|on|since|during|by)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
// "States that miss the Dec. 31 deadline": a deadline named by its day is its next one
// (within the grace a scheduled day gets: "missed the Jan. 10 deadline" last week)
const NAMED_DEADLINE_AFTER =
  /^\s+(?:filing\s+|statutory\s+|compliance\s+)?(?:deadline|cut-?off)\b/i;
const SCHEDULED_GRACE_DAYS = 45;

/** The tense of the clause, read right around the date. */
export function clauseTense(text: string, start: number, end: number): Tense {
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 40);
  if (
    STATISTIC_AFTER.test(after) ||
    STATISTIC_EN_BEFORE.test(before) ||
    STATISTIC_POSSESSIVE_AFTER.test(after)
  ) {
    return 0;
  }
  const future =
    FUTURE_EN_BEFORE.test(before) ||
    EXPECTED_AT_EN_BEFORE.test(before) ||
    GIVEN_UNTIL_BEFORE.test(before) ||
    (BY_BEFORE.test(before) && !HAD_BEFORE.test(before) && !regularPastBefore(before)) ||
    FUTURE_ZH_BEFORE.test(before) ||
    FUTURE_ZH_AFTER.test(after) ||
    CONTRACT_MONTH_AFTER.test(after) ||
    RULE_STEP_BEFORE.test(before) ||
    NOT_BEFORE_EN.test(before) ||
    AS_DEADLINE_AFTER.test(after);
  // "fiscal 2029, which ends Jan. 31, when it reported": the date's own verb, right
  // before it in the present, outweighs a past clause after it (and a participle before
  // it: "a comment period on parts assembled from imported components closes on April 7")
  if (
    !future &&
    (OWN_PRESENT_EN_BEFORE.test(before) ||
      OWN_VERB_EN_BEFORE.test(before) ||
      NAMED_DEADLINE_AFTER.test(after) ||
      (EFFECTIVE_EN_BEFORE.test(before) &&
        !DONE_MOVE_EN_BEFORE.test(text.slice(Math.max(0, start - 120), start))))
  ) {
    return SCHEDULED;
  }
  const past =
    PAST_EN_BEFORE.test(before) ||
    PARTICIPLE_PAST_BEFORE.test(text.slice(Math.max(0, start - 50), start)) ||
    PLUPERFECT_BEFORE.test(text.slice(Math.max(0, start - 90), start)) ||
    REGULAR_PAST_LEAD.test(before) ||
    SINCE_BEFORE.test(before) ||
    (PAST_EN_AFTER.test(after) && !mainVerbAfter(text, start, after)) ||
    PAST_ZH_BEFORE.test(before) ||
    PAST_ZH_OPENING.test(before) ||
    PAST_ZH_SINCE.test(before) ||
    PAST_ZH_AFTER.test(after);
  if (future !== past) return future ? 1 : -1;
  return !past && PRESENT_SCHEDULED_EN_BEFORE.test(before) ? SCHEDULED : 0;
}

// "ConocoPhillips, which expects to close the deal on Dec. 1, was flat": the verb after
// the comma is the sentence's own, past the relative clause the date is in.
const RELATIVE_CLAUSE_OPEN = /,\s+(?:which|who)\s+[^,.;:]*$/i;
function mainVerbAfter(text: string, start: number, after: string): boolean {
  return /^,/.test(after) && RELATIVE_CLAUSE_OPEN.test(text.slice(Math.max(0, start - 120), start));
}

/**
 * A guessed year moved to agree with the clause: a past clause never points after
 * the publish date, a future one never before it.
 */
export function yearByTense(parts: DateParts, ref: Date, tense: Tense): number {
  if (!tense || parts.month === undefined) return parts.year;
  const at = Date.UTC(parts.year, parts.month - 1, parts.day ?? 15);
  const day = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  // A month-only date counts as "now" while its month runs.
  const sameMonth =
    parts.day === undefined &&
    parts.year === ref.getUTCFullYear() &&
    parts.month === ref.getUTCMonth() + 1;
  if (sameMonth) return parts.year;
  if (tense < 0 && at > day) return parts.year - 1;
  const grace = tense === SCHEDULED ? SCHEDULED_GRACE_DAYS * 86_400_000 : 0;
  if (tense > 0 && at < day - grace) return parts.year + 1;
  return parts.year;
}
