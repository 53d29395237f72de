import { fail } from './source-error';

/**
 * Requests through the injected fetch (the background passes the global fetch;
 * tests pass a fake), turning every way a download goes wrong into a SourceError
 * that names the source: no answer, an HTTP error, or an HTML page (a login,
 * block or error page) where the list should be.
 */

const TIMEOUT_MS = 60_000;

export interface RequestOptions {
  method?: 'GET' | 'POST';
  /** A form body, sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  /** Appended to HTTP-error and web-page messages: what the exchange is known to require. */
  hint?: string;
}

function describeHtml(text: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? `a web page ("${title.slice(0, 80)}")` : 'a web page';
}

export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*</.test(text) && /<(?:!doctype|html|head|body|title|script)\b/i.test(text.slice(0, 2000))
  );
}

async function respond(
  fetchFn: typeof fetch,
  source: string,
  url: string,
  options: RequestOptions,
): Promise<Response> {
  const init: RequestInit = { method: options.method ?? 'GET', credentials: 'omit' };
  if (options.form) {
    init.method = 'POST';
    init.body = new URLSearchParams(options.form).toString();
    init.headers = { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' };
  }
  if (typeof AbortSignal.timeout === 'function') init.signal = AbortSignal.timeout(TIMEOUT_MS);
  const hint = options.hint ? ` (${options.hint})` : '';
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(source, `could not download ${url}: ${reason}`);
  }
  if (!response.ok) {
    return fail(source, `${url} answered HTTP ${response.status}${hint}`);
  }
  return response;
}

export async function fetchText(
  fetchFn: typeof fetch,
  source: string,
  url: string,
  options: RequestOptions = {},
): Promise<string> {
  const text = await (await respond(fetchFn, source, url, options)).text();
  if (looksLikeHtml(text)) {
    const hint = options.hint ? ` (${options.hint})` : '';
    fail(source, `${url} returned ${describeHtml(text)} instead of the list${hint}`);
  }
  return text;
}

export async function fetchBytes(
  fetchFn: typeof fetch,
  source: string,
  url: string,
  options: RequestOptions = {},
): Promise<Uint8Array> {
  const bytes = new Uint8Array(await (await respond(fetchFn, source, url, options)).arrayBuffer());
  const head = new TextDecoder().decode(bytes.subarray(0, 2000));
  if (looksLikeHtml(head)) {
    fail(source, `${url} returned ${describeHtml(head)} instead of the xlsx file`);
  }
  return bytes;
}
