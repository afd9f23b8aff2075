/**
 * The audit trail: one (:Change) per write that changed something, with who, when, as what
 * operation, a summary in words, and links to every entity it touched (each entity's history),
 * and reading an entity's history back.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Db } from './db.js';

/** Who writes, and as what operation, for the audit trail. */
export interface Audit {
  actor: string;
  operation: string;
  /** Which part of a large import this transaction writes. */
  part?: { number: number; of: number };
}

export interface ChangeRecord {
  targetType: 'ENTITY' | 'RELATIONSHIP' | 'SOURCE' | 'DOCUMENT';
  targetId: string;
  summary: string;
  /** The entities the change touched, for each entity's history. */
  entityIds: string[];
}

const RECORD_CHANGE = `
CREATE (c:Change {id: randomUUID(), at: datetime(), by: $actor, operation: $operation,
                  targetType: $targetType, targetId: $targetId, summary: $summary})
WITH c
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CREATE (c)-[:AFFECTS]->(e)`;

/** Adds a (:Change) to the audit trail, linked to every entity it touched. */
export async function recordChange(tx: ManagedTransaction, audit: Audit, change: ChangeRecord | null): Promise<void> {
  if (!change) return;
  await tx.run(RECORD_CHANGE, { ...audit, ...change });
}

export interface ChangeEntry {
  id: string;
  at: string;
  by: string;
  operation: string;
  targetType: string;
  targetId: string;
  summary: string;
}

/** The changes that touched an entity, newest first; with `until`, only those made by then. */
export async function historyOf(db: Db, entityId: string, limit: number, until?: Date): Promise<ChangeEntry[]> {
  return db.read<ChangeEntry>(
    `MATCH (c:Change) WHERE (c.targetId = $id OR EXISTS { (c)-[:AFFECTS]->(:Entity {id: $id}) })
       AND ($until IS NULL OR c.at <= $until)
     RETURN c.id AS id, toString(c.at) AS at, c.by AS by, c.operation AS operation,
            c.targetType AS targetType, c.targetId AS targetId, c.summary AS summary
     ORDER BY c.at DESC LIMIT $limit`,
    { id: entityId, limit: neo4j.int(limit), until: until ? neo4j.types.DateTime.fromStandardDate(until) : null },
  );
}
