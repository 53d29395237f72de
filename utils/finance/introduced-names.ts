/**
 * Companies a page introduces itself, with a code the directory does not know: an old
 * page's delisted company ("Activision Blizzard (ATVI 0.34%)") or a small one ("Zeta
 * Widgets (NYSE: ZWX)"). The name written just before the code then counts wherever the
 * page repeats it, and so does its first word when that is no everyday word
 * ("Activision", never "American" or "General"). Latin names only: a Chinese name runs
 * into the words around it, and the directory carries the Chinese names.
 */

export interface IntroducedCode {
  start: number;
  end: number;
  value: string;
}

export interface IntroducedName {
  /** Where the name before the code starts: the first mention is name and code together. */
  nameStart: number;
  value: string;
  /** The page's other mentions of the name (or its first word). */
  mentions: { start: number; end: number }[];
}

// The capitalised words before the bracket, a corporate suffix left out of the name.
const NAME_BEFORE =
  /((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’-]*)(,?\s+(?:Inc|Corp|Corporation|Co|Ltd|plc|Group|Holdings|LLC|SA|AG|NV)\.?)?\s*[(（]\s*(?:[A-Za-z ]{2,16}\s*[:：]\s*)?$/;
const LEADING_WORD =
  /^(?:The|A|An|And|But|Shares|Stock|Rival|Peer|Both|While|As|At|In|On|For|With|Yesterday|Today|Meanwhile|Elsewhere|Also)\s+/;
// First words that are everyday words or name many companies: never a short name alone.
const GENERIC_FIRST = new Set(
  (
    'American National General United First International Global China Chinese New Great ' +
    'Royal Western Eastern Northern Southern Pacific Atlantic Capital Digital Energy Bank ' +
    'Financial Health Medical Real Blue Green Red Black White Golden Silver Super Smart Data ' +
    'Applied Advanced Alpha Premier Standard Universal Federal Central Public Trans Inter ' +
    'Canadian British European Asian India Japan Japanese Korea Korean Texas California ' +
    'Florida Western Southwest Northwest Northeast Southeast Mid Midwest Community Home Life ' +
    'Mobile Network Systems Solutions Technologies Technology Industries Holdings Group ' +
    'Resources Brands Foods Motors Airlines Pharmaceuticals Therapeutics Entertainment Media'
  ).split(' '),
);
const WORD_CHAR = /[A-Za-z0-9&]/;

function mentionsOf(text: string, word: string, from: number, skip: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (at === skip) continue;
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[at + word.length] ?? '')) {
      continue;
    }
    found.push(at);
  }
  return found;
}

/** The names the page gives to codes the directory lacks, and their other mentions. */
export function introducedNames(text: string, codes: readonly IntroducedCode[]): IntroducedName[] {
  const out: IntroducedName[] = [];
  for (const code of codes) {
    const before = text.slice(Math.max(0, code.start - 90), code.start);
    const m = NAME_BEFORE.exec(before);
    if (!m) continue;
    let name = m[1]!;
    let nameStart = code.start - before.length + m.index;
    const lead = LEADING_WORD.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      nameStart += lead[0].length;
    }
    // A bare symbol or an initialism is no name to look for ("(NYSE: ZWX)" alone).
    if (name.length < 4 || /^[A-Z]+$/.test(name)) continue;
    const mentions = mentionsOf(text, name, 0, nameStart).map((start) => ({
      start,
      end: start + name.length,
    }));
    const words = name.split(/\s+/);
    const first = words[0]!;
    if (words.length > 1 && first.length >= 5 && !GENERIC_FIRST.has(first)) {
      for (const start of mentionsOf(text, first, 0, nameStart)) {
        // (the full name's own mentions are already there)
        if (mentions.some((x) => x.start === start)) continue;
        mentions.push({ start, end: start + first.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    out.push({ nameStart, value: code.value, mentions });
  }
  return out;
}
