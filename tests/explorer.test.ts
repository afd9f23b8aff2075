/**
 * The explorer page in a real browser (Debian's Chromium driven by playwright-core) against a live
 * server on the real Neo4j: readable (an accessibility audit, search suggestions open), search,
 * draw, expand, read an edge's citations, change the date, find paths — reaching no other host. It
 * saves a screenshot under test-results/ (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { accessibilityViolations, pageSession } from './browser.js';

const SCREENSHOTS = join(projectRoot, 'test-results');

const session = pageSession();
let base: string;
let page: Page;
// Runs after the session's own setup, before each test: a page whose renderer crashed has been
// replaced by then (tests/browser.ts).
beforeEach(() => {
  ({ base, page } = session);
});

describe('the explorer', () => {
  it('is readable: no serious accessibility violations, with search suggestions open', async () => {
    await page.goto(`${base}/explore`);
    await page.fill('#search', 'Pashinian');
    const suggestion = page.locator('#search-results button', { hasText: 'Nikol Pashinyan' });
    await suggestion.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The name itself must show: not the same colour as what is behind it.
    const [colour, background] = await suggestion.evaluate((button) => {
      const style = getComputedStyle(button);
      let behind: Element | null = button;
      let fill = 'rgba(0, 0, 0, 0)';
      while (behind && fill === 'rgba(0, 0, 0, 0)') {
        fill = getComputedStyle(behind).backgroundColor;
        behind = behind.parentElement;
      }
      return [style.color, fill];
    });
    expect(colour).not.toBe(background);
  });

  it('finds the CSTO by "ODKB" and draws its neighbourhood, with colours by kind', async () => {
    await page.goto(`${base}/explore`);
    await page.fill('#search', 'ODKB');
    const result = page.locator('#search-results button', { hasText: 'Collective Security Treaty Organization' });
    await result.click();
    await page.waitForFunction(() => (window as unknown as { explorer: { cy: { nodes(): unknown[] } } }).explorer.cy.nodes().length > 3);
    const names = await page.locator('#node-list button').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Armenia (State)', 'Russia (State)', 'Collective Security Treaty Organization (Organization)']));
    // Cytoscape computes an element's style on its next frame: read the colours once both are drawn.
    const colours = () =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { explorer: { cy: { getElementById(id: string): { style(name: string): string | undefined } } } }).explorer;
        return [cy.getElementById('armenia').style('background-color'), cy.getElementById('csto').style('background-color')];
      });
    await expect.poll(async () => (await colours()).every(Boolean)).toBe(true);
    const [armenia, csto] = await colours();
    expect(armenia).not.toBe(csto);
    expect(await page.locator('#details h2').textContent()).toBe('Collective Security Treaty Organization');
  });

  it('expands a node clicked on the canvas', async () => {
    // The view may still be redrawing after the last test's click: wait for the node to be placed.
    await page.waitForFunction(() => {
      const { cy } = (window as unknown as { explorer: { cy: { getElementById(id: string): { nonempty(): boolean } } } }).explorer;
      return cy.getElementById('azerbaijan').nonempty();
    });
    const before = await page.locator('#node-list li').count();
    const point = await page.evaluate(() => {
      const { cy } = (
        window as unknown as { explorer: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } }; container(): HTMLElement } } }
      ).explorer;
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
    expect(await page.locator('#details blockquote.citation p').first().textContent()).toMatch(
      /^The observation mission of the Collective Security Treaty Organization/,
    );

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

  it('opens on the entity an address names (/explore?entity=…), as the review page links to it', async () => {
    await page.goto(`${base}/explore?entity=csto`);
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Collective Security Treaty Organization');
    expect(await page.locator('#node-list button').allTextContents()).toContain('Armenia (State)');
  });

  it('stays readable with a graph drawn and an edge’s sources open', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('ran without a script error or a request to another host', () => {
    expect(session.problems).toEqual([]);
  });
});

describe('serving /explore', () => {
  it('serves only its own files, with a content security policy', async () => {
    const page = await session.yoga.fetch('http://localhost/explore');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<script type="module" src="/explore/app.js">');
    expect((await session.yoga.fetch('http://localhost/explore/vendor/cytoscape.min.js')).headers.get('content-type')).toMatch(/javascript/);
    expect(await (await session.yoga.fetch('http://localhost/explore/shared.js')).text()).toContain('export async function gql(');
    for (const path of ['/explore/../package.json', '/explore/serve.ts', '/explore/%2e%2e/package.json']) {
      const response = await session.yoga.fetch(`http://localhost${path}`);
      expect(await response.text(), path).not.toContain('"dependencies"');
      expect(response.status, path).toBe(404);
    }
    expect((await session.yoga.fetch('http://localhost/explore', { method: 'POST' })).status).toBe(405);
  });
});
