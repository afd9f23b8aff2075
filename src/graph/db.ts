/**
 * The one door to Neo4j for request handling: every query goes through `read` or `write` with its
 * values as parameters, on the configured database, inside a managed transaction (retried on
 * transient errors). It also counts the queries it sends, so tests can prove batching.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

export class Db {
  /** The queries sent through this instance (one instance lives for one GraphQL request). */
  readonly queries: string[] = [];

  get queryCount(): number {
    return this.queries.length;
  }

  constructor(
    readonly driver: Driver,
    readonly database?: string,
  ) {}

  async read<Row extends RecordShape = RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run<Row>(query, params, neo4j.routing.READ);
  }

  async write<Row extends RecordShape = RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run<Row>(query, params, neo4j.routing.WRITE);
  }

  /**
   * Runs several queries as one write transaction: all of them land or none does. The work may be
   * retried on transient errors, so it must be idempotent.
   */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    this.queries.push('(write transaction)');
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  private async run<Row extends RecordShape>(
    query: string,
    params: Record<string, unknown>,
    routing: typeof neo4j.routing.READ | typeof neo4j.routing.WRITE,
  ): Promise<Row[]> {
    this.queries.push(query);
    const { records } = await this.driver.executeQuery(query, params, { database: this.database, routing });
    return records.map((record) => record.toObject() as Row);
  }
}
