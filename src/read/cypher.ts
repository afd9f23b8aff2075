/**
 * What a selection needs (needs.ts), as Cypher built from values with @neo4j/cypher-builder: an
 * entity becomes a map projection of the properties it needs, its labels, its citations and each
 * relationship list as a COLLECT subquery (filtered by what holds at `asOf` and `minConfidence`
 * by the rule of graph/holds.ts, ordered by the far end's name, cut at `first` in the query
 * itself), nested to any depth. Every value is a parameter; labels and relationship types come
 * from the model's whitelist only.
 */
import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { holdsPredicate } from '../graph/holds.js';
import { isTemporal, PROPERTY_KEY } from '../graph/projection.js';
import { isRelationshipType } from '../model/vocabulary.js';
import type { CitationNeeds, EntityNeeds, KeySet, ListNeeds } from './needs.js';

/** Keys under which a projected entity or relationship carries what is not a stored property. */
export const META = { labels: '_labels', citations: '_citations', lists: '_lists', list: '_l', relationship: 'r', other: 'o', whose: 'w' } as const;

/** The stored properties of `variable` a key set names, and those always read, temporal ones as ISO strings. */
function properties(variable: Cypher.Variable, keys: KeySet, always: readonly string[]): Cypher.MapProjection {
  const chosen = [...new Set([...always, ...keys])].filter((key) => PROPERTY_KEY.test(key));
  const plain = chosen.filter((key) => !isTemporal(key));
  const temporal = Object.fromEntries(chosen.filter(isTemporal).map((key) => [key, Cypher.toString(variable.property(key))]));
  return new Cypher.MapProjection(variable, plain, temporal);
}

/** The citations about `about` (an entity's or a relationship's id), in source then id order. */
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
  const result = new Cypher.Map({
    c: properties(c, needs.keys, ['id', 'about']),
    s: properties(s, needs.source ?? new Set(), ['id']),
    a: entityOrNull(a, needs.asserter),
    v: entityOrNull(v, needs.via),
  });
  const query = Cypher.utils.concat(
    match,
    optional(a, 'ASSERTED_BY'),
    optional(v, 'VIA'),
    new Cypher.With(c, s, a, v).orderBy(s.property('id'), c.property('id')),
    new Cypher.Return(result),
  );
  return new Cypher.Collect(query);
}

/** One relationship list of `e`, as the list's needs say, cut at its limit in the query. */
function list(e: Cypher.Node, needs: ListNeeds, depth: number): Cypher.Collect {
  if (!isRelationshipType(needs.type)) throw new Error(`unexpected relationship type ${needs.type}`);
  const r = new Cypher.Relationship();
  const o = new Cypher.Node();
  const pattern = new Cypher.Pattern(e).related(r, { type: needs.type, direction: needs.direction === 'OUT' ? 'right' : 'left' }).to(o, { labels: ['Entity'] });
  const fields: Record<string, Cypher.Expr> = {
    [META.relationship]: properties(r, needs.relationship, ['id']),
    [META.other]: entity(o, needs.other, depth + 1),
  };
  if (needs.citations) fields[META.citations] = citations(r.property('id'), needs.citations, depth);
  if (needs.whose) {
    const w = new Cypher.Node();
    const whose = new Cypher.Collect(
      Cypher.utils.concat(
        new Cypher.Match(new Cypher.Pattern(w, { labels: ['Entity'] })).where(Cypher.eq(w.property('id'), r.property('whose'))),
        new Cypher.Return(entity(w, needs.whose, depth + 1)),
      ),
    );
    fields[META.whose] = Cypher.head(whose);
  }
  const query = Cypher.utils.concat(
    new Cypher.Match(pattern).where(holdsPredicate(r, [e, o], needs)),
    new Cypher.With(r, o).orderBy(o.property('name'), r.property('id')).limit(new Cypher.Param(neo4j.int(needs.limit))),
    new Cypher.Return(new Cypher.Map(fields)),
  );
  return new Cypher.Collect(query);
}

/** An entity as its needs say: properties, labels, citations, and each list under its index. */
export function entity(e: Cypher.Node, needs: EntityNeeds, depth = 0): Cypher.Expr {
  if (depth > 12) throw new Error('selection too deep to plan');
  const extra: Record<string, Cypher.Expr> = { [META.labels]: Cypher.labels(e) };
  if (needs.citations) extra[META.citations] = citations(e.property('id'), needs.citations, depth);
  const lists = [...needs.lists.values()];
  if (lists.length) extra[META.lists] = new Cypher.List(lists.map((one) => list(e, one, depth)));
  const projection = properties(e, needs.keys, ['id', 'name']);
  projection.set(extra);
  return projection;
}
