/**
 * A large import written in parts, several at once: when one part fails the others still land, the
 * journal in the graph says which, and importing the same document again writes only the rest,
 * so an interrupted import loses nothing and doubles nothing.
 */
import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { describe, expect } from 'vitest';
import { documents } from '../../bench/generate.js';
import { Db, TransactionTooLarge } from '../../src/graph/db.js';
import { ImportInterrupted, importDocumentText, partCount, TRANSACTION_ITEMS } from '../../src/import/index.js';
import { it } from '../fixture.js';

type Document = ReturnType<typeof documents> extends Generator<infer D> ? D : never;
// The synthetic graph's entities, then one document of 12,000 relationships among them.
const [entities, relationships] = [...documents(12_000, 12_000)] as [Document, Document];

/** A Db whose `failing`-th write transaction fails before it writes anything, as a lost connection would. */
class FailingDb extends Db {
  private calls = 0;
  constructor(
    db: Db,
    private readonly failing: number,
  ) {
    super(db.driver, db.database);
  }
  override async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (++this.calls === this.failing) throw new Error('connection lost (injected by the test)');
    return super.writeTransaction(work);
  }
}

/** A Db on which Neo4j refuses, for memory, every write transaction that starts while another runs. */
class CrowdedDb extends Db {
  private running = 0;
  refused = 0;
  constructor(db: Db) {
    super(db.driver, db.database);
  }
  override async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.running++;
    try {
      if (this.running > 1) {
        this.refused++;
        throw new TransactionTooLarge('Neo.TransientError.General.MemoryPoolOutOfMemoryError (injected by the test)');
      }
      return await super.writeTransaction(work);
    } finally {
      this.running--;
    }
  }
}

/** A Db on which the `failing`-th write transaction fails once as Neo4j fails one that read data another part changed. */
class OutdatedOnceDb extends Db {
  private calls = 0;
  constructor(
    db: Db,
    private readonly failing: number,
  ) {
    super(db.driver, db.database);
  }
  override async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (++this.calls === this.failing) {
      throw new Neo4jError('The transaction read outdated data (injected by the test).', 'Neo.TransientError.Transaction.Outdated', '50N00', 'injected');
    }
    return super.writeTransaction(work);
  }
}

async function count(driver: Driver, query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return Number(records[0]?.get(0));
}

// The file imports the synthetic graph into the fixture's empty database itself.
it.override('article', false);

it.beforeAll(async ({ db }) => {
  await importDocumentText(db, entities.text, { actor: 'test' });
}, 180_000);

describe('an import interrupted part-way', () => {
  const parts = partCount(0, relationships.relationships);

  it('keeps the parts that landed, and says how many', async ({ db, driver }) => {
    expect(parts).toBeGreaterThanOrEqual(3);
    const failed = importDocumentText(new FailingDb(db, 2), relationships.text, { actor: 'test' });
    await expect(failed).rejects.toBeInstanceOf(ImportInterrupted);
    await expect(failed).rejects.toMatchObject({ written: parts - 1, parts, message: expect.stringMatching(/run the same import again to resume/) });
    const landed = await count(driver, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
    expect(landed).toBe(relationships.relationships - TRANSACTION_ITEMS);
    expect(await count(driver, 'MATCH (j:ImportJournal) RETURN size(j.partsWritten)')).toBe(parts - 1);
  }, 180_000);

  it('writes only the missing part when imported again, and then forgets the journal', async ({ db, driver }) => {
    const result = await importDocumentText(db, relationships.text, { actor: 'test' });
    expect(result.parts).toEqual({ total: parts, resumed: parts - 1 });
    expect(result.relationships).toHaveLength(TRANSACTION_ITEMS);
    expect(result.relationships.every((item) => item.outcome === 'created')).toBe(true);
    expect(await count(driver, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(relationships.relationships);
    expect(await count(driver, 'MATCH (:Citation)-[:CITES]->(:Source) RETURN count(*)')).toBe(entities.entities + relationships.relationships);
    expect(await count(driver, 'MATCH (j:ImportJournal) RETURN count(j)')).toBe(0);
  }, 180_000);

  it('leaves one audit record per part written, none for the failed attempt', async ({ driver }) => {
    expect(await count(driver, "MATCH (c:Change {by: 'test'}) WHERE c.summary STARTS WITH 'part ' RETURN count(c)")).toBe(parts);
  });
});

describe('a part that fails for a passing reason', () => {
  it('is written again, and the import completes', async ({ db, driver }) => {
    await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) DELETE r');
    const result = await importDocumentText(new OutdatedOnceDb(db, 2), relationships.text, { actor: 'test' });
    expect(result.relationships.filter((item) => item.outcome === 'created')).toHaveLength(relationships.relationships);
    expect(await count(driver, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(relationships.relationships);
  }, 180_000);
});

describe('parts refused for memory while other parts ran', () => {
  it('are written again one at a time, and the import completes', async ({ db, driver }) => {
    await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) DELETE r');
    const crowded = new CrowdedDb(db);
    const result = await importDocumentText(crowded, relationships.text, { actor: 'test' });
    expect(crowded.refused).toBeGreaterThan(0);
    expect(result.relationships.filter((item) => item.outcome === 'created')).toHaveLength(relationships.relationships);
    expect(await count(driver, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(relationships.relationships);
  }, 180_000);
});
