/**
 * One Neo4j JVM on a loopback port, from Neo4j's own server entry point: its neo4j.conf (memory,
 * transaction caps), the first login (an initial password is changed once), its stop; and the
 * watch that starts it again when it dies without being asked to.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createDriver, neo4jErrorCode, waitForNeo4j } from './connection.js';
import type { LocalNeo4jOptions, Log } from './options.js';
import type { EmbeddedMemory } from './memory.js';
import { portAnswers } from './processes.js';
import { writeState } from './state.js';

const STOP_TIMEOUT_MS = 30_000;
/** A JVM that ran this long before dying is restarted at once; one that dies sooner waits longer each time. */
const HEALTHY_RUN_MS = 60_000;
const MAX_RESTART_DELAY_MS = 30_000;

export class PortInUse extends Error {}

/** The JVM options Neo4j's own neo4j.conf passes on Java 17 (the server and neo4j-admin alike). */
export const NEO4J_JVM_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dfile.encoding=UTF-8',
];

export interface LaunchOptions extends LocalNeo4jOptions {
  java: string;
  classpath: string;
  homeDir: string;
  port: number;
  password: string;
  memory: EmbeddedMemory;
  log: Log;
}

/** One JVM, started and answering. */
export interface Launched {
  pid: number;
  startedAt: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export async function launch(options: LaunchOptions): Promise<Launched> {
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
      ...NEO4J_JVM_OPTIONS,
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
    await initial.executeQuery("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password", { password }, { database: 'system' });
  } finally {
    await initial.close();
  }
  await waitForNeo4j({ uri, user: 'neo4j', password }, { timeoutMs: 10_000 });
}

export async function instancePassword(homeDir: string): Promise<string> {
  const file = join(homeDir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
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

/**
 * Watches a JVM this process started: when it exits without being asked to (killed, out of memory),
 * says so at error level and starts it again on the same port and data, waiting longer after each
 * start that did not last, until it answers again or this process stops it.
 */
export function supervise(first: Launched, relaunch: () => Promise<Launched>, log: Log) {
  let current = first;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let delay = 1_000;

  const watch = (jvm: Launched) => {
    void jvm.exited.then(({ code, signal }) => {
      if (stopping || jvm !== current) return;
      const ranMs = Date.now() - jvm.startedAt;
      delay = ranMs >= HEALTHY_RUN_MS ? 1_000 : Math.min(delay * 2, MAX_RESTART_DELAY_MS);
      log(
        `Neo4j (pid ${jvm.pid}) exited unexpectedly (${signal ?? `exit code ${code}`}) after ${Math.round(ranMs / 1000)} s; starting it again in ${delay / 1000} s`,
        'error',
      );
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
