import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalyzedPage } from '../../scripts/lib/analyze-files';
import {
  CONTEXT_REACH,
  contextOf,
  corpusRelative,
  distinctKeys,
  findPages,
  formatTable,
  keyOf,
  langGroup,
  marksOfPage,
  matchJudgements,
  precisionOf,
  readJudgements,
  scriptCounts,
  tallyByLang,
  type CompanyMark,
  type Judgement,
} from '../../scripts/lib/mark-audit';

const mark = (over: Partial<CompanyMark> = {}): CompanyMark => ({
  file: 'a/page.html',
  lang: 'en',
  value: 'AAPL',
  text: 'Apple',
  context: '【Apple】 rose.',
  ...over,
});

const judged = (m: CompanyMark, over: Partial<Judgement> = {}): Judgement => ({
  file: m.file,
  value: m.value,
  text: m.text,
  context: m.context,
  verdict: 'right',
  ...over,
});

/** Marks the text's first occurrence of `name` and returns its context. */
const contextAt = (text: string, name: string) => {
  const start = text.indexOf(name);
  return contextOf(text, start, start + name.length);
};

describe('contextOf', () => {
  it('gives the Chinese sentence around the mark, with the mark in 【】', () => {
    const text = '大盘低开。两天之后，华能国际发布公告表示电价上调。其他公司未回应。';
    expect(contextAt(text, '华能国际')).toBe('两天之后，【华能国际】发布公告表示电价上调。');
  });

  it('keeps a closing quote with its sentence', () => {
    const text = '他说：“龙湖没有故事。”随后离场。';
    expect(contextAt(text, '龙湖')).toBe('他说：“【龙湖】没有故事。”');
  });

  it('does not end English sentences at Inc. or U.S. or a decimal point', () => {
    const text =
      'Markets fell. Shares of Apple Inc. rose 3.5 percent in the U.S. market today. Next.';
    expect(contextAt(text, 'Apple')).toBe(
      'Shares of 【Apple】 Inc. rose 3.5 percent in the U.S. market today.',
    );
  });

  it('ends a sentence at a line break (headlines, captions, list items)', () => {
    const text = 'Read more: Alibaba poised to list\nThe deal is large.';
    expect(contextAt(text, 'Alibaba')).toBe('Read more: 【Alibaba】 poised to list');
  });

  it('cuts at CONTEXT_REACH characters with … when no sentence ends within reach', () => {
    const before = 'x'.repeat(CONTEXT_REACH + 20);
    const after = 'y'.repeat(CONTEXT_REACH + 20);
    const text = `Start. ${before} Apple ${after}. End.`;
    const context = contextAt(text, 'Apple');
    expect(context).toBe(
      `…${'x'.repeat(CONTEXT_REACH - 1)} 【Apple】 ${'y'.repeat(CONTEXT_REACH - 1)}…`,
    );
  });

  it('takes the text edges as sentence edges and folds white space', () => {
    expect(contextAt('  Apple\t\tshares   rose', 'Apple')).toBe('【Apple】 shares rose');
    expect(contextOf('Lowe’s\n(LOW) fell.', 0, 12)).toBe('【Lowe’s (LOW)】 fell.');
  });
});

describe('langGroup', () => {
  const hans = '腾讯控股发布公告，国际业务收入增长，经济数据显示';
  const hant = '騰訊控股發佈公告，國際業務收入增長，經濟數據顯示';

  it('counts characters only one script writes', () => {
    expect(scriptCounts(hans).simplified).toBeGreaterThan(5);
    expect(scriptCounts(hans).traditional).toBe(0);
    expect(scriptCounts(hant).traditional).toBeGreaterThan(5);
    expect(scriptCounts('台面著')).toEqual({ traditional: 0, simplified: 0 });
  });

  it('lets the text decide the script over the declared lang', () => {
    expect(langGroup('zh-CN', hans)).toBe('zh-Hans');
    expect(langGroup('zh-CN', hant)).toBe('zh-Hant');
    expect(langGroup('zh-TW', hans)).toBe('zh-Hans');
    // Traditional text that also writes shared-looking 后/干/里 stays Traditional.
    expect(langGroup('zh-Hant', `${hant}后来干里`)).toBe('zh-Hant');
  });

  it('reads Chinese text as Chinese whatever the page declares', () => {
    expect(langGroup('en', hant)).toBe('zh-Hant');
    expect(langGroup(null, hans)).toBe('zh-Hans');
  });

  it('falls back to the declared lang when the text has too few script-only characters', () => {
    expect(langGroup('zh-HK', '台面')).toBe('zh-Hant');
    expect(langGroup('zh', '台面')).toBe('zh-Hans');
  });

  it('puts every non-Chinese page in "en", Japanese included', () => {
    expect(langGroup('en-US', 'Apple rose.')).toBe('en');
    expect(langGroup('fr', 'Disponible sur Netflix.')).toBe('en');
    expect(langGroup(null, 'アプリはGoogle Playにて販売')).toBe('en');
  });
});

describe('marksOfPage', () => {
  const page = (over: Partial<AnalyzedPage> = {}): AnalyzedPage => ({
    file: '/x/corpus/a/page.html',
    isArticle: true,
    title: null,
    publishedTime: null,
    siteName: null,
    lang: 'en',
    confidence: 1,
    text: 'Apple rose. CPI fell.',
    entities: [
      { kind: 'ticker', value: 'AAPL', text: 'Apple', start: 0, end: 5, market: 'US' },
      { kind: 'indicator', value: 'CPI:2025-05', text: 'CPI fell', start: 12, end: 20 },
    ],
    ...over,
  });

  it('keeps company marks only, with their context and page lang group', () => {
    expect(marksOfPage(page(), 'a/page.html')).toEqual([
      { file: 'a/page.html', lang: 'en', value: 'AAPL', text: 'Apple', context: '【Apple】 rose.' },
    ]);
  });

  it('has none for a page not taken as an article', () => {
    expect(marksOfPage(page({ isArticle: false }), 'a/page.html')).toEqual([]);
  });
});

describe('matching marks with judgements', () => {
  const apple = mark();
  const msft = mark({ value: 'MSFT', text: 'Microsoft', context: '【Microsoft】 fell.' });

  it('matches by (file, value, text, context) and counts a repeated key every time', () => {
    const matched = matchJudgements([apple, { ...apple }, msft], [judged(apple)]);
    expect(matched.judged).toHaveLength(2);
    expect(matched.unjudged).toEqual([msft]);
    expect(matched.stale).toEqual([]);
  });

  it('does not match when any key field differs', () => {
    for (const field of ['file', 'value', 'text', 'context'] as const) {
      const other = { ...apple, [field]: `${apple[field]}!` };
      expect(matchJudgements([other], [judged(apple)]).unjudged).toHaveLength(1);
    }
  });

  it('reports judgements no mark has any more', () => {
    expect(matchJudgements([msft], [judged(apple)]).stale).toEqual([judged(apple)]);
  });

  it('lists each unjudged key once', () => {
    expect(distinctKeys([apple, { ...apple, lang: 'en' }, msft]).map(keyOf)).toEqual([
      keyOf(apple),
      keyOf(msft),
    ]);
  });
});

describe('readJudgements', () => {
  const ok = judged(mark());

  it('keeps valid entries and names the unusable ones', () => {
    const { judgements, problems } = readJudgements([
      ok,
      { ...ok, context: 'other', verdict: 'wrong', class: 'person', note: 'n' },
      { ...ok, context: 'x', verdict: 'maybe' },
      { ...ok, context: 'y', verdict: 'wrong', class: 'typo' },
      { ...ok, context: 'z', verdict: 'wrong' },
      { ...ok, value: 1 },
      { ...ok },
      'not an object',
    ]);
    expect(judgements).toHaveLength(2);
    expect(problems).toEqual([
      'entry 2: verdict is not right/wrong',
      'entry 3: unknown class typo',
      'entry 4: unknown class undefined',
      'entry 5: value is not a string',
      'entry 6: duplicate key',
      'entry 7: not an object',
    ]);
  });

  it('refuses a file that is not an array', () => {
    expect(readJudgements({}).problems).toEqual(['the file is not an array']);
  });
});

describe('tallyByLang and precisionOf', () => {
  const zh = mark({ lang: 'zh-Hans', value: '00700.HK', text: '腾讯', context: '【腾讯】涨。' });
  const hant = mark({ lang: 'zh-Hant', value: '00005.HK', text: '滙豐', context: '【滙豐】跌。' });
  const en = mark();
  const enWrong = mark({ text: 'Apple', context: 'an 【Apple】 pie' });
  const judgements = [
    judged(zh),
    judged(en),
    judged(enWrong, { verdict: 'wrong', class: 'common-word' }),
  ];
  const tallies = tallyByLang(matchJudgements([zh, zh, hant, en, enWrong], judgements));

  it('counts marks, judged, right and wrong per language and overall', () => {
    expect(tallies.get('zh-Hans')).toMatchObject({ marks: 2, judged: 2, right: 2, wrong: 0 });
    expect(tallies.get('zh-Hant')).toMatchObject({ marks: 1, judged: 0, right: 0, wrong: 0 });
    expect(tallies.get('en')).toMatchObject({ marks: 2, judged: 2, right: 1, wrong: 1 });
    expect(tallies.get('all')).toMatchObject({ marks: 5, judged: 4, right: 3, wrong: 1 });
    expect(tallies.get('en')!.byClass).toEqual({ 'common-word': 1 });
  });

  it('gives precision as right / judged, and none when nothing is judged', () => {
    expect(precisionOf(tallies.get('zh-Hans')!)).toBe(1);
    expect(precisionOf(tallies.get('en')!)).toBe(0.5);
    expect(precisionOf(tallies.get('all')!)).toBe(0.75);
    expect(precisionOf(tallies.get('zh-Hant')!)).toBeNull();
  });

  it('prints a row per group and only the classes that occur', () => {
    const lines = formatTable(tallies);
    expect(lines.find((l) => l.startsWith('zh-Hant'))).toMatch(/-$/);
    expect(lines.find((l) => l.startsWith('all'))).toMatch(/0\.750$/);
    expect(lines.some((l) => l.startsWith('common-word'))).toBe(true);
    expect(lines.some((l) => l.startsWith('person'))).toBe(false);
  });
});

describe('findPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'finmark-mark-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds saved pages recursively, gzipped too, and skips label files', () => {
    mkdirSync(join(dir, 'site/deep'), { recursive: true });
    for (const name of [
      'a.html',
      'site/b.htm',
      'site/deep/c.xhtml.gz',
      'site/d.html.gz',
      'site/expected.html',
      'site/labels.json',
      'site/notes.txt',
    ]) {
      writeFileSync(join(dir, name), '<html></html>');
    }
    expect(findPages(dir).map((p) => corpusRelative(dir, p))).toEqual([
      'a.html',
      'site/b.htm',
      'site/d.html.gz',
      'site/deep/c.xhtml.gz',
    ]);
  });
});
