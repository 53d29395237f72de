import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PopupPage, tabIdOf, type ExtensionSession } from '../../scripts/lib/chromium';
import { closeEnvironment, openEnvironment } from './support/environment';
import { dragSelect } from '../../scripts/lib/select';
import { exposeClosedShadowRoot } from './support/shadow';
import type { StaticServer } from '../../scripts/lib/server';

/**
 * The issue's bar: the popup, the options page and FinMark's UI on a page have no
 * serious or critical axe-core violations (WCAG 2.0/2.1 A and AA and axe's best
 * practices) in light and dark colour schemes, in English and Chinese, and can be
 * worked with the keyboard alone. Moderate and minor findings are printed, not failed.
 *
 * axe-core is evaluated straight into the page over CDP (not added as a <script>), so
 * the extension pages' CSP does not stop it and it sees what the page's own scripts see.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SEED = '/fixtures/own-zh-seedlike.html';
/** FinMark's own boxes on a page, each in its shadow root. */
const OVERLAYS = ['finmark-toolbar', 'finmark-card', 'finmark-clip-note'];

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe on `page` (or only inside `include`'s selectors) and fails on serious or critical findings. */
async function audit(page: Page, where: string, include?: string[]): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { findings, review } = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (
        window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }
      ).axe;
      type AxeResults = {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          helpUrl: string;
          nodes: { target: unknown[]; any?: { message: string }[] }[];
        }[];
        incomplete: AxeResults['violations'];
      };
      const context = include ? { include: include.map((s) => [s]) } : document;
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
      });
      return {
        findings: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          targets: v.nodes.map((n) => JSON.stringify(n.target)),
        })),
        // Contrast axe could not decide (text over an image, a gradient, overlap).
        review: result.incomplete
          .filter((v) => v.id === 'color-contrast')
          .flatMap((v) => v.nodes)
          .map((n) => `${JSON.stringify(n.target)} ${n.any?.[0]?.message ?? ''}`),
      };
    },
    { tags: TAGS, include },
  );
  const line = (f: Finding) => `${f.id} (${f.impact}): ${f.help} — ${f.targets.join(', ')}`;
  const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  console.log(
    `[axe] ${where}: ${blocking.length} serious or critical, ${findings.length - blocking.length} other, ` +
      `${review.length} contrast to review by hand${review.length ? `:\n  ${review.join('\n  ')}` : ''}`,
  );
  for (const f of findings.filter((f) => !blocking.includes(f))) {
    console.log(`[axe] ${where}: ${line(f)}`);
  }
  expect
    .soft(
      blocking.map(line),
      `serious or critical axe violations on ${where}:\n${blocking.map((f) => `  ${line(f)} (${f.helpUrl})`).join('\n')}`,
    )
    .toEqual([]);
  return findings;
}

/**
 * axe cannot decide the contrast of text in FinMark's overlays (fixed boxes in shadow
 * roots outside <body>: "Unable to determine contrast ratio"), so their text is
 * measured here: each text's colour against the nearest opaque background above it
 * inside the shadow root, with WCAG's 4.5:1 (3:1 for large text).
 */
const CONTRAST_PROBE = `((tag) => {
  const root = document.querySelector(tag) && document.querySelector(tag).shadowRoot;
  if (!root) return ['no open (or exposed) shadow root on ' + tag];
  const rgba = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m[3] === undefined ? 1 : m[3]]; };
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const over = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3])).concat(1);
  const background = (el) => {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentNode) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const problems = [];
  for (const el of root.querySelectorAll('*')) {
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim();
    if (!text || !el.getClientRects().length) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') continue;
    const bg = background(el);
    const fg = over(rgba(s.color), bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      problems.push(tag + ' "' + text.slice(0, 30) + '": ' + ratio.toFixed(2) + ':1 (' + s.color + ' on rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + '))');
    }
  }
  return problems;
})`;

/** Audits a page in the light and then the dark colour scheme. */
async function auditBothSchemes(page: Page, where: string, include?: string[]): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await audit(page, `${where} (${colorScheme})`, include);
    for (const overlay of (include ?? []).filter((s) => OVERLAYS.includes(s))) {
      const problems = (await page.evaluate(
        `${CONTRAST_PROBE}(${JSON.stringify(overlay)})`,
      )) as string[];
      expect.soft(problems, `text contrast in ${where} (${colorScheme})`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openArticle(session: ExtensionSession, server: StaticServer): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.origin + SEED, { waitUntil: 'load' });
  await page.locator('finmark-mark').first().waitFor({ timeout: 15_000 });
  return page;
}

async function popupOver(session: ExtensionSession, page: Page): Promise<PopupPage> {
  const popup = await PopupPage.open(session, await tabIdOf(session, page));
  await popup.page.getByTestId('clip-library').waitFor();
  return popup;
}

/** Clips `sentence` from the page with the selection toolbar's Clip button. */
async function clip(page: Page, sentence: string): Promise<void> {
  const before = await page.locator('finmark-clip').count();
  await dragSelect(page, 'article', sentence);
  await page.getByRole('button', { name: 'Clip', exact: true }).click();
  await expect.poll(() => page.locator('finmark-clip').count()).toBeGreaterThan(before);
}

/**
 * Installed in a page once: `__fmFocus()` describes the focused element (through open
 * shadow roots), and how the element focused before looks now that it is not, so the
 * two looks can be compared. Plain source, so no build helper leaks into the page.
 */
const FOCUS_PROBE = `(() => {
  const look = (el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
      s.borderColor, s.color, s.textDecorationLine].join(' | ');
  };
  let last = null;
  window.__fmFocus = () => {
    const before = last && last.isConnected ? look(last) : null;
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) el = null;
    last = el;
    if (!el) return { before, now: null };
    const s = getComputedStyle(el);
    return { before, now: { focusVisible: el.matches(':focus-visible'),
      ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
      look: look(el) } };
  };
})()`;

/** `role "name"` of the focused element, by axe-core's own computation. */
const AXE_NAME = `(() => {
  const el = document.activeElement;
  axe.setup(document);
  try {
    const node = axe.utils.getNodeFromTree(el);
    return (axe.commons.aria.getRole(el) || el.tagName.toLowerCase()) + ' "' +
      axe.commons.text.accessibleTextVirtual(node) + '"';
  } finally {
    axe.teardown();
  }
})()`;

interface FocusStop {
  name: string;
  focusVisible: boolean;
  /** An outline or shadow while focused, or a look that differs from the unfocused one. */
  visible: boolean;
  look: string;
}

/**
 * Presses Tab until focus comes back round (or `max` presses), recording each stop's
 * role and accessible name (`checkbox "Policy dates"`) and whether its focus is visible.
 */
async function tabWalk(page: Page, max = 120): Promise<FocusStop[]> {
  await page.evaluate(FOCUS_PROBE);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  const focused = page.locator('*:focus').last();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const probe = (await page.evaluate('window.__fmFocus()')) as {
      before: string | null;
      now: { focusVisible: boolean; ring: boolean; look: string } | null;
    };
    const previous = stops.at(-1);
    if (previous && probe.before !== null && previous.look !== probe.before) {
      previous.visible = true;
    }
    if (!probe.now) continue;
    const snapshot = await focused.ariaSnapshot({ timeout: 2_000 }).catch(() => null);
    // Playwright cannot snapshot some native controls (a date field's inner parts
    // hold focus); axe names them instead.
    const name = (snapshot ?? ((await page.evaluate(AXE_NAME)) as string))
      .split('\n')[0]!
      .replace(/^- /, '')
      .replace(/:$/, '');
    if (stops.length && name === stops[0]!.name) break;
    stops.push({
      name,
      focusVisible: probe.now.focusVisible,
      visible: probe.now.ring,
      look: probe.now.look,
    });
  }
  return stops;
}

function expectReached(stops: FocusStop[], expected: (string | RegExp)[]): void {
  const names = stops.map((s) => s.name);
  console.log(`[keyboard] Tab order: ${names.join(' → ')}`);
  for (const want of expected) {
    expect(
      names.some((n) => (typeof want === 'string' ? n === want : want.test(n))),
      `${String(want)} is reached by Tab; reached: ${names.join(' → ')}`,
    ).toBe(true);
  }
  const invisible = stops.filter((s) => !s.visible).map((s) => s.name);
  expect(invisible, 'controls whose keyboard focus cannot be seen').toEqual([]);
}

describe('accessibility in Chromium (English)', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  beforeAll(async () => ({ server, session } = await openEnvironment()));
  afterAll(() => closeEnvironment({ server, session }));

  it('the popup over an article has no serious or critical violations', async () => {
    const page = await openArticle(session, server);
    const popup = await popupOver(session, page);
    await popup.page.getByTestId('ticker-list').waitFor();
    await auditBothSchemes(popup.page, 'popup over an article (en)');
    // The evidence, opened.
    await popup.page.locator('.why summary').click();
    await audit(popup.page, 'popup with its evidence open (en)');
    await popup.close();
    await page.close();
  });

  it('the popup over a page that is not an article (its notice) has none', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/fixtures/zh-homepage.html`, { waitUntil: 'load' });
    const popup = await PopupPage.open(session, await tabIdOf(session, page));
    await auditBothSchemes(popup.page, 'popup over a front page (en)');
    await popup.close();
    await page.close();
  });

  it('the selection toolbar, the cards and the library with clippings have none', async () => {
    const page = await openArticle(session, server);
    // The toolbar, over a selection: its controls have names, and axe finds nothing.
    await dragSelect(page, 'article', '业内人士表示，一季度县域市场销量同比增长较快');
    const toolbar = page.locator('finmark-toolbar');
    await toolbar.getByRole('button', { name: 'Clip', exact: true }).waitFor();
    const snapshot = await toolbar.ariaSnapshot();
    expect(snapshot).toContain('button "Clip"');
    expect(snapshot).toContain('button "Clip with note"');
    expect(snapshot.match(/button "Colour: [^"]+"/g)).toHaveLength(5);
    await auditBothSchemes(page, 'selection toolbar', ['finmark-toolbar']);
    await toolbar.getByRole('button', { name: 'Clip', exact: true }).click();
    await expect.poll(() => page.locator('finmark-clip').count()).toBeGreaterThan(0);
    // Two more clippings, for the library.
    await clip(page, '方案自2024年4月1日起施行');
    await clip(page, '宁德时代、亿纬锂能、国轩高科亦有表现。');
    await auditBothSchemes(page, 'marks and clippings', ['finmark-mark', 'finmark-clip']);
    // A drawn clipping opens its note.
    await page.locator('finmark-clip').first().click();
    await page.getByRole('dialog', { name: 'Note' }).waitFor();
    await auditBothSchemes(page, 'clipping note', ['finmark-clip-note']);
    await page.keyboard.press('Escape');

    // A company's card and a policy date's card (their links and button have names).
    for (const kind of ['ticker', 'policy-date']) {
      await page.locator(`finmark-mark[data-finmark-kind="${kind}"]`).first().focus();
      await page.locator('finmark-card').waitFor({ state: 'attached' });
      await exposeClosedShadowRoot(page, 'finmark-card');
      await auditBothSchemes(page, `${kind} card`, ['finmark-card']);
      await page.keyboard.press('Escape');
    }

    const popup = await popupOver(session, page);
    await popup.page.getByRole('tab', { name: 'All clippings' }).click();
    await expect.poll(() => popup.page.locator('[data-clip-id]').count()).toBeGreaterThan(2);
    await auditBothSchemes(popup.page, 'popup library, All clippings (en)');
    await popup.close();
    await page.close();
  });

  it('the options page has none', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('watch-add').waitFor();
    await auditBothSchemes(options, 'options page (en)');
    // With an error shown and the erase confirmation open.
    await options
      .getByTestId('watch-add')
      .getByRole('button', { name: 'Add to watchlist' })
      .click();
    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await auditBothSchemes(options, 'options page with a problem and a confirmation (en)');
    await options.close();
  });

  it('the options page works by keyboard alone, with visible focus', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('watch-add').waitFor();
    const stops = await tabWalk(options);
    expectReached(stops, [
      'checkbox "Listed companies and tickers" [checked]',
      'checkbox "Policy dates" [checked]',
      'checkbox "Other dates" [checked]',
      'checkbox "Policy documents" [checked]',
      /^checkbox "Keep highlights when printing"/,
      /^combobox "Colour of new clippings"/,
      'textbox "Ticker"',
      'button "Add to watchlist"',
      'button "Erase everything…"',
    ]);
    // In the page's reading order: highlights first, erasing last.
    const at = (re: RegExp) => stops.findIndex((s) => re.test(s.name));
    expect(at(/Listed companies/)).toBeLessThan(at(/Add to watchlist/));
    expect(at(/Add to watchlist/)).toBeLessThan(at(/Erase everything/));
    expect(at(/Colour of new clippings/)).toBeLessThan(at(/Erase everything/));

    // Space toggles a checkbox; Enter submits the watchlist form.
    const tickers = options.getByRole('checkbox', { name: 'Listed companies and tickers' });
    await tickers.focus();
    await options.keyboard.press('Space');
    expect(await tickers.isChecked()).toBe(false);
    await options.keyboard.press('Space');
    expect(await tickers.isChecked()).toBe(true);
    const ticker = options.getByTestId('watch-add').getByRole('textbox', { name: 'Ticker' });
    await ticker.focus();
    await options.keyboard.type('600519');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('watchlist').textContent()).toContain('600519');
    await options.getByRole('button', { name: 'Remove 600519.SH' }).press('Enter');
    await expect.poll(() => options.getByTestId('watchlist').count()).toBe(0);
    await options.close();
  });

  it('the popup works by keyboard alone; its clipping tabs follow the ARIA tabs pattern', async () => {
    const page = await openArticle(session, server);
    const popup = await popupOver(session, page);
    await popup.page.getByTestId('ticker-list').waitFor();
    const stops = await tabWalk(popup.page, 160);
    expectReached(stops, [
      /^checkbox "Highlight on this site"/,
      /^button "Add 比亚迪 to your watchlist"/,
      /^button "比亚迪/,
      /^tab "This page" \[selected\]/,
      /^searchbox "Search quotes, notes and titles"/,
      /^button "Import JSON"|^button "Import JSON/,
    ]);
    // One tab stop for the tablist (the selected tab), as the pattern asks.
    expect(stops.filter((s) => s.name.startsWith('tab ')).map((s) => s.name)).toEqual([
      'tab "This page" [selected]',
    ]);

    const thisPage = popup.page.getByRole('tab', { name: 'This page' });
    const all = popup.page.getByRole('tab', { name: 'All clippings' });
    await thisPage.focus();
    await popup.page.keyboard.press('ArrowRight');
    await expect.poll(() => all.getAttribute('aria-selected')).toBe('true');
    expect(await all.evaluate((e) => e === document.activeElement)).toBe(true);
    // The panel is labelled by its tab.
    const panel = popup.page.getByRole('tabpanel', { name: 'All clippings' });
    expect(await panel.count()).toBe(1);
    await popup.page.keyboard.press('ArrowLeft');
    await expect.poll(() => thisPage.getAttribute('aria-selected')).toBe('true');
    await popup.page.keyboard.press('End');
    await expect.poll(() => all.getAttribute('aria-selected')).toBe('true');
    await popup.page.keyboard.press('Home');
    await expect.poll(() => thisPage.getAttribute('aria-selected')).toBe('true');

    // Space turns the site switch off and on.
    const site = popup.page.getByRole('checkbox', { name: 'Highlight on this site' });
    await site.focus();
    await popup.page.keyboard.press('Space');
    await expect.poll(() => site.isChecked()).toBe(false);
    await popup.page.keyboard.press('Space');
    await expect.poll(() => site.isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('accessibility in Chromium (简体中文)', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  beforeAll(async () => ({ server, session } = await openEnvironment('zh-CN')));
  afterAll(() => closeEnvironment({ server, session }));

  it('the popup over an article and the options page have no serious or critical violations', async () => {
    const page = await openArticle(session, server);
    const popup = await popupOver(session, page);
    await popup.page.getByTestId('ticker-list').waitFor();
    expect(await popup.page.getByRole('tab').first().textContent()).toBe('本页');
    await auditBothSchemes(popup.page, 'popup over an article (zh-CN)');
    await popup.close();
    await page.close();

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('watch-add').waitFor();
    await auditBothSchemes(options, 'options page (zh-CN)');
    await options.close();
  });
});
