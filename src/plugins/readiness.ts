/**
 * /ready: 200 when Neo4j answers a query in time, 503 with a reason a human can act on otherwise.
 * With Redis configured it also says whether live updates are shared with the other replicas
 * (`liveUpdates: "shared"`) or `"degraded"` (Redis away: only this replica's subscribers hear of its
 * writes, rate limits count per process). A replica without Redis still serves reads and writes, so
 * that alone never turns it 503: a load balancer must not take every replica out for a Redis outage.
 */
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { SharedRedis } from '../redis.js';

export interface ReadinessOptions {
  driver: Driver;
  database?: string;
  /** How long Neo4j (and Redis) may take to answer. */
  timeoutMs: number;
  redis?: SharedRedis;
}

export function useReadiness(options: ReadinessOptions): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async () => {
      const [neo4j, redis] = await Promise.all([neo4jProblem(options.driver, options.database, options.timeoutMs), options.redis?.problem(options.timeoutMs)]);
      const liveUpdates = options.redis ? { liveUpdates: redis ? 'degraded' : 'shared', ...(redis ? { liveUpdatesReason: redis } : {}) } : {};
      const body = neo4j ? { status: 'unavailable', reason: neo4j, ...liveUpdates } : { status: 'ready', ...liveUpdates };
      return new Response(JSON.stringify(body), {
        status: neo4j ? 503 : 200,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    },
  });
}

/** Null when Neo4j answers in time; otherwise why not. */
async function neo4jProblem(driver: Driver, database: string | undefined, timeoutMs: number): Promise<string | null> {
  // Auto-commit, not a managed transaction: readiness must not wait out the driver's retries.
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([session.run('RETURN 1').then(() => 'ok' as const), timeout]);
    return outcome === 'timeout' ? `Neo4j did not answer within ${timeoutMs} ms` : null;
  } catch (error) {
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'unknown';
    return `Neo4j is unavailable (${code})`;
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => undefined);
  }
}
