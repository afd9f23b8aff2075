/**
 * What the graph held when (record time): every write leaves, for each entity and relationship it
 * changed, a version holding the item as it then stood, and closes the version before it. A
 * version is a plain node, so any writer (the transactional importer, the edits, a bulk loader)
 * can leave the same record:
 *
 * - `(:EntityVersion)`: the entity's stored properties, `kindLabel` (State, Leader, …),
 *   `knownFrom` (when the write committed), `knownUntil` (null while current), and its citations
 *   as six parallel lists in one order: `citationIds`, `citationSources`, `citationQuotes`,
 *   `citationAssertedBy`, `citationVia`, `citationNotes` ('' where a citation has no value).
 * - `(:RelationshipVersion)`: the relationship's stored properties (its `id` among them),
 *   `relType`, `startId`, `endId` (the entity ids at its ends), `knownFrom`, `knownUntil` and the
 *   same citation lists.
 *
 * An item removed (deleted, merged away) has its current version closed and none opened.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { CitationRow, Props } from './stored.js';
import { ENTITY_KINDS, KIND_LABELS, isRelationshipType, type EntityKind, type RelationshipType } from '../model/vocabulary.js';

/** A relationship as the writer knows it: its type and id, and the ids of the entities it now joins. */
export interface RelationshipRef {
  type: RelationshipType;
  id: string;
  from: string;
  to: string;
}

/** The items a write changed (recorded as they now stand) and those it removed. */
export interface VersionTargets {
  entities?: Iterable<string>;
  relationships?: Iterable<RelationshipRef>;
  removedEntities?: Iterable<string>;
  removedRelationships?: Iterable<Pick<RelationshipRef, 'type' | 'id'>>;
}

/** The properties a version adds to the item's own; readers leave them out of the item. */
export const VERSION_KEYS = [
  'kindLabel',
  'relType',
  'startId',
  'endId',
  'knownFrom',
  'knownUntil',
  'citationIds',
  'citationSources',
  'citationQuotes',
  'citationAssertedBy',
  'citationVia',
  'citationNotes',
] as const;

// One clock for the whole transaction: every version it opens or closes carries the same moment.
const NOW = 'datetime.transaction()';

/**
 * Which version of an item is the one, as Cypher text: `isCurrent` the version that stands now (a
 * write closes it), `currentAt` the one that stood at `$knownAt` (an `asKnownAt` read). Every
 * query that picks a version takes one of these rather than comparing `knownFrom`/`knownUntil` itself.
 */
export const isCurrent = (v: string) => `${v}.knownUntil IS NULL`;
export const currentAt = (v: string) => `${v}.knownFrom <= $knownAt AND (${isCurrent(v)} OR ${v}.knownUntil > $knownAt)`;

/** The citations of `x`, as the version's parallel lists. Its names differ from the callers' (`a`, `b` are a relationship's ends). */
const CITATION_LISTS = `
WITH x, v, COLLECT {
  MATCH (c:Citation {about: x.id})-[:CITES]->(s:Source)
  OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
  OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
  WITH c, s, asserter, relay ORDER BY s.id, c.id
  RETURN [c.id, s.id, c.quote, coalesce(asserter.id, ''), coalesce(relay.id, ''), coalesce(c.note, '')]
} AS cs
SET v.citationIds = [c IN cs | c[0]], v.citationSources = [c IN cs | c[1]], v.citationQuotes = [c IN cs | c[2]],
    v.citationAssertedBy = [c IN cs | c[3]], v.citationVia = [c IN cs | c[4]], v.citationNotes = [c IN cs | c[5]]`;

const RECORD_ENTITIES = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (id) { MATCH (old:EntityVersion {id: id}) WHERE ${isCurrent('old')} SET old.knownUntil = ${NOW} }
CREATE (v:EntityVersion)
SET v = properties(x), v.kindLabel = [label IN labels(x) WHERE label IN $kindLabels][0], v.knownFrom = ${NOW}
${CITATION_LISTS}`;

/** Records the version of the relationship `x` from `a` to `b` (its type `row.type`, its id `row.id`) and closes the one before. */
const RELATIONSHIP_VERSION = `
CALL (row) { MATCH (old:RelationshipVersion {id: row.id, relType: row.type}) WHERE ${isCurrent('old')} SET old.knownUntil = ${NOW} }
CREATE (v:RelationshipVersion)
SET v = properties(x), v.relType = row.type, v.startId = a.id, v.endId = b.id, v.knownFrom = ${NOW}
${CITATION_LISTS}`;

// Found between its ends (each by the entity id index; Neo4j expands from the end with fewer
// relationships), so one statement serves every type: matched by a dynamic type alone, Neo4j 5.26
// would scan every relationship.
const RECORD_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[x:$(row.type)]->(b:Entity {id: row.to})
WHERE x.id = row.id
${RELATIONSHIP_VERSION}`;

const CLOSE_ENTITIES = `
UNWIND $ids AS id
MATCH (old:EntityVersion {id: id}) WHERE ${isCurrent('old')}
SET old.knownUntil = ${NOW}`;

const CLOSE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (old:RelationshipVersion {id: row.id, relType: row.type}) WHERE ${isCurrent('old')}
SET old.knownUntil = ${NOW}`;

/** Rows per query, as the importer batches its own writes. */
const BATCH = 5_000;

async function inBatches<T>(items: T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) await run(items.slice(start, start + BATCH));
}

/** Citations about one item as a version's six parallel lists, in the order CITATION_LISTS gives them: by source, then id. */
export function citationLists(about: readonly CitationRow[]): Props {
  const sorted = [...about].sort((a, b) => compare(a.source, b.source) || compare(a.id, b.id));
  return {
    citationIds: sorted.map((c) => c.id),
    citationSources: sorted.map((c) => c.source),
    citationQuotes: sorted.map((c) => c.quote),
    citationAssertedBy: sorted.map((c) => c.assertedBy ?? ''),
    citationVia: sorted.map((c) => c.via ?? ''),
    citationNotes: sorted.map((c) => c.note ?? ''),
  };
}

// By UTF-16 code units, as Neo4j orders strings.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Of the citations naming an item's id, those about an item of its sort (an entity and a relationship may share an id).
const about = (kind: CitationRow['aboutKind'], id: string, citations: readonly CitationRow[]) =>
  citations.filter((c) => c.aboutKind === kind && c.about === id);

/*
 * What the version of an item this write creates adds to the item's own stored properties, built
 * from what the write gives rather than read back: its kind or type (and a relationship's ends) and
 * the citations about it, as RECORD_ENTITIES and RECORD_RELATIONSHIPS would find them. The writer
 * sets the version to the item's properties plus these (`SET v = row.props, v += row.version`, so
 * the properties cross the wire once), stamps it as it stamps the item and sets `knownFrom`; it
 * closes any version an earlier item of the id left open (closeVersions).
 */

export function createdEntityVersion(e: { id: string; kind: EntityKind }, citations: readonly CitationRow[]): Props {
  return { kindLabel: KIND_LABELS[e.kind], ...citationLists(about('ENTITY', e.id, citations)) };
}

export function createdRelationshipVersion(r: RelationshipRef, citations: readonly CitationRow[]): Props {
  return { relType: r.type, startId: r.from, endId: r.to, ...citationLists(about('RELATIONSHIP', r.id, citations)) };
}

/** Closes the current versions of items a write is about to create anew (an id used before). */
export async function closeVersions(
  tx: ManagedTransaction,
  items: { entities?: string[]; relationships?: Pick<RelationshipRef, 'type' | 'id'>[] },
): Promise<void> {
  await inBatches(items.entities ?? [], (ids) => tx.run(CLOSE_ENTITIES, { ids }));
  await inBatches(items.relationships ?? [], (batch) => tx.run(CLOSE_RELATIONSHIPS, { rows: batch.map(({ type, id }) => ({ type, id })) }));
}

/**
 * Records, inside the writer's transaction and after its writes, the versions the write makes:
 * each changed item as it now stands (closing the version it replaces), each removed item's last
 * version closed. Every writer calls this once per transaction, so `asKnownAt` reads can rebuild
 * the graph as it stood at any moment.
 */
export async function recordVersions(tx: ManagedTransaction, targets: VersionTargets): Promise<void> {
  const removedEntities = [...new Set(targets.removedEntities ?? [])];
  await inBatches(removedEntities, (ids) => tx.run(CLOSE_ENTITIES, { ids }));
  const removedRelationships = [...new Map([...(targets.removedRelationships ?? [])].map((r) => [`${r.type}:${r.id}`, r])).values()];
  await inBatches(removedRelationships, (rows) => tx.run(CLOSE_RELATIONSHIPS, { rows }));

  const entities = [...new Set(targets.entities ?? [])];
  const kindLabels = ENTITY_KINDS.map((kind) => KIND_LABELS[kind]);
  await inBatches(entities, (ids) => tx.run(RECORD_ENTITIES, { ids, kindLabels }));

  const relationships = [...new Map([...(targets.relationships ?? [])].map((r) => [`${r.type}:${r.id}`, r])).values()];
  for (const r of relationships) if (!isRelationshipType(r.type)) throw new Error(`unexpected relationship type ${r.type}`);
  await inBatches(relationships, (rows) => tx.run(RECORD_RELATIONSHIPS, { rows: rows.map(({ type, id, from, to }) => ({ type, id, from, to })) }));
}

/**
 * The items whose citations an entity asserts or relays, and the reports naming it as the losing
 * party: a merge renames it in them, so each gets a new version. Read before the merge moves them;
 * a relationship's type and ends come from its current version, the duplicate's end renamed.
 */
export async function itemsNaming(
  tx: ManagedTransaction,
  duplicate: string,
  survivor: string,
): Promise<{ entities: string[]; relationships: RelationshipRef[] }> {
  const { records } = await tx.run(
    `CALL () {
       MATCH (c:Citation)-[:ASSERTED_BY|VIA]->(:Entity {id: $duplicate})
       RETURN collect(DISTINCT CASE WHEN c.aboutKind = 'ENTITY' THEN c.about END) AS entities,
              collect(DISTINCT CASE WHEN c.aboutKind = 'RELATIONSHIP' THEN c.about END) AS cited
     }
     CALL (cited) {
       MATCH (v:RelationshipVersion) WHERE v.id IN cited AND ${isCurrent('v')}
       RETURN collect({type: v.relType, id: v.id, from: v.startId, to: v.endId}) AS relationships
     }
     CALL () {
       MATCH (a)-[r:REPORTS {whose: $duplicate}]->(b)
       RETURN collect({type: 'REPORTS', id: r.id, from: a.id, to: b.id}) AS figures
     }
     RETURN entities, relationships + figures AS relationships`,
    { duplicate },
  );
  const renamed = (id: string) => (id === duplicate ? survivor : id);
  return {
    entities: records[0]?.get('entities') as string[],
    relationships: (records[0]?.get('relationships') as RelationshipRef[]).map((r) => ({ ...r, from: renamed(r.from), to: renamed(r.to) })),
  };
}
