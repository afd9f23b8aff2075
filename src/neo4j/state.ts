/**
 * An instance folder's `state.json`: which process runs its Neo4j, the JVM's pid and where it
 * answers — with `password` beside it, how another process reaches it. Readable only by the user.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Log } from './options.js';
import { commandLine, isAlive, terminate } from './processes.js';

/** `state.json`: who runs the instance, and where it answers. With `password`, how to reach it. */
export interface InstanceState {
  jvmPid: number;
  ownerPid: number;
  port: number;
  uri?: string;
  startedAt: string;
}

/**
 * Decides whether the instance folder can be used. A state file left by a process that died is
 * stale and removed; a JVM whose owner died is an orphan and is stopped; a JVM whose owner lives
 * belongs to someone else.
 */
export async function claimInstance(homeDir: string, log: Log): Promise<'free' | InstanceState> {
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

export async function readState(homeDir: string): Promise<InstanceState | undefined> {
  try {
    return JSON.parse(await readFile(join(homeDir, 'state.json'), 'utf8')) as InstanceState;
  } catch {
    return undefined;
  }
}

export async function writeState(homeDir: string, state: InstanceState): Promise<void> {
  await writeFile(join(homeDir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}
