/**
 * The explorer's step 16 in a real browser (Debian's Chromium through playwright-core) against the
 * fixture's live server: a bad address explained and the page still working, the loading state,
 * menus closing on Escape and outside clicks, legend shapes, the figure's words, asKnownAt; the
 * true-time rule on screen; a slider whose steps are the days something changes; the map drawn
 * offline; the phone layout. Each new state gets an accessibility audit. Screenshots of the graph
 * and the map at desktop and phone width go to test-results/, or to docs/ with DOCS_SCREENSHOTS=1.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { accessibilityViolations, pageSession } from './browser.js';
import { it } from './fixture.js';

const SHOTS = join(projectRoot, process.env.DOCS_SCREENSHOTS ? 'docs' : 'test-results');
const WAIT = { timeout: 60_000 };
const SLOW = { timeout: 300_000 };
const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

const session = pageSession();
let base: string;
let page: Page;
// Before each test: a page whose renderer crashed has been replaced by then (tests/browser.ts).
beforeEach(() => {
  ({ base, page } = session);
});

const drawnNodes = () =>
  page.evaluate(() =>
    (window as unknown as { explorer: { cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } } }).explorer.cy.nodes().map((n) => n.id()),
  );
const statusText = async () => (await page.textContent('#status')) ?? '';
const waitStatus = (text: string) => page.waitForFunction((t) => document.querySelector('#status')?.textContent?.includes(t), text, WAIT);
const shot = async (name: string) => {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
};
/** Searches and picks the first suggestion with `name`. */
async function searchFor(text: string, name: string) {
  await page.fill('#search', text);
  await page.locator('#search-results button', { hasText: name }).first().click();
}

describe('the explorer recovers, loads visibly and says what it shows', () => {
  it('sets aside a day that is no day, says so, and every later search works', SLOW, async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${base}/explore?entity=armenia&depth=1&asOf=2022-13-45`);
    await waitStatus('Set aside from the address: asOf is not a day of the calendar ("2022-13-45")');
    expect(await statusText()).not.toMatch(/Variable|GraphQL|Expected/);
    expect(await page.inputValue('#as-of')).toBe('');
    expect(await drawnNodes()).toContain('armenia');
    expect(new URL(page.url()).searchParams.has('asOf')).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await searchFor('CSTO', 'Collective Security Treaty Organization');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Collective Security Treaty Organization', null, WAIT);
    await searchFor('Pashinyan', 'Nikol Pashinyan');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Nikol Pashinyan', null, WAIT);
  });

  it('explains an unknown entity and malformed state, and starts clean from the next search', SLOW, async () => {
    await page.goto(`${base}/explore?entity=no-such-entity&depth=9&minConfidence=MAYBE&hide=accuses`);
    await waitStatus('Set aside from the address');
    expect(await statusText()).toContain('No entity "no-such-entity"');
    const said = await statusText();
    for (const part of ['depth must be 1, 2 or 3', 'minConfidence must be one of', 'no relationship type is called "accuses"']) expect(said).toContain(part);
    expect(await page.getAttribute('#status', 'class')).toBe('error');
    expect(new URL(page.url()).searchParams.has('entity')).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await searchFor('Armenia', 'Armenia');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.match(/^\d+ entities/), null, WAIT);
    expect(await page.getAttribute('#status', 'class')).toBe('');
  });

  it('shows a loading state while it waits for the server', SLOW, async () => {
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    try {
      await page.goto(`${base}/explore?entity=armenia&depth=1`);
      await page.locator('#loading').waitFor({ state: 'visible', ...WAIT });
      expect(await page.getAttribute('#graph-area', 'aria-busy')).toBe('true');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await page.unroute('**/graphql');
    }
    await page.locator('#loading').waitFor({ state: 'hidden', ...WAIT });
    expect(await page.getAttribute('#graph-area', 'aria-busy')).toBe('false');
  });

  it('asks again for the relationship types when the first ask fails, and never draws a type the address hides', SLOW, async () => {
    let refused = 0;
    await page.route('**/graphql', async (route) => {
      if (!refused && route.request().postData()?.includes('relationshipCounts')) {
        refused++;
        // As a query that ran out of time answers (a 503 would also be a console error, which the last test counts).
        const body = JSON.stringify({ errors: [{ message: 'The request took too long and was cancelled.', extensions: { code: 'TIMEOUT' } }] });
        return route.fulfill({ status: 200, contentType: 'application/json', body });
      }
      return route.fallback();
    });
    try {
      await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=2&hide=ACCUSES`);
      await page.waitForFunction(() => document.querySelector('#status')?.textContent?.match(/^\d+ entities/), null, WAIT);
    } finally {
      await page.unroute('**/graphql');
    }
    expect(refused).toBe(1);
    const types = await page.evaluate(() =>
      (window as unknown as { explorer: { cy: { edges(): { map(f: (e: { data(k: string): string }) => string): string[] } } } }).explorer.cy
        .edges()
        .map((e) => e.data('type')),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter(Boolean)).not.toContain('ACCUSES');
    const link = new URL((await page.getAttribute('#export-json', 'href'))!, base);
    expect(link.searchParams.get('types')!.split(',')).not.toContain('ACCUSES');
  });

  it('closes the export menu and the suggestions on Escape and on a click outside', SLOW, async () => {
    await page.click('#export summary');
    expect(await page.locator('#export ul').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#export ul').isVisible()).toBe(false);
    await page.click('#export summary');
    await page.click('#graph', { position: { x: 40, y: 400 } });
    expect(await page.locator('#export ul').isVisible()).toBe(false);
    await page.fill('#search', 'Baku');
    await page.locator('#search-results button').first().waitFor(WAIT);
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.fill('#search', 'Yerevan');
    await page.locator('#search-results button').first().waitFor(WAIT);
    await page.click('#legend-title');
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('links to the review page and GraphiQL, and draws the kinds’ shapes in the legend', async () => {
    expect(await page.getAttribute('nav a[href="/review"]', 'href')).toBe('/review');
    expect(await page.getAttribute('nav a[href="/graphql"]', 'href')).toBe('/graphql');
    const shapes = await page.locator('#legend svg.kind-icon path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
    expect(shapes).toHaveLength(5);
    expect(new Set(shapes).size).toBe(5);
  });

  it('says a figure once: "105 soldiers killed", not "105 soldiers soldiers killed"', SLOW, async () => {
    await page.goto(`${base}/explore?entity=september-2022-border-clashes&depth=1&select=r:government-of-armenia-reports-deaths`);
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.startsWith('Government of Armenia reports'), null, WAIT);
    expect(await page.locator('#details dd').first().textContent()).toBe('105 soldiers killed (Armenia)');
  });

  it('reads the graph as it stood on a day (asKnownAt), as the API answers for that moment', SLOW, async ({ data }) => {
    // Today (UTC), read to its end: the test data was written today. An hour ago was the day before
    // just after midnight, before the data existed, and the neighbourhood was null.
    const asKnownAt = new Date().toISOString().slice(0, 10);
    const { neighborhood } = await data<{ neighborhood: { nodes: { entity: { slug: string } }[] } | null }>(
      'query($at: DateTime) { neighborhood(id: "armenia", depth: 1, limit: 150, asKnownAt: $at) { nodes { entity { slug } } } }',
      { at: `${asKnownAt}T23:59:59Z` },
    );
    await page.goto(`${base}/explore?entity=armenia&depth=1&asKnownAt=${asKnownAt}`);
    await waitStatus(`as the graph stood on ${asKnownAt}`);
    expect(await page.inputValue('#known-at')).toBe(asKnownAt);
    expect((await drawnNodes()).sort()).toEqual(neighborhood!.nodes.map((n) => n.entity.slug).sort());
    await page.fill('#known-at', '');
    await page.dispatchEvent('#known-at', 'change');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('asKnownAt'), null, WAIT);
    await page.waitForFunction(() => !document.querySelector('#status')?.textContent?.includes('stood on'), null, WAIT);
  });
});

describe('time on screen', () => {
  it('follows the true-time rule: as of 1990 no 2022 event is in Armenia’s neighbourhood', SLOW, async ({ data }) => {
    const { timeline } = await data<{ timeline: { slug: string; startDate: string | null }[] }>('{ timeline(first: 500) { slug startDate } }');
    const of2022 = timeline.filter((event) => event.startDate?.startsWith('2022')).map((event) => event.slug);
    expect(of2022.length).toBeGreaterThan(0);
    await page.goto(`${base}/explore?entity=armenia&depth=2&asOf=2022-09-14`);
    await waitStatus('as of 2022-09-14');
    expect((await drawnNodes()).filter((slug) => of2022.includes(slug)).length).toBeGreaterThan(0);
    await page.goto(`${base}/explore?entity=armenia&depth=2&asOf=1990-01-01`);
    await waitStatus('as of 1990-01-01');
    expect((await drawnNodes()).filter((slug) => of2022.includes(slug))).toEqual([]);
  });

  it('steps the slider through the days something changes, with the arrow keys, over a strip of event ticks', SLOW, async () => {
    const steps = Number(await page.getAttribute('#slider', 'max')) + 1;
    expect(steps).toBeGreaterThan(5);
    expect(await page.locator('#ticks i').count()).toBeGreaterThan(3);
    await page.locator('#slider').evaluate((slider: HTMLInputElement) => {
      slider.value = '0';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const first = await page.textContent('#slider-day');
    await page.focus('#slider');
    await page.keyboard.press('ArrowRight');
    const second = await page.textContent('#slider-day');
    expect(second! > first!).toBe(true);
    await page.waitForFunction((d) => new URLSearchParams(location.search).get('asOf') === d, second, WAIT);
    await page.keyboard.press('ArrowLeft');
    expect(await page.textContent('#slider-day')).toBe(first);
    expect(await page.getAttribute('#slider', 'aria-valuetext')).toContain(`change 1 of ${steps}`);
  });
});

describe('the map', () => {
  it('draws places and events at their points over outlines served by this server, and a point opens its details', SLOW, async () => {
    await page.goto(`${base}/explore?show=map`);
    await page.locator('#map svg .point').first().waitFor(WAIT);
    expect(await page.locator('#map .land path').count()).toBeGreaterThan(3);
    const names = await page.locator('#map .point').evaluateAll((points) => points.map((p) => p.getAttribute('aria-label')));
    expect(names).toEqual(expect.arrayContaining(['Yerevan (Region)', 'Baku (Region)']));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#map .point[data-id="yerevan"]').click();
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Yerevan', null, WAIT);
    await shot('explorer-map.png');
  });

  it('follows the slider and the centre: as of 1990 no 2022 event on Armenia’s map', SLOW, async ({ data }) => {
    const { timeline } = await data<{ timeline: { slug: string; startDate: string | null }[] }>('{ timeline(first: 500) { slug startDate } }');
    const of2022 = new Set(timeline.filter((event) => event.startDate?.startsWith('2022')).map((event) => event.slug));
    const pointsOnMap = () => page.locator('#map .point').evaluateAll((points) => points.map((p) => p.getAttribute('data-id')!));
    await page.goto(`${base}/explore?entity=armenia&depth=2&show=map`);
    await page.locator('#map svg .point').first().waitFor(WAIT);
    await page.goto(`${base}/explore?entity=armenia&depth=2&asOf=1990-01-01&show=map`);
    await page.locator('#map svg').waitFor(WAIT);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('as of 1990-01-01'), null, WAIT);
    expect((await pointsOnMap()).filter((slug) => of2022.has(slug))).toEqual([]);
    await page.click('#show-graph');
    expect(await page.locator('#graph').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.has('show')).toBe(false);
  });
});

describe('any screen', () => {
  it('gives the graph the phone’s screen, with the sidebar as a drawer', SLOW, async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=1`);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.match(/^\d+ entities/), null, WAIT);
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(graph.width).toBeGreaterThanOrEqual(300);
    expect(graph.height).toBeGreaterThanOrEqual(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('aside').isVisible()).toBe(false);
    await shot('explorer-phone.png');
    await page.click('#drawer-toggle');
    await page.locator('#confidence-filter').waitFor({ state: 'visible', ...WAIT });
    expect(await page.getAttribute('aside details.list', 'open')).toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('aside').waitFor({ state: 'hidden', ...WAIT });

    // Something picked on the graph opens the drawer with its details in view.
    await page.evaluate(() =>
      (window as unknown as { explorer: { cy: { getElementById(id: string): { emit(e: string): void } } } }).explorer.cy.getElementById('armenia').emit('tap'),
    );
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Armenia', null, WAIT);
    await page.locator('#details h2').waitFor({ state: 'visible', ...WAIT });
    const heading = (await page.locator('#details h2').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y + heading.height).toBeLessThanOrEqual(PHONE.height);
    await page.keyboard.press('Escape');

    // The export menu stays on screen.
    await page.click('#export summary');
    const menu = (await page.locator('#export ul').boundingBox())!;
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(PHONE.width);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('shows a bad address’s message on a phone too (the drawer opens to it)', SLOW, async () => {
    await page.goto(`${base}/explore?entity=armenia&depth=1&asOf=2022-13-45`);
    await waitStatus('Set aside from the address');
    await page.locator('#status').waitFor({ state: 'visible', ...WAIT });
    const said = (await page.locator('#status').boundingBox())!;
    expect(said.y + said.height).toBeLessThanOrEqual(PHONE.height);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('aside').waitFor({ state: 'hidden', ...WAIT });
  });

  it('draws the map at phone width', SLOW, async () => {
    await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=2`);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.match(/^\d+ entities/), null, WAIT);
    await page.click('#show-map');
    await page.locator('#map svg .point').first().waitFor(WAIT);
    const map = (await page.locator('#map svg').boundingBox())!;
    expect(Math.min(map.width, map.height)).toBeGreaterThanOrEqual(300);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot('explorer-map-phone.png');
  });

  it('pictures the graph at desktop width', SLOW, async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=2&asOf=2022-09-14&select=armenia`);
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Armenia', null, WAIT);
    await shot('explorer.png');
  });

  it('ran without a script error or a request to another host', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});
