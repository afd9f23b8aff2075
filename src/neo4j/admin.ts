/**
 * neo4j-admin, run from the same Maven jars as the embedded Neo4j (main class
 * org.neo4j.cli.AdminTool) with NEO4J_HOME and NEO4J_CONF on an instance folder: dumps and loads
 * for backups, `database import full` for the bulk import. Its failures become one line.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NEO4J_JVM_OPTIONS } from './jvm.js';
import type { Log } from './options.js';
import { findJava, LocalToolchainMissing, resolveJars } from './toolchain.js';

const run = promisify(execFile);
const ADMIN_TIMEOUT_MS = 60 * 60_000;

/** neo4j-admin could not do what it was asked; the message says why in one line. */
export class AdminFailed extends Error {}

export interface AdminOptions {
  env?: NodeJS.ProcessEnv;
  log?: Log;
  /** The admin JVM's heap, e.g. `1g` (a large import wants more). */
  heap?: string;
}

/** Runs neo4j-admin on the instance folder `homeDir`; `verb` and `what` name the work in a failure. */
export async function admin(homeDir: string, args: string[], options: AdminOptions, verb: string, what: string): Promise<string> {
  const env = options.env ?? process.env;
  let java: string;
  let classpath: string;
  try {
    java = await findJava(env);
    classpath = (await resolveJars(env, options.log ?? (() => undefined))).classpath;
  } catch (error) {
    if (error instanceof LocalToolchainMissing) throw new AdminFailed(`cannot run neo4j-admin: ${error.message}.`);
    throw error;
  }
  const adminEnv = { ...env, NEO4J_HOME: homeDir, NEO4J_CONF: join(homeDir, 'conf') };
  try {
    const { stdout } = await run(java, [`-Xmx${options.heap ?? '1g'}`, ...NEO4J_JVM_OPTIONS, '-cp', classpath, 'org.neo4j.cli.AdminTool', ...args], {
      env: adminEnv,
      timeout: ADMIN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new AdminFailed(`could not ${verb} ${what}: ${adminProblem(stdout + stderr)}`);
  }
}

/** The line of neo4j-admin's output that says what went wrong. */
function adminProblem(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.some((line) => /in use|Lock|locked/i.test(line))) return 'the database is in use by a running Neo4j; stop it first.';
  const told = lines.find((line) => /^(?:[\w.]*(?:Exception|Error):|Failed|Not a valid|Unable|Cannot|Could not)/i.test(line) && !/^\s*at /.test(line));
  return (told ?? lines.at(-1) ?? 'neo4j-admin failed without a message').replace(/^[\w.]+(?:Exception|Error):\s*/, '');
}
