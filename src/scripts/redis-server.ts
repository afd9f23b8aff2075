/**
 * A private redis-server on a loopback port, for the tests and the multi-replica load run: Debian's
 * package (`/usr/bin/redis-server`, or REDIS_SERVER), nothing written to disk, stopped with the
 * process that started it. It can be stopped and started again on the same port, as an outage would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freeLoopbackPort } from '../neo4j/processes.js';

export interface LocalRedis {
  url: string;
  port: number;
  /** Starts it (again) on its port. */
  start(): Promise<void>;
  /** Stops it; `start` brings it back on the same port, empty. */
  stop(): Promise<void>;
}

const READY = /Ready to accept connections/;
const START_TIMEOUT_MS = 15_000;

export function redisServerBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_SERVER ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : 'redis-server');
}

export async function startLocalRedis(options: { port?: number } = {}): Promise<LocalRedis> {
  const port = options.port ?? (await freeLoopbackPort());
  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');

  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'];
    const started = spawn(redisServerBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    process.once('exit', killOnExit);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (READY.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      started.stdout?.on('data', read);
      started.stderr?.on('data', read);
      started.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`cannot run redis-server (apt-get install redis-server): ${error.message}`));
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with code ${code}:\n${output}`));
      });
    });
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    process.removeListener('exit', killOnExit);
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };

  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}
