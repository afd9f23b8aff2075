/**
 * Neo4j going away under a running server, and coming back: /ready turns 503, queries and writes
 * fail quickly with DATABASE_UNAVAILABLE (no hang), and when Neo4j is back the same server
 * recovers by itself. A write acknowledged before is still there; a write that failed never lands.
 * Runs its own local Neo4j on a fixed port, so the restart comes back where the driver looks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { migrate } from '../src/graph/migrations.js';
import { createDriver } from '../src/neo4j/connection.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local.js';
import { createServer, type Server } from '../src/server.js';
import { freePort, graphql } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
const quiet = () => undefined;
let root: string;
let port: number;
let neo4j: LocalNeo4j;
let server: Server;

const CREATE = `mutation($id: ID!, $name: String!) {
  createEntity(input: { id: $id, kind: REGION, regionType: CITY, name: $name, citations: [{ source: "fault-test", quote: "A city." }] }) {
    __typename ... on EntityPayload { outcome }
  }
}`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'conflict-graph-faults-'));
  port = await freePort();
  neo4j = await startLocalNeo4j({ instance: 'faults', root, boltPort: port, log: quiet });
  const driver = createDriver(neo4j.connection);
  await migrate(driver);
  await driver.executeQuery("CREATE (:Source {id: 'fault-test', title: 'Fault test', language: 'en', text: 'A city.'})");
  await driver.close();
  server = createServer({
    neo4j: neo4j.connection,
    graphiql: false,
    readyTimeoutMs: 1_000,
    auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) },
  });
});

afterAll(async () => {
  await server?.dispose();
  await neo4j?.stop();
  await rm(root, { recursive: true, force: true });
});

const ready = async () => (await server.fetch('http://localhost/ready')).status;

describe('when Neo4j goes away and comes back', () => {
  it('keeps acknowledged writes, fails fast while it is gone, and recovers without a restart', async () => {
    expect(await ready()).toBe(200);
    const acknowledged = await graphql(server, CREATE, { id: 'before-the-fault', name: 'before-the-fault' }, EDITOR);
    expect(acknowledged.data).toEqual({ createEntity: { __typename: 'EntityPayload', outcome: 'CREATED' } });

    await neo4j.stop();

    let started = Date.now();
    expect(await ready()).toBe(503);
    expect(Date.now() - started).toBeLessThan(3_000);

    started = Date.now();
    const read = await graphql(server, '{ entity(id: "before-the-fault") { name } }');
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(6_000);

    const failed = await graphql(server, CREATE, { id: 'during-the-fault', name: 'during-the-fault' }, EDITOR);
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(failed.data?.createEntity ?? null).toBeNull();

    neo4j = await startLocalNeo4j({ instance: 'faults', root, boltPort: port, log: quiet });
    const deadline = Date.now() + 30_000;
    while ((await ready()) !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await ready()).toBe(200);

    const after = await graphql<{ kept: { name: string } | null; lost: { name: string } | null }>(
      server,
      '{ kept: entity(id: "before-the-fault") { name } lost: entity(id: "during-the-fault") { name } }',
    );
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ kept: { name: 'before-the-fault' }, lost: null });
    const again = await graphql(server, CREATE, { id: 'after-the-fault', name: 'after-the-fault' }, EDITOR);
    expect(again.data).toEqual({ createEntity: { __typename: 'EntityPayload', outcome: 'CREATED' } });
  });
});
