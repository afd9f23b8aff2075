/**
 * What validating an import needs to know about the graph (which entities exist and of what kind,
 * which no longer exist because they were merged into another or deleted, the texts of sources
 * cited, relationships that already use an id), read inside the import's own transaction, a
 * bounded number of ids per query.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { KIND_LABELS, type EntityKind } from '../model/vocabulary.js';
import { notRetracted } from './holds.js';
import { kindOfLabels } from './records.js';
import { RELATIONSHIPS_BY_ID } from './relationships.js';
import { isCurrent } from './versions.js';

/** An entity id the graph once had and has no more: merged into a survivor, or deleted (when, by whom). */
export type PastEntity = { merged: { id: string; kind: EntityKind; stored: string[] } } | { deleted: { by: string | null; at: string } };

/** What validation needs to know about the graph as it is (transactionLookup reads it). */
export interface GraphLookup {
  entityKinds(ids: string[]): Promise<Map<string, EntityKind>>;
  /**
   * Of ids no entity has now, those merged into an entity that survives, and (with `since`, an ISO
   * date-time) those deleted after it.
   */
  pastEntities(ids: string[], since?: string): Promise<Map<string, PastEntity>>;
  sourceTexts(ids: string[]): Promise<Map<string, string | null>>;
  /** Relationships of any type with the given ids, and which of the ids a relationship ever had. */
  relationships(ids: string[]): Promise<RelationshipsFound>;
}

/** Relationships the graph has with some ids, and the ids any relationship ever had (some version names them). */
export interface RelationshipsFound {
  byId: Map<string, { type: string; from: string; to: string; retracted: boolean }>;
  /** Only these can have versions to close or citations already written about them. */
  used: Set<string>;
}

const ENTITY_KINDS_BY_ID = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, [label IN labels(e) WHERE label IN $labels][0] AS label`;

// Only ids with a version were ever entities (the index finds them), so the survivor is looked for
// among the few entities that merged another only for those.
const PAST_ENTITIES = `
UNWIND $ids AS id
MATCH (v:EntityVersion {id: id})
WITH id, max(v.knownUntil) AS until
WHERE until IS NOT NULL AND NOT EXISTS { MATCH (:Entity {id: id}) }
OPTIONAL MATCH (s:Entity) WHERE s.mergedFrom IS NOT NULL AND id IN s.mergedFrom
CALL (id) {
  OPTIONAL MATCH (c:Change {targetId: id, operation: 'DELETE_ENTITY'})
  RETURN c ORDER BY c.at DESC LIMIT 1
}
RETURN id, s.id AS survivor, [label IN labels(s) WHERE label IN $labels][0] AS label, keys(s) AS stored,
       c.by AS by, toString(coalesce(c.at, until)) AS at, $since IS NOT NULL AND until > datetime($since) AS since`;

// The ids some entity version names: the only ones PAST_ENTITIES can find. A simple statement, so a
// document of new entities (the seed on first start) never has the larger one planned.
const VERSIONED_ENTITY_IDS = 'MATCH (v:EntityVersion) WHERE v.id IN $ids RETURN DISTINCT v.id AS id';

// Every writer leaves a version of each relationship it writes (graph/versions.ts; migration 0006
// gave one to every relationship written before, the bulk path's included), and closes it when the
// relationship goes, so an id no version names was never a relationship's. The current version
// says where it stands: it is confirmed between those ends (both by the entity id index), one
// statement for every type. An id with versions but none confirmed (removed, or a version out of
// step) is looked for among the 23 types as before; a document of new relationships never plans
// that large statement, the costliest on a cold Neo4j, nor makes its 23 index seeks per id.
const VERSIONED_RELATIONSHIPS = `
MATCH (v:RelationshipVersion) WHERE v.id IN $ids
WITH v.id AS id, [x IN collect(v) WHERE ${isCurrent('x')}][0] AS current
OPTIONAL MATCH (a:Entity {id: current.startId})-[r]->(b:Entity {id: current.endId})
WHERE r.id = id AND type(r) = current.relType
RETURN id, type(r) AS type, a.id AS from, b.id AS to, NOT ${notRetracted('r')} AS retracted`;

const SOURCE_TEXTS = 'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text';

/**
 * Ids per lookup query: a list of tens of thousands in one `IN $ids` across the 23 relationship
 * types took more heap than a small Neo4j has (and more than its transaction memory cap tracks).
 */
const LOOKUP_IDS = 5_000;

async function lookupInChunks(tx: ManagedTransaction, query: string, ids: readonly string[], params: Record<string, unknown> = {}) {
  const records = [];
  for (let start = 0; start < ids.length; start += LOOKUP_IDS) {
    records.push(...(await tx.run(query, { ...params, ids: ids.slice(start, start + LOOKUP_IDS) })).records);
  }
  return records;
}

/** What validation needs to know about the graph, read inside the import's own transaction. */
export function transactionLookup(tx: ManagedTransaction): GraphLookup {
  return {
    async entityKinds(ids) {
      const records = await lookupInChunks(tx, ENTITY_KINDS_BY_ID, ids, { labels: Object.values(KIND_LABELS) });
      return new Map(
        records.flatMap((record) => {
          const kind = kindOfLabels([record.get('label') as string]);
          return kind ? [[record.get('id') as string, kind] as const] : [];
        }),
      );
    },
    async pastEntities(ids, since) {
      const versioned = (await lookupInChunks(tx, VERSIONED_ENTITY_IDS, ids)).map((record) => record.get('id') as string);
      if (!versioned.length) return new Map();
      const records = await lookupInChunks(tx, PAST_ENTITIES, versioned, { labels: Object.values(KIND_LABELS), since: since ?? null });
      const past = new Map<string, PastEntity>();
      for (const record of records) {
        const kind = record.get('survivor') ? kindOfLabels([record.get('label') as string]) : undefined;
        if (kind) past.set(record.get('id'), { merged: { id: record.get('survivor'), kind, stored: record.get('stored') } });
        else if (record.get('since')) past.set(record.get('id'), { deleted: { by: record.get('by'), at: record.get('at') } });
      }
      return past;
    },
    async sourceTexts(ids) {
      const records = await lookupInChunks(tx, SOURCE_TEXTS, ids);
      return new Map(records.map((record) => [record.get('id') as string, (record.get('text') as string | null) ?? null]));
    },
    async relationships(ids) {
      const found: RelationshipsFound['byId'] = new Map();
      const used = new Set<string>();
      const unconfirmed: string[] = [];
      for (const record of await lookupInChunks(tx, VERSIONED_RELATIONSHIPS, ids)) {
        const id = record.get('id') as string;
        used.add(id);
        const type = record.get('type') as string | null;
        if (type) found.set(id, { type, from: record.get('from'), to: record.get('to'), retracted: record.get('retracted') as boolean });
        else unconfirmed.push(id);
      }
      for (const record of unconfirmed.length ? await lookupInChunks(tx, RELATIONSHIPS_BY_ID, unconfirmed) : []) {
        const r = record.get('r') as { id: string; retractedAt?: unknown };
        found.set(r.id, { type: record.get('type'), from: record.get('from'), to: record.get('to'), retracted: Boolean(r.retractedAt) });
      }
      return { byId: found, used };
    },
  };
}
