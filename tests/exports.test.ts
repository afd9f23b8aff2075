/**
 * The exports at /export/… on the real Neo4j through the real endpoint: GraphML that NetworkX reads
 * with every node and edge and their typed attributes; a conflict-graph/v1 document that, imported
 * into an empty database, gives back the same graph (a fingerprint of nodes, relationships and
 * citations, audit stamps aside); CSV files a spreadsheet reads, dates with their precision, a row
 * per citation and per source; GeoJSON a map reads; the explorer's filters and neighbourhood, asOf
 * by the true-time rule; bad parameters as 400s naming them; reads behind a token when AUTH_READS
 * says so.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { parseApiKeys } from '../src/auth.js';
import { importDocumentText } from '../src/import/index.js';
import { parseDocument } from '../src/model/parse.js';
import { seedFiles } from '../src/import/seed.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { csvRows, graphql, resetDatabase, seedArticle, testConnection, testServer } from './helpers.js';

const READER = 'reader-key-0123456789abcdef';
// Beside the fixture's server, which reads openly, one that wants a reader token.
const guarded = testServer({ auth: { readsRequireToken: true, rolesClaim: 'roles', apiKeys: parseApiKeys(`analyst:reader:${READER}`) } });
afterAll(() => guarded.dispose());

const get = (on: Server, path: string, headers: Record<string, string> = {}) => on.fetch(`http://localhost${path}`, { headers });

async function count(driver: Driver, query: string): Promise<number> {
  const { records } = await driver.executeQuery(query, {}, { database: testConnection().database });
  return records[0]?.get(0) as number;
}
const ENTITIES = 'MATCH (e:Entity) RETURN count(e)';
const RELATIONSHIPS = 'MATCH (:Entity)-[r]->(:Entity) WHERE r.retractedAt IS NULL RETURN count(r)';

/** The graph's content, audit stamps and versions aside: what an import of an export must give back. */
async function fingerprint(d: Driver): Promise<string[]> {
  const audit = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy'];
  const { records: nodes } = await d.executeQuery(
    `MATCH (n) WHERE n:Entity OR n:Source OR n:Citation
     RETURN labels(n) AS labels, properties(n) AS p`,
    {},
    { database: testConnection().database },
  );
  const { records: relationships } = await d.executeQuery(
    `MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Citation) AND (b:Entity OR b:Source)
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p`,
    {},
    { database: testConnection().database },
  );
  const clean = (p: Record<string, unknown>) =>
    JSON.stringify(
      Object.entries(p)
        .filter(([key]) => !audit.includes(key))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return [
    ...nodes.map((row) => `node ${(row.get('labels') as string[]).sort().join(':')} ${clean(row.get('p'))}`),
    ...relationships.map((row) => `rel ${row.get('from')} ${row.get('type')} ${row.get('to')} ${clean(row.get('p'))}`),
  ].sort();
}

describe('GET /export/graph.graphml', () => {
  it('is read by NetworkX: every entity and relationship, typed attributes with kind, confidence, validity, quote and source', async ({ server, driver }) => {
    const response = await get(server, '/export/graph.graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="conflict-graph-graph\.graphml"/);
    const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.stdin.buffer)
edge = next(d for a, b, d in g.edges(data=True) if a == 'russia' and b == 'armenia' and d['type'] == 'SUPPORTS')
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'multi': g.is_multigraph(), 'armenia': g.nodes['armenia'], 'edge': edge}))`;
    const read = JSON.parse(execFileSync('python3', ['-c', script], { input: Buffer.from(await response.arrayBuffer()) }).toString());
    expect(read.nodes).toBe(await count(driver, ENTITIES));
    expect(read.edges).toBe(await count(driver, RELATIONSHIPS));
    expect(read.armenia).toMatchObject({ label: 'Armenia', kind: 'STATE', isoCode: 'AM', recognized: true });
    expect(read.edge).toMatchObject({ confidence: 'REPORTED_FACT', source: 'armenia-azerbaijan-2022-09', via: 'reuters', citations: 1 });
    expect(read.edge.quote).toMatch(/Russia/);
  });
});

describe('GET /export/graph.json', () => {
  it('imported into an empty database gives back the same graph', async ({ server, driver, db }) => {
    const before = await fingerprint(driver);
    const response = await get(server, '/export/graph.json');
    expect(response.status).toBe(200);
    const text = await response.text();
    const document = JSON.parse(text) as { format: string; relationships: unknown[]; entities: unknown[]; sources: { text: string }[] };
    expect(document.format).toBe('conflict-graph/v1');
    expect(document.relationships).toHaveLength(await count(driver, RELATIONSHIPS));
    expect(document.sources[0]?.text.length).toBeGreaterThan(1000);
    await resetDatabase(driver);
    await importDocumentText(db, text, { file: 'export.json' });
    expect(await fingerprint(driver)).toEqual(before);
  });

  it('narrowed to a neighbourhood still names every entity its citations need, so it imports on its own', async ({ server, driver, db }) => {
    const text = await (await get(server, '/export/graph.json?entity=nikol-pashinyan&depth=1&types=ACCUSES,DEMANDS_RESIGNATION_OF')).text();
    const document = JSON.parse(text) as { relationships: { type: string }[]; entities: { id: string }[] };
    expect(document.relationships.length).toBeGreaterThan(0);
    const types = new Set(document.relationships.map((r) => r.type));
    expect(types).toContain('DEMANDS_RESIGNATION_OF');
    expect([...types].every((type) => ['ACCUSES', 'DEMANDS_RESIGNATION_OF'].includes(type))).toBe(true);
    await resetDatabase(driver);
    await importDocumentText(db, text, { file: 'neighbourhood.json' });
    expect(await count(driver, RELATIONSHIPS)).toBe(document.relationships.length);
    await resetDatabase(driver);
    await seedArticle(driver);
  });
});

describe('GET /export/entities.csv and /export/relationships.csv', () => {
  it('are RFC 4180 tables a spreadsheet reads: a header, a row each, quotes and line breaks quoted', async ({ server, driver }) => {
    const entityRows = await csvRows(await get(server, '/export/entities.csv'));
    expect(entityRows[0]?.slice(0, 3)).toEqual(['id', 'name', 'kind']);
    expect(entityRows.length - 1).toBe(await count(driver, ENTITIES));
    expect(entityRows.every((row) => row.length === entityRows[0]?.length)).toBe(true);

    const response = await get(server, '/export/relationships.csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = await csvRows(response);
    const [header, ...body] = rows as [string[], ...string[][]];
    expect(header.slice(0, 4)).toEqual(['id', 'from', 'to', 'type']);
    expect(body).toHaveLength(await count(driver, RELATIONSHIPS));
    const column = (name: string) => header.indexOf(name);
    const clashes = body.find((row) => row[column('type')] === 'REPORTS' && row[column('figure')] !== '');
    expect(clashes?.[column('source')]).toBe('armenia-azerbaijan-2022-09');
    expect(Number(clashes?.[column('figure')])).toBeGreaterThan(0);
    expect(Number(clashes?.[column('citations')])).toBeGreaterThan(0);
    // What each citation says is a row of citations.csv, not a cell pairing one source's quote with another's speaker.
    for (const name of ['quote', 'assertedBy', 'via']) expect(header).not.toContain(name);
  });

  it('give every date its precision in the column beside it', async ({ server }) => {
    const [relationshipHeader, ...relationships] = (await csvRows(await get(server, '/export/relationships.csv'))) as [string[], ...string[][]];
    const at = (name: string) => relationshipHeader.indexOf(name);
    expect(at('validFromPrecision')).toBe(at('validFrom') + 1);
    expect(at('validToPrecision')).toBe(at('validTo') + 1);
    const since1994 = relationships.find((row) => row[0] === 'armenia-supports-nagorno-karabakh-republic');
    expect([since1994?.[at('validFrom')], since1994?.[at('validFromPrecision')], since1994?.[at('validTo')], since1994?.[at('validToPrecision')]]).toEqual([
      '1994',
      'YEAR',
      '',
      '',
    ]);
    const ending = relationships.find((row) => row[at('type')] === 'ENDS' && row[at('validFrom')] !== '');
    expect([ending?.[at('validFrom')], ending?.[at('validFromPrecision')]]).toEqual(['2022-09-14', 'DAY']);

    const [entityHeader, ...entities] = (await csvRows(await get(server, '/export/entities.csv'))) as [string[], ...string[][]];
    const of = (id: string, name: string) => entities.find((row) => row[0] === id)?.[entityHeader.indexOf(name)];
    for (const name of ['termFrom', 'termTo', 'start', 'end']) expect(entityHeader.indexOf(`${name}Precision`)).toBe(entityHeader.indexOf(name) + 1);
    expect([of('nagorno-karabakh-conflict', 'start'), of('nagorno-karabakh-conflict', 'startPrecision')]).toEqual(['1988', 'YEAR']);
    expect([of('september-2022-ceasefire', 'start'), of('september-2022-ceasefire', 'startPrecision')]).toEqual(['2022-09-14T20:00:00+04:00', 'DAY']);
    expect([of('yerevan', 'latitude'), of('yerevan', 'longitude')]).toEqual(['40.18111', '44.51361']);
    expect(of('yerevan', 'coordinatesNote')).toMatch(/^GeoNames 616052/);
  });
});

/** How many citations the seed document holds, counted from the document itself. */
async function seedCitations(): Promise<{ itemId: string; quote: string }[]> {
  const [file] = (await seedFiles()) as [string];
  const { document } = parseDocument(await readFile(file, 'utf8'), file);
  return [...document.entities, ...document.relationships].flatMap((item) => item.citations.map((c) => ({ itemId: item.id, quote: c.quote })));
}

describe('GET /export/citations.csv and /export/sources.csv', () => {
  it('hold a row per citation of the seed, each with its item, source, quote and who asserts it', async ({ server }) => {
    const [header, ...rows] = (await csvRows(await get(server, '/export/citations.csv'))) as [string[], ...string[][]];
    expect(header).toEqual(['id', 'itemId', 'itemType', 'sourceId', 'quote', 'assertedBy', 'via', 'note']);
    const expected = await seedCitations();
    expect(rows).toHaveLength(expected.length);
    const pair = (itemId: string, quote: string) => `${itemId}\n${quote}`;
    expect(rows.map((row) => pair(row[1]!, row[4]!)).sort()).toEqual(expected.map((c) => pair(c.itemId, c.quote)).sort());
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
    // The ceasefire's time is Grigoryan's word, relayed by no one; its other citation is the source's own.
    const ceasefire = rows.filter((row) => row[1] === 'september-2022-ceasefire' && row[2] === 'ENTITY');
    expect(ceasefire.map((row) => [row[3], row[5]]).sort()).toEqual([
      ['armenia-azerbaijan-2022-09', ''],
      ['armenia-azerbaijan-2022-09', 'armen-grigoryan'],
    ]);
    expect(rows.filter((row) => row[2] === 'RELATIONSHIP' && row[6] === 'reuters').length).toBeGreaterThan(0);
  });

  it('list the sources cited, with publication dates and their precision, without their texts', async ({ server }) => {
    const response = await get(server, '/export/sources.csv');
    expect(response.headers.get('content-disposition')).toContain('conflict-graph-sources.csv');
    const rows = await csvRows(response);
    expect(rows).toEqual([
      ['id', 'title', 'publisher', 'url', 'publishedFrom', 'publishedFromPrecision', 'publishedTo', 'publishedToPrecision', 'language', 'originalLanguage'],
      [
        'armenia-azerbaijan-2022-09',
        'Armenia – Azerbaijan. There are fights going on. The parties report the losses',
        '',
        '',
        '2022-09-14',
        'DAY',
        '2022-09-15',
        'DAY',
        'en',
        'pl',
      ],
    ]);
  });

  it('follow the filters: only the citations of what the export holds', async ({ server }) => {
    const ids = async (path: string) => new Set((await csvRows(await get(server, path))).slice(1).map((row) => row[0]));
    const held = new Set([...(await ids('/export/entities.csv?asOf=1990-01-01')), ...(await ids('/export/relationships.csv?asOf=1990-01-01'))]);
    const cited = new Set((await csvRows(await get(server, '/export/citations.csv?asOf=1990-01-01'))).slice(1).map((row) => row[1]));
    expect(cited).toEqual(held);
  });

  it('keep a quote with commas, quotes and a line break whole, quoted as RFC 4180 says', async ({ server, db }) => {
    const quote = 'Alpha, "the first", said:\nBeta';
    const text = `Test text written for the conflict-graph project. ${quote} accused Alpha of raids.`;
    await importDocumentText(
      db,
      JSON.stringify({
        format: 'conflict-graph/v1',
        sources: [{ id: 'csv-quoting-test', title: 'A test', language: 'en', text }],
        entities: [{ id: 'csv-alpha', kind: 'STATE', name: 'Alpha', citations: [{ quote }] }],
      }),
      { file: 'csv-quoting.json' },
    );
    const response = await get(server, '/export/citations.csv');
    const raw = new TextDecoder().decode(await response.clone().arrayBuffer());
    expect(raw).toContain('"Alpha, ""the first"", said:\nBeta"');
    const rows = await csvRows(response);
    expect(rows.filter((row) => row[1] === 'csv-alpha').map((row) => [row[3], row[4]])).toEqual([['csv-quoting-test', quote]]);
    expect(rows.every((row) => row.length === 8)).toBe(true);
  });
});

describe('GET /export/graph.geojson', () => {
  type Feature = { type: string; id: string; geometry: { type: string; coordinates: [number, number] }; properties: Record<string, unknown> };
  const features = async (server: Server, query = '') => {
    const response = await get(server, `/export/graph.geojson${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    const collection = JSON.parse(await response.text()) as { type: string; features: Feature[] };
    expect(collection.type).toBe('FeatureCollection');
    return collection.features;
  };

  it('is an RFC 7946 FeatureCollection of points, [longitude, latitude], that places Yerevan near 44.5° E, 40.2° N', async ({ server }) => {
    const all = await features(server);
    for (const feature of all) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [longitude, latitude] = feature.geometry.coordinates;
      expect(Math.abs(longitude)).toBeLessThanOrEqual(180);
      expect(Math.abs(latitude)).toBeLessThanOrEqual(90);
      expect(feature.properties.coordinatesNote).toEqual(expect.any(String));
    }
    const yerevan = all.find((f) => f.id === 'yerevan');
    expect(yerevan?.geometry.coordinates[0]).toBeCloseTo(44.5, 0);
    expect(yerevan?.geometry.coordinates[1]).toBeCloseTo(40.2, 0);
    expect(yerevan?.properties).toMatchObject({ id: 'yerevan', kind: 'REGION', name: 'Yerevan', type: 'CITY' });
    const protests = all.find((f) => f.id === 'armenian-protests-2022-09-14');
    expect(protests?.properties).toMatchObject({
      kind: 'EVENT',
      type: 'PROTEST',
      start: '2022-09-14',
      startPrecision: 'DAY',
      end: '2022-09-14',
      endPrecision: 'DAY',
    });
    // Areas without one point are not on the map.
    expect(all.map((f) => f.id)).not.toContain('armenia-azerbaijan-border-zone');
  });

  it('follows the filters, asOf by the true-time rule: no 2022 event on the map of 1990', async ({ server }) => {
    const then = (await features(server, '?asOf=1990-01-01')).map((f) => f.id);
    expect(then).toContain('yerevan');
    expect(then).not.toContain('armenian-protests-2022-09-14');
    expect((await features(server, '?asOf=2022-09-14')).map((f) => f.id)).toContain('armenian-protests-2022-09-14');
    expect((await features(server, '?entity=baku&depth=1')).map((f) => f.id)).toEqual(['baku']);
  });
});

describe('filters, as the explorer sets them', () => {
  const relationshipsOf = async (server: Server, query: string) => (await csvRows(await get(server, `/export/relationships.csv?${query}`))).slice(1);

  it('asOf, types and minConfidence narrow what is exported, as the explorer draws it', async ({ server, driver }) => {
    const all = await relationshipsOf(server, '');
    const then = await relationshipsOf(server, 'asOf=1990-01-01');
    expect(then.length).toBeGreaterThan(0);
    expect(then.length).toBeLessThan(all.length);
    // True time: nothing touches an event that had not begun (the clashes of 2022, the 2020 war).
    const later = ['september-2022-border-clashes', 'second-nagorno-karabakh-war', 'csto-observation-mission-2022'];
    expect(then.filter((row) => later.includes(row[1]!) || later.includes(row[2]!))).toEqual([]);
    const entitiesThen = (await csvRows(await get(server, '/export/entities.csv?asOf=1990-01-01'))).slice(1).map((row) => row[0]);
    expect(entitiesThen).toContain('armenia');
    for (const id of later) expect(entitiesThen).not.toContain(id);
    expect(new Set((await relationshipsOf(server, 'types=SUPPORTS,ACCUSES')).map((row) => row[3]))).toEqual(new Set(['SUPPORTS', 'ACCUSES']));
    expect(new Set((await relationshipsOf(server, 'minConfidence=REPORTED_FACT')).map((row) => row[6]))).toEqual(new Set(['REPORTED_FACT']));
    const entities = (await csvRows(await get(server, '/export/entities.csv?types=SUPPORTS'))).slice(1);
    expect(entities.length).toBeLessThan(await count(driver, ENTITIES));
  });

  it('entity and depth export the neighbourhood the explorer shows', async ({ server }) => {
    const { data } = await graphql<{ neighborhood: { nodes: unknown[]; edges: unknown[] } }>(
      server,
      '{ neighborhood(id: "nikol-pashinyan", depth: 2, limit: 500, asOf: "2022-09-15") { nodes { distance } edges { id } } }',
    );
    const rows = await relationshipsOf(server, 'entity=nikol-pashinyan&depth=2&asOf=2022-09-15');
    expect(rows).toHaveLength(data?.neighborhood.edges.length ?? -1);
    const file = await get(server, '/export/graph.graphml?entity=nikol-pashinyan&depth=2');
    expect(file.headers.get('content-disposition')).toContain('conflict-graph-nikol-pashinyan-graph.graphml');
  });

  it('refuses a bad parameter with 400 and a JSON error naming it, never a stack trace', async ({ server }) => {
    for (const [query, parameter] of [
      ['asOf=2022-13-01', 'asOf'],
      ['asOf=yesterday', 'asOf'],
      ['types=SUPPORTS,LIKES', 'types'],
      ['minConfidence=SURE', 'minConfidence'],
      ['entity=armenia&depth=9', 'depth'],
      ['depth=2', 'depth'],
      ['entity=Not%20A%20Slug', 'entity'],
      ['minconfidence=CLAIM', 'minconfidence'],
    ] as const) {
      const response = await get(server, `/export/graph.graphml?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; parameter: string; message: string } };
      expect(body.error, query).toMatchObject({ code: 'BAD_REQUEST', parameter });
      expect(body.error.message).not.toMatch(/\bat \w+ \(|\.ts:\d/);
    }
    const unknown = await get(server, '/export/graph.json?entity=no-such-entity');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { parameter: 'entity' } });
    expect((await get(server, '/export/graph.gexf')).status).toBe(404);
    expect((await server.fetch('http://localhost/export/graph.json', { method: 'POST' })).status).toBe(405);
  });
});

describe('reads behind a token (AUTH_READS=token)', () => {
  it('needs a reader token: 401 without one or with a bad one, 200 with one', async () => {
    const without = await get(guarded, '/export/entities.csv');
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer');
    expect(await without.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await get(guarded, '/export/entities.csv', { authorization: 'Bearer not-a-known-key-at-all' })).status).toBe(401);
    const granted = await get(guarded, '/export/entities.csv', { authorization: `Bearer ${READER}` });
    expect(granted.status).toBe(200);
    expect((await granted.text()).split('\r\n').length).toBeGreaterThan(10);
  });
});
