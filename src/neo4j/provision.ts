/**
 * Finds a real Neo4j for the server, the tests and the benchmark, in this order:
 *   1. NEO4J_URI (+ user and password): an existing server, cluster or Aura;
 *   2. a Docker engine: testcontainers' Neo4j module with the official community image;
 *   3. Java 17+ and Maven: Neo4j Community from Maven Central, run locally (src/neo4j/local.ts).
 * When none can be had it fails at once with what to install.
 */
import { randomBytes } from 'node:crypto';
import type { Neo4jSettings } from '../config.js';
import { waitForNeo4j, type Neo4jConnection } from './connection.js';
import { startLocalNeo4j } from './local.js';
import type { Log } from './options.js';
import { LocalToolchainMissing } from './toolchain.js';

export interface ProvisionedNeo4j {
  connection: Neo4jConnection;
  via: 'uri' | 'docker' | 'local';
  /** One line for the log: what is running where. */
  description: string;
  /** Stops what this module started; a server found through NEO4J_URI is left running. */
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** Names the local data folder, so `npm start` and the tests do not share one. */
  instance: string;
  env?: NodeJS.ProcessEnv;
  log?: Log;
  /**
   * When another process already runs the local instance: use it (`share`, the default: a tool
   * writes to the graph the server serves) or start a private temporary one (tests, benchmark).
   */
  whenBusy?: 'share' | 'private';
}

export class Neo4jUnavailable extends Error {}

export async function provisionNeo4j(settings: Neo4jSettings, options: ProvisionOptions): Promise<ProvisionedNeo4j> {
  const log: Log = options.log ?? ((message) => console.error(`[neo4j] ${message}`));

  if (settings.uri) {
    const connection: Neo4jConnection = {
      uri: settings.uri,
      user: settings.user,
      password: settings.password ?? '',
      database: settings.database,
    };
    await waitForNeo4j(connection, { timeoutMs: settings.connectTimeoutMs });
    return { connection, via: 'uri', description: `Neo4j at ${settings.uri} (from NEO4J_URI)`, stop: async () => {} };
  }

  const reasons: string[] = [];
  if (settings.provision !== 'local') {
    if (await dockerAnswers()) return startDockerNeo4j(settings, log);
    reasons.push('no Docker engine answered');
  }
  if (settings.provision !== 'docker') {
    try {
      const local = await startLocalNeo4j({
        instance: options.instance,
        root: settings.local.dir,
        env: options.env,
        heap: settings.local.heap,
        pageCache: settings.local.pageCache,
        boltPort: settings.local.boltPort,
        whenBusy: options.whenBusy,
        log,
      });
      return {
        connection: { ...local.connection, database: settings.database },
        via: 'local',
        description: local.owned
          ? `local Neo4j Community (Maven jars from ${local.jarsFrom}) at ${local.connection.uri}, data in ${local.homeDir}`
          : `the local Neo4j already running at ${local.connection.uri} (data in ${local.homeDir})`,
        stop: local.stop,
      };
    } catch (error) {
      if (!(error instanceof LocalToolchainMissing)) throw error;
      reasons.push(error.message);
    }
  }
  throw new Neo4jUnavailable(
    [
      'No Neo4j is available. conflict-graph needs one of:',
      '  - NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) pointing at a running Neo4j 5 server, cluster or Aura;',
      '  - a running Docker engine (Docker Desktop or Docker Engine), to start neo4j:5.26-community;',
      '  - Java 17 or newer and Maven 3 (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven),',
      '    to run Neo4j Community 5.26 from its Maven Central jars.',
      `Here: ${reasons.join('; ')}.`,
    ].join('\n'),
  );
}

async function dockerAnswers(): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startDockerNeo4j(settings: Neo4jSettings, log: Log): Promise<ProvisionedNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  log(`starting ${settings.dockerImage} with testcontainers`);
  const container = await new Neo4jContainer(settings.dockerImage).withPassword(randomBytes(18).toString('base64url')).start();
  const connection: Neo4jConnection = {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    database: settings.database,
  };
  await waitForNeo4j(connection, { timeoutMs: settings.connectTimeoutMs });
  return {
    connection,
    via: 'docker',
    description: `${settings.dockerImage} in Docker at ${connection.uri}`,
    stop: async () => {
      await container.stop();
    },
  };
}
