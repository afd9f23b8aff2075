/**
 * Reads as the graph held them at a past moment (`asKnownAt`, record time): entities,
 * relationships, an entity's relationship lists, a neighbourhood and a timeline, rebuilt from the
 * versions every write leaves (versions.ts). A relationship retracted since shows as it was before
 * its retraction; an entity merged away since is still there. `asOf`, confidence and retraction
 * filter the versions by the same rule as the live reads (holds.ts), a relationship's ends being
 * the versions of its entities current at the moment.
 */
import neo4j from 'neo4j-driver';
import type { Db } from './db.js';
import { KIND_LABELS, RELATIONSHIP_TYPE_NAMES } from '../model/vocabulary.js';
import { holds, holdsParams } from './holds.js';
import type { RelationshipListRequest, RelationshipQuery } from './relationships.js';
import { entityProperties, relationshipProperties } from './projection.js';
import { toEntity, toRelationship, type CitationRecord, type EntityRecord, type RelationshipRecord } from './records.js';
import { currentAt, VERSION_KEYS } from './versions.js';
import type { GraphResult, NeighborhoodOptions, TimelineOptions } from './explore.js';
import { timelineMatch } from './explore.js';

const knownAtParam = (at: Date) => neo4j.types.DateTime.fromStandardDate(at);

/**
 * The versions of the relationship version `v`'s ends current at `$knownAt`, as `${v}From` and
 * `${v}To` (null for an end not known then), for a WITH: the ends the rule reads as of a day.
 */
const endsOf = (v: string) =>
  ['startId', 'endId']
    .map((end, i) => `head(COLLECT { MATCH (known:EntityVersion {id: ${v}.${end}}) WHERE ${currentAt('known')} RETURN known }) AS ${v}${i ? 'To' : 'From'}`)
    .join(', ');
/** The rule for the relationship version `v`, between the end versions `endsOf` bound. */
const holdsVersion = (v: string, values = '$') => holds(v, values, [`${v}From`, `${v}To`]);

type Props = Record<string, unknown>;

/** The citations a version holds, from its parallel lists. */
function citationsOf(about: string, props: Props): CitationRecord[] {
  const list = (key: string) => (Array.isArray(props[key]) ? (props[key] as string[]) : []);
  const sources = list('citationSources');
  const quotes = list('citationQuotes');
  const asserters = list('citationAssertedBy');
  const relays = list('citationVia');
  const notes = list('citationNotes');
  return list('citationIds').map((id, i) => ({
    id,
    about,
    sourceId: sources[i] ?? '',
    quote: quotes[i] ?? '',
    assertedById: asserters[i] || null,
    viaId: relays[i] || null,
    note: notes[i] || null,
  }));
}

/** The item's own properties: the version's bookkeeping left out. */
function itemProperties(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !(VERSION_KEYS as readonly string[]).includes(key)));
}

function entityOfVersion(props: Props, at: Date): EntityRecord | undefined {
  const entity = toEntity(itemProperties(props), ['Entity', String(props.kindLabel)]);
  return entity && { ...entity, known: { at, citations: citationsOf(entity.id, props) } };
}

const ENTITY_VERSIONS = `
MATCH (v:EntityVersion) WHERE v.id IN $ids AND ${currentAt('v')}
RETURN ${entityProperties('v')} AS v`;

/** Entities as they stood at `at`, by id; one not known then is absent. */
export async function entitiesKnownAt(db: Db, ids: readonly string[], at: Date): Promise<EntityRecord[]> {
  if (!ids.length) return [];
  const rows = await db.read<{ v: Props }>(ENTITY_VERSIONS, { ids: [...new Set(ids)], knownAt: knownAtParam(at) });
  return rows.flatMap((row) => entityOfVersion(row.v, at) ?? []);
}

/**
 * Relationships from version rows, each with its citations and both ends (and the entities its
 * citations name) as they stood at `at`: one more query for all the entities.
 */
async function relationshipsOfVersions(db: Db, rows: Props[], at: Date): Promise<RelationshipRecord[]> {
  const relationships = rows.map((props) => ({
    ...toRelationship({ r: itemProperties(props), type: String(props.relType), from: String(props.startId), to: String(props.endId) }),
    citations: citationsOf(String(props.id), props),
  }));
  const ids = relationships.flatMap((r) => [r.from, r.to, ...r.citations.flatMap((c) => [c.assertedById ?? '', c.viaId ?? ''])]);
  const entities = new Map((await entitiesKnownAt(db, ids.filter(Boolean), at)).map((e) => [e.id, e]));
  return relationships.map((r) => ({
    ...r,
    citations: r.citations.map((c) => ({
      ...c,
      asserter: c.assertedById ? entities.get(c.assertedById) : undefined,
      relay: c.viaId ? entities.get(c.viaId) : undefined,
    })),
    known: { at, from: entities.get(r.from), to: entities.get(r.to) },
  }));
}

const RELATIONSHIP_VERSION = (v: string) => relationshipProperties(v);

/** Relationships as they stood at `at`, by id (retracted or not, as they then were). */
export async function relationshipsKnownAt(db: Db, ids: readonly string[], at: Date): Promise<RelationshipRecord[]> {
  const rows = await db.read<{ v: Props }>(`MATCH (v:RelationshipVersion) WHERE v.id IN $ids AND ${currentAt('v')} RETURN ${RELATIONSHIP_VERSION('v')} AS v`, {
    ids,
    knownAt: knownAtParam(at),
  });
  return relationshipsOfVersions(
    db,
    rows.map((row) => row.v),
    at,
  );
}

/** The relationships a `relationships` query selects as they stood at `at`, bound to `v`. */
function relationshipVersionsMatch(query: RelationshipQuery, at: Date) {
  return {
    cypher: `MATCH (v:RelationshipVersion)
     WHERE ${currentAt('v')}
       AND ($type IS NULL OR v.relType = $type) AND ($from IS NULL OR v.startId = $from) AND ($to IS NULL OR v.endId = $to)
     WITH v, ${endsOf('v')} WHERE ${holdsVersion('v')}`,
    params: { ...holdsParams(query), type: query.type ?? null, from: query.from ?? null, to: query.to ?? null, knownAt: knownAtParam(at) },
  };
}

/** A page of relationships (by id, after or before a cursor id) as they stood at `at`, filtered as `relationships` is. */
export async function relationshipPageKnownAt(
  db: Db,
  query: RelationshipQuery,
  page: { after?: string | null; before?: string | null; limit: number; inverted: boolean },
  at: Date,
): Promise<RelationshipRecord[]> {
  const { cypher, params } = relationshipVersionsMatch(query, at);
  const rows = await db.read<{ v: Props }>(
    `${cypher} AND ($after IS NULL OR v.id > $after) AND ($before IS NULL OR v.id < $before)
     RETURN ${RELATIONSHIP_VERSION('v')} AS v ORDER BY v.id ${page.inverted ? 'DESC' : 'ASC'} LIMIT $limit`,
    { ...params, after: page.after ?? null, before: page.before ?? null, limit: neo4j.int(page.limit) },
  );
  return relationshipsOfVersions(
    db,
    rows.map((row) => row.v),
    at,
  );
}

export async function countRelationshipsKnownAt(db: Db, query: RelationshipQuery, at: Date): Promise<number> {
  const { cypher, params } = relationshipVersionsMatch(query, at);
  const [row] = await db.read<{ n: number }>(`${cypher} RETURN count(v) AS n`, params);
  return row?.n ?? 0;
}

/** The versions touching the entities `$ids` (out, in or both ways), of `$types`, current and holding at `$knownAt`. */
function touching(direction: 'OUT' | 'IN' | 'BOTH', filter = 'true'): string {
  const out = `MATCH (v:RelationshipVersion) WHERE v.startId IN $ids AND ${filter} RETURN v, v.startId AS near, v.endId AS far`;
  const into = `MATCH (v:RelationshipVersion) WHERE v.endId IN $ids AND ${filter} RETURN v, v.endId AS near, v.startId AS far`;
  const branches = direction === 'OUT' ? [out] : direction === 'IN' ? [into] : [out, into];
  return `CALL () { ${branches.join(' UNION ALL ')} }
     WITH v, near, far WHERE v.relType IN $types AND ${currentAt('v')}
     WITH v, near, far, ${endsOf('v')} WHERE ${holdsVersion('v')}`;
}

/**
 * Entities' relationship lists as they stood at `at`, in request order, each cut at its length:
 * one query for all of them, and one for the entities they reach.
 */
export async function relationshipListsKnownAt(db: Db, requests: readonly RelationshipListRequest[], at: Date): Promise<RelationshipRecord[][]> {
  const rows = await db.read<{ index: number; vs: Props[] }>(
    `UNWIND $requests AS request
     CALL (request) {
       MATCH (v:RelationshipVersion) WHERE request.direction = 'OUT' AND v.startId = request.id RETURN v, v.endId AS far
       UNION ALL
       MATCH (v:RelationshipVersion) WHERE request.direction = 'IN' AND v.endId = request.id RETURN v, v.startId AS far
     }
     WITH request, v, far WHERE v.relType = request.type AND ${currentAt('v')}
     WITH request, v, far, ${endsOf('v')} WHERE ${holdsVersion('v', 'request.')}
     OPTIONAL MATCH (o:EntityVersion {id: far}) WHERE ${currentAt('o')}
     WITH request, v, o ORDER BY o.name, v.id
     WITH request, collect(v)[..request.limit] AS vs
     RETURN request.index AS index, [v IN vs | ${RELATIONSHIP_VERSION('v')}] AS vs`,
    {
      requests: requests.map((request, index) => ({
        ...holdsParams(request),
        index,
        id: request.id,
        type: request.type,
        direction: request.direction,
        limit: neo4j.int(request.limit),
      })),
      knownAt: knownAtParam(at),
    },
  );
  const found = await relationshipsOfVersions(
    db,
    rows.flatMap((row) => row.vs),
    at,
  );
  const byId = new Map(found.map((r) => [`${r.type}:${r.id}`, r]));
  const lists: RelationshipRecord[][] = requests.map(() => []);
  for (const row of rows) lists[row.index] = row.vs.flatMap((v) => byId.get(`${String(v.relType)}:${String(v.id)}`) ?? []);
  return lists;
}

/**
 * A neighbourhood as it stood at `at`, breadth first a level per query, with the same caps as the
 * live one: at most `limit` entities, `edgeLimit` relationships, `truncated` when a cap applied.
 */
export async function neighborhoodKnownAt(db: Db, id: string, options: NeighborhoodOptions, at: Date): Promise<GraphResult | null> {
  const [start] = await entitiesKnownAt(db, [id], at);
  if (!start) return null;
  const params = { ...holdsParams(options), types: options.types?.length ? [...options.types] : RELATIONSHIP_TYPE_NAMES, knownAt: knownAtParam(at) };
  const distance = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  let truncated = false;
  for (let level = 1; level <= options.depth && frontier.length; level++) {
    const room = options.limit - distance.size;
    const rows = await db.read<{ id: string }>(
      `${touching(options.direction)} AND NOT far IN $seen
       MATCH (o:EntityVersion {id: far}) WHERE ${currentAt('o')}
       RETURN DISTINCT o.id AS id ORDER BY id LIMIT $room`,
      { ...params, ids: frontier, seen: [...distance.keys()], room: neo4j.int(room + 1) },
    );
    if (rows.length > room) truncated = true;
    frontier = rows.slice(0, room).map((row) => row.id);
    for (const reached of frontier) distance.set(reached, level);
  }
  const seen = [...distance.keys()];
  const edges = await db.read<{ v: Props }>(
    `${touching('OUT')} AND far IN $ids
     RETURN ${RELATIONSHIP_VERSION('v')} AS v ORDER BY v.id LIMIT $edgeLimit`,
    { ...params, ids: seen, edgeLimit: neo4j.int(options.edgeLimit + 1) },
  );
  const entities = await entitiesKnownAt(db, seen, at);
  return {
    nodes: entities.map((entity) => ({ entity, distance: distance.get(entity.id) ?? 0 })).sort((a, b) => a.distance - b.distance),
    edges: await relationshipsOfVersions(
      db,
      edges.slice(0, options.edgeLimit).map((row) => row.v),
      at,
    ),
    truncated: truncated || edges.length > options.edgeLimit,
  };
}

/** The timeline as it stood at `at`: the events then known, in the live timeline's order. */
export async function timelineKnownAt(db: Db, options: TimelineOptions, at: Date): Promise<EntityRecord[]> {
  const { cypher, params } = timelineMatch(options, {
    match: `OPTIONAL MATCH (anchor:EntityVersion {id: $anchor}) WHERE ${currentAt('anchor')}
     WITH anchor MATCH (e:EntityVersion {kindLabel: '${KIND_LABELS.EVENT}'}) WHERE ${currentAt('e')} AND`,
    linked: `EXISTS { MATCH (r:RelationshipVersion) WHERE ${currentAt('r')}
               AND ((r.startId = e.id AND r.endId = $anchor) OR (r.endId = e.id AND r.startId = $anchor))
               AND ${holds('r', '$', ['e', 'anchor'])} }`,
  });
  const rows = await db.read<{ v: Props }>(`${cypher} RETURN ${entityProperties('e')} AS v`, { ...params, knownAt: knownAtParam(at) });
  return rows.flatMap((row) => entityOfVersion(row.v, at) ?? []);
}
