/**
 * What every browser suite shares: Debian's Chromium (never a downloaded browser), the rule
 * that a missing browser skips the suite except under CI=true, where it fails, and axe-core.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** NEWSDESK_CHROMIUM may point at another local Chromium. */
export const CHROMIUM_PATH = process.env.NEWSDESK_CHROMIUM || '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM_PATH);
const inCI = process.env.CI === 'true';

/** For describe(…, { skip }): a reason to skip, or false. */
export const skipReason: string | false =
  !haveChromium && !inCI ? `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (install Debian's "chromium" package; set CI=true to make this a failure)` : false;

/** Without these flags, Chromium keeps trying to reach the network this machine does not have. */
export async function launchChromium(): Promise<Browser> {
  if (!haveChromium) throw new Error(`CI=true but there is no Chromium at ${CHROMIUM_PATH}: install Debian's "chromium" package`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; one readable line per violation. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags: string[]) => {
    const g = globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> }; document: unknown };
    const results = await g.axe.run(g.document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    if (results.passes.length === 0) return null;
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
    }));
  }, wcagTags);
  assert.ok(violations, 'axe-core ran no rules at all: is the tag list right?');
  return violations.map((v) => `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    - ${n}`).join('\n')}`);
}

export async function assertAccessible(page: Page, what: string): Promise<void> {
  const found = await axeViolations(page);
  assert.equal(found.length, 0, `axe found ${found.length} WCAG 2.1 A/AA violation(s) on ${what} (${page.url()}):\n${found.join('\n')}`);
}

/** The widths every page is checked at: a desktop, and the narrowest common phones. */
export const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 780 },
] as const;

/** Fails when the page scrolls sideways: its content is wider than the viewport. */
export async function assertNoHorizontalOverflow(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  assert.ok(scrollWidth <= clientWidth, `${what} (${page.url()}) is ${scrollWidth} px wide in a ${clientWidth} px viewport: it scrolls sideways`);
}

/** A browser context whose page records what went wrong on it: script errors, console errors, failed answers. */
export interface WatchedSession {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/**
 * A new context and page that collect problems as they happen. A 422 to a POST is a form sent
 * back with its errors, which scenarios provoke on purpose; the console's own "Failed to load
 * resource" repeats an answer already counted.
 */
export async function openWatchedSession(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedSession> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const formSentBack = response.status() === 422 && response.request().method() === 'POST';
    if (response.status() >= 400 && !formSentBack) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  return { context, page, problems };
}
