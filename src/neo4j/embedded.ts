/**
 * The embedded default's instance folder (the one npm start serves) for tools that work on it
 * while it is stopped: backups, restores and the bulk import. Neo4j Community changes or reads a
 * store offline only, so they refuse, in one line that says what to do, while any process runs it.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Neo4jSettings } from '../config.js';
import type { Log } from './options.js';
import { claimInstance } from './state.js';

export const EMBEDDED_INSTANCE = 'dev';
export const EMBEDDED_DATABASE = 'neo4j';

/** Why a tool cannot work on the embedded database now, in one line a person can act on. */
export class OfflineRefused extends Error {}

export interface OfflineOptions {
  settings: Neo4jSettings;
  env?: NodeJS.ProcessEnv;
  log?: Log;
}

/**
 * The instance folder, once it is sure no process runs it. `tool` names the command in the
 * refusal and `verb` what it does; `needsDatabase` refuses a folder without a database yet.
 */
export async function offlineInstance(options: OfflineOptions, tool: string, verb: string, { needsDatabase = true } = {}): Promise<string> {
  if (options.settings.uri) {
    throw new OfflineRefused(`NEO4J_URI is set: ${tool} works only on the embedded default. Use neo4j-admin on that server, or your provider's tools (Aura).`);
  }
  const homeDir = join(options.settings.local.dir, EMBEDDED_INSTANCE);
  const state = await claimInstance(homeDir, options.log ?? (() => undefined));
  if (state !== 'free') {
    throw new OfflineRefused(
      `the embedded Neo4j in ${relativePath(homeDir)} is running (process ${state.ownerPid}: npm start or npm run neo4j); ` +
        `Neo4j Community can ${verb} only while it is stopped: stop that process (Ctrl-C), run this again, then start it again.`,
    );
  }
  if (needsDatabase && !hasDatabase(homeDir)) {
    throw new OfflineRefused(`there is no embedded database in ${relativePath(homeDir)} yet: npm start creates it.`);
  }
  return homeDir;
}

export function hasDatabase(homeDir: string): boolean {
  return existsSync(join(homeDir, 'data', 'databases', EMBEDDED_DATABASE));
}

/** A path as a person in the project folder would type it; absolute when it lies elsewhere. */
export function relativePath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') ? shown : path;
}
