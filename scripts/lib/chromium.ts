import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Errors thrown by any page's scripts (including our content script). */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Flags for a quiet, offline, headless-friendly Chromium (with or without the extension). */
export function chromiumFlags(locale = 'en-US'): string[] {
  return [
    `--lang=${locale}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Launches Debian's Chromium with the built extension loaded, in a throwaway profile. */
export async function launchWithExtension(
  locale = 'en-US',
  {
    headless = true,
    build = CHROME_BUILD,
    extraArgs = [],
    allowHosts = [],
  }: {
    headless?: boolean;
    build?: string;
    extraArgs?: string[];
    /** Remote hosts whose requests go through (mapped to a local server by `extraArgs`). */
    allowHosts?: string[];
  } = {},
): Promise<ExtensionSession> {
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${build}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'finmark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    locale,
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      ...chromiumFlags(locale),
      ...extraArgs,
    ],
  });
  // Saved pages reference remote ads and scripts; this machine has no network, so
  // fail those requests at once instead of letting each page wait for them.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    allowHosts.includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort(),
  );
  const pageErrors: string[] = [];
  context.on('page', (page) =>
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`)),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id Chromium gave `page`. Without the "tabs" permission the extension
 * cannot see tab URLs, so the page is brought to the front and the active tab asked.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    type Tab = { id?: number };
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }
    ).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/** The status the content script last reported for a tab (from session storage). */
export async function reportedStatus(session: ExtensionSession, tabId: number): Promise<unknown> {
  return session.worker.evaluate(async (key: string) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await api.storage.session.get(key))[key] ?? null;
  }, `pageStatus:${tabId}`);
}

/** Page object for the toolbar popup, opened as a tab that looks at another tab. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(session: ExtensionSession, tabId: number): Promise<PopupPage> {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await page.waitForSelector('[data-testid="article-summary"], [data-testid="status-notice"]');
    return new PopupPage(page);
  }

  verdict() {
    return this.page.getByTestId('verdict').textContent();
  }

  title() {
    return this.page.getByTestId('page-title').textContent();
  }

  notice() {
    return this.page.getByTestId('status-notice');
  }

  close() {
    return this.page.close();
  }
}

/** Sends a FinMark message to a tab's content script, as the popup would. */
export async function sendToContent(
  session: ExtensionSession,
  tabId: number,
  type: string,
  data: unknown,
): Promise<unknown> {
  return session.worker.evaluate(
    async ({ tabId, type, data }) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
        }
      ).chrome;
      return api.tabs.sendMessage(tabId, { finmark: 1, type, data }, { frameId: 0 });
    },
    { tabId, type, data },
  );
}

/** The toolbar badge's text for a tab. */
export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  return session.worker.evaluate(async (tabId: number) => {
    const api = (
      globalThis as unknown as {
        chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
      }
    ).chrome;
    return api.action.getBadgeText({ tabId });
  }, tabId);
}
