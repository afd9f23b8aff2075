/** /health says the process is up; /ready says whether Neo4j answers, with a reason when it does not. */
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, graphql, testConnection, testServer } from './helpers.js';

describe('with Neo4j up', () => {
  const server = testServer();
  afterAll(() => server.dispose());

  it('/health answers 200', async () => {
    const response = await server.fetch('http://localhost/health');
    expect(response.status).toBe(200);
  });

  it('/ready answers 200', async () => {
    const response = await server.fetch('http://localhost/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('with Neo4j unreachable', async () => {
  const server = testServer({
    neo4j: { uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'irrelevant' },
  });
  afterAll(() => server.dispose());

  it('/health still answers 200: the process is up', async () => {
    expect((await server.fetch('http://localhost/health')).status).toBe(200);
  });

  it('/ready answers 503 with a reason, quickly', async () => {
    const started = Date.now();
    const response = await server.fetch('http://localhost/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'Neo4j is unavailable (ServiceUnavailable)' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a query gets DATABASE_UNAVAILABLE quickly, without driver details or a stack', async () => {
    const started = Date.now();
    const response = await graphql(server, '{ entity(id: "armenia") { name } }');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.errors?.[0]).toMatchObject({
      message: 'The database is unavailable; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    const text = JSON.stringify(response);
    expect(text).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:|\bat \w+ \(/);
  });
});

describe('with Neo4j refusing the login', () => {
  const server = testServer({ neo4j: { ...testConnection(), user: 'nobody', password: 'wrong' } });
  afterAll(() => server.dispose());

  it('/ready answers 503 and names the refusal', async () => {
    const response = await server.fetch('http://localhost/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      reason: 'Neo4j is unavailable (Neo.ClientError.Security.Unauthorized)',
    });
  });
});
