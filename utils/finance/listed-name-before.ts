/**
 * "Femsa (FMX) and Grupo Aeroportuario del Sureste (ASR) also trade in New York",
 * "Itau Unibanco (ITUB) slipped 0.7%": a company FinMark's lists lack, named with its
 * New York symbol in brackets and no legal form. Capitals in brackets after a name are
 * as often the name's abbreviation ("the American Petroleum Institute (API)"), so the
 * name counts only when the capitals cannot be its initials and the sentence speaks of
 * shares or their trading.
 */

// A word of the name: capitalised, or one of the short joining words names carry
// (Grupo Aeroportuario del Sureste, Bank of the Ozarks, Procter & Gamble).
const NAME_WORD = /^[A-Z][\w'’.-]*$/;
const JOINING_WORD = /^(?:of|the|for|on|&|de|del|la|do|da|des|du|y|e|für|van|von)$/;
const MAX_NAME_WORDS = 6;
const NOT_A_COMPANY_END =
  /^(?:Index|Composite|Average|Gauge|Benchmark|Fund|ETF|Trust|Futures|Coin|Token|Exchange-Traded)$/;
const SENTENCE_OPENER =
  /^(?:The|A|An|But|And|Or|While|Whereas|Meanwhile|Also|Then|So|Yet|Shares|Peers?|Rivals?|Its|His|Her|Their|Our|In|On|At|For|As|After|Before|When|With|Of|By|From|Both|Even|Only|Like|Unlike)$/;

// Listing talk in the sentence: a stock's move, its shares, its trading or listing.
const LISTING_TALK =
  /\b(?:shares?|stocks?|ADRs?|ADSs?|depositary|receipts|listed|listing|trades?|traded|trading|rose|fell|gained|lost|climbed|dropped|slipped|jumped|slumped|surged|tumbled|advanced|declined|added|shed|edged)\b/;

const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/**
 * Where the company's name starts, when the capitals bracketed at `open` are its
 * symbol; null when there is no such name or the capitals read as its initials.
 */
export function listedNameBefore(
  text: string,
  open: number,
  code: string,
  sentence: string,
): number | null {
  if (!LISTING_TALK.test(sentence)) return null;
  // The words just before the bracket, read backwards (no regex over the text).
  const words: { word: string; start: number }[] = [];
  let end = open;
  while (end > 0 && text[end - 1] === ' ') end--;
  while (words.length < MAX_NAME_WORDS + 3 && end > 0) {
    let start = end;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    const word = text.slice(start, end);
    if (!word) break;
    words.push({ word, start });
    if (start === 0 || text[start - 1] !== ' ') break;
    end = start - 1;
  }
  // The name: capitalised words, joined by short lower-case ones, right before the bracket.
  const name: { word: string; start: number }[] = [];
  for (const w of words) {
    if (NAME_WORD.test(w.word) && !/[.,;:]$/.test(w.word)) name.push(w);
    else if (JOINING_WORD.test(w.word) && name.length) name.push(w);
    else break;
    if (name.length >= MAX_NAME_WORDS) break;
  }
  // A name that opens its sentence may have taken the sentence's first word ("But
  // Femsa (FMX) …"): that word is no part of the company's name.
  while (
    name.length &&
    (JOINING_WORD.test(name[name.length - 1]!.word) ||
      SENTENCE_OPENER.test(name[name.length - 1]!.word))
  ) {
    name.pop();
  }
  if (!name.length) return null;
  // An index, a fund or a benchmark named with its symbol is no company: "the Nasdaq
  // Composite (COMP)", "the Vanguard Total Bond Market Index Fund (BND)".
  if (NOT_A_COMPANY_END.test(name[0]!.word)) return null;
  // (a dateline's city in capitals, "WASHINGTON (AP) —", is no company's name)
  if (!name.some((w) => /[a-z]/.test(w.word))) return null;
  if (abbreviates(code, name.map((w) => w.word).reverse())) return null;
  // "… Co-operation and Development (OECD)": the name read on past "and" may be a longer
  // one the capitals abbreviate ("Telefonica and America Movil (AMX)" is two names)
  const past = words.slice(name.length);
  if (past[0]?.word === 'and' && past[1] && NAME_WORD.test(past[1].word)) {
    const longer = [...name, ...past.slice(0, MAX_NAME_WORDS)].map((w) => w.word);
    const upTo = longer.findIndex(
      (w, k) => k > name.length && !NAME_WORD.test(w) && !JOINING_WORD.test(w) && w !== 'and',
    );
    if (abbreviates(code, (upTo < 0 ? longer : longer.slice(0, upTo)).reverse())) return null;
  }
  return name[name.length - 1]!.start;
}

// Words that make a name an organisation's, never a listed company's: its capitals in
// brackets are its abbreviation (the Financial Industry Regulatory Authority (FINRA)).
const ORGANISATION_WORD =
  /^(?:Authority|Agency|Association|Administration|Institute|Commission|Committee|Council|Board|Bureau|Department|Office|Organi[sz]ation|Federation|Fund|Reserve|Union|Service|Survey|Program|Programme|Act|Court|Ministry|Party|Forum|Society|University|Center|Centre|Foundation|Agreement|Initiative|System|Facility|Conference|Institution|Coalition|Alliance|Corporation)$/;

/** Whether the capitals abbreviate the words, read with or without their joining words. */
function abbreviates(code: string, written: readonly string[]): boolean {
  const capitals = written.filter((w) => NAME_WORD.test(w) && !SENTENCE_OPENER.test(w));
  return isInitialism(code, capitals) || isInitialism(code, written.map(capitalise));
}

/**
 * Capitals that abbreviate the name: an organisation's name, or the initials of three or
 * more words exactly (West Texas Intermediate, WTI; with its joining words too, as in the
 * People's Bank of China, PBOC). A symbol usually spells more of the
 * name than its initials (ITUB for Itau Unibanco, GFI for Gold Fields, AMX for America
 * Movil).
 */
export function isInitialism(code: string, words: readonly string[]): boolean {
  if (words.some((w) => ORGANISATION_WORD.test(w))) return true;
  const initials = words.map((w) => w[0]!).join('');
  return words.length >= 3 && code === initials.toUpperCase();
}
