/**
 * createServer builds the GraphQL app without listening, so tests drive it in-process through
 * `yoga.fetch` and main.ts hands it to an HTTP server. The Neo4j driver it opens is closed when the
 * app is disposed.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, isAsyncIterable, useExecutionCancellation, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { Authenticator, OPEN_READS_NO_WRITERS, type AuthConfig } from './auth.js';
import { DEFAULT_LIMITS, DEFAULT_TIMEOUTS, type Limits, type Timeouts } from './config.js';
import { createChangeEvents } from './events.js';
import { useExplorer } from './explorer/serve.js';
import { useExports } from './plugins/exports.js';
import { Db } from './graph/db.js';
import { createDriver, type Neo4jConnection } from './neo4j/connection.js';
import { maskError } from './plugins/errors.js';
import { renderGraphiQL, useGraphiQLPolicy } from './plugins/graphiql.js';
import { createLogger, Metrics, useObservability } from './plugins/observability.js';
import { useBodyLimit, useQueryLimits, useRequestTimeout } from './plugins/protection.js';
import { useReadPlanner } from './plugins/read-planner.js';
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
  /** Production hardening: CSRF prevention, no field suggestions, no limits in error messages. */
  production?: boolean;
  /** Allow introspection queries; by default only outside production. */
  introspection?: boolean;
  /** Origins allowed from browsers; by default any outside production and none in it. */
  corsOrigins?: string[] | null;
  limits?: Partial<Limits>;
  timeouts?: Partial<Timeouts>;
  logger?: Logger;
  /** Serve Prometheus metrics at /metrics (on by default). */
  metrics?: boolean;
  /** Answer plannable reads with one query (src/read/; on by default). Off, every field resolves itself. */
  readPlanner?: boolean;
}

export type Server = YogaServerInstance<Record<string, unknown>, Context>;

const POOL_SIZE = 100;

export function createServer(config: ServerConfig): Server {
  const production = config.production ?? false;
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const timeouts = { ...DEFAULT_TIMEOUTS, ...config.timeouts };
  const logger = config.logger ?? createLogger('silent');
  const metrics = config.metrics === false ? null : new Metrics(POOL_SIZE);
  const driver = createDriver(config.neo4j, { maxConnectionPoolSize: POOL_SIZE });
  const database = config.neo4j.database;
  const auth = config.auth ?? OPEN_READS_NO_WRITERS;
  const authenticator = new Authenticator(auth);
  const events = createChangeEvents();
  const introspection = config.introspection ?? !production;

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphiql: config.graphiql ? { title: 'conflict-graph', defaultQuery: EXAMPLE_QUERY } : false,
    renderGraphiQL,
    landingPage: false,
    logging: logger,
    maskedErrors: { maskError: maskError(logger) },
    batching: { limit: limits.batch },
    cors: corsOptions(config.corsOrigins ?? null, production),
    // A bad token fails the whole request here, before anything runs.
    context: async ({ request }) => {
      const abort = new AbortController();
      // A client that goes away cancels its request: its queries end, and its transaction rolls back.
      if (request.signal.aborted) abort.abort(request.signal.reason);
      else request.signal.addEventListener('abort', () => abort.abort(request.signal.reason), { once: true });
      return {
        db: new Db(driver, database, {
          timeoutMs: timeouts.queryMs,
          signal: abort.signal,
          observe: (kind, seconds, failed) => metrics?.neo4jQueries.observe({ kind, failed: String(failed) }, seconds),
          inFlight: (delta) => metrics?.neo4jInFlight.inc(delta),
        }),
        principal: await authenticator.authenticate(request.headers.get('authorization')),
        readsOpen: !auth.readsRequireToken,
        events,
        abort,
      };
    },
    plugins: [
      // Resolvers not yet started are skipped once the client has gone.
      useExecutionCancellation(),
      useObservability(logger, metrics),
      useBodyLimit(limits.bodyBytes),
      useQueryLimits(limits, production),
      useRequestTimeout(timeouts.requestMs),
      ...(production ? [useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] })] : []),
      ...(introspection ? [] : [useDisableIntrospection()]),
      useReadinessCheck({
        endpoint: '/ready',
        check: () => neo4jReadiness(driver, database, config.readyTimeoutMs),
      }),
      useExplorer(),
      useExports({ driver, database, authenticator, readsRequireToken: auth.readsRequireToken, queryTimeoutMs: timeouts.queryMs, logger }),
      useGraphiQLPolicy(),
      ...(config.readPlanner === false ? [] : [useReadPlanner()]),
      { onDispose: () => driver.close() },
      ...(config.reportQueryCount ? [useQueryCount()] : []),
    ],
  });
}

function corsOptions(origins: string[] | null, production: boolean) {
  if (origins === null) return production ? false : undefined;
  return { origin: origins.includes('*') ? '*' : origins, methods: ['GET', 'POST'], credentials: false };
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
        setResult({
          ...result,
          extensions: {
            ...result.extensions,
            neo4jQueries: db.queryCount,
            neo4jQueryLog: db.queries.map((q) => q.replace(/\s+/g, ' ').trim().slice(0, 120)),
          },
        });
      },
    }),
  };
}
