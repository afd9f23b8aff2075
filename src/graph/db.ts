/**
 * The one door to Neo4j for request handling: every query goes through `read`, `write` or
 * `writeTransaction` with its values as parameters, on the configured database, inside a managed
 * transaction (retried on transient errors) with a server-side timeout, and abandoned when the
 * request's signal aborts. Every session follows the request's bookmarks (graph/bookmarks.ts), so
 * its reads see the writes before it, on a cluster as on one server. It counts and times the
 * queries it sends, for tests and metrics.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import type { RequestBookmarks } from './bookmarks.js';

export interface DbOptions {
  /** Neo4j terminates a transaction that runs longer than this, in ms. */
  timeoutMs?: number;
  /** Aborted when the request is given up (timeout, client gone): running queries are cancelled. */
  signal?: AbortSignal;
  /** Told how long each query or transaction took, and whether it failed. */
  observe?: (kind: 'read' | 'write' | 'transaction', seconds: number, failed: boolean) => void;
  /** Told when a transaction starts and ends, to track how many are in flight. */
  inFlight?: (delta: 1 | -1) => void;
  /** The request's bookmarks; by default the driver's own, shared by everything in the process. */
  bookmarks?: RequestBookmarks;
}

/** A query and its parameters, as a module composes it; running it is the caller's business. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Neo4j refused a transaction for the memory it needed (its transaction memory cap). Retrying the
 * same work cannot help, so it is not retried: the caller gets this at once.
 */
export class TransactionTooLarge extends Error {
  constructor(readonly code: string) {
    super(`the transaction needed more memory than Neo4j allows one transaction (${code})`);
  }
}

const OUT_OF_TRANSACTION_MEMORY = /MemoryPoolOutOfMemoryError|TransactionMemoryLimit/;

/** Turns Neo4j's transient out-of-transaction-memory error into one the driver does not retry. */
function notRetriedIfTooLarge(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return OUT_OF_TRANSACTION_MEMORY.test(code) ? new TransactionTooLarge(code) : error;
}

/** How long a read keeps retrying transient errors, as managed transactions do (see createDriver). */
const READ_RETRY_BUDGET_MS = 2_000;

export class Db {
  /** The queries sent through this instance (one instance lives for one GraphQL request). */
  readonly queries: string[] = [];

  get queryCount(): number {
    return this.queries.length;
  }

  private readonly bookmarkManager: BookmarkManager;

  constructor(
    readonly driver: Driver,
    readonly database?: string,
    private readonly options: DbOptions = {},
  ) {
    this.bookmarkManager = options.bookmarks ?? driver.executeQueryBookmarkManager;
  }

  async read<Row extends RecordShape = RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run<Row>('read', query, params);
  }

  async write<Row extends RecordShape = RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run<Row>('write', query, params);
  }

  /**
   * Runs several queries as one write transaction: all of them land or none does. The work may be
   * retried on transient errors, so it must be idempotent.
   */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('write', work);
  }

  /** Runs several reads in one transaction, so they all see the graph as it was at one moment. */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('read', work);
  }

  private async transaction<T>(mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.options.signal?.throwIfAborted();
    this.queries.push(`(${mode} transaction)`);
    const session = this.driver.session({ database: this.database, bookmarkManager: this.bookmarkManager });
    // A client that goes away ends its transaction: closing the session rolls it back on the server.
    const cancel = () => void session.close();
    this.options.signal?.addEventListener('abort', cancel, { once: true });
    const guarded = async (tx: ManagedTransaction) => {
      try {
        return await work(tx);
      } catch (error) {
        throw notRetriedIfTooLarge(error);
      }
    };
    return this.measure('transaction', async () => {
      try {
        if (mode === 'read') return await session.executeRead(guarded, this.transactionConfig());
        const result = await session.executeWrite(guarded, this.transactionConfig());
        this.options.bookmarks?.recordWrite();
        return result;
      } finally {
        this.options.signal?.removeEventListener('abort', cancel);
        await session.close();
      }
    });
  }

  private transactionConfig() {
    return this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined;
  }

  private async run<Row extends RecordShape>(kind: 'read' | 'write', query: string, params: Record<string, unknown>): Promise<Row[]> {
    this.options.signal?.throwIfAborted();
    this.queries.push(query);
    const records = await this.measure(kind, async () => {
      if (kind === 'read') return this.autoCommitRead(query, params);
      const { records: written } = await this.driver.executeQuery(query, params, {
        database: this.database,
        routing: neo4j.routing.WRITE,
        bookmarkManager: this.bookmarkManager,
        transactionConfig: this.transactionConfig(),
        signal: this.options.signal,
      });
      this.options.bookmarks?.recordWrite();
      return written;
    });
    return records.map((record) => record.toObject() as Row);
  }

  /**
   * A read as one auto-commit query: one round trip where a managed transaction takes two (its
   * COMMIT waits for the results), which is most of the cost of a small read. What managed
   * transactions give is kept: reads see the writes before them (the driver's bookmarks), go to a
   * reader in a cluster, and are retried on transient errors within the same budget.
   */
  private async autoCommitRead(query: string, params: Record<string, unknown>) {
    const signal = this.options.signal;
    const deadline = performance.now() + READ_RETRY_BUDGET_MS;
    for (let delay = 50; ; delay *= 2) {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.bookmarkManager,
      });
      const cancel = () => void session.close();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        return (await session.run(query, params, this.transactionConfig())).records;
      } catch (error) {
        if (signal?.aborted || !neo4j.isRetryableError(error) || performance.now() + delay > deadline) throw error;
      } finally {
        signal?.removeEventListener('abort', cancel);
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private async measure<T>(kind: 'read' | 'write' | 'transaction', work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.options.inFlight?.(1);
    let failed = false;
    try {
      return await work();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      this.options.inFlight?.(-1);
      this.options.observe?.(kind, (performance.now() - started) / 1000, failed);
    }
  }
}
