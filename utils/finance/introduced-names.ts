/**
 * Companies a page introduces itself, with a code the directory does not know: an old
 * page's delisted company ("Activision Blizzard (ATVI 0.34%)") or a small one ("Zeta
 * Widgets (NYSE: ZWX)"). The name written just before the code then counts wherever the
 * page repeats it, and so does its first word when that is no everyday word
 * ("Activision", never "American" or "General"). Latin names only: a Chinese name runs
 * into the words around it, and the directory carries the Chinese names.
 */

import { Automaton } from './aho-corasick';

export interface IntroducedCode {
  start: number;
  end: number;
  value: string;
  /** Where the mention's name starts, when the caller knows it (a directory name). */
  nameFrom?: number;
}

export interface IntroducedNames {
  /** Per code (by its index in the list given), where its name starts, if it has one. */
  nameStarts: (number | undefined)[];
  /** The page's other mentions of the names (or their first words), with the code's value. */
  mentions: { start: number; end: number; value: string }[];
}

/** Distinct names looked for at most. */
const MAX_NAMES = 24;

// The capitalised words before the bracket, a corporate suffix left out of the name.
const NAME_BEFORE =
  /((?:(?:[A-Z]\.|[A-Z](?:[\w&'’-]|\.(?=[A-Za-z]))*)[ \t]+){0,3}[A-Z][\w&'’-]*)(,?\s+(?:Inc|Corp|Corporation|Cos|Co|Companies|Ltd|plc|Group|Holdings|LLC|SA|AG|NV)\.?)?\s*[(（]\s*(?:[A-Za-z ]{2,16}\s*[:：]\s*)?$/;
// A legal form the name's own words took in ("Acme Widgets Inc (ACMW)"): the page writes
// the name without it later ("Acme Widgets said"). Group and Holdings stay: they are
// the name's own words as often as not ("CME Group").
const LEGAL_FORM_END = /\s+(?:Inc|Corp|Corporation|Cos|Co|Companies|Ltd|plc|LLC|SA|AG|NV)$/;
const LEADING_WORD =
  /^(?:The|A|An|And|But|Shares|Stock|Rival|Peer|Both|While|As|At|In|On|For|With|Yesterday|Today|Meanwhile|Elsewhere|Also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s+/;
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

/** A name's first word, when the name has more and it is no everyday word ("Activision"). */
function shortFirstWord(name: string): string | null {
  const words = name.split(/\s+/);
  const first = words[0]!;
  return words.length > 1 && first.length >= 5 && !GENERIC_FIRST.has(first) ? first : null;
}

/**
 * Where each word occurs as a whole word, in one pass over the text for all of them
 * (a pass per name grew with the names a quote-heavy page introduces). Occurrences of
 * one word do not overlap, as a left-to-right search finds them.
 */
function wholeWordsAt(text: string, words: readonly string[]): Map<string, number[]> {
  const unique = [...new Set(words)];
  const automaton = new Automaton(unique.map((pattern, i) => ({ pattern, data: i })));
  const found = unique.map((): number[] => []);
  const reach = unique.map(() => 0);
  for (const { start, end, data } of automaton.searchAll(text)) {
    if (start < reach[data]!) continue;
    reach[data] = end;
    if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
    found[data]!.push(start);
  }
  return new Map(unique.map((word, i) => [word, found[i]!]));
}

/**
 * The names the page gives to codes the directory lacks, and their other mentions. A
 * name written many times with its code is looked for once: a page of quotes repeats
 * its codes, and a pass over the text per code would grow with the square of the page.
 */
export function introducedNames(text: string, codes: readonly IntroducedCode[]): IntroducedNames {
  const nameStarts: (number | undefined)[] = [];
  const byName = new Map<string, { value: string; starts: Set<number> }>();
  for (const code of codes) {
    const before = text.slice(code.nameFrom ?? Math.max(0, code.start - 90), code.start);
    const found = NAME_BEFORE.exec(before);
    // (a name known to start at nameFrom is that whole name or none: "Bank of America")
    const m = found && (code.nameFrom === undefined || found.index === 0) ? found : null;
    let name = m?.[1];
    let nameStart = m ? code.start - before.length + m.index : -1;
    const lead = name ? LEADING_WORD.exec(name) : null;
    if (name && lead) {
      name = name.slice(lead[0].length);
      nameStart += lead[0].length;
    }
    const legal = name ? LEGAL_FORM_END.exec(name) : null;
    if (name && legal) name = name.slice(0, legal.index);
    // A bare symbol or an initialism is no name to look for ("(NYSE: ZWX)" alone).
    // (but "DHT Holdings (DHT)": an initialism with its corporate suffix is the name)
    if (
      !name ||
      name.length < 3 ||
      ((name.length < 4 || /^[A-Z]+$/.test(name)) && !m?.[2] && !legal)
    ) {
      nameStarts.push(undefined);
      continue;
    }
    nameStarts.push(nameStart);
    const known = byName.get(name);
    if (known) known.starts.add(nameStart);
    else if (byName.size < MAX_NAMES)
      byName.set(name, { value: code.value, starts: new Set([nameStart]) });
  }
  const mentions: IntroducedNames['mentions'] = [];
  const names = [...byName];
  // A name's first word counts alone when it is no everyday word ("Activision").
  const firsts = names.map(([name]) => shortFirstWord(name));
  const at = wholeWordsAt(text, [
    ...names.map(([name]) => name),
    ...firsts.filter((first) => first !== null),
  ]);
  names.forEach(([name, { value, starts }], i) => {
    const full = at.get(name)!.filter((start) => !starts.has(start));
    for (const start of full) mentions.push({ start, end: start + name.length, value });
    const first = firsts[i];
    if (!first) return;
    const taken = new Set([...starts, ...full]);
    for (const start of at.get(first)!) {
      if (!taken.has(start)) mentions.push({ start, end: start + first.length, value });
    }
  });
  // At one start the longer name first: "Zeta Widgets Global" is not "Zeta Widgets".
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { nameStarts, mentions };
}

/** A directory name the page wrote in full, before it writes the company shorter. */
export interface NamedInFull {
  start: number;
  end: number;
  value: string;
}

/**
 * "Constellation Energy … Constellation has argued": a company the page named in full is
 * then written by its first word, when that is no everyday word and no other company the
 * page names in full starts with it (Dollar General and Dollar Tree). Only after the
 * full name: before it, the word has nothing to settle which company it is.
 */
export function firstWordMentions(
  text: string,
  named: readonly NamedInFull[],
): IntroducedNames['mentions'] {
  const byFirst = new Map<string, { value: string; from: number; taken: Set<number> } | null>();
  for (const n of named) {
    const first = shortFirstWord(text.slice(n.start, n.end));
    if (!first || !/^[A-Z][a-z]+$/.test(first)) continue;
    const known = byFirst.get(first);
    if (known === null) continue;
    if (known && known.value !== n.value) {
      byFirst.set(first, null);
      continue;
    }
    if (known) known.taken.add(n.start);
    else if (byFirst.size < MAX_NAMES) {
      byFirst.set(first, { value: n.value, from: n.start, taken: new Set([n.start]) });
    }
  }
  const firsts = [...byFirst].filter(
    (e): e is [string, { value: string; from: number; taken: Set<number> }] => e[1] !== null,
  );
  if (!firsts.length) return [];
  const at = wholeWordsAt(
    text,
    firsts.map(([first]) => first),
  );
  const mentions: IntroducedNames['mentions'] = [];
  for (const [first, { value, from, taken }] of firsts) {
    for (const start of at.get(first)!) {
      if (start > from && !taken.has(start))
        mentions.push({ start, end: start + first.length, value });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
