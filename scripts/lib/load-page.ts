import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../../utils/article/decode-html';

/** Loads a saved page into jsdom the way a browser would see it: decoded by its bytes. */
export function loadPage(path: string, url?: string): Document {
  const { text } = decodeHtml(readFileSync(path));
  const contentType = /\.xhtml$/.test(path) ? 'application/xhtml+xml' : 'text/html';
  return new JSDOM(text, { ...(url ? { url } : {}), contentType }).window.document;
}
