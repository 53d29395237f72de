/**
 * Whether a date is tied to a policy act: issued, approved, effective, implemented,
 * a target or deadline, a policy body's meeting or projection. The date itself may
 * carry the mark (到2030年 is a target, 自2024年7月1日起 an effective date, 12月底前
 * a deadline); otherwise its sentence needs an act, and a policy body either in the
 * sentence or in the sentences before it in the same paragraph ("Yellen said… The
 * projected three rate increases next year…").
 *
 * Sentence boundaries are found once per text, so marking thousands of dates costs
 * a binary search each rather than a walk over their sentences.
 */
const SENTENCE_END = /[。！？；!?;\n]|\.(?=\s|$)/g;
/** How far a sentence reaches around its date, at most (very long "sentences" are lists). */
const REACH = 300;
/** Earlier sentences of the paragraph that may hold the policy body. */
const BODY_LOOKBACK = 2;

const ZH_ACT =
  /印发|发布|出台|颁布|施行|实施|生效|执行|审议通过|通过了|批准|部署|召开|会议|目标|力争|建成|完善|健全|落地|截止|期限|到期|起征|降准|降息|加息|上调|下调|维持|调整|采取行动|出手|整顿|整治|清理|缩表|扩表|议息|减免|减税|降费|退税|补贴|征收|加征|豁免|落实/;
const ZH_BODY =
  /国务院|中央|政治局|人大|政协|国常会|深改委|发改委|财政部|央行|人民银行|美联储|联储|证监会|银保监|金融监管|外汇局|商务部|工信部|住建部|公安部|公安机关|网信办|法院|检察院|部委|政府|监管|委员会|《|意见|通知|办法|规定|条例|规划|政策|方案|纲要|关税/;
/** 到2030年 / 至2025年末: a target, when the date is not already past (截至 is "as of"). */
const ZH_TARGET_BEFORE = /(?:到|(?<!截)至)\s*$/;
const ZH_EFFECTIVE_AFTER =
  /^\s*(?:起|前|以前|之前)?\s*(?:正式)?(?:开始)?(?:施行|实施|实行|生效|执行)/;
/** 自2024年7月1日起: a start, a policy one when the sentence holds an act or a body. */
const ZH_FROM_AFTER = /^\s*起/;
const ZH_DEADLINE_AFTER = /^\s*(?:前|以前|之前)/;

// Acts that are policy on their own, and acts that need a policy body nearby.
const EN_STRONG_ACT =
  /\b(?:takes? effect|took effect|taking effect|effective (?:on|from|date)|(?:is|are|becomes?|became) effective|(?:have|has|had) until|comes? into force|came into force|compliance date|signed into law|enacted|rate (?:increase|hike|cut|rise|decision)s?|due to (?:start|begin|take effect|expire|kick in)|(?:policy|FOMC|rate-setting) meeting)\b/i;
const EN_ACT =
  /\b(?:implement(?:ed|s|ing)?|deadline|approv(?:e|ed|es|al)|issued|announced|rules?|regulations?|policy|target|goal|meeting|meets|decision|statement|minutes|hearing|vote|rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|increases?|cut|cuts|lower(?:ed|s)?|held|hold|kept|tighten(?:ed|ing)?|eas(?:e|ed|ing)|project(?:ed|s|ions)?|forecasts?|expects?|impos(?:e|ed|es|ing)|levy|start(?:s|ed)?|begin|expire[sd]?|extend(?:ed|s)?|mov(?:e|ed|es)|announc(?:e|es|ement)|propos(?:e|ed|es|al|als))\b/i;
const EN_BODY =
  /\b(?:Fed|Federal Reserve|FOMC|ECB|BOJ|Bank of England|PBOC|central bank|SEC|CFTC|Treasury|Congress|Senate|House|White House|administration|government|regulators?|ministry|commission|State Council|lawmakers|policymakers|Yellen|Powell|Lagarde|President|Trump|Biden|tariffs?|sanctions|stimulus|trade (?:deal|war|talks)|OPEC)\b/i;

const EN_DATELINE_BEFORE = /(?:^|\n)[A-Z][A-Z .'-]{2,}(?:\s*\([A-Za-z .]+\))?,\s*$/;
const EN_DATELINE_AFTER = /^\s*(?:\(\w+\)\s*)?[—–-]/;

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

// A full stop after these ends an abbreviation, not a sentence ("a scheduled Dec. 15
// tariff", "Amazon.com Inc. said"), and so does one after a single capital (U.S.).
const ABBREVIATION_BEFORE =
  /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|vs|Inc|Corp|Co|Ltd|Jr|Sr|Gov|Sen|Rep)|\b[A-Z])$/;

function boundaries(text: string): Boundaries {
  const ends: number[] = [];
  const paragraph: boolean[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) {
      continue;
    }
    ends.push(m.index + 1);
    paragraph.push(m[0] === '\n');
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

const CJK = /[\u4e00-\u9fff]/;

/** A marker for one text: call it for each date, in any order. */
export function policyMarker(text: string): (date: MarkedDate) => PolicyMark {
  const b = boundaries(text);
  const startOf = (i: number) => (i === 0 ? 0 : b.ends[i - 1]!);
  const endOf = (i: number) => (i < b.ends.length ? b.ends[i]! : text.length);
  // Regex verdicts per sentence: dates share sentences, and sentences are re-read
  // as the context of the ones after them.
  const cache = new Map<
    number,
    { chinese: boolean; act: boolean; body: boolean; strong: boolean }
  >();
  const facts = (i: number) => {
    let f = cache.get(i);
    if (!f) {
      const s = text.slice(startOf(i), endOf(i));
      const chinese = CJK.test(s);
      f = chinese
        ? { chinese, act: ZH_ACT.test(s), body: ZH_BODY.test(s), strong: false }
        : { chinese, act: EN_ACT.test(s), body: EN_BODY.test(s), strong: EN_STRONG_ACT.test(s) };
      cache.set(i, f);
    }
    return f;
  };
  const bodyBefore = (i: number) => {
    for (let k = i - 1; k >= 0 && k >= i - BODY_LOOKBACK; k--) {
      if (b.paragraph[k]) return false;
      if (facts(k).body) return true;
    }
    return false;
  };

  return ({ start, end, ahead }) => {
    const i = sentenceIndex(b, start);
    const from = Math.max(startOf(i), start - REACH);
    const to = Math.min(endOf(i), end + REACH);
    const sentence = text.slice(from, to).trim();
    const before = text.slice(Math.max(0, start - 4), start);
    const after = text.slice(end, end + 8);
    // A news dateline (财联社7月1日讯, 新华社北京3月5日电, WASHINGTON, Dec. 10 —) is the
    // report's date, not the act's.
    if (/^\s*(?:讯|电)/.test(after)) return { policy: false, sentence };
    if (
      EN_DATELINE_AFTER.test(after) &&
      EN_DATELINE_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    ) {
      return { policy: false, sentence };
    }
    const f = facts(i);
    // The paragraph's earlier sentences are read only when the verdict hangs on them.
    const body = () => f.body || bodyBefore(i);
    let policy: boolean;
    if (f.chinese) {
      policy =
        ZH_EFFECTIVE_AFTER.test(after) ||
        (ahead && ZH_TARGET_BEFORE.test(before)) ||
        ((ZH_DEADLINE_AFTER.test(after) || ZH_FROM_AFTER.test(after)) && (f.act || body())) ||
        (f.act && body());
    } else {
      policy = f.strong || (f.act && body());
    }
    return { policy, sentence };
  };
}
