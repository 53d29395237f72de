/**
 * Whether a date is tied to a policy act in its sentence: issued, approved,
 * effective, implemented, a target or deadline, a policy body's meeting. The date
 * itself may carry the mark (到2025年 is a target; 自2024年7月1日起 an effective date).
 */
const SENTENCE_END = /[。！？；!?;\n]|\.(?=\s|$)/;

const ZH_ACT =
  /印发|发布|出台|颁布|施行|实施|生效|执行|审议通过|通过了|批准|部署|召开|会议|目标|力争|建成|完善|健全|落地|截止|截至|期限|到期|起征|降准|降息|加息|调整/;
const ZH_BODY =
  /国务院|中央|政治局|人大|政协|国常会|深改委|发改委|财政部|央行|人民银行|证监会|银保监|金融监管|外汇局|商务部|工信部|住建部|部委|政府|监管|委员会|《|意见|通知|办法|规定|条例|规划|政策|方案|纲要/;
const ZH_DATE_MARK_BEFORE = /(?:到|至|截至|截止|自|从|于|在)\s*$/;
const ZH_DATE_MARK_AFTER = /^\s*(?:起|前|以前|之前)?\s*(?:施行|实施|生效|执行|起)/;

// Acts that are policy on their own, and acts that need a policy body in the sentence.
const EN_STRONG_ACT =
  /\b(?:takes? effect|took effect|effective (?:on|from|date)|comes? into force|compliance date|signed into law|enacted)\b/i;
const EN_ACT =
  /\b(?:implemented?|deadline|approved?|issued|announced|rule|regulation|policy|target|goal|meeting|meets|decision|statement|minutes|hearing|vote|rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|cut|cuts|lower(?:ed|s)?|held|hold|kept|tighten(?:ed|ing)?|eas(?:e|ed|ing)|project(?:ed|s|ions)?|forecasts?|expects?)\b/i;
const EN_BODY =
  /\b(?:Fed|Federal Reserve|FOMC|ECB|BOJ|Bank of England|PBOC|central bank|SEC|CFTC|Treasury|Congress|Senate|House|White House|administration|government|regulators?|ministry|commission|State Council|lawmakers|policymakers)\b/i;

export interface PolicyMark {
  policy: boolean;
  /** The sentence the date came from. */
  sentence: string;
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!) && start - from < 300) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!) && to - end < 300) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}

export function policyMark(text: string, start: number, end: number): PolicyMark {
  const sentence = sentenceAround(text, start, end);
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 8);
  const chinese = /[\u4e00-\u9fff]/.test(sentence);
  let policy: boolean;
  // A news dateline (财联社7月1日讯, 新华社北京3月5日电) is the report's date, not the act's.
  if (/^\s*(?:讯|电)/.test(after)) return { policy: false, sentence };
  if (chinese) {
    const marked =
      ZH_DATE_MARK_AFTER.test(after) || (ZH_DATE_MARK_BEFORE.test(before) && ZH_ACT.test(sentence));
    policy = marked || (ZH_ACT.test(sentence) && ZH_BODY.test(sentence));
  } else {
    policy = EN_STRONG_ACT.test(sentence) || (EN_ACT.test(sentence) && EN_BODY.test(sentence));
  }
  return { policy, sentence };
}
