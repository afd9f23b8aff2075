/**
 * A large import written in parts, several at once: when one part fails the others still land, the
 * journal in the graph says which, and importing the same document again writes only the rest,
 * so an interrupted import loses nothing and doubles nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../bench/generate.js';
import { Db } from '../src/graph/db.js';
import { ImportInterrupted, importDocumentText, TRANSACTION_ITEMS } from '../src/import/index.js';
import { resetDatabase, testConnection, testDriver } from './helpers.js';

const driver = testDriver();
const db = new Db(driver, testConnection().database);
type Document = ReturnType<typeof documents> extends Generator<infer D> ? D : never;
// The synthetic graph's entities, then one document of 12,000 relationships among them.
const [entities, relationships] = [...documents(12_000, 12_000)] as [Document, Document];

/** A Db whose `failing`-th write transaction fails before it writes anything, as a lost connection would. */
class FailingDb extends Db {
  private calls = 0;
  constructor(private readonly failing: number) {
    super(driver, testConnection().database);
  }
  override async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (++this.calls === this.failing) throw new Error('connection lost (injected by the test)');
    return super.writeTransaction(work);
  }
}

async function count(query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return Number(records[0]?.get(0));
}

beforeAll(async () => {
  await resetDatabase(driver);
  await importDocumentText(db, entities.text, { actor: 'test' });
});
afterAll(() => driver.close());

describe('an import interrupted part-way', () => {
  const parts = Math.ceil(relationships.relationships / TRANSACTION_ITEMS);

  it('keeps the parts that landed, and says how many', async () => {
    expect(parts).toBeGreaterThanOrEqual(3);
    const failed = importDocumentText(new FailingDb(2), relationships.text, { actor: 'test' });
    await expect(failed).rejects.toBeInstanceOf(ImportInterrupted);
    await expect(failed).rejects.toMatchObject({ written: parts - 1, parts, message: expect.stringMatching(/run the same import again to resume/) });
    const landed = await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
    expect(landed).toBe(relationships.relationships - TRANSACTION_ITEMS);
    expect(await count('MATCH (j:ImportJournal) RETURN size(j.partsWritten)')).toBe(parts - 1);
  }, 180_000);

  it('writes only the missing part when imported again, and then forgets the journal', async () => {
    const result = await importDocumentText(db, relationships.text, { actor: 'test' });
    expect(result.parts).toEqual({ total: parts, resumed: parts - 1 });
    expect(result.relationships).toHaveLength(TRANSACTION_ITEMS);
    expect(result.relationships.every((item) => item.outcome === 'created')).toBe(true);
    expect(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(relationships.relationships);
    expect(await count('MATCH (:Citation)-[:CITES]->(:Source) RETURN count(*)')).toBe(entities.entities + relationships.relationships);
    expect(await count('MATCH (j:ImportJournal) RETURN count(j)')).toBe(0);
  }, 180_000);

  it('leaves one audit record per part written, none for the failed attempt', async () => {
    expect(await count("MATCH (c:Change {by: 'test'}) WHERE c.summary STARTS WITH 'part ' RETURN count(c)")).toBe(parts);
  });
});
