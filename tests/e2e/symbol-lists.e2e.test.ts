import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SOURCE_ORIGINS } from '../../utils/symbol-lists/origins';
import { SSE_REFERER } from '../../utils/symbol-lists/sources';
import { healthyRoutes } from '../utils/symbol-lists/healthy-routes';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/chromium';
import { startServer, type StaticServer } from '../../scripts/lib/server';

/**
 * The symbol-list update end to end, in Chromium: the real background fetches the
 * five exchanges' lists (the exchanges' host names resolved to a local HTTPS server
 * that answers in each source's format), sets Shanghai's Referer with its session
 * rule, parses the .xlsx files in the service worker, stores the lists, keeps the
 * last good one when a download fails, and a downloaded company is marked on a page.
 *
 * A test cannot answer the browser's permission prompt, so this test uses a build
 * with the list hosts granted at install (FINMARK_E2E_LIST_HOSTS=1, built here into
 * its own folder); everything else is the shipped code.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, '.output/e2e-list-hosts/chrome-mv3');
const HOSTS = ALL_SOURCE_ORIGINS.map((o) => new URL(o.replace('/*', '/')).hostname);
const NEW_LISTING = 'QFRB|Quillfeather Robotics Inc. - Class A Common Stock|G|N|N|100|N|N';

interface Exchange {
  server: Server;
  port: number;
  /** Hosts to answer with a 503, as a busy exchange would. */
  down: Set<string>;
  /** The Referer each Shanghai request carried. */
  sseReferers: (string | undefined)[];
}

async function startExchanges(dir: string): Promise<Exchange> {
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=exchanges.test',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' }); // prettier-ignore
  const exchange: Exchange = { server: null!, port: 0, down: new Set(), sseReferers: [] };
  exchange.server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const host = (req.headers.host ?? '').split(':')[0]!;
          const url = new URL(`https://${host}${req.url ?? '/'}`);
          const body = Buffer.concat(chunks).toString('utf8') || null;
          let answer: Response | undefined;
          if (exchange.down.has(host)) answer = new Response('busy', { status: 503 });
          else if (host === 'query.sse.com.cn') {
            exchange.sseReferers.push(req.headers.referer);
            // As the exchange does: no list without its own page as the Referer.
            answer =
              req.headers.referer === SSE_REFERER
                ? healthyRoutes(url, { body })
                : new Response('<html><title>403</title></html>', { status: 403 });
          } else if (url.pathname.endsWith('/nasdaqlisted.txt')) {
            const text = await healthyRoutes(url, { body })!.text();
            answer = new Response(
              text.replace(/\r?\n(File Creation Time)/, `\n${NEW_LISTING}\n$1`),
            );
          } else answer = healthyRoutes(url, { body });
          answer ??= new Response('not found', { status: 404 });
          res.writeHead(answer.status, Object.fromEntries(answer.headers));
          res.end(Buffer.from(await answer.arrayBuffer()));
        })();
      });
    },
  );
  await new Promise<void>((done) => exchange.server.listen(0, '127.0.0.1', done));
  exchange.port = (exchange.server.address() as AddressInfo).port;
  return exchange;
}

let dir: string;
let exchange: Exchange;
let pages: StaticServer;
let session: ExtensionSession;

beforeAll(async () => {
  execSync('npx wxt build', {
    cwd: ROOT,
    env: { ...process.env, FINMARK_E2E_LIST_HOSTS: '1' },
    stdio: 'ignore',
  });
  dir = mkdtempSync(join(tmpdir(), 'finmark-exchanges-'));
  exchange = await startExchanges(dir);
  pages = await startServer();
  session = await launchWithExtension('en-US', {
    build: BUILD,
    extraArgs: [
      `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${exchange.port}`).join(',')}`,
      '--ignore-certificate-errors',
    ],
    allowHosts: HOSTS,
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await pages?.close();
  await new Promise((done) => exchange?.server.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('updating the symbol lists in Chromium', () => {
  it('downloads every list, keeps the last good one on failure, and marks a new listing', async () => {
    exchange.down.add('www.szse.cn');
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const lists = options.getByTestId('symbol-lists');
    await lists.getByRole('button', { name: 'Update symbol lists now' }).click();
    await expect
      .poll(() => lists.getByRole('status').textContent(), { timeout: 30_000 })
      .toBe('1 list(s) could not be updated; their last good versions are kept.');

    const row = (id: string) => lists.locator(`tr[data-source="${id}"]`);
    const count = async (id: string) =>
      Number(((await row(id).locator('td.number').textContent()) ?? '').replace(/\D/g, ''));
    // healthyRoutes' sizes: 6,001 US (3,000 + 3,000 + the new listing), 2,300 SSE, 200 BSE, 2,100 HKEX.
    expect(await count('nasdaq')).toBe(6001);
    expect(await count('sse')).toBe(2300);
    expect(await count('bse')).toBe(200);
    expect(await count('hkex')).toBe(2100);
    expect(await row('szse').textContent()).toContain('Never');
    expect(await row('szse').locator('code').textContent()).toMatch(/Shenzhen.*503/);
    // Shanghai answered because the session rule sent its Referer, every time.
    expect(exchange.sseReferers.length).toBeGreaterThan(0);
    expect(new Set(exchange.sseReferers)).toEqual(new Set([SSE_REFERER]));

    // A company only the downloaded list knows is marked by its name alone.
    const page = await session.context.newPage();
    await page.goto(`${pages.origin}/fixtures/own-en-new-listing.html`, { waitUntil: 'load' });
    const marks = page.locator('finmark-mark[data-finmark-value="QFRB"]');
    await expect
      .poll(() => marks.allTextContents(), { timeout: 15_000 })
      .toEqual(['Quillfeather Robotics Inc. (QFRB)', 'Quillfeather Robotics Inc.']);

    // Nasdaq is down at the next update: its last good list stays, and says why.
    exchange.down.clear();
    exchange.down.add('www.nasdaqtrader.com');
    await options.bringToFront();
    await lists.getByRole('button', { name: 'Update symbol lists now' }).click();
    await expect
      .poll(() => row('szse').locator('td.number').textContent(), { timeout: 30_000 })
      .toBe('2,500');
    expect(await count('nasdaq')).toBe(6001);
    expect(await row('nasdaq').locator('summary').textContent()).toMatch(/last good list is kept/);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(2);
    await page.close();
    await options.close();
  });
});
