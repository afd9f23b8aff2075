/**
 * Applies the numbered Cypher files in cypher/migrations/ in order, once each. Every applied file is
 * recorded as a (:SchemaMigration) node with its checksum, so a restart applies nothing and a file
 * edited after it was applied is refused (add a new migration instead). Statements are written to be
 * idempotent on their own (IF NOT EXISTS) as well, since schema changes cannot share a transaction
 * with the record that says they ran. The vocabulary's own constraints (an id unique within each
 * relationship type) are made from it on every run, so a new type needs no migration file.
 *
 * A graph the bulk path built (graph/store-files.ts) holds nothing older than the migrations it was
 * built beside: it comes with each recorded as `schemaOnly`, and only their schema statements
 * (indexes, constraints: neo4j-admin cannot make them) run, since their data statements would find
 * nothing to rewrite — and on a large graph would take long to find that out. A graph that holds
 * nothing yet (a first start) skips them too. So a data statement may only rewrite what is there.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_TYPE_NAMES } from '../model/vocabulary.js';
import { paths } from '../paths.js';

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

const BOOTSTRAP = 'CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE';

const APPLIED = 'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum, m.schemaOnly AS schemaOnly';

const RECORD = `
MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
ON MATCH SET m.appliedAt = datetime()
REMOVE m.schemaOnly`;

const HOLDS_DATA = 'MATCH (n) WHERE NOT n:SchemaMigration RETURN true LIMIT 1';

/** A statement that makes or drops an index or a constraint, as against one that rewrites data. */
const SCHEMA_STATEMENT = /^(?:CREATE|DROP)\s+(?:\w+\s+)?(?:INDEX|CONSTRAINT)\b/i;

/** The migration files in order, each with the checksum that records it. */
export async function migrationFiles(directory: string = paths.migrations): Promise<{ id: string; file: string; text: string; checksum: string }[]> {
  const files = (await readdir(directory)).filter((name) => name.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(directory, file), 'utf8');
      return { id: file.replace(/\.cypher$/, ''), file, text, checksum: createHash('sha256').update(text).digest('hex') };
    }),
  );
}

export async function migrate(
  driver: Driver,
  { database, directory = paths.migrations }: { database?: string; directory?: string } = {},
): Promise<MigrationResult> {
  await driver.executeQuery(BOOTSTRAP, {}, { database });
  const { records } = await driver.executeQuery(APPLIED, {}, { database });
  const applied = new Map(
    records.map((record) => [record.get('id') as string, { checksum: record.get('checksum') as string, schemaOnly: record.get('schemaOnly') === true }]),
  );

  // A data statement rewrites what the graph holds: a graph holding nothing yet (a first start) has nothing for it.
  const { records: held } = await driver.executeQuery(HOLDS_DATA, {}, { database });
  const nothingToRewrite = held.length === 0;

  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const { id, file, text, checksum } of await migrationFiles(directory)) {
    const previous = applied.get(id);
    if (previous !== undefined && previous.checksum !== checksum) {
      throw new Error(`Migration ${file} was changed after it was applied; add a new migration instead.`);
    }
    if (previous !== undefined && !previous.schemaOnly) {
      result.alreadyApplied.push(id);
      continue;
    }
    // Schema statements side by side go in one transaction, not one each: fewer schema transactions,
    // and indexes made together are populated together.
    let schema: string[] = [];
    for (const statement of splitStatements(text)) {
      if (SCHEMA_STATEMENT.test(statement)) schema.push(statement);
      else if (!previous?.schemaOnly && !nothingToRewrite) {
        await runSchema(driver, schema, database);
        schema = [];
        await runStatement(driver, statement, database);
      }
    }
    await runSchema(driver, schema, database);
    await driver.executeQuery(RECORD, { id, checksum }, { database });
    result.applied.push(id);
  }
  await runSchema(driver, vocabularyConstraints(), database);
  // Queries right after startup (search above all) need the indexes online, not still populating.
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return result;
}

/**
 * Every relationship type's id constraint, named as migration 0002 named the first ones, so those
 * already made are left as they are. Types come from the vocabulary, the whitelist for Cypher names.
 */
export function vocabularyConstraints(): string[] {
  return RELATIONSHIP_TYPE_NAMES.map((type) => `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`);
}

/** Makes or drops indexes and constraints, in one transaction (Neo4j takes several schema changes together, not with data). */
async function runSchema(driver: Driver, statements: string[], database: string | undefined): Promise<void> {
  if (!statements.length) return;
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) await tx.run(statement);
    });
  } finally {
    await session.close();
  }
}

/**
 * Runs one statement. A data migration batched with `CALL { … } IN TRANSACTIONS` (so a large graph
 * is rewritten a part at a time) needs an auto-commit transaction; everything else runs managed.
 */
async function runStatement(driver: Driver, statement: string, database: string | undefined): Promise<void> {
  if (!/\bIN\s+TRANSACTIONS\b/i.test(statement)) {
    await driver.executeQuery(statement, {}, { database });
    return;
  }
  const session = driver.session({ database });
  try {
    await session.run(statement);
  } finally {
    await session.close();
  }
}

/** Splits a file on `;` at statement ends, skipping `//` comments and leaving quoted text alone. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote) {
      current += char;
      if (char === '\\') current += text[++i] ?? '';
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      current += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      current += '\n';
    } else if (char === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
