/**
 * English cues for policy dates (see policy-dates.ts for how they combine). Written
 * from the forms rules and central banks use: "takes effect on", "entered into force
 * on", "obligations apply from", "compliance date of", "have until", "the Dec. 15
 * tariff", "the June meeting"; and from what makes a date someone else's: "said on
 * Monday", "the Nov. 8 election", "up from 4.7% in 2021".
 */
import {
  after,
  AHEAD_AND_BODY,
  anyWord,
  before,
  BODY_NEAR,
  mergePatternCues,
  type Cue,
  type CueContext,
  type PolicyCues,
} from './policy-cue';

export const EN_BODY =
  /\b(?:Beijing|Ottawa|Canberra|Fed|Federal Reserve|[Ff]ed funds|FedWatch|FOMC|NFRA|CSRC|SAMR|State Administration for Market Regulation|CAC|NMPA|CBIRC|NDRC|MIIT|MOFCOM|OFAC|FinCEN|FHFA|CFPB|FSOC|FCC|EPA|ECB|BOJ|BoE|[Tt]he Board\b|RBA|RBI|Reserve Bank|Ofgem|Ofwat|Ofcom|[Tt]he bureau|Economic Work Conference|[Ww]ork [Cc]onference|Politburo|National People's Congress|NPC|official (?:target|goal)|PRA|BaFin|EBA|ESMA|FSB|IMF|Basel Committee|HKMA|SFC|OSFI|ASIC|SEBI|GST Council|MAS|APRA|RBA|RBNZ|SNB|Riksbank|Bank of (?:England|Japan|Canada|Korea|Thailand|Israel|Mexico|Russia|Italy|Spain|France|Greece|Ghana|Jamaica)|Bank (?:Indonesia|Negara)|Banxico|Bundesbank|Banque de France|Norges Bank|(?:Swiss |Czech |Hungarian |Polish )?National Bank(?! of (?:Canada|Australia))|State Bank of (?:Pakistan|Vietnam)|Monetary Authority|FDIC|OCC|[Tt]he Bank(?! of America)|Budget|MPC|PBOC|People's Bank|[Cc]entral [Bb]anks?|SEC|CFTC|FINRA|FCA|ESMA|Treasury|Congress|Senate|House|White House|[Aa]dministration|[Gg]overnments?|[Hh]ousing (?:bureau|authorit(?:y|ies))|[Rr]egulators?|[Mm]inistry|[Cc]ommission(?:ers?)?|Parliament|State Council|[Cc]abinet|Governing Council|USTR|Trade Representative|[Cc]ourt|[Jj]udges?|[Ss]ection \d{3}|[Ll]awmakers|[Pp]olicymakers|[Pp]olicy-makers|median (?:official|policymaker|projection)|dot plot|Yellen|Powell|Chancellor|(?:finance |economy |trade )?ministers|Eurogroup|G7|G20|Lagarde|Bailey|Ueda|President|Trump|Biden|[Tt]ariffs?|[Ss]anctions|[Ss]timulus|trade (?:deal|war|talks)|OPEC|Organization of the Petroleum Exporting Countries|IRS|FDA|Food and Drug Administration|CMS|Centers for Medicare|HHS|Medicare|Department|Bureau|Office|Authority|Authorities|European Union|EU|Brussels|[Tt]he bloc|[Aa]genc(?:y|ies)|[Cc]ommittee|[Ww]atchdogs?|[Bb]oard members?|[Nn]egotiators|[Mm]ember states|[Ll]egislators|[Ss]upervisors?|[Gg]overnors?|[Rr]egulation|[Dd]irective|Act|[Ll]aw|[Bb]ill|[Rr]ules?)\b/;

const THE = String.raw`(?:(?:the|a|an)\s+)?`;
// repay a note by, redeem bonds before: a borrower's own payment, no rule's deadline
const OWN_DEBT_DUE_BEFORE =
  /\b(?:repay|redeem|refinance|roll over|pay off|pay back|extend)\b[^.;]{0,50}?\b(?:notes?|bonds?|debt|loans?|coupons?|borrowings?|debentures?|principal|interest)\b[^.;]{0,20}?\b(?:by|before)\s+$/i;
// A government's debt sale: a policy body near, and the seller or the debt a state's.
const GOVERNMENT_DEBT = (c: CueContext) =>
  c.body() &&
  /\b(?:Treasury|[Mm]inistry|Debt Management Office|DMO|government|[Ss]pecial(?:-purpose)?|sovereign|[Ll]ocal governments?|[Ff]inance)\b/.test(
    c.sentence,
  );
const PREP = String.raw`(?:on|from|as of|in|at|(?:starting|beginning)(?:\s+(?:in|on|from))?|by|as (?:soon|early) as)`;

// What a policy body puts in place: its start, end or change is the act's date.
const POLICY_OBJECT = String.raw`credits?(?=\s+for\b)|(?:ISA|tax-free|personal|annual|dividend|capital)\s+allowances?|(?:tax|solar|EV|electric-vehicle|vehicle|clean-energy|energy|production|investment|hydrogen|charger|charging|purchase) credits?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|tax (?:credit|break|cut|relief|rebate|holiday)s?|rules?|regulations?|law|ban|relief|exemptions?|exclusions?|waivers?|moratorium|mandates?|requirements?|obligations?|regime|scheme|subsid(?:y|ies)|quotas?|minimum wages?|minimums|(?:national )?living wage|sanctions|embargo|curbs|export controls|restrictions|price caps?|carve-outs?|stimulus|grace period|safe harbou?r|transition(?:al)? period|comment period|(?:comment|feedback|consultation|application|short-form|filing|bidding|enrol(?:l)?ment) window|(?:definitive|transitional|reporting|compliance|implementation) (?:period|phase|stage)|consultation|portal|data collection|truce|pause|surcharges?|surtax(?:es)?|measures?(?!\s+of)|stopgap|funding|filing season|(?:export|general|operating|banking)\s+licen[cs]es?|licen[cs]es|(?:authori[sz]ation|licensing|registration)\s+(?:gateway|regime|window)|debt (?:ceiling|limit)|borrowing (?:limit|cap)|(?:loan|lending) (?:ceiling|limit|cap)s?|(?:deed|stamp|property|purchase|sales|consumption|excise|value-added|land|transaction|windfall) tax(?:es)?|appropriations|caps?(?=\s+on)|(?:minimum\s+)?down payments?|(?:minimum|new)\s+mortgage rates|floors?(?=\s+on\b)|purchase (?:limits|curbs|restrictions)|(?:production|output) (?:ceilings?|quotas?|targets?)|(?:asset|bond|bill|reserve-management) purchases|purchases of (?:Treasury\s+)?(?:bills|bonds|securities)|purchase program(?:me)?s?|freeze|(?:spectrum\s+|clock-phase\s+)?(?:auctions?|bidding)|(?:liquidity|capital|countercyclical|stress\s+capital)\s+buffers?|(?:balance[- ]sheet\s+|Treasury\s+)?run-?off|drawdown|(?:debt-swap|swap|relief|support|stimulus|lending|relending|bond-buying)\s+program(?:me)?s?|quantitative\s+(?:tightening|easing)|(?:tax\s+)?thresholds|(?:higher|new|lower|reduced|full|top|tariff|standard|preferential|most-favou?red-nation|MFN|duty) rates?|(?:visa|filing|application|user|licen[cs]e|registration|methane|exit|entry|toll|stamp)\s+fees?|(?:minimum\s+)?price spreads|tick sizes?|(?:board\s+)?lot sizes?|trading hours|position limits|circuit breakers?|settlement cycle`;

const INSTRUMENT_VERB_END =
  /\b(?:sunset(?:s|ted)?|expir(?:e|es|ed|ing)|laps(?:e|es|ed|ing)|runs? out|ran out|go(?:es)? live|going live|went live|open(?:s|ed)?|clos(?:e|es|ed)|ends?|ended|ending|begins?|began|starts?|started|resum(?:e|es|ed)|rises?|rising|rose|climbs?|climbing|doubles?|jumps?|falls?|falling|fell|drops?|dropped|runs?\s+(?:through|until|to)|lift(?:s|ed)?|impos(?:e|es|ed)|remov(?:e|es|ed)|scrap(?:s|ped)?|reinstat(?:e|es|ed)|exhaust(?:s|ed)?|introduc(?:e|es|ed)|granted|renewed|revoked|rescinded|repealed|amended|struck|signed|extended|enlarged|expanded|completed|agreed|reach(?:es|ed)?|sealed|adopted|approved|tighten(?:s|ed)?|loosen(?:s|ed)?|revert(?:s|ed)?|resets?|(?:comes?|came)\s+up\s+for\s+(?:its\s+)?(?:next\s+)?(?:[\w-]+\s+)?(?:reset|review|renewal)|(?:remains?|remained|stays?|stayed)\s+in\s+(?:place|force|effect))\b(?:\s+(?:to|from|by)\s+(?:about\s+)?[$£€¥]?\s?[\d.,]+\s*(?:%|percent|per cent|billion|million|trillion|bn|basis points|bps)?){0,2}(?:[ap]\.m\.|\.(?=\d)|[^.;]){0,30}?(?:\b(?:on|in|from|at|after|by|starting)\s+)?(?:the\s+)?$/i;
/**
 * The words between a policy date and the next date of its sentence that go on with the
 * same instrument's next step: "take effect on April 1 and run until the end of the
 * year", "opens on May 1 and closes on May 31".
 */
export function continuesAct(gap: string): boolean {
  if (FOLLOWING_STEP_GAP.test(gap)) return true;
  const joined = CONTINUED_ACT_GAP.exec(gap);
  if (!joined) return false;
  const verb = INSTRUMENT_VERB_END.exec(gap.slice(joined[0].length));
  return verb?.index === 0;
}
// "phased in starting in 2039, with equity swaps following by the end of September
// 2039": the next group's step of the same phase-in
const FOLLOWING_STEP_GAP =
  /^\s*,?\s*with\s+(?:[\w'-]+\s+){1,6}?(?:following|to follow|coming in|phased in)\s+(?:by|in|on|from|at)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$/i;
const CONTINUED_ACT_GAP =
  /^\s*,?\s*(?:and|but|then|before)\s+(?:(?:will|would|could|can|may|is|are|was|were)\s+(?:(?:due|set|scheduled)\s+)?(?:to\s+)?)?(?:be\s+)?(?=[a-z])/i;
const POLICY_OBJECT_WORD = new RegExp(String.raw`\b(?:${POLICY_OBJECT})\b`, 'i');
const INSTRUMENT_BEFORE = new RegExp(
  String.raw`\b(?:${POLICY_OBJECT})\b(?:[^.;,]|\.(?=\s?\d)|,(?=[^,.;]{1,40}\band\b)){0,110}?(?:,(?:[^.;]|\.(?=\d)){1,60}?,|,\s*(?:which|that)\b)?(?:[^.;,]|\.(?=\s?\d)){0,80}?,?\s*$`,
  'i',
);

const SPAN_WORD_END = /\b(?:from|starting|beginning|until|till|through)\s+(?:the\s+)?$/i;
const VERB_FIRST_INSTRUMENT = new RegExp(
  String.raw`\b(?:scrap|scraps|scrapped|scrapping|lift|lifts|lifted|lifting|ease|eases|eased|easing|relax|relaxes|relaxed|relaxing|lower|lowers|lowered|lowering|raise|raises|raised|raising|cut|cuts|cutting|remove|removes|removed|removing|impose|imposes|imposed|imposing|introduce|introduces|introduced|introducing|suspend|suspends|suspended|suspending|pay|pays|paying|offer|offers|offering|grant|grants|granted|granting|narrow|narrows|narrowed|narrowing|widen|widens|widened|widening|shorten|shortens|shortened|shortening|extend|extends|extending)\s+(?:(?:its|the|their|a|an|all|new|cash)\s+)?(?:[\w-]+\s+){0,2}?(?:${POLICY_OBJECT})\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:from|starting|beginning|until|till|through)\s+(?:the\s+)?$`,
  'i',
);
const DEBT_WORD_END = /\b(?:notes|bonds|bills|debt|gilts)\s+(?:(?:on|in)\s+)?$/i;
const DEBT_SALE_ANY_CURRENCY =
  /\b(?:sell|sells|sold|auction|auctions|auctioned|offer|offers|offered|issue|issues|issued)\s+(?:[$£€¥]\s?)?[\d.]+\s+(?:billion|bn|trillion)\s+(?:yuan\s+|yen\s+|euros?\s+|pounds\s+)?(?:of|in)\s+(?:[\w-]+\s+){1,4}?(?:notes|bonds|bills|debt|gilts)\s+(?:(?:on|in)\s+)?$/i;
/** A statistic named as a calendar's item (a source fragment). */
export const STATISTIC_WORDS_EN = String.raw`payrolls|jobs report|employment report|CPI|PPI|PCE|GDP|PMIs?|retail sales|inflation (?:data|figures|numbers|report)|trade (?:data|figures)`;
const STATISTIC_DAY_BEFORE = new RegExp(
  String.raw`\b(?:${STATISTIC_WORDS_EN})\s+(?:(?:is|are|were|was)\s+(?:due|out|released|published)\s+)?on\s+$`,
  'i',
);
const COURT_CASE = /\b(?:appeals?|appealed|court|judge|lawsuit|trial|litigation)\b/i;
const RULE_IN_SENTENCE =
  /\b(?:rules?|proposals?|proposed|draft|consultation|regulations?|guidance)\b/i;

// lift demand in, hurt margins during: what something does to a business, then its date
const BUSINESS_EFFECT_END =
  /\b(?:lift|lifts|boost|boosts|hurt|hurts|dent|dents|weigh\s+on|weighs\s+on|add\s+to|adds\s+to)\s+(?:its\s+|their\s+|the\s+)?(?:demand|sales|revenues?|earnings|profits?|margins?|orders|bookings)\s+(?:in|by|from|during)\s+(?:the\s+)?$/i;
const MINUTES_WORD = /\bminutes\b/i;
const COMPANY_PROGRAM_BEFORE =
  /\b(?:repurchase|buyback|buy-back|dividend|stock split|share split)\s+(?:program(?:me)?|plan|authori[sz]ation|policy)?\b[^.;]{0,40}$/i;

// £20,000, $1.5 billion, 3.5%, 40p: a figure with its currency or unit
const AMOUNT_EN = String.raw`[$£€¥]?\d[\d.,]*\s?(?:%|percent|per cent|p|bn|billion|m|mn|million|trillion)?`;
/** Marks written just before a date that make it a policy date on their own. */
const RATE_MOVE_EN = /\b(?:rate\s+)?(?:cuts?|hikes?)\b/i;
// What a government lays down: a rule repealed is the government's act whoever the
// paragraph names.
const RULE_WORDS =
  /\b(?:rules?|regulations?|framework|executive order|orders?|controls|policy|guidance|law|act|mandate|tariffs?)\b/i;
const SENTENCE_OPENS_WITH_START =
  /(?:^\s*|[.!?]["”]?\s+|\n)(?:Beginning|Starting|Effective|As\s+of|From)\s+$/;
export const ACT_BEFORE_EN: Cue[] = [
  // takes effect on, went into effect on, took effect in
  before(
    new RegExp(
      String.raw`\b(?:takes?|took|taken|taking|goes|went|gone|going|go|put)\s+(?:into\s+)?effect\s+(?:(?:for|in|across)\s+(?:[\w'-]+\s+){1,4}?)?(?:at\s+\d{1,2}(?::\d{2})?\s*[ap]\.m\.\s+(?:[A-Z]{2,4}\s+)?)?(?:${PREP}\s+)?${THE}$`,
      'i',
    ),
    // (a company's buyback that takes effect July 1 is its own plan, no policy act)
    (c) => !COMPANY_PROGRAM_BEFORE.test(c.before),
  ),
  // entered into force on, comes into force from
  before(
    new RegExp(
      String.raw`\b(?:enter(?:s|ed|ing)?|comes?|came|coming)\s+into\s+(?:force|effect|operation)\s+(?:[^.;,]{1,30},\s+)?(?:${PREP}\s+)?${THE}$`,
      'i',
    ),
  ),
  // effective Jan. 1, effective as of March 31
  // (a buyback authorization effective Nov. 1 is the company's own)
  before(
    /\beffective\s+(?:(?:as of|from|on|starting|beginning)\s+)?$/i,
    (c) => !COMPANY_PROGRAM_BEFORE.test(c.before),
  ),
  // fiscal years beginning on or after Dec. 15: the language of a rule's scope
  before(/\b(?:on or (?:after|before)|no earlier than)\s+$/i),
  // quarters ending after March 15, 2028; a phase-in until Aug. 3: a rule's scope and steps
  before(
    /\b(?:(?:quarters?|years?|periods?)\s+(?:ending|beginning|starting)\s+(?:on\s+or\s+)?after|phase-in(?:\s+period)?\s+(?:until|through|to|by))\s+$/i,
  ),
  // banks with fiscal years ending Dec. 31, 2027, will be the first to report under the rule
  before(
    /\b(?:fiscal\s+)?(?:quarters?|years?|periods?)\s+(?:ending|beginning|starting)\s+(?:on\s+)?$/i,
    (c) =>
      c.body() &&
      /\b(?:rules?|thresholds?|requirements?|regulations?|standards?)\b/i.test(c.sentence),
  ),
  // the IRS will begin accepting returns on Jan. 25
  before(
    /\b(?:begin|begins|start|starts|open|opens)\s+accepting\b[^.;]{0,60}?\bon\s+$/i,
    BODY_NEAR,
  ),
  // comments on a proposal that would … are due by March 8
  // (across "U.S." and "T+0": "Comments on the SEC's proposal to move U.S. stock trades…")
  before(
    /\bcomments?\s+on\b(?:[^.;]|\.(?=[\w-])|(?<=\b[A-Za-z])\.){0,120}?\b(?:are|is|were|was)\s+due\s+(?:by\s+|on\s+)?$/i,
  ),
  // put the odds of a move next week at 8%; the decision is due on the 18th: a policy
  // body's rate decision
  // (the odds of a move are a rate move's, whoever the sentence names)
  before(
    /\b(?:odds|chances?|probability|likelihood)\s+of\s+(?:a|an|another|any)\s+(?:rate\s+)?(?:cut|hike|move|increase|reduction|change)\s+(?:(?:in|at|by|before|on)\s+(?:the\s+)?)?$/i,
  ),
  before(
    /\b(?:rate\s+|policy\s+)?decision\s+(?:is|was|will\s+be)\s+(?:due|expected|scheduled|set)\s+(?:on|for)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // the approval order, dated 6/18/2036; the Hart-Scott-Rodino waiting period expired at
  // 11:59 p.m. on April 10; in the stress test released on Wednesday: a body's document,
  // a statutory period's end, a supervisor's test
  before(
    /\b(?:order|rule|decision|notice|guidance|circular|directive|ruling)\s*,?\s+dated\s+$|\bwaiting\s+period\b[^.;]{0,40}?\b(?:expires?|expired|ends?|ended|lapses?|lapsed|runs?\s+out|ran\s+out)\s+(?:at\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?)?(?:on|in)\s+$|\bstress[- ]tests?(?:\s+results?)?\s+(?:released|published)\s+(?:late\s+|early\s+)?on\s+$/i,
    BODY_NEAR,
  ),
  // banks will set the monthly loan prime rates on Thursday: the LPR fixing
  before(
    /\b(?:set|sets|setting|fix|fixes|fixed|fixing)\s+(?:(?:the|its|their)\s+)?(?:monthly\s+)?(?:(?:one|five)-year\s+)?(?:loan prime rates?|LPRs?)\s+(?:on|at)\s+$/i,
  ),
  // told brokers in a circular on Tuesday, set out in a directive issued on May 2: the
  // day a body's instrument was issued ("said in a statement on" stays the saying's day)
  before(
    /\bin\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:circular|directive|guidance\s+note|ruling|order)\s+(?:(?:issued|published|released|sent|dated)\s+)?on\s+$/i,
    BODY_NEAR,
  ),
  // the first consolidated tape would go live on Sept. 7: a body's system or regime
  // switched on (a company's own launch has no body near)
  before(
    /\b(?:go|goes|going|went|gone)\s+live\s+(?:on|in|from|by)\s+(?:the\s+)?$/i,
    (c) => c.body() && !COMPANY_PROGRAM_BEFORE.test(c.before),
  ),
  // the CSRC completed the filing for the proposed offering of Cainiao, the group's
  // logistics arm, on Oct. 29: a regulator's filing or review done that day
  before(
    /\bcompleted\s+(?:the\s+|its\s+)?(?:filing|registration|review)(?:\s+procedures?)?\b(?:[^.;]|\.(?=[\w-])){0,140}?\bon\s+$/i,
    BODY_NEAR,
  ),
  // first tabled the package in May 2023, put the idea out for comment in September: a
  // body's proposal on its day
  before(
    /\b(?:tabled|floated|unveiled|proposed|put\s+forward)\s+(?:the|its|a|an|their)\s+(?:[\w-]+\s+){0,3}?(?:package|proposals?|plan|rules?|regulations?|framework|idea|measures?|bill|legislation|directive)\s+(?:in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:release|paper|proposal|notice)\s+)?(?:in|on)\s+(?:early\s+|mid-?|late\s+)?$|\bput\s+(?:the|its|a|an|their)\s+(?:[\w-]+\s+){0,3}?out\s+for\s+(?:public\s+)?(?:comment|consultation)\s+(?:in|on)\s+$/i,
    BODY_NEAR,
  ),
  // the Monetary Policy Committee next decides on March 21, when it meets later: a body's
  // next decision
  before(
    /\b(?:next\s+)?(?:decides|meets?|convenes?)\s+(?:again\s+)?(?:(?:later|earlier|early|late)\s+)?(?:(?:on|in)\s+)?(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // lets the Fed move in September: the body's own move (its name right before the verb)
  before(
    /\b(?:Fed|FOMC|ECB|BoE|BOJ|BoJ|PBOC|RBA|RBI|SNB|MPC|central bank|policymakers)\s+(?:to\s+)?(?:move|act|pivot|ease|cut|hike)\s+(?:again\s+)?(?:in|on|at|by|before)\s+(?:the\s+)?$/,
  ),
  // expect the policy rate to fall to around 3% by the end of June: the rate's path
  before(
    /\b(?:policy|benchmark|key|fed funds|federal funds|bank|cash|deposit|repo)\s+rate\s+to\s+(?:fall|drop|decline|come\s+down|rise|climb|go\s+up|be\s+cut|be\s+lowered|be\s+raised|reach|hit|settle)\s+(?:to\s+)?(?:around\s+|about\s+|roughly\s+|near\s+)?[\d.]+\s?(?:%|percent|per cent)\s+(?:by|in|at|before)\s+(?:the\s+)?(?:end\s+of\s+)?$/i,
  ),
  // the agencies committed to revisiting the threshold by the end of 2043: a body's pledge
  before(
    /\b(?:committed|pledged|promised|vowed)\s+to\s+[a-z]+\b[^.;]{0,60}?\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?$/i,
    BODY_NEAR,
  ),
  // the tax itself became law in August 2022: a law's enactment
  before(/\bbec(?:ame|omes|ome)\s+law\s+(?:in|on)\s+(?:early\s+|mid-?|late\s+)?$/i),
  // the negotiation period closes on Oct. 31: a statutory or rule period's step
  before(
    /\b(?:negotiation|comment|consultation|application|enrol?lment|transition(?:al)?|grace|review|filing|objection)\s+(?:period|window)\s+(?:closes|ends|expires|runs\s+out|opens|begins|starts)\s+(?:on|in)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // CMS has to finalize them by April 6: a body's own deadline
  before(
    /\b(?:has|have|had)\s+to\s+(?:finali[sz]e|publish|issue|decide|set|announce|adopt|submit|report|respond)\b[^.;]{0,50}?\b(?:by|before)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // "The proposal … would require coal units still running after Jan. 1, 2049, to capture
  // 90%": the day from which a rule's requirement binds (not a company's "will require")
  before(
    /\b(?:rules?|proposals?|regulations?|laws?|standards?|[Aa]ct|bills?|directive|measures?)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:would|will)\s+(?:require|disqualify|bar|ban|prohibit|exclude)\s+(?:[\w-]+\s+){1,6}?(?:after|from|by|before|starting)\s+$/i,
  ),
  // "with importers surrendering their first certificates by Sept. 30, 2048": the next
  // step a rule sets, for those it binds
  before(
    /\bwith\s+(?:[\w-]+\s+){1,3}?(?:surrendering|filing|submitting|paying|reporting|complying|registering)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:by|before|from)\s+$/i,
    BODY_NEAR,
  ),
  // "COP49 opens Nov. 21": a UN climate summit's days
  before(
    /\bCOP\s?\d{1,2}\b(?:[^.;]|\.(?=\d)){0,30}?\b(?:opens?|opened|begins?|began|starts?|started|closes?|closed|ends?|ended|concludes?|concluded)\s+(?:on\s+)?$/,
  ),
  // "China's banks lowered the five-year loan prime rate … by 10 basis points to 3.05% on
  // Monday": the LPR's monthly fixing, a policy rate's move
  before(
    /\b(?:lowered|cut|raised|trimmed|reduced|kept|held|left)\s+(?:the\s+|their\s+)?(?:one-year\s+|five-year\s+|1-year\s+|5-year\s+)?(?:loan prime rates?|LPRs?)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:on|in|at)\s+(?:the\s+)?$/i,
  ),
  // "a facility first set up in May 2044 and enlarged in the fourth quarter of 2045": a
  // policy body's lending facility
  before(
    /\b(?:facility|tool|window)\s+(?:first\s+|originally\s+)?(?:set\s+up|created|launched|introduced|established)\s+(?:in|on)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // "would finish its full-year bills by mid-November": a legislature's own schedule
  before(
    /\b(?:finish|finishes|pass|passes|complete|completes|clear|clears)\s+(?:its|their|the|all)\s+(?:[\w-]+\s+){0,3}?(?:bills|appropriations|spending\s+bills|budget)\s+(?:by|before|in)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // "the department could run short of cash in the first half of November": the debt
  // limit's X-date
  before(
    /\b(?:run|runs|running)\s+(?:short|out)\s+of\s+(?:cash|money|funds|borrowing\s+room)\s+(?:in|on|by|as\s+(?:early|soon)\s+as)\s+(?:the\s+)?$/i,
    (c) => /\b(?:Treasury|debt (?:limit|ceiling)|borrowing limit|department)\b/i.test(c.sentence),
  ),
  // "finalized matching fuel-economy standards in June": a body's rule made that month
  before(
    /\b(?:finali[sz]ed|adopted|issued|unveiled)\s+(?:(?:its|their|the|a|new|final|matching|tighter|revised)\s+)*(?:[\w-]+\s+){0,2}?(?:rules?|standards?|regulations?|requirements?)\s+(?:in|on)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // "The Legislature's session ends May 1": a legislature's sitting
  before(
    /\b(?:[Ll]egislature|Congress|Parliament|[Aa]ssembly)['’]s\s+(?:[\w-]+\s+)?session\s+(?:ends|closes|begins|opens|runs\s+(?:through|until|to))\s+(?:on\s+)?$/,
  ),
  // "The one-year loan prime rate was kept at 2.65% in February": a policy rate's decision
  // (the level is the decision's, not a statistic's)
  before(
    /\b(?:loan prime rates?|LPRs?|policy rates?|benchmark (?:lending |deposit )?rates?|key rates?|(?:bank|base|cash|deposit|repo|discount|refinancing|policy) rates?|(?:federal )?funds rate|reserve requirement ratios?|RRR)\s+(?:was|were)\s+(?:kept|held|left|maintained|cut|raised|lowered|reduced|trimmed|hiked|set)\s+(?:(?:unchanged|steady)\s+)?(?:(?:at|to)\s+[\d.]+\s?(?:%|percent|per cent)\s+)?(?:in|on)\s+(?:the\s+)?$/i,
  ),
  // "whether the Ministry of Finance front-loads special bond issuance into the second
  // quarter": a government's debt sales moved into a period
  before(
    /\b(?:front-load(?:s|ed|ing)?|bring(?:s|ing)?\s+forward|brought\s+forward)\s+(?:[\w-]+\s+){0,4}?(?:issuance|sales|auctions|bonds?)\s+(?:into|to)\s+(?:the\s+)?$/i,
    GOVERNMENT_DEBT,
  ),
  // "the committee would mark up the Chip Security Act on July 24": a bill's markup
  before(
    /\bmark(?:s|ed|ing)?\s+up\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,5}?(?:Act|[Bb]ill|legislation|measure)\s+(?:on|in|by|next)\s+(?:the\s+)?$/,
  ),
  // "the Fed could move as soon as September": a central bank's next move, by its name
  before(
    /\b(?:Fed|FOMC|ECB|BOJ|BoJ|BoE|PBOC|RBA|RBI|RBNZ|SNB|[Cc]entral bank|Bank of [A-Z][a-z]+|[Pp]olicymakers)\s+(?:could|may|might|would|will|(?:is|are|was|were)\s+(?:likely|expected|set|poised)\s+to)\s+(?:move|act|cut|hike|ease|tighten|pivot|resume\s+(?:cutting|hiking))(?:\s+(?:rates|again))?\s+(?:as\s+(?:soon|early)\s+as|in|by|before|at)\s+(?:the\s+)?$/,
  ),
  // "may begin using the updated model from the first quarter of 2046, with the old model
  // retired by the end of 2046": what a body's rule lets begin, and what it retires
  before(
    /\b(?:may|can|could|will\s+be\s+(?:allowed|permitted|able)\s+to|(?:are|is)\s+(?:allowed|permitted)\s+to)\s+(?:begin|start)\s+(?:[\w-]+\s+){1,6}?(?:from|in|on)\s+(?:the\s+)?$|\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:retired|phased\s+out|withdrawn|discontinued)\s+(?:by|from|on|in|after)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // "set $125 billion of longer-dated debt sales for next week": a government's auctions
  before(
    /\b(?:debt|bond|note|bill|coupon)\s+(?:sales?|auctions?|issuance|offerings?)\s+(?:for|on|in)\s+(?:the\s+)?$/i,
    GOVERNMENT_DEBT,
  ),
  // "the first fees … are due by March 31, 2046": a levy's or a filing's deadline
  before(
    /\b(?:fees?|payments?|levies|taxes|returns|filings|comments|applications|submissions)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:(?:are|is|will\s+be|fall|falls|come|comes)\s+)?due\s+(?:(?:by|on|no\s+later\s+than)\s+)?$/i,
    BODY_NEAR,
  ),
  // the alliance holds its full ministerial gathering on Nov. 30: a body's meeting (or the
  // video call a group meets by: "will hold their monthly video call on Sunday")
  before(
    /\bhold(?:s|ing)?\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|gathering|summit|session|conference|(?:video|online|virtual)\s+call)\s+(?:on|in)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // ending a review it opened in March: a regulator's review or investigation begun
  before(
    /\b(?:review|investigation|probe|inquiry)\s+(?:it|they|the\s+(?:agency|regulator|commission|bureau|department))\s+(?:had\s+)?(?:opened|launched|began|started)\s+(?:in|on)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // the Division of Corporation Finance on Monday issued a no-action letter: a body's staff
  before(
    /\b(?:Division\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}|[Ss]taff)\s+(?:late\s+|early\s+)?on\s+$/,
    (c) => /^\s+(?:issued|granted|published|released|approved|denied|rejected)\b/.test(c.after),
  ),
  // in its quarterly refunding decision on Wednesday: a body's decision on its day
  before(
    /\b(?:refunding|rate|policy|monetary[- ]policy|interest[- ]rate)\s+decisions?\s+(?:on|at)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // bringing buying down to ¥1.9 trillion a month by the first quarter of 2044: the
  // level a body's plan reaches by a date
  before(
    /\bbring(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:down|up)\s+to\b(?:[^.;]|\.(?=\d)){0,60}?\bby\s+(?:the\s+)?(?:end\s+of\s+)?$/i,
    BODY_NEAR,
  ),
  // will review the schedule again at an interim assessment next June: a body's review
  before(
    /\b(?:review|reassess|revisit)\b[^.;]{0,40}?\bat\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:assessment|review|meeting)\s+(?:(?:in|on)\s+)?$/i,
    BODY_NEAR,
  ),
  // pushing that deadline to Dec. 31, 2037 (from June 30): the deadline moved
  before(
    /\b(?:push(?:es|ed|ing)?|mov(?:e|es|ed|ing)|extend(?:s|ed|ing)?|delay(?:s|ed|ing)?|shift(?:s|ed|ing)?)\s+(?:that|the|its|their|this)\s+(?:[\w-]+\s+){0,2}?deadline\s+(?:back\s+|out\s+)?to\s+$/i,
  ),
  // the Isa allowance goes up from £20,000 to £25,000 from 6 April: a measure's amount,
  // changed from one figure to another from a day, is the measure's act whoever sets it
  before(
    new RegExp(
      String.raw`\b(?:${POLICY_OBJECT})\b[^.;]{0,40}?\bfrom\s+${AMOUNT_EN}\s+to\s+${AMOUNT_EN}\s+(?:from|starting|as of)\s+(?:the\s+)?$`,
      'i',
    ),
  ),
  // projects that begin construction after Dec. 31, 2036; equipment placed in service by:
  // a credit's or rule's cut-off date
  before(
    /\b(?:begins?|began|beginning|start(?:s|ed|ing)?|commenc(?:e|es|ed|ing))\s+construction\s+(?:after|before|by|on\s+or\s+(?:after|before))\s+$|\bplaced\s+in\s+service\s+(?:after|before|by|on\s+or\s+(?:after|before))\s+$/i,
    BODY_NEAR,
  ),
  // a separate credit that expired at the end of 2035: a measure's end
  before(
    new RegExp(
      String.raw`\b(?:${POLICY_OBJECT})\b[^.;]{0,40}?\b(?:expired|lapsed|sunset(?:ted)?|ran\s+out)\s+(?:at|on|in)\s+(?:the\s+)?$`,
      'i',
    ),
  ),
  // a general license lets U.S. persons wind down dealings until 12:01 a.m. EST on Dec. 17
  before(
    /\bwind(?:ing)?[\s-]+down\b[^.;]{0,80}?\buntil\s+(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?(?:on\s+)?)?$/i,
    BODY_NEAR,
  ),
  // "phases in over three years, fully in place by the end of the first quarter of 2041"
  // (fully: "its compliance tooling to be in place by the end of next year" is a company's)
  before(/\bfully\s+(?:in\s+place|phased\s+in|implemented)\s+by\s+(?:the\s+)?$/i, BODY_NEAR),
  // a tax rise and a cap on pension salary sacrifice from April 2029: a measure from a day
  before(
    new RegExp(
      String.raw`\b(?:${POLICY_OBJECT})\b[^.;]{0,60}?\b(?:from|starting|as of)\s+(?:the\s+)?$`,
      'i',
    ),
    BODY_NEAR,
  ),
  // obligations apply from, becomes mandatory on, kicks in from, phased in by
  before(
    new RegExp(
      String.raw`\b(?:appl(?:y|ies|ied|ying)(?:\s+(?:in full|fully|in part|in stages|generally))?|kicks?\s+in|kicked\s+in|(?:phased?|phasing)\s+in(?:\s+over(?:\s+[\w-]+){1,3}?(?=\s+(?:until|by|through|to|starting|beginning)\b))?|becomes?\s+(?:applicable|mandatory|binding|enforceable)|be\s+(?:applicable|mandatory|binding|enforceable))\s+(?:(?:for|to)\s+(?:smaller|larger|small|large|other|all|most|some|the\s+(?:rest|biggest|largest|smallest))\s+(?:[\w-]+\s+){0,2}?(?:firms|banks|lenders|companies|issuers|funds|institutions|brokers|insurers|providers|platforms|users)\s+)?(?:(?:${PREP}|since|until|through)\s+)?${THE}$`,
      'i',
    ),
  ),
  // the levy applies to imports from Jan. 1: the scope between the verb and its date
  before(
    /\bappl(?:y|ies|ied)\s+to\s+[^.;]{1,50}?\s+(?:from|as of|starting|beginning|on or after|(?:made|entered\s+into|issued|signed|incurred|placed)\s+(?:after|before|from|on or after))\s+(?:the\s+)?$/i,
  ),
  // phase out Russian gas by the end of 2027, aims to double exports by 2030: a plan's target
  before(
    /\b(?:phas(?:e|es|ed|ing)\s+out|aims?|aiming|aimed|pledg(?:e|es|ed)|vow(?:s|ed)?|commit(?:s|ted)?|target(?:s|ing)?)\b[^.;]{0,90}?\bby\s+(?:the\s+)?(?:end\s+of\s+)?$/i,
    BODY_NEAR,
  ),
  // the Treasury had aimed for a start in early 2027: a plan's target start
  before(
    /\b(?:aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|target(?:s|ed|ing)?|eye(?:s|d|ing)?|pencil(?:s|led|ed)?\s+in)\s+(?:for\s+|at\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:start|launch|rollout|roll-out|introduction|go-live|implementation|switch|move|transition)\s+(?:in|on|from|by)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$/i,
    BODY_NEAR,
  ),
  // the U.S. moved to T+1 in May 2024; both move to T+1 settlement on 11/10/2027
  before(
    /\b(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|shift(?:s|ed|ing)?|transition(?:s|ed|ing)?|go(?:es)?|went)\s+to\s+(?:a\s+)?(?:T\+[0-2]|one-day|same-day|next-day|shorter)(?:\s+settlement(?:\s+cycle)?)?\s+(?:on|in|from|by)\s+$/i,
  ),
  // taking comment on the changes through Feb. 26, will take public comments until Dec. 31:
  // a comment period's close
  before(
    /\b(?:take|takes|taking|accept|accepts|accepting|seek|seeks|seeking|invites?|inviting|solicits?|soliciting)\s+(?:public\s+|written\s+)?comments?\b[^.;]{0,60}?\b(?:through|until|till|by|before)\s+$/i,
  ),
  // the public can comment until Feb. 14, lenders may submit feedback through Feb. 2 (on
  // a rule or proposal: readers commenting on a story are no act)
  before(
    /\b(?:can|may|could)\s+(?:submit\s+|file\s+|send\s+)?(?:comments?|feedback|responses?)\b(?:\s+on\s+[^.;]{1,60}?)?\s+(?:through|until|till|by|before)\s+$|\b(?:can|may|could)\s+comment\b(?:\s+on\s+[^.;]{1,60}?)?\s+(?:through|until|till|by|before)\s+$/i,
    (c) => c.body() || RULE_IN_SENTENCE.test(c.sentence),
  ),
  // the Governing Council next sets rates on Feb. 4; its decision due on 5 February
  before(
    /\b(?:sets?|setting)\s+(?:interest\s+|policy\s+)?rates?\s+(?:again\s+)?(?:on|in)\s+$|\bdecision\s+(?:is\s+|was\s+)?(?:due|expected|scheduled)\s+(?:on|in|for)\s+$/i,
    BODY_NEAR,
  ),
  // leave rates unchanged until at least March, keep borrowing costs where they are well
  // into 2029: how long a rate setting is to last
  before(
    /\b(?:leav(?:e|es|ing)|keep(?:s|ing)?|kept|hold(?:s|ing)?|held)\s+(?:(?:interest|policy|benchmark|key)\s+)?(?:rates?|borrowing\s+costs|output|production|supply)\s+(?:unchanged|steady|flat|on\s+hold|where\s+(?:they|it)\s+(?:are|is|were|was))\s+(?:(?:until|till|through|into|beyond|past)\s+(?:at\s+least\s+)?|well\s+into\s+)(?:the\s+)?(?:(?:early|mid|late)[-\s])?$/i,
  ),
  // the Central Economic Work Conference in December, the NPC session in March: a named
  // policy gathering's date
  before(
    /\b(?:Work Conference|People's Congress|NPC|Politburo|[Pp]lenum|[Pp]lenary [Ss]ession|two sessions|Party Congress|FOMC|Governing Council|Monetary Policy Committee)(?:['’]s)?(?:\s+(?:meeting|session|gathering|conference))?\s+(?:(?:is|was|will be|due|scheduled|set)\s+)?(?:in|on|next|this|starting|from)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s])?$/,
  ),
  // will begin selling special treasury bonds on April 10, sales starting in March: a
  // government's debt sales (a body named near: a company's bond sale is no policy)
  before(
    /\b(?:sell(?:s|ing)?|sold|sales?\s+of|auction(?:s|ing|ed)?|issu(?:e|es|ing|ed))\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:bonds?|notes|bills|gilts?|treasur(?:y|ies))\b(?:[^.;]|\.(?=\d)){0,30}?\b(?:on|in|from|starting(?:\s+in|\s+on)?|(?:in\s+)?the\s+week\s+(?:commencing|beginning|of))\s+$|\bsales?\s+(?:starting|beginning)\s+(?:in|on)\s+$/i,
    GOVERNMENT_DEBT,
  ),
  // confirmed its output ceiling through Dec. 31, the tariff truce until Nov. 10: how long
  // a measure runs
  before(
    new RegExp(
      String.raw`\b(?:${POLICY_OBJECT})\b[^.;,]{0,30}?\b(?:through|until|till)\s+(?:the\s+)?$`,
      'i',
    ),
    BODY_NEAR,
  ),
  // begin supervising them in January 2028: a body's new duty from a day
  before(
    /\b(?:begin|begins|began|start|starts|started|will\s+start|to\s+start)\s+(?:directly\s+)?(?:supervising|overseeing|regulating|enforcing|applying|collecting|charging|levying|licensing|auditing)\b[^.;]{0,40}?\b(?:in|on|from)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // expect cuts in both November and December, two more reductions in the first half,
  // one more hike before the end of the year, most likely in October: rate moves ahead
  before(
    /(?<!\b(?:job|price|cost|output|production|capacity|spending|staff|budget|dividend|tax)\s)\b(?:(?:rate\s+)?(?:cuts?|hikes?|reductions?)|easing|tightening)\b[^.;]{0,30}?\b(?:in|by|at|before)\s+(?:both\s+)?(?:the\s+)?(?:(?:early|mid|late)[-\s])?$/i,
    BODY_NEAR,
  ),
  // Ottawa imposed a 100% surtax on Chinese-made cars in October 2024: a measure a
  // government put in place that day (the verb before its object)
  before(
    new RegExp(
      String.raw`\b(?:impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|levie[sd]|slapp(?:ed|ing)|lift(?:s|ed|ing)?|scrapp(?:ed|ing)|remov(?:e|es|ed|ing)|extend(?:s|ed|ing)?)\s+(?:a|an|the|its|their|new|higher|lower)?\s*(?:[\d.]+%\s+)?(?:[\w-]+\s+){0,2}?(?:tariffs?|surtax(?:es)?|dut(?:y|ies)|lev(?:y|ies)|sanctions|embargo|export controls|quotas?|surcharges?)\b[^.;]{0,60}?\b(?:in|on|from)\s+(?:the\s+)?$`,
      'i',
    ),
  ),
  // opened an anti-dumping investigation into … on Sept. 9: a trade probe's start
  before(
    /\b(?:open(?:s|ed)?|launch(?:es|ed)?|initiat(?:e|es|ed)|start(?:s|ed)?|beg[au]n)\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,2}?(?:investigation|probe|inquiry|review)\b[^.;]{0,80}?\s(?:on|in)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // fuel duty stays frozen until September 2028, tariffs through 2029: how long a tax or
  // trade measure runs, whoever the paragraph names
  before(
    /\b(?:tariffs?|dut(?:y|ies)|tax(?:es)?|lev(?:y|ies)|surcharges?|sanctions|embargo|ban)\b[^.;,]{0,30}?\b(?:through|until|till)\s+(?:the\s+)?$/i,
  ),
  // bring the range to 2.50%-2.75% by the end of next year: a rate path's end
  before(
    /\b(?:range|rates?)\s+(?:down\s+|up\s+)?to\s+(?:[\d.]+%?\s*(?:-|–|to)\s*)?[\d.]+%\s+by\s+(?:the\s+)?(?:end\s+of\s+)?$/i,
    BODY_NEAR,
  ),
  // its first reduction since December 2025, for the first time since December 2026: the
  // act before this one
  before(
    /\b(?:first|last|previous)\s+(?:rate\s+)?(?:cut|hike|reduction|increase|rise|move|change|action|intervention)\s+since\s+$|\b(?:cut|hiked|raised|lowered|intervened)\b[^.;]{0,40}?\bfor\s+the\s+first\s+time\s+since\s+$/i,
    BODY_NEAR,
  ),
  // Agency staff expect publication in mid-November; a Section 232 investigation launched
  // in April 2025; the Commerce Department issued rules late on Friday
  before(
    /\bpublication\s+(?:in\s+the\s+Federal\s+Register\s+)?(?:in|on|by)\s+(?:(?:early|mid|late)[-\s])?$|\b(?:investigation|probe|inquiry)\s+(?:[\w-]+\s+){0,2}?(?:launched|opened|started|initiated|begun)\s+(?:in|on)\s+$|\b(?:issued|published|adopted|finali[sz]ed|unveiled|imposed|announced)\s+(?:new\s+|final\s+|its\s+|the\s+)?(?:rules?|regulations?|guidance|restrictions|export controls|curbs|sanctions|tariffs)\s+(?:late\s+|early\s+)?on\s+$/i,
    BODY_NEAR,
  ),
  // the framework, which was rescinded in May 2025: a rule's repeal
  before(
    /\b(?:was|were|been)\s+(?:formally\s+)?(?:rescinded|repealed|revoked|withdrawn|struck down|overturned)\s+(?:(?:in|on)\s+)?$/i,
    (c) => c.body() || c.inSentence(RULE_WORDS),
  ),
  // would stop rolling principal into bills after March 31: the end of an operation
  before(
    /\b(?:stop|stops|halt|halts|end|ends|cease|ceases)\s+(?:[\w-]+\s+){1,10}?after\s+$/i,
    BODY_NEAR,
  ),
  // transitional treatment for … lasts until 31 December 2032: a rule's phase-in
  before(
    /\btransitional\s+(?:treatment|arrangements?|provisions?|relief|measures?|rules?)\b[^.;]{0,80}?\b(?:lasts?|runs?|applies|apply|continues?)\s+(?:until|through|till)\s+$/i,
  ),
  // cut the five-year LPR by another 10 basis points in March: a rate move's time
  before(
    /\b(?:cut|cuts|lower|lowers|reduce|reduces|raise|raises|hike|hikes)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:LPR|rates?|loan prime rate|reserve requirement ratio|RRR)\s+by\s+(?:another\s+|a\s+further\s+)?[\d.]+\s*(?:basis points?|bps|bp|percentage points?)\s+(?:in|at|by|on)\s+(?:the\s+)?$/i,
  ),
  // the two-day conference, which ended on Thursday: a policy meeting's own day
  before(
    /\b(?:conference|meeting|plenum|session|summit|congress)\b[^.;]{0,20}?,?\s+(?:which|that)\s+(?:ended|began|opened|closed|concluded|wrapped up|ends|begins|opens|closes|concludes)\s+(?:on\s+)?$/i,
    BODY_NEAR,
  ),
  // would apply from the first quarterly invoice of 2030; a phase-in that ends on June 30,
  // 2031; the MFN rate of 6.1% from Feb. 1: a rule's start, end or rate from a day
  before(
    /\b(?:appl(?:y|ies)|take\s+effect|start|begin)\s+(?:from|with)\s+the\s+(?:first|start|beginning)\s+(?:[\w-]+\s+){0,3}?of\s+$|\bphase-?in\b[^.;]{0,60}?\b(?:ends?|ending|runs?\s+(?:through|until|to)|concludes?)\s+(?:on\s+|in\s+)?$|\brates?\s+of\s+[\d.]+\s?%\s+(?:from|starting|as of|beginning)\s+$/i,
  ),
  // a tariff offset …, which is set to expire on April 30: a measure's end
  before(
    new RegExp(
      String.raw`\b(?:${POLICY_OBJECT}|offsets?)\b(?:[^.;]|\.(?=[\w-])){0,60}?\b(?:set|due|scheduled|slated)\s+to\s+(?:expire|lapse|end|sunset|run out)\s+(?:on|in|at)\s+(?:the\s+)?$`,
      'i',
    ),
  ),
  // language first added in December 2025; a proposal on long-term debt, issued in 2023:
  // a body's wording or proposal, dated by its act
  before(
    /\b(?:language|guidance|wording|phrase|proposals?)\b[^.;]{0,50}?,?\s+(?:first\s+)?(?:added|introduced|inserted|adopted|issued|published|unveiled|floated)\s+in\s+$/i,
    BODY_NEAR,
  ),
  // the median expectation for the federal funds rate at the end of 2030; expects to lower
  // borrowing costs only twice more in 2029: a rate path pencilled in
  before(
    /\b(?:federal funds|fed funds|policy|benchmark|deposit|cash|Bank)\s+rate\s+(?:at|by|for)\s+(?:the\s+)?$|\b(?:lower|raise|cut|reduce)\s+(?:borrowing costs|interest rates|rates)\s+(?:(?:[\w-]+\s+){0,3}?(?:in|by|during)\s+|(?:twice|once|again|three times)\s+(?:more\s+)?)(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // would require licences for shipments of … from Nov. 1; since it first cleared spot
  // bitcoin funds in January 2024: a requirement's start, a regulator's approval
  before(
    /\b(?:require|requires|required|requiring)\s+(?:licen[cs]es|permits|approval|registration|disclosure|reporting)\b[^.;]{0,80}?\bfrom\s+$|\b(?:first\s+)?(?:cleared|approved|authori[sz]ed|greenlit)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:funds?|ETFs?|products?|listings?|applications?|deals?|mergers?|drugs?|vaccines?|acquisitions?|transactions?|purchases?)\s+(?:in|on)\s+$/i,
    BODY_NEAR,
  ),
  // (the bureau) proposed on June 8 to treat pay-later loans as cards: a policy body's step
  before(
    /\b(?:proposed|adopted|finali[sz]ed|issued|voted(?:\s+\d{1,2}-\d{1,2})?|ruled|decided)\s+(?:late\s+|early\s+)?on\s+$/i,
    BODY_NEAR,
  ),
  // will announce their decision at 2 p.m. on Wednesday: a policy body's decision day
  before(
    /\b(?:announce|announces|announced|deliver|delivers|delivered|unveil|unveils|release|releases)\s+(?:its|their|the)\s+(?:(?:rate|policy|interest-rate|monetary policy)\s+)?decision\b(?:[^.;]|\.(?=[\w-])|(?<=\b[A-Za-z])\.){0,40}?\bon\s+$/i,
    BODY_NEAR,
  ),
  // see the policy rate settling near 3% by next June: a rate path to a day
  before(
    /\b(?:policy|benchmark|key|funds|base|cash|deposit)\s+rate\b[^.;]{0,30}?\b(?:settl(?:e|es|ing)|end(?:s|ing)?|peak(?:s|ing)?|bottom(?:s|ing)?(?:\s+out)?|stand(?:s|ing)?)\s+(?:near|at|around|about|close to)\s+[\d.]+\s?%\s+(?:by|in|at)\s+(?:the\s+end\s+of\s+)?$/i,
  ),
  // pushed back the compliance date for the revised capital rule, …, to 2035: the new date
  before(
    /\b(?:push(?:es|ed)?\s+back|delay(?:s|ed)?|postpon(?:e|es|ed)|mov(?:e|es|ed)|shift(?:s|ed)?|extend(?:s|ed)?|brought\s+forward|bring(?:s)?\s+forward)\s+(?:the\s+|its\s+|their\s+)?(?:compliance|effective|implementation|enforcement|go-live|start|application|reporting)\s+dates?\b(?:[^.;]|\.(?=[\w-])|(?<=\b[A-Z])\.){0,90}?\bto\s+$/i,
  ),
  // would scrap purchase restrictions for non-local buyers … from Dec. 1, will lower the
  // minimum down payment … starting next Monday, pay cash subsidies … until the end of
  // March: a policy instrument changed from, or given until, a day
  // (the preposition in the last words is looked at first: the verb and the instrument
  // are read across the whole clause only then)
  (c) => SPAN_WORD_END.test(c.before.slice(-16)) && VERB_FIRST_INSTRUMENT.test(c.before),
  // will sell 120 billion yuan of ultra-long special treasury bonds this Friday: a
  // government's debt sale, in any currency
  (c) =>
    DEBT_WORD_END.test(c.before.slice(-14)) &&
    DEBT_SALE_ANY_CURRENCY.test(c.before) &&
    GOVERNMENT_DEBT(c),
  // put the X-date in late July, an X-date as early as June 10: the day the Treasury's
  // room to borrow under the debt limit runs out
  before(
    /\bX-date\b[^.;]{0,40}?\b(?:in|on|at|around|by|as early as|as late as)\s+(?:(?:early|mid|late)[-\s])?$/i,
  ),
  // proposed widening its carbon border levy to bolts … from 1 January 2033, align its
  // licensing requirements for the tools from Sept. 1; CBAM entered
  // its definitive period on 1 January 2026: a measure's reach and its stage from a day
  before(
    /\b(?:widen|widens|widening|extend|extends|extending|expand|expands|expanding|align|aligns|aligning|tighten|tightens|tightening)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:levy|tariffs?|duties|tax|rules?|regime|scheme|mechanism|ban|controls|sanctions|requirements)\b[^.;]{0,80}?\bfrom\s+$|\bentered\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?(?:period|phase|stage)\s+(?:on|in)\s+$/i,
    BODY_NEAR,
  ),
  // the rate will rise to 45% from 25% on Dec. 1: a tariff or policy rate set for a day
  before(
    /\brates?\s+(?:will|would|is set to|is due to)\s+(?:rise|fall|increase|climb|drop|go up|go down)\s+to\s+[\d.]+\s?%(?:\s+from\s+[\d.]+\s?%)?\s+(?:on|from|in)\s+$/i,
    BODY_NEAR,
  ),
  // received its filing notice from the China Securities Regulatory Commission on June 12
  before(
    /\breceived\s+(?:its\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:notice|approval|registration|licen[cs]e|permit|clearance|go-ahead)\s+from\s+(?:the\s+)?[A-Z][^.;]{0,70}?\s+on\s+$/,
    BODY_NEAR,
  ),
  // must report their ratios starting with filings for the second quarter of 2030; the
  // group, meeting online on Sunday: a rule's first period, a body's meeting
  before(
    /\bstarting\s+with\s+(?:the\s+)?(?:filings?|reports?|reporting\s+periods?)\s+(?:for|in)\s+$|(?:,\s*meeting|\bmeeting\s+(?:online|virtually|in\s+[A-Z][a-z]+))\s+on\s+$/i,
    BODY_NEAR,
  ),
  // two quarter-point cuts next year, three hikes this year: the rate path a body pencils in
  before(/\b(?:(?:quarter|half)[- ]point\s+|rate\s+)?(?:cuts|hikes|reductions)\s+$/i, BODY_NEAR),
  // the DMO's remit for 2028-29; the Spring Statement, expected in March; the Spending
  // Review, due in June: a government's fiscal plan and its events
  before(/\b(?:financing\s+)?remit\s+for\s+$/i, BODY_NEAR),
  before(
    /\b(?:Spring Statement|Autumn Statement|Spending Review|[Ff]iscal event|Budget)\b(?:,[^.;,]{1,40},)?\s+(?:(?:is|was|will be|are)\s+)?(?:(?:expected|due|scheduled|set|delivered|held|presented)\s+)?(?:in|on|for)\s+(?:the\s+)?$/,
  ),
  // the first batch of special bonds would be sold in January
  before(
    /\b(?:bonds?|notes|bills|gilts)\b[^.;]{0,20}?\b(?:will|would|are\s+to|is\s+to)\s+be\s+(?:sold|issued|auctioned)\s+(?:in|on|from|starting)\s+(?:the\s+)?$/i,
    GOVERNMENT_DEBT,
  ),
  // the loan prime rate fixing next week: the LPR's monthly setting
  before(
    /\b(?:loan prime rate|LPR)\s+(?:fixing|setting|quote|decision)\s+(?:(?:is\s+)?(?:due\s+)?(?:on|in)\s+)?$/i,
  ),
  // the two-day conference, which ended on Thursday: a policy gathering's days
  before(
    /\b(?:two-day|three-day|four-day|annual|closed-door|policy|year-end)\s+(?:conference|meeting|session|plenum|gathering)\b[^.;]{0,20}?\b(?:ended|ends|began|begins|opened|opens|closed|closes|concluded|concludes|wrapped up|starts|started)\s+(?:on\s+)?$/i,
    BODY_NEAR,
  ),
  // The Politburo had previewed the message last Friday: a gathering that is itself the
  // meeting, at work on its day
  before(/\b(?:Politburo|FOMC)\b[^.;,]{0,50}?\s(?:on\s+)?$/),
  // the BoJ tomorrow: a central bank named before its day is its decision's day
  before(/\b(?:the\s+)?(?:Fed|FOMC|ECB|BoJ|BOJ|BoE|RBI|RBA|RBNZ|PBOC|SNB)\s+$/),
  // would file changes with the SEC by, decide by the end of the first quarter
  before(
    /\b(?:file|submit|decide|rule|respond|finalize|finalise|issue\s+(?:a|its|the)\s+(?:[\w-]+\s+)?(?:ruling|decision|determination|verdict)|finish\s+(?:the\s+|its\s+)?(?:legal\s+)?(?:text|rules?|regulations?|review|deal|agreement|negotiations|talks))\b[^.;]{0,60}?\bby\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // will attract national insurance from April 2029: a tax that applies from a day
  before(
    /\b(?:attract|attracts|pay|pays|be charged|be liable (?:to|for)|face|faces)\s+(?:[\w-]+\s+){0,2}?(?:national insurance|tax|VAT|duty|levy|stamp duty|tariffs?)\s+(?:from|on|starting)\s+$/i,
  ),
  // compliance date of, the deadline is, implementation date, transition period ends
  before(
    /\b(?:compliance|effective|implementation|enforcement|application|filing|reporting|transition|phase-in|go-live|expiry|expiration|cut-?off|sunset|negotiation|enrol(?:l)?ment)\s+(?:date|deadline|period)s?\s+(?:for\s+(?:[\w-]+\s+){1,5}?)?(?:[^,.;]{0,20},[^,.;]{1,70},\s+)?(?:(?:is|was|will be|of|on|in|for|falls on|set for|ends?|ended|ending|runs?\s+(?:through|until|to)|expires?)\s+){0,2}(?:on\s+)?$/i,
  ),
  before(
    /\bdeadlines?\s+(?:(?:is|was|of|on|in|at|around|for|set for|falls on|looms on|remains|stays|moves to|is now)\s+){0,2}$/i,
  ),
  // the deadline to use it for this tax year is 05/04/2027
  before(/\bdeadlines?\s+(?:to|for)\s+[^.;,]{1,40}?\s+(?:is|was|falls on)\s+(?:on\s+)?$/i),
  // ends its transitional period for existing providers on July 1
  before(
    /\b(?:ends?|ended|ending|expires?|expired|closes?)\s+(?:its|the|a|their)\s+(?:transitional|transition|grace|phase-in|comment|consultation|waiver)\s+period\b[^.;]{0,60}?\b(?:on|in|at)\s+$/i,
  ),
  // to Nov. 17, 2027, from the original date of Nov. 17, 2025
  before(
    /\b(?:original|initial|previous|earlier|old|new|revised)\s+(?:compliance\s+|effective\s+|start\s+)?(?:date|deadline)s?\s+(?:of|was|had been|is)\s+$/i,
  ),
  // the comment period ends on, comments are due by
  before(
    /\b(?:comments?|consultation|responses?|feedback)(?:\s+period)?(?:\s+on\s+[^.;,]{0,60}?)?(?:,[^,.;]{1,60},)?,?\s+(?:(?:is|are|was)\s+)?(?:due|ends?|ended|closes?|closed|closing|ending|(?:runs?|running)\s+(?:through|until|till|to))\s+(?:on\s+|by\s+)?$/i,
  ),
  // the comment period, which opened on 12 November; open for comment until Dec. 28
  before(
    /\b(?:comment|consultation)\s+period,?\s+(?:which\s+|that\s+)?(?:opened|opens|began|begins|started|starts)\s+(?:on\s+)?$|\bopen\s+for\s+(?:public\s+)?(?:comments?|consultation)\s+(?:until|through|till|to)\s+$/i,
  ),
  // reached the Official Journal on 30 October, published in the Federal Register on Oct. 27
  before(
    /\b(?:published|appeared|reached|printed|ran)\s+(?:in\s+)?the\s+(?:Official Journal|Federal Register|(?:London\s+)?Gazette)\s+(?:on\s+)?$/i,
  ),
  // minutes of the Oct. 27-28 meeting: a policy body's record
  before(/\bminutes\s+of\s+(?:the|its)\s+$/i),
  // in force since 6 April, in force from 1 January
  before(/\bin\s+(?:force|place|effect)\s+(?:since|from|as of)\s+$/i),
  // have until, given firms until, granted a grace period until
  before(
    /\b(?:have|has|had|given|gives?|giving|gave|get|gets|granted|grants?)\s+(?:[\w.]+\s+){0,4}?(?:until|through|till)\s+(?:the\s+)?$/i,
  ),
  // companies must comply by, banks are required to report no later than
  // (not a borrower's own debt: "must repay or extend a 2 billion yuan note by Sept. 28")
  before(
    /\b(?:must|required to|requirement to|obliged to|obligated to|have to|has to|had to|need to|needs to|will need to|requir(?:e|es|ed|ing)\s+[^.;]{1,60}?\bto)\b(?:[^.;]|\.(?=\d)){0,160}?\b(?:by|before|no later than|not later than|(?:starting|beginning)(?:\s+(?:in|on|with))?|from|as of|(?:on or )?after|between)\s+$/i,
    (c) => !OWN_DEBT_DUE_BEFORE.test(c.before),
  ),
  // no later than 5 p.m. on Dec. 18
  before(
    /\bno(?:t)? later than\s+(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|noon)\s+(?:[A-Z]{2,4}\s+)?on\s+)?$/i,
  ),
  // a policy body's meeting: "the Fed's next meeting is on", "meets again in", "At their
  // last call, on Nov. 6"
  before(
    /\b(?:meeting|meetings|meets|meet|met|gathering|hearing|(?:policy\s+|monetary\s+)?assessment|rate decision|(?:its|their)\s+(?:last|next)\s+call)(?:\s+of\s+(?:the|this|next)\s+(?:year|month))?\s*,?\s+(?:(?:is|was|will be|scheduled|set|due|again|next|last)\s+){0,2}(?:after\s+that\s+)?(?:(?:on|in|for|from|until)|(?:(?:on|in|for)\s+)?the\s+week\s+of)\s+$/i,
    // (or a rate move priced for it: "price a cut at the next meeting on Dec. 17"; but a
    // court's hearing (an appeal's, a judge's) is a step of a case, no act on the rule, and
    // the day minutes of a meeting come out is a publication's)
    (c) =>
      (c.body() || /\b(?:cut|hike|rate)s?\b/i.test(c.before)) &&
      !(/\bhearing\b/i.test(c.before.slice(-40)) && COURT_CASE.test(c.sentence)) &&
      !/\b(?:minutes|account)\b/i.test(c.before.slice(-60)),
  ),
  // the next loan prime rate fixing is due on Sept. 20: the banks' quote under the PBOC
  before(
    /\b(?:LPR|loan prime rate)\s+(?:fixing|announcement|quote)\s+(?:(?:is|was|will be|falls|comes|scheduled|set|due)\s+){0,2}(?:on|for)\s+$/i,
  ),
  // finance ministers meet next month, the committee meets Tuesday
  before(/\b(?:meets|meet|gather|gathers|convene|convenes)\s+(?:again\s+)?$/i, BODY_NEAR),
  // EU leaders meet in Brussels on Thursday
  before(
    /\b(?:meets|meet|gather|gathers|convene|convenes)\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:(?:on|in)\s+(?:the\s+week\s+of\s+)?)?$/,
    BODY_NEAR,
  ),
  // ready to act in September, prepared to move again in June: a prospective decision
  before(
    /\b(?:ready|prepared|willing|poised|set|likely|expected|able|could|may|might|would|will|reason|need|room|scope|case|pressure)\s+(?:to\s+)?(?:act|move|cut|hike|ease|tighten)\s+(?:again\s+)?(?:as (?:soon|early) as\s+)?(?:in|at|by|before|on)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // will now first report in 2028, were due to report on the 2025 financial year
  before(
    /\b(?:first|begin(?:s|ning)?(?: to)?|start(?:s|ing)?(?: to)?|due to|obliged to|required to)\s+(?:report|file|comply|disclose|publish|apply|submit)\w*\s+(?:\w+\s+){0,3}?(?:in|on|from|by|for|with)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // concludes two days of meetings Thursday
  before(
    /\bmeetings?\s+(?:on\s+)?$/i,
    (c) => c.body() && !/\bminutes\b/i.test(c.before.slice(-60)),
  ),
  // taking Bank Rate to 3% by June 2027: a path of the policy rate
  before(
    /\b(?:tak(?:e|es|ing)|bring(?:s|ing)?|lower(?:s|ing)?|cut(?:s|ting)?|rais(?:e|es|ing))\s+(?:the\s+)?(?:Bank Rate|(?:policy|benchmark|key|base|deposit|funds|cash) rate)\s+(?:down\s+|up\s+)?to\s+[\d.]+\s?(?:%|percent|per cent)\s+(?:by|in|at|before)\s+$/i,
  ),
  // Bank Rate to reach 3% by June, the policy rate to fall to 2% by the end of 2027
  before(
    /\b(?:Bank Rate|(?:policy|benchmark|key|base|deposit|funds|cash) rate)\s+(?:to\s+|will\s+|would\s+|could\s+)?(?:reach|fall to|drop to|rise to|hit|be at|end at|settle at|peak at|bottom (?:out )?at)\s+[\d.]+\s?(?:%|percent|per cent)\s+(?:by|in|at|before)\s+(?:the\s+)?$/i,
  ),
  // measures announced in the Budget on 25/11/2026: the Budget's own day
  before(/\b(?:Budget|budget statement|Autumn Statement|Spring Statement)\s+(?:on|of)\s+$/),
  // the government's Budget, due on Nov. 25
  before(
    /\b(?:Budget|budget statement|Autumn Statement|Spring Statement)\b,?\s+(?:[^.;]{0,30}?\s+)?(?:due|set|scheduled|slated)\s+(?:for\s+|on\s+)?$/,
  ),
  // the Budget, which the Chancellor will deliver on 26 November
  before(
    /\b(?:deliver(?:s|ed|ing)?|present(?:s|ed|ing)?|unveil(?:s|ed|ing)?|table[sd]?)\s+(?:\w+\s+){0,3}?(?:on|in)\s+$/i,
    (c) => /\b(?:Budget|budget statement|Autumn Statement|Spring Statement)\b/.test(c.sentence),
  ),
  // the rule, which the agency pushed back in March: the day of the act itself
  before(
    /\b(?:push(?:es|ed)?\s+(?:\w+\s+){0,2}?back|delay(?:s|ed)?|postpon(?:e|es|ed)|extend(?:s|ed)?|defer(?:s|red)?)\s+(?:\w+\s+){0,3}?in\s+$/i,
    BODY_NEAR,
  ),
  // requirements for AI in products … follow on August 2, 2027
  before(
    /\b(?:obligations|requirements|rules|provisions|restrictions|bans?|regimes?|mandates?|legs?|phases?|stages?|tranches?|elements|parts|(?:public\s+)?disclosures|reporting)\b[^.;]{0,100}?\b(?:(?:follow|arrive|start|begin|kick in)s?|followed|arrived|started|began|begun|kicked in)\s+(?:on|from|in|with)\s+(?:the\s+)?$/i,
  ),
  // pushed back in March to June 11, 2026; delayed until; extended through
  before(
    /\b(?:extend(?:s|ed|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+(?:\w+\s+){0,2}?back|defer(?:s|red|ring)?|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?)\b[^.;]{0,150}?\b(?:to|until|till|through|by|from)\s+(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?$/i,
    // (Beijing suspending export controls: the instrument says whose act it is; a borrower
    // extending its own note is no body's act)
    (c) =>
      (c.body() || POLICY_OBJECT_WORD.test(c.before.slice(-70))) &&
      !OWN_DEBT_DUE_BEFORE.test(c.before),
  ),
  // the review would conclude by the end of the year; talks could be pushed into next year
  // (a company "finishes the work by May": finish and complete are left out)
  before(
    /\b(?:conclud(?:e|es|ed)|finali[sz](?:e|es|ed))\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?$|\b(?:push(?:es|ed)?|slip(?:s|ped)?|spill(?:s|ed)?)\s+into\s+$/i,
    BODY_NEAR,
  ),
  // the freeze on income-tax thresholds until 2030, a moratorium through June
  before(
    /\b(?:freeze|frozen|moratorium|suspension|pause|cap|capped|holiday)\b[^.;]{0,40}?\b(?:until|till|through)\s+$/i,
    BODY_NEAR,
  ),
  // asked signatories to come forward by, told banks to submit plans by
  before(
    /\b(?:ask(?:s|ed)?|tell(?:s)?|told|order(?:s|ed)?|direct(?:s|ed)?|instruct(?:s|ed)?|requir(?:es|ed)|invit(?:es|ed)|gave|gives)\b[^.;]{0,80}?\b(?:by|before|until)\s+$/i,
    BODY_NEAR,
  ),
  // another cut by September, a quarter-point hike in March, one more move before
  before(
    /\b(?:another|a|an|one more|one|further|next|first|second|third)\s+(?:full\s+)?(?:(?:quarter|half)[- ]point\s+|(?:\d+|25|50)[- ]basis[- ]point\s+|rate\s+)?(?:cut|hike|increase|reduction|move)\s+(?:(?:by|in|at|before|until|from)\s+)?(?:the\s+)?$/i,
    // A rate move is a central bank's act even when the sentence names only markets.
    (c) =>
      c.body() ||
      /\b(?:rate|quarter[- ]point|half[- ]point|basis[- ]point)\b/i.test(c.before) ||
      /\b(?:rates?|Fed|central bank|futures|easing|tightening|priced?|pricing|economists|traders|bets?|odds|dissent\w*)\b/i.test(
        c.sentence,
      ),
  ),
  // see no move from the Bank of Canada before the first half of 2027
  before(
    /\b(?:no|any)\s+(?:(?:rate|policy)\s+)?(?:move|cut|hike|change|action)\s+(?:from\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3}\s+)?(?:there\s+|here\s+)?(?:before|until|in|by)\s+(?:the\s+)?$/,
    BODY_NEAR,
  ),
  // the taskforce wants firms to finish testing by the end of the first half of 2027
  before(
    /\b(?:wants?|wanted|urg(?:e|es|ed)|expects?|expected|calls? on|called on)\s+(?:all\s+)?(?:firms|banks|companies|brokers|lenders|insurers|issuers|platforms|participants|providers|exchanges|members|funds)\s+to\b[^.;]{0,60}?\b(?:by|before|no later than)\s+(?:the\s+)?$/i,
  ),
  // firms can apply for authorisation in H1 2027
  before(
    /\bapply\s+for\s+(?:(?:an?|the)\s+)?(?:authori[sz]ation|licen[cs]es?|registration|approval)\s+(?:in|from|by|before)\s+(?:the\s+)?$/i,
  ),
  // the bar for another cut in January: a further move of the policy rate
  before(
    /\b(?:another|further|one more)\s+(?:(?:quarter|half)[- ]point\s+|rate\s+)?(?:cut|hike|reduction)s?\s+(?:in|at|by|before|as soon as)\s+(?:the\s+)?$/i,
  ),
  // after reductions in June and September; sits out two meetings and moves again in June
  before(
    /\b(?:(?:rate\s+)?(?:cuts|hikes|reductions)\s+(?:in|at)|(?:moves?|acts?|cuts?|hikes?|eases?)\s+again\s+(?:in|at|by|before|as soon as))\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // the first two meetings of 2027
  before(/\bmeetings?\s+(?:of|in)\s+$/i, BODY_NEAR),
  // filings are due on Oct. 15, 2027; comments are due 60 days after publication or by Feb. 1
  // (or at an hour of the day: "comments are due by 11:59 p.m. ET on March 14")
  before(
    /\b(?:filings?|returns?|submissions?|applications?|disclosures?|requests?|comments?|responses?|bids?|(?:tax|estimated|quarterly)\s+payments?|forms?|statements?|notices?)\b(?:\s+[\w-]+){0,6}?\s+(?:are|is|will be|were|was)\s+due\b(?:[^.;]{0,80}?\bby|\s+(?:on|by|in)|\s+(?:by|at|before)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|noon|midnight)(?:\s+[A-Z]{2,4})?\s+on)?\s+$/i,
  ),
  // the next LPR fixing falls on Dec. 21; at its November fixing (after)
  before(
    /\bfixing\s+(?:(?:is|was|falls|fell|will fall|comes|came|due|scheduled)\s+){0,2}(?:on|for)\s+$/i,
    (c) => /\b(?:LPR|loan prime rate|fixings?)\b/i.test(c.sentence) && c.body(),
  ),
  // the official target of "around 5%" set in March
  before(/\b(?:target|goal|quota|ceiling)s?\b[^.;]{0,40}?\bset\s+(?:in|on|at|for)\s+$/i, BODY_NEAR),
  // "we think it cuts next month": a central bank's move, named by its verb
  before(
    /\b(?:it|they|the bank|the Board|the Fed|the ECB|the BoE|the BOJ|the PBOC|the RBA|policymakers)\s+(?:cuts|hikes|raises|lowers|eases|tightens)\s+(?:rates\s+)?(?:again\s+)?(?:in|at|on)?\s*(?:the\s+)?$/i,
    (c) => c.body() || /\b(?:rates?|Bank Rate)\b/.test(c.sentence),
  ),
  // the work conference, which ended on Saturday: a policy body's meeting
  before(
    /\b(?:conference|meeting|plenum|plenary|session|summit|congress)\b,?\s+(?:which|that)\s+(?:ended|ends|opened|opens|began|begins|concluded|closed|closes|wrapped up)\s+(?:on|in)\s+$/i,
    BODY_NEAR,
  ),
  // will report to the European Parliament by the second quarter of 2027
  before(
    /\breport(?:s|ed)?\s+(?:back\s+)?to\s+(?:the\s+)?(?:European\s+)?(?:Parliament|Congress|Council|legislature|lawmakers)\s+(?:by|in|on|before)\s+(?:the\s+)?$/i,
  ),
  // a two-year runway ending in December 2028, a window that closes on
  before(
    /\b(?:runway|window|grace period|transition|phase-in)\s+(?:ending|that ends|which ends|expiring|running (?:to|until|through))\s+(?:in|on)?\s*$/i,
    BODY_NEAR,
  ),
  // FRTB will not bite until 1 January 2028
  before(
    /\b(?:bites?|bit|bite)\s+(?:from|until|on|in)\s+$|\b(?:will not|won't|would not|does not|doesn't|did not|didn't)\s+(?:\w+\s+){0,2}?(?:apply|take effect|start|begin|kick in|come into force)\s+until\s+$/i,
  ),
  // a floor starting at 60% and reaching 72.5% on 1 January 2030: a rule's phase-in
  before(
    /\b(?:floor|ratio|buffer|requirement|threshold|minimum|cap|levy|tariff|duty|tax|surcharge)s?\b[^.;]{0,80}?\b(?:reach(?:es|ing)?|(?:ris(?:e|es|ing)|climb(?:s|ing)?|step(?:s|ping)?\s+up|fall(?:s|ing)?)(?:\s+in\s+steps|\s+gradually)?\s+to|start(?:s|ing)?\s+at)\s+[\d.]+\s?(?:%|percent|per cent)\s+(?:on|by|in|from)\s+$/i,
  ),
  // "more proactive" fiscal policy for next year: the period a policy stance covers
  before(/\b(?:fiscal|monetary)\s+polic(?:y|ies)\s+for\s+$/i, BODY_NEAR),
  // appropriations bills for fiscal 2027: the year a budget covers
  before(
    /\b(?:appropriations?|spending bills?|budget|funding bills?)\b[^.;]{0,40}?\bfor\s+$/i,
    BODY_NEAR,
  ),
  // the floor will be the LPR minus 30 basis points from Feb 1, slow purchases to $20
  // billion a month from April 1, cut the down payment to 15% starting next month: a
  // measure set to a level from a day ahead
  before(
    /\b(?:to|at|be|by|minus|plus)\s+(?:about\s+|around\s+)?[$€£¥]?\d[\d.,]*\s?(?:%|percent|per cent|basis points|bps?|(?:billion|million|trillion)(?:\s+(?:yuan|yen|dollars|euros|pounds))?)(?:\s+(?:a|per)\s+(?:month|year|week|quarter))?,?\s+(?:from|starting(?:\s+(?:on|in|from))?|effective(?:\s+from)?|as of|beginning)\s+(?:the\s+)?$/i,
    AHEAD_AND_BODY,
  ),
  // would let non-local families buy a second home from next month: a permission from a day
  before(
    /\b(?:let|lets|allow|allows|allowed|permit|permits|permitted)\s+[^.;]{1,60}?\s+(?:from|starting|beginning)\s+(?:the\s+)?$/i,
    AHEAD_AND_BODY,
  ),
  // keeping monthly buying at about 2 trillion yen through March 2028: a level held to a day
  before(
    /\b(?:keep|keeps|keeping|kept|hold|holds|holding|maintain(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?(?:at|near|around)\s+(?:about\s+|around\s+)?[$€£¥]?\d[^.;]{0,40}?\s+(?:through|until|till)\s+(?:the\s+)?$/i,
    AHEAD_AND_BODY,
  ),
  // the results of this year's stress test are due by June 30
  before(
    /\b(?:(?:stress[- ])?test(?:'s)?\s+(?:results|scenarios)|(?:results|scenarios)\s+(?:of|from|for)\s+[^.;]{0,30}?\btest)\b[^.;]{0,30}?\b(?:are|is|will be|were|was)\s+due\s+(?:by\s+|on\s+|in\s+)?$/i,
    BODY_NEAR,
  ),
  // importers will only start buying certificates from 1 February 2027; the authority will
  // begin supervising them in January 2028: a regime's step ahead
  // (shares to start trading in late May: a listing's own day, read by the not-cues)
  before(
    /\b(?:will|would|must|to|shall)\s+(?:only\s+|first\s+|then\s+)?(?:start|begin)\s+(?:to\s+\w+|(?!(?:trading|shipping|selling|delivering|producing|manufacturing|marketing|offering)\b)\w+ing)\b[^.;]{0,50}?\s+(?:from|on|in)\s+(?:the\s+)?$/i,
    AHEAD_AND_BODY,
  ),
  // before the National People's Congress opens on March 5: a legislature's session
  before(
    /\b(?:National People's Congress|NPC|Political Consultative Conference|CPPCC|[Pp]arliament|Congress|[Pp]lenum|Diet|Bundestag|[Ll]egislative Council|two sessions)\b,?\s+(?:which\s+)?(?:opens|convenes|meets|reconvenes|begins|starts|returns)\s+(?:in\s+[A-Z][a-z]+\s+)?(?:on|in)\s+$/,
  ),
  // a solicitation with bids due Dec. 10; applications are due by March 3
  before(
    /\b(?:bids|offers|applications|submissions|responses|nominations|tenders)\s+(?:(?:are|were|is|will be)\s+)?due\s+(?:by\s+|on\s+|in\s+)?$/i,
    BODY_NEAR,
  ),
  // staff would propose a narrower rule next year: a rule-maker's step in a period
  before(
    /\b(?:propose|finali[sz]e|adopt|issue|unveil|publish|release|introduce)[sd]?\s+(?:a|an|the|its|new|final|revised)\s+(?:[\w-]+\s+){0,2}?(?:rules?|regulations?|guidance|standards?|proposals?|framework|bill|legislation)\s+(?:in\s+|by\s+|before\s+)?(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // the deposit rate, where it has stood since June 2025; auction sizes kept unchanged since
  // May 2025: the decision a level dates from
  before(
    /\b(?:(?:where|which)\s+(?:it|they)\s+(?:has|have)\s+(?:stood|been|remained|sat)|(?:kept|held|left|leaving|leaves|maintained)\s+(?:[\w-]+\s+){0,8}?(?:unchanged|steady|on hold|in place|flat))\s+since\s+$/i,
    BODY_NEAR,
  ),
  // keep output flat through the first quarter; the ceiling left in place through 2027
  before(
    /\b(?:keep|keeps|keeping|kept|hold|holds|holding|leave|leaves|left|maintain(?:s|ed|ing)?)\s+(?:[\w-]+\s+){1,5}?(?:flat|unchanged|steady|on hold|in place|frozen)\s+(?:through|until|till|into)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // the bloc's next review of the cap mechanism is due in July
  before(
    /\bnext\s+(?:review|assessment|reassessment|revision)\b[^.;]{0,40}?\b(?:is|are|will be)\s+(?:due|scheduled|set|expected)\s+(?:in|on|by|for)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // models placed on the market before Aug. 2, 2025, must comply by …: a rule's scope
  before(
    /\b(?:placed on the market|put into service|acquired|originated|issued|entered into|concluded)\s+(?:on or\s+)?(?:before|after|prior to|since)\s+$/i,
    (c) =>
      c.body() &&
      /\b(?:must|have to|has to|need to|required|exempt|grandfathered|comply)\b/i.test(c.sentence),
  ),
  // the housing bureau issued a notice on Tuesday lifting purchase limits: an act's day
  before(
    /\b(?:issued|published|released|circulated)\s+(?:a|an|the|its|their|new)\s+(?:[\w-]+\s+)?(?:notice|circular|decree|directive|order|guideline|guidelines)\s+(?:on|in)\s+$/i,
  ),
  // Guangzhou scrapped its remaining curbs in September 2024
  before(
    /\b(?:scrap(?:s|ped)?|lift(?:s|ed)?|remov(?:e|es|ed)|eas(?:e|es|ed)|relax(?:es|ed)?|impos(?:e|es|ed)|introduc(?:e|es|ed)|tighten(?:s|ed)?)\s+(?:its|the|their|all)\s+(?:[\w-]+\s+){0,2}?(?:curbs|restrictions|purchase limits|home-buying limits|limits on [\w-]+ purchases|controls)\s+(?:in|on)\s+$/i,
  ),
  // publication in the Federal Register, which staff expect by the end of the month; a
  // notice set to be published in the Federal Register on Wednesday
  before(
    /\b(?:(?:Federal Register|Official Journal|Gazette)\b[^.;]{0,30}?\b(?:expect(?:s|ed)?|due|likely)|publish(?:ed|es|ing)?\s+in\s+the\s+(?:Federal Register|Official Journal|Gazette))\s+(?:(?:by|in|on|around|before|at)\s+)?(?:the\s+)?$/,
  ),
  // shipments loaded before Dec. 31 that enter by Feb. 15 still pay the old rate
  before(
    /\b(?:loaded|shipped|imported|exported|entered|enters?|entering|arriv(?:e|es|ed|ing)|cleared)\b[^.;]{0,30}?\b(?:before|by|after|on or after|on or before)\s+$/i,
    (c) =>
      /\b(?:tariffs?|dut(?:y|ies)|levy|levies|(?:old|new|higher|lower) rate)\b/i.test(c.sentence),
  ),
  // the RBA stood pat yesterday; the board will stay on hold until 2028
  before(/\b(?:stood|stand|stands|standing)\s+pat\s+(?:on\s+|in\s+)?$/i, BODY_NEAR),
  before(
    /\bon hold\s+(?:until|through|till|into|beyond)\s+(?:the\s+)?$/i,
    (c) => c.body() || /\b(?:rates?|hikes?|cuts?|increases?)\b/i.test(c.sentence),
  ),
  // the last report was due by 31 January; first returns due by 31 May 2028
  before(
    /\b(?:returns?|declarations?|filings?|submissions?|(?:emissions|compliance|CBAM|regulatory)\s+reports?)\b[^.;]{0,50}?\b(?:(?:is|are|was|were|will be|fall|falls)\s+)?due\s+(?:by|on|in|before)\s+$/i,
    (c) => c.body() || /\b(?:returns?|declarations?|filings?)\b/i.test(c.before.slice(-60)),
  ),
  // a draft act went out for feedback on 19 January
  before(
    /\b(?:went|goes|go|sent|put)\s+out\s+(?:for|to)\s+(?:feedback|consultation|comments?|public comment)\s+(?:on|in)\s+$/i,
  ),
  // EU ministers discuss it at a Competitiveness Council on 11 March; the Ecofin in May
  before(
    /\b(?:[A-Z][a-z]+\s+Council|Ecofin|Eurogroup|European Council|EU summit|G7 summit|G20 summit)(?:\s+meeting)?\s+(?:on|in)\s+$/,
  ),
  // the government work report on Friday
  before(/\b(?:government\s+)?work report\s+(?:(?:is\s+)?due\s+)?(?:on|in)\s+$/i),
  // the PDUFA date of March 19; a target action date in the second quarter
  before(/\b(?:PDUFA|target action|action)\s+date\s+(?:of|on|in|is|was|falls on)\s+(?:the\s+)?$/i),
  // an FDA advisory committee will review the vaccine next Thursday
  before(
    /\b(?:advisory\s+)?(?:committee|panel)\s+(?:will|is due to|is scheduled to|is set to)\s+(?:meet|review|vote|consider|discuss|weigh)\b[^.;]{0,80}?\s+(?:on\s+)?$/i,
    BODY_NEAR,
  ),
  // a rule that would link what Medicare pays to prices abroad starting in 2028
  before(
    /\b(?:would|will)\b[^.;]{0,100}?\b(?:starting|beginning)\s+(?:in|on|from|with)\s+(?:the\s+)?$/i,
    (c) =>
      c.ahead &&
      c.body() &&
      /\b(?:rules?|regulations?|law|programs?|proposals?)\b/i.test(c.sentence),
  ),
  // the Bank's next announcement is on Sept. 9; its next decision, with a new report, is
  // due on Jan. 26
  before(
    /\bnext\s+(?:policy\s+|rate\s+|interest[- ]rate\s+)?(?:announcement|decision)(?:,[^,.;]{1,60},)?\s+(?:(?:is|comes|is due|is scheduled|will come|will be|falls)\s+)?(?:on|in|for)\s+(?:the\s+)?$/i,
    (c) => c.body() || /\b(?:[Bb]ank|rates?|[Pp]olicy)\b/.test(c.sentence),
  ),
  // plan to loosen the leverage ratio from April 1: a body changing a measure from a day
  before(
    /\b(?:loosen|tighten|ease|relax|scrap|lift|impose|introduce|reinstate|restore|suspend)(?:s|ed|ing)?\b[^.;]{0,60}?\b(?:from|starting|effective)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // which held its rate at 2.25% in January: a hold at a level is the decision's date
  before(
    /\b(?:held|holds|hold|kept|keeps|keep|left|leaves|leave|maintained|maintains)\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:rates?|Bank Rate)\s+(?:unchanged\s+|steady\s+)?at\s+[\d.]+\s?(?:%|percent|per cent)\s+(?:in|at|on)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // see Bank Rate at about 2.75% by year-end: a policy rate's expected level by a date
  (c) => RATE_LEVEL_BEFORE.test(c.before),
  // money markets price no change before December, see a cut by the July meeting
  before(
    /\b(?:price[sd]?|pricing|see|sees|expect|expects)\s+(?:(?:about|roughly|around)\s+)?(?:(?:a|an)\s+[\d.]+%\s+chance\s+of\s+)?(?:no\s+(?:change|move|cut|hike)|(?:a|another|the next|one more)\s+(?:cut|hike|move|reduction|increase))(?:\s+to\s+[\d.]+%)?\s+(?:before|until|by|in|at)\s+(?:the\s+)?$/i,
  ),
  // a full move by September, the first cut comes in the second quarter: a priced move's day
  before(
    /\b(?:(?:full|first|next|second|another)\s+(?:rate\s+)?(?:move|cut|hike|reduction|increase)|(?:cut|hike|move)\s+comes)\s+(?:by|in|at|before)\s+(?:the\s+)?$/i,
    (c) =>
      c.body() ||
      /\b(?:price[sd]?|pricing|chance|odds|markets?|futures|forwards|traders|LPR|rates?|cuts?|hikes?)\b/i.test(
        c.sentence,
      ),
  ),
  // consultation …, and it closes on April 16
  before(
    /\b(?:consultation|comment period|call for evidence)\b[^.;]{0,60}?,?\s+(?:and|but)\s+(?:it|this|that)\s+(?:closes|ends|runs\s+(?:until|to|through))\s+(?:on\s+)?$/i,
  ),
  // the Treasury's $39 billion sale of 10-year notes on Wednesday (a government's; a
  // company sells notes too)
  before(
    /\b(?:auction|sale|offering)\s+of\s+(?:[\w-]+\s+){0,2}(?:notes|bonds|bills|debt|TIPS|gilts)\s+(?:on|in)\s+$/i,
    (c) => /\b(?:Treasury|government|sovereign|state)\b/i.test(c.sentence) || c.body(),
  ),
  // the Debt Management Office sold £4.25bn of a 10-year gilt on Tuesday: its debt sale
  before(
    /\b(?:sold|sells|sell|auctioned|auctions|will sell|offers|offered)\s+[£$€]?[\d.]+\s*(?:bn|billion|m|million)\s+of\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:gilts?|notes?|bonds?|bills?|Bunds?|OATs?|BTPs?|JGBs?)\b[^.;]{0,30}?\s+on\s+$/i,
    (c) =>
      c.body() ||
      /\b(?:Treasury|DMO|Debt Management|government|finance ministry)\b/i.test(c.sentence),
  ),
  // …, $39 billion of reopened 10-year notes on Tuesday; all settling on April 15: the
  // later sales and the settlement of a Treasury's list of auctions
  before(
    /(?:^|[,;]\s+|\band\s+)[£$€]?[\d.]+\s*(?:bn|billion)\s+of\s+(?:[\w-]+\s+){0,3}(?:notes|bonds|bills|gilts|TIPS)\s+(?:on\s+)?$|\bsettl(?:e|es|ing)\s+on\s+$/i,
    (c) => /\b(?:Treasury|DMO|Debt Management)\b/.test(c.sentence) || c.body(),
  ),
  // the agency will send initial offers by June 1: a body's own deadline (not the day its
  // data come out)
  before(
    /\b(?:will|must|is required to|are required to|has to|have to)\s+(?:send|publish|issue|announce|make|submit|deliver|release|provide|finali[sz]e|complete|name|set)\b(?![^.;]*\b(?:data|figures|statistics|numbers)\b)[^.;]{0,80}?\s+by\s+(?:the\s+)?$/i,
    AHEAD_AND_BODY,
  ),
  // the ministry spent 6 trillion yen on intervention between June 29 and July 28; stepped
  // in on July 14; bonds bought through open market operations on Aug. 13
  before(
    /\b(?:intervention|intervened|stepped\s+in|open market operations?|OMOs?|repo operations?|(?:buying|selling)\s+(?:yen|dollars|the\s+(?:yen|dollar|won|rupee|yuan)))\b[^.;]{0,20}?\s+(?:on|in|between|since)\s+$/i,
    BODY_NEAR,
  ),
  // the rate had stood at 2% since June 2025; the rates have not changed since May 2025
  before(
    /\b(?:ha[sd]|have)\s+(?:stood|been|remained|sat)(?:\s+(?:at|near)\s+[\d.]+\s?(?:%|percent|per cent))?\s+since\s+$|\b(?:ha[sd]|have)\s+(?:not|n't)\s+changed\s+since\s+$/i,
    (c) => c.body() || /\brates?\b/i.test(c.sentence),
  ),
  // licences will be required for exports of the technology from Aug. 1
  before(
    /\bwill\s+be\s+(?:required|needed|mandatory|banned|prohibited)\b[^.;]{0,80}?\s+(?:from|starting|as of|by)\s+$/i,
    BODY_NEAR,
  ),
  // a draft issued in March, the proposal floated on Monday: the earlier step of a rule
  before(
    /\b(?:draft|proposal|proposed\s+rules?|consultation\s+paper)s?\s+(?:rules?\s+|version\s+)?(?:it\s+|they\s+)?(?:issued|published|released|unveiled|floated|circulated)\s+(?:in|on)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // the licence … runs until Dec. 13; a waiver that lasts through June; the waiting period
  // expires March 4: an authorisation's own end
  before(
    /\b(?:licen[cs]es?|waivers?|exemptions?|carve-outs?|exclusions?|waiting\s+period|grace\s+period|stay)\b[^.;]{0,80}?\b(?:runs?|lasts?|remains?\s+valid|is\s+valid|expires?|lapses?)\s+(?:(?:on|until|till|through|to)\s+)?$/i,
    (c) =>
      c.body() || /\b(?:OFAC|Treasury|sanctions?|Justice Department|antitrust)\b/i.test(c.sentence),
  ),
  // petitions to deny were due Nov. 19; comments are due by June 2: a filing's deadline
  before(
    /\b(?:petitions?|comments?|applications?|filings?|responses?|objections?|bids?|payments?|submissions?|returns?)\b[^.;]{0,60}?\b(?:were|are|is|was|will\s+be|come|fall)\s+due\s+(?:(?:on|by)\s+)?$/i,
    BODY_NEAR,
  ),
  // garnishment will restart no sooner than Jan. 8; offsets could come as early as Nov. 6:
  // the first day a body's step can happen
  before(
    /\b(?:will|would|could|may|might|can|cannot|can't)\s+(?:again\s+)?(?:come|start|begin|restart|resume|take\s+effect|apply|happen|kick\s+in)\s+(?:no\s+(?:sooner|earlier)\s+than|as\s+(?:early|soon)\s+as|not\s+before)\s+$/i,
    BODY_NEAR,
  ),
  // loans will again be referred to the Treasury starting Oct. 2: a body's scheduled step
  before(
    /\bwill\s+(?:again\s+|once\s+again\s+|now\s+)?be\s+(?:\w+ed)\b[^.;]{0,80}?\s+(?:starting|beginning)\s+(?:on\s+)?$/i,
    AHEAD_AND_BODY,
  ),
  // its rate decision due at 2 p.m. Eastern on Wednesday: a policy body's decision day
  before(
    /\b(?:rate|policy|interest-rate)\s+decisions?\s+(?:is\s+|are\s+)?due\s+(?:(?:out\s+)?at\s+[\w.:\s]{1,30}?\s+)?(?:on\s+)?$/i,
    BODY_NEAR,
  ),
  // the charge, which was due to be billed for the first time on June 3: a levy's first day
  before(
    /\b(?:due|scheduled|set|slated)\s+to\s+be\s+(?:billed|collected|levied|charged|imposed|applied|enforced|paid)\b[^.;]{0,40}?\s+(?:on|in|from)\s+$/i,
    (c) =>
      c.body() ||
      POLICY_OBJECT_WORD.test(c.sentence) ||
      /\b(?:charge|fee|levy|tax)\b/i.test(c.sentence),
  ),
  // projects that begin construction in 2049 will receive 75% of the full credit: a step of
  // a credit's phase-down
  after(
    /^,?\s+(?:will|would|can|could)\s+(?:receive|get|earn|keep|claim|qualify\s+for)\s+(?:only\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per cent)/i,
    (c) => /\b(?:credits?|subsid(?:y|ies)|allowances?|deductions?|rebates?)\b/i.test(c.sentence),
  ),
  // Beginning March 16, the central bank will run a morning operation: a sentence that
  // opens with the day a body's step starts
  // (read forwards: the sentence's start is no anchor a backward reading keeps)
  // (or a rule's obligation told in it: "From April 1, firms in its Prime market must publish…")
  (c) =>
    SENTENCE_OPENS_WITH_START.test(c.before) &&
    c.ahead &&
    (c.body() ||
      /^,[^.;]{0,80}?\b(?:must|will\s+have\s+to|will\s+be\s+required\s+to)\b/.test(c.after)),
  // the facility, created in July 2021: a body's instrument and the day it was made
  before(
    /\b(?:facility|facilities|program(?:me)?|scheme|tool|window|regime|backstop)\b,?\s+(?:which\s+(?:was|it)\s+)?(?:created|established|set\s+up|introduced|launched|opened|unveiled)\s+(?:in|on)\s+$/i,
    BODY_NEAR,
  ),
  // banks may elect to apply it from the start of the year: an early start a rule allows
  before(
    /\b(?:elect|choose|opt)\s+to\s+(?:apply|adopt|use|follow)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:rule|rules|standard|standards|regime))\s+(?:early\s+)?(?:from|as\s+of|starting|beginning)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // 11 operations, starting April 7; a purchase of up to $4 billion of 20-year bonds on
  // April 14: a Treasury's schedule of buybacks
  before(
    /\b(?:operations?|buybacks?|auctions?),?\s+(?:starting|beginning)\s+(?:on\s+)?$|\bpurchases?\s+of\s+(?:up\s+to\s+)?[$£€]?[\d.]+\s*(?:bn|billion)\s+of\s+(?:[\w-]+\s+){0,3}(?:notes|bonds|bills|securities|gilts)\s+on\s+$/i,
    (c) => /\b(?:Treasury|Fed|Federal Reserve|DMO|central bank)\b/.test(c.sentence) || c.body(),
  ),
  // the Loan Programs Office closed a $2.4 billion loan guarantee on Sept. 14: a body's
  // financing act on its day
  before(
    /\bclos(?:ed|es)\s+(?:a|an|the|its)\s+(?:[^.;]|\.(?=\d)){0,40}?\b(?:loan|loan\s+guarantee|grant|award)\s+on\s+$/i,
    BODY_NEAR,
  ),
  // the authority is consulting until 28 February: a consultation's end
  before(/\bconsult(?:s|ing|ed)?\s+(?:[\w-]+\s+){0,4}?(?:until|till|through|to)\s+$/i, BODY_NEAR),
  // the next review would be held on Aug. 3-5: a policy body's next meeting
  before(
    /\b(?:next|policy|rate)\s+(?:policy\s+)?(?:review|meeting|decision)\s+(?:would|will|is\s+to|is\s+due\s+to)\s+be\s+(?:held|announced|made)\s+(?:on|in)\s+$/i,
    BODY_NEAR,
  ),
  // the agreement had set that milestone for the end of 2046: a deadline a body's deal sets
  before(
    /\b(?:set|sets|setting|moved|moves|pushed)\s+(?:that|the|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:milestone|deadline)\s+(?:for|at|to)\s+(?:the\s+)?$/i,
  ),
  // the tax credit expires at the end of 2046: an instrument's end
  before(
    /\b(?:credits?|exemptions?|waivers?|relief|subsid(?:y|ies)|programs?|programmes?)\s+(?:expires?|lapses?|ends?|runs\s+out|sunsets?)\s+(?:at|by)\s+(?:the\s+)?$/i,
  ),
  // the City Council will vote Sept. 12 on a proposal: a council's or a body's vote day
  before(
    /\b(?:will|is\s+(?:set|scheduled|due)\s+to|plans\s+to)\s+vote\s+(?:on\s+)?$/i,
    (c) => c.body() || /\b(?:[Cc]ouncil|[Ll]egislature|[Aa]ssembly|[Bb]oard)\b/.test(c.sentence),
  ),
  // a short extension before Nov. 10 (of a truce, a deadline)
  before(
    /\bextensions?\s+(?:before|by|until|to|through)\s+$/i,
    (c) => c.body() || /\b(?:truce|deadline|tariffs?|talks)\b/i.test(c.sentence),
  ),
  // the committee waits until June: a policy body's expected decision
  before(
    /\b(?:wait|waits|waited|waiting|hold|holds|holding|pause|pauses|sit\s+tight|sits\s+tight)\s+(?:off\s+)?(?:until|through)\s+$/i,
    // (or a rate move in the sentence: "one more cut in March and then a long hold
    // through the end of next year", a quote whose paragraph names no body)
    (c) => c.body() || c.inSentence(RATE_MOVE_EN),
  ),
  // (and its longer forms: stay on hold until at least July, sit on its hands until March;
  // both patterns share BODY_NEAR, so they run as one)
  before(
    /\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|sit(?:s|ting)?|sat|pause(?:s|d)?|hold(?:s|ing)?\s+fire)\s+(?:on\s+hold\s+|tight\s+|put\s+|on\s+the\s+sidelines\s+|on\s+(?:its|their)\s+hands\s+)?(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?(?:(?:early|mid|late)[-\s])?$/i,
    BODY_NEAR,
  ),
  // named consumption as the top priority for 2027: a policy body's priority for a period
  before(/\b(?:top\s+|key\s+|main\s+)?priorit(?:y|ies)\s+(?:for|in)\s+$/i, BODY_NEAR),
  // the NPC opens its annual session on March 5
  before(
    /\b(?:opens?|opened|holds?|held|convenes?|convened|begins?|began|starts?|started|closes?|closed|ends?|ended)\s+(?:its|their|the|an?)\s+(?:(?:annual|plenary|full|next|two-day|three-day|fourth|fifth)\s+)?(?:session|plenum|plenary|meeting|conference|summit)\s+(?:on|in|from)\s+$/i,
    BODY_NEAR,
  ),
  // set its growth target for 2027: a plan's target year
  before(
    /\b(?:growth|inflation|deficit|fiscal|budget|emissions?|output|production)\s+(?:targets?|goals?|ceiling)\s+(?:for|of)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // the first reports are due Feb. 14, 2028: the first filings under a rule
  before(
    /\b(?:(?:first|initial)\s+(?:reports?|filings?|disclosures?|submissions?|returns?)|(?:filings?|disclosures?|submissions?|applications?))\s+(?:are|is|will be)\s+due\s+(?:on\s+|by\s+)?$/i,
  ),
  // moving the compliance date to June 30, 2027: a deadline moved
  before(
    /\b(?:compliance|effective|implementation|enforcement|go-live)\s+dates?\s+(?:back\s+|forward\s+)?to\s+$/i,
  ),
  // exempt until Dec. 31, 2028: an exemption's end
  before(
    /\b(?:exempt(?:ed)?|excluded|spared|shielded|waived)\s+(?:from\s+[^.;]{1,40}?\s+)?(?:until|through|till)\s+$/i,
  ),
  // a three-year note auction on Tuesday, the $39 billion sale of 10-year notes on Wednesday:
  // the Treasury's sale of its debt
  before(
    /\b(?:(?:note|bond|bill|TIPS|debt|gilt|Bund)\s+(?:auctions?|sales?|offerings?)|(?:sell|sells|auction|auctions|offer|offers)\s+\$[\d.]+\s+(?:billion|bn)\s+(?:of|in)\s+[\w-]+\s+(?:notes|bonds|bills|debt|TIPS))\s+(?:on|in)\s+$/i,
  ),
  // regulators on Tuesday set new deadlines: a policy body's act on its day
  before(
    /\b(?:regulators?|agenc(?:y|ies)|[Mm]inistry|[Cc]ommission|[Dd]epartment|[Gg]overnments?|[Hh]ousing (?:bureau|authorit(?:y|ies))|[Aa]dministration|Fed|Federal Reserve|ECB|BOJ|BoJ|BoE|PBOC|[Cc]entral bank|SEC|CFTC|FDIC|OCC|EPA|FCC|FTC|FERC|FHFA|HUD|CMS|FDA|OFAC|IRS|CFPB|FINRA|Treasury|Congress|Senate|House|[Cc]ourt|Circuit|[Jj]udge|[Pp]anel|[Ll]awmakers|[Pp]olicymakers|White House|State Council|[Aa]uthorit(?:y|ies)|[Ww]atchdog|Chancellor|[Ff]inance [Mm]inister)\s+(?:late\s+|early\s+)?on\s+$/,
    (c) =>
      /^\s+(?:set(?:\s+out)?|laid\s+out|adopted|approved|endorsed|backed|signed\s+off|enacted|finali[sz]ed|imposed|unveiled|issued|ordered|extended|delayed|postponed|pushed\s+back|suspended|stayed|blocked|struck\s+down|lifted|banned|voted|passed|cut|raised|lowered|hiked|froze|halted|vacated|enjoined|paused|upheld|overturned|rejected|fined|sanctioned|designated|authori[sz]ed|proposed|scrapped|eased|tightened|trimmed|kept|held|left)\b/.test(
        c.after,
      ),
  ),
  // the relief will sunset on March 1, the higher rate going live at 12:01 a.m. on Jan. 1,
  // a portal that opens next Tuesday: a policy instrument starting, ending or changing
  (c) => {
    // The verb is read in the last few words only, the instrument before it only when
    // the verb is there: one long pattern over every date's clause was dear.
    const tail = c.before.slice(-48);
    // ("extended several times since 2024": a time counted from, read by the not-cues)
    if (/\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(tail)) return false;
    const verb = INSTRUMENT_VERB_END.exec(tail);
    if (!verb || BUSINESS_EFFECT_END.test(tail)) return false;
    const head = c.before.slice(0, c.before.length - tail.length + verb.index);
    return INSTRUMENT_BEFORE.test(head);
  },
  // the leverage changes finalized in November 2025, rules adopted on Dec. 3: a rule's day
  before(
    /\b(?:rules?|changes|regulations?|standards?|requirements?|amendments?|guidance|framework|regime|surcharges?|reforms?|curbs|cuts|restrictions|sanctions|tariffs)\s+(?:[\w-]+\s+){0,2}?(?:finali[sz]ed|adopted|proposed|issued|published|approved|enacted|announced|imposed|introduced|unveiled)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$/i,
  ),
  // want to finalize it before the end of the year: a body's rule still to be made
  before(
    /\bfinali[sz]e\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:rules?|plan|proposal|standards?|framework))\s+(?:by|before|in)\s+(?:the\s+)?$/i,
    BODY_NEAR,
  ),
  // a second reserve ratio cut in the third quarter, an LPR cut at the April fixing:
  // an expected move of a central bank's own instrument
  before(
    /\b(?:reserve[- ](?:ratio|requirement(?:\s+ratio)?)|RRR|LPR|loan prime rate|policy rate|deposit rate|repo rate)\s+(?:cut|hike|increase|reduction|rise)s?\s+(?:in|by|at|before|during)\s+(?:the\s+)?$/i,
  ),
  // push the first cut into the second quarter: the decision moved to a later time
  before(
    /\b(?:push(?:es|ed)?|pushing|delay(?:s|ed)?|defer(?:s|red)?|move[sd]?)\s+(?:the\s+|a\s+)?(?:first\s+|next\s+|last\s+)?(?:rate\s+)?(?:cut|hike|move|increase|reduction)s?\s+(?:back\s+)?(?:into|to|until|till)\s+(?:the\s+)?$/i,
  ),
  // a tariff … will be extended to 137 more categories, … from March 1
  before(
    new RegExp(
      String.raw`\b(?:${POLICY_OBJECT})\b[^.;]{0,60}?\b(?:extended|expanded|widened|broadened|applied)\s+to\b[^.;]{0,100}?\b(?:from|starting|as of)\s+(?:\d{1,2}(?::\d{2})?\s*[ap]\.m\.\s+(?:on\s+)?)?(?:the\s+)?$`,
      'i',
    ),
  ),
  // its first move since January, under investigations since November 2025: the date is
  // the earlier act (the not-cue on "since" leaves these alone)
  before(
    /\b(?:(?:first|last|previous|latest)\s+(?:rate\s+)?(?:move|cut|hike|increase|reduction|change)|investigations?|probes?|inquir(?:y|ies)|proceedings)\s+since\s+(?:early\s+|late\s+|mid-?)?$/i,
    BODY_NEAR,
  ),
  // whether the Fed delivers in July: the decision expected then
  before(
    /\b(?:the\s+)?(?:Fed|FOMC|ECB|BOJ|BoJ|BoE|PBOC|RBA|RBI|SNB|central bank|Bank)\s+(?:delivers|moves|acts|cuts|hikes|eases|pivots|pauses)\s+(?:again\s+)?(?:in|on|at|by|before)\s+(?:the\s+)?$/,
  ),
  // Apple was fined €500 million in April 2025: a regulator's fine
  before(/\b(?:was|were|been|being)\s+fined\b[^.;]{0,40}?\b(?:in|on)\s+$/i, BODY_NEAR),
  // moves the due date for their returns to Oct. 16: a deadline moved
  before(/\bdue\s+dates?\b[^.;]{0,50}?\b(?:to|until)\s+$/i),
];

/** Marks written just after a date that make it a policy date on their own. */
// "On Monday, a federal judge in Lexington, Kentucky, stayed the rule": the day a court or
// a policy body acted, written before it
const OPENING_ON = /(?:^|[.!?]["”]?)\s*On\s+$/;
export const ACT_AFTER_EN: Cue[] = [
  after(
    /^\s*,?\s*(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}?(?:judge|court|regulators?|agency|commission|SEC|CFTC|FDIC|OCC|CFPB|FTC|Fed|Federal Reserve|Treasury|[Mm]inistry|government|Congress|Senate|House|lawmakers|State Council|central bank)\b(?:[^.;]|\.(?=[\w-])){0,50}?\b(?:stayed|blocked|struck down|vacated|enjoined|halted|approved|adopted|finali[sz]ed|imposed|issued|proposed|passed|voted|cut|raised|lowered|hiked|delayed|postponed|suspended|lifted|extended|ordered|banned|allocated|injected|unveiled)\b/,
    (c) => OPENING_ON.test(c.before),
  ),
  // could run out as early as June 10, the so-called X-date: the debt limit's day
  after(/^\s*,\s*(?:the\s+)?(?:so-called\s+)?X-date\b/i),
  // setting Jan. 1, 2038 as the compliance date, has set June 30 as the deadline: the day
  // a rule names as its own
  after(
    /^,?\s+as\s+(?:the|its|their|a)\s+(?:new\s+|final\s+|first\s+)?(?:(?:compliance|effective|implementation|enforcement|start(?:ing)?|filing|reporting|expiry|expiration)\s+(?:date|deadline)|deadline)\b/i,
  ),
  // "a floor vote before the August recess": a legislature's break
  after(/^\s+recess\b/i, (c) =>
    /\b(?:Congress|House|Senate|Parliament|lawmakers)\b/.test(c.sentence),
  ),
  // the May 2024 refunding, at the November refunding: a Treasury's quarterly debt sale
  after(/^\s+(?:quarterly\s+)?refunding\b/i),
  // Wednesday's auction is the first test of demand (a government's debt sale)
  after(
    /^\s*['’]s\s+(?:gilt\s+|bond\s+|Treasury\s+|note\s+|bill\s+)?auctions?\b/i,
    GOVERNMENT_DEBT,
  ),
  // its 2028 stress test, this year's exercise: the supervisors' test of that year
  after(/^\s*(?:['’]s\s+)?(?:supervisory\s+)?(?:stress[- ]tests?|exercise)\b/i, BODY_NEAR),
  // this year's test, in a story on the stress test
  after(
    /^\s*['’]s\s+tests?\b/i,
    (c) => c.body() && /\b(?:stress|scenarios?|capital buffers?)\b/i.test(c.sentence),
  ),
  // under the July 2023 plan: a body's proposal of that day
  after(
    /^\s+(?:plan|proposal|re-proposal|draft|version|framework)\b/i,
    (c) =>
      c.body() && /\b(?:rules?|requirements?|capital|proposal|regulators?)\b/i.test(c.sentence),
  ),
  // the FDA on Tuesday approved …; CMS on Monday (Feb. 1) published the list of drugs
  after(
    /^\s*(?:\([^)]{1,20}\)\s*)?(?:approved|cleared|authori[sz]ed|rejected|published|issued|released|finali[sz]ed|proposed|adopted|unveiled)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?(?:list|scenarios|rules?|regulations?|guidance|notice|draft|proposal|standards?|drugs?|vaccines?|treatments?|therapy|therapies|devices?|painkillers?|shots?|versions?|applications?)\b/i,
    BODY_NEAR,
  ),
  // The central bank said on Saturday it would lower the reserve requirement ratio: the
  // day a body announces its decision is the decision's (a body that only spoke keeps
  // a plain date: "said on Monday that growth was slowing")
  after(
    /^\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:that\s+)?(?:it|they)\s+(?:would|will)\s+(?:lower|cut|raise|lift|reduce|expand|extend|introduce|impose|ease|tighten|scrap|inject|halt|suspend|resume|delay|postpone|phase out|double|increase|keep|hold|leave|set up|launch|start buying|stop buying|end|allow|let|require|ban|exempt)\b/i,
    (c) =>
      /\b(?:said|announced|decided|confirmed)\s+(?:on|late on|early on)\s+$/i.test(c.before) &&
      c.body(),
  ),
  // its Feb. 28 target date, a March 19 PDUFA date: a regulator's date for its decision
  after(/^\s+(?:PDUFA|target action|target|action|decision)(?:\s+goal)?\s+date\b/i, BODY_NEAR),
  // a 2027 growth target, this year's deficit goal: a target a government sets for a year
  after(
    /^(?:['’]s)?\s+(?:economic\s+)?(?:growth|GDP|inflation|CPI|deficit|budget|jobs|employment)\s+(?:target|goal)\b/i,
    BODY_NEAR,
  ),
  // a January cut, a December hike: in finance news a month's cut or hike is a rate move
  // (a noun after an article: "Infosys, which on Wednesday cut its guidance" is a verb)
  after(
    /^\s+(?:rate\s+)?(?:cut|hike)\b(?!\s+(?:in|to|of)\s+(?:jobs|prices|output|staff|costs)\b)/i,
    (c) => /\b(?:a|an|the|any|another|no|one)\s+$/i.test(c.before),
  ),
  // a December cut, a September hike: priced by markets, a central bank's act
  after(
    /^\s*(?:rate\s+|interest[- ]rate\s+|quarter[- ]point\s+|half[- ]point\s+)?(?:cut|hike|move(?!\s+(?:in|higher|lower|up|down)\b)|reduction)s?\b/i,
    (c) =>
      c.body() ||
      /\b(?:odds|chance|priced?|pricing|markets?|futures|traders|Bank Rate|rates?)\b/i.test(
        c.sentence,
      ),
  ),
  // not part of Wednesday's changes: a body's changes named by their day
  after(
    /^['’]s\s+(?:rule\s+)?(?:changes|rules?|order|actions?|announcement|move|vote)\b/,
    BODY_NEAR,
  ),
  // before Sept. 29, the deadline to apply: the day named as a deadline
  after(/^,\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?deadline\s+(?:to|for)\b/i),
  // the Dec. 15 tariff increase, a March 1 deadline, the Jan. 1 effective date
  after(
    /^\s*(?:'s\s+)?(?:imposition|tariffs?|levies|duties|deadline|cut-?off|effective date|compliance date|implementation|expiry|expiration|ban|Budget|budget statement|Autumn Statement|Spring Statement)\b/,
  ),
  // the June meeting, a September rate cut, the March 19 decision (of a policy body)
  after(
    /^\s*(?:'s\s+)?(?:(?:Fed|FOMC|ECB|BOJ|BoE|central bank|policy|board)\s+(?:and\s+(?:the\s+)?(?:Fed|FOMC|ECB|BOJ|BoE|Bank of [A-Z]\w+)\s+)?)?(?:(?:open|closed|special|emergency|extraordinary|regular|scheduled|unscheduled|two-day|one-day)\s+)?(?:policy\s+|rate-setting\s+|FOMC\s+|monetary[- ]policy\s+|interest[- ]rate\s+|board\s+)?(?:meetings?|gatherings?|decisions?|statement|rate\s+(?:cut|hike|increase|rise|decision)s?|hike|cut|vote|move)\b/i,
    // the body may be named a sentence or two before ("She added that the September meeting…"),
    // or a rate move asked about it ("a cut at the April 27-28 meeting")
    // (or the minutes that recount it: "some preferred to wait at the Dec. 11-12 meeting,
    // the minutes said")
    (c) =>
      c.body() ||
      /\b(?:cut|hike|rate)s?\b[^.;]{0,20}$/i.test(c.before) ||
      c.inSentence(MINUTES_WORD),
  ),
  // after last week's strong 30-year sale: a government's debt sale, named by its day
  after(/^\s*['’]s\s+(?:[\w-]+\s+){0,3}?(?:sale|auction|reopening)\b/i, GOVERNMENT_DEBT),
  // its Feb. 14 goal date under the user-fee act, the Feb. 1 statutory deadline, a Sept. 30
  // funding deadline
  after(
    /^\s*(?:PDUFA\s+|(?:target\s+)?action\s+|goal\s+|user[- ]fee\s+)(?:goal\s+)?date\b|^\s*(?:statutory|regulatory|legal|compliance|filing|funding|budget|spending|appropriations|shutdown|debt-limit|debt-ceiling)\s+deadline\b/i,
  ),
  // Key dates: Feb. 28 — deadline to sign agreements; March 1 — tariff begins: a calendar
  // of a body's steps, each item after its date
  after(
    /^\s*[—–]\s+(?:[\w'’.-]+\s+){0,5}?(?:deadline|tariffs?|decision|rates|rules?|takes\s+effect|begins|comment\s+period|meeting|hearing|vote)\b/i,
    BODY_NEAR,
  ),
  // began four years ago with consultation paper CP16/22; the November fixing
  after(/^\s*(?:with|in|through)\s+(?:a\s+|the\s+|its\s+)?(?:consultation|discussion)\s+paper\b/i),
  after(/^\s*(?:'s\s+)?(?:(?:monthly|latest|next|last)\s+)?(?:LPR\s+)?fixing\b/i, (c) =>
    /\b(?:LPR|loan prime rate)\b/i.test(c.sentence),
  ),
  // since May last year, when the PBOC cut both rates: the date of the move
  after(
    /^\s*,?\s*when\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:cut|hiked|raised|lowered|reduced|trimmed|eased|tightened|delivered|announced|ended|began|approved|adopted|passed|agreed|signed|voted|decided|imposed|introduced|proposed|finali[sz]ed|unveiled|struck|reached|lifted|scrapped|delayed|postponed|extended|intervened|stepped\s+in|sold\s+dollars|bought\s+(?:yen|dollars|bonds))\b/i,
    BODY_NEAR,
  ),
  // until 17 March 2027, a wind-down period of 90 days
  after(/^\s*,?\s*(?:a|the)\s+(?:wind-down|transition(?:al)?|grace|phase-in|run-off)\s+period\b/i),
  // Thursday's $22 billion auction of 30-year bonds: the Treasury's sale that day
  after(
    /^['’]s\s+(?:\$[\d.]+\s+(?:billion|bn)\s+)?(?:[\w-]+\s+)?(?:auction|sale|offering)\s+of\s+(?:[\w-]+\s+){0,2}(?:notes|bonds|bills|debt|TIPS|gilts)\b/i,
    (c) => /\b(?:Treasury|government|sovereign|auction)\b/i.test(c.sentence) || c.body(),
  ),
  // covered since Nov. 20, 2026, by the revised Consumer Credit Directive: a rule's start
  after(
    /^\s*,?\s*(?:by|under)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:Directive|Regulation|Act|[Rr]ules?|regime|law)\b/,
  ),
  // on Jan. 1, when the law takes effect
  after(
    /^\s*,?\s*(?:when|as)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:takes?|took|comes?|came|goes|went)\s+(?:into\s+)?(?:effect|force)/i,
  ),
];

const POLICY_NOUN =
  /\b(?:budget|ceilings?|(?<!(?:unemployment|jobless|inflation|participation|savings?|growth|vacancy|mortgage|exchange)\s)rates?|tariffs?|rules?|regulations?|law|laws|act|bill|ban|sanctions?|stimulus|policy|policies|requirements?|guidance|directive|measures?|taxe?s?|levy|duties|quotas?|restrictions?|cuts?|hikes?|increases?|reductions?|tightening|easing|purchases|bond[- ]buying|balance sheet)\b/i;
const DECISION_VERB =
  /\b(?:agreed|approved|adopted|voted|decided|ordered|banned|imposed|enacted|ratified|signed off)\b/i;
// A date right after the decision or meeting it dates ("the BOE's decision next week").
const DECISION_NOUN_BEFORE = /\b(?:decisions?|meetings?)\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$/i;
const ECONOMY =
  /\b(?:unemployment|jobless|inflation|growth|GDP|economy|economic|prices|payrolls|jobs|hiring|output|sales|earnings|revenue|profits?|demand|exports|imports|deficit|spending|consumption|production|shares|stocks?|index|market)\b/i;

// A policy rate set to a level: the figure is the decision's, not a period's.
const RATE_SET_BEFORE =
  /\b(?:held|hold|kept|keep|left|raised|cut|lowered|hiked|set)\s+(?:its\s+|the\s+)?(?:\w+\s+){0,2}(?:rates?|Bank Rate)\s+(?:at|to|by)\s+(?:a\s+)?(?:range\s+of\s+)?[\d.]+(?:%|\s?percent|\s?per cent)?(?:\s?[-–]\s?[\d.]+\s?(?:%|percent))?\s+$/i;

// A rate move to a new level, then its date: "cut … to 2.9% in the third quarter".
// (or by a step: "raised its benchmark by 25 basis points in September")
const RATE_MOVE_TO_BEFORE =
  /\b(?:cut|cuts|hike|hikes|hiked|rais(?:e|es|ed)|lower(?:s|ed)?|reduc(?:e|es|ed|tion)|increase|trim|trims|trimmed)\b[^.;%]{0,60}?\b(?:(?:to|at)\s+[\d.]+\s?(?:%|percent|per cent)|by\s+(?:[\d.]+|a quarter|a half|half|one|two|three)\s?(?:-?\s?(?:basis|percentage)[- ]points?|bps|points?|%|percent|per cent))\s+(?:in|for|during|at|of)\s+(?:the\s+)?$/i;

// A policy rate's projected level: "the federal funds rate at 2.9% at the end of 2027".
const RATE_LEVEL_BEFORE =
  /\b(?:federal funds|fed funds|funds|policy|benchmark|key|deposit|base|cash|repo)\s+rate\s+(?:at|to|of|near|around)\s+(?:about\s+|around\s+|roughly\s+)?[\d.]+\s?(?:%|percent|per cent)\s+(?:at|by|in|for)\s+(?:the\s+)?$|\bBank Rate\s+(?:at|to|of|near|around)\s+(?:about\s+|around\s+|roughly\s+)?[\d.]+\s?(?:%|percent|per cent)\s+(?:at|by|in|for)\s+(?:the\s+)?$/i;

// A budget deficit kept or set at a level: "keep the deficit at about 4% of GDP in 2027".
const DEFICIT_TARGET_BEFORE =
  /\b(?:keep|kept|set|cap|capped|hold|held|target|targets|targeting|narrow|widen)\w*\s+(?:the\s+)?(?:budget\s+|fiscal\s+)?deficit\b[^.;]{0,40}$/i;

// The words of the date's sentence just before it: "report, delayed … and now due on".
// (A scan back in code: a $-anchored pattern is tried from every position of the text
// before the date, and this one was the dearest test of a date.)
function sentenceSoFar(before: string): string {
  const from = Math.max(0, before.length - 100);
  for (let i = before.length - 1; i >= from; i--) {
    const c = before.charCodeAt(i);
    if (c === 0x3b /* ; */) return before.slice(i + 1);
    if (c !== 0x2e /* . */ && c !== 0x3a /* : */) continue;
    const next = before.charCodeAt(i + 1);
    if (next >= 0x30 && next <= 0x39) continue; // 4.7%, 7:30
    // a.m. and p.m. end no clause
    if (c === 0x2e && CLOCK_DOT.test(before.slice(Math.max(0, i - 3), i + 2))) continue;
    return before.slice(i + 1);
  }
  return before.slice(from);
}
const CLOCK_DOT = /\b[ap]\.m/i;

const MARKET_ODDS = /\b(?:odds|chances?|probability|priced|pricing)\b/i;

/** A date that belongs to something other than a policy act. */
export const NOT_POLICY_EN: Cue[] = [
  // "after July's figures showed U.K. inflation at 3.2%": the month a statistic measures
  (c) =>
    /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:inflation|CPI|PPI|PCE|GDP|payrolls|jobs|figures?|data|numbers|reading|print|report)\b/i.test(
      c.after,
    ),
  // "lifted its estimate of net marketable borrowing for the July-September quarter": a
  // body's forecast revised, no act of its own
  (c) =>
    /\b(?:lift(?:s|ed)?|rais(?:es|ed)|lower(?:s|ed)?|cut|trim(?:s|med)?|revis(?:es|ed))\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:estimates?|forecasts?|projections?)\b/i.test(
      c.clause,
    ),
  // "the facility, which held $212 billion on Tuesday": a balance held, not a meeting
  (c) =>
    /\bheld\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?[$£€¥]\s?\d[^.;]{0,24}$/i.test(c.before),
  // "a rate decision on Tuesday and U.S. payrolls on Friday": a statistic's own day
  // (its last word looked at first)
  (c) => /\bon\s+$/.test(c.before.slice(-5)) && STATISTIC_DAY_BEFORE.test(c.before),
  // minutes of the March meeting, published on April 12: the day a record comes out (the
  // clause read here may start after the minutes' comma)
  (c) =>
    /\b(?:published|released|issued|out|due)\s+(?:on\s+)?$/i.test(c.before) &&
    /\b(?:minutes|summary of (?:its |the )?(?:opinions|deliberations))\b/i.test(c.sentence),
  // Target expects tariff costs of $700 million in the first half: a company's costs
  (c) => /\btariff(?:-related)?\s+(?:costs?|expenses?|hit|headwinds?|bill)\b/i.test(c.clause),
  // minutes released on Wednesday, the BoJ releases minutes … on Monday: a publication's day
  before(
    /\b(?:minutes|summary of (?:its |the )?deliberations|account of (?:its |the )?(?:[\w-]+\s+)?(?:meeting|deliberations))\b[^.;]{0,80}?\b(?:released|published|due|out)\s+(?:on\s+)?$|\b(?:releases?|released|publish(?:es|ed)?)\s+(?:the\s+)?minutes\b[^.;]{0,60}?\bon\s+$/i,
  ),
  // shares expected to start trading in late May: a new listing's own day
  before(
    /\b(?:start|starts|started|begin|begins|began|commence|commences)\s+trading\s+(?:on|in|from)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$|\b(?:debut|debuts|debuted)\s+(?:on|in)\s+(?:the\s+)?$/i,
  ),
  // expected the rule to lift demand in the second half: the date of the business's
  // outlook, whatever the rule did
  before(BUSINESS_EFFECT_END),
  // a public hearing on the chip tariffs on March 23: a hearing decides nothing
  before(/\bhearings?\b[^.;]{0,50}?\bon\s+$/i),
  // banks' net interest income to have peaked in Q2: a company's or a sector's figure
  before(
    /\b(?:net interest income|NII|net interest margins?|margins|profits?|earnings|revenues?)\b[^.;]{0,30}?\b(?:peak(?:ed|s)?|bottom(?:ed|s)?(?:\s+out)?|recover(?:ed|s)?|edge\s+(?:lower|higher))\s+(?:in|by|during)\s+(?:the\s+)?$/i,
  ),
  // traders on Wednesday saw a 30% chance of a cut: the day markets priced it
  before(/\b(?:markets?|traders|investors)\s+(?:late\s+|early\s+)?on\s+$/i),
  // the Nov. 8 election, the 2007-2009 financial crisis, the 2022 lows; this year's wage
  // negotiations (a pay round, however a central bank watches it)
  after(
    /^\s*(?:'s\s+)?(?:(?:financial|global|debt|banking|housing|energy|subprime|dot-com|sovereign)\s+)?(?:crisis|crash|recession|elections?|pandemic|war|downturn|slump|boom|bubble|meltdown|lows?|highs?|peak|trough|levels?|record|earnings|results|season|campaign|IPO|Olympics|midterms?|(?:spring\s+)?(?:wage|pay)\s+(?:negotiations|talks|round|deals|settlements))\b/i,
  ),
  // Oil prices rose on Monday after OPEC+ agreed…: the market's move, the act is the later clause's
  before(
    /\b(?:prices?|shares|stocks|futures|yields?|markets?|indexes|indices|crude|oil|Brent|bonds|the (?:dollar|yen|euro|yuan))(?:\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){1,4}?(?:banks|lenders|companies|firms|groups|insurers|miners|automakers|developers|producers))?\s+(?:rose|fell|climbed|jumped|slid|dropped|gained|lost|rallied|tumbled|surged|slumped|sank|(?:edged|crept|inched|drifted|ticked)\s+(?:up|down|higher|lower))\s+(?:(?!after\b|before\b|following\b|ahead\b)[\w.%$-]+\s+){0,4}?(?:on|in)\s+$/i,
  ),
  // the odds fell to 25% from nearly 45% on Tuesday: the day of the market's figure
  // compared with (but "raised its rate to 1.0% from 0.75% on Friday" is the act's day)
  before(
    /\bfrom\s+(?:nearly|about|roughly|around|almost|some|just\s+(?:over|under))?\s*[\d.]+\s?(?:%|percent|per cent)\s+(?:on|in|at)\s+(?:the\s+)?$/i,
    (c) => c.inSentence(MARKET_ODDS),
  ),
  // pledged $70 billion of U.S. investment through 2035: a company's spending plan
  before(
    /[$£€¥][\d.,]+\s*(?:billion|million|trillion|bn|mn)?\s+(?:of\s+|in\s+)?(?:[\w.-]+\s+){0,2}?(?:investments?|spending|capital expenditures?|capex)\s+(?:through|by|until|over)\s+(?:the\s+)?$/i,
  ),
  // up from 4.7% in 2021, compared with 3.4% in the July forecast
  // their highest since the 1990s, the weakest in 2020
  before(
    /\b(?:highest|lowest|most|least|biggest|largest|smallest|strongest|weakest|best|worst|fastest|slowest)\s+(?:level\s+|pace\s+|reading\s+)?(?:since|in|for)\s+(?:the\s+)?$/i,
  ),
  // growth of 1.4% this year: a figure's period (but "held Bank Rate at 4% last
  // month" is the decision's date)
  (c) =>
    /\d(?:\.\d+)?\s?(?:%|percent|per cent)\s+$/i.test(c.before) && !RATE_SET_BEFORE.test(c.before),
  // the Commerce Department publishes May price data on June 26: a statistics release
  // ("the September retail sales report, delayed by the shutdown and now due on Nov. 25")
  ({ clause, before }) =>
    /\b(?:data|figures|report|statistics|numbers|reading|release|CPI|PPI|PCE|GDP|payrolls|consumer prices|producer prices|retail sales)\b/i.test(
      sentenceSoFar(before),
    ) &&
    /\b(?:publish(?:es|ed)?|release[sd]?|due|out|showed|shows)\b/i.test(clause) &&
    !POLICY_NOUN.test(clause),
  // tariffs would cost it $1.6 billion to $1.9 billion in 2027, borrowing of £98bn in
  // 2027-28, a saving of $11.8 billion this year: an amount's period (but the Fed buying
  // $40 billion a month through March, the PBOC injecting 500 billion yuan on Monday, are
  // its operations, and so is a target: "reduced its QT target to £70bn last September")
  before(
    /[$£€¥][\d.,]+\s*(?:billion|million|trillion|bn|mn|m|b)?(?:\s+to\s+[$£€¥]?[\d.,]+\s*(?:billion|million|trillion|bn|mn|m|b)?)?\s+(?:(?:in|for|during)\s+(?:the\s+)?)?$/i,
    (c) =>
      !/\b(?:inject|purchas|buy|bought|borrow|auction|drain|lend|lent|add|spend|allocat|earmark|fund|target|tightening|easing)\w*\b[^.;]{0,40}$/i.test(
        c.before,
      ),
  ),
  // the August CPI, May's payrolls: a statistic's period
  after(
    /^\s*(?:'s\s+)?(?:CPI|PPI|PCE|GDP|PMI|payrolls|jobs report|employment report|inflation (?:data|figures|report|reading)|retail sales|consumer prices|producer prices|trade (?:data|figures))\b/i,
  ),
  // (and over a span: "rose 2.6% in the year to February")
  // (but "a cut to the one-year LPR to 2.9% in the third quarter" dates the cut)
  before(
    /(?:\d(?:\.\d+)?\s?(?:%|percent|per cent|basis points|bps)\s+|\b(?:from|than|versus|vs\.?|compared (?:with|to))\s+(?:\S+\s+){0,4}?)(?:in|for|during|at|of)\s+(?:the\s+)?(?:(?:year|12\s+months|twelve\s+months|three\s+months|quarter)\s+(?:to|through|ended|ending)\s+)?$/i,
    (c) =>
      !RATE_MOVE_TO_BEFORE.test(c.before) &&
      !RATE_LEVEL_BEFORE.test(c.before) &&
      !DEFICIT_TARGET_BEFORE.test(c.before),
  ),
  // must repay or extend a note by Sept. 28: a borrower's own payment
  before(OWN_DEBT_DUE_BEFORE),
  // the ministry said on Monday, told reporters last week
  before(
    /\b(?:said|says|say|told|tells|wrote|noted|added|argued|warned|stated|testified|commented|reported|reports|disclosed|discloses|spoke|speaking|interview)\s+(?:\w+\s+){0,6}?(?:on|in|last|this|earlier|late|early)?\s*$/i,
  ),
  // since 2024, since the crisis: a time the story counts from (an act's "in force since"
  // is its own mark, read first)
  // (but "its first cut since December", "since March, the bank has raised rates": the
  // date is the earlier move, or the start of the moves)
  before(
    /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i,
    (c) =>
      !/\b(?:cut|reduction|increase|hike|move|rise|change|adjustment|investigations?|probes?|inquir(?:y|ies)|proceedings)s?\b[^.;]{0,20}since\s+\S*$/i.test(
        c.before,
      ) && !STRONG_CLAUSE_EN(c),
  ),
  // ahead of its Oct. 28 report, their Feb. 3 results: a company's own day
  (c) =>
    /\b(?:its|their)\s+$/i.test(c.before) &&
    /^\s*(?:(?:quarterly|annual|earnings|results|trading)\s+)?(?:report|results|earnings|call|update|filing)\b/i.test(
      c.after,
    ),
  // lowered its forecast for GDP growth this year to 1.1%: a forecast's period
  before(
    /\b(?:forecasts?|projections?|outlook|estimates?)\s+(?:for|of)\s+(?:[\w-]+\s+){0,4}?(?:growth|inflation|GDP|unemployment|output|prices|demand|exports|investment)\s+(?:in\s+|for\s+)?$/i,
  ),
  // a media conference later on Tuesday: where someone speaks
  before(/\b(?:press|media|news)\s+(?:conference|briefing)\b[^.;]{0,30}$/i),
  after(
    /^\s*(?:'s\s+)?(?:afternoon\s+|morning\s+)?(?:press|media|news)\s+(?:conference|briefing)/i,
  ),
  // a statement posted on Monday: when a view was published
  before(
    /\b(?:statement|letter|note|remarks|comments|post|blog post|op-ed)\s+(?:posted|published|released|issued|sent)\s+(?:on|in|late|early|last)?\s*$/i,
  ),
  // a forecast of the economy with no policy act in the clause (but "the EU agreed on
  // Monday to phase out gas imports" is the decision's day, and so is "the Bank of
  // England's decision next week as inflation trends diverged")
  ({ clause, before }) =>
    ECONOMY.test(clause) &&
    !POLICY_NOUN.test(clause) &&
    !DECISION_VERB.test(clause) &&
    !DECISION_NOUN_BEFORE.test(before),
];

/** An act in the date's own clause (a policy body must also be near). */
export const CLAUSE_ACT_EN: Cue = (c) =>
  /\b(?:rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|(?<!\b(?:job|staff|workforce|price|cost|capacity|output|production)\s)cut(?:s|ting)?(?!\s+(?:its|their|the|his|her)\s+(?:rating|price target|target|forecasts?|estimates?|guidance|outlook|stake))|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing|tions?)|tighten(?:ed|ing|s)?|eas(?:e|ed|es|ing)|held|hold(?:s|ing)?|kept|keep|(?:left|leav(?:e|es|ing))\s+(?:\w+\s+){0,4}?(?:rates?|unchanged|steady|on hold)|pause[ds]?|vot(?:e|ed|es|ing)|adopt(?:ed|s|ion)?|approv(?:e|ed|es|al)|finali[sz](?:e|ed|es)|final rule|enact(?:ed|s)?|sign(?:ed|s)?|impos(?:e|ed|es|ing)|levy|levied|tariffs?|sanction(?:s|ed|ing)?|agreement|draft|rolled\s+out|(?:gave|give|gives|giving|granted|grants?)\b[^.;,]{0,60}?\bmore\s+(?:time|months|weeks|days|years)|ban(?:ned|s)?|lift(?:ed|s|ing)?|scrap(?:ped|s)?|extend(?:ed|s)?|delay(?:ed|s)?|postpon(?:e|ed|es)|suspend(?:ed|s)?|issu(?:e|ed|es)|unveil(?:ed|s)?|introduc(?:e|ed|es)|propos(?:e|ed|es|al|als)|implement(?:ed|s|ing|ation)?|rules?|regulations?|requirements?|stimulus|rate (?:increase|hike|cut|rise)s?|increases?|projections?|projected|penciled|pencilled|dot plot|meetings?|decisions?|announc(?:e|ed|es|ement)|publish(?:ed|es)?|guidelines?|code of practice|designat(?:e|ed|es|ion)|fines?|fined|stopp(?:ed|ing)|halt(?:ed|s)?|shrink(?:ing)?|Budget|agree[ds]?|confirm(?:s|ed)?|trim(?:med|s)?|auction(?:s|ed)?|pledg(?:e|ed|es)|refunding|pass(?:ed|es|age)|debat(?:e|es|ed|ing)|rul(?:ed|es|ing)|(?:first|second|third) reading|(?:ended|ends|launch(?:ed|es)?|began|wound down|taper(?:ed|s)?)\s+(?:its|the|their|a)\b|inject(?:ed|s|ion)?|drain(?:ed|s)?|(?:struck|strike|strikes|reached|reach|reaches|clinched|sealed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|compromise)|floated|mooted|waive[sd]?|waiver|stayed|blocked|vacated|enjoined|struck down|overturned|upheld|ordered|(?:closed|completed|concluded)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:case|investigation|probe|inquiry|filing|review|registration|assessment)|made\s+(?:[\w-]+\s+){0,3}?binding|(?:told|instructed|directed|urged)\s+(?:[\w-]+\s+){0,3}?(?:governments?|banks|lenders|companies|firms|brokers|insurers|platforms|developers|authorities|exchanges)\s+to|reverse repos?|(?:lending|liquidity) facility|open[- ]market operations?|named|selected|(?:draft|final|interim|proposed|supervisory|regulatory)\s+guidance|(?:will|would)\s+(?:have|need)\s+to|(?:will|would)\s+be\s+(?:required|obliged|allowed|permitted|barred|banned|prohibited))\b/i.test(
    c.clause,
  );

/** Rate moves are a policy body's act whoever the sentence names. */
const STRONG_CLAUSE_EN: Cue = (c) =>
  /\b(?:(?:rais|hik|cut|lower|reduc)\w*\s+(?:it|them)\s+by\s+(?:a\s+)?(?:quarter|half|[\d.]+)[\s-]*(?:percentage[\s-]+)?(?:points?|basis[\s-]+points?|bps)|rate (?:increase|hike|cut|rise|reduction)s?|(?:quarter|half)[- ]point (?:cut|hike|increase|reduction)s?|basis[- ]point (?:cut|hike|increase|reduction)s?|(?:(?:interest|policy|benchmark|key|lending|deposit|funds|cash|base|repo|discount) rates?|Bank Rate)\b[^.;]{0,40}?\b(?:rais|hik|cut|lower|reduc|held|hold|kept|keep|leav|left|unchanged)|(?:rais|hik|cut|lower|reduc|trimm?|held|hold|kept|keep|left|leav)\w*\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:(?:interest|policy|benchmark|key|funds|cash|base|repo|lending|prime) rates?|Bank Rate))/i.test(
    c.clause,
  );

export const EN_CUES: PolicyCues = {
  // 55 per cent below 2021 levels by 2030: a base year is no act's date, whatever rule
  // the sentence states
  // (and a medical meeting in March, an investor day in June: a company's venue, however
  // the sentence reads as a meeting's date)
  // (and fed funds futures on Friday priced a 70% chance of a cut: the day markets priced
  // it, whatever the pricing is of)
  // (and a hearing set for a day, as in "its appeal is pending, with a hearing set for
  // Sept. 19": it decides nothing, whatever court or body holds it)
  // (and "by Friday's close": a market session's day, whatever was priced by then)
  never: mergePatternCues([
    after(/^\s*levels?\b/i),
    after(
      /^\s*['’]s\s+(?:close|closing|session|trading|settlement|finish|open(?:ing)?(?!\s+(?:meeting|hearing)))\b/i,
    ),
    before(
      /\bhearings?\s+(?:(?:is|was|has been)\s+)?(?:set|scheduled|slated|planned|due)?\s*(?:for|on)\s+$/i,
    ),
    before(/\b(?:futures|swaps|options)\s+(?:late\s+|early\s+)?on\s+$/i),
    before(
      /\b(?:medical|scientific|industry|investor|investors['’]?|annual|shareholders?['’]?|academic|oncology|cardiology)\s+(?:meeting|conference|congress|summit|day)\s+(?:in|on)\s+(?:the\s+)?$/i,
    ),
  ]),
  markWords: anyWord(
    'effect|laps|exhaust|scrap|relax|ease|eased|lift|lower|subsid|down payment|restriction|proposed|adopted|ruled|decided|voted|x-date|align|negotiat|enrol|licen|gateway|endorsed|backed|signed off|enacted|stayed|blocked|struck down|pushed back|settl|peak|bottom|brought forward|bring forward|shift|announce|release|credit|sell|remit|range|since|publication|frozen|giving|first time|surtax|commencing|finish|hands|pencil|investigat|probe|inquir|proceeding|refunding|fined|hearing|held|kept|maintain|loosen|assess|auction|sale of|wait|priorit|sold|sells|no change|no move|priced|pricing|price no|price a|prices a|see a|sees a|full move|comes in|closes|original|initial|previous|earlier|revised|transition|grace|regime|mandate|with the|effect|deliver|present|unveil|table|follow|arrive|start|begin|force|appl|kick|phas|becom|be app|be man|be bin|be enf|date|deadline|comment|period|until|must|requir|oblig|have to|has to|need|later than|meet|imposition|tariff|levies|duties|ban\\b|implementation|expir|decision|statement|cut|hike|increase|rise|vote|extend|delay|postpon|push|defer|paus|suspend|ask|tell|told|order|direct|instruct|invit|gave|another|further|one more|move|budget|consult|clos|gather|reduc|operation|when|as |convene|to act|to ease|to tighten|first |due to|begin to|start to|obliged to|conclud|finali|into|journal|register|gazette|in force|freeze|frozen|moratori|suspension|pause|cap|holiday|minutes|response|ending|phase-in|again|filing|return|submission|application|disclosure|request|bid|rule|regulation|law|relief|exempt|exclusion|waiver|scheme|subsid|quota|sanction|embargo|curb|control|restriction|stimulus|portal|collection|truce|surcharge|levy|tax|higher rate|new rate|lower rate|reduced rate|full rate|top rate|bank rate|policy rate|benchmark rate|key rate|base rate|deposit rate|funds rate|cash rate|fixing|target|goal|quota|ceiling|conference|plenum|plenary|session|summit|congress|parliament|legislature|lawmakers|runway|window|bite|bit |won|not |floor|ratio|buffer|threshold|minimum|appropriation|spending bill|funding|measure|stopgap|filing season|payment|consultation paper|discussion paper|form|notice|wind-down|run-off|granted|grant|renewed|revoked|rescind|repealed|amended|aim|pledg|vow|commit|taking|accepting|seeking|invit|solicit|set|fed|fomc|ecb|boj|boe|rbi|rba|rbnz|pboc|snb|file|submit|decide|respond|publish|issue|attract|pay|charged|liable|face|hearing|leg|stage|tranche|carve|get|lift|impos|remov|scrap|reinstat|introduc|wage|pat|hold|feedback|council|work report|review|approv|clear|open|unchanged|let |allow|permit|keep|test|placed|acquired|loaded|shipped|enter|propos|stood|leaving|pdufa|drop|slow|fall|lower|raise|interven|stepped in|extension|required|changed|stood|tight|circular|live|narrow|widen|shorten|floated|put|pivot|—|–|division|staff|trim|fees|bring|bought|act |reach|hit|promised|sale|began|program|complet|enlarg|expand|allocat|short of|mark up|front-load|facilit|surrender|cop|recess|disqualif|prohibit|exclude|petition|objection|due |sooner|cutoff|cut-off|froze|halted|vacated|upheld|overturned|rejected|billed|receive|earn|claim|qualify|beginning|starting|created|established|elect|opt |choose|purchase|buyback|buying|selling',
  ),
  actBefore: mergePatternCues(ACT_BEFORE_EN),
  actAfter: mergePatternCues(ACT_AFTER_EN),
  not: mergePatternCues(NOT_POLICY_EN),
  strongClause: STRONG_CLAUSE_EN,
  clause: CLAUSE_ACT_EN,
};
