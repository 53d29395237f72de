import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage, type Page } from 'puppeteer-core';

/**
 * Firefox end-to-end harness: launches Debian's firefox-esr headless over WebDriver
 * BiDi with the unpacked Firefox build installed as a temporary add-on, and reads
 * what the content script concluded from its own console line
 *
 *   [FinMark] article (0.98) in 12 ms, Readability off-thread: <title>
 *   [FinMark] not an article (0) in 40 ms: <title>
 *
 * Firefox's BiDi `log.entryAdded` carries content-script console calls (all levels,
 * debug included): ESR 128 with the script's moz-extension:// URL as their location,
 * ESR 140 with the page's (so there the `[FinMark]` prefix picks them out). The page
 * stays untouched and nothing is exposed to web pages. Uncaught content-script
 * errors arrive as the page's `pageerror` events.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
export const FIREFOX_BUILD_DIR = join(ROOT, '.output/firefox-mv2');
export const FIREFOX_EXECUTABLE = process.env.FINMARK_FIREFOX ?? '/usr/bin/firefox-esr';
export const EXTENSION_ID = 'finmark@finmark.example';

/** The content script bundle; console lines from anywhere else are not FinMark's. */
const CONTENT_SCRIPT_URL = /^moz-extension:\/\/[^/]+\/content-scripts\/content\.js$/;
const FINMARK_PREFIX = /^\[FinMark\] /;
const REPORT_LINE =
  /^\[FinMark\] (article|not an article) \(([\d.]+)\) in (\d+) ms(?:, Readability ([\w() -]+?))?: (.*)$/s;

export interface ArticleReport {
  isArticle: boolean;
  confidence: number;
  detectMs: number;
  /** Where Readability ran ("off-thread", "in-page (mismatch)"…); null when it did not run. */
  readability: string | null;
  title: string;
  /** ms from the start of navigation to the report reaching the test */
  receivedAfterMs: number;
  line: string;
}

export interface ExtensionLog {
  type: string;
  text: string;
}

/** Throws a readable error when the build or the browser is missing. */
export function assertFirefoxSetup(): void {
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${FIREFOX_BUILD_DIR}. Build it first: cd ${ROOT} && npx wxt build -b firefox`,
    );
  }
  if (!existsSync(FIREFOX_EXECUTABLE)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_EXECUTABLE} (set FINMARK_FIREFOX to override).`,
    );
  }
  const built = statSync(join(FIREFOX_BUILD_DIR, 'manifest.json')).mtimeMs;
  const newer = ['entrypoints', 'utils'].flatMap((dir) =>
    listFiles(join(ROOT, dir)).filter((file) => statSync(file).mtimeMs > built),
  );
  if (newer.length > 0) {
    console.warn(
      `[e2e] ${FIREFOX_BUILD_DIR} is older than ${newer.length} source file(s), e.g. ${newer[0]}; ` +
        'rebuild with `npx wxt build -b firefox` to test current code.',
    );
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export class FinMarkFirefox {
  private constructor(
    readonly browser: Browser,
    private readonly profileDir: string,
  ) {}

  /** Headless firefox-esr, fresh temporary profile, FinMark installed as a temporary add-on. */
  static async launch(): Promise<FinMarkFirefox> {
    assertFirefoxSetup();
    const profileDir = mkdtempSync(join(tmpdir(), 'finmark-firefox-'));
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_EXECUTABLE,
        headless: true,
        userDataDir: profileDir,
      });
      const id = await browser.installExtension(FIREFOX_BUILD_DIR);
      if (id !== EXTENSION_ID) throw new Error(`Installed add-on ${id}, expected ${EXTENSION_ID}`);
      return new FinMarkFirefox(browser, profileDir);
    } catch (error) {
      await browser?.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Opens `url` in a new tab, listening from before the navigation starts. */
  async open(url: string): Promise<FinMarkTab> {
    const tab = new FinMarkTab(await this.browser.newPage());
    await tab.goto(url);
    return tab;
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      rmSync(this.profileDir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}

export class FinMarkTab {
  /**
   * Selects `text` in the article as a drag would leave it (across the marks that split
   * its text nodes), then releases the mouse.
   */
  async selectInArticle(text: string): Promise<void> {
    await this.page.evaluate((text) => {
      const root = document.querySelector('article')!;
      const at = (root.textContent ?? '').indexOf(text);
      const range = document.createRange();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const length = (n as Text).data.length;
        if (at >= seen && at < seen + length) range.setStart(n, at - seen);
        if (at + text.length > seen && at + text.length <= seen + length) {
          range.setEnd(n, at + text.length - seen);
          break;
        }
        seen += length;
      }
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, text);
  }

  readonly reports: ArticleReport[] = [];
  /** Every console call made by the content script, report lines included. */
  readonly extensionLogs: ExtensionLog[] = [];
  /** Uncaught errors in the page, including ones thrown by the content script. */
  readonly pageErrors: unknown[] = [];
  private navigationStart = performance.now();
  private waiters: Array<(report: ArticleReport) => void> = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => this.onConsole(message));
    page.on('pageerror', (error) => this.pageErrors.push(error));
  }

  async goto(url: string): Promise<void> {
    this.navigationStart = performance.now();
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  }

  /** The content script's first article report for this tab. */
  waitForReport(timeoutMs = 15_000): Promise<ArticleReport> {
    const first = this.reports[0];
    if (first) return Promise.resolve(first);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(
            `No [FinMark] report from the content script within ${timeoutMs} ms on ${this.page.url()}.\n` +
              `Content-script console: ${JSON.stringify(this.extensionLogs)}\n` +
              `Page errors: ${this.pageErrors.map(String).join(' | ') || 'none'}`,
          ),
        );
      }, timeoutMs);
      this.waiters.push((report) => {
        clearTimeout(timer);
        resolvePromise(report);
      });
    });
  }

  /** Lets late errors (a failed message to the background, say) arrive before asserting on them. */
  settle(ms = 500): Promise<void> {
    return new Promise((ok) => setTimeout(ok, ms));
  }

  close(): Promise<void> {
    return this.page.close();
  }

  private onConsole(message: ConsoleMessage): void {
    const text = message.text();
    // Firefox ESR 128 gives a content script's console call the script's own address;
    // ESR 140 gives the page's, with no stack. There, FinMark's own prefix marks its
    // lines (no page the tests serve logs one).
    if (!CONTENT_SCRIPT_URL.test(message.location().url ?? '') && !FINMARK_PREFIX.test(text)) {
      return;
    }
    this.extensionLogs.push({ type: message.type(), text });
    const match = REPORT_LINE.exec(text);
    if (!match) return;
    const report: ArticleReport = {
      isArticle: match[1] === 'article',
      confidence: Number(match[2]),
      detectMs: Number(match[3]),
      readability: match[4] ?? null,
      title: match[5] ?? '',
      receivedAfterMs: Math.round(performance.now() - this.navigationStart),
      line: text,
    };
    this.reports.push(report);
    for (const wake of this.waiters.splice(0)) wake(report);
  }
}
