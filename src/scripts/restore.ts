/**
 * npm run restore -- <file>: replaces the embedded default's database with a dump written by
 * npm run backup, with Neo4j's own neo4j-admin. What it replaces is dumped first, beside the
 * instance. Neo4j Community loads only while it is stopped: with npm start or npm run neo4j
 * running, it refuses in one line and says so.
 */
import { loadConfig } from '../config.js';
import { restoreEmbedded } from '../neo4j/backup.js';
import { OfflineRefused, relativePath } from '../neo4j/embedded.js';

const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('usage: npm run restore -- <file.dump>   (the embedded default, while it is stopped)');
  process.exit(2);
}

try {
  const started = performance.now();
  const { saved } = await restoreEmbedded(file, { settings: loadConfig().neo4j });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`restore: loaded ${file} in ${seconds} s; npm start serves it`);
  if (saved) console.log(`restore: the database it replaced is saved as ${relativePath(saved)}`);
} catch (error) {
  console.error(`restore: ${error instanceof OfflineRefused ? error.message : (error as Error).message.split('\n')[0]}`);
  process.exit(1);
}
