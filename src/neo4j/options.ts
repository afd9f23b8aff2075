/** What the local Neo4j is asked for, and where it reports what it does. */

/** Where messages about the local Neo4j go; errors (it died, a restart failed) at error level. */
export type Log = (message: string, level?: 'info' | 'error') => void;

export interface LocalNeo4jOptions {
  /** Folder name under `.neo4j/`: one per use (`dev` for npm start, `test` for the test run). */
  instance: string;
  env?: NodeJS.ProcessEnv;
  /** JVM heap (both -Xms and -Xmx), e.g. `512m`; `auto` or absent sizes it for the machine. */
  heap?: string;
  /** Page cache, e.g. `256m`; `auto` or absent sizes it for the machine. */
  pageCache?: string;
  /** A fixed Bolt port; by default a free loopback port is chosen at each start. */
  boltPort?: number;
  startTimeoutMs?: number;
  log?: Log;
  /** The folder that holds instance folders (`.neo4j/` in the repository, from the config). */
  root: string;
  /**
   * When another live process runs this instance: `share` uses that Neo4j (the same graph, as a
   * command-line tool must while the server runs); `private` starts a temporary one in a folder of
   * its own, deleted on stop (for tests and the benchmark, which wipe their data).
   */
  whenBusy?: 'share' | 'private';
}
