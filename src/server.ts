/**
 * createServer builds the GraphQL app without listening, so tests drive it in-process through
 * `yoga.fetch` and main.ts hands it to an HTTP server. The Neo4j driver it opens is closed when the
 * app is disposed.
 */
import { createYoga, isAsyncIterable, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { Authenticator, OPEN_READS_NO_WRITERS, type AuthConfig } from './auth.js';
import { createChangeEvents } from './events.js';
import { useExplorer } from './explorer/serve.js';
import { Db } from './graph/db.js';
import { createDriver, type Neo4jConnection } from './neo4j/connection.js';
import type { Context } from './schema/builder.js';
import { EXAMPLE_QUERY } from './schema/example.js';
import { schema } from './schema/index.js';

export interface ServerConfig {
  neo4j: Neo4jConnection;
  /** Serve GraphiQL at /graphql for browsers. */
  graphiql: boolean;
  /** How long /ready waits for Neo4j before answering 503. */
  readyTimeoutMs: number;
  /** Add `extensions.neo4jQueries` (queries sent for the request) to each result: for tests and tuning. */
  reportQueryCount?: boolean;
  /** Who may read and write; by default anyone reads and nobody writes. */
  auth?: AuthConfig;
}

export type Server = YogaServerInstance<Record<string, unknown>, Context>;

export function createServer(config: ServerConfig): Server {
  const driver = createDriver(config.neo4j);
  const database = config.neo4j.database;
  const auth = config.auth ?? OPEN_READS_NO_WRITERS;
  const authenticator = new Authenticator(auth);
  const events = createChangeEvents();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphiql: config.graphiql ? { title: 'conflict-graph', defaultQuery: EXAMPLE_QUERY } : false,
    landingPage: false,
    // A bad token fails the whole request here, before anything runs.
    context: async ({ request }) => ({
      db: new Db(driver, database),
      principal: await authenticator.authenticate(request.headers.get('authorization')),
      readsOpen: !auth.readsRequireToken,
      events,
    }),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: () => neo4jReadiness(driver, database, config.readyTimeoutMs),
      }),
      useExplorer(),
      { onDispose: () => driver.close() },
      ...(config.reportQueryCount ? [useQueryCount()] : []),
    ],
  });
}

/** 200 when Neo4j answers a query in time; 503 with a reason a human can act on otherwise. */
async function neo4jReadiness(driver: ReturnType<typeof createDriver>, database: string | undefined, timeoutMs: number) {
  const json = (status: number, body: object) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
  // Auto-commit, not a managed transaction: readiness must not wait out the driver's retries.
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([session.run('RETURN 1').then(() => 'ok' as const), timeout]);
    if (outcome === 'timeout') return json(503, { status: 'unavailable', reason: `Neo4j did not answer within ${timeoutMs} ms` });
    return json(200, { status: 'ready' });
  } catch (error) {
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'unknown';
    return json(503, { status: 'unavailable', reason: `Neo4j is unavailable (${code})` });
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => undefined);
  }
}

/** Reports how many Neo4j queries a request sent, in the result's extensions. */
function useQueryCount(): Plugin<Context> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if (isAsyncIterable(result)) return;
        const { db } = args.contextValue as Context;
        setResult({ ...result, extensions: { ...result.extensions, neo4jQueries: db.queryCount, neo4jQueryLog: db.queries.map((q) => q.replace(/\s+/g, ' ').trim().slice(0, 120)) } });
      },
    }),
  };
}
