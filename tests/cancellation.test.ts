/**
 * A client that goes away does not leave its work running: closing the connection mid-mutation
 * ends the mutation's Neo4j transaction (rolled back, nothing written), over real HTTP. The
 * mutation is held mid-transaction by a lock this test takes on the entity it writes.
 */
import { request as httpRequest } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { it } from './fixture.js';
import { waitFor } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
// Timeouts far longer than the test waits: only the client going away can end the transaction in time.
it.override('serverConfig', {
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) },
  timeouts: { queryMs: 120_000, requestMs: 120_000 },
});

/** Transactions running on the server, but the one asking. */
async function otherTransactions(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN transactionId',
  );
  return records.map((record) => record.get('transactionId') as string);
}

describe('a client that goes away', () => {
  it('ends the Neo4j transaction of its mutation, which writes nothing', async ({ driver, listening }) => {
    const holder = driver.session();
    const lock = await holder.beginTransaction();
    await lock.run("MATCH (e:Entity {id: 'armenia'}) SET e.heldByTest = true");
    const [ours] = await otherTransactions(driver);
    try {
      const body = JSON.stringify({
        query: 'mutation { updateEntity(id: "armenia", patch: { description: "written by a client that left" }) { __typename } }',
      });
      const client = httpRequest({
        port: listening.port,
        host: '127.0.0.1',
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}`, 'content-length': Buffer.byteLength(body) },
      });
      client.on('error', () => undefined);
      client.end(body);
      // The mutation's transaction starts and waits for the lock.
      expect(await waitFor(async () => (await otherTransactions(driver)).length === 2, 15_000)).toBe(true);
      client.destroy();
      expect(await waitFor(async () => (await otherTransactions(driver)).length === 1, 5_000)).toBe(true);
      expect(await otherTransactions(driver)).toEqual([ours]);
    } finally {
      await lock.rollback();
      await holder.close();
    }
    const { records } = await driver.executeQuery("MATCH (e:Entity {id: 'armenia'}) RETURN e.description AS description");
    expect(records[0]?.get('description')).not.toBe('written by a client that left');
  });
});
