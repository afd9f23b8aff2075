/**
 * What operators rely on: request ids on responses, errors and log lines; errors masked with a code
 * and nothing internal; slow work cancelled with TIMEOUT without exhausting the pool; structured
 * logs; Prometheus metrics; and a graceful shutdown that lets a request in flight finish.
 */
import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { projectRoot } from '../src/paths.js';
import { loggerOptions } from '../src/plugins/observability.js';
import { it } from './fixture.js';
import { freePort, graphql, snapshot, testServer } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
const auth = { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) };
const lines: Record<string, unknown>[] = [];
const logger = pino(loggerOptions('info'), { write: (line: string) => void lines.push(JSON.parse(line)) });

it.override('serverConfig', { logger, auth });

/** Holds a write lock on an entity, as another writer would, until released. */
async function lock(driver: Driver, id: string) {
  const session = driver.session();
  const tx = session.beginTransaction();
  await tx.run('MATCH (e:Entity {id: $id}) SET e.lockedByTest = true', { id });
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

describe('request ids', () => {
  it('are on every response, kept from the client when sane, and on every error', async ({ server }) => {
    const own = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'analyst-42' },
      body: JSON.stringify({ query: '{ search(text: "") { score } }' }),
    });
    expect(own.headers.get('x-request-id')).toBe('analyst-42');
    const body = (await own.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'analyst-42' });

    const forged = await server.fetch('http://localhost/health', { headers: { 'x-request-id': 'no spaces <or> tags' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('an unexpected failure', () => {
  it('is masked as INTERNAL_SERVER_ERROR with the request id, and logged with the detail under that id', async ({ server, driver }) => {
    await driver.executeQuery('DROP INDEX entity_search');
    try {
      const response = await server.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(text: "ODKB") { score } }' }),
      });
      const text = await response.text();
      const requestId = response.headers.get('x-request-id');
      expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
      expect(text).not.toMatch(/entity_search|Neo4j|Neo\.|CALL|queryNodes|\bat \w/);
      const logged = lines.find((line) => line.msg === 'unexpected error');
      expect(JSON.stringify(logged)).toMatch(/entity_search/);
      const requestLine = lines.find((line) => line.msg === 'graphql request' && line.requestId === requestId);
      expect(requestLine).toMatchObject({ errors: 1, status: 200 });
    } finally {
      await driver.executeQuery(
        "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }",
      );
      await driver.executeQuery('CALL db.awaitIndexes(60)');
    }
  });
});

describe('timeouts', () => {
  const UPDATE = 'mutation { updateEntity(id: "armenia", patch: { note: "written while locked" }) { __typename } }';

  it('cancel a transaction that runs too long in Neo4j: TIMEOUT, quickly, and the pool still serves', async ({ driver }) => {
    const quick = testServer({ auth, timeouts: { queryMs: 1_000 } });
    const release = await lock(driver, 'armenia');
    try {
      const started = Date.now();
      const response = await graphql(quick, UPDATE, undefined, EDITOR);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT' });
      expect(response.errors?.[0]?.message).toBe('The request took too long and was cancelled.');
      const many = await Promise.all(Array.from({ length: 30 }, () => graphql(quick, '{ entity(id: "azerbaijan") { name } }')));
      expect(many.every((r) => r.data?.entity)).toBe(true);
    } finally {
      await release();
      await quick.dispose();
    }
    const { records } = await driver.executeQuery("MATCH (e:Entity {id: 'armenia'}) RETURN e.note AS note");
    expect(records[0]?.get('note')).toBeNull();
  });

  it('answer a request that runs too long with TIMEOUT at the request limit', async ({ driver }) => {
    const quick = testServer({ auth, timeouts: { requestMs: 300, queryMs: 2_000 } });
    const release = await lock(driver, 'armenia');
    try {
      const started = Date.now();
      const response = await graphql(quick, UPDATE, undefined, EDITOR);
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    } finally {
      await release();
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await quick.dispose();
    }
  });
});

describe('logs and metrics', () => {
  it('log one JSON line per request with its id, operation and duration', async ({ server }) => {
    const response = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-1' },
      body: JSON.stringify({
        query: 'query WhoLeadsArmenia { entity(id: "armenia") { ... on State { leaders { from { name } } } } }',
        operationName: 'WhoLeadsArmenia',
      }),
    });
    expect(response.status).toBe(200);
    const line = lines.find((l) => l.requestId === 'log-test-1' && l.msg === 'graphql request');
    expect(line).toMatchObject({ msg: 'graphql request', operation: 'WhoLeadsArmenia', status: 200, errors: 0, service: 'conflict-graph' });
    expect(typeof line?.durationMs).toBe('number');
    expect(typeof line?.time).toBe('string');
  });

  it('expose request counts and latencies by operation, and Neo4j timings, at /metrics', async ({ server }) => {
    await graphql(server, 'query Metered { entity(id: "armenia") { name } }');
    const response = await server.fetch('http://localhost/metrics');
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/graphql_requests_total\{operation="Metered",outcome="ok"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="[\d.]+",operation="Metered"\} \d+/);
    expect(text).toMatch(/neo4j_query_duration_seconds_count\{kind="read",failed="false"\} [1-9]/);
    expect(text).toMatch(/neo4j_transactions_in_flight 0/);
    expect(text).toMatch(/neo4j_pool_max_size 100/);
    expect(text).toMatch(/process_cpu_seconds_total/);
  });
});

describe('graceful shutdown', () => {
  it('stops taking connections but lets the request in flight finish, then exits cleanly', async ({ driver, connection }) => {
    const port = await freePort();
    const { uri, user, password } = connection;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        AUTH_API_KEYS: `editor-bot:editor:${EDITOR}`,
        LOG_LEVEL: 'info',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
      child.stdout.on('data', () => {
        if (output.includes('GraphQL at')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const before = await snapshot(driver);
    const release = await lock(driver, 'russia');
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
      body: JSON.stringify({
        query: 'mutation { updateEntity(id: "russia", patch: { note: "finished during shutdown" }) { __typename ... on EntityPayload { outcome } } }',
      }),
    }).then((r) => r.json());
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    await release();
    expect(await inFlight).toEqual({
      data: { updateEntity: { __typename: 'EntityPayload', outcome: 'UPDATED' } },
      extensions: { bookmark: expect.stringMatching(/^[\w-]+$/) },
    });
    expect(await exited).toBe(0);
    expect(output).toMatch(/finishing requests in flight/);
    expect(await snapshot(driver)).not.toEqual(before);
  });
});
