/** The article's data (cypher/seed/*.json), loaded by npm start into an empty database. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../graph/db.js';
import { graphHasEntities } from '../graph/entities.js';
import { paths } from '../paths.js';
import { importFile, type ImportReport } from './index.js';

export async function seedFiles(): Promise<string[]> {
  const names = (await readdir(paths.seed)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => join(paths.seed, name));
}

/** Imports every seed file when the graph holds no entity yet; returns what it imported. */
export async function seedIfEmpty(db: Db): Promise<{ file: string; report: ImportReport }[]> {
  if (await graphHasEntities(db)) return [];
  const imported = [];
  for (const file of await seedFiles()) imported.push({ file, report: await importFile(db, file, 'seed') });
  return imported;
}
