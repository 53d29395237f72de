import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { decodeHtml } from '../../utils/article/decode-html';
import { SHARED_DIR } from './corpus';

/**
 * A static server on 127.0.0.1 for end-to-end tests and the scripts that drive a
 * browser (bench, start, screenshots). `/fixtures/…` serves the project's own pages, `/shared/…` the shared corpus when it exists, and
 * `/generated/…` pages that tests build in memory (a 5 MB page, say).
 */
const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  origin: string;
  /** Serve `body` at `/generated/<name>` with the given content type (and other headers). */
  put(
    name: string,
    body: string | Buffer,
    type?: string,
    headers?: Readonly<Record<string, string>>,
  ): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  const generated = new Map<
    string,
    { body: string | Buffer; type: string; headers: Readonly<Record<string, string>> }
  >();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/generated/')) {
      const page = generated.get(path.slice('/generated/'.length));
      if (!page) return void res.writeHead(404).end('not found');
      res.writeHead(200, { ...page.headers, 'content-type': page.type });
      return void res.end(page.body);
    }
    const [base, rest] = path.startsWith('/fixtures/')
      ? [FIXTURES, path.slice('/fixtures/'.length)]
      : path.startsWith('/shared/')
        ? [SHARED_DIR, path.slice('/shared/'.length)]
        : [null, ''];
    const file = base ? normalize(join(base, rest)) : '';
    if (!base || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      return void res.writeHead(404).end('not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (base === SHARED_DIR && type === 'text/html') {
      // Saved corpus pages lost the HTTP header that named their charset, and some
      // declare one they do not use; send the charset their bytes are in, as the
      // original server did.
      // Their own scripts are blocked (extension content scripts are exempt from a
      // page's CSP): offline, several of them rewrite the page into an error stub,
      // which no reader would ever see on the real site.
      const bytes = readFileSync(file);
      res.writeHead(200, {
        'content-type': `${type}; charset=${decodeHtml(bytes).charset}`,
        'content-security-policy': "script-src 'none'",
      });
      return void res.end(bytes);
    }
    // The project's own fixtures get no charset: the browser must find it in the
    // page (the GBK fixture declares it in a <meta>), as for many real sites.
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    put(name, body, type = 'text/html; charset=utf-8', headers = {}) {
      generated.set(name, { body, type, headers });
      return `${origin}/generated/${name}`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
