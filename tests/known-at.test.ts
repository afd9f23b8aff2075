/**
 * Record time (`asKnownAt`) through the endpoint on the real Neo4j: the article imported, then a
 * second import, an edit, a retraction and a merge, each at its own moment; the entity,
 * relationship, neighbourhood and timeline queries answered as the graph held them at each moment
 * in between, and as it holds them now identical to the live reads. Also the migration that
 * rebuilds versions for a graph written before they were kept.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { migrate } from '../src/graph/migrations.js';
import { paths } from '../src/paths.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { graphql, seedArticle, testConnection } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
const ADMIN = 'admin-key-0123456789abcdef';
it.override('serverConfig', {
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR},admin-bot:admin:${ADMIN}`) },
  // A merge's first run plans a query per relationship type and side; on a busy two-core machine that outlasts the defaults.
  timeouts: { queryMs: 60_000, requestMs: 60_000 },
});

const TEST_TEXT =
  'This is a test text written for the conflict-graph project. Armenia accused Azerbaijan of shelling Jermuk. ' +
  'The shelling of Jermuk began on 13 September. The Jermuk alliance said it would help.';
const DOCUMENT = {
  format: 'conflict-graph/v1',
  sources: [{ id: 'test-jermuk-report', title: 'Test report on Jermuk', language: 'en', published: { from: '2022-09-15' }, text: TEST_TEXT }],
  entities: [
    {
      id: 'jermuk-shelling-test',
      kind: 'EVENT',
      eventType: 'CLASH',
      status: 'OCCURRED',
      name: 'Shelling of Jermuk (test)',
      start: '2022-09-13',
      citations: [{ quote: 'The shelling of Jermuk began on 13 September.' }],
    },
    { id: 'jermuk-alliance', kind: 'ORGANIZATION', orgType: 'ALLIANCE', name: 'Jermuk alliance', citations: [{ quote: 'The Jermuk alliance' }] },
  ],
  relationships: [
    {
      id: 'armenia-accuses-azerbaijan-of-shelling-jermuk-test',
      type: 'ACCUSES',
      from: 'armenia',
      to: 'azerbaijan',
      confidence: 'CLAIM',
      allegation: 'shelling Jermuk',
      citations: [{ quote: 'Armenia accused Azerbaijan of shelling Jermuk.', assertedBy: 'armenia' }],
    },
    {
      id: 'armenia-participates-in-jermuk-test',
      type: 'PARTICIPATES_IN',
      from: 'armenia',
      to: 'jermuk-shelling-test',
      confidence: 'REPORTED_FACT',
      citations: [{ quote: 'Armenia accused Azerbaijan of shelling Jermuk.' }],
    },
    {
      id: 'jermuk-alliance-supports-armenia',
      type: 'SUPPORTS',
      from: 'jermuk-alliance',
      to: 'armenia',
      confidence: 'CLAIM',
      citations: [{ quote: 'The Jermuk alliance said it would help.', assertedBy: 'jermuk-alliance' }],
    },
  ],
};
const ACCUSATION = 'armenia-accuses-azerbaijan-of-shelling-jermuk-test';

/** The moments between the writes: before anything, after the seed, the import, the edit, the retraction, the merge. */
const at: Record<'empty' | 'seeded' | 'imported' | 'edited' | 'retracted' | 'merged', string> = {} as never;
let originalDescription: string;

async function moment(): Promise<string> {
  // Writes stamp their versions with Neo4j's clock, this process reads its own: keep clear of both edges.
  await new Promise((resolve) => setTimeout(resolve, 40));
  const now = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 40));
  return now;
}

async function ask<T = Record<string, unknown>>(server: Server, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(server, query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

async function mutate(server: Server, query: string, variables: Record<string, unknown>, token = EDITOR): Promise<void> {
  const response = await graphql<Record<string, { __typename: string }>>(server, query, variables, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(Object.values(response.data ?? {})[0]?.__typename, JSON.stringify(response.data)).toMatch(/Payload$/);
}

// The fixture's database is reset and left empty, so that the first moment is one before the article.
it.override('article', false);

it.beforeAll(async ({ driver, server }) => {
  at.empty = await moment();
  await seedArticle(driver);
  originalDescription = (await ask<{ entity: { description: string } }>(server, '{ entity(id: "armenia") { description } }')).entity.description;
  at.seeded = await moment();
  await mutate(server, 'mutation($d: String!) { importDocument(document: $d) { __typename } }', { d: JSON.stringify(DOCUMENT) });
  at.imported = await moment();
  await mutate(server, 'mutation { updateEntity(id: "armenia", patch: { description: "Edited for the test." }) { __typename } }', {});
  at.edited = await moment();
  await mutate(server, 'mutation($id: ID!) { retractRelationship(id: $id, reason: "Test: withdrawn.") { __typename } }', { id: ACCUSATION });
  at.retracted = await moment();
  await mutate(server, 'mutation { mergeEntities(survivor: "csto", duplicate: "jermuk-alliance") { __typename } }', {}, ADMIN);
  at.merged = await moment();
});

const ENTITY = `query($at: DateTime) {
  entity(id: "armenia", asKnownAt: $at) {
    slug name description citations { quote }
    ... on State { accuses { slug allegation retracted to { slug name } citations { quote assertedBy { slug } } } supportedBy { slug from { slug name } } events { slug to { slug name } } }
  }
}`;
type EntityAnswer = {
  entity: { description: string; accuses: { slug: string }[]; supportedBy: { slug: string; from: { slug: string } }[]; events: { slug: string }[] } | null;
};

describe('asKnownAt', () => {
  it('answers an entity as it stood: not yet there, as imported, as edited', async ({ server }) => {
    expect((await ask<EntityAnswer>(server, ENTITY, { at: at.empty })).entity).toBeNull();
    const seeded = await ask<EntityAnswer>(server, ENTITY, { at: at.seeded });
    expect(seeded.entity?.description).toBe(originalDescription);
    expect(seeded.entity?.accuses.map((r) => r.slug)).not.toContain(ACCUSATION);
    const imported = await ask<EntityAnswer>(server, ENTITY, { at: at.imported });
    expect(imported.entity?.description).toBe(originalDescription);
    expect(imported.entity?.accuses.map((r) => r.slug)).toContain(ACCUSATION);
    expect(imported.entity?.events.map((r) => r.slug)).toContain('armenia-participates-in-jermuk-test');
    expect((await ask<EntityAnswer>(server, ENTITY, { at: at.edited })).entity?.description).toBe('Edited for the test.');
  });

  it('keeps a retracted fact where it was not yet retracted, and shows it retracted after', async ({ server }) => {
    const query = `query($at: DateTime) { relationship(id: "${ACCUSATION}", asKnownAt: $at) { slug retracted retractionReason from { slug } } }`;
    type Answer = { relationship: { retracted: boolean; retractionReason: string | null } | null };
    expect((await ask<Answer>(server, query, { at: at.seeded })).relationship).toBeNull();
    expect((await ask<Answer>(server, query, { at: at.edited })).relationship).toMatchObject({ retracted: false, retractionReason: null });
    expect((await ask<Answer>(server, query, { at: at.retracted })).relationship).toMatchObject({ retracted: true, retractionReason: 'Test: withdrawn.' });
    expect((await ask<Answer>(server, query, {})).relationship).toMatchObject({ retracted: true });
    // Lists count what held: the accusation is there until its retraction.
    expect((await ask<EntityAnswer>(server, ENTITY, { at: at.edited })).entity?.accuses.map((r) => r.slug)).toContain(ACCUSATION);
    expect((await ask<EntityAnswer>(server, ENTITY, { at: at.retracted })).entity?.accuses.map((r) => r.slug)).not.toContain(ACCUSATION);
    const listed = `query($at: DateTime) { relationships(type: ACCUSES, from: "armenia", asKnownAt: $at) { totalCount edges { node { slug } } } }`;
    type Listed = { relationships: { totalCount: number; edges: { node: { slug: string } }[] } };
    const before = await ask<Listed>(server, listed, { at: at.edited });
    const after = await ask<Listed>(server, listed, { at: at.retracted });
    expect(before.relationships.totalCount).toBe(after.relationships.totalCount + 1);
    expect(before.relationships.edges.map((e) => e.node.slug)).toContain(ACCUSATION);
  });

  it('shows an entity merged away where it stood before the merge, and its relationships at the survivor after', async ({ server }) => {
    const query = `query($at: DateTime) { neighborhood(id: "armenia", depth: 1, asKnownAt: $at) { nodes { entity { slug name } } edges { slug from { slug } to { slug } } } }`;
    type Answer = { neighborhood: { nodes: { entity: { slug: string } }[]; edges: { slug: string; from: { slug: string } }[] } };
    const before = await ask<Answer>(server, query, { at: at.retracted });
    expect(before.neighborhood.nodes.map((n) => n.entity.slug)).toContain('jermuk-alliance');
    expect(before.neighborhood.edges.find((e) => e.slug === 'jermuk-alliance-supports-armenia')?.from.slug).toBe('jermuk-alliance');
    const after = await ask<Answer>(server, query, { at: at.merged });
    expect(after.neighborhood.nodes.map((n) => n.entity.slug)).not.toContain('jermuk-alliance');
    expect(after.neighborhood.edges.find((e) => e.slug === 'jermuk-alliance-supports-armenia')?.from.slug).toBe('csto');
    // The citation the duplicate asserted names it before the merge and the survivor after.
    const asserted = `query($at: DateTime) { relationship(id: "jermuk-alliance-supports-armenia", asKnownAt: $at) { citations { assertedBy { slug } } } }`;
    type Asserted = { relationship: { citations: { assertedBy: { slug: string } | null }[] } };
    expect((await ask<Asserted>(server, asserted, { at: at.retracted })).relationship.citations[0]?.assertedBy?.slug).toBe('jermuk-alliance');
    expect((await ask<Asserted>(server, asserted, { at: at.merged })).relationship.citations[0]?.assertedBy?.slug).toBe('csto');
    expect(
      (
        await ask<{ entity: { name: string } | null }>(server, 'query($at: DateTime) { entity(id: "jermuk-alliance", asKnownAt: $at) { name } }', {
          at: at.retracted,
        })
      ).entity?.name,
    ).toBe('Jermuk alliance');
  });

  it('gives the timeline as it stood: an imported event appears at its import', async ({ server }) => {
    const query = `query($at: DateTime) { timeline(entity: "armenia", asKnownAt: $at) { slug name participants: participants { from { slug } } } }`;
    type Answer = { timeline: { slug: string }[] };
    const seeded = await ask<Answer>(server, query, { at: at.seeded });
    const imported = await ask<Answer>(server, query, { at: at.imported });
    expect(seeded.timeline.map((e) => e.slug)).not.toContain('jermuk-shelling-test');
    expect(imported.timeline.map((e) => e.slug)).toContain('jermuk-shelling-test');
    expect(imported.timeline.length).toBe(seeded.timeline.length + 1);
  });

  it('answers as the live reads do when the moment is now', async ({ server }) => {
    const now = await moment();
    for (const query of [
      ENTITY,
      `query($at: DateTime) { neighborhood(id: "nikol-pashinyan", depth: 2, asKnownAt: $at) { truncated nodes { distance entity { slug name } } edges { slug type from { slug } to { slug } } } }`,
      `query($at: DateTime) { timeline(asKnownAt: $at) { slug name startDate participants { from { slug } } } }`,
    ]) {
      const live = await ask<Record<string, unknown>>(server, query, {});
      const known = await ask<Record<string, unknown>>(server, query, { at: now });
      const sorted = (value: unknown) =>
        JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
          Array.isArray(v) ? [...v].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : v,
        );
      expect(sorted(known), query).toEqual(sorted(live));
    }
  });

  it('is refused with BAD_USER_INPUT when the moment is not a date-time', async ({ server }) => {
    const response = await graphql(server, '{ entity(id: "armenia", asKnownAt: "yesterday") { name } }');
    expect(response.errors?.[0]?.message).toMatch(/DateTime/);
  });
});

describe('the versions migration', () => {
  it('rebuilds the versions of a graph written before they were kept, a retraction included', async ({ server, driver }) => {
    await driver.executeQuery('MATCH (v) WHERE v:EntityVersion OR v:RelationshipVersion DETACH DELETE v', {}, { database: testConnection().database });
    const directory = await mkdtemp(join(tmpdir(), 'versions-migration-'));
    try {
      await writeFile(join(directory, '9998_versions_again.cypher'), await readFile(join(paths.migrations, '0006_versions.cypher'), 'utf8'));
      expect((await migrate(driver, { database: testConnection().database, directory })).applied).toEqual(['9998_versions_again']);
    } finally {
      await driver.executeQuery("MATCH (m:SchemaMigration {id: '9998_versions_again'}) DELETE m", {}, { database: testConnection().database });
      await rm(directory, { recursive: true, force: true });
    }
    const query = `query($at: DateTime) { relationship(id: "${ACCUSATION}", asKnownAt: $at) { retracted } }`;
    expect((await ask<{ relationship: { retracted: boolean } }>(server, query, { at: at.edited })).relationship).toEqual({ retracted: false });
    expect((await ask<{ relationship: { retracted: boolean } }>(server, query, { at: at.retracted })).relationship).toEqual({ retracted: true });
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) WHERE NOT EXISTS { MATCH (v:EntityVersion {id: e.id}) WHERE v.knownUntil IS NULL } RETURN count(e) AS missing',
      {},
      { database: testConnection().database },
    );
    expect(records[0]?.get('missing')).toBe(0);
  });
});
