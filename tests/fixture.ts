/**
 * The setup the integration test files share, as one vitest fixture. `test` (also `it`) gives each
 * file the run's Neo4j `connection`, a `driver` and a `db` on it, a database reset for the file
 * (with the article loaded unless the file sets `article` to false), a `server` built from the
 * file's `serverConfig`, that server `listening` on a loopback port, and `data`, a GraphQL call that
 * must succeed. Each is made once per file when first asked for (the database before the file's
 * tests, by the beforeAll below) and closed when the file ends. A file sets its own values at its
 * top level: `test.override('serverConfig', { ... })`, `test.override('article', false)`. Use this
 * `test` itself in a file, not a `test.extend` of it: an extension keeps fixtures of its own.
 */
import { test as base } from 'vitest';
import { Db } from '../src/graph/db.js';
import { createDriver } from '../src/neo4j/connection.js';
import type { ServerConfig } from '../src/server.js';
import { graphqlData, resetDatabase, seedArticle, serveOverHttp, testConnection, testServer } from './helpers.js';

/** Runs an operation that must succeed (no errors at all) and returns its data. */
export type Data = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

export const test = base
  .extend('connection', { scope: 'file' }, () => testConnection())
  /** What the file's server is configured with, beyond testServer's defaults. */
  .extend('serverConfig', { scope: 'file' }, {} as Partial<ServerConfig>)
  /** Whether the reset database gets the article's data (false: the file starts from an empty graph). */
  .extend('article', { scope: 'file' }, true as boolean)
  .extend('driver', { scope: 'file' }, ({ connection }, { onCleanup }) => {
    const driver = createDriver(connection);
    onCleanup(() => driver.close());
    return driver;
  })
  // Before anything else in the file: no file sees another's data.
  .extend('freshDatabase', { scope: 'file', auto: true }, async ({ driver, article }) => {
    await resetDatabase(driver);
    if (article) await seedArticle(driver);
  })
  .extend('db', { scope: 'file' }, ({ driver, connection }) => new Db(driver, connection.database))
  .extend('server', { scope: 'file' }, ({ serverConfig }, { onCleanup }) => {
    const server = testServer(serverConfig);
    onCleanup(() => server.dispose());
    return server;
  })
  /** The server over real HTTP on a free loopback port; `base` is e.g. `http://127.0.0.1:40123`. */
  .extend('listening', { scope: 'file' }, async ({ server }, { onCleanup }) => {
    const { port, base, close } = await serveOverHttp(server);
    onCleanup(close);
    return { port, base };
  })
  .extend(
    'data',
    { scope: 'file' },
    ({ server }): Data =>
      (query, variables, token) =>
        graphqlData(server, query, variables, token),
  );

export const it = test;

// Added to each file that imports this module, as the file is collected (vitest isolates files, so
// each imports it afresh): the fixture, the database first, is set up before the tests, under the
// hook timeout rather than the first test's. Loading the article takes seconds, over 20 on a cold
// Neo4j.
test.beforeAll(() => {});
