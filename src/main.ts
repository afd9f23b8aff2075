/**
 * Starts conflict-graph: reads the configuration, finds or starts Neo4j, brings its schema up to
 * date, and listens. Ctrl-C stops the HTTP server, the driver and any Neo4j this process started.
 */
import { createServer as createHttpServer } from 'node:http';
import { relative } from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { Db } from './graph/db.js';
import { migrate } from './graph/migrations.js';
import { seedIfEmpty } from './import/seed.js';
import { createDriver } from './neo4j/connection.js';
import { provisionNeo4j } from './neo4j/provision.js';
import { projectRoot } from './paths.js';
import { createServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await provisionNeo4j(config.neo4j, { instance: 'dev' });
  console.log(`conflict-graph: using ${neo4j.description}`);

  const driver = createDriver(neo4j.connection);
  try {
    const { applied } = await migrate(driver, { database: neo4j.connection.database });
    console.log(`conflict-graph: schema migrations ${applied.length ? `applied: ${applied.join(', ')}` : 'up to date'}`);
    if (config.seedOnEmpty) {
      for (const { file, report } of await seedIfEmpty(new Db(driver, neo4j.connection.database))) {
        console.log(
          `conflict-graph: empty database, loaded ${relative(projectRoot, file)} ` +
            `(${report.entities.length} entities, ${report.relationships.length} relationships)`,
        );
      }
    }
  } finally {
    await driver.close();
  }

  const yoga = createServer({
    neo4j: neo4j.connection,
    graphiql: config.graphiql,
    readyTimeoutMs: config.readyTimeoutMs,
    auth: config.auth,
  });
  const server = createHttpServer(yoga);
  server.listen(config.port, config.host, () => {
    console.log(`conflict-graph: GraphQL at http://${config.host}:${config.port}/graphql`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`conflict-graph: ${signal} received, shutting down`);
    server.close();
    await yoga.dispose();
    await neo4j.stop();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
