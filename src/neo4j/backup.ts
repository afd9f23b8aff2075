/**
 * Backups of the embedded default: Neo4j's own `neo4j-admin database dump` and `load`, run from
 * the same Maven jars (main class org.neo4j.cli.AdminTool) with NEO4J_HOME and NEO4J_CONF on the
 * instance folder. In Community a dump or a load needs the whole DBMS offline, so both refuse, in
 * one line that says what to do, while any process runs the instance (npm start, npm run neo4j).
 * A restore first dumps what it replaces beside the instance, so a wrong file costs nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { admin, AdminFailed } from './admin.js';
import { EMBEDDED_DATABASE as DATABASE, hasDatabase, OfflineRefused, offlineInstance, type OfflineOptions } from './embedded.js';

/** Writes a dump of the embedded default's database to `file`; the DBMS must be offline. */
export async function backupEmbedded(file: string, options: OfflineOptions & { overwrite?: boolean }): Promise<{ file: string; bytes: number }> {
  const target = resolve(file);
  const homeDir = await offlineInstance(options, 'npm run backup', 'back up');
  if (existsSync(target) && !options.overwrite) throw new OfflineRefused(`${file} already exists; choose another name, or add --force to replace it.`);
  await mkdir(dirname(target), { recursive: true });
  await dumpTo(homeDir, target, options);
  return { file: target, bytes: (await stat(target)).size };
}

/**
 * Replaces the embedded default's database with the dump in `file`; the DBMS must be offline. What
 * it replaces is dumped first to `<instance>/backups/before-restore-<time>.dump`.
 */
export async function restoreEmbedded(file: string, options: OfflineOptions): Promise<{ saved: string | null }> {
  const source = resolve(file);
  if (!existsSync(source)) throw new OfflineRefused(`${file}: no such file.`);
  const homeDir = await offlineInstance(options, 'npm run restore', 'restore', { needsDatabase: false });
  let saved: string | null = null;
  if (hasDatabase(homeDir)) {
    saved = join(homeDir, 'backups', `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
    await mkdir(dirname(saved), { recursive: true });
    await dumpTo(homeDir, saved, options);
  }
  // neo4j-admin loads `<database>.dump` from a folder: give it one that holds just this file.
  const folder = await mkdtemp(join(homeDir, '.restore-'));
  try {
    const link = join(folder, `${DATABASE}.dump`);
    await symlink(source, link);
    await admin(homeDir, ['database', 'load', DATABASE, `--from-path=${folder}`, '--overwrite-destination=true'], options, 'restore', file).catch(
      (error: unknown) => {
        // neo4j-admin names the link it was given; the person knows the file.
        throw error instanceof AdminFailed ? new OfflineRefused(error.message.replaceAll(link, file)) : error;
      },
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { saved };
}

async function dumpTo(homeDir: string, target: string, options: OfflineOptions): Promise<void> {
  // Dumped beside the target and renamed into place: a failed dump never leaves half a file under its name.
  const folder = await mkdtemp(join(dirname(target), '.dump-'));
  try {
    await admin(homeDir, ['database', 'dump', DATABASE, `--to-path=${folder}`], options, 'back up', basename(target)).catch((error: unknown) => {
      throw error instanceof AdminFailed ? new OfflineRefused(error.message) : error;
    });
    await rename(join(folder, `${DATABASE}.dump`), target);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
