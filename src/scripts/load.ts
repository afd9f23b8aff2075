/**
 * npm run load -- [--quick] [--connections N] [--duration S] [--replicas N]
 *
 * Drives a realistic query mix at the server over loopback with concurrent clients (autocannon)
 * and reports throughput, latency percentiles and errors; exits non-zero on any error. It uses the
 * same Neo4j as npm start (NEO4J_URI, else the embedded default under its own `load` folder) and
 * loads the article if the database is empty. One replica: its own server in this process, reads
 * only. `--replicas N`: N server processes sharing that Neo4j and a Redis (REDIS_URL, else a
 * private redis-server), with writes in the mix and a subscription on each replica counting the
 * events it hears against the writes made (load-replicas.ts). Bounded: at most 60 s and 200,000
 * requests per replica.
 */
import { createServer as createHttpServer } from 'node:http';
import autocannon from 'autocannon';
import { loadConfig } from '../config.js';
import { Db } from '../graph/db.js';
import { migrate } from '../graph/migrations.js';
import { seedIfEmpty } from '../import/seed.js';
import { createDriver } from '../neo4j/connection.js';
import { provisionNeo4j } from '../neo4j/provision.js';
import { createServer } from '../server.js';
import { loadReplicas } from './load-replicas.js';
import { QUERY_MIX, warmUp } from './query-mix.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const quick = process.argv.includes('--quick');
const connections = Math.min(option('connections', 16), 256);
const duration = Math.min(option('duration', quick ? 3 : 20), 60);
const replicas = Math.min(Math.floor(option('replicas', 1)), 8);

const config = loadConfig();
const neo4j = await provisionNeo4j(config.neo4j, { instance: 'load', whenBusy: 'private', log: () => undefined });
const driver = createDriver(neo4j.connection);
await migrate(driver, { database: neo4j.connection.database });
await seedIfEmpty(new Db(driver, neo4j.connection.database));
await driver.close();

let errors: number;
try {
  errors = replicas > 1 ? await loadReplicas({ replicas, connections, duration, neo4j: neo4j.connection }) : await loadOne();
} finally {
  await neo4j.stop();
}
process.exit(errors ? 1 : 0);

/** One server in this process, the read mix. */
async function loadOne(): Promise<number> {
  const yoga = createServer({ neo4j: neo4j.connection, graphiql: false, readyTimeoutMs: 2_000 });
  const http = createHttpServer(yoga);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/graphql`;
  await warmUp(url);

  console.log(`load: ${QUERY_MIX.length} queries in turn, ${connections} connections, ${duration} s, against ${url}`);
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    amount: undefined,
    maxOverallRequests: 200_000,
    timeout: 10,
    requests: QUERY_MIX.map(({ query, variables }) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })),
    verifyBody: (body) => {
      const ok = !String(body ?? '').includes('"errors"');
      if (!ok) graphqlErrors++;
      return ok;
    },
  });

  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  const rows = [
    ['requests', String(result.requests.total)],
    ['throughput', `${result.requests.average.toFixed(1)} req/s`],
    ['latency p50', `${result.latency.p50} ms`],
    ['latency p90', `${result.latency.p90} ms`],
    ['latency p99', `${result.latency.p99} ms`],
    ['latency max', `${result.latency.max} ms`],
    ['connection errors', String(result.errors)],
    ['timeouts', String(result.timeouts)],
    ['non-2xx responses', String(result.non2xx)],
    ['GraphQL errors', String(graphqlErrors)],
  ];
  console.log(rows.map(([name, value]) => `  ${String(name).padEnd(18)} ${value}`).join('\n'));
  console.log(`load: ${errors} errors`);

  await new Promise((resolve) => http.close(resolve));
  await yoga.dispose();
  return errors;
}
