/**
 * `npm start` as a newcomer runs it: the real entry point in a child process, on the local Maven
 * path with a data folder of its own. It must come up ready with the article loaded, and stopping
 * it must stop the Neo4j it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start on the embedded default', () => {
  let dir: string;
  let port: number;
  let server: ChildProcess;
  let output = '';
  const exited = () => new Promise<number | null>((resolve) => server.once('exit', resolve));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'conflict-graph-start-'));
    port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEO4J_PROVISION: 'local', NEO4J_LOCAL_DIR: dir };
    delete env.NEO4J_URI;
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env });
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
    if (server.exitCode === null) server.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('answers /ready with 200', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(response.status).toBe(200);
  });

  it('has loaded the article into the empty database', async () => {
    expect(output).toMatch(/empty database, loaded cypher\/seed\/armenia-azerbaijan-2022-09\.json/);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "csto") { name aliases } }' }),
    });
    const { data } = (await response.json()) as { data: { entity: { name: string; aliases: string[] } } };
    expect(data.entity.name).toBe('Collective Security Treaty Organization');
    expect(data.entity.aliases).toContain('ODKB');
  });

  it('stops the Neo4j it started when it is stopped', async () => {
    const state = JSON.parse(await readFile(join(dir, 'dev', 'state.json'), 'utf8')) as { jvmPid: number };
    expect(isAlive(state.jvmPid)).toBe(true);
    const exit = exited();
    server.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(isAlive(state.jvmPid)).toBe(false);
  });
});
