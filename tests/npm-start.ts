/**
 * `npm start` as a newcomer runs it, for the files that test it: the real entry point in a child
 * process, on the local Maven path with a data folder of its own and the old 512 MiB heap (the size
 * a large import used to kill), started before a file's tests and killed after them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { freePort } from './helpers.js';

export interface NpmStart {
  /** The folder holding the instance (`dev/`) and the files a test writes. */
  dir: string;
  port: number;
  /** The environment it was started with, for CLI scripts that must find its graph. */
  env: NodeJS.ProcessEnv;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  instance(): string;
  state(): Promise<{ jvmPid: number; uri: string }>;
  ask<T>(query: string): Promise<{ data: T; errors?: unknown[] }>;
  ready(): Promise<boolean>;
  exited(): Promise<number | null>;
}

/** Starts `npm start` before the file's tests (ready when it prints its GraphQL address) and kills it after. */
export function useNpmStart(): NpmStart {
  let output = '';
  const started = {} as NpmStart;
  const instance = () => join(started.dir, 'dev');
  Object.assign(started, {
    output: () => output,
    instance,
    state: async () => JSON.parse(await readFile(join(instance(), 'state.json'), 'utf8')) as { jvmPid: number; uri: string },
    ask: async <T>(query: string) => {
      const response = await fetch(`http://127.0.0.1:${started.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data: T; errors?: unknown[] };
    },
    ready: async () => (await fetch(`http://127.0.0.1:${started.port}/ready`).catch(() => null))?.status === 200,
    exited: () => new Promise<number | null>((resolve) => started.process.once('exit', resolve)),
  });

  beforeAll(async () => {
    started.dir = await mkdtemp(join(tmpdir(), 'conflict-graph-start-'));
    started.port = await freePort();
    started.env = { ...process.env, PORT: String(started.port), NEO4J_PROVISION: 'local', NEO4J_LOCAL_DIR: started.dir, NEO4J_LOCAL_HEAP: '512m' };
    delete started.env.NEO4J_URI;
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env: started.env });
    started.process = server;
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line after 120 s:\n${output}`)), 120_000);
      server.stdout?.on('data', () => {
        if (output.includes('GraphQL at')) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
  });
  afterAll(async () => {
    if (started.process?.exitCode === null) started.process.kill('SIGKILL');
    await rm(started.dir, { recursive: true, force: true });
  });
  return started;
}
