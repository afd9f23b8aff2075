/**
 * The bulk path builds the same graph as the transactional importer: the article and a second
 * report imported through store files and neo4j-admin into a fresh local Neo4j, and by
 * transactions into the run's database, give the same entities, relationships, properties (types
 * included), citations, audit records and versions, all but the moments they were written; the
 * versions are in the store files (migrating rewrites nothing), and the schema is the same. The
 * API then answers the same on both.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect } from 'vitest';
import { migrate } from '../../src/graph/migrations.js';
import { importFile } from '../../src/import/index.js';
import { bulkImport } from '../../src/import/offline.js';
import { seedFiles } from '../../src/import/seed.js';
import { createDriver } from '../../src/neo4j/connection.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local.js';
import { projectRoot } from '../../src/paths.js';
import { createServer } from '../../src/server.js';
import { it } from '../fixture.js';
import { graphql, runScript } from '../helpers.js';

const SECOND = join(projectRoot, 'tests', 'fixtures', 'corpus', 'dev', 'tigray-agreement-2022.gold.json');
const quiet = () => undefined;
let root: string;
let bulk: LocalNeo4j;
let bulkDriver: Driver;
/** What the bulk graph held as neo4j-admin built it, before any migration ran. */
let asBuilt: Record<string, unknown>;

/** A stored value as text, lists included. */
const text = (v: string) => `CASE WHEN ${v} IS :: LIST<ANY> THEN reduce(s = '', x IN ${v} | s + toString(x) + '|') ELSE toString(${v}) END`;

/** The graph as a multiset of items (versions included), without the moments they were written or the audit's random ids. */
async function content(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    MATCH (n) WHERE NOT n:SchemaMigration
    RETURN 'node' AS item, labels(n) AS labels, [k IN keys(n) WHERE NOT k IN ['createdAt', 'updatedAt', 'at', 'knownFrom'] AND NOT (n:Change AND k = 'id')
             | [k, ${text('n[k]')}, valueType(n[k])]] AS properties
    UNION ALL
    MATCH (a)-[r]->(b)
    RETURN 'relationship' AS item, [type(r), CASE WHEN a:Change THEN a.summary ELSE a.id END, b.id] AS labels,
           [k IN keys(r) WHERE NOT k IN ['createdAt', 'updatedAt'] | [k, ${text('r[k]')}, valueType(r[k])]] AS properties`);
  return records.map((record) => JSON.stringify([record.get('item'), record.get('labels'), [...(record.get('properties') as string[][])].sort()])).sort();
}

const versionCounts = `RETURN COUNT { (:Entity) } AS entities, COUNT { (:EntityVersion) } AS entityVersions,
  COUNT { (:Entity)-[x]->(:Entity) } AS relationships, COUNT { (:RelationshipVersion) } AS relationshipVersions,
  COUNT { (m:SchemaMigration) WHERE m.schemaOnly } AS schemaOnly`;

/** Every index and constraint, by what it is on and its state. */
async function schema(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(`SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state
    RETURN name, type, labelsOrTypes, properties, state`);
  return records.map((record) => JSON.stringify(record.toObject())).sort();
}

// The transactional side is the fixture's database, reset and empty: this file imports into it itself.
it.override('article', false);

it.beforeAll(async ({ db }) => {
  const [article] = await seedFiles();
  const files = [article as string, SECOND];
  for (const file of files) await importFile(db, file);

  root = await mkdtemp(join(tmpdir(), 'conflict-graph-bulk-'));
  const documents = await Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
  await bulkImport(documents, join(root, 'bulk'), { log: quiet });
  bulk = await startLocalNeo4j({ instance: 'bulk', root, whenBusy: 'private', heap: '512m', pageCache: '128m', log: quiet });
  bulkDriver = createDriver(bulk.connection);
  asBuilt = (await bulkDriver.executeQuery(versionCounts)).records[0]?.toObject() as Record<string, unknown>;
  await migrate(bulkDriver);
}, 300_000);

afterAll(async () => {
  await bulkDriver?.close();
  await bulk?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('a bulk import into an empty database', () => {
  it('holds exactly what the transactional importer writes, typed the same', async ({ driver: transactional }) => {
    const [bulkContent, transactionalContent] = await Promise.all([content(bulkDriver), content(transactional)]);
    expect(bulkContent.length).toBeGreaterThan(300);
    expect(bulkContent.filter((item) => item.includes('"RelationshipVersion"')).length).toBeGreaterThan(50);
    expect(bulkContent).toEqual(transactionalContent);
  });

  it('held a current version of every item as neo4j-admin built it, and migrating made the same schema as on the transactional side', async ({
    driver: transactional,
  }) => {
    const { entities, relationships, entityVersions, relationshipVersions, schemaOnly } = asBuilt;
    expect(entities).toBeGreaterThan(20);
    expect(entityVersions).toBe(entities);
    expect(relationshipVersions).toBe(relationships);
    // Every migration came recorded as schema-only; migrating made its schema and recorded it applied.
    expect(schemaOnly).toBeGreaterThan(5);
    expect((await bulkDriver.executeQuery(versionCounts)).records[0]?.get('schemaOnly')).toBe(0);
    const [bulkSchema, transactionalSchema] = await Promise.all([schema(bulkDriver), schema(transactional)]);
    expect(bulkSchema.length).toBeGreaterThan(30);
    expect(bulkSchema).toEqual(transactionalSchema);
  });

  it('answers the API as the transactional import does', async ({ server }) => {
    const bulkServer = createServer({ neo4j: bulk.connection, graphiql: false, readyTimeoutMs: 2_000 });
    try {
      const query = `{ entity(id: "azerbaijan") { name aliases ... on State { accusedBy { from { name } citations { quote assertedBy { name } } }
        controls(asOf: "2021-06-01") { to { name } validFrom validFromPrecision } } history { operation summary } }
        yerevan: entity(id: "yerevan") { ... on Region { latitude longitude coordinatesNote } } }`;
      const [a, b] = await Promise.all([graphql<{ yerevan: { latitude: number } }>(bulkServer, query), graphql(server, query)]);
      expect(a.errors).toBeUndefined();
      expect(a.data).toEqual(b.data);
      expect(a.data?.yerevan.latitude).toBeCloseTo(40.18, 2);
    } finally {
      await bulkServer.dispose();
    }
  });
});

describe('npm run import -- --bulk', () => {
  it('builds the embedded default from files when it has no database, so a transactional import finds nothing to change; then refuses', async () => {
    const [article] = (await seedFiles()) as [string];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_PROVISION: 'local',
      NEO4J_LOCAL_DIR: join(root, 'cli'),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
    };
    delete env.NEO4J_URI;

    const built = await runScript('import', ['--bulk', article, SECOND], env);
    expect(built.output, built.output).toMatch(/^bulk import: 2 files built into .* in [\d.]+ s; npm start serves it$/m);
    expect(built.output).toMatch(/^ {2}relationships: \d+ created, 0 updated, 0 unchanged, 0 corroborated, 0 contested, 0 replaced$/m);
    expect(built.code).toBe(0);
    // neo4j-admin's report stays with the files it read, not in the folder the command ran from.
    expect(existsSync(join(projectRoot, 'import.report'))).toBe(false);

    const again = await runScript('import', ['--bulk', SECOND], env);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already holds a graph, and --bulk only builds one where there is none: import without --bulk/);
    expect(again.output).not.toMatch(/^\s+at /m);

    const byTransactions = await runScript('import', [article], env);
    expect(byTransactions.code, byTransactions.output).toBe(0);
    for (const what of ['sources', 'entities', 'relationships', 'citations']) {
      expect(byTransactions.output).toMatch(
        new RegExp(`^ {2}${what}: 0 created, 0 updated, [1-9]\\d* unchanged(, 0 corroborated, 0 contested, 0 replaced)?$`, 'm'),
      );
    }
  }, 300_000);
});
