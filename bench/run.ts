/**
 * npm run bench -- [--quick] [--scales 10000,100000,1000000] [--concurrency N] [--warmup S]
 *                  [--duration S] [--memory-minutes M] [--dataset-rows N] [--out FILE]
 *
 * At each scale: a fresh Neo4j, a synthetic conflict graph loaded through our own importer (its
 * throughput measured), then each query of the mix timed three ways on the same data: this server
 * over HTTP, hand-written Cypher through neo4j-driver (the floor), and a server built on the Neo4j
 * GraphQL Library (the peer), after checking that all three give the same answers. Then this server
 * runs the whole mix for several minutes while its memory is sampled. Last, on a fresh Neo4j
 * holding the article, a synthetic ACLED export goes through `npm run import -- --format acled`
 * (bench/datasets.ts): its rate and the importer's peak memory. Writes a Markdown report
 * (bench/results.md by default). `--quick` runs a small scale briefly, to check that it all works.
 *
 * The benchmark always starts its own Neo4j (Docker or the local jars), never NEO4J_URI: it wipes
 * and fills the database.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { Db } from '../src/graph/db.js';
import { migrate } from '../src/graph/migrations.js';
import { importDocumentText, PARTS_IN_FLIGHT, TRANSACTION_ITEMS } from '../src/import/index.js';
import { bulkImport } from '../src/import/offline.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { freeLoopbackPort } from '../src/neo4j/processes.js';
import { provisionNeo4j } from '../src/neo4j/provision.js';
import { projectRoot } from '../src/paths.js';
import { progress } from '../src/scripts/progress.js';
import { EXPORT_FORMATS, type ExportFormat } from '../src/export/request.js';
import { measureExport, memoryOf, type ExportMeasurement } from './export.js';
import { measureExtraction } from './extract.js';
import { measureDatasetImport, writeAcled, type DatasetImportMeasurement } from './datasets.js';
import { seedIfEmpty } from '../src/import/seed.js';
import { documents, entityCount, samples } from './generate.js';
import { closedLoop, graphqlClient, type LoadOptions, type LoadResult } from './load.js';
import { BENCH_QUERIES, type BenchQuery, type Params } from './queries.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
function numberOption(name: string, fallback: number): number {
  const value = Number(option(name, String(fallback)));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const quick = process.argv.includes('--quick');
const scales = option('scales', quick ? '3000' : '10000,100000,1000000')
  .split(',')
  .map(Number);
if (scales.some((scale) => !Number.isInteger(scale) || scale < 1000)) throw new Error('--scales: whole numbers of relationships, at least 1000');
const load: LoadOptions = {
  concurrency: numberOption('concurrency', 4),
  warmupMs: numberOption('warmup', quick ? 0.5 : 5) * 1000,
  durationMs: numberOption('duration', quick ? 1.5 : 15) * 1000,
};
const memoryMs = numberOption('memory-minutes', quick ? 0.25 : 5) * 60_000;
const datasetRows = numberOption('dataset-rows', quick ? 2_000 : 100_000);
/** The bound the dataset importer's peak resident set is judged against (MB): see the report's Targets. */
const DATASET_PEAK_MB = 512;
const out = option('out', quick ? join(tmpdir(), 'conflict-graph-bench-quick.md') : join(projectRoot, 'bench', 'results.md'));
const SAMPLES = quick ? 5 : 20;

const settings = loadConfig({
  ...process.env,
  NEO4J_URI: '',
  NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? (quick ? '512m' : '2g'),
  NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? (quick ? '256m' : '2g'),
}).neo4j;
const log = (message: string) => console.log(`[bench] ${message}`);

type Contestant = 'ours' | 'floor' | 'peer';
interface Timing extends LoadResult {
  contestant: Contestant;
  query: string;
  peakMb?: number;
  /** The server process's CPU time per request over the run (warm-up included), in ms. */
  cpuMs?: number;
  /** Neo4j queries this server sent for one operation. */
  queries?: number;
}
interface ImportResult {
  entities: number;
  relationships: number;
  /** Into the empty database, by the bulk path, up to Neo4j answering with its indexes built. */
  relationshipsPerSecond: number;
  totalSeconds: number;
  /** Where the bulk time went, in s: validating and writing the store files, neo4j-admin, then Neo4j starting, migrating and building its indexes. */
  phases: { storeFiles: number; admin: number; start: number };
  /** Then more relationships by the transactional importer, into the populated database. */
  populated: { relationships: number; relationshipsPerSecond: number; lastDocumentPerSecond: number };
}
interface ScaleResult {
  scale: number;
  import: ImportResult;
  timings: Timing[];
  peakMb: Partial<Record<Contestant, number>>;
  /** Each export format downloaded from this server at this scale, after the queries. */
  exports: ExportMeasurement[];
}
interface MemorySample {
  seconds: number;
  rssMb: number;
  heapMb: number;
}
/** The memory run: samples every few seconds, and the live heap after each full collection during it. */
interface MemoryRun {
  samples: MemorySample[];
  fullCollections: Server['fullCollections'];
}

/** A process's CPU time so far (user and system), in ms, from /proc. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime, the 14th and 15th fields of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Server {
  url: string;
  process: ChildProcess;
  /** The V8 heap left live after each full collection (`--trace-gc`): when (this process's performance.now(), in s), MB. */
  fullCollections: { seconds: number; liveMb: number }[];
  stop(): Promise<void>;
}

// What V8 prints after a full collection: `[pid:isolate]  12345 ms: Mark-Compact 120.1 (150.2) -> 95.3 (140.0) MB, …`.
const FULL_COLLECTION = /(\d+) ms: Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/;

/** Starts a GraphQL server as its own process, so its memory is its own, and waits until it answers. */
async function startServer(name: string, entry: string, connection: Neo4jConnection, env: Record<string, string>): Promise<Server> {
  const port = await freeLoopbackPort();
  // A line after each full collection (none after the frequent minor ones): what stays live is what a leak would grow.
  const child = spawn(process.execPath, ['--trace-gc', '--trace-gc-ignore-scavenger', '--import', 'tsx', entry], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const fullCollections: Server['fullCollections'] = [];
  // V8 counts from its own start, a moment after the spawn: close enough for a trend over minutes.
  const spawned = performance.now();
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = FULL_COLLECTION.exec(line);
      if (match) fullCollections.push({ seconds: (spawned + Number(match[1])) / 1000, liveMb: Number(match[2]) });
    }
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before answering:\n${stderr}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer within 120 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    process: child,
    fullCollections,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/**
 * Builds the graph of a scale into the stopped, empty bench instance by the bulk path (store files
 * and neo4j-admin: validation, quote checks, citations and audit as every import), timed to the
 * moment Neo4j has started on it, migrated and built its indexes.
 */
async function bulkLoad(
  scale: number,
): Promise<{ entities: number; relationships: number; seconds: number; phases: ImportResult['phases']; neo4j: Awaited<ReturnType<typeof provisionNeo4j>> }> {
  const started = performance.now();
  // The last document is told once its rows are written: what follows is neo4j-admin.
  let written = started;
  const total = entityCount(scale) + scale;
  const bar = progress(`[bench] scale ${scale}: bulk import`, 'items');
  const { files } = await bulkImport(
    (function* () {
      for (const document of documents(scale)) yield { text: document.text };
    })(),
    join(settings.local.dir, 'bench'),
    {
      actor: 'bench',
      heap: quick ? '1g' : '4g',
      onProgress: (done) => {
        bar.update(done, total);
        written = performance.now();
      },
    },
  );
  bar.stop();
  const built = performance.now();
  const neo4j = await provisionNeo4j(settings, { instance: 'bench', whenBusy: 'private', log });
  const driver = createDriver(neo4j.connection);
  try {
    await migrate(driver);
    await driver.executeQuery('CALL db.awaitIndexes(3600)');
  } finally {
    await driver.close();
  }
  const ended = performance.now();
  return {
    entities: files.counts.entities,
    relationships: files.counts.relationships,
    seconds: (ended - started) / 1000,
    phases: { storeFiles: (written - started) / 1000, admin: (built - written) / 1000, start: (ended - built) / 1000 },
    neo4j,
  };
}

/** Further relationships among the same entities, by the transactional importer into the populated database. */
async function transactionalLoad(
  driver: Driver,
  scale: number,
  more: number,
): Promise<{ relationships: number; seconds: number; lastDocumentPerSecond: number }> {
  const db = new Db(driver);
  const started = performance.now();
  let relationships = 0;
  let lastDocumentPerSecond = 0;
  for (const document of documents(scale, 10_000, { more })) {
    const documentStarted = performance.now();
    await importDocumentText(db, document.text, { actor: 'bench' });
    relationships += document.relationships;
    lastDocumentPerSecond = document.relationships / ((performance.now() - documentStarted) / 1000);
  }
  return { relationships, seconds: (performance.now() - started) / 1000, lastDocumentPerSecond };
}

/** Parameters for each query, drawn the same way every run: ordinary (not hub) entities. */
async function parameters(driver: Driver, scale: number): Promise<Params[]> {
  const states = samples(scale, 'STATE', SAMPLES);
  const organizations = samples(scale, 'ORGANIZATION', SAMPLES);
  const regions = samples(scale, 'REGION', SAMPLES);
  const named = samples(scale, 'LEADER', SAMPLES);
  const { records } = await driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name', { ids: named });
  const names = new Map(records.map((record) => [record.get('id') as string, record.get('name') as string]));
  return states.map((state, i) => {
    const year = 1995 + ((i * 7) % 25);
    return {
      id: state,
      other: regions[i] as string,
      // What an analyst types: the first word of a name, lower case.
      text: (names.get(named[i] as string) ?? 'karzen').split(' ')[0]!.toLowerCase(),
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      start: organizations[i] as string,
    };
  });
}

type Ask = (query: BenchQuery, p: Params) => Promise<unknown>;

/** Every contestant must give the same answer to every parameter set before any is timed. */
async function checkAnswers(params: Params[], floor: Ask, ours: Ask, peer: Ask): Promise<void> {
  for (const query of BENCH_QUERIES) {
    let nonEmpty = 0;
    for (const p of params) {
      const expected = await floor(query, p);
      const contestants: [string, Ask][] = [['this server', ours], ...(query.peer ? [['the peer', peer] as [string, Ask]] : [])];
      for (const [name, ask] of contestants) {
        const actual = await ask(query, p);
        if (!isDeepStrictEqual(actual, expected)) {
          throw new Error(
            `${name} and the Cypher floor disagree on "${query.name}" for ${JSON.stringify(p)}:\n` +
              `  floor: ${JSON.stringify(expected).slice(0, 600)}\n  ${name}: ${JSON.stringify(actual).slice(0, 600)}`,
          );
        }
      }
      if (expected !== null && JSON.stringify(expected) !== '[]') nonEmpty++;
    }
    // Agreement on empty answers proves nothing: most parameter sets must find something.
    if (nonEmpty < params.length / 2) throw new Error(`"${query.name}" found nothing for most parameters: the data or the query is off`);
  }
}

async function benchScale(scale: number): Promise<{ result: ScaleResult; memory?: MemoryRun }> {
  rmSync(join(settings.local.dir, 'bench'), { recursive: true, force: true });
  log(`scale ${scale}: importing (bulk path into the empty database)`);
  const bulk = await bulkLoad(scale);
  const neo4j = bulk.neo4j;
  const driver = createDriver(neo4j.connection, { maxTransactionRetryTime: 30_000 });
  const servers: Server[] = [];
  try {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS version');
    neo4jVersion = records[0]?.get('version') as string;
    const more = Math.min(20_000, Math.max(2_000, Math.round(scale / 50)));
    log(`scale ${scale}: ${bulk.relationships} relationships, ${bulk.entities} entities in ${bulk.seconds.toFixed(1)} s; ${more} more by transactions`);
    const added = await transactionalLoad(driver, scale, more);
    const imported: ImportResult = {
      entities: bulk.entities,
      relationships: bulk.relationships,
      relationshipsPerSecond: bulk.relationships / bulk.seconds,
      totalSeconds: bulk.seconds,
      phases: bulk.phases,
      populated: {
        relationships: added.relationships,
        relationshipsPerSecond: added.relationships / added.seconds,
        lastDocumentPerSecond: added.lastDocumentPerSecond,
      },
    };
    log(
      `scale ${scale}: bulk ${imported.relationshipsPerSecond.toFixed(0)} relationships/s; transactional into the populated database ${imported.populated.relationshipsPerSecond.toFixed(0)}/s`,
    );
    const params = await parameters(driver, scale);

    // Rate limits off: the peer has none, and the benchmark's clients would spend the anonymous quota in a second.
    const ours = await startServer('this server', 'src/main.ts', neo4j.connection, {
      NODE_ENV: 'production',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      REPORT_QUERY_COUNT: 'true',
      RATE_LIMIT_ANONYMOUS: '0',
    });
    servers.push(ours);
    const peer = await startServer('the peer', 'bench/peer.ts', neo4j.connection, {});
    servers.push(peer);
    const oursClient = graphqlClient(ours.url, load.concurrency);
    const peerClient = graphqlClient(peer.url, load.concurrency);
    const ask: Record<Contestant, Ask> = {
      floor: (query, p) => query.floor(driver, p),
      ours: async (query, p) => query.oursAnswer(await oursClient.post(query.ours(p))),
      peer: async (query, p) => query.peer!.answer(await peerClient.post(query.peer!.request(p))),
    };
    log(`scale ${scale}: checking that the three agree`);
    await checkAnswers(params, ask.floor, ask.ours, ask.peer);

    const timings: Timing[] = [];
    for (const query of BENCH_QUERIES) {
      const contestants: Contestant[] = ['floor', 'ours', ...(query.peer ? (['peer'] as const) : [])];
      for (const contestant of contestants) {
        const server = contestant === 'ours' ? ours : contestant === 'peer' ? peer : undefined;
        const cpuBefore = server ? cpuMsOf(server.process.pid!) : 0;
        const timing = await closedLoop((n) => ask[contestant](query, params[n % params.length] as Params).then(() => undefined), load);
        if (timing.errors) throw new Error(`${contestant} failed on "${query.name}": ${timing.firstError}`);
        const cpuMs = server ? (cpuMsOf(server.process.pid!) - cpuBefore) / Math.max(timing.sent, 1) : undefined;
        const queries = contestant === 'ours' ? Number((await oursClient.answer(query.ours(params[0] as Params))).extensions?.neo4jQueries) : undefined;
        timings.push({ ...timing, contestant, query: query.name, ...(cpuMs === undefined ? {} : { cpuMs }), ...(queries === undefined ? {} : { queries }) });
        log(
          `scale ${scale}: ${query.name} / ${contestant}: ${timing.throughput.toFixed(0)}/s, p50 ${timing.p50.toFixed(1)} ms, p99 ${timing.p99.toFixed(1)} ms`,
        );
      }
    }

    let memory: MemoryRun | undefined;
    if (scale === Math.max(...scales)) {
      log(`scale ${scale}: the whole mix on this server for ${(memoryMs / 60_000).toFixed(1)} min, memory sampled`);
      memory = await memoryRun(ours, params, (query, p) => ask.ours(query, p));
    }
    // Read before the exports, which would otherwise set the server's peak.
    const peakMb = { ours: memoryOf(ours.process.pid!, 'VmHWM'), peer: memoryOf(peer.process.pid!, 'VmHWM') };
    oursClient.close();
    peerClient.close();
    const exports: ExportMeasurement[] = [];
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      exports.push(await measureExport({ base: ours.url.replace(/\/graphql$/, ''), pid: ours.process.pid!, format }));
      log(`scale ${scale}: export ${format}: ${((exports.at(-1) as ExportMeasurement).bytes / 1e6).toFixed(1)} MB`);
    }
    return { result: { scale, import: imported, timings, peakMb, exports }, ...(memory ? { memory } : {}) };
  } finally {
    for (const server of servers) await server.stop();
    await driver.close();
    await neo4j.stop();
  }
}

/**
 * A synthetic ACLED export of `rows` rows imported by `npm run import -- --format acled`, as its
 * own process, into a fresh Neo4j holding the article (as a server's graph does): after the
 * scales, so it shares no Neo4j, cache or process with their measurements.
 */
async function benchDatasets(rows: number): Promise<DatasetImportMeasurement> {
  rmSync(join(settings.local.dir, 'bench'), { recursive: true, force: true });
  const file = join(tmpdir(), `conflict-graph-bench-acled-${process.pid}.csv`);
  const neo4j = await provisionNeo4j(settings, { instance: 'bench', whenBusy: 'private', log });
  try {
    const driver = createDriver(neo4j.connection);
    try {
      await migrate(driver);
      await seedIfEmpty(new Db(driver));
    } finally {
      await driver.close();
    }
    await writeAcled(file, rows);
    log(`datasets: importing ${rows} synthetic ACLED rows`);
    const measured = await measureDatasetImport(neo4j.connection, file);
    log(
      `datasets: ${measured.rows} rows in ${measured.seconds.toFixed(1)} s, ${(measured.rows / measured.seconds).toFixed(0)} rows/s; importer peak ${measured.peakMb.toFixed(0)} MB`,
    );
    return measured;
  } finally {
    rmSync(file, { force: true });
    await neo4j.stop();
  }
}

/** The whole mix, round robin, for a fixed time; resident memory and V8 heap in use every 5 s, and the heap live after each full collection. */
async function memoryRun(server: Server, params: Params[], ask: Ask): Promise<MemoryRun> {
  const samplesTaken: MemorySample[] = [];
  const collectionsBefore = server.fullCollections.length;
  const metricsUrl = server.url.replace('/graphql', '/metrics');
  const started = performance.now();
  const sample = async () => {
    const text = await (await fetch(metricsUrl)).text();
    const heap = Number(/^nodejs_heap_size_used_bytes\s+(\S+)/m.exec(text)?.[1]);
    samplesTaken.push({ seconds: (performance.now() - started) / 1000, rssMb: memoryOf(server.process.pid!, 'VmRSS'), heapMb: heap / 1024 / 1024 });
  };
  const timer = setInterval(() => void sample(), Math.min(5_000, memoryMs / 10));
  const result = await closedLoop(
    (n) => {
      const query = BENCH_QUERIES[n % BENCH_QUERIES.length] as BenchQuery;
      return ask(query, params[Math.floor(n / BENCH_QUERIES.length) % params.length] as Params).then(() => undefined);
    },
    { ...load, warmupMs: 0, durationMs: memoryMs },
  );
  clearInterval(timer);
  await sample();
  if (result.errors) throw new Error(`errors during the memory run: ${result.firstError}`);
  const fullCollections = server.fullCollections.slice(collectionsBefore).map(({ seconds, liveMb }) => ({ seconds: seconds - started / 1000, liveMb }));
  log(`memory run: ${result.requests} requests, ${result.throughput.toFixed(0)}/s, ${fullCollections.length} full collections`);
  return { samples: samplesTaken, fullCollections };
}

/** Least-squares slope, in units per minute. */
function slopePerMinute(points: { seconds: number; value: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.seconds, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const num = points.reduce((s, p) => s + (p.seconds - mx) * (p.value - my), 0);
  const den = points.reduce((s, p) => s + (p.seconds - mx) ** 2, 0);
  return den ? (num / den) * 60 : 0;
}

function machine(neo4jVersion: string): string[] {
  const javaLine = execFileSync('sh', ['-c', 'java -version 2>&1 || echo "Java: unknown"'], { encoding: 'utf8' }).split('\n')[0];
  return [
    `- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; memory ${(totalmem() / 2 ** 30).toFixed(0)} GB; ${platform()} ${release()}`,
    `- Node ${process.version}; ${javaLine}; Neo4j ${neo4jVersion} (heap ${settings.local.heap}, page cache ${settings.local.pageCache}), on the same machine as the servers and the load generator`,
  ];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const mark = (ok: boolean) => (ok ? 'met' : '**not met**');

function report(
  results: ScaleResult[],
  memory: MemoryRun | undefined,
  neo4jVersion: string,
  drafting: { words: number; ms: number[] },
  dataset: DatasetImportMeasurement,
): { text: string; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];
  const largest = results[results.length - 1] as ScaleResult;
  lines.push(
    '# Benchmark results',
    '',
    `Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}. Every number below comes from this one run.`,
    '',
    '## Machine and method',
    '',
    ...machine(neo4jVersion),
    `- Load: ${load.concurrency} concurrent clients in a closed loop, ${load.warmupMs / 1000} s warm-up then ${load.durationMs / 1000} s measured, per query and contestant; ${SAMPLES} parameter sets in turn; every latency kept (exact percentiles), in ms.`,
    '- Contestants, one at a time on the same Neo4j and data: **this server** (GraphQL over HTTP, production mode, its own process);',
    '  **Cypher**, the floor: hand-written Cypher through neo4j-driver in the benchmark process, no HTTP or GraphQL;',
    '  **@neo4j/graphql**: the Neo4j GraphQL Library 7 on graphql-yoga, its own process (`bench/peer.ts`).',
    '- Before timing, the three answers to every parameter set were brought to one form and checked equal (`bench/queries.ts`).',
    "- Peak memory: the server process's peak resident set (VmHWM) over the whole scale; the floor runs inside the benchmark, so it has none of its own.",
    "- CPU ms/req: the server process's CPU time (user and system, from /proc) over the run, warm-up included, per request. Queries/op: the Neo4j queries this server sent for one operation (`extensions.neo4jQueries`); 1 means the read planner answered it with one query.",
    '- The synthetic graph (`bench/generate.ts`): one entity per eight relationships, every kind and relationship type, a citation on everything, time spans at year, month and day precision, and 15 hubs that one relationship end in twenty goes to.',
    '',
  );

  lines.push(
    '## Import',
    '',
    '| relationships | entities | into the empty database: relationships/s | time | then into the populated one: relationships | relationships/s | its last document: relationships/s |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    const { import: i } = r;
    lines.push(
      `| ${r.scale.toLocaleString('en')} | ${i.entities.toLocaleString('en')} | ${i.relationshipsPerSecond.toFixed(0)} | ${i.totalSeconds.toFixed(1)} s | ${i.populated.relationships.toLocaleString('en')} | ${i.populated.relationshipsPerSecond.toFixed(0)} | ${i.populated.lastDocumentPerSecond.toFixed(0)} |`,
    );
  }
  lines.push(
    '',
    'Both paths validate the documents against the graph, check every quote verbatim in its source, and write the same citations and audit records (`tests/bulk-import.test.ts` checks the graphs equal).',
    '- Into the empty database: **the bulk path** (`src/import/offline.ts`): the importer validates the documents and writes them as store files, `neo4j-admin database import` builds the store, and the time runs until Neo4j has started on it, migrated and built its indexes.' +
      ` At ${largest.scale.toLocaleString('en')}: store files ${largest.import.phases.storeFiles.toFixed(1)} s (validation on a worker beside the writing), neo4j-admin ${largest.import.phases.admin.toFixed(1)} s, Neo4j's start, migrations and indexes ${largest.import.phases.start.toFixed(1)} s.`,
    `- Into the populated database: **the transactional importer** (\`npm run import\`), 10,000 relationships per document among the existing entities, in transactions of ${TRANSACTION_ITEMS.toLocaleString('en')} items, ${PARTS_IN_FLIGHT} in flight. It starts right after Neo4j has, so its first document runs while the JVM compiles Neo4j's write path; the last document's rate is nearer what a server that has already imported sees.`,
    '',
  );

  lines.push(
    '## Exports',
    '',
    "Each export of the whole graph downloaded once from this server after the queries, read and dropped as it arrives; the server's resident set sampled every 100 ms (`bench/export.ts`).",
    '',
    '| relationships | export | MB sent | seconds | server resident MB before | at peak |',
    '|---:|---|---:|---:|---:|---:|',
  );
  for (const r of results) {
    for (const e of r.exports) {
      lines.push(
        `| ${r.scale.toLocaleString('en')} | ${e.format} | ${(e.bytes / 1e6).toFixed(1)} | ${e.seconds.toFixed(1)} | ${e.rssBeforeMb.toFixed(0)} | ${e.rssPeakMb.toFixed(0)} |`,
      );
    }
  }
  lines.push('');

  const datasetRate = dataset.rows / dataset.seconds;
  lines.push(
    '## Datasets',
    '',
    `A synthetic ACLED export (\`bench/datasets.ts\`: ${dataset.rows.toLocaleString('en')} rows, a few hundred actors named as ACLED names them, a few thousand places in admin areas, five years of dates, every row saying it is synthetic) imported by \`npm run import -- --format acled\`, as its own process, into a fresh Neo4j holding the article: the file checked whole, then written in parts, every row a cited source. The time is the import's own (both passes over the file); the peak is the importer process's resident set (VmHWM).`,
    '',
    '| rows | relationships created | seconds | rows/s | relationships/s | importer peak MB |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${dataset.rows.toLocaleString('en')} | ${dataset.relationships.toLocaleString('en')} | ${dataset.seconds.toFixed(1)} | ${datasetRate.toFixed(0)} | ${(dataset.relationships / dataset.seconds).toFixed(0)} | ${dataset.peakMb.toFixed(0)} |`,
    '',
  );

  const draftMs = [...drafting.ms].sort((a, b) => a - b)[Math.floor(drafting.ms.length / 2)] as number;
  lines.push(
    '## Drafting a report',
    '',
    `The extractor (src/extract/) drafting a report of ${drafting.words.toLocaleString('en')} words (the article and the test reports in turn), after one warm-up draft, ${drafting.ms.length} times: median ${draftMs} ms (each run: ${drafting.ms.join(', ')} ms).`,
    '',
  );

  for (const r of results) {
    lines.push(
      `## ${r.scale.toLocaleString('en')} relationships`,
      '',
      '| query | contestant | req/s | p50 | p95 | p99 | peak MB | CPU ms/req | queries/op | p50 vs Cypher | req/s vs @neo4j/graphql |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const query of BENCH_QUERIES) {
      const of = (c: Contestant) => r.timings.find((t) => t.query === query.name && t.contestant === c);
      const floor = of('floor');
      const peer = of('peer');
      for (const c of ['ours', 'floor', 'peer'] as const) {
        const t = of(c);
        if (!t) {
          if (c === 'peer') lines.push(`| ${query.name} | @neo4j/graphql | cannot express it | | | | | | | | |`);
          continue;
        }
        const label = c === 'ours' ? 'this server' : c === 'floor' ? 'Cypher' : '@neo4j/graphql';
        const vsFloor = c === 'floor' || !floor ? '' : ratio(t.p50 / floor.p50);
        const vsPeer = c === 'ours' && peer ? ratio(t.throughput / peer.throughput) : '';
        const peak = c === 'floor' ? '' : (r.peakMb[c]?.toFixed(0) ?? '');
        const cpu = t.cpuMs === undefined ? '' : t.cpuMs.toFixed(1);
        const queries = t.queries === undefined ? '' : String(t.queries);
        lines.push(
          `| ${query.name} | ${label} | ${t.throughput.toFixed(0)} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.p99)} | ${peak} | ${cpu} | ${queries} | ${vsFloor} | ${vsPeer} |`,
        );
      }
    }
    lines.push('');
  }

  lines.push(
    '## Cost growth',
    '',
    `p50 in ms by scale (this server / Cypher / @neo4j/graphql).`,
    '',
    `| query | ${results.map((r) => r.scale.toLocaleString('en')).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
  );
  for (const query of BENCH_QUERIES) {
    const cells = results.map((r) => {
      const p = (c: Contestant) => r.timings.find((t) => t.query === query.name && t.contestant === c)?.p50;
      return [p('ours'), p('floor'), p('peer')].map((v) => (v === undefined ? '—' : ms(v))).join(' / ');
    });
    lines.push(`| ${query.name} | ${cells.join(' | ')} |`);
  }
  lines.push('');

  lines.push('## Targets', '');
  // Step 11's targets: p50 within 1.5× the Cypher floor (2× for the page of 50), throughput at least
  // 1.5× @neo4j/graphql wherever it can express the query.
  const p50Bound = (name: string) => (name.startsWith('page of') ? 2 : 1.5);
  for (const r of results) {
    for (const query of BENCH_QUERIES) {
      const t = (c: Contestant) => r.timings.find((x) => x.query === query.name && x.contestant === c);
      const ours = t('ours') as Timing;
      const floor = t('floor') as Timing;
      const peer = t('peer');
      const p50Ratio = ours.p50 / floor.p50;
      const bound = p50Bound(query.name);
      const okP50 = p50Ratio <= bound;
      const line = `- ${r.scale.toLocaleString('en')}, ${query.name}: p50 ${ratio(p50Ratio)} Cypher (≤ ${bound.toFixed(2)}×) ${mark(okP50)}`;
      if (!okP50) failures.push(`p50 of "${query.name}" at ${r.scale}: ${ratio(p50Ratio)} of Cypher`);
      if (peer) {
        const okPeer = ours.throughput >= 1.5 * peer.throughput;
        if (!okPeer) failures.push(`throughput of "${query.name}" at ${r.scale}: ${ratio(ours.throughput / peer.throughput)} of @neo4j/graphql`);
        lines.push(`${line}; throughput ${ratio(ours.throughput / peer.throughput)} @neo4j/graphql (≥ 1.50×) ${mark(okPeer)}`);
      } else lines.push(`${line}; @neo4j/graphql cannot express it`);
    }
  }
  const atMillion = largest.scale >= 1_000_000;
  for (const [name, bound] of [
    ['neighbourhood, depth 2', 100],
    ['entity by id, typed relationships and citations', 50],
  ] as const) {
    const t = largest.timings.find((x) => x.query === name && x.contestant === 'ours') as Timing;
    const ok = t.p99 <= bound;
    if (!ok && atMillion) failures.push(`p99 of "${name}" at ${largest.scale}: ${ms(t.p99)} ms`);
    lines.push(
      `- ${name}, p99 at ${largest.scale.toLocaleString('en')}: ${ms(t.p99)} ms (≤ ${bound} ms at 1,000,000) ${atMillion ? mark(ok) : '(not at the 1M scale in this run)'}`,
    );
  }
  const okDrafting = draftMs < 2_000;
  if (!okDrafting) failures.push(`drafting ${drafting.words} words: ${draftMs} ms`);
  lines.push(`- Drafting a ${drafting.words.toLocaleString('en')}-word report: ${draftMs} ms (< 2,000 ms) ${mark(okDrafting)}`);
  for (const [what, rate, bound] of [
    ['into an empty database', largest.import.relationshipsPerSecond, 20_000],
    ['into a populated database', largest.import.populated.relationshipsPerSecond, 8_000],
  ] as const) {
    const ok = rate >= bound;
    if (!ok && atMillion) failures.push(`import ${what} at ${largest.scale}: ${rate.toFixed(0)} relationships/s`);
    lines.push(
      `- Import ${what} at ${largest.scale.toLocaleString('en')}: ${rate.toFixed(0)} relationships/s (≥ ${bound.toLocaleString('en')} at 1,000,000) ${atMillion ? mark(ok) : '(not at the 1M scale in this run)'}`,
    );
  }
  // Bounded: the importer streams the file, so its peak does not grow with the rows; 512 MB is
  // room for Node, the resolver's names and parts in flight, far below what holding 100,000 rows'
  // documents would take.
  const okDatasetMemory = dataset.peakMb <= DATASET_PEAK_MB;
  if (!okDatasetMemory) failures.push(`dataset import: importer peak ${dataset.peakMb.toFixed(0)} MB`);
  lines.push(
    `- Dataset import of ${dataset.rows.toLocaleString('en')} ACLED rows: ${datasetRate.toFixed(0)} rows/s, ${(dataset.relationships / dataset.seconds).toFixed(0)} relationships/s; importer peak ${dataset.peakMb.toFixed(0)} MB (bounded: ≤ ${DATASET_PEAK_MB} MB whatever the file's size) ${mark(okDatasetMemory)}`,
  );
  if (memory?.samples.length) {
    const settled = memory.samples.filter((m) => m.seconds >= Math.min(30, memoryMs / 4000));
    const rssSlope = slopePerMinute(settled.map((m) => ({ seconds: m.seconds, value: m.rssMb })));
    const heapSlope = slopePerMinute(settled.map((m) => ({ seconds: m.seconds, value: m.heapMb })));
    const live = memory.fullCollections;
    // A leak grows what stays live after full collections; resident set and heap in use rise and fall with garbage between them.
    const liveSlope = live.length >= 3 ? slopePerMinute(live.map((c) => ({ seconds: c.seconds, value: c.liveMb }))) : undefined;
    const minutes = memoryMs / 60_000;
    const meanRss = settled.reduce((s, m) => s + m.rssMb, 0) / settled.length;
    const judged = liveSlope ?? rssSlope;
    // Flat: the trend over the whole run adds less than 5% of the resident set.
    const okMemory = Math.abs(judged * minutes) < meanRss * 0.05;
    if (!okMemory) failures.push(`memory: ${liveSlope === undefined ? 'resident set' : 'live heap'} trend ${judged.toFixed(1)} MB/min`);
    lines.push(
      `- Memory over a ${minutes.toFixed(1)}-minute run of the whole mix at ${largest.scale.toLocaleString('en')}: ` +
        (liveSlope === undefined
          ? `fewer than 3 full collections (${live.length}), so judged by the resident set trend ${rssSlope.toFixed(2)} MB/min`
          : `heap live after each of ${live.length} full collections ${Math.min(...live.map((c) => c.liveMb)).toFixed(0)}–${Math.max(...live.map((c) => c.liveMb)).toFixed(0)} MB, trend ${liveSlope.toFixed(2)} MB/min (resident set ${rssSlope.toFixed(2)}, heap in use ${heapSlope.toFixed(2)} MB/min, both rising and falling with garbage)`) +
        ` (flat: the trend adds < 5% of the ${meanRss.toFixed(0)} MB resident set over the run) ${mark(okMemory)}`,
      '',
      '## Memory over the run',
      '',
      '| minute | resident MB (min–max) | heap in use MB (min–max) | heap live after full collections MB (min–max) |',
      '|---:|---:|---:|---:|',
    );
    for (let minute = 0; minute < Math.ceil(minutes); minute++) {
      const within = <T extends { seconds: number }>(points: T[]) => points.filter((m) => m.seconds >= minute * 60 && m.seconds < (minute + 1) * 60);
      const inMinute = within(memory.samples);
      if (!inMinute.length) continue;
      const range = (values: number[]) => (values.length ? `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}` : 'none');
      lines.push(
        `| ${minute + 1} | ${range(inMinute.map((m) => m.rssMb))} | ${range(inMinute.map((m) => m.heapMb))} | ${range(within(live).map((c) => c.liveMb))} |`,
      );
    }
  }
  lines.push('', '## What @neo4j/graphql cannot express, and how it was asked', '');
  for (const query of BENCH_QUERIES) {
    if (query.peerCannot) lines.push(`- ${query.name}: ${query.peerCannot}.`);
    else if (query.peer?.note) lines.push(`- ${query.name}: ${query.peer.note}.`);
  }
  lines.push('');
  return { text: lines.join('\n'), failures };
}

// Drafting is timed first, before Neo4j and the servers compete with it for the two cores.
const drafting = { words: 0, ms: [] as number[] };
for (let run = 0; run < (quick ? 1 : 5); run++) {
  const measured = await measureExtraction();
  drafting.words = measured.words;
  drafting.ms.push(measured.ms);
}
log(`drafting ${drafting.words} words: ${drafting.ms.join(', ')} ms`);

const results: ScaleResult[] = [];
let neo4jVersion = 'unknown';
let memory: MemoryRun | undefined;
for (const scale of scales.sort((a, b) => a - b)) {
  const { result, memory: sampled } = await benchScale(scale);
  results.push(result);
  memory ??= sampled;
}
const dataset = await benchDatasets(datasetRows);
const { text, failures } = report(results, memory, neo4jVersion, drafting, dataset);
writeFileSync(out, text);
log(`wrote ${out}`);
if (failures.length) log(`targets not met:\n  ${failures.join('\n  ')}`);
