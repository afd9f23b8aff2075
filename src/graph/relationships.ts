/**
 * Relationships between entities: read by the entities they touch (batched for a whole page of
 * entities at once), by id, and as a filtered, paginated list. Every query applies the one rule
 * for what holds at a date and at a confidence (holds.ts).
 */
import neo4j from 'neo4j-driver';
import type { Db, Statement } from './db.js';
import { RELATIONSHIP_TYPE_NAMES, isRelationshipType, type RelationshipType } from '../model/vocabulary.js';
import { entityProperties, relationshipProperties } from './projection.js';
import { toEntity, toRelationship, type ListRow, type RelationshipRecord } from './records.js';
import { holds, holdsParams, type HoldsFilter } from './holds.js';

export type Direction = 'OUT' | 'IN';

/**
 * Relationship types as a Cypher type union (`SUPPORTS|ACCUSES`), every domain type when none are
 * given. Only names from the model's whitelist ever reach the query text.
 */
export function typeUnion(types?: readonly RelationshipType[] | null): string {
  const chosen = types?.length ? types : RELATIONSHIP_TYPE_NAMES;
  return chosen.filter((type) => isRelationshipType(type)).join('|');
}
const ALL_TYPES = typeUnion();

/** The citations of `r`, with the entities that assert or relay them (their given properties). */
function withCitations(): string {
  return `
     CALL (r) {
       OPTIONAL MATCH (c:Citation {about: r.id})-[:CITES]->(s:Source)
       OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
       OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
       WITH c, s, asserter, relay ORDER BY s.id, c.id
       RETURN collect(CASE WHEN c IS NULL THEN null ELSE {
         id: c.id, about: c.about, quote: c.quote, note: c.note, sourceId: s.id,
         assertedById: asserter.id, viaId: relay.id,
         asserter: CASE WHEN asserter IS NULL THEN null ELSE {properties: ${entityProperties('asserter')}, labels: labels(asserter)} END,
         relay: CASE WHEN relay IS NULL THEN null ELSE {properties: ${entityProperties('relay')}, labels: labels(relay)} END
       } END) AS citations
     }`;
}

/** One list of an entity's relationships: of a type, on one side, holding by a filter, at most `limit` long. */
export interface RelationshipList extends HoldsFilter {
  type: RelationshipType;
  direction: Direction;
  limit: number;
}

/** A list of the relationships of one entity. */
export interface RelationshipListRequest extends RelationshipList {
  id: string;
}

const partOf = (list: RelationshipList) => `${list.type}:${list.direction}`;

/** The lists as query values, each with its index (how rows find their list again) and its filter. */
function listParams(lists: readonly RelationshipList[]) {
  return lists.map((list, index) => ({
    index,
    part: partOf(list),
    limit: neo4j.int(list.limit),
    ...holdsParams(list),
  }));
}

/**
 * A subquery reading, for the entity `e`, each list in `source` (a list of listParams maps): a
 * branch per type and direction, each taking only the lists that ask for it, nearest names first.
 * However many lists and fields a response asks for, they are read together.
 */
function listsSubquery(lists: readonly RelationshipList[]): string {
  const parts = [...new Set(lists.map(partOf))].sort();
  const branches = parts.map((key) => {
    const [type, direction] = key.split(':') as [RelationshipType, Direction];
    if (!isRelationshipType(type)) throw new Error(`unexpected relationship type ${type}`);
    const pattern = direction === 'OUT' ? `(e)-[r:${type}]->(o:Entity)` : `(e)<-[r:${type}]-(o:Entity)`;
    // LIMIT takes no variable, so each list is cut to its own length by a slice.
    return `WITH e, request WHERE request.part = '${key}'
       MATCH ${pattern}
       WHERE ${holds('r', 'request.', ['e', 'o'])}
       WITH request, r, o ORDER BY o.name, r.id
       WITH request, collect({r: r, o: o}) AS found
       UNWIND found[..request.limit] AS row
       WITH row.r AS r, row.o AS o
       ${withCitations()}
       RETURN r, o, citations`;
  });
  return `CALL (e, entity) {
       UNWIND entity.lists AS request
       CALL (e, request) {
         ${branches.join('\n         UNION ALL\n         ')}
       }
       RETURN collect({index: request.index, r: ${relationshipProperties('r')},
                       o: ${entityProperties('o')}, labels: labels(o), citations: citations}) AS lists
     }`;
}

/** Adds the rows of one entity's lists, as records, to `into` at each list's index. */
function toLists(id: string, lists: readonly RelationshipList[], rows: readonly ListRow[], into: RelationshipRecord[][]): RelationshipRecord[][] {
  for (const { index, r, o, labels, citations } of rows) {
    const list = lists[index];
    if (!list) continue;
    const otherId = String(o.id);
    const out = list.direction === 'OUT';
    (into[index] ??= []).push({
      ...toRelationship({ r, type: list.type, from: out ? id : otherId, to: out ? otherId : id }),
      other: toEntity(o, labels),
      citations: citations?.map(({ asserter, relay, ...citation }) => ({
        ...citation,
        asserter: asserter ? toEntity(asserter.properties, asserter.labels) : undefined,
        relay: relay ? toEntity(relay.properties, relay.labels) : undefined,
      })),
    });
  }
  return into;
}

/** The query that reads the requested relationship lists, each of one entity: one for all of them. */
export function relationshipListsStatement(requests: readonly RelationshipListRequest[]): Statement {
  const params = listParams(requests);
  const byEntity = new Map<string, typeof params>();
  requests.forEach(({ id }, index) => {
    const lists = byEntity.get(id);
    if (lists) lists.push(params[index]!);
    else byEntity.set(id, [params[index]!]);
  });
  return {
    cypher: `UNWIND $entities AS entity
     MATCH (e:Entity {id: entity.id})
     ${listsSubquery(requests)}
     RETURN entity.id AS id, lists`,
    params: { entities: [...byEntity].map(([id, lists]) => ({ id, lists })) },
  };
}

/**
 * The requested relationship lists, each of one entity, in request order: one query for all of them.
 */
export async function relationshipsOfEntities(db: Db, requests: readonly RelationshipListRequest[]): Promise<RelationshipRecord[][]> {
  const { cypher, params } = relationshipListsStatement(requests);
  const rows = await db.read<{ id: string; lists: ListRow[] }>(cypher, params);
  const result: RelationshipRecord[][] = requests.map(() => []);
  for (const { id, lists } of rows) toLists(id, requests, lists, result);
  return result;
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
  return `MATCH ${a}-[r:${types}]->${b} WHERE ${holds('r', '$', ['a', 'b'])}`;
}

function relationshipParams(query: RelationshipQuery) {
  return { from: query.from ?? null, to: query.to ?? null, ...holdsParams(query) };
}

export interface IdPage {
  after?: string | null;
  before?: string | null;
  limit: number;
  /** Read from the end backwards (for `last`); the caller restores the order. */
  inverted: boolean;
}

/** The query for a page of relationships ordered by id, after or before a cursor id (keyset pagination). */
export function relationshipPageStatement(query: RelationshipQuery, page: IdPage): Statement {
  return {
    cypher: `${matchRelationships(query)}
       AND ($after IS NULL OR r.id > $after) AND ($before IS NULL OR r.id < $before)
     RETURN ${relationshipProperties('r')} AS r, type(r) AS type, a.id AS from, b.id AS to
     ORDER BY r.id ${page.inverted ? 'DESC' : 'ASC'} LIMIT $limit`,
    params: { ...relationshipParams(query), after: page.after ?? null, before: page.before ?? null, limit: neo4j.int(page.limit) },
  };
}

export async function relationshipPage(db: Db, query: RelationshipQuery, page: IdPage): Promise<RelationshipRecord[]> {
  const { cypher, params } = relationshipPageStatement(query, page);
  const rows = await db.read<{ r: Record<string, unknown>; type: string; from: string; to: string }>(cypher, params);
  return rows.map(toRelationship);
}

export async function countRelationships(db: Db, query: RelationshipQuery): Promise<number> {
  const [row] = await db.read<{ n: number }>(`${matchRelationships(query)} RETURN count(r) AS n`, relationshipParams(query));
  return row?.n ?? 0;
}
