import type { TextPositionSelector, TextQuoteSelector } from './anchor';
import {
  CLIPPING_VERSION,
  CLIP_COLOURS,
  cleanTags,
  clippingProblem,
  type ClipColour,
  type Clipping,
} from './clipping';

/**
 * The library in and out: Markdown for notes apps (grouped by article), CSV for
 * spreadsheets, and JSON in the W3C Web Annotation Data Model, which is also what
 * import reads (FinMark's own files and plain W3C annotations from other tools).
 */

// ---- Markdown -------------------------------------------------------------------------

/** Markdown special characters in running text; quotes keep their own line breaks. */
const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function toMarkdown(clippings: readonly Clipping[]): string {
  const byPage = new Map<string, Clipping[]>();
  for (const c of [...clippings].sort((a, b) => a.created.localeCompare(b.created))) {
    const list = byPage.get(c.url);
    if (list) list.push(c);
    else byPage.set(c.url, [c]);
  }
  const out: string[] = ['# FinMark clippings', ''];
  for (const [url, list] of byPage) {
    const first = list[0]!;
    out.push(`## [${mdEscape(first.title ?? url)}](<${url}>)`, '');
    const about = [first.site, first.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ');
    if (about) out.push(`*${mdEscape(about)}*`, '');
    for (const c of list) {
      for (const line of c.quote.split('\n')) out.push(`> ${mdEscape(line)}`);
      out.push('');
      if (c.note) out.push(mdEscape(c.note), '');
      const tags = [...c.tickers, ...c.dates, ...c.tags].map((t) => `#${t.replace(/\s+/g, '_')}`);
      if (tags.length) out.push(tags.join(' '), '');
    }
  }
  return out.join('\n');
}

// ---- CSV ------------------------------------------------------------------------------

const CSV_COLUMNS = [
  'id',
  'created',
  'updated',
  'url',
  'title',
  'site',
  'published',
  'quote',
  'note',
  'colour',
  'tags',
  'tickers',
  'dates',
] as const;

/** RFC 4180 quoting; a leading = + - @ is defused so spreadsheets never run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(clippings: readonly Clipping[]): string {
  const rows = clippings.map((c) =>
    [
      c.id,
      c.created,
      c.updated,
      c.url,
      c.title ?? '',
      c.site ?? '',
      c.publishedTime ?? '',
      c.quote,
      c.note,
      c.colour,
      c.tags.join('; '),
      c.tickers.join('; '),
      c.dates.join('; '),
    ]
      .map(csvCell)
      .join(','),
  );
  // A byte-order mark so that spreadsheet programs read Chinese text as UTF-8.
  return '\ufeff' + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

// ---- W3C Web Annotation JSON --------------------------------------------------------

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose?: string;
  format?: string;
}

export interface WebAnnotation {
  '@context'?: string | unknown[];
  id?: string;
  type: 'Annotation' | string[];
  created?: string;
  modified?: string;
  motivation?: string;
  body?: TextualBody | TextualBody[];
  target: { source: string; selector?: unknown } | string;
  /** FinMark's own fields, kept so that its export re-imports without loss. */
  finmark?: {
    schemaVersion: number;
    id: string;
    title: string | null;
    site: string | null;
    publishedTime: string | null;
    colour: ClipColour;
    tickers: string[];
    dates: string[];
  };
}

export function toAnnotation(c: Clipping): WebAnnotation {
  const body: TextualBody[] = [];
  if (c.note)
    body.push({ type: 'TextualBody', value: c.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of c.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:finmark:${c.id}`,
    type: 'Annotation',
    created: c.created,
    modified: c.updated,
    motivation: c.note ? 'commenting' : 'highlighting',
    body,
    target: { source: c.url, selector: c.selectors },
    finmark: {
      schemaVersion: c.schemaVersion,
      id: c.id,
      title: c.title,
      site: c.site,
      publishedTime: c.publishedTime,
      colour: c.colour,
      tickers: c.tickers,
      dates: c.dates,
    },
  };
}

/** An AnnotationCollection with one page holding every clipping. */
export function toAnnotationJson(clippings: readonly Clipping[]): string {
  return JSON.stringify(
    {
      '@context': ANNOTATION_CONTEXT,
      type: 'AnnotationCollection',
      label: 'FinMark clippings',
      total: clippings.length,
      first: { type: 'AnnotationPage', items: clippings.map(toAnnotation) },
    },
    null,
    2,
  );
}

/**
 * A file FinMark cannot import. `key` and `args` name the reader's message (this
 * module is pure; the page that shows it translates); the English text is for logs.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly key: ImportProblem,
    readonly args: string[] = [],
  ) {
    super(message);
  }
}

export type ImportProblem =
  | 'importNoAnnotations'
  | 'importEmptyCollection'
  | 'importNotAnnotations'
  | 'importNotJson'
  | 'importNothingUsable';

export interface ParsedImport {
  clippings: Clipping[];
  /** Annotations that are not text-quote annotations of a web page, with why. */
  skipped: { index: number; reason: string }[];
}

/** The annotations in a file: a collection, a page, a list, or a single annotation. */
function itemsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null)
    throw new ImportError('The file holds no annotations.', 'importNoAnnotations');
  const d = data as Record<string, unknown>;
  const type = d.type;
  if (type === 'AnnotationCollection') {
    const first = d.first as Record<string, unknown> | undefined;
    if (first && Array.isArray(first.items)) return first.items;
    throw new ImportError('The annotation collection has no items.', 'importEmptyCollection');
  }
  if (type === 'AnnotationPage' && Array.isArray(d.items)) return d.items;
  if (type === 'Annotation' || (Array.isArray(type) && type.includes('Annotation'))) return [data];
  throw new ImportError(
    'This is not a Web Annotation file (no Annotation, AnnotationPage or AnnotationCollection).',
    'importNotAnnotations',
  );
}

const str = (v: unknown): v is string => typeof v === 'string';

/** A stable id for an annotation without one, so importing it twice adds it once. */
function stableId(parts: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of parts.join('\u0000')) {
    const c = ch.codePointAt(0)!;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 + c, 2654435761);
  }
  return `clip-w3c-${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

function fromAnnotation(a: unknown, now: string): Clipping | string {
  if (typeof a !== 'object' || a === null) return 'not an object';
  const ann = a as WebAnnotation & Record<string, unknown>;
  const isAnnotation =
    ann.type === 'Annotation' || (Array.isArray(ann.type) && ann.type.includes('Annotation'));
  if (!isAnnotation) return 'not an Annotation';
  const first: unknown = Array.isArray(ann.target) ? ann.target[0] : ann.target;
  // A bare IRI target is a whole page, with no passage to place.
  const target = (str(first) ? { source: first } : first) as {
    source?: unknown;
    selector?: unknown;
  } | null;
  if (typeof target !== 'object' || target === null || !str(target.source))
    return 'no target source';
  if (!/^https?:\/\//.test(target.source)) return 'the target is not a web page';
  const selectors = (
    Array.isArray(target.selector) ? target.selector : [target.selector]
  ) as unknown[];
  const quote = selectors.find(
    (s): s is TextQuoteSelector =>
      typeof s === 'object' && s !== null && (s as TextQuoteSelector).type === 'TextQuoteSelector',
  );
  if (!quote || !str(quote.exact) || !quote.exact.trim()) return 'no TextQuoteSelector';
  const position = selectors.find(
    (s): s is TextPositionSelector =>
      typeof s === 'object' &&
      s !== null &&
      (s as TextPositionSelector).type === 'TextPositionSelector' &&
      Number.isInteger((s as TextPositionSelector).start) &&
      Number.isInteger((s as TextPositionSelector).end),
  );
  const bodies = (Array.isArray(ann.body) ? ann.body : ann.body ? [ann.body] : []).filter(
    (b): b is TextualBody => typeof b === 'object' && b !== null && str((b as TextualBody).value),
  );
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  const note = bodies
    .filter((b) => b.purpose !== 'tagging')
    .map((b) => b.value)
    .join('\n\n');
  const fm = ann.finmark;
  const created = str(ann.created) && !Number.isNaN(Date.parse(ann.created)) ? ann.created : now;
  const modified =
    str(ann.modified) && !Number.isNaN(Date.parse(ann.modified)) ? ann.modified : created;
  const clipping: Clipping = {
    schemaVersion: CLIPPING_VERSION,
    id:
      fm && str(fm.id)
        ? fm.id
        : str(ann.id)
          ? stableId([ann.id])
          : stableId([target.source, quote.exact, created]),
    created,
    updated: modified,
    url: target.source,
    title: fm && (str(fm.title) || fm.title === null) ? fm.title : null,
    site: fm && (str(fm.site) || fm.site === null) ? fm.site : new URL(target.source).hostname,
    publishedTime: fm && str(fm.publishedTime) ? fm.publishedTime : null,
    quote: quote.exact,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: str(quote.prefix) ? quote.prefix : '',
        suffix: str(quote.suffix) ? quote.suffix : '',
      },
      position
        ? { type: 'TextPositionSelector', start: position.start, end: position.end }
        : { type: 'TextPositionSelector', start: 0, end: 0 },
    ],
    colour: fm && CLIP_COLOURS.includes(fm.colour) ? fm.colour : 'yellow',
    note,
    tags: cleanTags(tags),
    tickers: fm && Array.isArray(fm.tickers) ? fm.tickers.filter(str) : [],
    dates: fm && Array.isArray(fm.dates) ? fm.dates.filter(str) : [],
  };
  return clippingProblem(clipping) ?? clipping;
}

/**
 * Reads an import file. A file that is not JSON, or holds no annotations at all, is
 * refused with an ImportError saying why; annotations that cannot be clippings
 * (no quote, not a web page) are listed as skipped.
 */
export function parseAnnotationJson(text: string, now = new Date().toISOString()): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(`The file is not valid JSON (${detail}).`, 'importNotJson', [detail]);
  }
  const items = itemsOf(data);
  const clippings: Clipping[] = [];
  const skipped: ParsedImport['skipped'] = [];
  items.forEach((item, index) => {
    const result = fromAnnotation(item, now);
    if (typeof result === 'string') skipped.push({ index, reason: result });
    else clippings.push(result);
  });
  if (!clippings.length) {
    const why = skipped[0] ? ` (first problem: ${skipped[0].reason})` : '';
    throw new ImportError(
      `The file holds no annotations FinMark can use${why}.`,
      'importNothingUsable',
      [skipped[0]?.reason ?? '—'],
    );
  }
  return { clippings, skipped };
}
