/**
 * The one door to Neo4j for request handling: every query goes through `read`, `write` or
 * `writeTransaction` with its values as parameters, on the configured database, inside a managed
 * transaction (retried on transient errors) with a server-side timeout, and abandoned when the
 * request's signal aborts. It counts and times the queries it sends, for tests and metrics.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

export interface DbOptions {
  /** Neo4j terminates a transaction that runs longer than this, in ms. */
  timeoutMs?: number;
  /** Aborted when the request is given up (timeout, client gone): running queries are cancelled. */
  signal?: AbortSignal;
  /** Told how long each query or transaction took, and whether it failed. */
  observe?: (kind: 'read' | 'write' | 'transaction', seconds: number, failed: boolean) => void;
  /** Told when a transaction starts and ends, to track how many are in flight. */
  inFlight?: (delta: 1 | -1) => void;
}

/** How long a read keeps retrying transient errors, as managed transactions do (see createDriver). */
const READ_RETRY_BUDGET_MS = 2_000;

export class Db {
  /** The queries sent through this instance (one instance lives for one GraphQL request). */
  readonly queries: string[] = [];

  get queryCount(): number {
    return this.queries.length;
  }

  constructor(
    readonly driver: Driver,
    readonly database?: string,
    private readonly options: DbOptions = {},
  ) {}

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
    this.options.signal?.throwIfAborted();
    this.queries.push('(write transaction)');
    const session = this.driver.session({ database: this.database });
    return this.measure('transaction', async () => {
      try {
        return await session.executeWrite(work, this.transactionConfig());
      } finally {
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
    const records = await this.measure(kind, async () =>
      kind === 'read'
        ? this.autoCommitRead(query, params)
        : (
            await this.driver.executeQuery(query, params, {
              database: this.database,
              routing: neo4j.routing.WRITE,
              transactionConfig: this.transactionConfig(),
              signal: this.options.signal,
            })
          ).records,
    );
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
        bookmarkManager: this.driver.executeQueryBookmarkManager,
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
