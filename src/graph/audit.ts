/**
 * The audit trail: one (:Change) per write that changed something, with who, when, as what
 * operation, a summary in words, and links to every entity it touched (each entity's history).
 */
import type { ManagedTransaction } from 'neo4j-driver';

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
