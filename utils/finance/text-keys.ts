/**
 * Whether a text holds a literal key (周, NASDAQ, .HK, 《): the grammars skip a pass
 * over the text when its key is absent, and an absent key cost a search of the whole
 * text each time one was asked (some thirty per page). One pass notes which code units
 * a long text uses; a key with a character the text lacks is then answered at once,
 * and only a key whose every character occurs is searched for.
 *
 * The census of the last long text is kept, since one recognition asks about one text
 * from every grammar. Short texts (a sentence window, a short page) are searched
 * directly: their census would cost more than their searches.
 */
const CENSUS_FROM = 4096;

let censusText: string | null = null;
/** One bit per UTF-16 code unit the text uses. */
const used = new Uint32Array(2048);

function takeCensus(text: string): void {
  used.fill(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    used[c >>> 5]! |= 1 << (c & 31);
  }
  censusText = text;
}

export function textHolds(text: string, key: string): boolean {
  if (text.length < CENSUS_FROM) return text.includes(key);
  if (text !== censusText) takeCensus(text);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((used[c >>> 5]! >>> (c & 31)) & 1)) return false;
  }
  return text.includes(key);
}
