/**
 * Whether a company's name, found in text, is used as that company's name: checks
 * that read only the few characters around it. `tickers.ts` applies them.
 */
import { isSpaceCode } from '../char-codes';

// Common English given names: "Michael Dell", "Renee Ford", "Ben McDonald" name a
// person, whatever company shares the surname.
const GIVEN_NAMES = new Set(
  (
    'Aaron Adam Alan Albert Alex Alexander Alice Alison Amanda Amy Andrea Andrew Angela Ann Anna ' +
    'Anne Anthony Arthur Barbara Ben Benjamin Beth Betty Bill Bob Brad Brian Bruce Carl Carol ' +
    'Caroline Catherine Charles Charlie Chris Christine Christopher Claire Craig Dan Daniel Dave ' +
    'David Deborah Dennis Diana Donald Donna Doug Douglas Ed Edward Elizabeth Emily Emma Eric ' +
    'Frank Gary George Gerald Grace Greg Gregory Hannah Harold Harrison Harry Helen Henry Ian ' +
    'Jack Jacob James Jane Janet Jason Jeff Jeffrey Jennifer Jeremy Jerry Jessica Jim Joan Joe ' +
    'John Jonathan Joseph Josh Joshua Joyce Judith Julia Julie Justin Karen Kate Katherine ' +
    'Kathleen Keith Kelly Kenneth Kevin Kim Larry Laura Lauren Linda Lisa Louis Lucy Margaret ' +
    'Maria Marie Mark Martha Martin Mary Matt Matthew Megan Melissa Michael Michelle Mike Nancy ' +
    'Nathan Neil Nicholas Nick Nicole Pamela Patricia Patrick Paul Peter Philip Rachel Ralph ' +
    'Raymond Rebecca Renee Richard Rick Rob Robert Roger Ronald Rose Russell Ruth Ryan Sam ' +
    'Samuel Sandra Sarah Scott Sean Sharon Simon Sophie Stephen Steve Steven Susan Tim Timothy ' +
    'Tom Tony Victoria Walter Wayne William Zachary Dana Derek Ellen Harriet Irene Jill Kyle ' +
    'Leah Marcus Nina Nora Olivia Oscar Paula Rita Sally Tara Tyler Vincent Wendy Zoe'
  ).split(' '),
);

// "country singer Kacey McDonald's tour": a role and a capitalised first name.
// ("Dallas Fed President Celia Hershey": an office and a first name; the office alone
// may stand before a company, "President Trump's Apple remarks" aside)
const ROLE_BEFORE =
  /\b(?:singer|actor|actress|artist|rapper|musician|player|coach|star|author|writer|director|Senator|Sen\.|Rep\.|Gov\.|Mayor|Judge|Dr\.|Mr\.|Mrs\.|Ms\.)\s+(?:[A-Z][a-z]+\s+)?$|\b(?:President|Governor|Chair|Chairman|Chairwoman|Commissioner|Secretary|Minister|Chancellor|Treasurer)\s+[A-Z][a-z]+\s+$/;

// Jobs only a person holds, and those a firm may be said to be too (a partner, a broker).
const PERSON_JOB = String.raw`(?:manager|analyst|economist|strategist|executive|officer|director|founder|professor|spokes(?:man|woman|person)|chair(?:man|woman)?|president|trader|researcher|fellow|lawyer|attorney|consultant|planner|advis[eo]r)`;
const ANY_JOB = String.raw`(?:${PERSON_JOB}|partner|head|investor|banker|broker)`;

// "…, said Dana Ford, a portfolio manager at…" (or "…, who runs three dealerships"): a
// job given in apposition after a capitalised first word makes the two a person's name,
// whatever the first name is.
const JOB_AFTER = new RegExp(
  String.raw`^,\s+(?:who\s+(?:runs|heads|leads|owns|manages|oversees|founded|co-founded|chairs)\b|(?:co-|global\s+)?head\s+of\b|(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?${ANY_JOB})\b`,
);

// "…, said Li Ning, chief China strategist at…", "Dell Hayes, portfolio manager at": a
// person's job in apposition without an article (a title word before it, or where it
// works after it).
const PERSON_JOB_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?${PERSON_JOB}|(?:chief|senior|lead|deputy|principal|managing|head|co-head|global)\s+(?:[\w-]+\s+){0,3}?${PERSON_JOB}|(?:[\w-]+\s+){0,3}?${PERSON_JOB}\s+(?:at|of|with)\s+[A-Z])`,
);
// A capitalised surname after the name, before such a job ("Dell Hayes, a portfolio manager").
const SURNAME_AFTER = /^\s+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?=,)/;

/**
 * A capitalised given name (or a role) right before a Latin name makes it a person's,
 * and so does any capitalised first word when a job follows in apposition. A person's
 * job in apposition also makes a name of two words a person's ("Li Ning, chief China
 * strategist"), and a one-word name with a surname after it ("Dell Hayes, a portfolio
 * manager").
 */
export function followsGivenName(text: string, start: number, end = start): boolean {
  const from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  const word = capitalisedWordBefore(text, from, start);
  if ((!!word && GIVEN_NAMES.has(word)) || ROLE_BEFORE.test(before)) return true;
  if (end <= start) return false;
  const after = text.slice(end, end + 80);
  if (word && JOB_AFTER.test(after)) return true;
  if (/\s/.test(text.slice(start, end)) && PERSON_JOB_AFTER.test(after)) return true;
  const surname = SURNAME_AFTER.exec(after);
  return !!surname && PERSON_JOB_AFTER.test(after.slice(surname[0].length));
}

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;

/**
 * The capitalised word ending one space before `start` ("Michael " → Michael), within
 * text[from, start): what /([A-Z][a-z]+)\s$/ finds at the end of that slice, read back
 * from `start` in place. The pattern was tried at each of the slice's forty positions,
 * for every Latin name of the text.
 */
function capitalisedWordBefore(text: string, from: number, start: number): string | undefined {
  const space = start - 1;
  if (space < from || !isSpaceCode(text.charCodeAt(space))) return undefined;
  let first = space; // of the run of a–z before the space
  while (first > from && isLower(text.charCodeAt(first - 1))) first--;
  const head = first - 1;
  if (first === space || head < from || !isUpper(text.charCodeAt(head))) return undefined;
  return text.slice(head, space);
}

// What may follow a company's everyday name that is also a word ("Visa", "Apple"):
// punctuation, a capital, a possessive, or a function word or verb of a sentence
// about the company. Anything else makes a compound ("Visa costs", "Apple pie").
const LATIN_FOLLOWER =
  /^(?:$|[^\sA-Za-z]|\s+(?:[A-Z0-9]|(?:and|or|but|nor|as|at|by|for|from|in|into|of|on|to|than|that|which|who|with|after|before|since|while|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|does|did|said|says|saw|sees|bought|buys|acquired|acquires|sold|paid|pays|hired|launched|opened|closed|filed|won|reported|reports|posted|posts|expects|expected|announced|announces|plans|planned|agreed|rose|fell|gained|lost|jumped|slipped|dropped|climbed|slid|surged|tumbled|rallied|added|beat|missed|raised|cut|also|itself|shares|stock|agree|agrees|declined|declines|does|runs|makes|sells|imports|exports|ships|delivers|delivered|recalled|recalls|owns|operates|offers|uses|needs|wants|faces|gets|takes|builds|controls|leads|holds|employs|competes|remains|continues|sees|hopes|aims|seeks|says|just|still|now|recently|itself|executives?|chief|officials?|spokes(?:person|man|woman)|engineers|employees|workers|staff|customers|suppliers|board|management|founder|boss|products|devices|chips|stores|plants?|factor(?:y|ies)|deal|unit|division|subsidiary)\b))/;
// A Chinese name that closes its clause right after another word is a predicate,
// not the company (订单理想，: "the orders are ideal"); after punctuation or a
// function character, or with more of its clause after it (指控苹果利用…), it names.
const ZH_LEFT_BOUNDARY = /(?:^|[^\u4e00-\u9fff]|[的和与及跟对由在从被将把让向于为是等如、])$/;
const ZH_CLAUSE_END = /^(?:$|[，,。；;！？!?、）)」”\s])/;

/**
 * For a name that is also an ordinary word, accepted because the text names the
 * company elsewhere: whether this occurrence still reads as the company.
 */
export function readsAsName(text: string, start: number, end: number, latin: boolean): boolean {
  if (latin) {
    if (/\bthe\s["“']?$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
    return LATIN_FOLLOWER.test(text.slice(end, end + 14));
  }
  return (
    ZH_LEFT_BOUNDARY.test(text.slice(Math.max(0, start - 1), start)) ||
    !ZH_CLAUSE_END.test(text.slice(end, end + 1))
  );
}

// A title before a short Chinese name, or an honorific after it, makes it a
// person (分析师李宁表示, 李宁先生): the company of that name is not meant.
const TITLE_BEFORE_ZH =
  /(?:分析师|分析師|市场人士|市場人士|业内人士|業內人士|经济学家|經濟學家|研究员|研究員|记者|記者|经理|經理|董事长|董事長|总裁|總裁|主席|教授|首席|总监|總監|行长|行長|局长|局長|部长|部長|主任|院长|院長|创始人|創始人|创办人|創辦人|掌门人|掌門人|负责人|負責人|发言人|發言人|策略师|策略師|董事|运动员|運動員|选手|選手|演员|演員|歌手)[\u4e00-\u9fff]?$/;
const HONORIFIC_AFTER_ZH = /^(?:先生|女士|博士|教授)/;

export function isPersonZh(text: string, start: number, end: number): boolean {
  return (
    TITLE_BEFORE_ZH.test(text.slice(Math.max(0, start - 4), start)) ||
    HONORIFIC_AFTER_ZH.test(text.slice(end, end + 2))
  );
}

// "in Huntington, West Virginia", "Southern Pines, N.C.": a town followed by its state.
const US_STATE_AFTER =
  /^,\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+(?:Hampshire|Jersey|Mexico|York)|North\s+(?:Carolina|Dakota)|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+(?:Carolina|Dakota)|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.)(?![A-Za-z])/;

/** A Latin name that is a town here: its state follows after a comma. */
export function isTownEn(text: string, end: number): boolean {
  return US_STATE_AFTER.test(text.slice(end, end + 24));
}

// "small modular reactor, or SMR", "small modular reactor (SMR)": the words it stands
// for, written just before it.
const SPELLED_OUT_BEFORE =
  /((?:[A-Za-z][\w-]*\s+){1,5}?[A-Za-z][\w-]*)(?:,\s+or|,?\s+\(|\s+or)\s*$/;

/**
 * An all-capitals word that the text has just spelled out ("a small modular reactor,
 * or SMR"): an abbreviation the story defines, whatever company trades under it.
 */
export function isSpelledOutBefore(text: string, start: number, word: string): boolean {
  const m = SPELLED_OUT_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return false;
  const words = m[1]!.split(/[\s-]+/);
  const initials = words
    .slice(-word.length)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials === word.toUpperCase();
}

// A place or river of the same name, written with "the": "the Amazon and South-east
// Asia". "The Amazon deal", "the Amazon-owned chain" and the company's own units stay it.
const PLACE_NAMESAKES_EN = new Set(['Amazon']);
const COMPANY_WORD_AFTER_EN =
  /^(?:['’]s?|\.com|-|\s+(?:Web|Prime|Marketplace|shares?|stock|deal|unit|Inc|founder|logo|warehouses?|stores?|sellers?|executives?|spokes\w+))/;
export function isPlaceNamesakeEn(text: string, start: number, end: number, name: string): boolean {
  return (
    PLACE_NAMESAKES_EN.has(name) &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) &&
    !COMPANY_WORD_AFTER_EN.test(text.slice(end, end + 16))
  );
}
