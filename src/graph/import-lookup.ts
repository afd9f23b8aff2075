/**
 * What validating an import needs to know about the graph (which entities exist and of what kind,
 * the texts of sources cited, relationships that already use an id), read inside the import's own
 * transaction, a bounded number of ids per query.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { KIND_LABELS, type EntityKind } from '../model/vocabulary.js';
import { kindOfLabels } from './records.js';
import { RELATIONSHIPS_BY_ID } from './relationships.js';

/** What validation needs to know about the graph as it is (transactionLookup reads it). */
export interface GraphLookup {
  entityKinds(ids: string[]): Promise<Map<string, EntityKind>>;
  sourceTexts(ids: string[]): Promise<Map<string, string | null>>;
  /** Relationships of any type with the given ids, by id. */
  relationships(ids: string[]): Promise<Map<string, { type: string; from: string; to: string }>>;
}

const ENTITY_KINDS_BY_ID = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, [label IN labels(e) WHERE label IN $labels][0] AS label`;

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
    async sourceTexts(ids) {
      const records = await lookupInChunks(tx, SOURCE_TEXTS, ids);
      return new Map(records.map((record) => [record.get('id') as string, (record.get('text') as string | null) ?? null]));
    },
    async relationships(ids) {
      const records = await lookupInChunks(tx, RELATIONSHIPS_BY_ID, ids);
      return new Map(
        records.map((record) => [
          (record.get('r') as { id: string }).id,
          { type: record.get('type') as string, from: record.get('from') as string, to: record.get('to') as string },
        ]),
      );
    },
  };
}
