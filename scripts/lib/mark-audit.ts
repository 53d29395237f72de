import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { Converter as ToSimplified } from 'opencc-js/t2cn';
import type { AnalyzedPage } from './analyze-files';

/**
 * The pure parts of `npm run audit:marks` (scripts/mark-audit.ts): which company
 * marks a page has, the sentence each sits in, the language group of its page, how
 * marks meet the hand judgements in tests/fixtures/corpus/company-marks.judged.json,
 * and the precision table. The CLI only reads pages and prints.
 */

// The groups scripts/eval.ts prints figures for. "en" stands for every page that is
// not Chinese, as in eval.ts: the corpus's few French, Spanish, German and Japanese
// pages are read by the engine's non-Chinese paths too.
export const LANG_GROUPS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type LangGroup = (typeof LANG_GROUPS)[number];

export const WRONG_CLASSES = [
  'inside-word',
  'person',
  'place',
  'venue',
  'namesake',
  'product',
  'common-word',
  'wrong-listing',
  'outside-article',
  'other',
] as const;
export type WrongClass = (typeof WRONG_CLASSES)[number];

/** What identifies a mark across runs: no offsets, so edits elsewhere on the page keep it. */
export interface MarkKey {
  /** Path under the corpus folder, with forward slashes. */
  file: string;
  value: string;
  text: string;
  /** The sentence around the mark, the mark shown as 【text】. */
  context: string;
}

export interface CompanyMark extends MarkKey {
  lang: LangGroup;
}

export interface Judgement extends MarkKey {
  verdict: 'right' | 'wrong';
  class?: WrongClass;
  note?: string;
}

// ---------------------------------------------------------------------------------
// Language group

const HAN = /\p{Script=Han}/u;
const KANA = /[\u3040-\u30ff]/;
const LETTER = /\p{L}/u;

/** Share of Han characters among the letters of a text (0 when it has no letters). */
function hanShare(text: string): number {
  let letters = 0;
  let han = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (HAN.test(ch)) han++;
  }
  return letters === 0 ? 0 : han / letters;
}

// Converted one character at a time: a character that changes going to Simplified
// exists only in Traditional writing (國, 發), and the other way round (国, 发).
// Characters both scripts share (台, 面, 著) change in neither and count for none.
const toSimplified = ToSimplified({ from: 'hk', to: 'cn' });
const toTraditional = ToTraditional({ from: 'cn', to: 'hk' });
const scriptOf = new Map<string, 'hant' | 'hans' | 'both'>();

function charScript(ch: string): 'hant' | 'hans' | 'both' {
  let script = scriptOf.get(ch);
  if (!script) {
    if (toSimplified(ch) !== ch) script = 'hant';
    else if (toTraditional(ch) !== ch) script = 'hans';
    else script = 'both';
    scriptOf.set(ch, script);
  }
  return script;
}

/** How many characters of the text exist only in Traditional, and only in Simplified. */
export function scriptCounts(text: string): { traditional: number; simplified: number } {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    const script = charScript(ch);
    if (script === 'hant') traditional++;
    else if (script === 'hans') simplified++;
  }
  return { traditional, simplified };
}

// Fewer script-only characters than this and the text cannot tell: the page's lang decides.
const MIN_SCRIPT_EVIDENCE = 3;

/**
 * `zh-Hans`, `zh-Hant` or `en` for a page. Chinese when the page says so or when its
 * text is mostly Han without kana (Chinese sites often declare `lang="en"`); then
 * Traditional only when the text has clearly more Traditional-only characters than
 * Simplified-only ones (twice as many): a few 后/干/里 that Traditional text also
 * writes must not flip a Traditional page, and a zh-TW label on a Simplified text
 * (reposted wire copy) must not either.
 */
export function langGroup(pageLang: string | null, text: string): LangGroup {
  const declaredZh = /^zh\b/i.test(pageLang ?? '');
  const looksZh = !KANA.test(text) && hanShare(text) >= 0.5;
  if (!declaredZh && !looksZh) return 'en';
  const { traditional, simplified } = scriptCounts(text);
  if (traditional + simplified < MIN_SCRIPT_EVIDENCE) {
    return /^zh-(hant|tw|hk|mo)\b/i.test(pageLang ?? '') ? 'zh-Hant' : 'zh-Hans';
  }
  return traditional >= 2 * simplified ? 'zh-Hant' : 'zh-Hans';
}

// ---------------------------------------------------------------------------------
// Context

/** How far the context reaches on either side when no sentence ends nearer. */
export const CONTEXT_REACH = 80;

const CJK_END = /[。！？]/;
const LATIN_END = /[.!?]/;
const CLOSING = /[”’」』）)"'》]/;
const SPACE = /\s/;
// "Apple Inc. said", "the U.S. market", "J. P. Morgan": a full stop that ends a word
// like these does not end the sentence.
const ABBREVIATION = /(?:\b(?:Inc|Corp|Co|Ltd|Plc|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Nos|[A-Z]))$/;
const DOTTED = /(?:\b(?:[A-Za-z]\.)+[A-Za-z])$/;

/**
 * If a sentence ends at character `i`, the index where the next one starts (after any
 * closing quotes); otherwise null. Newlines end sentences too: headlines, captions and
 * list items carry no full stop.
 */
function sentenceBreakAt(text: string, i: number): number | null {
  const ch = text[i] ?? '';
  if (ch === '\n') return i + 1;
  const cjk = CJK_END.test(ch);
  if (!cjk && !LATIN_END.test(ch)) return null;
  let next = i + 1;
  while (next < text.length && CLOSING.test(text[next] ?? '')) next++;
  if (cjk) return next;
  // Latin stops end a sentence only before white space (not 3.5%, not example.com).
  if (next < text.length && !SPACE.test(text[next] ?? '')) return null;
  const before = text.slice(Math.max(0, i - 12), i);
  if (ch === '.' && (ABBREVIATION.test(before) || DOTTED.test(before))) return null;
  return next;
}

/** Where the sentence holding `start` begins, or null when no break is within reach. */
function sentenceStart(text: string, start: number): number | null {
  const limit = Math.max(0, start - CONTEXT_REACH);
  for (let i = start - 1; i >= limit; i--) {
    const next = sentenceBreakAt(text, i);
    if (next !== null && next <= start) return next;
  }
  // The text's own start is a sentence start.
  return limit === 0 ? 0 : null;
}

/** Where the sentence holding `end` stops, or null when no break is within reach. */
function sentenceEnd(text: string, end: number): number | null {
  const limit = Math.min(text.length, end + CONTEXT_REACH);
  for (let i = end; i < limit; i++) {
    const next = sentenceBreakAt(text, i);
    if (next !== null) return next;
  }
  return limit === text.length ? text.length : null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The sentence around text[start, end) with the mark shown as 【…】; a side with no
 * sentence end within CONTEXT_REACH characters is cut there and shows "…". White
 * space is folded to single spaces so a context is one line and survives reflowing.
 */
export function contextOf(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  const left = text.slice(from ?? start - CONTEXT_REACH, start);
  const right = text.slice(end, to ?? end + CONTEXT_REACH);
  return (
    `${from === null ? '…' : ''}${squash(left).trimStart()}` +
    `【${squash(text.slice(start, end))}】` +
    `${squash(right).trimEnd()}${to === null ? '…' : ''}`
  );
}

// ---------------------------------------------------------------------------------
// Marks of a page

interface TickerEntity {
  value: string;
  text: string;
  start: number;
  end: number;
}

/** The company marks among a page's entities (analyze prints them as plain objects). */
function isTicker(
  entity: Record<string, unknown>,
): entity is Record<string, unknown> & TickerEntity {
  return (
    entity.kind === 'ticker' &&
    typeof entity.value === 'string' &&
    typeof entity.text === 'string' &&
    typeof entity.start === 'number' &&
    typeof entity.end === 'number'
  );
}

/** Every company mark of an analysed article page; none for a page not taken as an article. */
export function marksOfPage(page: AnalyzedPage, file: string): CompanyMark[] {
  if (!page.isArticle) return [];
  const text = page.text ?? '';
  const lang = langGroup(page.lang, text);
  return page.entities.filter(isTicker).map((e) => ({
    file,
    lang,
    value: e.value,
    text: e.text,
    context: contextOf(text, e.start, e.end),
  }));
}

// ---------------------------------------------------------------------------------
// Pages on disk

const PAGE_NAME = /\.(?:html?|xhtml)(?:\.gz)?$/i;
// Label files travel next to pages in some data sets (expected.html, ground-truth
// dumps): they are answers, not pages a reader visits.
const LABEL_NAME = /^(?:expected|ground-?truth|annotat)/i;

/** Every saved page under `dir`, recursively, as sorted paths that start with `dir`. */
export function findPages(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findPages(path));
    else if (PAGE_NAME.test(entry.name) && !LABEL_NAME.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** A path as it is written in the judgements: relative to the corpus, forward slashes. */
export function corpusRelative(corpusDir: string, path: string): string {
  return relative(corpusDir, path).split(sep).join('/');
}

// ---------------------------------------------------------------------------------
// Judgements

export function keyOf(mark: MarkKey): string {
  return JSON.stringify([mark.file, mark.value, mark.text, mark.context]);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isWrongClass = (v: unknown): v is WrongClass =>
  typeof v === 'string' && (WRONG_CLASSES as readonly string[]).includes(v);

/** Why an entry of the judgements file cannot be used, or null when it can. */
function judgementProblem(entry: unknown): string | null {
  if (!isRecord(entry)) return 'not an object';
  for (const field of ['file', 'value', 'text', 'context'] as const) {
    if (typeof entry[field] !== 'string') return `${field} is not a string`;
  }
  if (entry.verdict !== 'right' && entry.verdict !== 'wrong') return 'verdict is not right/wrong';
  if (entry.verdict === 'wrong' && !isWrongClass(entry.class))
    return `unknown class ${entry.class}`;
  if (entry.note !== undefined && typeof entry.note !== 'string') return 'note is not a string';
  return null;
}

/**
 * The usable judgements of a parsed judgements file, and a line per unusable entry
 * (shown by the report, not fatal: a report should still print with one typo in it).
 */
export function readJudgements(raw: unknown): { judgements: Judgement[]; problems: string[] } {
  if (!Array.isArray(raw)) return { judgements: [], problems: ['the file is not an array'] };
  const judgements: Judgement[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    // Two verdicts for one key would make the figures depend on the file's order.
    const problem =
      judgementProblem(entry) ?? (seen.has(keyOf(entry as Judgement)) ? 'duplicate key' : null);
    if (problem) {
      problems.push(`entry ${i}: ${problem}`);
      return;
    }
    seen.add(keyOf(entry as Judgement));
    judgements.push(entry as Judgement);
  });
  return { judgements, problems };
}

export interface Matched {
  /** Each mark with its verdict; a key that occurs N times is N marks with one verdict. */
  judged: { mark: CompanyMark; judgement: Judgement }[];
  unjudged: CompanyMark[];
  /** Judgements whose key no mark has any more (the engine or the page changed). */
  stale: Judgement[];
}

export function matchJudgements(
  marks: readonly CompanyMark[],
  judgements: readonly Judgement[],
): Matched {
  const byKey = new Map(judgements.map((j) => [keyOf(j), j]));
  const used = new Set<string>();
  const result: Matched = { judged: [], unjudged: [], stale: [] };
  for (const mark of marks) {
    const key = keyOf(mark);
    const judgement = byKey.get(key);
    if (!judgement) {
      result.unjudged.push(mark);
      continue;
    }
    used.add(key);
    result.judged.push({ mark, judgement });
  }
  result.stale = judgements.filter((j) => !used.has(keyOf(j)));
  return result;
}

/** The distinct keys of some marks, in first-seen order: what `--unjudged` prints. */
export function distinctKeys(marks: readonly CompanyMark[]): MarkKey[] {
  const seen = new Map<string, MarkKey>();
  for (const { file, value, text, context } of marks) {
    const key = keyOf({ file, value, text, context });
    if (!seen.has(key)) seen.set(key, { file, value, text, context });
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------
// Figures

export interface Tally {
  marks: number;
  judged: number;
  right: number;
  wrong: number;
  byClass: Partial<Record<WrongClass, number>>;
}

const emptyTally = (): Tally => ({ marks: 0, judged: 0, right: 0, wrong: 0, byClass: {} });

export type TallyGroup = LangGroup | 'all';

/** Figures per language group and for all marks together. */
export function tallyByLang(matched: Matched): Map<TallyGroup, Tally> {
  const tallies = new Map<TallyGroup, Tally>(
    [...LANG_GROUPS, 'all' as const].map((g) => [g, emptyTally()]),
  );
  const bump = (lang: LangGroup, change: (t: Tally) => void) => {
    change(tallies.get(lang)!);
    change(tallies.get('all')!);
  };
  for (const mark of matched.unjudged) bump(mark.lang, (t) => t.marks++);
  for (const { mark, judgement } of matched.judged) {
    bump(mark.lang, (t) => {
      t.marks++;
      t.judged++;
      if (judgement.verdict === 'right') {
        t.right++;
        return;
      }
      t.wrong++;
      const cls = judgement.class ?? 'other';
      t.byClass[cls] = (t.byClass[cls] ?? 0) + 1;
    });
  }
  return tallies;
}

/** right / judged; null when nothing is judged (no figure rather than a made-up 0 or 1). */
export function precisionOf(tally: Tally): number | null {
  return tally.judged === 0 ? null : tally.right / tally.judged;
}

const GROUPS: readonly TallyGroup[] = [...LANG_GROUPS, 'all'];

/** The report's table: one row per language group, then the wrong marks per class. */
export function formatTable(tallies: ReadonlyMap<TallyGroup, Tally>): string[] {
  const row = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(16) : String(c).padStart(10))).join('');
  const lines = [row(['lang', 'marks', 'judged', 'right', 'wrong', 'precision'])];
  for (const group of GROUPS) {
    const t = tallies.get(group)!;
    const p = precisionOf(t);
    lines.push(row([group, t.marks, t.judged, t.right, t.wrong, p === null ? '-' : p.toFixed(3)]));
  }
  lines.push('', row(['wrong by class', ...GROUPS]));
  for (const cls of WRONG_CLASSES) {
    const counts = GROUPS.map((g) => tallies.get(g)!.byClass[cls] ?? 0);
    if (counts.some((n) => n > 0)) lines.push(row([cls, ...counts]));
  }
  return lines;
}
