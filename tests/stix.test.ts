/**
 * STIX 2.1 through the real endpoint and CLI on a real Neo4j holding the article: the export maps
 * states, organizations, leaders, places, events, sources and relationships onto STIX with stable
 * ids, passes the OASIS validator (stix2-validator, which .ci/run installs in .venv-stix and names
 * in STIX2_VALIDATOR: the test fails when it is missing), and imported into an empty database with
 * `npm run import -- --format stix` gives back the same graph. A foreign bundle (test data written
 * for the project, in the shape OpenCTI exports) is mapped onto the model.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { stixEntityId, uuidv5 } from '../src/export/stix.js';
import { it } from './fixture.js';
import { resetDatabase, runScript, seedArticle, testConnection } from './helpers.js';

type Stix = Record<string, unknown> & { type: string; id: string };
const VALIDATOR = process.env.STIX2_VALIDATOR ?? join(projectRoot, '.venv-stix/bin/stix2_validator');

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conflict-graph-stix-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

function runImport(...args: string[]) {
  const { uri, user, password } = testConnection();
  return runScript('import', args, { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
}

/** The graph's content, audit stamps aside (as the graph.json round trip compares it). */
async function fingerprint(d: Driver): Promise<string[]> {
  const audit = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy'];
  const { records: nodes } = await d.executeQuery('MATCH (n) WHERE n:Entity OR n:Source OR n:Citation RETURN labels(n) AS labels, properties(n) AS p');
  const { records: relationships } = await d.executeQuery(
    'MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Citation) AND (b:Entity OR b:Source) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p',
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

describe('GET /export/graph.stix.json', () => {
  it('maps the graph onto STIX 2.1 objects with ids made from ours', async ({ server }) => {
    const response = await server.fetch('http://localhost/export/graph.stix.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/stix+json;version=2.1');
    expect(response.headers.get('content-disposition')).toContain('conflict-graph-graph.stix.json');
    const bundle = (await response.json()) as { type: string; objects: Stix[] };
    expect(bundle.type).toBe('bundle');
    const byId = new Map(bundle.objects.map((o) => [o.id, o]));
    expect(byId.get(stixEntityId('STATE', 'armenia'))).toMatchObject({
      type: 'identity',
      spec_version: '2.1',
      name: 'Armenia',
      identity_class: 'organization',
    });
    expect(byId.get(stixEntityId('LEADER', 'nikol-pashinyan'))).toMatchObject({
      identity_class: 'individual',
      roles: [expect.stringMatching(/Prime Minister/i)],
    });
    expect(byId.get(stixEntityId('ORGANIZATION', 'armenian-protesters'))).toMatchObject({ identity_class: 'group' });
    expect(byId.get(stixEntityId('REGION', 'yerevan'))).toMatchObject({ type: 'location', latitude: expect.any(Number), longitude: expect.any(Number) });
    expect(byId.get(stixEntityId('EVENT', 'september-2022-border-clashes'))).toMatchObject({ type: 'incident' });

    const participates = bundle.objects.find(
      (o) =>
        o.type === 'relationship' &&
        o.x_conflict_graph &&
        (o.x_conflict_graph as { id: string }).id === 'armenia-participates-in-september-2022-border-clashes',
    );
    expect(participates).toMatchObject({
      relationship_type: 'participates-in',
      source_ref: stixEntityId('STATE', 'armenia'),
      target_ref: stixEntityId('EVENT', 'september-2022-border-clashes'),
      confidence: 85,
      id: `relationship--${uuidv5('relationship:PARTICIPATES_IN:armenia-participates-in-september-2022-border-clashes')}`,
    });
    expect(String(participates?.description)).toMatch(/^Both countries blamed/);
    const claim = bundle.objects.find((o) => o.type === 'relationship' && (o.x_conflict_graph as { id: string }).id === 'government-of-armenia-reports-deaths');
    expect(claim).toMatchObject({
      relationship_type: 'reports',
      confidence: 50,
      start_time: '2022-09-14T00:00:00.000Z',
      stop_time: '2022-09-14T23:59:59.999Z',
    });
    const report = bundle.objects.find((o) => o.type === 'report');
    expect(report).toMatchObject({
      name: expect.stringMatching(/Armenia – Azerbaijan/),
      external_references: [expect.objectContaining({ external_id: 'armenia-azerbaijan-2022-09' })],
    });
    expect((report?.object_refs as string[]).length).toBeGreaterThan(100);

    // The same graph exports the same objects.
    const again = (await (await server.fetch('http://localhost/export/graph.stix.json')).json()) as { objects: Stix[] };
    expect(again.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
  });

  it('passes the OASIS STIX 2.1 validator', async ({ server }) => {
    expect(existsSync(VALIDATOR), `stix2_validator not found at ${VALIDATOR}: run .ci/run, or set STIX2_VALIDATOR`).toBe(true);
    const file = join(directory, 'graph.stix.json');
    await writeFile(file, await (await server.fetch('http://localhost/export/graph.stix.json')).text());
    let output = '';
    let code = 0;
    try {
      output = execFileSync(VALIDATOR, [file], { encoding: 'utf8' });
    } catch (error) {
      code = (error as { status: number }).status;
      output = String((error as { stdout: string }).stdout);
    }
    expect(code, output).toBe(0);
    expect(output).toMatch(/STIX JSON: Valid/);
  });

  it('imported into an empty database with --format stix gives back the same graph', async ({ server, driver }) => {
    const before = await fingerprint(driver);
    const file = join(directory, 'round-trip.stix.json');
    await writeFile(file, await (await server.fetch('http://localhost/export/graph.stix.json')).text());
    await resetDatabase(driver);
    const run = await runImport('--format', 'stix', file);
    expect(run.code, run.output).toBe(0);
    expect(await fingerprint(driver)).toEqual(before);
  });
});

describe('npm run import -- --format stix, a bundle from another tool', () => {
  it('maps identities, locations and relationships of known types, cited by the bundle', async ({ driver }) => {
    await resetDatabase(driver);
    await seedArticle(driver);
    const created = '2024-01-01T00:00:00.000Z';
    const stamp = { spec_version: '2.1', created, modified: created };
    const bundle = {
      type: 'bundle',
      id: 'bundle--2b9e6c4a-5d2f-4c2e-9a0b-111111111111',
      objects: [
        {
          type: 'identity',
          id: 'identity--2b9e6c4a-5d2f-4c2e-9a0b-000000000001',
          ...stamp,
          name: 'Test Militia',
          identity_class: 'group',
          description: 'A militia invented for this test.',
        },
        {
          type: 'location',
          id: 'location--2b9e6c4a-5d2f-4c2e-9a0b-000000000002',
          ...stamp,
          name: 'Testville',
          latitude: 40.5,
          longitude: 45.5,
          city: 'Testville',
        },
        {
          type: 'relationship',
          id: 'relationship--2b9e6c4a-5d2f-4c2e-9a0b-000000000003',
          ...stamp,
          relationship_type: 'deploys-to',
          confidence: 45,
          source_ref: 'identity--2b9e6c4a-5d2f-4c2e-9a0b-000000000001',
          target_ref: 'location--2b9e6c4a-5d2f-4c2e-9a0b-000000000002',
          start_time: '2023-05-01T00:00:00Z',
        },
        { type: 'malware', id: 'malware--2b9e6c4a-5d2f-4c2e-9a0b-000000000004', ...stamp, name: 'Nothing of ours', is_family: false },
      ],
    };
    const file = join(directory, 'foreign-test-bundle.json');
    await writeFile(file, JSON.stringify(bundle));
    const run = await runImport('--format', 'stix', file);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('skipped 1 malware object(s)');
    const { records } = await driver.executeQuery(
      "MATCH (a:Organization {id: 'test-militia'})-[r:DEPLOYS_TO]->(b:Region {id: 'testville'}) RETURN r.confidence AS confidence, toString(r.validFrom) AS from, b.latitude AS latitude",
    );
    expect(records.map((r) => r.toObject())).toEqual([{ confidence: 'CLAIM', from: '2023-05-01', latitude: 40.5 }]);
  });
});
