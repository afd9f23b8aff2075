/**
 * Entities: the states, leaders, organizations, regions and events of a conflict. Each node has the
 * :Entity label, exactly one kind label from KIND_LABELS, and a stable slug `id`.
 */
import neo4j from 'neo4j-driver';
import type { Db, Statement } from './db.js';
import { KIND_LABELS, type EntityKind } from '../model/vocabulary.js';
import { entityProperties, type Keys } from './projection.js';
import { toEntity, type EntityRecord, type ListRow, type ListsAlongside } from './records.js';

type EntityRow = { properties: Record<string, unknown>; labels: string[]; lists?: ListRow[] };
const rowsToEntities = (rows: EntityRow[], alongside?: ListsAlongside, keys: Keys = 'all') =>
  rows.flatMap(({ properties, labels, lists }) => {
    const entity = toEntity(properties, labels, keys !== 'all');
    if (entity && alongside) alongside.deliver(entity.id, lists ?? []);
    return entity ?? [];
  });

/** Whether the graph holds any entity at all (an empty database gets the seed). */
export async function graphHasEntities(db: Db): Promise<boolean> {
  const [row] = await db.read<{ any: boolean }>('MATCH (e:Entity) RETURN count(e) > 0 AS any');
  return row?.any ?? false;
}

const ENTITIES_BY_ID = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN ${entityProperties('e')} AS properties, labels(e) AS labels`;

/** Loads entities by slug, in no particular order; missing ids are simply absent. */
export async function entitiesById(db: Db, ids: readonly string[]): Promise<EntityRecord[]> {
  return rowsToEntities(await db.read<EntityRow>(ENTITIES_BY_ID, { ids }));
}

/** One entity by slug, with the given properties and relationship lists of its own read in the same query. */
export async function entityWithLists(db: Db, id: string, alongside: ListsAlongside, keys: Keys = 'all'): Promise<EntityRecord | undefined> {
  const rows = await db.read<EntityRow>(
    `MATCH (e:Entity {id: $id})
     ${alongside.subquery}
     RETURN ${entityProperties('e', keys)} AS properties, labels(e) AS labels, lists`,
    { id, ...alongside.params },
  );
  return rowsToEntities(rows, alongside, keys)[0];
}

export interface EntityQuery {
  kind?: EntityKind | null;
  /** Case-insensitive substring of the name or of any alias. */
  nameContains?: string | null;
}

export type EntityOrder = 'NAME_ASC' | 'NAME_DESC';

/** A position in a name-ordered list: the name, and the id to break ties between equal names. */
export interface NameCursor {
  name: string;
  id: string;
}

function matchEntities(query: EntityQuery): string {
  const label = query.kind ? `:${KIND_LABELS[query.kind]}` : '';
  return `MATCH (e:Entity${label})
    WHERE ($text IS NULL OR toLower(e.name) CONTAINS $text OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS $text))`;
}

const entityParams = (query: EntityQuery) => ({ text: query.nameContains ? query.nameContains.toLowerCase() : null });

/**
 * A page of entities in name order (ties broken by id), strictly after or before a cursor: keyset
 * pagination, so pages never skip or repeat an entity while the graph stays the same.
 */
export interface NamePage {
  after?: NameCursor | null;
  before?: NameCursor | null;
  limit: number;
  /** Read from the end backwards (for `last`); the caller restores the order. */
  inverted: boolean;
}

/** The query for a page of entities in name order, with the relationship lists `alongside` asks for. */
export function entityPageStatement(query: EntityQuery, order: EntityOrder, page: NamePage, alongside?: ListsAlongside, keys: Keys = 'all'): Statement {
  // Walking backwards (inverted) reads the list in the opposite order, then the caller flips it.
  const ascending = (order === 'NAME_ASC') !== page.inverted;
  const direction = ascending ? 'ASC' : 'DESC';
  const nameAsc = order === 'NAME_ASC';
  const after = nameAsc ? '>' : '<';
  const before = nameAsc ? '<' : '>';
  return {
    cypher: `${matchEntities(query)}
       AND ($after IS NULL OR e.name ${after} $after.name OR (e.name = $after.name AND e.id ${after} $after.id))
       AND ($before IS NULL OR e.name ${before} $before.name OR (e.name = $before.name AND e.id ${before} $before.id))
     WITH e ORDER BY e.name ${direction}, e.id ${direction} LIMIT $limit
     ${alongside?.subquery ?? 'WITH e, null AS lists'}
     RETURN ${entityProperties('e', keys)} AS properties, labels(e) AS labels, lists
     ORDER BY e.name ${direction}, e.id ${direction}`,
    params: { ...entityParams(query), ...alongside?.params, after: page.after ?? null, before: page.before ?? null, limit: neo4j.int(page.limit) },
  };
}

export async function entityPage(
  db: Db,
  query: EntityQuery,
  order: EntityOrder,
  page: NamePage,
  alongside?: ListsAlongside,
  keys: Keys = 'all',
): Promise<EntityRecord[]> {
  const { cypher, params } = entityPageStatement(query, order, page, alongside, keys);
  return rowsToEntities(await db.read<EntityRow>(cypher, params), alongside, keys);
}

export async function countEntities(db: Db, query: EntityQuery): Promise<number> {
  const [row] = await db.read<{ n: number }>(`${matchEntities(query)} RETURN count(e) AS n`, entityParams(query));
  return row?.n ?? 0;
}

export interface SearchHit {
  entity: EntityRecord;
  score: number;
}

/** Lucene's query syntax characters; in user text they are escaped to mean themselves. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(['and', 'or', 'not', 'to']);

/**
 * Turns what a user typed into a Lucene query over names, aliases and descriptions. Every term is
 * escaped (a user's `AND`, `*`, `"` or `~` is text), matched exactly, as a prefix and, from four
 * letters, fuzzily (one or two edits), and names and aliases weigh more than descriptions.
 */
export function luceneQuery(text: string): string | null {
  const terms = text
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(LUCENE_SPECIAL, (char) => `\\${char}`))
    .filter((term) => term.replace(/\\/g, '').length > 0);
  if (!terms.length) return null;
  const clause = (term: string) => {
    // Lowercased operator words would still parse as operators in some positions: quote them.
    const exact = LUCENE_OPERATORS.has(term) ? `"${term}"` : term;
    const letters = term.replace(/\\/g, '').length;
    const variants = [`${exact}^3`, `${term}*^1.5`];
    if (letters >= 4) variants.push(`${term}~${letters >= 8 ? 2 : 1}`);
    return `(${variants.join(' OR ')})`;
  };
  const all = terms.map(clause).join(' AND ');
  return `name:(${all})^2 OR aliases:(${all})^2 OR description:(${all})`;
}

export async function searchEntities(
  db: Db,
  text: string,
  { kinds, limit, keys = 'all', alongside }: { kinds?: readonly EntityKind[] | null; limit: number; keys?: Keys; alongside?: ListsAlongside },
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const labels = kinds?.length ? kinds.map((kind) => KIND_LABELS[kind]) : null;
  const rows = await db.read<EntityRow & { score: number }>(
    `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
     WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
     WITH node AS e, score ORDER BY score DESC, e.name ASC LIMIT $limit
     ${alongside?.subquery ?? 'WITH e, score, null AS lists'}
     RETURN ${entityProperties('e', keys)} AS properties, labels(e) AS labels, lists, score
     ORDER BY score DESC, e.name ASC`,
    { query, labels, limit: neo4j.int(limit), ...alongside?.params },
  );
  // A node without a kind label yields no entity: pair hits with entities by id, not by position.
  const entities = new Map(rowsToEntities(rows, alongside, keys).map((entity) => [entity.id, entity]));
  return rows.flatMap((row) => {
    const entity = entities.get(String(row.properties.id));
    return entity ? [{ entity, score: row.score }] : [];
  });
}
