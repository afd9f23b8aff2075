import neo4j, { type Driver } from 'neo4j-driver';

/** Where a Neo4j server answers and how to log in to it. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** The database to use; the server's default (`neo4j` on Community) when absent. */
  database?: string;
}

export interface DriverOptions {
  /** How long to wait for a pooled connection before failing, in ms. */
  connectionAcquisitionTimeout?: number;
  /** How long to wait for a TCP connection to open, in ms. */
  connectionTimeout?: number;
  maxConnectionPoolSize?: number;
  /** How long managed transactions keep retrying transient errors, in ms. */
  maxTransactionRetryTime?: number;
}

/** The only place a driver is constructed, so every caller gets the same integer and pool settings. */
export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Counts, years and figures in this domain fit in a double; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeout ?? 10_000,
    connectionTimeout: options.connectionTimeout ?? 5_000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    // Managed transactions retry transient failures; past this budget a request fails instead of hanging.
    maxTransactionRetryTime: options.maxTransactionRetryTime ?? 2_000,
    userAgent: 'conflict-graph',
    // Neo4j's notifications (a property key not yet in the database, a cartesian product) are for a
    // person writing Cypher; nothing here reads them, and each result carried them as maps for the
    // server to write and the driver to decode: about a quarter of an entity profile's round trip.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}

const RETRYABLE_CONNECT_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Waits until the server answers a query, retrying while it is still starting. Authentication and
 * other client errors fail at once: waiting would not fix them.
 */
export async function waitForNeo4j(
  connection: Neo4jConnection,
  { timeoutMs = 60_000, intervalMs = 250 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const driver = createDriver(connection, { connectionTimeout: 2_000, connectionAcquisitionTimeout: 3_000 });
    // An auto-commit query, not executeQuery: managed transactions retry with back-off for up to 30 s,
    // which would hide the moment the server comes up.
    const session = driver.session({ database: connection.database });
    try {
      await session.run('RETURN 1');
      return;
    } catch (error) {
      lastError = error;
      if (!RETRYABLE_CONNECT_CODES.has(neo4jErrorCode(error))) throw describeConnectError(connection, error);
    } finally {
      await session.close();
      await driver.close();
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw describeConnectError(connection, lastError, `did not answer within ${timeoutMs} ms`);
}

export function neo4jErrorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function describeConnectError(connection: Neo4jConnection, error: unknown, what?: string): Error {
  const detail = what ?? (error instanceof Error ? error.message : String(error));
  return new Error(`Could not use Neo4j at ${connection.uri} as ${connection.user}: ${detail}`, { cause: error });
}
