/**
 * Decodes saved HTML by its bytes. Pages in the wild declare charsets they do not
 * use (GBK declared, UTF-8 stored, and the reverse), so a strict UTF-8 decode is
 * tried first; only bytes that are not valid UTF-8 fall back to the declared charset.
 * GBK and GB2312 are read as GB18030, their superset.
 */

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function normaliseCharset(name: string): string {
  if (/^(gbk|gb2312|gb_2312|x-gbk|cp936|gb18030)$/.test(name)) return 'gb18030';
  if (name === 'big5' || name === 'big5-hkscs') return 'big5';
  return name;
}

export interface DecodedHtml {
  text: string;
  /** The charset actually used. */
  charset: string;
  /** The charset the page claims, when it claims one. */
  declared: string | null;
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const declared = declaredCharset(bytes);
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: new TextDecoder(charset).decode(bytes), charset, declared };
    }
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      charset: 'utf-8',
      declared,
    };
  } catch {
    // Not UTF-8: fall through to the declared charset.
  }
  const fallback = normaliseCharset(declared ?? 'windows-1252');
  try {
    return { text: new TextDecoder(fallback).decode(bytes), charset: fallback, declared };
  } catch {
    // An unknown label: windows-1252 is what browsers use for undeclared bytes.
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      charset: 'windows-1252',
      declared,
    };
  }
}
