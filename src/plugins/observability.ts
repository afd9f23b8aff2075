/**
 * What operators need: a request id on every response (and on every error, and every log line),
 * one structured JSON log line per request (pino) with its operation and duration, and Prometheus
 * metrics at /metrics: requests and latencies by operation, Neo4j queries and their timings, the
 * transactions in flight against the driver's pool, requests refused by rate limits, and live
 * updates that could not be shared with the other replicas.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { pino, type Logger, type LoggerOptions } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const requestIds = new WeakMap<Request, string>();
const started = new WeakMap<Request, { at: number; operation: string; errors: number }>();

/** A client's own id is kept when it looks like one; otherwise a new one is made. */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

export function loggerOptions(level: string): LoggerOptions {
  return { level, base: { service: 'conflict-graph' }, timestamp: pino.stdTimeFunctions.isoTime };
}

/** JSON lines on stdout, one per event. */
export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}

export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations handled, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly neo4jQueries = new Histogram({
    name: 'neo4j_query_duration_seconds',
    help: 'Time of each Neo4j query or write transaction, by kind and whether it failed.',
    labelNames: ['kind', 'failed'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly neo4jInFlight = new Gauge({
    name: 'neo4j_transactions_in_flight',
    help: 'Neo4j queries and transactions running now (each holds a pooled connection).',
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'graphql_rate_limited_total',
    help: 'Requests refused with 429 for being over the quota, by the kind of caller.',
    labelNames: ['caller'] as const,
    registers: [this.registry],
  });
  readonly liveUpdatesUnshared = new Counter({
    name: 'live_updates_unshared_total',
    help: 'Live updates this replica could not publish to the other replicas (Redis unreachable).',
    registers: [this.registry],
  });
  readonly neo4jPoolSize = new Gauge({
    name: 'neo4j_pool_max_size',
    help: 'The most connections the driver pool opens.',
    registers: [this.registry],
  });

  constructor(poolSize: number) {
    this.neo4jPoolSize.set(poolSize);
    collectDefaultMetrics({ register: this.registry });
  }
}

/**
 * An error as clients get it: its code (for one that has none: `whenRefused` if the request was
 * refused with a 4xx, else INTERNAL_SERVER_ERROR), the request id, and nothing of the server's
 * insides (yoga's development mode adds the original error).
 */
function stamped(error: GraphQLError, requestId: string, whenRefused: string): GraphQLError {
  const { originalError: inside, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  const http = extensions.http as { status?: number; spec?: boolean } | undefined;
  // Yoga answers a request it could not read with its status only while the original error is
  // beside it; without it, the status must hold on its own.
  if (inside && http?.spec) extensions.http = { ...http, spec: false };
  const status = http?.status;
  const code = extensions.code ?? (status === undefined ? undefined : status >= 400 && status < 500 ? whenRefused : 'INTERNAL_SERVER_ERROR');
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...extensions, ...(code ? { code } : {}), requestId },
  });
}

/** Request ids, the per-request log line, and /metrics. */
export function useObservability(logger: Logger, metrics: Metrics | null): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      requestIdOf(request);
      if (metrics && url.pathname === '/metrics' && request.method === 'GET') {
        endResponse(new fetchAPI.Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }));
        return;
      }
      started.set(request, { at: performance.now(), operation: 'unknown', errors: 0 });
    },
    onParams({ request, params }) {
      const entry = started.get(request);
      if (!entry) return;
      const named = typeof params.operationName === 'string' ? params.operationName : null;
      entry.operation = named ?? operationName(typeof params.query === 'string' ? params.query : undefined);
    },
    onExecutionResult({ request, result, setResult }) {
      if (!result || Symbol.asyncIterator in result) return;
      const entry = started.get(request);
      if (entry) entry.errors += result.errors?.length ?? 0;
      if (!result.errors?.length) return;
      // A rejected variable or argument comes without a code; it is bad input all the same.
      setResult({ ...result, errors: result.errors.map((error) => stamped(error, requestIdOf(request), 'BAD_USER_INPUT')) });
    },
    // Errors raised before any operation ran (a body that is not JSON or has no query, CSRF
    // prevention) reach the client here only: they get their code and request id too.
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors?.length) return;
      if (result.errors.every((error) => (error as GraphQLError).extensions?.requestId)) return;
      setResult({ ...result, errors: result.errors.map((error) => stamped(error as GraphQLError, requestIdOf(request), 'BAD_REQUEST')) });
    },
    onResponse({ request, response }) {
      const requestId = requestIdOf(request);
      response.headers.set('x-request-id', requestId);
      const entry = started.get(request);
      if (!entry) return;
      const seconds = (performance.now() - entry.at) / 1000;
      const url = new URL(request.url);
      if (url.pathname !== '/graphql') return;
      const outcome = response.status >= 400 || entry.errors ? 'error' : 'ok';
      metrics?.requests.inc({ operation: entry.operation, outcome });
      metrics?.latency.observe({ operation: entry.operation }, seconds);
      logger.info(
        { requestId, operation: entry.operation, status: response.status, errors: entry.errors, durationMs: Math.round(seconds * 1000) },
        'graphql request',
      );
    },
  };
}

/** The operation's name as written in the document, or `anonymous query` (mutation, …) when it has none. */
function operationName(query: string | undefined): string {
  if (!query) return 'none';
  const body = query.replace(/#[^\n]*/g, '');
  const named = /\b(query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(body);
  if (named) return named[2] as string;
  return `anonymous ${/^\s*(mutation|subscription)\b/.exec(body)?.[1] ?? 'query'}`;
}
