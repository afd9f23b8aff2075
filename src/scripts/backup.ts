/**
 * npm run backup -- <file> [--force]: writes a dump of the embedded default's database (the one
 * npm start serves) to <file>, with Neo4j's own neo4j-admin. Neo4j Community dumps only while it
 * is stopped: with npm start or npm run neo4j running, it refuses in one line and says so.
 */
import { loadConfig } from '../config.js';
import { backupEmbedded } from '../neo4j/backup.js';
import { OfflineRefused } from '../neo4j/embedded.js';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('usage: npm run backup -- <file.dump> [--force]   (the embedded default, while it is stopped)');
  process.exit(2);
}

try {
  const started = performance.now();
  const { file: written, bytes } = await backupEmbedded(file, { settings: loadConfig().neo4j, overwrite: args.includes('--force') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`backup: wrote ${written} (${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${seconds} s; npm run restore -- ${file} brings it back`);
} catch (error) {
  console.error(`backup: ${error instanceof OfflineRefused ? error.message : (error as Error).message.split('\n')[0]}`);
  process.exit(1);
}
