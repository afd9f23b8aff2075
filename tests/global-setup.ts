/**
 * One real Neo4j for the whole test run, found like the server finds one, but from TEST_NEO4J_*
 * variables: the tests wipe data, so they never touch the server NEO4J_URI points the app at.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { migrate } from '../src/graph/migrations.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { provisionNeo4j } from '../src/neo4j/provision.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    neo4jVia: 'uri' | 'docker' | 'local';
  }
}

export default async function setup(project: TestProject) {
  const env = {
    ...process.env,
    NEO4J_URI: process.env.TEST_NEO4J_URI,
    NEO4J_USER: process.env.TEST_NEO4J_USER,
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD,
    NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE,
  };
  const neo4j = await provisionNeo4j(loadConfig(env).neo4j, { instance: 'test', whenBusy: 'private' });
  const driver = createDriver(neo4j.connection);
  try {
    await migrate(driver, { database: neo4j.connection.database });
  } finally {
    await driver.close();
  }
  project.provide('neo4j', neo4j.connection);
  project.provide('neo4jVia', neo4j.via);
  return async () => {
    await neo4j.stop();
  };
}
