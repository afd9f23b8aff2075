/**
 * Neo4j Community started from its Maven Central jars: the path used where there is no Docker engine.
 *
 * `neo4j-local/pom.xml` resolves `org.neo4j:neo4j` and compiles a small launcher around Neo4j's own
 * server entry point. The JVM runs on a free loopback port with authentication on and its data under
 * `.neo4j/<instance>/` (git-ignored), sized for the machine, with a cap on transaction memory so an
 * oversized transaction fails rather than the database. The launcher exits when its stdin closes, so
 * the JVM never outlives the Node process that started it; while that process lives it watches the
 * JVM and starts it again if it dies. The instance folder publishes how to reach it (`state.json` and
 * `password`, readable only by the user), so a second process (the importer while the server runs)
 * uses the same graph instead of starting another.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDriver, neo4jErrorCode, waitForNeo4j, type Neo4jConnection } from './connection.js';
import { paths } from '../paths.js';

const run = promisify(execFile);

/** Where messages about the local Neo4j go; errors (it died, a restart failed) at error level. */
export type Log = (message: string, level?: 'info' | 'error') => void;

export interface LocalNeo4jOptions {
  /** Folder name under `.neo4j/`: one per use (`dev` for npm start, `test` for the test run). */
  instance: string;
  env?: NodeJS.ProcessEnv;
  /** JVM heap (both -Xms and -Xmx), e.g. `512m`; `auto` or absent sizes it for the machine. */
  heap?: string;
  /** Page cache, e.g. `256m`; `auto` or absent sizes it for the machine. */
  pageCache?: string;
  /** A fixed Bolt port; by default a free loopback port is chosen at each start. */
  boltPort?: number;
  startTimeoutMs?: number;
  log?: Log;
  /** The folder that holds instance folders (`.neo4j/` in the repository, from the config). */
  root: string;
  /**
   * When another live process runs this instance: `share` uses that Neo4j (the same graph, as a
   * command-line tool must while the server runs); `private` starts a temporary one in a folder of
   * its own, deleted on stop (for tests and the benchmark, which wipe their data).
   */
  whenBusy?: 'share' | 'private';
}

export interface LocalNeo4j {
  connection: Neo4jConnection;
  homeDir: string;
  /** The JVM's pid (it changes when a dead JVM is started again). */
  readonly pid: number;
  /** The jars came from the cache of an earlier resolution or a Maven run just now; or another process runs it. */
  jarsFrom: 'cache' | 'maven' | 'running';
  /** False when another process started it and this one only uses it (then stop leaves it running). */
  owned: boolean;
  /** The heap and page cache it runs with (as started by its owner, when this process owns it). */
  memory?: EmbeddedMemory;
  stop(): Promise<void>;
}

/** Thrown when this machine cannot run the local path; the provisioning module turns it into advice. */
export class LocalToolchainMissing extends Error {}

/** `state.json`: who runs the instance, and where it answers. With `password`, how to reach it. */
interface InstanceState {
  jvmPid: number;
  ownerPid: number;
  port: number;
  uri?: string;
  startedAt: string;
}

const MAVEN_TIMEOUT_MS = 20 * 60_000;
const STOP_TIMEOUT_MS = 30_000;
/** How long a process that shares a running instance waits for it (it may be restarting). */
const SHARE_TIMEOUT_MS = 60_000;
/** A JVM that ran this long before dying is restarted at once; one that dies sooner waits longer each time. */
const HEALTHY_RUN_MS = 60_000;
const MAX_RESTART_DELAY_MS = 30_000;

const MIB = 1024 * 1024;

/** Heap, page cache and transaction-memory caps of the embedded Neo4j, in MiB. */
export interface EmbeddedMemory {
  heapMb: number;
  pageCacheMb: number;
  /** `dbms.memory.transaction.total.max`: all transactions together. */
  transactionTotalMb: number;
  /** `db.memory.transaction.max`: any one transaction; over it, that transaction fails, not the database. */
  transactionMaxMb: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const toMb = (size: string) => {
  const match = /^(\d+)([kmg])$/i.exec(size);
  if (!match) throw new Error(`not a memory size: ${size}`);
  const unit = (match[2] as string).toLowerCase();
  return Math.max(1, Math.round(Number(match[1]) * (unit === 'g' ? 1024 : unit === 'm' ? 1 : 1 / 1024)));
};

/**
 * Memory for the embedded Neo4j: an eighth of the machine each for heap (512 MiB to 8 GiB) and page
 * cache (256 MiB to 8 GiB), leaving the rest to the server, the desktop and the OS; explicit sizes
 * win. Transactions may use 60 % of the heap together and 40 % each, so one that grows too large is
 * refused with MemoryPoolOutOfMemoryError while the JVM keeps the rest for itself.
 */
export function embeddedMemory(options: { heap?: string; pageCache?: string }, machineBytes = totalmem()): EmbeddedMemory {
  const eighth = machineBytes / 8 / MIB;
  const heapMb = options.heap && options.heap !== 'auto' ? toMb(options.heap) : Math.floor(clamp(eighth, 512, 8192) / 64) * 64;
  const pageCacheMb =
    options.pageCache && options.pageCache !== 'auto' ? toMb(options.pageCache) : Math.floor(clamp(eighth, 256, 8192) / 64) * 64;
  return { heapMb, pageCacheMb, transactionTotalMb: Math.floor(heapMb * 0.6), transactionMaxMb: Math.floor(heapMb * 0.4) };
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const env = options.env ?? process.env;
  const log: Log = options.log ?? ((message) => console.error(`[neo4j] ${message}`));

  const root = options.root;
  let instance = options.instance;
  let ephemeral = false;
  const claimed = await claimInstance(join(root, instance), log);
  if (claimed !== 'free') {
    if ((options.whenBusy ?? 'share') === 'share') return joinRunning(join(root, instance), claimed, log);
    // Tests and the benchmark wipe their data: never another process's. Use a private folder.
    instance = `${options.instance}-${process.pid}`;
    ephemeral = true;
    log(`instance '${options.instance}' is in use by another process; using a temporary '${instance}'`);
  }
  const java = await findJava(env);
  const jars = await resolveJars(env, log);
  const homeDir = join(root, instance);
  await mkdir(join(homeDir, 'conf'), { recursive: true, mode: 0o700 });
  await mkdir(join(homeDir, 'logs'), { recursive: true });
  const password = await instancePassword(homeDir);
  const memory = embeddedMemory(options);

  const attempts = options.boltPort === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.boltPort ?? (await freeLoopbackPort());
    const launchOptions: LaunchOptions = { ...options, java, classpath: jars.classpath, homeDir, port, password, memory, log };
    try {
      const supervised = supervise(await launch(launchOptions), () => launch(launchOptions), log);
      return {
        connection: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password },
        homeDir,
        get pid() {
          return supervised.pid;
        },
        jarsFrom: jars.from,
        owned: true,
        memory,
        stop: async () => {
          await supervised.stop();
          if (ephemeral) await rm(homeDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      // Another program may take the port between our probe and the JVM binding it.
      if (!(error instanceof PortInUse) || attempt >= attempts) throw error;
      log(`port ${port} was taken before Neo4j could bind it; trying another`);
    }
  }
}

/** Uses the Neo4j another live process runs on this instance, as it published it; never stops it. */
async function joinRunning(homeDir: string, state: InstanceState, log: Log): Promise<LocalNeo4j> {
  const password = (await readFile(join(homeDir, 'password'), 'utf8')).trim();
  const connection = { uri: state.uri ?? `bolt://127.0.0.1:${state.port}`, user: 'neo4j', password };
  log(`using the Neo4j that process ${state.ownerPid} runs on ${homeDir} (${connection.uri})`);
  await waitForNeo4j(connection, { timeoutMs: SHARE_TIMEOUT_MS });
  return { connection, homeDir, pid: state.jvmPid, jarsFrom: 'running', owned: false, stop: async () => {} };
}

/**
 * Watches a JVM this process started: when it exits without being asked to (killed, out of memory),
 * says so at error level and starts it again on the same port and data, waiting longer after each
 * start that did not last, until it answers again or this process stops it.
 */
function supervise(first: Launched, relaunch: () => Promise<Launched>, log: Log) {
  let current = first;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let delay = 1_000;

  const watch = (jvm: Launched) => {
    void jvm.exited.then(({ code, signal }) => {
      if (stopping || jvm !== current) return;
      const ranMs = Date.now() - jvm.startedAt;
      delay = ranMs >= HEALTHY_RUN_MS ? 1_000 : Math.min(delay * 2, MAX_RESTART_DELAY_MS);
      log(`Neo4j (pid ${jvm.pid}) exited unexpectedly (${signal ?? `exit code ${code}`}) after ${Math.round(ranMs / 1000)} s; starting it again in ${delay / 1000} s`, 'error');
      restarting = restart();
    });
  };

  const restart = async () => {
    for (let attempt = 1; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      if (stopping) return;
      try {
        const next = await relaunch();
        if (stopping) return void (await next.stop());
        current = next;
        watch(next);
        log(`Neo4j is running again (pid ${next.pid}) after ${attempt} attempt${attempt === 1 ? '' : 's'}`);
        return;
      } catch (error) {
        delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
        log(`starting Neo4j again failed (attempt ${attempt}): ${(error as Error).message.split('\n')[0]}; next try in ${delay / 1000} s`, 'error');
      }
    }
  };

  watch(first);
  return {
    get pid() {
      return current.pid;
    },
    async stop() {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}

class PortInUse extends Error {}

interface LaunchOptions extends LocalNeo4jOptions {
  java: string;
  classpath: string;
  homeDir: string;
  port: number;
  password: string;
  memory: EmbeddedMemory;
  log: Log;
}

/** One JVM, started and answering. */
interface Launched {
  pid: number;
  startedAt: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

async function launch(options: LaunchOptions): Promise<Launched> {
  const { homeDir, port, log } = options;
  const uri = `bolt://127.0.0.1:${port}`;
  if (await portAnswers(port)) throw new PortInUse(`Bolt port ${port} on 127.0.0.1 is already in use`);
  await writeFile(join(homeDir, 'conf', 'neo4j.conf'), neo4jConf(options));

  const heap = `${options.memory.heapMb}m`;
  const consoleLog = await open(join(homeDir, 'logs', 'console.log'), 'a');
  const child = spawn(
    options.java,
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      // The JVM options Neo4j's own neo4j.conf passes on Java 17.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dfile.encoding=UTF-8',
      '-cp',
      options.classpath,
      'conflictgraph.Neo4jLauncher',
      `--home-dir=${homeDir}`,
      `--config-dir=${join(homeDir, 'conf')}`,
    ],
    { stdio: ['pipe', consoleLog.fd, consoleLog.fd], env: options.env ?? process.env },
  );
  await consoleLog.close();
  // Our process must be free to exit; when it does, the closed stdin stops the JVM.
  child.unref();
  child.stdin?.on('error', () => undefined);
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.java}`);
  const startedAt = Date.now();
  await writeState(homeDir, { jvmPid: pid, ownerPid: process.pid, port, uri, startedAt: new Date(startedAt).toISOString() });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(join(homeDir, 'state.json'), { force: true });
  };

  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const ready = login(uri, options.password, timeoutMs).then(() => 'ready' as const);
  const outcome = await Promise.race([ready, exited]).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  if (outcome !== 'ready') {
    await rm(join(homeDir, 'state.json'), { force: true });
    const tail = await logTail(homeDir);
    if (/address already in use|BindException/i.test(tail)) throw new PortInUse(tail);
    throw new Error(`Neo4j exited with code ${outcome.code} before Bolt answered. Last log lines:\n${tail}`);
  }
  const { heapMb, pageCacheMb, transactionMaxMb } = options.memory;
  log(`Neo4j is up at ${uri} (data in ${homeDir}; heap ${heapMb} MiB, page cache ${pageCacheMb} MiB, at most ${transactionMaxMb} MiB per transaction)`);
  return { pid, startedAt, exited, stop };
}

function neo4jConf(options: LaunchOptions): string {
  return [
    '# Written at each start by src/neo4j/local.ts; edits here are overwritten.',
    `server.bolt.listen_address=127.0.0.1:${options.port}`,
    `server.bolt.advertised_address=127.0.0.1:${options.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${options.memory.pageCacheMb}m`,
    // An oversized transaction must fail on its own, not take the heap (and the JVM) with it.
    `dbms.memory.transaction.total.max=${options.memory.transactionTotalMb}m`,
    `db.memory.transaction.max=${options.memory.transactionMaxMb}m`,
    'db.tx_log.rotation.retention_policy=100M size',
    // Neo4j waits 5 s twice for Bolt threads on shutdown; nothing here needs that grace.
    'internal.server.bolt.thread_pool_shutdown_wait_time=0s',
    'internal.server.bolt.connection_shutdown_wait_time=0s',
    '',
  ].join('\n');
}

/**
 * Logs in with the instance's password. A new data folder still has Neo4j's initial `neo4j/neo4j`
 * login, which must be changed before anything else is allowed: do that once.
 */
async function login(uri: string, password: string, timeoutMs: number): Promise<void> {
  try {
    await waitForNeo4j({ uri, user: 'neo4j', password }, { timeoutMs });
    return;
  } catch (error) {
    if (neo4jErrorCode((error as Error).cause) !== 'Neo.ClientError.Security.Unauthorized') throw error;
  }
  const initial = createDriver({ uri, user: 'neo4j', password: 'neo4j' });
  try {
    await initial.executeQuery(
      "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password",
      { password },
      { database: 'system' },
    );
  } finally {
    await initial.close();
  }
  await waitForNeo4j({ uri, user: 'neo4j', password }, { timeoutMs: 10_000 });
}

async function instancePassword(homeDir: string): Promise<string> {
  const file = join(homeDir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Decides whether the instance folder can be used. A state file left by a process that died is
 * stale and removed; a JVM whose owner died is an orphan and is stopped; a JVM whose owner lives
 * belongs to someone else.
 */
async function claimInstance(homeDir: string, log: Log): Promise<'free' | InstanceState> {
  const state = await readState(homeDir);
  if (!state) return 'free';
  const jvmAlive = isAlive(state.jvmPid) && (await commandLine(state.jvmPid)).includes(`--home-dir=${homeDir}`);
  // A live owner whose JVM is down is restarting it: still busy, or two JVMs would fight over the data.
  const ownerAlive = state.ownerPid !== process.pid && isAlive(state.ownerPid);
  if (ownerAlive && (jvmAlive || /\bnode\b/.test(await commandLine(state.ownerPid)))) return state;
  if (jvmAlive) {
    log(`stopping an orphaned Neo4j (pid ${state.jvmPid}) left on ${homeDir}`);
    await terminate(state.jvmPid);
  }
  await rm(join(homeDir, 'state.json'), { force: true });
  return 'free';
}

async function readState(homeDir: string): Promise<InstanceState | undefined> {
  try {
    return JSON.parse(await readFile(join(homeDir, 'state.json'), 'utf8')) as InstanceState;
  } catch {
    return undefined;
  }
}

async function writeState(homeDir: string, state: InstanceState): Promise<void> {
  await writeFile(join(homeDir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function commandLine(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    try {
      return (await run('ps', ['-o', 'command=', '-p', String(pid)])).stdout;
    } catch {
      return '';
    }
  }
}

async function terminate(pid: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

async function logTail(homeDir: string): Promise<string> {
  const lines: string[] = [];
  for (const name of ['console.log', 'neo4j.log']) {
    try {
      lines.push(...(await readFile(join(homeDir, 'logs', name), 'utf8')).trimEnd().split('\n').slice(-15));
    } catch {
      // A log that was never written has nothing to add.
    }
  }
  return lines.join('\n');
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether something accepts TCP connections on this loopback port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The Java to run Neo4j with: `$JAVA_HOME/bin/java` or `java` on the PATH, version 17 or newer. */
export async function findJava(env: NodeJS.ProcessEnv): Promise<string> {
  const java = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  let output: string;
  try {
    const { stdout, stderr } = await run(java, ['-version'], { env, timeout: 15_000 });
    output = stderr + stdout;
  } catch {
    throw new LocalToolchainMissing(`no Java found (${java})`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) throw new LocalToolchainMissing(`Java ${major || '(unknown version)'} found; Neo4j 5.26 needs Java 17 or newer`);
  return java;
}

/**
 * The classpath of Neo4j and the launcher. Maven runs only when the pom or the launcher changed or
 * a cached jar is gone; otherwise the classpath written by the last run is reused as it is.
 */
export async function resolveJars(env: NodeJS.ProcessEnv, log: Log) {
  const project = paths.mavenProject;
  const target = join(project, 'target');
  const launcherSource = join(project, 'src', 'main', 'java', 'conflictgraph', 'Neo4jLauncher.java');
  const key = createHash('sha256')
    .update(await readFile(join(project, 'pom.xml')))
    .update(await readFile(launcherSource))
    .digest('hex');
  const keyFile = join(target, 'resolved.sha256');
  const classpathFile = join(target, 'classpath.txt');
  const classes = join(target, 'classes');

  const cached = existsSync(keyFile) && (await readFile(keyFile, 'utf8')).trim() === key;
  if (cached && existsSync(classpathFile) && existsSync(join(classes, 'conflictgraph', 'Neo4jLauncher.class'))) {
    const jars = (await readFile(classpathFile, 'utf8')).trim();
    if (jars.split(':').every((jar) => existsSync(jar))) return { classpath: `${classes}:${jars}`, from: 'cache' as const };
  }

  log('resolving Neo4j jars with Maven (first run only; later starts reuse them)');
  try {
    await run('mvn', ['-v'], { env, timeout: 30_000 });
  } catch {
    throw new LocalToolchainMissing('Maven (mvn) is not on the PATH and the Neo4j jars are not cached yet');
  }
  try {
    await run('mvn', ['-B', '-q', '-f', join(project, 'pom.xml'), 'compile'], {
      env,
      timeout: MAVEN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const tail = (stdout + stderr).trim().split('\n').slice(-20).join('\n');
    throw new Error(`Maven could not resolve the Neo4j jars (is Maven Central reachable?):\n${tail}`, { cause: error });
  }
  await writeFile(keyFile, `${key}\n`);
  const jars = (await readFile(classpathFile, 'utf8')).trim();
  return { classpath: `${classes}:${jars}`, from: 'maven' as const };
}
