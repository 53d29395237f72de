import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../utils/clips/anchor';
import { CLIPPING_VERSION, type Clipping } from '../../../utils/clips/clipping';
import {
  ImportError,
  parseAnnotationJson,
  toAnnotationJson,
  toCsv,
  toMarkdown,
} from '../../../utils/clips/export';

const TEXT =
  '贵州茅台（600519）一季度营收同比增长，到2025年产能规划明确。Fed officials held rates steady.';

function clip(id: string, over: Partial<Clipping> = {}): Clipping {
  return {
    schemaVersion: CLIPPING_VERSION,
    id,
    created: '2026-11-20T08:00:00.000Z',
    updated: '2026-11-21T09:30:00.000Z',
    url: 'https://www.example.cn/news/1',
    title: '茅台一季报 [快讯]',
    site: 'www.example.cn',
    publishedTime: '2026-11-20T07:00:00+08:00',
    quote: TEXT.slice(0, 12),
    selectors: describeQuote(TEXT, 0, 12),
    colour: 'green',
    note: '估值仍偏高，"观望"',
    tags: ['白酒', 'Q1'],
    tickers: ['600519.SH'],
    dates: ['2025'],
    ...over,
  };
}

const library = [
  clip('clip-a'),
  clip('clip-b', {
    url: 'https://www.reuters.com/markets/fed',
    title: 'Fed holds',
    site: 'www.reuters.com',
    quote: 'Fed officials held rates steady.',
    selectors: describeQuote(TEXT, TEXT.indexOf('Fed'), TEXT.length),
    note: '',
    tags: [],
    tickers: [],
    dates: [],
    colour: 'blue',
    created: '2026-11-22T00:00:00.000Z',
    updated: '2026-11-22T00:00:00.000Z',
  }),
  clip('clip-c', {
    quote: '=HYPERLINK("x")',
    selectors: describeQuote('=HYPERLINK("x")', 0, 15),
    note: '',
  }),
];

describe('export and import', () => {
  it('round-trips the library through W3C Web Annotation JSON without loss', () => {
    const json = toAnnotationJson(library);
    const data = JSON.parse(json);
    expect(data['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(data.type).toBe('AnnotationCollection');
    const first = data.first.items[0];
    expect(first).toMatchObject({
      type: 'Annotation',
      body: [
        { type: 'TextualBody', value: '估值仍偏高，"观望"', purpose: 'commenting' },
        { type: 'TextualBody', value: '白酒', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Q1', purpose: 'tagging' },
      ],
      target: { source: 'https://www.example.cn/news/1' },
    });
    expect(first.target.selector[0].type).toBe('TextQuoteSelector');
    const back = parseAnnotationJson(json);
    expect(back.skipped).toEqual([]);
    expect(back.clippings).toEqual(library);
  });

  it('reads plain W3C annotations from other tools, with a stable id', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc',
      type: 'Annotation',
      created: '2025-01-02T03:04:05Z',
      body: [
        { type: 'TextualBody', value: 'Worth a follow-up' },
        { type: 'TextualBody', value: 'rates', purpose: 'tagging' },
      ],
      target: {
        source: 'https://www.reuters.com/markets/fed',
        selector: [{ type: 'TextQuoteSelector', exact: 'held rates steady', prefix: 'officials ' }],
      },
    };
    const once = parseAnnotationJson(
      JSON.stringify([annotation, { type: 'Annotation', target: 'urn:x' }]),
    );
    const twice = parseAnnotationJson(JSON.stringify(annotation));
    expect(once.clippings).toHaveLength(1);
    expect(once.skipped).toEqual([{ index: 1, reason: 'the target is not a web page' }]);
    expect(once.clippings[0]).toMatchObject({
      quote: 'held rates steady',
      note: 'Worth a follow-up',
      tags: ['rates'],
      colour: 'yellow',
      site: 'www.reuters.com',
      created: '2025-01-02T03:04:05Z',
    });
    expect(twice.clippings[0]!.id).toBe(once.clippings[0]!.id);
  });

  it('refuses malformed files with a clear message', () => {
    expect(() => parseAnnotationJson('{"type": "Annotation",')).toThrow(ImportError);
    expect(() => parseAnnotationJson('{"type": "Annotation",')).toThrow(/not valid JSON/);
    expect(() => parseAnnotationJson('{"hello": 1}')).toThrow(/not a Web Annotation file/);
    expect(() => parseAnnotationJson('42')).toThrow(/holds no annotations/);
    expect(() =>
      parseAnnotationJson('[{"type":"Annotation","target":{"source":"https://a.cn"}}]'),
    ).toThrow(/no annotations FinMark can use \(first problem: no TextQuoteSelector\)/);
  });

  it('writes Markdown grouped by article, with quotes, notes and tags', () => {
    const md = toMarkdown(library);
    expect(md).toContain('## [茅台一季报 \\[快讯\\]](<https://www.example.cn/news/1>)');
    expect(md).toContain('> 贵州茅台（600519）\n');
    expect(md).toContain('#600519.SH #2025 #白酒 #Q1');
    expect(md.indexOf('## [Fed holds]')).toBeGreaterThan(md.indexOf('## [茅台一季报'));
    // Both clippings of the first page sit under its one heading.
    expect(md.match(/## \[茅台/g)).toHaveLength(1);
  });

  it('writes CSV that spreadsheets read as UTF-8 and never as formulas', () => {
    const csv = toCsv(library);
    expect(
      csv.startsWith(
        '\ufeffid,created,updated,url,title,site,published,quote,note,colour,tags,tickers,dates\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('"估值仍偏高，""观望"""');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('白酒; Q1');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
  });
});
