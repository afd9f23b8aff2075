/**
 * Entities: the states, leaders, organizations, regions and events of a conflict. Each node has the
 * :Entity label, exactly one kind label from KIND_LABELS, and a stable slug `id`.
 */
import neo4j from 'neo4j-driver';
import type { Db, Statement } from './db.js';
import { KIND_LABELS, type EntityKind } from '../model/vocabulary.js';
import { entityProperties, type Keys } from './projection.js';
import { toEntity, type EntityRecord } from './records.js';

type EntityRow = { properties: Record<string, unknown>; labels: string[] };
const rowsToEntities = (rows: EntityRow[], keys: Keys = 'all') => rows.flatMap(({ properties, labels }) => toEntity(properties, labels, keys !== 'all') ?? []);

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

/**
 * What selects a query's entities: a label and the conditions on `e` the query has. Only those it
 * has are written: a `$x IS NULL OR …` left for Neo4j costs a test on every entity of the label.
 */
function selection(query: EntityQuery): { label: string; conditions: string[]; params: Record<string, unknown> } {
  const label = query.kind ? `:${KIND_LABELS[query.kind]}` : '';
  const text = query.nameContains ? query.nameContains.toLowerCase() : null;
  if (!text) return { label, conditions: [], params: {} };
  return { label, conditions: ['(toLower(e.name) CONTAINS $text OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS $text))'], params: { text } };
}

const matching = (label: string, conditions: string[]) =>
  `MATCH (e:Entity${label})${conditions.length ? `\n    WHERE ${conditions.join('\n       AND ')}` : ''}`;

/** The entities a query selects, bound to `e`. */
export function entityMatch(query: EntityQuery): Statement {
  const { label, conditions, params } = selection(query);
  return { cypher: matching(label, conditions), params };
}

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

/** A page of the entities a query selects, bound to `e` in page order. */
export function entityPageMatch(query: EntityQuery, order: EntityOrder, page: NamePage): Statement {
  // Walking backwards (inverted) reads the list in the opposite order, then the caller flips it.
  const direction = (order === 'NAME_ASC') !== page.inverted ? 'ASC' : 'DESC';
  const after = order === 'NAME_ASC' ? '>' : '<';
  const before = order === 'NAME_ASC' ? '<' : '>';
  const { label, conditions, params } = selection(query);
  const bounds: Record<string, NameCursor> = {};
  if (page.after) {
    conditions.push(`(e.name ${after} $after.name OR (e.name = $after.name AND e.id ${after} $after.id))`);
    bounds.after = page.after;
  }
  if (page.before) {
    conditions.push(`(e.name ${before} $before.name OR (e.name = $before.name AND e.id ${before} $before.id))`);
    bounds.before = page.before;
  }
  return {
    // Every entity has a name: saying so lets Neo4j walk the name index in order and stop at the
    // limit (a partial sort) when the kind is common, where a label scan would sort them all.
    cypher: `${matching(label, ['e.name IS NOT NULL', ...conditions])}
     WITH e ORDER BY e.name ${direction}, e.id ${direction} LIMIT $limit`,
    params: { ...params, ...bounds, limit: neo4j.int(page.limit) },
  };
}

/** The query for a page of entities, with the properties `keys` names. */
export function entityPageStatement(query: EntityQuery, order: EntityOrder, page: NamePage, keys: Keys = 'all'): Statement {
  const match = entityPageMatch(query, order, page);
  const direction = (order === 'NAME_ASC') !== page.inverted ? 'ASC' : 'DESC';
  return {
    cypher: `${match.cypher}
     RETURN ${entityProperties('e', keys)} AS properties, labels(e) AS labels
     ORDER BY e.name ${direction}, e.id ${direction}`,
    params: match.params,
  };
}

export async function entityPage(db: Db, query: EntityQuery, order: EntityOrder, page: NamePage, keys: Keys = 'all'): Promise<EntityRecord[]> {
  const { cypher, params } = entityPageStatement(query, order, page, keys);
  return rowsToEntities(await db.read<EntityRow>(cypher, params), keys);
}

export async function countEntities(db: Db, query: EntityQuery): Promise<number> {
  const { cypher, params } = entityMatch(query);
  const [row] = await db.read<{ n: number }>(`${cypher} RETURN count(e) AS n`, params);
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

/** The entities a search finds, best first, bound to `e` with its `score`; null when the text holds no term. */
export function searchMatch(text: string, kinds: readonly EntityKind[] | null | undefined, limit: number): Statement | null {
  const query = luceneQuery(text);
  if (!query) return null;
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
     WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
     WITH node AS e, score ORDER BY score DESC, e.name ASC LIMIT $limit`,
    params: { query, labels: kinds?.length ? kinds.map((kind) => KIND_LABELS[kind]) : null, limit: neo4j.int(limit) },
  };
}

export async function searchEntities(db: Db, text: string, { kinds, limit }: { kinds?: readonly EntityKind[] | null; limit: number }): Promise<SearchHit[]> {
  const match = searchMatch(text, kinds, limit);
  if (!match) return [];
  const rows = await db.read<EntityRow & { score: number }>(
    `${match.cypher}
     RETURN ${entityProperties('e')} AS properties, labels(e) AS labels, score
     ORDER BY score DESC, e.name ASC`,
    match.params,
  );
  // A node without a kind label yields no entity and is left out.
  return rows.flatMap((row) => {
    const entity = toEntity(row.properties, row.labels);
    return entity ? [{ entity, score: row.score }] : [];
  });
}
