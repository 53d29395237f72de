/**
 * A test of a whole text that many matches of one pass ask again (is this a page on
 * Taiwan's market?): answered once per text, the last text remembered.
 */
export function wholeTextTest(re: RegExp): (text: string) => boolean {
  let last: { text: string; found: boolean } | null = null;
  return (text) => {
    if (last?.text !== text) last = { text, found: re.test(text) };
    return last.found;
  };
}
