/**
 * createServer builds the GraphQL app without listening, so tests drive it in-process through
 * `yoga.fetch` and main.ts hands it to an HTTP server. The Neo4j driver and the Redis connections
 * it opens are closed when the app is disposed.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, isAsyncIterable, useExecutionCancellation, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { Authenticator, OPEN_READS_NO_WRITERS, type AuthConfig, type Principal } from './auth.js';
import { DEFAULT_LIMITS, DEFAULT_TIMEOUTS, type Limits, type RateLimits, type Timeouts } from './config.js';
import { createChangeEvents, type ChangeEvents } from './events.js';
import { useExplorer } from './explorer/serve.js';
import { useExports } from './plugins/exports.js';
import { Db } from './graph/db.js';
import type { RequestBookmarks } from './graph/bookmarks.js';
import { createDriver, type Neo4jConnection } from './neo4j/connection.js';
import { BOOKMARK_HEADER, bookmarksOf, useBookmarks } from './plugins/bookmarks.js';
import { maskError } from './plugins/errors.js';
import { renderGraphiQL, useGraphiQLPolicy } from './plugins/graphiql.js';
import { createLogger, Metrics, useObservability } from './plugins/observability.js';
import { useArgumentBounds } from './plugins/argument-bounds.js';
import { useBodyLimit, useQueryLimits, useRequestTimeout } from './plugins/protection.js';
import { useReadPlanner } from './plugins/read-planner.js';
import { useRateLimits } from './plugins/rate-limit.js';
import { useReadiness } from './plugins/readiness.js';
import { connectRedis } from './redis.js';
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
  /** Redis shared by the replicas, for live updates and rate limits; without it each works alone. */
  redisUrl?: string;
  /** Requests per minute by kind of caller; no limits when absent. */
  rateLimits?: RateLimits;
  /** Proxies in front whose X-Forwarded-For is believed (for anonymous callers' addresses). */
  trustProxyHops?: number;
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
  // Authenticated once per request: the rate limit and the context both need to know who calls.
  const principals = new WeakMap<Request, Promise<Principal | null>>();
  const identify = (request: Request) => {
    let principal = principals.get(request);
    if (!principal) principals.set(request, (principal = authenticator.authenticate(request.headers.get('authorization'))));
    return principal;
  };
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  const events = createChangeEvents(redis, logger, () => metrics?.liveUpdatesUnshared.inc());
  const introspection = config.introspection ?? !production;

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphiql: config.graphiql ? { title: 'conflict-graph', defaultQuery: EXAMPLE_QUERY } : false,
    renderGraphiQL,
    landingPage: false,
    logging: logger,
    maskedErrors: { maskError: maskError(logger) },
    batching: { limit: limits.batch },
    // useBodyLimit (protection.ts) holds the body to its limit, with our error; yoga's own 25 MB
    // guard piped every body through a stream transform, a tenth of a small request's CPU.
    maxRequestBodySize: false,
    cors: corsOptions(config.corsOrigins ?? null, production),
    // A bad token or bookmark fails the whole request here, before anything runs.
    context: async ({ request }) => {
      const bookmarks = bookmarksOf(request, driver.executeQueryBookmarkManager);
      const principal = await identify(request);
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
          bookmarks,
        }),
        principal,
        readsOpen: !auth.readsRequireToken,
        events: withBookmarks(events, bookmarks),
        bookmarks,
        abort,
      };
    },
    plugins: [
      // Resolvers not yet started are skipped once the client has gone.
      useExecutionCancellation(),
      useObservability(logger, metrics),
      ...(config.rateLimits
        ? [
            useRateLimits({
              limits: config.rateLimits,
              redis,
              trustProxyHops: config.trustProxyHops ?? 0,
              identify,
              logger,
              onLimited: (caller) => metrics?.rateLimited.inc({ caller }),
            }),
          ]
        : []),
      useBookmarks(),
      useBodyLimit(limits.bodyBytes),
      useArgumentBounds(),
      useQueryLimits(limits, production),
      useRequestTimeout(timeouts.requestMs),
      ...(production ? [useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] })] : []),
      ...(introspection ? [] : [useDisableIntrospection()]),
      useReadiness({ driver, database, timeoutMs: config.readyTimeoutMs, redis }),
      useExplorer(),
      useExports({ driver, database, authenticator, readsRequireToken: auth.readsRequireToken, queryTimeoutMs: timeouts.queryMs, logger }),
      useGraphiQLPolicy(),
      ...(config.readPlanner === false ? [] : [useReadPlanner()]),
      { onDispose: () => Promise.all([driver.close(), redis?.close()]).then(() => undefined) },
      ...(config.reportQueryCount ? [useQueryCount()] : []),
    ],
  });
}

function corsOptions(origins: string[] | null, production: boolean) {
  // Unconfigured: any origin in development (without credentials: tokens travel as headers, never
  // cookies), none in production.
  if (origins === null && production) return false;
  return {
    origin: origins === null || origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST'],
    credentials: false,
    // Browsers show a script only the headers named here: the bookmark to send back, the request id, the quota.
    exposedHeaders: [BOOKMARK_HEADER, 'x-request-id', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
  };
}

/** The request's events: each carries the bookmarks of the write it reports, for the replicas that read it. */
function withBookmarks(events: ChangeEvents, bookmarks: RequestBookmarks): ChangeEvents {
  return {
    publish: (event) => events.publish({ ...event, bookmarks: bookmarks.current() }),
    subscribe: (entityId) => events.subscribe(entityId),
  };
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
