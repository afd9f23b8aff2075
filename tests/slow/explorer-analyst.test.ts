/**
 * The explorer's analyst controls in a real browser (Debian's Chromium through playwright-core)
 * against the fixture's live server on the real Neo4j, each checked against what the GraphQL API
 * answers for the same view: the view kept in the address and reopened from it; the time slider and
 * Play; the legend filtering by type and confidence; a readable drawing at depth 2 (labels clear of
 * other nodes, edge labels on zoom or hover, parallel edges bundled); exports and images of what is
 * on screen; an event's sources side by side with the conflict marked; no accessibility violations;
 * no request to another host. Screenshots go to test-results/ (git-ignored).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect } from 'vitest';
import { importFile } from '../../src/import/index.js';
import { projectRoot } from '../../src/paths.js';
import { accessibilityViolations, pageSession } from '../browser.js';
import { it, type Data } from '../fixture.js';

const SCREENSHOTS = join(projectRoot, 'test-results');
const SECOND_TOLL = join(projectRoot, 'tests', 'fixtures', 'sources-view', 'second-toll-september-2022.json');
/** Browser waits: a redraw lays the graph out again, slow on a busy two-core machine. */
const WAIT = { timeout: 60_000 };
/** A test's own limit: several redraws, each waited for. */
const SLOW = { timeout: 300_000 };

const session = pageSession();
let base: string;
let page: Page;
// Before each test: a page whose renderer crashed has been replaced by then (tests/browser.ts).
beforeEach(() => {
  ({ base, page } = session);
});

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
interface El {
  id(): string;
  data(key: string): string;
  style(name: string): string;
  hasClass(name: string): boolean;
  visible(): boolean;
  boundingBox(options: object): Box;
  renderedMidpoint(): { x: number; y: number };
  renderedPosition(): { x: number; y: number };
}
interface Elements {
  length: number;
  map<T>(f: (e: El) => T): T[];
  filter(f: (e: El) => boolean): Elements;
}
interface Cy {
  edges(selector?: string): Elements;
  nodes(selector?: string): Elements;
  zoom(level?: number): number;
  center(): void;
  getElementById(id: string): El;
  container(): HTMLElement;
}

/** Runs `f` in the page with the explorer's Cytoscape instance (and a JSON argument). */
const inPage = <T, A = null>(f: (cy: Cy, arg: A) => T, arg: A = null as A) =>
  page.evaluate(`(${f.toString()})(window.explorer.cy, ${JSON.stringify(arg)})`) as Promise<T>;

/** What is drawn: entity slugs and relationship slugs (bundles aside), sorted. */
const drawn = () =>
  inPage((cy) => ({
    nodes: cy
      .nodes()
      .map((n) => n.id())
      .sort(),
    edges: cy
      .edges()
      .filter((e) => !e.hasClass('bundle'))
      .map((e) => e.id().slice(2))
      .sort(),
  }));

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $asOf: Date, $types: [RelationshipType!], $minConfidence: Confidence) {
  neighborhood(id: $id, depth: $depth, asOf: $asOf, limit: 150, types: $types, minConfidence: $minConfidence) {
    nodes { entity { slug } } edges { slug type confidence from { slug } to { slug } }
  }
}`;
type Neighborhood = {
  nodes: { entity: { slug: string } }[];
  edges: { slug: string; type: string; confidence: string; from: { slug: string }; to: { slug: string } }[];
};
interface Ask {
  id: string;
  depth?: number;
  asOf?: string | null;
  hide?: string[];
  minConfidence?: string | null;
}

/** The neighbourhood the API gives for a view (the explorer asks for every known type but the hidden). */
async function expected(data: Data, { id, depth = 2, asOf = null, hide = [], minConfidence = null }: Ask) {
  const { relationshipCounts } = await data<{ relationshipCounts: { type: string }[] }>('{ relationshipCounts { type } }');
  const types = hide.length ? relationshipCounts.map((c) => c.type).filter((t) => !hide.includes(t)) : null;
  const { neighborhood } = await data<{ neighborhood: Neighborhood }>(NEIGHBORHOOD, { id, depth, asOf, types, minConfidence });
  return { graph: { nodes: neighborhood.nodes.map((n) => n.entity.slug).sort(), edges: neighborhood.edges.map((e) => e.slug).sort() }, neighborhood, types };
}

const param = (name: string) => new URL(page.url()).searchParams.get(name);
const day = () => page.textContent('#slider-day');

describe('the explorer for analysts', () => {
  it('opens the view an address describes (centre, depth, date, hidden types, selection) and keeps the address up to date', SLOW, async ({ data }) => {
    await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=2&asOf=2022-09-14&hide=ACCUSES&select=armenia`);
    const want = await expected(data, { id: 'nikol-pashinyan', depth: 2, asOf: '2022-09-14', hide: ['ACCUSES'] });
    expect(want.neighborhood.edges.length).toBeGreaterThan(10);
    await expect.poll(drawn, WAIT).toEqual(want.graph);
    expect(await inPage((cy) => cy.getElementById('nikol-pashinyan').hasClass('focus'))).toBe(true);
    expect(await page.inputValue('#as-of')).toBe('2022-09-14');
    expect(await page.inputValue('#depth')).toBe('2');
    expect(await day()).toBe('2022-09-14');
    expect(await page.getAttribute('[data-type="ACCUSES"]', 'aria-pressed')).toBe('false');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Armenia', null, WAIT);
    expect(await inPage((cy) => cy.nodes(':selected').map((n) => n.id()))).toEqual(['armenia']);

    // Each change is written to the address, and the address reopens the view as it was changed.
    await page.selectOption('#depth', '1');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('depth') === '1', null, WAIT);
    await page.fill('#as-of', '2021-01-01');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('asOf') === '2021-01-01', null, WAIT);
    await page.locator('#node-list button', { hasText: 'Nikol Pashinyan' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('select') === 'nikol-pashinyan', null, WAIT);
    expect([param('entity'), param('hide')]).toEqual(['nikol-pashinyan', 'ACCUSES']);
    const atDepth1 = await expected(data, { id: 'nikol-pashinyan', depth: 1, asOf: '2021-01-01', hide: ['ACCUSES'] });
    await expect.poll(drawn, WAIT).toEqual(atDepth1.graph);

    await page.reload();
    await expect.poll(drawn, WAIT).toEqual(atDepth1.graph);
    expect([await page.inputValue('#depth'), await page.inputValue('#as-of'), await day()]).toEqual(['1', '2021-01-01', '2021-01-01']);
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Nikol Pashinyan', null, WAIT);
  });

  it('redraws as of the day the slider is moved to, and Play steps through the days things change', SLOW, async ({ data }) => {
    await page.goto(`${base}/explore?entity=armenia&depth=1`);
    await expect.poll(drawn, WAIT).toEqual((await expected(data, { id: 'armenia', depth: 1 })).graph);
    // The slider's steps: each day an event begins or ends (the day after) or a relationship's own dates do.
    const { timeline } = await data<{ timeline: { startDate: string | null; endDate: string | null }[] }>('{ timeline(first: 500) { startDate endDate } }');
    type DatesPage = { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { validFrom: string | null; validTo: string | null } }[] };
    const edges: DatesPage['edges'] = [];
    for (let cursor: string | null = null, more = true; more;) {
      const { relationships }: { relationships: DatesPage } = await data<{ relationships: DatesPage }>(
        'query($after: String) { relationships(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { validFrom validTo } } } }',
        { after: cursor },
      );
      edges.push(...relationships.edges);
      [cursor, more] = [relationships.pageInfo.endCursor, relationships.pageInfo.hasNextPage];
    }
    const after = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const days = [
      ...new Set(
        [
          ...timeline.flatMap((e) => [e.startDate, e.endDate && after(e.endDate)]),
          ...edges.flatMap(({ node }) => [node.validFrom, node.validTo && after(node.validTo)]),
        ].filter((d): d is string => Boolean(d)),
      ),
    ].sort();
    const span = days.length - 1;
    expect(Number(await page.getAttribute('#slider', 'max'))).toBe(span);

    const slide = (value: number) =>
      page.locator('#slider').evaluate((slider: HTMLInputElement, v) => {
        slider.value = String(v);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    await slide(Math.round(span * 0.95));
    const late = (await day())!;
    expect(late).toBe(days[Math.round(span * 0.95)]);
    await page.waitForFunction((d) => new URLSearchParams(location.search).get('asOf') === d, late, WAIT);
    await expect.poll(drawn, WAIT).toEqual((await expected(data, { id: 'armenia', depth: 1, asOf: late })).graph);

    await slide(0);
    expect(await day()).toBe(days[0]);
    const first = await expected(data, { id: 'armenia', depth: 1, asOf: days[0] });
    await expect.poll(drawn, WAIT).toEqual(first.graph);

    // Play: the day moves from change to change and the drawing follows it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { daysSeen: string[] }).daysSeen = seen;
      const output = document.querySelector('#slider-day')!;
      new MutationObserver(() => seen.push(output.textContent ?? '')).observe(output, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await page.waitForFunction(() => Number(document.querySelector('#slider-day')?.textContent?.slice(0, 4)) >= 1996, null, { timeout: 120_000 });
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
    const seen = await page.evaluate(() => (window as unknown as { daysSeen: string[] }).daysSeen);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...new Set(seen)].sort());
    for (const seenDay of seen) expect(days).toContain(seenDay);
    const paused = (await day())!;
    await page.waitForTimeout(1500);
    expect(await day()).toBe(paused);
    const then = await expected(data, { id: 'armenia', depth: 1, asOf: paused });
    expect(then.graph).not.toEqual(first.graph);
    await expect.poll(drawn, WAIT).toEqual(then.graph);
    expect(param('asOf')).toBe(paused);

    await page.click('#all-time');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('asOf'), null, WAIT);
    await expect.poll(drawn, WAIT).toEqual((await expected(data, { id: 'armenia', depth: 1 })).graph);
  });

  it('hides relationship types and weaker confidence levels from the legend', SLOW, async ({ data }) => {
    await page.goto(`${base}/explore?entity=nikol-pashinyan`);
    const all = await expected(data, { id: 'nikol-pashinyan' });
    await expect.poll(drawn, WAIT).toEqual(all.graph);
    const accusations = all.neighborhood.edges.filter((e) => e.type === 'ACCUSES').length;
    expect(accusations).toBeGreaterThan(0);
    expect(await page.textContent('[data-type="ACCUSES"]')).toContain(`(${accusations})`);

    await page.click('[data-type="ACCUSES"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('hide') === 'ACCUSES', null, WAIT);
    await expect.poll(drawn, WAIT).toEqual((await expected(data, { id: 'nikol-pashinyan', hide: ['ACCUSES'] })).graph);
    expect(await page.getAttribute('[data-type="ACCUSES"]', 'aria-pressed')).toBe('false');
    await page.click('[data-type="ACCUSES"]');
    await expect.poll(drawn, WAIT).toEqual(all.graph);
    expect(param('hide')).toBeNull();

    const level = (text: string) => page.locator('#confidence-filter button', { hasText: text });
    await level('assessment').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('minConfidence') === 'CLAIM', null, WAIT);
    await expect.poll(drawn, WAIT).toEqual((await expected(data, { id: 'nikol-pashinyan', minConfidence: 'CLAIM' })).graph);
    await level('claim').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('minConfidence') === 'REPORTED_FACT', null, WAIT);
    const facts = await expected(data, { id: 'nikol-pashinyan', minConfidence: 'REPORTED_FACT' });
    expect(facts.graph.edges.length).toBeLessThan(all.graph.edges.length);
    await expect.poll(drawn, WAIT).toEqual(facts.graph);
    expect(
      await inPage((cy) => [
        ...new Set(
          cy
            .edges()
            .filter((e) => !e.hasClass('bundle'))
            .map((e) => e.data('confidence')),
        ),
      ]),
    ).toEqual(['REPORTED_FACT']);
    expect([await level('claim').getAttribute('aria-pressed'), await level('assessment').getAttribute('aria-pressed')]).toEqual(['false', 'false']);
    await level('assessment').click();
    await expect.poll(drawn, WAIT).toEqual(all.graph);
    expect(param('minConfidence')).toBeNull();
  });

  it('draws Pashinyan at depth 2 readably: labels clear of other nodes, edge labels on zoom or hover, parallel edges bundled', SLOW, async ({ data }) => {
    const { graph, neighborhood } = await expected(data, { id: 'nikol-pashinyan' });
    expect(graph.nodes.length).toBeGreaterThan(15);
    // The layout starts from random: three fresh drawings, each with no node's label on another
    // node and every node label large enough to be drawn at the zoom that fits the view.
    for (let drawing = 0; drawing < 3; drawing++) {
      await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=2`);
      await expect.poll(drawn, WAIT).toEqual(graph);
      const layout = await inPage((cy) => {
        const nodes = cy.nodes().map((n) => ({
          id: n.id(),
          label: n.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false, includeOverlays: false }),
          body: n.boundingBox({ includeNodes: true, includeLabels: false, includeEdges: false, includeOverlays: false }),
          shown: parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')),
        }));
        const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        const overlaps = nodes.flatMap((a) => nodes.filter((b) => b.id !== a.id && meets(a.label, b.body)).map((b) => `${a.id} label on ${b.id}`));
        return { overlaps, hidden: nodes.filter((n) => !n.shown).map((n) => n.id) };
      });
      expect(layout, `drawing ${drawing + 1}`).toEqual({ overlaps: [], hidden: [] });
    }

    // Relationships between one pair, three or more: one bundle, the relationships hidden behind it.
    const pairs = new Map<string, number>();
    for (const e of neighborhood.edges) {
      const pair = [e.from.slug, e.to.slug].sort().join('|');
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    const crowded = [...pairs]
      .filter(([, n]) => n >= 3)
      .map(([pair]) => pair)
      .sort();
    expect(crowded.length).toBeGreaterThan(0);
    const bundles = await inPage((cy) => cy.edges('.bundle').map((b) => ({ pair: b.data('pair'), count: Number(b.data('count')), visible: b.visible() })));
    expect(bundles.map((b) => b.pair).sort()).toEqual(crowded);
    expect(bundles.every((b) => b.visible && b.count === pairs.get(b.pair))).toBe(true);
    const hiddenBehind = await inPage(
      (cy, inBundles) =>
        cy
          .edges()
          .filter((e) => !e.hasClass('bundle'))
          .filter((e) => inBundles.includes([e.data('source'), e.data('target')].sort().join('|')))
          .map((e) => e.visible()),
      crowded,
    );
    expect(hiddenBehind.length).toBe(crowded.reduce((n, pair) => n + pairs.get(pair)!, 0));
    expect(hiddenBehind.every((visible) => !visible)).toBe(true);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-depth-2.png') });

    // Which edges show a label a person can read (set, and drawn at 8px or more on screen).
    const readableLabels = () =>
      inPage((cy) =>
        cy
          .edges(':visible')
          .filter((e) => {
            const size = parseFloat(e.style('font-size')) * cy.zoom();
            return Boolean(e.style('label')) && size >= Math.max(8, parseFloat(e.style('min-zoomed-font-size')));
          })
          .map((e) => e.id()),
      );
    await inPage((cy) => cy.zoom(0.7));
    expect((await readableLabels()).filter((id) => !id.startsWith('b:'))).toEqual([]);
    await inPage((cy) => cy.zoom(2));
    const zoomed = await readableLabels();
    const visibleEdges = await inPage((cy) => cy.edges(':visible').map((e) => e.id()));
    expect(zoomed.sort()).toEqual(visibleEdges.sort());

    // Zoomed out again, pointing at an edge shows its label; moving away hides it.
    await inPage((cy) => {
      cy.zoom(0.7);
      cy.center();
    });
    const target = await inPage((cy) => {
      const box = cy.container().getBoundingClientRect();
      const nodes = cy.nodes().map((n) => n.renderedPosition());
      const inside = (p: { x: number; y: number }) => p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
      const clearance = (p: { x: number; y: number }) => Math.min(...nodes.map((n) => Math.hypot(n.x - p.x, n.y - p.y)));
      const best = cy
        .edges()
        .filter((e) => e.visible() && !e.hasClass('bundle'))
        .map((e) => ({ id: e.id(), at: e.renderedMidpoint() }))
        .filter((e) => inside(e.at))
        .sort((a, b) => clearance(b.at) - clearance(a.at))[0]!;
      return { id: best.id, x: box.left + best.at.x, y: box.top + best.at.y };
    });
    await page.mouse.move(target.x, target.y);
    await expect.poll(readableLabels, WAIT).toContain(target.id);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await readableLabels()).filter((id) => !id.startsWith('b:')), WAIT).toEqual([]);
  });

  it('exports what is on screen in every format, each link carrying the view', SLOW, async ({ data }) => {
    const view = { id: 'nikol-pashinyan', depth: 2, asOf: '2022-09-14', hide: ['ACCUSES'], minConfidence: 'CLAIM' };
    await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=2&asOf=2022-09-14&hide=ACCUSES&minConfidence=CLAIM`);
    const { graph, types } = await expected(data, view);
    await expect.poll(drawn, WAIT).toEqual(graph);
    await page.click('#export summary');
    const formats = {
      'export-graphml': ['graph.graphml', 'application/graphml+xml'],
      'export-json': ['graph.json', 'application/json'],
      'export-entities': ['entities.csv', 'text/csv'],
      'export-relationships': ['relationships.csv', 'text/csv'],
      'export-citations': ['citations.csv', 'text/csv'],
      'export-sources': ['sources.csv', 'text/csv'],
      'export-statements': ['statements.csv', 'text/csv'],
      'export-geojson': ['graph.geojson', 'application/geo+json'],
      'export-stix': ['graph.stix.json', 'application/stix+json'],
    } as const;
    const bodies: Record<string, string> = {};
    for (const [id, [file, type]] of Object.entries(formats)) {
      const link = page.locator(`#${id}`);
      expect(await link.isVisible()).toBe(true);
      const url = new URL((await link.getAttribute('href'))!, base);
      expect(url.pathname).toBe(`/export/${file}`);
      const params = Object.fromEntries(url.searchParams);
      expect(params).toEqual({ entity: view.id, depth: '2', asOf: view.asOf, types: types!.join(','), minConfidence: view.minConfidence });
      const fetched = await page.evaluate(async (href) => {
        const response = await fetch(href);
        return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
      }, url.pathname + url.search);
      expect([fetched.status, fetched.type?.split(';')[0]]).toEqual([200, type]);
      bodies[file] = fetched.text;
    }
    // The exports hold exactly the entities and relationships drawn.
    const firstColumn = (csv: string) =>
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r\n/)
        .slice(1)
        .map((line) => line.split(',')[0]!)
        .sort();
    expect(firstColumn(bodies['entities.csv']!)).toEqual(graph.nodes);
    expect(firstColumn(bodies['relationships.csv']!)).toEqual(graph.edges);
    // Citations of exactly what is drawn: every relationship drawn has its rows.
    const citedItems = new Set(
      bodies['citations.csv']!.replace(/^\uFEFF/, '')
        .trim()
        .split(/\r\n/)
        .slice(1)
        .map((line) => line.split(',')[1]!),
    );
    for (const edge of graph.edges) expect(citedItems.has(edge)).toBe(true);
    expect(JSON.parse(bodies['graph.geojson']!).type).toBe('FeatureCollection');
    expect(JSON.parse(bodies['graph.stix.json']!).type).toBe('bundle');
    const document = JSON.parse(bodies['graph.json']!) as { entities: { id: string }[]; relationships: { id: string; type: string }[] };
    // The document also carries whoever its citations name (asserted by, via), so it imports on its own.
    expect(document.entities.map((e) => e.id)).toEqual(expect.arrayContaining(graph.nodes));
    expect(document.relationships.map((r) => r.id).sort()).toEqual(graph.edges);
    expect(bodies['graph.graphml']).toContain('<node id="nikol-pashinyan">');
    expect(bodies['graph.graphml']).not.toContain('>ACCUSES<');
  });

  it('saves the drawing as a PNG and an SVG image', SLOW, async () => {
    await page.goto(`${base}/explore?entity=nikol-pashinyan&depth=1&asOf=2022-09-14`);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('as of 2022-09-14'), null, WAIT);
    await page.evaluate(() => {
      const types: string[] = [];
      (window as unknown as { blobTypes: string[] }).blobTypes = types;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        types.push((blob as Blob).type);
        return create(blob);
      };
    });
    await page.click('#export summary');
    const images = [
      ['#save-png', 'png', 'image/png'],
      ['#save-svg', 'svg', 'image/svg+xml'],
    ] as const;
    for (const [button, extension] of images) {
      const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.click(button)]);
      expect(download.suggestedFilename()).toBe(`conflict-graph-nikol-pashinyan-as-of-2022-09-14.${extension}`);
      const bytes = await readFile(await download.path());
      if (extension === 'png') {
        expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(bytes.readUInt32BE(16)).toBeGreaterThan(100);
        // Taller than the drawing alone: the title above it and the legend below, at twice the size.
        const drawing = await inPage(
          (cy) => (cy as unknown as { elements(): { renderedBoundingBox(): { h: number } } }).elements().renderedBoundingBox().h / cy.zoom(),
        );
        expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * drawing + 150);
      } else {
        const svg = bytes.toString('utf8');
        expect(svg).toMatch(/^<svg[\s>]/);
        expect(svg).toContain('>Nikol Pashinyan<');
        // Titled, dated and with its legend, so the image says what it shows on its own.
        expect(svg).toContain('>Nikol Pashinyan: neighbourhood at depth 1<');
        expect(svg).toContain('>As of 2022-09-14 · conflict-graph explorer<');
        for (const label of ['State', 'Leader', 'Organization', 'Region', 'Event', 'claim', 'assessment']) expect(svg).toContain(`>${label}<`);
        // Every node's shape is in it: at least as many shapes filled in a kind's colour as nodes of that kind.
        const colours = await inPage((cy) => cy.nodes().map((n) => n.style('background-color').replaceAll(' ', '')));
        for (const colour of new Set(colours)) {
          const shapes = svg.split(`<path fill="${colour}"`).length - 1;
          expect(shapes, colour).toBeGreaterThanOrEqual(colours.filter((c) => c === colour).length);
        }
      }
    }
    expect(await page.evaluate(() => (window as unknown as { blobTypes: string[] }).blobTypes)).toEqual(images.map(([, , type]) => type));
  });

  it('shows an event’s reports side by side, where they conflict marked', SLOW, async ({ db, data }) => {
    await importFile(db, SECOND_TOLL, 'test');
    const { entity } = await data<{ entity: { sources: { reports: { source: { title: string } }[]; comparisons: { topic: string; agreement: string }[] } } }>(
      '{ entity(id: "september-2022-border-clashes") { ... on Event { sources { reports { source { title } } comparisons { topic agreement } } } } }',
    );
    expect(entity.sources.reports.length).toBe(2);
    await page.goto(`${base}/explore?entity=september-2022-border-clashes&depth=1`);
    const table = page.locator('.sources-view table');
    await table.waitFor(WAIT);
    expect(await table.locator('thead th').allTextContents()).toEqual(['Topic', ...entity.sources.reports.map((r) => expect.stringContaining(r.source.title))]);
    const rows = table.locator('tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual(entity.sources.comparisons.map((c) => expect.stringContaining(c.topic)));
    const conflicts = entity.sources.comparisons.filter((c) => c.agreement === 'CONFLICT').map((c) => c.topic);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(await table.locator('tr.conflict th').allTextContents()).toEqual(conflicts.map((topic) => expect.stringContaining(topic)));
    // The toll: 71 in the article, 80 in the second report, side by side in one marked row.
    const toll = table.locator('tr.conflict', { hasText: 'soldiers killed' });
    expect(await toll.locator('.agreement').textContent()).toBe('Conflict');
    expect(await toll.locator('td').allTextContents()).toEqual([expect.stringContaining('71'), expect.stringContaining('80')]);
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-sources.png') });
  });

  it('has no serious accessibility violations: filters, export menu, sources panel', SLOW, async () => {
    await page.goto(`${base}/explore?entity=september-2022-border-clashes&depth=2&hide=ACCUSES&minConfidence=CLAIM`);
    await page.locator('.sources-view table').waitFor(WAIT);
    await page.locator('[data-type="ACCUSES"]').waitFor(WAIT);
    await page.click('#export summary');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('ran without a script error or a request to another host', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});
