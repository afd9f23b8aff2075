/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), a page that may reach only the server under test (any other host is blocked and
 * recorded), and an accessibility audit run in the page with axe-core (offline, from its npm
 * package) that reports what a person would struggle with: contrast, names, labels.
 */
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeEach } from 'vitest';
import type { Server, ServerConfig } from '../src/server.js';
import { test } from './fixture.js';

/**
 * Debian's Chromium binary itself, not its /usr/bin/chromium launcher: the launcher adds the flags
 * of /etc/chromium.d, among them GPU rasterization, which on a machine without a GPU runs in
 * SwiftShader, where a renderer crashed mid-test in CI.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium tries Google's hosts at every start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new page that can reach only `base`; what it tried elsewhere, and its script errors, are in `problems`. */
export async function openPage(browser: Browser, base: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  const origin = new URL(base).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    problems.push(`blocked a request to another host: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the elements at fault (the first few). */
  where: string[];
}

/**
 * Runs axe-core in the page as it is now and returns the serious and critical violations. Evaluated
 * through the browser's debugging protocol, so the page's own content security policy still holds.
 */
export async function accessibilityViolations(page: Page, options: { exclude?: string[] } = {}): Promise<Violation[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (exclude) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    return runner.run({ exclude: exclude.map((selector) => [selector]) }, { resultTypes: ['violations'] });
  }, options.exclude ?? []);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: String(violation.impact),
      help: violation.help,
      where: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

export interface PageSession {
  /** The server's address, e.g. `http://127.0.0.1:40123`. */
  base: string;
  yoga: Server;
  page: Page;
  /** Script errors and requests to other hosts seen so far. */
  problems: string[];
}

/**
 * For a browser test file: the article in a reset database, a live server on a free loopback port
 * (the fixture's, configured with `overrides`), and one page in Chromium, set up before the file's
 * tests and closed after. Read the returned session's fields in a test or a beforeEach hook: they are
 * filled in before the file's tests, and a page whose renderer crashed is replaced before the next.
 */
export function pageSession(overrides: Partial<ServerConfig> = {}): PageSession {
  const session = { problems: [] } as unknown as PageSession;
  let browser: Browser | undefined;
  let crashed = false;
  const open = async () => {
    Object.assign(session, await openPage(browser as Browser, session.base));
    session.page.on('crash', () => (crashed = true));
  };
  test.override('serverConfig', overrides);
  test.beforeAll(async ({ server, listening }) => {
    session.yoga = server;
    session.base = listening.base;
    browser = await launchBrowser();
    await open();
  });
  // A renderer that crashed (Chromium's failure, which vitest.config.ts retries once) leaves a dead
  // page: the next test, or the retry, gets a new one rather than failing on it too.
  beforeEach(async () => {
    if (!crashed) return;
    crashed = false;
    await session.page.close().catch(() => undefined);
    await open();
  });
  // The fixture closes the server and the database after this, when the file ends.
  afterAll(async () => {
    await browser?.close();
  });
  return session;
}
