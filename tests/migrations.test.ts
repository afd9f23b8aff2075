/** Migrations: applied at startup, idempotent, and the constraints they create hold. */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect } from 'vitest';
import { migrate, migrationFiles, splitStatements } from '../src/graph/migrations.js';
import { RELATIONSHIP_TYPE_NAMES } from '../src/model/vocabulary.js';
import { paths } from '../src/paths.js';
import { it } from './fixture.js';
import { testConnection } from './helpers.js';

const database = testConnection().database;

async function schemaSnapshot(driver: Driver) {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *');
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *');
  const migrations = await driver.executeQuery('MATCH (m:SchemaMigration) RETURN m.id AS id, m.appliedAt AS at ORDER BY id');
  const rows = (result: typeof constraints) => result.records.map((record) => JSON.stringify(record.toObject())).sort();
  return { constraints: rows(constraints), indexes: rows(indexes), migrations: rows(migrations) };
}

it.override('article', false);

/** The project's migrations and one more (`id`, making the index `index`) in a folder of their own, removed after with what they made. */
function ownMigrationSet(id: string, text: string, index: string, made: (directory: string) => void) {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'conflict-graph-migrations-'));
    await cp(paths.migrations, directory, { recursive: true });
    await writeFile(join(directory, `${id}.cypher`), text);
    made(directory);
  });
  it.afterAll(async ({ driver }) => {
    await driver.executeQuery(`DROP INDEX ${index} IF EXISTS`);
    await driver.executeQuery('MATCH (n) WHERE n:TestOnly OR (n:SchemaMigration AND n.id = $id) DELETE n', { id });
    await rm(directory, { recursive: true, force: true });
  });
}

describe('migrate', () => {
  it('has already run at startup, with every migration file recorded', async ({ driver }) => {
    const { migrations } = await schemaSnapshot(driver);
    expect(migrations.map((row) => JSON.parse(row).id)).toContain('0001_entities_and_sources');
  });

  it('is a no-op the second time: nothing applied, schema unchanged', async ({ driver }) => {
    const before = await schemaSnapshot(driver);
    const result = await migrate(driver, { database });
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toContain('0001_entities_and_sources');
    expect(await schemaSnapshot(driver)).toEqual(before);
  });

  it('creates the id constraints, the name index and the full-text index, all online', async ({ driver }) => {
    const { constraints, indexes } = await schemaSnapshot(driver);
    const names = [...constraints, ...indexes].map((row) => JSON.parse(row).name);
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'source_id', 'entity_name', 'entity_search']));
    const search = indexes.map((row) => JSON.parse(row)).find((index) => index.name === 'entity_search');
    expect(search).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', properties: ['name', 'aliases', 'description'] });
  });

  it('gives every relationship type of the vocabulary an id uniqueness constraint', async ({ driver }) => {
    const { records } = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties WHERE type = 'RELATIONSHIP_UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS type",
    );
    expect(records.map((record) => record.get('type') as string).sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('makes a duplicate entity id impossible', async ({ driver }) => {
    await driver.executeQuery("CREATE (:Entity:State {id: 'armenia', name: 'Armenia'})");
    await expect(driver.executeQuery("CREATE (:Entity:Region {id: 'armenia', name: 'Another Armenia'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  describe('with a migration set of its own', () => {
    let directory: string;
    ownMigrationSet(
      '9999_test_only',
      '// a comment; with a semicolon\nCREATE INDEX test_only_note IF NOT EXISTS FOR (n:TestOnly) ON (n.note);\n',
      'test_only_note',
      (made) => (directory = made),
    );

    it('applies only the new file, once', async ({ driver }) => {
      expect((await migrate(driver, { database, directory })).applied).toEqual(['9999_test_only']);
      expect((await migrate(driver, { database, directory })).applied).toEqual([]);
    });

    it('refuses a file that changed after it was applied', async ({ driver }) => {
      await writeFile(join(directory, '9999_test_only.cypher'), 'CREATE INDEX other IF NOT EXISTS FOR (n:X) ON (n.y);\n');
      await expect(migrate(driver, { database, directory })).rejects.toThrow('Migration 9999_test_only.cypher was changed after it was applied');
    });
  });

  describe('with a data statement', () => {
    let directory: string;
    ownMigrationSet(
      '9997_test_data',
      // Test-only: a statement that makes data whatever the graph holds, so whether it ran can be seen.
      'CREATE INDEX test_data IF NOT EXISTS FOR (n:TestOnly) ON (n.kind);\nCREATE (:TestOnly);\nMATCH (n:TestOnly) SET n.touched = true;\n',
      'test_data',
      (made) => (directory = made),
    );

    it('skips it on a graph that holds nothing yet, and runs it on one that holds data', async ({ driver }) => {
      const testOnly = async () => (await driver.executeQuery('MATCH (n:TestOnly) RETURN n.touched AS touched')).records.map((r) => r.get('touched'));
      // What the tests before left (an entity, say): this one starts from a graph that holds nothing.
      await driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
      expect((await migrate(driver, { database, directory })).applied).toEqual(['9997_test_data']);
      expect(await testOnly()).toEqual([]);
      expect((await schemaSnapshot(driver)).indexes.map((row) => JSON.parse(row).name)).toContain('test_data');

      await driver.executeQuery("MATCH (m:SchemaMigration {id: '9997_test_data'}) DELETE m");
      await driver.executeQuery("CREATE (:TestOnly {kind: 'x'})");
      expect((await migrate(driver, { database, directory })).applied).toEqual(['9997_test_data']);
      expect(await testOnly()).toEqual([true, true]);
    });
  });

  describe('on a graph the bulk path built, its migrations recorded as schemaOnly', () => {
    let directory: string;
    ownMigrationSet(
      '9998_test_schema_only',
      'CREATE INDEX test_schema_only IF NOT EXISTS FOR (n:TestOnly) ON (n.kind);\nMATCH (n:TestOnly) SET n.touched = true;\n',
      'test_schema_only',
      (made) => (directory = made),
    );

    it('makes only their schema, leaves the data as it is, and records them as applied', async ({ driver }) => {
      const file = (await migrationFiles(directory)).find((m) => m.id === '9998_test_schema_only');
      await driver.executeQuery("CREATE (:TestOnly {kind: 'x'}), (:SchemaMigration {id: $id, checksum: $checksum, schemaOnly: true})", {
        id: file?.id,
        checksum: file?.checksum,
      });
      expect((await migrate(driver, { database, directory })).applied).toEqual(['9998_test_schema_only']);
      const { records } = await driver.executeQuery(
        `MATCH (n:TestOnly) MATCH (m:SchemaMigration {id: '9998_test_schema_only'})
         RETURN n.touched AS touched, m.schemaOnly AS schemaOnly, m.appliedAt IS NOT NULL AS applied`,
      );
      expect(records[0]?.toObject()).toEqual({ touched: null, schemaOnly: null, applied: true });
      const { indexes } = await schemaSnapshot(driver);
      expect(indexes.map((row) => JSON.parse(row).name)).toContain('test_schema_only');
      expect((await migrate(driver, { database, directory })).applied).toEqual([]);
    });
  });
});

describe('splitStatements', () => {
  it('splits on statement ends but not inside quotes, and drops comments', () => {
    const text = ['// header; not a statement', "CREATE (:A {note: 'a; b // c'});", 'MATCH (n) // trailing comment; still one statement', 'RETURN n;', ''].join(
      '\n',
    );
    expect(splitStatements(text)).toEqual(["CREATE (:A {note: 'a; b // c'})", 'MATCH (n) \nRETURN n']);
  });
});
