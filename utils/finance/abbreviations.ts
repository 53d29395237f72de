/**
 * Whether the full stop at `dot` ends a sentence. After these it ends an abbreviation
 * instead ("a scheduled Dec. 15 tariff", "Amazon.com Inc. said"), and so does one after
 * a single capital ("strong U.S. demand"). Shared by every reader of sentences in the
 * engine (policy dates, indicators, company evidence) so they agree on where one ends.
 */
export const ABBREVIATION_BEFORE =
  /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|vs|Inc|Corp|Co|Ltd|Jr|Sr|Gov|Sen|Rep)|\b[A-Z])$/;

// "at 12:01 a.m. on Jan. 1": a time's full stop ends a sentence only before a capital.
const CLOCK_BEFORE = /\b[ap]\.m$/i;
const CAPITAL_AFTER = /^\s*["“‘(]?[A-Z]/;
// ("at 2 p.m. Eastern time on Wednesday", "at 9:30 a.m. ET": the time's zone goes on;
// so does "2 p.m. Eastern on Wednesday", a zone without "time" before a lower-case word)
const ZONE_AFTER =
  /^\s*(?:(?:Eastern|Central|Mountain|Pacific)(?=\s+[a-z]|[,;)])|(?:Eastern|Central|Mountain|Pacific|Beijing|Hong Kong|Tokyo|London|New York|Washington|Frankfurt|Singapore|Sydney|local)\s+(?:time|Time)\b|(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|CET|CEST|UTC|HKT|JST|SGT|AEST|AEDT)\b)/;

export function fullStopEndsSentence(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 5), dot);
  if (CLOCK_BEFORE.test(before)) {
    const after = text.slice(dot + 1, dot + 24);
    return CAPITAL_AFTER.test(after) && !ZONE_AFTER.test(after);
  }
  return !ABBREVIATION_BEFORE.test(before);
}
