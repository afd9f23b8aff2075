/**
 * What a selection needs (needs.ts), as Cypher built from values with @neo4j/cypher-builder, and
 * the rows it returns read back: an entity becomes a list of its labels, the properties it needs,
 * its citations and each relationship list as a COLLECT subquery (filtered by what holds at `asOf`
 * and `minConfidence` by the rule of graph/holds.ts, ordered by the far end's name, cut at `first`
 * in the query itself), nested to any depth. Values come back by position, not in maps: a map's
 * keys are written by Neo4j and decoded by the driver for every entity and relationship, which was
 * half the cost of a page of fifty; the layout below is the one both sides read. Every value is a
 * parameter; labels and relationship types come from the model's whitelist only.
 */
import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { holdsPredicate } from '../graph/holds.js';
import { chosenKeys, isTemporal } from '../graph/projection.js';
import { isRelationshipType } from '../model/vocabulary.js';
import type { CitationNeeds, EntityNeeds, KeySet, ListNeeds } from './needs.js';

/** Keys under which a read entity or relationship carries what is not a stored property. */
export const META = { labels: '_labels', citations: '_citations', lists: '_lists', relationship: 'r', other: 'o', whose: 'w' } as const;

/** An entity as the planned query's rows hold it, once read back: its properties, and what is read beside them. */
export type EntityRow = Record<string, unknown> & {
  [META.labels]: string[];
  [META.citations]?: CitationRow[];
  [META.lists]?: ListItemRow[][];
};
export interface ListItemRow {
  [META.relationship]: Record<string, unknown>;
  [META.other]: EntityRow;
  [META.citations]?: CitationRow[];
  [META.whose]?: EntityRow | null;
}
export interface CitationRow {
  c: { id: string; about: string; quote: string; note: string | null };
  s: Record<string, unknown>;
  a: EntityRow | null;
  v: EntityRow | null;
}

// The properties always read of each: an entity's record needs its id and name (records.ts), a citation what it is about.
const ENTITY_ALWAYS = ['id', 'name'];
const RELATIONSHIP_ALWAYS = ['id'];
const CITATION_ALWAYS = ['id', 'about'];
const SOURCE_ALWAYS = ['id'];
const NO_KEYS: KeySet = new Set();

// The keys of a key set, in the query's order; a page of fifty reads the same sets hundreds of times.
const layouts = new Map<readonly string[], WeakMap<KeySet, string[]>>();
function layout(keys: KeySet, always: readonly string[]): string[] {
  let byKeys = layouts.get(always);
  if (!byKeys) layouts.set(always, (byKeys = new WeakMap()));
  let chosen = byKeys.get(keys);
  if (!chosen) byKeys.set(keys, (chosen = chosenKeys(keys, always)));
  return chosen;
}

/** The stored properties of `variable` a key set names, and those always read, temporal ones as ISO strings, in layout order. */
function properties(variable: Cypher.Variable, keys: KeySet, always: readonly string[]): Cypher.Expr[] {
  return layout(keys, always).map((key) => (isTemporal(key) ? Cypher.toString(variable.property(key)) : variable.property(key)));
}

/** Properties read back from `values`, from position `at` on, as the layout of `keys` placed them. */
function propertiesOf(values: readonly unknown[], at: number, keys: KeySet, always: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  layout(keys, always).forEach((key, index) => (out[key] = values[at + index]));
  return out;
}

/** The citations about `about` (an entity's or a relationship's id), in source then id order: each `[citation…, source…, asserter, via]`. */
function citations(about: Cypher.Expr, needs: CitationNeeds, depth: number): Cypher.Collect {
  const c = new Cypher.Node();
  const s = new Cypher.Node();
  const a = new Cypher.Node();
  const v = new Cypher.Node();
  const match = new Cypher.Match(
    new Cypher.Pattern(c, { labels: ['Citation'] }).related({ type: 'CITES', direction: 'right' }).to(s, { labels: ['Source'] }),
  ).where(Cypher.eq(c.property('about'), about));
  const optional = (target: Cypher.Node, type: string) =>
    new Cypher.OptionalMatch(new Cypher.Pattern(c).related({ type, direction: 'right' }).to(target, { labels: ['Entity'] }));
  const entityOrNull = (node: Cypher.Node, entityNeeds: EntityNeeds | null) =>
    entityNeeds
      ? new Cypher.Case()
          .when(Cypher.isNull(node))
          .then(Cypher.Null)
          .else(entity(node, entityNeeds, depth + 1))
      : Cypher.Null;
  const result = new Cypher.List([
    ...properties(c, needs.keys, CITATION_ALWAYS),
    ...properties(s, needs.source ?? NO_KEYS, SOURCE_ALWAYS),
    entityOrNull(a, needs.asserter),
    entityOrNull(v, needs.via),
  ]);
  const query = Cypher.utils.concat(
    match,
    optional(a, 'ASSERTED_BY'),
    optional(v, 'VIA'),
    new Cypher.With(c, s, a, v).orderBy(s.property('id'), c.property('id')),
    new Cypher.Return(result),
  );
  return new Cypher.Collect(query);
}

function citationRowOf(values: readonly unknown[], needs: CitationNeeds): CitationRow {
  const sourceAt = layout(needs.keys, CITATION_ALWAYS).length;
  const after = sourceAt + layout(needs.source ?? NO_KEYS, SOURCE_ALWAYS).length;
  return {
    c: propertiesOf(values, 0, needs.keys, CITATION_ALWAYS) as CitationRow['c'],
    s: propertiesOf(values, sourceAt, needs.source ?? NO_KEYS, SOURCE_ALWAYS),
    a: needs.asserter && values[after] ? entityRowOf(values[after] as unknown[], needs.asserter) : null,
    v: needs.via && values[after + 1] ? entityRowOf(values[after + 1] as unknown[], needs.via) : null,
  };
}

/** One relationship list of `e`, as the list's needs say, cut at its limit in the query: each item `[relationship…, far end, citations?, whose?]`. */
function list(e: Cypher.Node, needs: ListNeeds, depth: number): Cypher.Collect {
  if (!isRelationshipType(needs.type)) throw new Error(`unexpected relationship type ${needs.type}`);
  const r = new Cypher.Relationship();
  const o = new Cypher.Node();
  const pattern = new Cypher.Pattern(e).related(r, { type: needs.type, direction: needs.direction === 'OUT' ? 'right' : 'left' }).to(o, { labels: ['Entity'] });
  const item: Cypher.Expr[] = [...properties(r, needs.relationship, RELATIONSHIP_ALWAYS), entity(o, needs.other, depth + 1)];
  if (needs.citations) item.push(citations(r.property('id'), needs.citations, depth));
  if (needs.whose) {
    const w = new Cypher.Node();
    const whose = new Cypher.Collect(
      Cypher.utils.concat(
        new Cypher.Match(new Cypher.Pattern(w, { labels: ['Entity'] })).where(Cypher.eq(w.property('id'), r.property('whose'))),
        new Cypher.Return(entity(w, needs.whose, depth + 1)),
      ),
    );
    item.push(Cypher.head(whose));
  }
  const query = Cypher.utils.concat(
    new Cypher.Match(pattern).where(holdsPredicate(r, [e, o], needs)),
    new Cypher.With(r, o).orderBy(o.property('name'), r.property('id')).limit(new Cypher.Param(neo4j.int(needs.limit))),
    new Cypher.Return(new Cypher.List(item)),
  );
  return new Cypher.Collect(query);
}

function listItemRowOf(values: readonly unknown[], needs: ListNeeds): ListItemRow {
  let at = layout(needs.relationship, RELATIONSHIP_ALWAYS).length;
  const item: ListItemRow = {
    [META.relationship]: propertiesOf(values, 0, needs.relationship, RELATIONSHIP_ALWAYS),
    [META.other]: entityRowOf(values[at++] as unknown[], needs.other),
  };
  if (needs.citations) item[META.citations] = (values[at++] as unknown[][]).map((one) => citationRowOf(one, needs.citations as CitationNeeds));
  if (needs.whose) item[META.whose] = values[at] ? entityRowOf(values[at] as unknown[], needs.whose) : null;
  return item;
}

/** An entity as its needs say: `[labels, properties…, citations?, lists?]`, each list under its index. */
export function entity(e: Cypher.Node, needs: EntityNeeds, depth = 0): Cypher.Expr {
  if (depth > 12) throw new Error('selection too deep to plan');
  const values: Cypher.Expr[] = [Cypher.labels(e), ...properties(e, needs.keys, ENTITY_ALWAYS)];
  if (needs.citations) values.push(citations(e.property('id'), needs.citations, depth));
  const lists = [...needs.lists.values()];
  if (lists.length) values.push(new Cypher.List(lists.map((one) => list(e, one, depth))));
  return new Cypher.List(values);
}

/** An entity as `entity` returned it, read back by the same needs. */
export function entityRowOf(values: readonly unknown[], needs: EntityNeeds): EntityRow {
  const row = propertiesOf(values, 1, needs.keys, ENTITY_ALWAYS) as EntityRow;
  row[META.labels] = values[0] as string[];
  let at = 1 + layout(needs.keys, ENTITY_ALWAYS).length;
  if (needs.citations) row[META.citations] = (values[at++] as unknown[][]).map((one) => citationRowOf(one, needs.citations as CitationNeeds));
  if (needs.lists.size) {
    const lists = values[at] as unknown[][][];
    row[META.lists] = [...needs.lists.values()].map((one, index) => (lists[index] ?? []).map((item) => listItemRowOf(item, one)));
  }
  return row;
}
