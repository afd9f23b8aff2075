/**
 * Starts conflict-graph: reads the configuration, finds or starts Neo4j, brings its schema up to
 * date (and loads the article into an empty database), and listens. SIGINT or SIGTERM stops taking
 * requests, lets those in flight finish, then closes the driver and any Neo4j this process started.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { relative } from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { Db } from './graph/db.js';
import { migrate } from './graph/migrations.js';
import { seedIfEmpty } from './import/seed.js';
import { createDriver } from './neo4j/connection.js';
import { provisionNeo4j } from './neo4j/provision.js';
import { projectRoot } from './paths.js';
import { createLogger } from './plugins/observability.js';
import { createServer } from './server.js';
import { localEditorKey, publishServer, reviewAddress } from './local-access.js';

/** A reason to stop starting that one line says whole. */
class CannotStart extends Error {}

/** Listens, or fails with one line naming the address when it is taken or not allowed. */
function listen(server: HttpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const address = `${host}:${port}`;
      if (error.code === 'EADDRINUSE')
        reject(new CannotStart(`cannot listen on ${address}: another process uses it (another npm start?); stop it, or set PORT`));
      else if (error.code === 'EACCES') reject(new CannotStart(`cannot listen on ${address}: not allowed for this user; set PORT above 1023`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new CannotStart(`cannot listen on ${address}: no such address on this machine; set HOST`));
      else reject(error);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Found out before Neo4j takes its minute to start: the address must be free.
  const probe = createHttpServer();
  await listen(probe, config.port, config.host);
  await new Promise((resolve) => probe.close(resolve));
  const neo4j = await provisionNeo4j(config.neo4j, {
    instance: 'dev',
    whenBusy: 'share',
    log: (message, level = 'info') => logger[level](message),
  });
  logger.info(`using ${neo4j.description}`);

  const driver = createDriver(neo4j.connection);
  try {
    const { applied } = await migrate(driver, { database: neo4j.connection.database });
    logger.info(`schema migrations ${applied.length ? `applied: ${applied.join(', ')}` : 'up to date'}`);
    if (config.seedOnEmpty) {
      for (const { file, report } of await seedIfEmpty(new Db(driver, neo4j.connection.database))) {
        logger.info(
          `empty database, loaded ${relative(projectRoot, file)} ` + `(${report.entities.length} entities, ${report.relationships.length} relationships)`,
        );
      }
    }
  } finally {
    await driver.close();
  }

  // In development, a local editor token lets review start out of the box; production never makes one.
  const localKey = config.production ? undefined : await localEditorKey(config.neo4j.local.dir);
  const yoga = createServer({
    neo4j: neo4j.connection,
    graphiql: config.graphiql,
    readyTimeoutMs: config.readyTimeoutMs,
    auth: localKey ? { ...config.auth, apiKeys: [...config.auth.apiKeys, localKey] } : config.auth,
    production: config.production,
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    limits: config.limits,
    timeouts: config.timeouts,
    logger,
    metrics: config.metrics,
    reportQueryCount: config.reportQueryCount,
    redisUrl: config.redisUrl,
    rateLimits: config.rateLimits,
    trustProxyHops: config.trustProxyHops,
  });
  if (!config.redisUrl) logger.info('live updates and rate limits are per process (set REDIS_URL to share them between replicas)');
  const server = createHttpServer(yoga);
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await yoga.dispose();
    await neo4j.stop();
    throw error;
  }
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.info(`GraphQL at ${base}/graphql, explorer at /explore, review at /review`);
  const published = config.production ? undefined : await publishServer(config.neo4j.local.dir, base);
  // Printed, not logged: the token stays out of log files and collectors.
  if (localKey) console.log(`Review drafts as the local editor (development only): ${reviewAddress(base, localKey)}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing requests in flight, then shutting down`);
    // No new connections; idle keep-alive ones closed now, busy ones once their response is out.
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => {
      logger.warn(`requests still running after ${config.shutdownTimeoutMs} ms; closing them`);
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    await drained;
    clearTimeout(timer);
    await yoga.dispose();
    await published?.withdraw();
    await neo4j.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
