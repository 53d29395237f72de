import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Fixtures of tests/fixtures/symbol-lists, and a fake fetch that records its calls. */
export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/symbol-lists');

export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

export interface Call {
  url: string;
  method: string;
  body: string | null;
}

export type Route = (url: URL, call: Call) => Response | undefined;

/** A fetch that answers through `route` (404 when it returns nothing) and records every call. */
export function fakeFetch(route: Route): typeof fetch & { calls: Call[] } {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const call = {
      url,
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? init.body : null,
    };
    calls.push(call);
    return route(new URL(url), call) ?? new Response('not found', { status: 404 });
  };
  return Object.assign(fn, { calls }) as typeof fetch & { calls: Call[] };
}

export const text = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
export const bytes = (body: Uint8Array) =>
  new Response(new Blob([body as BlobPart]), { status: 200 });
export const html = (title: string, status = 200) =>
  new Response(`<!DOCTYPE html><html><head><title>${title}</title></head><body>…</body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html' },
  });

/** n distinct four-letter US symbols: AAAA, AAAB, … */
export function usSymbols(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    let s = '';
    for (let k = 0, v = i; k < 4; k++, v = Math.floor(v / 26))
      s = String.fromCharCode(65 + (v % 26)) + s;
    return s;
  });
}

/** A nasdaqlisted.txt of n common stocks. */
export function syntheticNasdaqListed(n: number): string {
  const rows = usSymbols(n).map((s) => `${s}|${s} Holdings Inc. - Common Stock|Q|N|N|100|N|N`);
  return [
    'Symbol|Security Name|Market Category|Test Issue|Financial Status|Round Lot Size|ETF|NextShares',
    ...rows,
    'File Creation Time: 1009202621:32|||||||',
    '',
  ].join('\r\n');
}
