/**
 * What an export reads: the whole graph a page at a time (keyset pagination on the id indexes, so
 * no query holds more than a page and a million relationships stream through bounded memory), or
 * the neighbourhood the explorer shows. Both apply the explorer's rule for what holds (holds.ts)
 * and its types; every entity and relationship comes with its citations.
 */
import neo4j from 'neo4j-driver';
import type { Db } from './db.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/vocabulary.js';
import { holds, holdsParams, type HoldsFilter } from './holds.js';
import { typeUnion } from './relationships.js';
import { entityProperties, relationshipProperties } from './projection.js';
import { toEntity, toRelationship, type CitationRecord, type EntityRecord, type RelationshipRecord } from './records.js';
import { citationsAbout, sourcesById, type SourceRecord } from './sources.js';
import { entitiesById } from './entities.js';
import { neighborhood } from './explore.js';
import { statementsAbout, type AboutKind, type StatementRecord } from './statements.js';

export interface ExportFilter extends HoldsFilter {
  types?: readonly RelationshipType[] | null;
}

/** What is exported: the whole graph, or the neighbourhood of `entity` (and entities expanded one step). */
export interface ExportScope extends ExportFilter {
  entity?: string | null;
  depth?: number;
  expand?: readonly string[];
}

export interface ExportedEntity {
  entity: EntityRecord;
  citations: CitationRecord[];
  /** Whether a relationship the export holds touches it (an entity only a citation names has none). */
  touched: boolean;
}

export interface ExportedRelationship {
  relationship: RelationshipRecord & { citations: CitationRecord[] };
  fromName: string;
  toName: string;
}

/** What the formats read: relationships and entities a page at a time. */
export interface ExportReader {
  relationships(): AsyncIterable<ExportedRelationship[]>;
  /** Every entity the export holds; `also` adds entities named only by citations or figures. */
  entities(also?: ReadonlySet<string>): AsyncIterable<ExportedEntity[]>;
  /** Entities by id, with their citations, whatever the filter. */
  entitiesById(ids: string[]): Promise<ExportedEntity[]>;
  /** The sources cited, with their texts unless `text` is false. */
  sources(ids: string[], options?: { text?: boolean }): Promise<SourceRecord[]>;
  /** Every source's statement of each item, the answering ones first (graph/statements.ts). */
  statements(items: { id: string; kind: AboutKind; stored: Record<string, unknown> }[]): Promise<StatementRecord[][]>;
}

/** Rows per query: a page's relationships, citations and all, stay a few megabytes. */
export const EXPORT_PAGE = 2_000;

/** Whether the filter narrows relationships (then only the entities they touch are exported). */
export const narrows = (filter: ExportFilter) => Boolean(filter.asOf || filter.minConfidence || filter.types?.length);

async function withCitations<T extends { id: string }>(db: Db, items: T[]): Promise<(T & { citations: CitationRecord[] })[]> {
  const citations = await citationsAbout(
    db,
    items.map((item) => item.id),
  );
  return items.map((item, index) => ({ ...item, citations: citations[index] ?? [] }));
}

type RelationshipRow = { r: Record<string, unknown>; type: string; from: string; to: string; fromName: string; toName: string };

async function* graphRelationships(db: Db, filter: ExportFilter): AsyncGenerator<ExportedRelationship[]> {
  const types = filter.types?.length ? filter.types : RELATIONSHIP_TYPE_NAMES;
  for (const type of types) {
    // Every id is after '': the first page is read like any other, along the id index.
    let after = '';
    for (;;) {
      const rows: RelationshipRow[] = await db.read<RelationshipRow>(
        `MATCH (a:Entity)-[r:${typeUnion([type])}]->(b:Entity)
         WHERE r.id > $after AND ${holds('r', '$', ['a', 'b'])}
         WITH a, r, b ORDER BY r.id LIMIT $page
         RETURN ${relationshipProperties('r')} AS r, type(r) AS type, a.id AS from, b.id AS to, a.name AS fromName, b.name AS toName`,
        { ...holdsParams(filter), after, page: neo4j.int(EXPORT_PAGE) },
      );
      if (!rows.length) break;
      const relationships = await withCitations(db, rows.map(toRelationship));
      yield relationships.map((relationship, index) => ({
        relationship,
        fromName: rows[index]?.fromName ?? relationship.from,
        toName: rows[index]?.toName ?? relationship.to,
      }));
      if (rows.length < EXPORT_PAGE) break;
      after = String(rows[rows.length - 1]?.r.id);
    }
  }
}

type EntityRow = { properties: Record<string, unknown>; labels: string[]; touched: boolean };

async function* graphEntities(db: Db, filter: ExportFilter, also: ReadonlySet<string>): AsyncGenerator<ExportedEntity[]> {
  const filtered = narrows(filter);
  let after = '';
  for (;;) {
    const rows: EntityRow[] = await db.read<EntityRow>(
      `MATCH (e:Entity) WHERE e.id > $after
       WITH e ORDER BY e.id LIMIT $page
       RETURN ${entityProperties('e')} AS properties, labels(e) AS labels,
              CASE WHEN $filtered THEN EXISTS { MATCH (e)-[r:${typeUnion(filter.types)}]-(o:Entity) WHERE ${holds('r', '$', ['e', 'o'])} } ELSE true END AS touched`,
      { ...holdsParams(filter), after, filtered, page: neo4j.int(EXPORT_PAGE) },
    );
    if (!rows.length) break;
    const kept = rows.flatMap((row) => {
      const entity = toEntity(row.properties, row.labels);
      return entity && (row.touched || also.has(entity.id)) ? [{ ...entity, touched: row.touched }] : [];
    });
    if (kept.length) {
      yield (await withCitations(db, kept)).map(({ touched, citations, ...entity }) => ({ entity, citations, touched }));
    }
    if (rows.length < EXPORT_PAGE) break;
    after = String(rows[rows.length - 1]?.properties.id);
  }
}

async function exportedById(db: Db, ids: string[], touched: (id: string) => boolean): Promise<ExportedEntity[]> {
  const cited = await withCitations(
    db,
    (await entitiesById(db, ids)).sort((a, b) => a.id.localeCompare(b.id)),
  );
  return cited.map(({ citations, ...entity }) => ({ entity, citations, touched: touched(entity.id) }));
}

/** The whole graph (as the filter narrows it), streamed a page at a time. */
export function graphReader(db: Db, filter: ExportFilter): ExportReader {
  return {
    relationships: () => graphRelationships(db, filter),
    entities: (also = new Set()) => graphEntities(db, filter, also),
    entitiesById: (ids) => exportedById(db, ids, () => false),
    sources: (ids, options) => sourcesById(db, ids, options),
    statements: (items) => statementsAbout(db, items),
  };
}

/** Neighbourhood caps, as the explorer's: at most this many entities and four times as many relationships. */
const NEIGHBOURHOOD_ENTITIES = 500;

/**
 * The neighbourhood of `scope.entity` at `scope.depth`, with each of `scope.expand` one step out, as
 * the explorer draws them: small enough (capped) to read at once. Null when the entity is unknown.
 */
export async function neighbourhoodReader(db: Db, scope: ExportScope & { entity: string }): Promise<ExportReader | null> {
  const options = { ...scope, direction: 'BOTH' as const, limit: NEIGHBOURHOOD_ENTITIES, edgeLimit: NEIGHBOURHOOD_ENTITIES * 4 };
  const centre = await neighborhood(db, scope.entity, { ...options, depth: scope.depth ?? 2 });
  if (!centre) return null;
  const graphs = [centre, ...(await Promise.all((scope.expand ?? []).map((id) => neighborhood(db, id, { ...options, depth: 1 }))))];
  const entities = new Map<string, EntityRecord>();
  const relationships = new Map<string, RelationshipRecord>();
  for (const graph of graphs) {
    for (const node of graph?.nodes ?? []) entities.set(node.entity.id, node.entity);
    for (const edge of graph?.edges ?? []) relationships.set(`${edge.type}:${edge.id}`, edge);
  }
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  return {
    async *relationships() {
      const cited = await withCitations(
        db,
        [...relationships.values()].sort((a, b) => a.id.localeCompare(b.id)),
      );
      yield cited.map((relationship) => ({ relationship, fromName: nameOf(relationship.from), toName: nameOf(relationship.to) }));
    },
    async *entities(also = new Set()) {
      yield await exportedById(db, [...new Set([...entities.keys(), ...also])], (id) => entities.has(id));
    },
    entitiesById: (ids) => exportedById(db, ids, (id) => entities.has(id)),
    sources: (ids, options) => sourcesById(db, ids, options),
    statements: (items) => statementsAbout(db, items),
  };
}
