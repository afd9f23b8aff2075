/**
 * What the test files share: the run's Neo4j, a server built on it, a GraphQL client for it (with
 * headers, and subscriptions over server-sent events), project scripts run as npm runs them, and
 * fingerprints of the graph.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Db } from '../src/graph/db.js';
import { importFile } from '../src/import/index.js';
import { seedFiles } from '../src/import/seed.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { freeLoopbackPort } from '../src/neo4j/processes.js';
import { projectRoot } from '../src/paths.js';
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
  await driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { database: testConnection().database });
}

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation to the real endpoint, in-process, with a bearer token if given. */
export async function graphql<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...body };
}

/** Runs an operation that must succeed: any error fails the test. Returns the data. */
export async function graphqlData<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<Data> {
  const response = await graphql<Data>(server, query, variables, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as Data;
}

/** Everything in the graph but the migration records, as a comparable fingerprint. */
export async function snapshot(driver: Driver) {
  const { records: nodes } = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, properties(n) AS properties ORDER BY elementId(n)',
  );
  const { records: relationships } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS properties ORDER BY elementId(r)',
  );
  const fingerprint = (rows: typeof nodes) => rows.map((row) => JSON.stringify(row.toObject()));
  return { nodes: fingerprint(nodes), relationships: fingerprint(relationships) };
}

/** How many nodes carry a label, on any Neo4j (the run's or one a test started). */
export async function countNodes(connection: Neo4jConnection, label: string): Promise<number> {
  const driver = createDriver(connection);
  try {
    const { records } = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`);
    return records[0]?.get('n') as number;
  } finally {
    await driver.close();
  }
}

/** Imports the article's data into the (reset) test database. */
export async function seedArticle(driver: Driver): Promise<void> {
  const db = new Db(driver, testConnection().database);
  for (const file of await seedFiles()) await importFile(db, file, 'seed');
}

/** A TCP port nothing listens on right now, on loopback (the one the Neo4j launcher uses). */
export const freePort = freeLoopbackPort;

/** The server over real HTTP on a free loopback port; `base` is e.g. `http://127.0.0.1:40123`. */
export async function serveOverHttp(server: Server): Promise<{ port: number; base: string; close: () => Promise<void> }> {
  const http = createHttpServer(server);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return { port, base: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => http.close(() => resolve())) };
}

/** Whether a process with this pid is running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until the condition holds or the time is up; returns whether it held. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return condition();
}

/** Anything that answers fetch: an in-process server (`server.fetch`) or a real one over HTTP. */
export type Endpoint = Server | string;

const fetchFrom = (endpoint: Endpoint, path: string, init: RequestInit) =>
  typeof endpoint === 'string' ? fetch(`${endpoint}${path}`, init) : endpoint.fetch(`http://localhost${path}`, init);

/** POSTs a GraphQL operation with headers of the caller's choosing; answers with status, headers and body. */
export async function post<Data = Record<string, unknown>>(
  endpoint: Endpoint,
  query: string,
  { variables, headers = {} }: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
) {
  const response = await fetchFrom(endpoint, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'> & { extensions?: Record<string, unknown> };
  return { status: response.status, headers: response.headers, ...body };
}

/** An open subscription over server-sent events: the `data` of each event as it arrives. */
export interface EventStream {
  events: Record<string, unknown>[];
  /** Resolves once `count` events have arrived (true), or false when the time is up first. */
  received(count: number, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function subscribe(endpoint: Endpoint, query: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const response = await fetchFrom(endpoint, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query }),
  });
  if (!response.body || !/text\/event-stream/.test(response.headers.get('content-type') ?? '')) {
    throw new Error(`not an event stream (${response.status}): ${await response.text()}`);
  }
  const reader = response.body.getReader();
  const events: Record<string, unknown>[] = [];
  // Read from the start, as an HTTP client would: the stream only subscribes once it is read.
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5))
          .join('\n');
        if (data.trim()) events.push(JSON.parse(data) as Record<string, unknown>);
      }
    }
  })();
  return {
    events,
    received: (count, timeoutMs) => waitFor(() => events.length >= count, timeoutMs, 50),
    async close() {
      await reader.cancel().catch(() => undefined);
      await reading;
    },
  };
}

/** Runs a project script (`src/scripts/<name>.ts`) as `npm run` would, with the test's environment, to its end. */
export function runScript(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/scripts/${name}.ts`, ...args], { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** A project script that keeps running (a server, npm run neo4j), started and watched until its output says it is ready. */
export async function startScript(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  timeoutMs = 120_000,
): Promise<{ child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/scripts/${name}.ts`, ...args], { cwd: projectRoot, env });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    stop: async (signal = 'SIGINT') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Everything in the graph but migration records, by content alone (no element ids): equal for a restored copy. */
export async function fingerprint(driver: Driver, database?: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const { records: nodes } = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, properties(n) AS properties',
    {},
    { database },
  );
  const { records: relationships } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN properties(a) AS from, type(r) AS type, properties(r) AS properties, properties(b) AS to',
    {},
    { database },
  );
  const sorted = (rows: typeof nodes) =>
    rows.map((row) => JSON.stringify(row.toObject(), (_key, value: unknown) => (Array.isArray(value) ? value : sortKeys(value)))).sort();
  return { nodes: sorted(nodes), relationships: sorted(relationships) };
}

function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

/** A CSV response's rows: it must start with a UTF-8 byte-order mark (fetch's text() would drop it unseen). */
export async function csvRows(response: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)));
}

/** RFC 4180 rows, quoted fields and line breaks inside them included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted || (char !== '"' && char !== ',' && !(char === '\r' && text[i + 1] === '\n'))) field += char;
    else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else {
      endField();
      rows.push(row);
      row = [];
      i++;
    }
  }
  return rows;
}
