/**
 * Each match of a global `re` in `text` whose previous character is not in
 * `notAfter`: the cheap form of a lookbehind, which V8 tries at every position of
 * the text when it starts a pattern. After a rejected match the search resumes one
 * character later, so a later start inside it may still match. Shared by the
 * ticker and date grammars.
 */
export function eachMatch(
  text: string,
  re: RegExp,
  notAfter: RegExp | null,
  found: (m: RegExpExecArray) => void,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex++; // an empty match would hold the search in place
      continue;
    }
    if (notAfter?.test(text[m.index - 1] ?? '')) {
      re.lastIndex = m.index + 1;
      continue;
    }
    found(m);
  }
}
