/**
 * npm run import -- <file.json> [...]: imports conflict-graph/v1 documents into the configured
 * Neo4j (NEO4J_URI, else the embedded default, as npm start finds it). Each file is one transaction.
 */
import { loadConfig } from '../config.js';
import { Db } from '../graph/db.js';
import { migrate } from '../graph/migrations.js';
import { ImportRejected, importFile, summarize } from '../import/index.js';
import { createDriver } from '../neo4j/connection.js';
import { provisionNeo4j } from '../neo4j/provision.js';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run import -- <file.json> [more.json ...]');
  process.exit(2);
}

const neo4j = await provisionNeo4j(loadConfig().neo4j, { instance: 'dev' });
const driver = createDriver(neo4j.connection);
let failed = false;
try {
  await migrate(driver, { database: neo4j.connection.database });
  const db = new Db(driver, neo4j.connection.database);
  for (const file of files) {
    try {
      const started = performance.now();
      const summary = summarize(await importFile(db, file));
      const seconds = (performance.now() - started) / 1000;
      console.log(`${file}: imported in ${seconds.toFixed(2)} s`);
      for (const [what, counts] of Object.entries(summary)) {
        console.log(`  ${what}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`);
      }
    } catch (error) {
      failed = true;
      console.error(error instanceof ImportRejected ? error.message : error);
    }
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
process.exit(failed ? 1 : 0);
