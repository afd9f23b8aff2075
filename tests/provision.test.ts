/**
 * Provisioning: the NEO4J_URI path against the run's server, the embedded instance's memory, and
 * the fast failure when nothing can run Neo4j. The local Maven path, on instances of its own, is
 * in tests/slow/provision-local.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { embeddedMemory } from '../src/neo4j/memory.js';
import { Neo4jUnavailable, provisionNeo4j } from '../src/neo4j/provision.js';
import { countNodes, testConnection } from './helpers.js';

const quiet = () => undefined;

describe('NEO4J_URI: an existing server', () => {
  it('is used as given, verified, and left running on stop', async () => {
    const existing = testConnection();
    const settings = loadConfig({
      NEO4J_URI: existing.uri,
      NEO4J_USER: existing.user,
      NEO4J_PASSWORD: existing.password,
    }).neo4j;
    const neo4j = await provisionNeo4j(settings, { instance: 'unused', log: quiet });
    expect(neo4j.via).toBe('uri');
    expect(neo4j.connection.uri).toBe(existing.uri);
    await neo4j.stop();
    expect(await countNodes(existing, 'SchemaMigration')).toBeGreaterThan(0);
  });

  it('fails at once, naming the server, when the credentials are wrong', async () => {
    const existing = testConnection();
    const settings = loadConfig({ NEO4J_URI: existing.uri, NEO4J_USER: 'nobody', NEO4J_PASSWORD: 'wrong' }).neo4j;
    const started = Date.now();
    await expect(provisionNeo4j(settings, { instance: 'unused', log: quiet })).rejects.toThrow(`Could not use Neo4j at ${existing.uri} as nobody`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('the memory of the embedded Neo4j', () => {
  const GIB = 1024 ** 3;
  it('is an eighth of the machine each for heap and page cache, within bounds', () => {
    expect(embeddedMemory({}, 24 * GIB)).toMatchObject({ heapMb: 3072, pageCacheMb: 3072 });
    expect(embeddedMemory({ heap: 'auto', pageCache: 'auto' }, 2 * GIB)).toMatchObject({ heapMb: 512, pageCacheMb: 256 });
    expect(embeddedMemory({}, 256 * GIB)).toMatchObject({ heapMb: 8192, pageCacheMb: 8192 });
  });

  it('takes explicit sizes over the machine', () => {
    expect(embeddedMemory({ heap: '1g', pageCache: '300m' }, 24 * GIB)).toMatchObject({ heapMb: 1024, pageCacheMb: 300 });
  });

  it('caps transaction memory below the heap: one transaction less than all of them together', () => {
    for (const machine of [2, 8, 24, 256]) {
      const memory = embeddedMemory({}, machine * GIB);
      expect(memory.transactionMaxMb).toBeGreaterThan(0);
      expect(memory.transactionMaxMb).toBeLessThan(memory.transactionTotalMb);
      expect(memory.transactionTotalMb).toBeLessThan(memory.heapMb);
    }
  });
});

describe('nothing to run Neo4j with', () => {
  it('fails within seconds and says what to install', async () => {
    const settings = loadConfig({ NEO4J_PROVISION: 'local' }).neo4j;
    const started = Date.now();
    const failure = provisionNeo4j(settings, { instance: 'unused', env: { PATH: '/nonexistent' }, log: quiet });
    await expect(failure).rejects.toBeInstanceOf(Neo4jUnavailable);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toMatch(/NEO4J_URI/);
    expect(message).toMatch(/Docker/);
    expect(message).toMatch(/Java 17/);
    expect(message).toMatch(/Maven/);
    expect(message).toMatch(/no Java found/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
