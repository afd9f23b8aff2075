/**
 * `npm run load -- --replicas N`: N server processes (src/main.ts) on one Neo4j and one Redis,
 * each driven over loopback by its own share of the connections, with the read mix plus a write
 * (an editor key this run makes up for itself). A subscription on each replica counts the events it
 * hears against the writes made through all of them: every replica must hear every write, once.
 * Writes are counted where they land, in the audit trail (a write still in flight when the clock
 * stops commits, and is announced, without autocannon counting its answer). Reports throughput,
 * latency and errors per replica and combined; returns the error count.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { createDriver, type Neo4jConnection } from '../neo4j/connection.js';
import { freeLoopbackPort } from '../neo4j/processes.js';
import { projectRoot } from '../paths.js';
import { QUERY_MIX, warmUp } from './query-mix.js';
import { startLocalRedis, type LocalRedis } from './redis-server.js';

export interface ReplicaLoadOptions {
  replicas: number;
  /** All connections, shared out evenly among the replicas. */
  connections: number;
  duration: number;
  neo4j: Neo4jConnection;
}

/** The entity every write touches, and so every subscription watches. */
const WATCHED = 'armenia';
const WRITTEN = 'nikol-pashinyan-leads-armenia';
const WRITE = `mutation LoadWrite($id: ID!, $note: String!) {
  updateRelationship(id: $id, patch: { note: $note }) { __typename ... on RelationshipPayload { outcome } } }`;
const WATCH = `subscription { relationshipsChanged(entity: "${WATCHED}") { change relationshipId } }`;
const START_TIMEOUT_MS = 120_000;
const DRAIN_TIMEOUT_MS = 10_000;

interface Replica {
  name: string;
  url: string;
  process: ChildProcess;
}

interface Measured {
  requests: number;
  seconds: number;
  latencies: number[];
  connectionErrors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  writes: number;
}

export async function loadReplicas(options: ReplicaLoadOptions): Promise<number> {
  const redis: LocalRedis | null = process.env.REDIS_URL ? null : await startLocalRedis();
  const redisUrl = process.env.REDIS_URL ?? (redis as LocalRedis).url;
  const editorKey = randomBytes(24).toString('base64url');
  const editor = `load-editor-${randomBytes(4).toString('hex')}`;
  const replicas: Replica[] = [];
  try {
    // One after another: each runs the migrations at startup, and they need not race.
    for (let i = 0; i < options.replicas; i++) {
      replicas.push(await startReplica(`replica ${String.fromCharCode(65 + i)}`, options.neo4j, redisUrl, `${editor}:editor:${editorKey}`));
    }
    for (const replica of replicas) {
      await warmUp(`${replica.url}/graphql`);
      for (let round = 0; round < 3; round++) await writeOnce(replica, editorKey, `warm-up ${round}`);
    }
    const committedBefore = await committedWrites(options.neo4j, editor);
    const watchers = await Promise.all(replicas.map((replica) => watch(replica.url)));
    await new Promise((resolve) => setTimeout(resolve, 500));

    const perReplica = Math.max(1, Math.floor(options.connections / options.replicas));
    console.log(
      `load: ${QUERY_MIX.length} queries and 1 write in turn, ${options.replicas} replicas (${perReplica} connections each), ` +
        `${options.duration} s, Redis at ${redisUrl}, subscriptions on "${WATCHED}" on every replica`,
    );
    const measured = await Promise.all(replicas.map((replica) => drive(replica, perReplica, options.duration, editorKey)));
    // Writes still in flight when the clock stopped land (or fail) within the request timeout: count once they settle.
    let committed = await committedWrites(options.neo4j, editor);
    for (let settled = Date.now() + 25_000; Date.now() < settled;) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const now = await committedWrites(options.neo4j, editor);
      if (now === committed) break;
      committed = now;
    }
    const writes = committed - committedBefore;
    // Events still in flight when the last response came back.
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (watchers.some((w) => w.count() < writes) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const heard = watchers.map((w) => w.count());
    for (const w of watchers) w.close();

    return report(replicas, measured, heard, writes);
  } finally {
    await Promise.all(replicas.map((replica) => stopReplica(replica)));
    await redis?.stop();
  }
}

/** The writes the run's editor committed so far, as the audit trail records them. */
async function committedWrites(neo4j: Neo4jConnection, editor: string): Promise<number> {
  const driver = createDriver(neo4j);
  try {
    const { records } = await driver.executeQuery(
      "MATCH (c:Change {by: $by, operation: 'UPDATE_RELATIONSHIP', targetId: $id}) RETURN count(c) AS writes",
      { by: `api-key:${editor}`, id: WRITTEN },
      { database: neo4j.database },
    );
    return records[0]?.get('writes') as number;
  } finally {
    await driver.close();
  }
}

/** One write, as in the mix: warms up its planning and locks before the clock starts. */
async function writeOnce(replica: Replica, editorKey: string, note: string): Promise<void> {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
    body: JSON.stringify({ query: WRITE, variables: { id: WRITTEN, note: `${note} ${replica.name}` } }),
  });
  const text = await response.text();
  if (!text.includes('"outcome":"UPDATED"')) throw new Error(`${replica.name}: the warm-up write failed: ${text}`);
}

async function startReplica(name: string, neo4j: Neo4jConnection, redisUrl: string, apiKeys: string): Promise<Replica> {
  const port = await freeLoopbackPort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    REDIS_URL: redisUrl,
    AUTH_API_KEYS: apiKeys,
    SEED_ON_EMPTY: 'false',
    // The run is the traffic: rate limits would only measure themselves, and request logs the disk.
    RATE_LIMIT_ANONYMOUS: '0',
    RATE_LIMIT_EDITOR: '0',
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
  };
  if (neo4j.database) Object.assign(env, { NEO4J_DATABASE: neo4j.database });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${url}/ready`)
      .then((r) => r.json() as Promise<{ status?: string; liveUpdates?: string }>)
      .catch(() => null);
    if (ready?.status === 'ready' && ready.liveUpdates === 'shared') return { name, url, process: child };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready with shared live updates after ${START_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopReplica(replica: Replica): Promise<void> {
  const child = replica.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** An open subscription that counts the changes it hears to the relationship the writes touch. */
async function watch(url: string): Promise<{ count: () => number; close: () => void }> {
  const abort = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: WATCH }),
    signal: abort.signal,
  });
  if (!response.body) throw new Error(`no event stream from ${url}`);
  let heard = 0;
  const decoder = new TextDecoder();
  let pending = '';
  void (async () => {
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        pending += decoder.decode(chunk, { stream: true });
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        heard += lines.filter((line) => line.startsWith('data:') && line.includes(`"relationshipId":"${WRITTEN}"`)).length;
      }
    } catch {
      // Closed by close(): the count stands.
    }
  })();
  return { count: () => heard, close: () => abort.abort() };
}

/** One replica's share of the load: its connections, the read mix and the write, in turn. */
function drive(replica: Replica, connections: number, duration: number, editorKey: string): Promise<Measured> {
  let writes = 0;
  let graphqlErrors = 0;
  let sequence = 0;
  const latencies: number[] = [];
  const reads = QUERY_MIX.map(({ query, variables }) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  }));
  const write = {
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
    // Each write says something new, so each one changes the relationship and is announced.
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      body: JSON.stringify({ query: WRITE, variables: { id: WRITTEN, note: `load write ${replica.name} #${++sequence}` } }),
    }),
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${replica.url}/graphql`,
        connections,
        duration,
        maxOverallRequests: 200_000,
        timeout: 10,
        // The write second: every connection gets to it early, even in a short run on a slow machine.
        requests: [reads[0] as (typeof reads)[number], write, ...reads.slice(1)],
        verifyBody: (body) => {
          const text = String(body ?? '');
          if (text.includes('"errors"')) {
            graphqlErrors++;
            return false;
          }
          if (text.includes('"outcome":"UPDATED"')) writes++;
          return true;
        },
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({
          requests: result.requests.total,
          seconds: result.duration,
          latencies,
          connectionErrors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          graphqlErrors,
          writes,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function percentile(sorted: number[], p: number): string {
  if (!sorted.length) return '-';
  return `${Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number)} ms`;
}

/** The table: a column per replica and one for all of them; returns the errors counted. */
function report(replicas: Replica[], measured: Measured[], heard: number[], writes: number): number {
  const all: Measured = {
    requests: measured.reduce((sum, m) => sum + m.requests, 0),
    seconds: Math.max(...measured.map((m) => m.seconds)),
    latencies: measured.flatMap((m) => m.latencies),
    connectionErrors: measured.reduce((sum, m) => sum + m.connectionErrors, 0),
    timeouts: measured.reduce((sum, m) => sum + m.timeouts, 0),
    non2xx: measured.reduce((sum, m) => sum + m.non2xx, 0),
    graphqlErrors: measured.reduce((sum, m) => sum + m.graphqlErrors, 0),
    writes: measured.reduce((sum, m) => sum + m.writes, 0),
  };
  const columns = [...measured, all];
  const sorted = columns.map((m) => [...m.latencies].sort((a, b) => a - b));
  const missed = heard.map((count) => Math.max(0, writes - count));
  const extra = heard.map((count) => Math.max(0, count - writes));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const rows: [string, string[]][] = [
    ['requests', columns.map((m) => String(m.requests))],
    ['throughput', columns.map((m) => `${(m.requests / m.seconds).toFixed(1)} req/s`)],
    ['latency p50', sorted.map((s) => percentile(s, 50))],
    ['latency p90', sorted.map((s) => percentile(s, 90))],
    ['latency p99', sorted.map((s) => percentile(s, 99))],
    ['latency max', sorted.map((s) => (s.length ? `${Math.round(s[s.length - 1] as number)} ms` : '-'))],
    ['writes answered', columns.map((m) => String(m.writes))],
    ['writes committed', [...measured.map(() => ''), String(writes)]],
    ['events heard', [...heard.map((count) => `${count} of ${writes}`), `${sum(heard)} of ${writes * heard.length}`]],
    ['connection errors', columns.map((m) => String(m.connectionErrors))],
    ['timeouts', columns.map((m) => String(m.timeouts))],
    ['non-2xx responses', columns.map((m) => String(m.non2xx))],
    ['GraphQL errors', columns.map((m) => String(m.graphqlErrors))],
    ['events missed', [...missed.map(String), String(sum(missed))]],
    ['events extra', [...extra.map(String), String(sum(extra))]],
  ];
  const width = 16;
  const header = ['', ...replicas.map((r) => r.name), 'combined'];
  console.log([`  ${String(header[0]).padEnd(18)}`, ...header.slice(1).map((h) => h.padStart(width))].join(''));
  for (const [name, values] of rows) console.log(`  ${name.padEnd(18)}${values.map((v) => v.padStart(width)).join('')}`);
  const errors = all.connectionErrors + all.timeouts + all.non2xx + all.graphqlErrors + sum(missed) + sum(extra) + (writes === 0 ? 1 : 0);
  if (writes === 0) console.log('load: no write went through, so live updates were not measured');
  console.log(`load: ${errors} errors`);
  return errors;
}
