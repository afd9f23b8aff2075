/**
 * npm run neo4j: the embedded default Neo4j alone (schema migrated, the article loaded into an
 * empty database), for server replicas and tools in other processes. It prints the NEO4J_URI,
 * NEO4J_USER and NEO4J_PASSWORD lines they need and stays up until Ctrl-C. When npm start (or
 * another npm run neo4j) already runs it, it prints the lines of that one and leaves it be.
 */
import { loadConfig } from '../config.js';
import { Db } from '../graph/db.js';
import { migrate } from '../graph/migrations.js';
import { seedIfEmpty } from '../import/seed.js';
import { createDriver, type Neo4jConnection } from '../neo4j/connection.js';
import { startLocalNeo4j } from '../neo4j/local.js';
import { LocalToolchainMissing } from '../neo4j/toolchain.js';

const config = loadConfig();
if (config.neo4j.uri) {
  console.error(
    'neo4j: NEO4J_URI is set, so there is nothing to start: the replicas can use that server as it is (unset NEO4J_URI to run the embedded default).',
  );
  process.exit(1);
}

const lines = (connection: Neo4jConnection) =>
  [`NEO4J_URI=${connection.uri}`, `NEO4J_USER=${connection.user}`, `NEO4J_PASSWORD=${connection.password}`].join('\n');

try {
  const { local: settings } = config.neo4j;
  const neo4j = await startLocalNeo4j({
    instance: 'dev',
    root: settings.dir,
    heap: settings.heap,
    pageCache: settings.pageCache,
    boltPort: settings.boltPort,
    whenBusy: 'share',
    log: (message) => console.error(`neo4j: ${message}`),
  });
  if (!neo4j.owned) {
    console.log(lines(neo4j.connection));
    console.error('neo4j: that Neo4j belongs to the process above and stops with it; nothing else was started.');
    process.exit(0);
  }
  const driver = createDriver(neo4j.connection);
  try {
    await migrate(driver);
    if (config.seedOnEmpty) {
      for (const { report } of await seedIfEmpty(new Db(driver))) {
        console.error(`neo4j: empty database, loaded the article (${report.entities.length} entities, ${report.relationships.length} relationships)`);
      }
    }
  } finally {
    await driver.close();
  }
  console.log(lines(neo4j.connection));
  console.error('neo4j: give each replica the lines above (and its own PORT); Ctrl-C stops Neo4j.');
  // Nothing else holds the event loop (the JVM's watch is unref'd on purpose): stay up until told to stop.
  const alive = setInterval(() => undefined, 60_000);
  const stop = async () => {
    clearInterval(alive);
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (error) {
  const message = error instanceof LocalToolchainMissing ? `cannot run the embedded default: ${error.message}` : (error as Error).message;
  console.error(`neo4j: ${message.split('\n')[0]}`);
  process.exit(1);
}
