/** What the test files share: the run's Neo4j, a server built on it, and a GraphQL client for it. */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { createServer, type Server, type ServerConfig } from '../src/server.js';

export function testConnection(): Neo4jConnection {
  return inject('neo4j');
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

export function testServer(overrides: Partial<ServerConfig> = {}): Server {
  return createServer({ neo4j: testConnection(), graphiql: true, readyTimeoutMs: 2_000, ...overrides });
}

/** Removes every node and relationship but keeps the schema (constraints, indexes, migrations). */
export async function resetDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery(
    'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n',
    {},
    { database: testConnection().database },
  );
}

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation to the real endpoint, in-process. */
export async function graphql<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<Data>> {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...body };
}
