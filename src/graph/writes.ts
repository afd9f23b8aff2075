/**
 * Writes beyond importing: an entity or relationship read back to be updated (into the import
 * format by graph/as-input.ts, so an update goes through the same validation as an import),
 * retracting, merging and deleting, and idempotency keys. Every function here runs inside the caller's transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { Conflict, NotFound } from '../errors.js';
import { recordChange, type Audit } from './audit.js';
import { notRetracted } from './holds.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/vocabulary.js';
import { RELATIONSHIPS_BY_ID, relationshipsByIdQuery } from './relationships.js';
import { entityProperties } from './projection.js';
import { type CitationRecord, type EntityRecord, type RelationshipRecord, toEntity, toRelationship } from './records.js';
import { itemsNaming, recordVersions } from './versions.js';
import { deleteStatementsAbout, moveEntityStatements } from './statements.js';

/** An entity and the citations about it, read inside the transaction that will update it. */
export async function entityForUpdate(tx: ManagedTransaction, id: string): Promise<{ entity: EntityRecord; citations: CitationRecord[] }> {
  const entity = await entityById(tx, id);
  return { entity, citations: await citationsAboutIn(tx, id) };
}

/** A relationship and its citations, read inside the transaction that will update it. */
export async function relationshipForUpdate(
  tx: ManagedTransaction,
  id: string,
  type?: RelationshipType,
): Promise<{ relationship: RelationshipRecord; citations: CitationRecord[] }> {
  const relationship = await findRelationship(tx, id, type);
  return { relationship, citations: await citationsAboutIn(tx, id) };
}

async function citationsAboutIn(tx: ManagedTransaction, about: string): Promise<CitationRecord[]> {
  const { records } = await tx.run(
    `MATCH (c:Citation {about: $about})-[:CITES]->(s:Source)
     OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
     OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
     RETURN c.id AS id, c.about AS about, c.quote AS quote, c.note AS note,
            s.id AS sourceId, asserter.id AS assertedById, relay.id AS viaId
     ORDER BY s.id, c.id`,
    { about },
  );
  return records.map((record) => record.toObject() as CitationRecord);
}

/** A relationship by id; a global id gives the type too, so only that type's index is searched. */
export async function findRelationship(tx: ManagedTransaction, id: string, type?: RelationshipType): Promise<RelationshipRecord> {
  const { records } = await tx.run(type ? relationshipsByIdQuery([type]) : RELATIONSHIPS_BY_ID, { ids: [id] });
  if (records.length > 1) {
    throw new Conflict(`Relationships of several types have the id "${id}"; use the relationship's global id to say which.`);
  }
  const record = records[0];
  if (!record) throw new NotFound('relationship', id);
  return toRelationship(record.toObject() as { r: Record<string, unknown>; type: string; from: string; to: string });
}

/**
 * Marks a relationship retracted: it stays in the graph, with who retracted it, when and why, but
 * no query counts it as holding any more. Retracting twice changes nothing.
 */
export async function retractRelationship(
  tx: ManagedTransaction,
  id: string,
  reason: string,
  audit: Audit,
  type?: RelationshipType,
): Promise<{ relationship: RelationshipRecord; changed: boolean }> {
  const found = await findRelationship(tx, id, type);
  if (found.properties.retractedAt) return { relationship: found, changed: false };
  await tx.run(
    `MATCH ()-[r:${found.type} {id: $id}]->()
     SET r.retractedAt = datetime(), r.retractedBy = $actor, r.retractionReason = $reason,
         r.updatedAt = datetime(), r.updatedBy = $actor`,
    { id, actor: audit.actor, reason },
  );
  await recordVersions(tx, { relationships: [found] });
  await recordChange(tx, audit, {
    targetType: 'RELATIONSHIP',
    targetId: id,
    summary: `retracted ${found.from} ${found.type} ${found.to}: ${reason}`,
    entityIds: [found.from, found.to],
  });
  return { relationship: await findRelationship(tx, id, found.type), changed: true };
}

async function entityById(tx: ManagedTransaction, id: string): Promise<EntityRecord> {
  const { records } = await tx.run(`MATCH (e:Entity {id: $id}) RETURN ${entityProperties('e')} AS properties, labels(e) AS labels`, { id });
  const record = records[0];
  const entity = record && toEntity(record.get('properties'), record.get('labels'));
  if (!entity) throw new NotFound('entity', id);
  return entity;
}

export interface MovedRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
}

export interface MergeSummary {
  survivor: string;
  merged: string;
  relationshipsMoved: MovedRelationship[];
  /** Relationships that joined the two and now join the survivor to itself: kept, retracted. */
  relationshipsRetracted: string[];
  citationsMoved: number;
}

/**
 * Merges a duplicate into the entity that survives: its relationships (both ways, every type),
 * the citations about it, the citations it asserts or relays, the reports naming it as the losing
 * party, its history, its names (as aliases) all move to the survivor; then the duplicate goes.
 * Nothing is lost: a relationship that would join the survivor to itself is kept and retracted.
 */
export async function mergeEntities(tx: ManagedTransaction, survivorId: string, duplicateId: string, audit: Audit): Promise<MergeSummary> {
  if (survivorId === duplicateId) throw new Conflict('An entity cannot be merged into itself.');
  const survivor = await entityById(tx, survivorId);
  const duplicate = await entityById(tx, duplicateId);
  if (survivor.kind !== duplicate.kind) {
    throw new Conflict(`Cannot merge a ${duplicate.kind} into a ${survivor.kind}; only entities of the same kind merge.`);
  }
  const params = { survivor: survivorId, duplicate: duplicateId, actor: audit.actor };
  const naming = await itemsNaming(tx, duplicateId, survivorId);
  const moved = new Map<string, MovedRelationship>();
  // Only the types and sides the duplicate has: a query each (its type is in the query text).
  const { records: sides } = await tx.run(
    `MATCH (d:Entity {id: $duplicate})-[r]-(:Entity) WHERE type(r) IN $types
     RETURN collect(DISTINCT type(r) + (CASE WHEN startNode(r) = d THEN ':OUT' ELSE ':IN' END)) AS sides`,
    { ...params, types: RELATIONSHIP_TYPE_NAMES },
  );
  const has = new Set(sides[0]?.get('sides') as string[]);
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    for (const [pattern, create] of [
      [`(d)-[r:${type}]->(o:Entity)`, `(s)-[n:${type}]->(o)`, 'OUT'],
      [`(d)<-[r:${type}]-(o:Entity)`, `(s)<-[n:${type}]-(o)`, 'IN'],
    ].filter(([, , side]) => has.has(`${type}:${side}`))) {
      // Delete before re-creating: the id stays the same, and ids are unique per type.
      const { records } = await tx.run(
        `MATCH (d:Entity {id: $duplicate}), (s:Entity {id: $survivor})
         MATCH ${pattern}
         WITH s, o, r, properties(r) AS props
         DELETE r
         WITH s, CASE WHEN o.id = $duplicate THEN s ELSE o END AS o, props
         CREATE ${create}
         SET n = props, n.updatedAt = datetime(), n.updatedBy = $actor
         RETURN n.id AS id, startNode(n).id AS from, endNode(n).id AS to`,
        params,
      );
      for (const record of records) {
        const id = record.get('id') as string;
        moved.set(id, { id, type, from: record.get('from'), to: record.get('to') });
      }
    }
  }
  const { records: loops } = await tx.run(
    `MATCH (s:Entity {id: $survivor})-[r]->(s)
     WHERE ${notRetracted('r')} AND type(r) IN $types
     SET r.retractedAt = datetime(), r.retractedBy = $actor,
         r.retractionReason = 'Both ends became the same entity when ' + $duplicate + ' was merged into ' + $survivor + '.'
     RETURN r.id AS id`,
    { ...params, types: RELATIONSHIP_TYPE_NAMES },
  );
  const { records: cited } = await tx.run(`MATCH (c:Citation {about: $duplicate}) SET c.about = $survivor RETURN count(c) AS n`, params);
  await tx.run(
    `MATCH (d:Entity {id: $duplicate}), (s:Entity {id: $survivor})
     CALL (d, s) {
       MATCH (c:Citation)-[x:ASSERTED_BY]->(d) MERGE (c)-[:ASSERTED_BY]->(s) DELETE x
     }
     CALL (d, s) {
       MATCH (c:Citation)-[x:VIA]->(d) MERGE (c)-[:VIA]->(s) DELETE x
     }
     CALL (d, s) {
       MATCH (change:Change)-[x:AFFECTS]->(d) MERGE (change)-[:AFFECTS]->(s) DELETE x
     }`,
    params,
  );
  await tx.run(`MATCH ()-[r:REPORTS {whose: $duplicate}]->() SET r.whose = $survivor`, params);
  await moveEntityStatements(tx, duplicateId, survivorId);
  await tx.run(
    `MATCH (d:Entity {id: $duplicate}), (s:Entity {id: $survivor})
     WITH d, s, [name IN coalesce(s.aliases, []) + [d.name] + coalesce(d.aliases, []) WHERE name <> s.name] AS names
     SET s.aliases = reduce(unique = [], name IN names | CASE WHEN name IN unique THEN unique ELSE unique + name END),
         s.description = coalesce(s.description, d.description),
         s.mergedFrom = coalesce(s.mergedFrom, []) + [$duplicate] + coalesce(d.mergedFrom, []),
         s.updatedAt = datetime(), s.updatedBy = $actor
     DETACH DELETE d`,
    params,
  );
  const summary: MergeSummary = {
    survivor: survivorId,
    merged: duplicateId,
    relationshipsMoved: [...moved.values()],
    relationshipsRetracted: loops.map((record) => record.get('id') as string),
    citationsMoved: cited[0]?.get('n') as number,
  };
  await recordVersions(tx, {
    entities: [survivorId, ...naming.entities],
    relationships: [...summary.relationshipsMoved.map((r) => ({ ...r, type: r.type as RelationshipType })), ...naming.relationships],
    removedEntities: [duplicateId],
  });
  await recordChange(tx, audit, {
    targetType: 'ENTITY',
    targetId: survivorId,
    summary: `merged ${duplicateId} (${duplicate.name}) into ${survivorId}: ${summary.relationshipsMoved.length} relationships and ${summary.citationsMoved} citations moved`,
    entityIds: [survivorId],
  });
  return summary;
}

export interface DeleteSummary {
  id: string;
  relationshipsDeleted: MovedRelationship[];
}

/**
 * Deletes an entity, with the citations about it. Refused while relationships touch it, unless
 * `cascade` (then they go too, with their citations); refused always while a citation names it as
 * the one asserting or relaying something, or a report names it as the losing party: that is
 * provenance, and merging the entity into another keeps it.
 */
export async function deleteEntity(tx: ManagedTransaction, id: string, cascade: boolean, audit: Audit): Promise<DeleteSummary> {
  const entity = await entityById(tx, id);
  const { records } = await tx.run(
    `MATCH (e:Entity {id: $id})
     RETURN COUNT { (e)-[:${RELATIONSHIP_TYPE_NAMES.join('|')}]-() } AS relationships,
            COUNT { (:Citation)-[:ASSERTED_BY|VIA]->(e) } AS provenance,
            COUNT { ()-[r:REPORTS {whose: $id}]->() } AS losses`,
    { id },
  );
  const counts = records[0]?.toObject() as { relationships: number; provenance: number; losses: number };
  if (counts.provenance || counts.losses) {
    throw new Conflict(
      `${entity.name} is named by ${counts.provenance + counts.losses} citation(s) or report(s) as the one asserting, ` +
        'relaying or suffering what they state; deleting it would lose that provenance. Merge it into another entity instead.',
    );
  }
  if (counts.relationships && !cascade) {
    throw new Conflict(`${counts.relationships} relationship(s) touch ${entity.name}; pass cascade: true to delete them too.`);
  }
  const { records: deleted } = await tx.run(
    `MATCH (e:Entity {id: $id})-[r:${RELATIONSHIP_TYPE_NAMES.join('|')}]-()
     WITH DISTINCT r
     OPTIONAL MATCH (c:Citation {about: r.id})
     DETACH DELETE c
     WITH DISTINCT r
     WITH r, r.id AS rid, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
     DELETE r
     RETURN rid, type, from, to`,
    { id },
  );
  await tx.run('MATCH (c:Citation {about: $id}) DETACH DELETE c', { id });
  await deleteStatementsAbout(
    tx,
    deleted.map((record) => record.get('rid') as string),
    'RELATIONSHIP',
  );
  await deleteStatementsAbout(tx, [id], 'ENTITY');
  await tx.run('MATCH (e:Entity {id: $id}) DETACH DELETE e', { id });
  const summary = {
    id,
    relationshipsDeleted: deleted.map((record) => ({
      id: record.get('rid') as string,
      type: record.get('type') as string,
      from: record.get('from') as string,
      to: record.get('to') as string,
    })),
  };
  await recordVersions(tx, {
    removedEntities: [id],
    removedRelationships: summary.relationshipsDeleted.map((r) => ({ type: r.type as RelationshipType, id: r.id })),
  });
  await recordChange(tx, audit, {
    targetType: 'ENTITY',
    targetId: id,
    summary: `deleted ${id} (${entity.name})${summary.relationshipsDeleted.length ? ` and ${summary.relationshipsDeleted.length} relationships` : ''}`,
    entityIds: [],
  });
  return summary;
}

/**
 * Runs a write once per idempotency key: the first time, its result is stored with the key in the
 * same transaction; a retry with the key gets that result back without writing again.
 */
export async function idempotent<T>(
  tx: ManagedTransaction,
  key: string | null | undefined,
  operation: string,
  audit: Audit,
  run: () => Promise<T>,
): Promise<T> {
  if (!key) return run();
  const { records } = await tx.run('MATCH (k:IdempotencyKey {key: $key}) RETURN k.operation AS operation, k.result AS result', { key });
  const stored = records[0];
  if (stored) {
    if (stored.get('operation') !== operation) {
      throw new Conflict(`The idempotency key was already used for ${stored.get('operation')}; use a new key.`);
    }
    return JSON.parse(stored.get('result') as string) as T;
  }
  const result = await run();
  await tx.run('CREATE (:IdempotencyKey {key: $key, operation: $operation, result: $result, at: datetime(), by: $actor})', {
    key,
    operation,
    result: JSON.stringify(result),
    actor: audit.actor,
  });
  return result;
}
