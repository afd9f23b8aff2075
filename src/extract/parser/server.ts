/**
 * Stanford CoreNLP as its own process: its HTTP server (`edu.stanford.nlp.pipeline.StanfordCoreNLPServer`)
 * started on first use on a free loopback port, with credentials made up for this process (so no
 * other local user can use it), kept warm for the process's life and stopped when it exits. With
 * `CORENLP_URL` set, an already running server is used instead and left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { freeLoopbackPort } from '../../neo4j/processes.js';
import { corenlpClasspath } from './jars.js';

export const ANNOTATORS = 'tokenize,ssplit,pos,lemma,ner,depparse';
const READY_TIMEOUT_MS = 180_000;
/** A long report on a cold server takes tens of seconds on 2 cores. */
const REQUEST_TIMEOUT_MS = 300_000;

export interface ParserServer {
  url: string;
  authorization?: string;
  child?: ChildProcess;
  /** Seconds from spawning to ready; 0 for a server started elsewhere. */
  setupSeconds: number;
}

let shared: Promise<ParserServer> | undefined;

async function launch(env: NodeJS.ProcessEnv): Promise<ParserServer> {
  if (env.CORENLP_URL) return { url: env.CORENLP_URL.replace(/\/$/, ''), setupSeconds: 0 };
  const classpath = await corenlpClasspath();
  const port = await freeLoopbackPort();
  const user = 'conflict-graph';
  const password = randomBytes(18).toString('base64url');
  const java = env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java';
  const started = performance.now();
  const child = spawn(
    java,
    [
      `-Xmx${env.CORENLP_HEAP ?? '3g'}`,
      '-cp',
      classpath,
      'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
      '-port',
      String(port),
      '-timeout',
      String(REQUEST_TIMEOUT_MS),
      '-preload',
      ANNOTATORS,
      '-username',
      user,
      '-password',
      password,
      '-quiet',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: false },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  child.once('exit', () => process.off('exit', stop));
  // Neither the child nor its pipe keeps the process alive: it is stopped when the process ends.
  child.unref();
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  const url = `http://127.0.0.1:${port}`;
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const server: ParserServer = { url, authorization, child, setupSeconds: 0 };
  // Ready once the preloaded pipeline answers a sentence (the /ready page answers before that).
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode) throw new Error(`CoreNLP server exited while starting:\n${log.trim()}`);
    try {
      await post(server, 'Ready.', undefined, 5_000);
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        stop();
        throw new Error(`CoreNLP server not ready after ${READY_TIMEOUT_MS / 1000} s:\n${log.trim()}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  server.setupSeconds = (performance.now() - started) / 1000;
  return server;
}

async function post(server: ParserServer, text: string, date: string | undefined, timeout = REQUEST_TIMEOUT_MS): Promise<unknown> {
  const properties = JSON.stringify({ annotators: ANNOTATORS, outputFormat: 'json', 'ssplit.newlineIsSentenceBreak': 'always' });
  const query = new URLSearchParams({ properties, ...(date ? { date } : {}) });
  const response = await fetch(`${server.url}/?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8', ...(server.authorization ? { authorization: server.authorization } : {}) },
    body: text,
    signal: AbortSignal.timeout(timeout),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`CoreNLP answered ${response.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as unknown;
}

/** The server, started on first use and shared by every later call. */
export function parserServer(env: NodeJS.ProcessEnv = process.env): Promise<ParserServer> {
  shared ??= launch(env).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** CoreNLP's JSON for a text, relative dates read against `date` (YYYY-MM-DD). */
export async function annotateRaw(text: string, date: string): Promise<unknown> {
  return post(await parserServer(), text, date);
}

/** The resident memory of a server this process started ("2.4 GB"), else undefined. */
export async function serverMemory(): Promise<string | undefined> {
  const server = shared && (await shared);
  const pid = server?.child?.pid;
  if (!pid) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb ? `${(kb / 1024 / 1024).toFixed(1)} GB resident` : undefined;
  } catch {
    return undefined;
  }
}

/** Stops a server this process started (one from CORENLP_URL is left running). */
export async function stopServer(): Promise<void> {
  const server = shared && (await shared.catch(() => undefined));
  shared = undefined;
  const child = server?.child;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
}
