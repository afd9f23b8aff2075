/**
 * Exploration for analysts: the neighbourhood of an entity, the shortest paths between two, a
 * timeline of events, and summaries (where sources disagree is in contested.ts). Every query is
 * bounded (depth, size, per-node fan-out) so a hub cannot blow it up, and every one applies the one
 * rule for what exists and holds at `asOf` and a confidence (holds.ts), as the basic queries do.
 */
import neo4j from 'neo4j-driver';
import type { Db, Statement } from './db.js';
import { KIND_LABELS, RELATIONSHIP_TYPE_NAMES, type EntityKind, type EventType, type RelationshipType } from '../model/vocabulary.js';
import { existsAt, holds, holdsParams, type HoldsFilter } from './holds.js';
import { typeUnion } from './relationships.js';
import { entityProperties, relationshipProperties, type Keys } from './projection.js';
import { type EntityRecord, type RelationshipRecord, toEntity, toRelationship } from './records.js';
import { neo4jDateOf } from './dates.js';

export type EntityRow = { properties: Record<string, unknown>; labels: string[] };
export type RelationshipRow = { r: Record<string, unknown>; type: string; from: string; to: string };

export const entityOf = (row: EntityRow) => toEntity(row.properties, row.labels);

/** A relationship as the queries below return it, for toRelationship. */
export const RELATIONSHIP_ROW = (r: string, keys: Keys = 'all') =>
  `{r: ${relationshipProperties(r, keys)}, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id}`;

export type TraversalDirection = 'OUT' | 'IN' | 'BOTH';

function pattern(direction: TraversalDirection, types: string): string {
  if (direction === 'OUT') return `(f)-[r:${types}]->(o:Entity)`;
  if (direction === 'IN') return `(f)<-[r:${types}]-(o:Entity)`;
  return `(f)-[r:${types}]-(o:Entity)`;
}

export interface NeighborhoodOptions extends HoldsFilter {
  depth: number;
  types?: readonly RelationshipType[] | null;
  direction: TraversalDirection;
  /** At most this many entities, the start included. */
  limit: number;
  /** At most this many relationships among them. */
  edgeLimit: number;
}

export interface GraphResult {
  nodes: { entity: EntityRecord; distance: number }[];
  edges: RelationshipRecord[];
  /** Whether a cap (size or fan-out) left something out. */
  truncated: boolean;
}

/**
 * Relationships per entity beyond which an entity is a hub: its relationships to the rest of a
 * neighbourhood are read from the other ends, so no query walks a hub's whole fan.
 */
export const HUB_DEGREE = 1_000;

/** One breadth-first level: the entities the frontier reaches that are not in `seen`, at most `room` new. */
function level(distance: number, direction: TraversalDirection, types: string): string {
  return `
     CALL (seen, frontier) {
       UNWIND frontier AS f
       CALL (f, seen) {
         MATCH ${pattern(direction, types)}
         WHERE ${holds('r', '$', ['f', 'o'])} AND NOT o IN seen
         RETURN o LIMIT $limit
       }
       WITH DISTINCT o
       RETURN collect(o) AS reached
     }
     WITH s, seen, distances, cut, reached, $limit - size(seen) AS room
     WITH s, seen + reached[..room] AS seen, reached[..room] AS frontier,
          distances + [o IN reached[..room] | ${distance}] AS distances, cut OR size(reached) > room AS cut`;
}

/** The stored properties a neighbourhood reads of its entities and relationships (all, unless a reader says which). */
export interface GraphKeys {
  entity: Keys;
  relationship: Keys;
}

/**
 * A neighbourhood as its query returns it, in the variable `graph`; `graphOf` turns it into a
 * GraphResult. Its nodes and edges come as lists read by position, not as maps whose keys Neo4j
 * writes and the driver decodes again for every one of hundreds.
 */
export interface GraphRow {
  /** Each `[labels, properties]`. */
  nodes: [string[], Record<string, unknown>][];
  distances: number[];
  /** Each `[properties, type, from id, to id]`. */
  edges: [Record<string, unknown>, string, string, string][];
  cut: boolean;
  hubs: number;
}

/** The neighbourhood's query, ending `WITH … AS graph` (null-free: no row when the start does not exist). */
export function neighborhoodStatement(id: string, options: NeighborhoodOptions, keys: GraphKeys = { entity: 'all', relationship: 'all' }): Statement {
  const types = typeUnion(options.types);
  const levels = Array.from({ length: options.depth }, (_, index) => level(index + 1, options.direction, types)).join('\n');
  return {
    cypher: `MATCH (s:Entity {id: $id})
     WITH s, [s] AS seen, [s] AS frontier, [0] AS distances, false AS cut
     ${levels}
     CALL (seen) {
       UNWIND seen AS x
       WITH x WHERE COUNT { (x)--() } <= $hubDegree
       MATCH (x)-[r:${types}]-(y:Entity) WHERE y IN seen AND ${holds('r', '$', ['x', 'y'])}
       WITH DISTINCT r LIMIT $edgeLimit
       RETURN collect(r) AS edges
     }
     WITH {nodes: [n IN seen | [labels(n), ${entityProperties('n', keys.entity)}]], distances: distances,
           edges: [r IN edges | [${relationshipProperties('r', keys.relationship)}, type(r), startNode(r).id, endNode(r).id]], cut: cut,
           hubs: size([x IN seen WHERE COUNT { (x)--() } > $hubDegree])} AS graph`,
    params: { ...holdsParams(options), id, limit: neo4j.int(options.limit), edgeLimit: neo4j.int(options.edgeLimit + 1), hubDegree: neo4j.int(HUB_DEGREE) },
  };
}

/** A neighbourhood's row as records: nodes with their distance, edges up to the cap, and whether a cap applied. */
export function graphOf(row: GraphRow, options: Pick<NeighborhoodOptions, 'edgeLimit'>, partial = false): GraphResult {
  return {
    nodes: row.nodes.flatMap(([labels, properties], index) => {
      const entity = toEntity(properties, labels, partial);
      return entity ? [{ entity, distance: row.distances[index] ?? 0 }] : [];
    }),
    edges: row.edges.slice(0, options.edgeLimit).map(([r, type, from, to]) => toRelationship({ r, type, from, to })),
    truncated: row.cut || row.edges.length > options.edgeLimit || row.hubs > 1,
  };
}

/**
 * Breadth-first in one query, capped inside it: a frontier entity contributes at most \`limit\`
 * candidates (a hub with a million relationships stops there), a level at most the room the size
 * cap leaves. Then the relationships among the entities found, read from each non-hub entity (a
 * hub's reach is its neighbours' business); relationships between two hubs are left out, and
 * \`truncated\` says so, as it says when any cap applied.
 */
export async function neighborhood(db: Db, id: string, options: NeighborhoodOptions, keys?: GraphKeys): Promise<GraphResult | null> {
  const { cypher, params } = neighborhoodStatement(id, options, keys);
  const [row] = await db.read<{ graph: GraphRow }>(`${cypher}\n     RETURN graph`, params);
  return row ? graphOf(row.graph, options, keys !== undefined) : null;
}

export interface PathResult {
  nodes: EntityRecord[];
  edges: RelationshipRecord[];
}

/** All the shortest paths between two entities (not one at random), up to `maxLength` steps. */
export async function shortestPaths(
  db: Db,
  from: string,
  to: string,
  options: HoldsFilter & { maxLength: number; types?: readonly RelationshipType[] | null; limit: number },
): Promise<PathResult[]> {
  // A quantifier bound must be a literal; it is a validated integer, never client text.
  const maxLength = Math.trunc(options.maxLength);
  const rows = await db.read<{ nodes: EntityRow[]; edges: RelationshipRow[] }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = ALL SHORTEST (a)((x:Entity)-[r:${typeUnion(options.types)}]-(y:Entity) WHERE ${holds('r', '$', ['x', 'y'])}){1,${maxLength}}(b)
     WITH p LIMIT $limit
     RETURN [n IN nodes(p) | {properties: ${entityProperties('n')}, labels: labels(n)}] AS nodes,
            [rel IN relationships(p) | ${RELATIONSHIP_ROW('rel')}] AS edges`,
    { ...holdsParams(options), from, to, limit: neo4j.int(options.limit) },
  );
  return rows.map((row) => ({
    nodes: row.nodes.flatMap((node) => entityOf(node) ?? []),
    edges: row.edges.map(toRelationship),
  }));
}

export interface TimelineOptions {
  /** Only events linked to this entity by any relationship (or the entity itself, if an event). */
  anchor?: string | null;
  /** Calendar dates (their UTC day counts). */
  from?: Date | null;
  to?: Date | null;
  eventTypes?: readonly EventType[] | null;
  /** Only events that exist on this day, linked (with an anchor) by a relationship that holds on it. */
  asOf?: Date | null;
  limit: number;
}

/**
 * Where a timeline's events come from: a MATCH binding `e` and opening its WHERE, and when one is
 * linked to `$anchor` by a relationship that holds (holds.ts, with its values as parameters).
 */
export interface TimelineEvents {
  match: string;
  linked: string;
}

const LIVE_EVENTS: TimelineEvents = {
  match: 'MATCH (e:Event) WHERE',
  linked: `EXISTS { MATCH (e)-[r:${typeUnion()}]-(anchor:Entity {id: $anchor}) WHERE ${holds('r', '$', ['e', 'anchor'])} }`,
};

/**
 * Events in time order, bound to `e`: by the first day they can have begun; among those that begin together, the
 * longer first (an ongoing conflict before the war inside it, a war before the agreement that ended
 * it); then by time of day and name. With a date range, only dated events that overlap it; with
 * `asOf`, only events that exist that day. With an end date, the events that begin by then are read
 * from the start-date index (migration 0008) in its order, so the page stops early; the condition is
 * written only then, as `$to IS NULL OR …` would hide it from Neo4j's planner.
 */
export function timelineMatch(options: TimelineOptions, events: TimelineEvents = LIVE_EVENTS): Statement {
  return {
    cypher: `${events.match}
       ($anchor IS NULL OR e.id = $anchor OR ${events.linked})
       AND ($eventTypes IS NULL OR e.eventType IN $eventTypes)
       AND ($from IS NULL OR e.endDate IS NULL OR e.endDate >= $from)
       ${options.to ? 'AND e.startDate <= $to' : ''}
       AND ${existsAt('e')}
     WITH e ORDER BY e.startDate,
              CASE WHEN e.status = 'ONGOING' THEN 1 ELSE 0 END DESC,
              coalesce(e.endDate, e.startDate) DESC,
              e.startTime, e.name
     LIMIT $limit`,
    params: {
      ...holdsParams({ asOf: options.asOf }),
      anchor: options.anchor ?? null,
      eventTypes: options.eventTypes?.length ? options.eventTypes : null,
      from: options.from ? neo4jDateOf(options.from) : null,
      to: options.to ? neo4jDateOf(options.to) : null,
      limit: neo4j.int(options.limit),
    },
  };
}

export async function timeline(db: Db, options: TimelineOptions): Promise<EntityRecord[]> {
  const { cypher, params } = timelineMatch(options);
  const rows = await db.read<EntityRow>(`${cypher} RETURN ${entityProperties('e')} AS properties, labels(e) AS labels`, params);
  return rows.flatMap((row) => entityOf(row) ?? []);
}

export async function relationshipCounts(db: Db, filter: HoldsFilter): Promise<{ type: RelationshipType; count: number }[]> {
  const rows = await db.read<{ type: RelationshipType; count: number }>(
    RELATIONSHIP_TYPE_NAMES.map(
      (type) => `MATCH (a:Entity)-[r:${type}]->(b:Entity) WHERE ${holds('r', '$', ['a', 'b'])} RETURN '${type}' AS type, count(r) AS count`,
    ).join('\nUNION ALL\n'),
    holdsParams(filter),
  );
  return rows.filter((row) => row.count > 0).sort((x, y) => y.count - x.count || x.type.localeCompare(y.type));
}

/**
 * Entities by how many relationships touch them. Without a date or confidence filter the count
 * comes from Neo4j's degree store (no relationship is read); with one, each is checked.
 */
export async function mostConnected(
  db: Db,
  options: HoldsFilter & { types?: readonly RelationshipType[] | null; kinds?: readonly EntityKind[] | null; limit: number },
): Promise<{ entity: EntityRecord; degree: number }[]> {
  const types = typeUnion(options.types);
  const labels = options.kinds?.length ? options.kinds.map((kind) => KIND_LABELS[kind]) : null;
  const degree =
    options.asOf || options.minConfidence ? `COUNT { MATCH (e)-[r:${types}]-(o:Entity) WHERE ${holds('r', '$', ['e', 'o'])} }` : `COUNT { (e)-[:${types}]-() }`;
  const rows = await db.read<EntityRow & { degree: number }>(
    `MATCH (e:Entity)
     WHERE $labels IS NULL OR any(label IN labels(e) WHERE label IN $labels)
     WITH e, ${degree} AS degree
     WHERE degree > 0
     RETURN ${entityProperties('e')} AS properties, labels(e) AS labels, degree
     ORDER BY degree DESC, e.name LIMIT $limit`,
    { ...holdsParams(options), labels, limit: neo4j.int(options.limit) },
  );
  return rows.flatMap((row) => {
    const entity = entityOf(row);
    return entity ? [{ entity, degree: row.degree }] : [];
  });
}

/** Every relationship touching one entity (at most `limit`), for a one-call profile. */
export async function relationshipsTouching(db: Db, id: string, options: HoldsFilter & { limit: number }): Promise<RelationshipRecord[]> {
  const rows = await db.read<RelationshipRow & { other: EntityRow }>(
    `MATCH (e:Entity {id: $id})-[r:${typeUnion()}]-(o:Entity)
     WHERE ${holds('r', '$', ['e', 'o'])}
     WITH r, o ORDER BY type(r), o.name LIMIT $limit
     RETURN ${relationshipProperties('r')} AS r, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
            {properties: ${entityProperties('o')}, labels: labels(o)} AS other`,
    { ...holdsParams(options), id, limit: neo4j.int(options.limit) },
  );
  return rows.map((row) => ({ ...toRelationship(row), other: entityOf(row.other) }));
}
