import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads the first worksheet of an .xlsx file into rows of strings, with no DOM
 * (runs in an MV3 service worker and in Node). Handles shared strings (rich text
 * runs joined, phonetic runs left out), inline strings, numbers, booleans and
 * formula results. Every cell is placed by its `r` reference, so blank cells and
 * blank rows keep their place: row 3 is rows[2] and column C is row[2].
 * Numbers are returned as written in the file ("700", "1.5E-3"): callers format them.
 */

export class XlsxError extends Error {
  override name = 'XlsxError';
}

/** Largest single part we inflate: the real lists are a few MB unpacked. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  const unescaped = text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
  // OOXML writes characters XML cannot hold (control characters) as _xHHHH_.
  return unescaped.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  }
  return found;
}

/** Elements named `tag` (any namespace prefix), with their attribute text and body. */
const elementPatterns = new Map<string, RegExp>();

function elements(xml: string, tag: string): { attrs: string; body: string }[] {
  let re = elementPatterns.get(tag);
  if (!re) {
    re = new RegExp(
      `<(?:[\\w.-]+:)?${tag}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${tag}>)`,
      'g',
    );
    elementPatterns.set(tag, re);
  }
  return [...xml.matchAll(re)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
}

/** The text of a shared or inline string: every <t> run, without phonetic guides. */
function stringItemText(body: string): string {
  const withoutPhonetic = body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  return elements(withoutPhonetic, 't')
    .map((t) => decodeXml(t.body))
    .join('');
}

const ROW_NUMBER = /\br=["'](\d+)["']/;
const CELL_REF = /\br=["']([A-Z]+)\d*["']/;
const CELL_TYPE = /\bt=["'](\w+)["']/;
const VALUE = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  // Normalise "xl/./worksheets" and "xl/../xl/worksheets" forms.
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(xml|rels)$/.test(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES)
          throw new XlsxError(`${file.name} is larger than ${MAX_PART_BYTES} bytes unpacked`);
        return file.name.startsWith('xl/');
      },
    });
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError(`the file is not a readable zip archive (${(error as Error).message})`);
  }
}

function locateParts(files: Record<string, Uint8Array>): { sheet: string; strings: string } {
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const rels = new Map<string, { type: string; target: string }>();
  for (const rel of elements(text('xl/_rels/workbook.xml.rels'), 'Relationship')) {
    const a = attributes(rel.attrs);
    rels.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
  }
  const firstSheet = elements(text('xl/workbook.xml'), 'sheet')[0];
  let sheet = '';
  if (firstSheet) {
    const a = attributes(firstSheet.attrs);
    const id = [...a].find(([key]) => /(^|:)id$/.test(key) && key !== 'sheetId')?.[1];
    const target = id ? rels.get(id)?.target : undefined;
    if (target) sheet = resolveTarget(target);
  }
  if (!files[sheet]) {
    sheet =
      Object.keys(files)
        .filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0] ?? '';
  }
  const stringsRel = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
  const strings = stringsRel ? resolveTarget(stringsRel.target) : 'xl/sharedStrings.xml';
  return { sheet, strings };
}

export function readFirstSheet(data: ArrayBuffer | Uint8Array): string[][] {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new XlsxError('the file is not an xlsx workbook (no zip signature)');
  }
  const files = unzip(bytes);
  const { sheet, strings } = locateParts(files);
  if (!sheet || !files[sheet]) throw new XlsxError('the workbook has no worksheet');

  const shared = files[strings]
    ? elements(strFromU8(files[strings]), 'si').map((si) => stringItemText(si.body))
    : [];
  const sheetXml = strFromU8(files[sheet]);
  const rows: string[][] = [];
  let rowIndex = -1;
  for (const row of elements(sheetXml, 'row')) {
    const r = Number(ROW_NUMBER.exec(row.attrs)?.[1]);
    rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
    const cells: string[] = [];
    let col = -1;
    for (const cell of elements(row.body, 'c')) {
      // Attributes read directly: this loop runs for every cell of a large sheet.
      const ref = CELL_REF.exec(cell.attrs)?.[1];
      col = ref ? columnIndex(ref) : col + 1;
      const type = CELL_TYPE.exec(cell.attrs)?.[1] ?? 'n';
      const v = VALUE.exec(cell.body)?.[1];
      const raw = v === undefined ? '' : decodeXml(v);
      let value: string;
      if (type === 's') {
        const index = Number(raw);
        if (!Number.isInteger(index) || index < 0 || index >= shared.length) {
          throw new XlsxError(`a cell points to missing shared string "${raw}"`);
        }
        value = shared[index]!;
      } else if (type === 'inlineStr') {
        value = stringItemText(elements(cell.body, 'is')[0]?.body ?? '');
      } else if (type === 'b') {
        value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
      } else {
        value = raw;
      }
      cells[col] = value;
    }
    rows[rowIndex] = Array.from(cells, (c) => c ?? '');
  }
  return Array.from(rows, (r) => r ?? []);
}
