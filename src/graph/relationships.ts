/**
 * Relationships between entities: read by the entities they touch (batched for a whole page of
 * entities at once), by id, and as a filtered, paginated list. Every query applies the same rule
 * for what "holds" at a date and at a confidence (HOLDS below).
 */
import neo4j from 'neo4j-driver';
import type { Db } from './db.js';
import type { CitationRecord } from './sources.js';
import { toEntity, type EntityRecord } from './entities.js';
import {
  CONFIDENCE_ORDER,
  RELATIONSHIP_TYPE_NAMES,
  confidencesAtLeast,
  isRelationshipType,
  type Confidence,
  type RelationshipType,
} from './model.js';
import { entityProperties, relationshipProperties, type Keys } from './projection.js';

type Neo4jDate = InstanceType<typeof neo4j.types.Date>;

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  /** The entity at the far end, when read from the near one; spares a second lookup. */
  other?: EntityRecord;
  /** Its citations, when read with it, with the entities that assert or relay them. */
  citations?: CitationRecord[];
}

export interface HoldsFilter {
  /** Only what held on this date: its span (at the source's precision) includes the day. */
  asOf?: Neo4jDate | null;
  /** Only what the source stands behind at least this firmly. */
  minConfidence?: Confidence | null;
  /** Also relationships that were retracted (kept for the record); left out by default. */
  includeRetracted?: boolean | null;
}

export type Direction = 'OUT' | 'IN';

/**
 * What holds: a relationship with no bound on a side is open on that side. Dates are stored as the
 * first and last day the source's date can mean, so "2020" holds on any day of 2020. A retracted
 * relationship holds for no one unless asked for. Takes the relationship's variable name; the
 * values come from holdsParams.
 */
export function holds(r = 'r'): string {
  return `($asOf IS NULL OR ((${r}.validFrom IS NULL OR ${r}.validFrom <= $asOf) AND (${r}.validTo IS NULL OR ${r}.validTo >= $asOf)))
  AND ${r}.confidence IN $confidences AND ($includeRetracted OR ${r}.retractedAt IS NULL)`;
}
const HOLDS = holds();

export function holdsParams(filter: HoldsFilter) {
  return {
    asOf: filter.asOf ?? null,
    confidences: filter.minConfidence ? confidencesAtLeast(filter.minConfidence) : [...CONFIDENCE_ORDER],
    includeRetracted: filter.includeRetracted ?? false,
  };
}

/**
 * Relationship types as a Cypher type union (`SUPPORTS|ACCUSES`), every domain type when none are
 * given. Only names from the model's whitelist ever reach the query text.
 */
export function typeUnion(types?: readonly RelationshipType[] | null): string {
  const chosen = types?.length ? types : RELATIONSHIP_TYPE_NAMES;
  return chosen.filter((type) => isRelationshipType(type)).join('|');
}
const ALL_TYPES = typeUnion();

export function toRelationship(row: { r: Record<string, unknown>; type: string; from: string; to: string }): RelationshipRecord {
  if (!isRelationshipType(row.type)) throw new Error(`unexpected relationship type ${row.type}`);
  return { id: String(row.r.id), type: row.type, from: row.from, to: row.to, properties: row.r };
}

/**
 * Citations read in the same query as their relationships, with the entities that assert or relay
 * them: a page of relationships and their provenance costs one round trip, not one per level.
 */
/** The citations of `r`, with the entities that assert or relay them (their given properties). */
function withCitations(entityKeys: Keys): string {
  return `
     CALL (r) {
       OPTIONAL MATCH (c:Citation {about: r.id})-[:CITES]->(s:Source)
       OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
       OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
       WITH c, s, asserter, relay ORDER BY s.id, c.id
       RETURN collect(CASE WHEN c IS NULL THEN null ELSE {
         id: c.id, about: c.about, quote: c.quote, note: c.note, sourceId: s.id,
         assertedById: asserter.id, viaId: relay.id,
         asserter: CASE WHEN asserter IS NULL THEN null ELSE {properties: ${entityProperties('asserter', entityKeys)}, labels: labels(asserter)} END,
         relay: CASE WHEN relay IS NULL THEN null ELSE {properties: ${entityProperties('relay', entityKeys)}, labels: labels(relay)} END
       } END) AS citations
     }`;
}

/** What to read of a relationship list: which properties of the relationships, of their far ends and of the entities their citations name. */
export interface ListProjection {
  relationship: Keys;
  other: Keys;
  /** Null: no citations. */
  citationEntities: Keys | null;
}

export const FULL_LIST: ListProjection = { relationship: 'all', other: 'all', citationEntities: 'all' };

interface CitationRow extends Omit<CitationRecord, 'asserter' | 'relay'> {
  asserter: { properties: Record<string, unknown>; labels: string[] } | null;
  relay: { properties: Record<string, unknown>; labels: string[] } | null;
}

/** One list to read: the relationships of a type, on one side, of an entity. */
export interface RelationshipListRequest {
  id: string;
  type: RelationshipType;
  direction: Direction;
}

/**
 * The relationships of each requested type and direction for each requested entity, at most
 * `limit` per list, nearest names first, citations included when asked for. However many entities
 * and fields a response asks for, it is one query: a branch per type and direction, each taking
 * only the entities that asked for it.
 */
export async function relationshipsOfEntities(
  db: Db,
  requests: readonly RelationshipListRequest[],
  filter: HoldsFilter & { limit: number },
  projection: ListProjection = FULL_LIST,
): Promise<RelationshipRecord[][]> {
  const part = (type: RelationshipType, direction: Direction) => `${type}:${direction}`;
  const parts = [...new Set(requests.map((request) => part(request.type, request.direction)))].sort();
  const branches = parts.map((key) => {
    const [type, direction] = key.split(':') as [RelationshipType, Direction];
    if (!isRelationshipType(type)) throw new Error(`unexpected relationship type ${type}`);
    const pattern = direction === 'OUT' ? `(e)-[r:${type}]->(o:Entity)` : `(e)<-[r:${type}]-(o:Entity)`;
    return `WITH e, request WHERE request.part = '${key}'
       MATCH ${pattern}
       WHERE ${HOLDS}
       WITH r, o ORDER BY o.name, r.id LIMIT $limit
       ${projection.citationEntities ? withCitations(projection.citationEntities) : 'WITH r, o, null AS citations'}
       RETURN r, o, citations`;
  });
  const rows = await db.read<{
    index: number;
    rels: { r: Record<string, unknown>; o: Record<string, unknown>; labels: string[]; citations: CitationRow[] | null }[];
  }>(
    `UNWIND $requests AS request
     MATCH (e:Entity {id: request.id})
     CALL (e, request) {
       ${branches.join('\n       UNION ALL\n       ')}
     }
     RETURN request.index AS index,
            collect({r: ${relationshipProperties('r', projection.relationship)}, o: ${entityProperties('o', projection.other)},
                     labels: labels(o), citations: citations}) AS rels`,
    {
      requests: requests.map((request, index) => ({ id: request.id, part: part(request.type, request.direction), index })),
      limit: neo4j.int(filter.limit),
      ...holdsParams(filter),
    },
  );
  const byIndex = new Map(rows.map((row) => [row.index, row.rels]));
  return requests.map(({ id, type, direction }, index) =>
    (byIndex.get(index) ?? []).map(({ r, o, labels, citations }) => {
      const otherId = String(o.id);
      return {
        ...toRelationship({ r, type, from: direction === 'OUT' ? id : otherId, to: direction === 'OUT' ? otherId : id }),
        other: toEntity(o, labels, projection.other !== 'all'),
        citations: citations?.map(({ asserter, relay, ...citation }) => ({
          ...citation,
          asserter: asserter ? toEntity(asserter.properties, asserter.labels, projection.citationEntities !== 'all') : undefined,
          relay: relay ? toEntity(relay.properties, relay.labels, projection.citationEntities !== 'all') : undefined,
        })),
      };
    }),
  );
}

/**
 * Relationships by id, among the given types (all by default): one indexed lookup per type, each
 * type's id constraint being its own index. The importer keeps ids unique across types.
 */
export function relationshipsByIdQuery(types: readonly RelationshipType[] = RELATIONSHIP_TYPE_NAMES): string {
  return types
    .filter((type) => isRelationshipType(type))
    .map(
      (type) =>
        `MATCH (a:Entity)-[r:${type}]->(b:Entity) WHERE r.id IN $ids RETURN ${relationshipProperties('r')} AS r, '${type}' AS type, a.id AS from, b.id AS to`,
    )
    .join('\nUNION ALL\n');
}

export const RELATIONSHIPS_BY_ID = relationshipsByIdQuery();

export async function relationshipsById(db: Db, ids: readonly string[]): Promise<RelationshipRecord[]> {
  const rows = await db.read<{ r: Record<string, unknown>; type: string; from: string; to: string }>(RELATIONSHIPS_BY_ID, {
    ids,
  });
  return rows.map(toRelationship);
}

export interface RelationshipQuery extends HoldsFilter {
  type?: RelationshipType | null;
  from?: string | null;
  to?: string | null;
}

/** The MATCH for a relationship list: anchored on an endpoint's id index when one is given. */
function matchRelationships(query: RelationshipQuery): string {
  const types = query.type ?? ALL_TYPES;
  const a = query.from ? '(a:Entity {id: $from})' : '(a:Entity)';
  const b = query.to ? '(b:Entity {id: $to})' : '(b:Entity)';
  return `MATCH ${a}-[r:${types}]->${b} WHERE ${HOLDS}`;
}

function relationshipParams(query: RelationshipQuery) {
  return { from: query.from ?? null, to: query.to ?? null, ...holdsParams(query) };
}

/** A page of relationships ordered by id, after or before a cursor id (keyset pagination). */
export async function relationshipPage(
  db: Db,
  query: RelationshipQuery,
  page: { after?: string | null; before?: string | null; limit: number; inverted: boolean },
): Promise<RelationshipRecord[]> {
  const rows = await db.read<{ r: Record<string, unknown>; type: string; from: string; to: string }>(
    `${matchRelationships(query)}
       AND ($after IS NULL OR r.id > $after) AND ($before IS NULL OR r.id < $before)
     RETURN ${relationshipProperties('r')} AS r, type(r) AS type, a.id AS from, b.id AS to
     ORDER BY r.id ${page.inverted ? 'DESC' : 'ASC'} LIMIT $limit`,
    { ...relationshipParams(query), after: page.after ?? null, before: page.before ?? null, limit: neo4j.int(page.limit) },
  );
  return rows.map(toRelationship);
}

export async function countRelationships(db: Db, query: RelationshipQuery): Promise<number> {
  const [row] = await db.read<{ n: number }>(`${matchRelationships(query)} RETURN count(r) AS n`, relationshipParams(query));
  return row?.n ?? 0;
}
