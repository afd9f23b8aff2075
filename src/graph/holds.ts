/**
 * True time: what exists and what holds on a day (`asOf`), the one rule every read follows —
 * relationship lists, `relationships`, neighbourhoods, paths, timelines, profiles, counts,
 * contested, sources side by side, exports, and their `asKnownAt` forms. It is defined once, over
 * a small expression algebra, and rendered two ways: as Cypher text for the queries of src/graph/,
 * and as @neo4j/cypher-builder predicates for the read planner (src/read/).
 *
 * The rule, with `asOf` d. Dates are stored as the first and last day the source's date can mean,
 * so an event that began in 2020 (YEAR precision) exists on any day of 2020.
 * - An entity exists at d unless it is an event whose start is after d or whose end is before d.
 *   Only events carry `startDate`/`endDate`: an event without a start has always existed, one
 *   without an end goes on; every other entity always exists.
 * - A relationship holds at d when its own `validFrom`/`validTo`, where given, include d. A side
 *   it does not bound itself is bounded by its ends: without `validFrom` both ends must have begun
 *   by d, without `validTo` neither may have ended before d. So an undated relationship holds while
 *   both its ends exist, one touching an event only while the event exists, unless its own dates
 *   say otherwise (and then it brings its ends with it).
 * - It holds for a reader only at the confidence asked for or firmer, and not once retracted unless
 *   retracted ones are asked for.
 *
 * When to use which: a query of src/graph/ written as text takes `holds` (a relationship) and
 * `existsAt` (an entity); one built with cypher-builder (src/read/) takes `holdsPredicate`. A
 * query that leaves time aside but must skip retracted relationships (a lookup, a write) takes
 * `notRetracted`. None writes these comparisons itself, so the rule cannot come apart.
 */
import Cypher from '@neo4j/cypher-builder';
import { CONFIDENCE_ORDER, confidencesAtLeast, type Confidence } from '../model/vocabulary.js';
import { neo4jDateOf } from './dates.js';

export interface HoldsFilter {
  /** Only what held on this day (a calendar date; its UTC day counts), by the rule above. */
  asOf?: Date | null;
  /** Only what the source stands behind at least this firmly. */
  minConfidence?: Confidence | null;
  /** Also relationships that were retracted (kept for the record); left out by default. */
  includeRetracted?: boolean | null;
}

/** The query values the text form reads: `$asOf` (null for any day), `$confidences`, `$includeRetracted`. */
export function holdsParams(filter: HoldsFilter) {
  return {
    asOf: filter.asOf ? neo4jDateOf(filter.asOf) : null,
    confidences: filter.minConfidence ? confidencesAtLeast(filter.minConfidence) : [...CONFIDENCE_ORDER],
    includeRetracted: filter.includeRetracted ?? false,
  };
}

/** What the rule is written with: `V` a node or relationship, `E` an expression. */
interface Algebra<V, E> {
  property(of: V, key: string): E;
  lte(a: E, b: E): E;
  gte(a: E, b: E): E;
  and(...terms: E[]): E;
  or(a: E, b: E): E;
  coalesce(value: E, otherwise: E): E;
  isNull(value: E): E;
  in(value: E, list: E): E;
  true: E;
}

// A comparison with a missing date is null; coalesce turns "no bound" into the fallback.
const begun = <V, E>(x: Algebra<V, E>, n: V, day: E) => x.coalesce(x.lte(x.property(n, 'startDate'), day), x.true);
const notEnded = <V, E>(x: Algebra<V, E>, n: V, day: E) => x.coalesce(x.gte(x.property(n, 'endDate'), day), x.true);

/** The entity `n` exists on `day`. */
function exists<V, E>(x: Algebra<V, E>, n: V, day: E): E {
  return x.and(begun(x, n, day), notEnded(x, n, day));
}

/** The relationship `r` between `ends` is in force on `day`: its own bound on a side, else both ends'. */
function inForce<V, E>(x: Algebra<V, E>, r: V, [a, b]: readonly [V, V], day: E): E {
  return x.and(
    x.coalesce(x.lte(x.property(r, 'validFrom'), day), x.and(begun(x, a, day), begun(x, b, day))),
    x.coalesce(x.gte(x.property(r, 'validTo'), day), x.and(notEnded(x, a, day), notEnded(x, b, day))),
  );
}

/** `r` has not been retracted. */
const unretracted = <V, E>(x: Algebra<V, E>, r: V) => x.isNull(x.property(r, 'retractedAt'));

/** `r` is stated at least as firmly as asked, and unretracted unless `includeRetracted` (when given) says otherwise. */
function standing<V, E>(x: Algebra<V, E>, r: V, confidences: E, includeRetracted: E | null): E {
  return x.and(x.in(x.property(r, 'confidence'), confidences), includeRetracted ? x.or(includeRetracted, unretracted(x, r)) : unretracted(x, r));
}

// Text: AND binds tighter than OR, so only an OR's operands that hold an AND need parentheses.
const operand = (term: string) => (term.includes(' AND ') ? `(${term})` : term);
const TEXT: Algebra<string, string> = {
  property: (of, key) => `${of}.${key}`,
  lte: (a, b) => `${a} <= ${b}`,
  gte: (a, b) => `${a} >= ${b}`,
  and: (...terms) => terms.join(' AND '),
  or: (a, b) => `(${operand(a)} OR ${operand(b)})`,
  coalesce: (value, otherwise) => `coalesce(${value}, ${otherwise})`,
  isNull: (value) => `${value} IS NULL`,
  in: (value, list) => `${value} IN ${list}`,
  true: 'true',
};

type Variable = Cypher.Node | Cypher.Relationship | Cypher.Variable;
const BUILDER: Algebra<Variable, Cypher.Expr> = {
  property: (of, key) => of.property(key),
  lte: (a, b) => Cypher.lte(a, b),
  gte: (a, b) => Cypher.gte(a, b),
  and: (...terms) => Cypher.and(...(terms as Cypher.Predicate[])) as Cypher.Predicate,
  or: (a, b) => Cypher.or(a as Cypher.Predicate, b as Cypher.Predicate) as Cypher.Predicate,
  coalesce: (value, otherwise) => Cypher.coalesce(value, otherwise),
  isNull: (value) => Cypher.isNull(value),
  in: (value, list) => Cypher.in(value, list),
  true: Cypher.true,
};

/**
 * The rule as Cypher text, for the relationship `r` between the nodes `ends` (its start and end
 * node unless the query has them bound; for versions, the end versions current at the moment),
 * reading its values from query parameters (`$`, as holdsParams makes them) or from the fields of
 * a map (`request.`). With a null asOf it holds on any day.
 */
export function holds(r = 'r', values = '$', ends: readonly [string, string] = [`startNode(${r})`, `endNode(${r})`]): string {
  const day = `${values}asOf`;
  return `${TEXT.or(TEXT.isNull(day), inForce(TEXT, r, ends, day))}
  AND ${standing(TEXT, r, `${values}confidences`, `${values}includeRetracted`)}`;
}

/** Whether the entity `n` exists on `$asOf` (any entity does with a null asOf), as Cypher text. */
export function existsAt(n = 'e', values = '$'): string {
  const day = `${values}asOf`;
  return TEXT.or(TEXT.isNull(day), exists(TEXT, n, day));
}

/** Whether the relationship `r` stands unretracted, whatever the day, as Cypher text. */
export const notRetracted = (r = 'r'): string => unretracted(TEXT, r);

/**
 * The rule as a cypher-builder predicate, for the relationship `r` between the nodes `ends`; the
 * filter's values become parameters. Retracted relationships never hold here.
 */
export function holdsPredicate(r: Cypher.Relationship, ends: readonly [Cypher.Node, Cypher.Node], filter: HoldsFilter): Cypher.Predicate {
  const { asOf, confidences } = holdsParams(filter);
  const standingNow = standing<Variable, Cypher.Expr>(BUILDER, r, new Cypher.Param(confidences), null);
  return (asOf ? BUILDER.and(inForce<Variable, Cypher.Expr>(BUILDER, r, ends, new Cypher.Param(asOf)), standingNow) : standingNow) as Cypher.Predicate;
}
