/**
 * The explorer page in a real browser (Debian's Chromium driven by playwright-core) against a live
 * server on the real Neo4j: search, draw, expand, read an edge's citations, change the date, find
 * paths. It saves a screenshot under test-results/ (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../src/graph/db.js';
import { importFile } from '../src/import/index.js';
import { seedFiles } from '../src/import/seed.js';
import { projectRoot } from '../src/paths.js';
import { resetDatabase, testConnection, testDriver, testServer } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(projectRoot, 'test-results');

const driver = testDriver();
const yoga = testServer();
const http: HttpServer = createServer(yoga);
let base: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  await resetDatabase(driver);
  for (const file of await seedFiles()) await importFile(new Db(driver, testConnection().database), file);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => http.close(resolve));
  await yoga.dispose();
  await driver.close();
});

describe('the explorer', () => {
  it('finds the CSTO by "ODKB" and draws its neighbourhood, with colours by kind', async () => {
    await page.goto(`${base}/explore`);
    await page.fill('#search', 'ODKB');
    const result = page.locator('#search-results button', { hasText: 'Collective Security Treaty Organization' });
    await result.click();
    await page.waitForFunction(() => (window as unknown as { explorer: { cy: { nodes(): unknown[] } } }).explorer.cy.nodes().length > 3);
    const names = await page.locator('#node-list button').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Armenia (State)', 'Russia (State)', 'Collective Security Treaty Organization (Organization)']));
    const colours = await page.evaluate(() => {
      const { cy } = (window as unknown as { explorer: { cy: { getElementById(id: string): { style(name: string): string } } } }).explorer;
      return [cy.getElementById('armenia').style('background-color'), cy.getElementById('csto').style('background-color')];
    });
    expect(colours[0]).not.toBe(colours[1]);
    expect(await page.locator('#details h2').textContent()).toBe('Collective Security Treaty Organization');
  });

  it('expands a node clicked on the canvas', async () => {
    const before = await page.locator('#node-list li').count();
    const point = await page.evaluate(() => {
      const { cy } = (window as unknown as { explorer: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } }; container(): HTMLElement } } }).explorer;
      const position = cy.getElementById('azerbaijan').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Expanded Azerbaijan'));
    expect(await page.locator('#node-list li').count()).toBeGreaterThan(before);
    expect(await page.locator('#node-list button').allTextContents()).toContain('Turkey (State)');
  });

  it('shows an edge’s citations: the quote, who asserts it and the source', async () => {
    await page.locator('#edge-list button', { hasText: 'Armenia — MEMBER_OF → Collective Security Treaty Organization' }).click();
    const quote = page.locator('#details blockquote.citation p');
    await quote.first().waitFor();
    expect(await quote.first().textContent()).toContain('the authorities of Armenia, which remain a member of this organization');
    expect(await page.locator('#details blockquote footer').first().textContent()).toMatch(/Stated by the source — Armenia – Azerbaijan/);

    // An edge tapped on the canvas (through Cytoscape's own event: edges overlap too much to aim at).
    await page.evaluate(() => {
      const { cy } = (window as unknown as { explorer: { cy: { getElementById(id: string): { emit(event: string): void } } } }).explorer;
      cy.getElementById('r:csto-participates-in-observation-mission').emit('tap');
    });
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.endsWith('participates in CSTO observation mission to Armenia'));
    expect(await page.locator('#details blockquote.citation p').first().textContent()).toMatch(/^The observation mission of the Collective Security Treaty Organization/);

    // One relayed through an agency says so.
    await page.locator('#edge-list button', { hasText: 'Russia — SUPPORTS → Armenia' }).click();
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Russia supports Armenia');
    expect(await page.locator('#details blockquote footer').first().textContent()).toContain('via Reuters');
  });

  it('redraws as of a date', async () => {
    const edgesNow = await page.locator('#edge-list li').count();
    await page.fill('#as-of', '1990-01-01');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('as of 1990-01-01'));
    expect(await page.locator('#edge-list li').count()).toBeLessThan(edgesNow);
    await page.fill('#as-of', '');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForFunction(() => !document.querySelector('#status')?.textContent?.includes('as of'));
  });

  it('finds the shortest paths between two entities and highlights them', async () => {
    await page.fill('#path-from', 'Turkey');
    await page.fill('#path-to', 'Russia');
    await page.click('#path-form button');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('shortest path'));
    const highlighted = await page.evaluate(() =>
      (window as unknown as { explorer: { cy: { $(selector: string): { map(f: (e: { id(): string }) => string): string[] } } } }).explorer.cy
        .$('node.path')
        .map((node) => node.id()),
    );
    expect(highlighted).toEqual(expect.arrayContaining(['turkey', 'russia']));
    await page.locator('#edge-list button', { hasText: 'Turkey — SUPPORTS → Azerbaijan' }).click();
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Turkey supports Azerbaijan');
    await page.evaluate(() => document.querySelector('aside')?.scrollTo(0, 0));
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer.png') });
  });

  it('ran without a script error or a blocked resource', () => {
    expect(problems).toEqual([]);
  });
});

describe('serving /explore', () => {
  it('serves only its own files, with a content security policy', async () => {
    const page = await yoga.fetch('http://localhost/explore');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<script type="module" src="/explore/app.js">');
    expect((await yoga.fetch('http://localhost/explore/vendor/cytoscape.min.js')).headers.get('content-type')).toMatch(/javascript/);
    for (const path of ['/explore/../package.json', '/explore/serve.ts', '/explore/%2e%2e/package.json']) {
      const response = await yoga.fetch(`http://localhost${path}`);
      expect(await response.text(), path).not.toContain('"dependencies"');
      expect(response.status, path).toBe(404);
    }
    expect((await yoga.fetch('http://localhost/explore', { method: 'POST' })).status).toBe(405);
  });
});
