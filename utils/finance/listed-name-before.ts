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
const JOINING_WORD = /^(?:of|the|and|&|de|del|la|do|da|des|du|y|e|für|van|von)$/;
const MAX_NAME_WORDS = 6;
const NOT_A_COMPANY_END =
  /^(?:Index|Composite|Average|Gauge|Benchmark|Fund|ETF|Trust|Futures|Coin|Token|Exchange-Traded)$/;
const SENTENCE_OPENER =
  /^(?:The|A|An|But|And|Or|While|Whereas|Meanwhile|Also|Then|So|Yet|Shares|Peers?|Rivals?|Its|His|Her|Their|Our|In|On|At|For|As|After|Before|When|With|Of|By|From|Both|Even|Only|Like|Unlike)$/;

// Listing talk in the sentence: a stock's move, its shares, its trading or listing.
const LISTING_TALK =
  /\b(?:shares?|stocks?|ADRs?|ADSs?|depositary|receipts|listed|listing|trades?|traded|trading|rose|fell|gained|lost|climbed|dropped|slipped|jumped|slumped|surged|tumbled|advanced|declined|added|shed|edged)\b/;

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
  const capitals = name.filter((w) => NAME_WORD.test(w.word)).reverse();
  if (
    isInitialism(
      code,
      capitals.map((w) => w.word),
    )
  )
    return null;
  return name[name.length - 1]!.start;
}

/**
 * Capitals that abbreviate the name: every word's initial in order, with at most one
 * letter more (FINRA for Financial Industry Regulatory Authority). One word abbreviates
 * nothing; a symbol usually spells more of it (ITUB for Itau Unibanco).
 */
export function isInitialism(code: string, words: readonly string[]): boolean {
  const initials = words.map((w) => w[0]!).join('');
  if (words.length < 2) return code === initials;
  let at = 0;
  for (const c of code) if (at < initials.length && c === initials[at]!.toUpperCase()) at++;
  return at === initials.length && code.length - initials.length <= 1;
}
