/**
 * Provisioning on the local Maven path, on instances of its own (start, restart on the same data,
 * parent death, stale and busy state, a taken port): run by `npm run test:slow`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/neo4j/connection.js';
import { startLocalNeo4j } from '../../src/neo4j/local.js';
import { portAnswers } from '../../src/neo4j/processes.js';
import { provisionNeo4j } from '../../src/neo4j/provision.js';
import { projectRoot } from '../../src/paths.js';
import { countNodes, isAlive, waitFor } from '../helpers.js';

const quiet = () => undefined;

/** A process whose command line names the instance folder, as a leftover Neo4j JVM's would. */
function impostor(homeDir: string): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)', '--', `--home-dir=${homeDir}`], { stdio: 'ignore' });
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

describe('the local Maven path', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'conflict-graph-provision-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('starts Neo4j on loopback with authentication on, and keeps its data across restarts', async () => {
    const settings = loadConfig({ NEO4J_PROVISION: 'local', NEO4J_LOCAL_DIR: root }).neo4j;
    const first = await provisionNeo4j(settings, { instance: 'restart', log: quiet });
    try {
      expect(first.via).toBe('local');
      expect(first.connection.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      const intruder = createDriver({ ...first.connection, password: 'not-the-password' });
      await expect(intruder.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      await intruder.close();
      const driver = createDriver(first.connection);
      await driver.executeQuery("CREATE (:Marker {note: 'survives a restart'})");
      await driver.close();
    } finally {
      await first.stop();
    }
    // Stopped means stopped: nothing answers on its port any more.
    expect(await portAnswers(Number(new URL(first.connection.uri).port))).toBe(false);

    const second = await startLocalNeo4j({ instance: 'restart', root, log: quiet });
    try {
      // The jars come from the cache written by an earlier resolution, not from a new Maven run.
      expect(second.jarsFrom).toBe('cache');
      expect(await countNodes(second.connection, 'Marker')).toBe(1);
    } finally {
      await second.stop();
    }
    expect(isAlive(second.pid)).toBe(false);
  });

  it('stops the JVM when the process that started it dies, and the next start takes over', async () => {
    const starter = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'tests', 'fixtures', 'start-local-neo4j.ts'), root, 'orphan'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const started = await new Promise<{ pid: number; homeDir: string }>((resolve, reject) => {
      starter.stdout?.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
      starter.once('exit', (code) => reject(new Error(`starter exited with ${code}`)));
    });
    expect(isAlive(started.pid)).toBe(true);

    starter.kill('SIGKILL');
    expect(await waitFor(() => !isAlive(started.pid), 20_000, 100)).toBe(true);
    // The killed starter could not clean up: its state file is stale now.
    expect(JSON.parse(await readFile(join(started.homeDir, 'state.json'), 'utf8')).jvmPid).toBe(started.pid);

    const next = await startLocalNeo4j({ instance: 'orphan', root, log: quiet });
    try {
      expect(next.homeDir).toBe(started.homeDir);
      expect(await countNodes(next.connection, 'Marker')).toBe(0);
    } finally {
      await next.stop();
    }
  });

  it('stops a leftover Neo4j whose owner is gone before starting', async () => {
    const homeDir = join(root, 'leftover');
    const leftover = impostor(homeDir);
    await new Promise((resolve) => leftover.once('spawn', resolve));
    await mkdir(homeDir, { recursive: true });
    expect(isAlive(leftover.pid as number)).toBe(true);
    await writeFile(
      join(homeDir, 'state.json'),
      JSON.stringify({ jvmPid: leftover.pid, ownerPid: await deadPid(), port: 1, startedAt: new Date().toISOString() }),
    );

    const neo4j = await startLocalNeo4j({ instance: 'leftover', root, log: quiet });
    try {
      expect(neo4j.homeDir).toBe(homeDir);
      expect(await waitFor(() => !isAlive(leftover.pid as number), 5_000, 100)).toBe(true);
    } finally {
      await neo4j.stop();
      leftover.kill('SIGKILL');
    }
  });

  it('shares the Neo4j another live process runs on the instance, and leaves it running', async () => {
    const starter = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'tests', 'fixtures', 'start-local-neo4j.ts'), root, 'shared'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const started = await new Promise<{ pid: number; uri: string; homeDir: string }>((resolve, reject) => {
        starter.stdout?.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
        starter.once('exit', (code) => reject(new Error(`starter exited with ${code}`)));
      });
      const joined = await startLocalNeo4j({ instance: 'shared', root, log: quiet });
      expect(joined).toMatchObject({ owned: false, jarsFrom: 'running', homeDir: started.homeDir, pid: started.pid });
      expect(joined.connection.uri).toBe(started.uri);
      await joined.stop();
      // Stopping the one that joined left the owner's Neo4j running and answering.
      expect(isAlive(started.pid)).toBe(true);
      const driver = createDriver(joined.connection);
      await driver.executeQuery("CREATE (:Marker {note: 'written through the shared instance'})");
      await driver.close();
    } finally {
      starter.kill('SIGKILL');
    }
  });

  it('uses a temporary folder when a live process owns the instance and sharing is off, and removes it after', async () => {
    const homeDir = join(root, 'busy');
    const owner = impostor(homeDir);
    await new Promise((resolve) => owner.once('spawn', resolve));
    await mkdir(homeDir, { recursive: true });
    expect(isAlive(owner.pid as number)).toBe(true);
    await writeFile(join(homeDir, 'state.json'), JSON.stringify({ jvmPid: owner.pid, ownerPid: owner.pid, port: 1, startedAt: new Date().toISOString() }));
    try {
      const neo4j = await startLocalNeo4j({ instance: 'busy', root, whenBusy: 'private', log: quiet });
      expect(neo4j.homeDir).toBe(join(root, `busy-${process.pid}`));
      await neo4j.stop();
      await expect(readFile(join(neo4j.homeDir, 'password'))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(isAlive(owner.pid as number)).toBe(true);
    } finally {
      owner.kill('SIGKILL');
    }
  });

  it('refuses a fixed Bolt port that another program holds, quickly and by name', async () => {
    const holder: NetServer = createNetServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const started = Date.now();
      await expect(startLocalNeo4j({ instance: 'port', root, boltPort: port, log: quiet })).rejects.toThrow(`Bolt port ${port} on 127.0.0.1 is already in use`);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      holder.close();
    }
  });
});
