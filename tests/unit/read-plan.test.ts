/**
 * The Cypher the read planner makes of an operation, pinned without a database (TCK-style, as the
 * Neo4j GraphQL Library pins its translations): one query per operation, each root field a CALL
 * subquery, relationship lists nested as COLLECT subqueries cut at their limit, every value a
 * parameter. And what it refuses to plan. Run `vitest -u` after a deliberate change.
 */
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NeedsPlanner } from '../../src/read/needs.js';
import { planRead } from '../../src/read/plan.js';
import type { Context } from '../../src/schema/builder.js';
import { schema } from '../../src/schema/index.js';

const reader = { readsOpen: true, principal: null } as unknown as Context;

function plan(query: string, variables: Record<string, unknown> = {}, context = reader) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return planRead(new NeedsPlanner(schema, {}, variables), operation, context);
}

/** Parameters as text: driver values (integers, dates) print as they reach Neo4j. */
const printable = (params: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'object' && value !== null && !Array.isArray(value) ? String(value) : value]),
  );

describe('a planned read', () => {
  it('is one query: the entity, a list with its far ends and citations, cut at its limit', () => {
    const planned = plan(
      '{ entity(id: "armenia") { name ... on State { supportedBy(asOf: "2021-06-01", first: 5) { from { name } citations { quote assertedBy { name } } } } } }',
    );
    expect(planned?.statement?.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (e:Entity {id: $r0_0_id})
        RETURN collect([labels(e), e.id, e.name, [COLLECT {
          MATCH (e)<-[this0:SUPPORTS]-(this1:Entity)
          WHERE ((coalesce(this0.validFrom <= $param1, (coalesce(e.startDate <= $param1, true) AND coalesce(this1.startDate <= $param1, true))) AND coalesce(this0.validTo >= $param1, (coalesce(e.endDate >= $param1, true) AND coalesce(this1.endDate >= $param1, true)))) AND (this0.confidence IN $param2 AND this0.retractedAt IS NULL))
          WITH this0, this1
          ORDER BY this1.name ASC, this0.id ASC
          LIMIT $param3
          RETURN [this0.id, [labels(this1), this1.id, this1.name], COLLECT {
            MATCH (this2:Citation)-[:CITES]->(this3:Source)
            WHERE this2.about = this0.id
            OPTIONAL MATCH (this2)-[:ASSERTED_BY]->(this4:Entity)
            OPTIONAL MATCH (this2)-[:VIA]->(this5:Entity)
            WITH this2, this3, this4, this5
            ORDER BY this3.id ASC, this2.id ASC
            RETURN [this2.id, this2.about, this2.quote, this3.id, CASE
              WHEN this4 IS NULL THEN NULL
              ELSE [labels(this4), this4.id, this4.name]
            END, NULL]
          }]
        }]]) AS var6
      }
      RETURN var6 AS v0"
    `);
    expect(printable(planned?.statement?.params ?? {})).toMatchInlineSnapshot(`
      {
        "param1": "2021-06-01",
        "param2": [
          "ASSESSMENT",
          "CLAIM",
          "REPORTED_FACT",
        ],
        "param3": "5",
        "r0_0_id": "armenia",
      }
    `);
  });

  it('reads a neighbourhood with only the properties its nodes and edges show', () => {
    const planned = plan(
      '{ neighborhood(id: "csto", depth: 1, types: [MEMBER_OF]) { truncated nodes { distance entity { name ... on Leader { office } } } edges { type confidence from { slug } ... on Accusation { allegation } } } }',
    );
    expect(planned?.statement?.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (s:Entity {id: $r0_0_id})
             WITH s, [s] AS seen, [s] AS frontier, [0] AS distances, false AS cut
             
             CALL (seen, frontier) {
               UNWIND frontier AS f
               CALL (f, seen) {
                 MATCH (f)-[r:MEMBER_OF]-(o:Entity)
                 WHERE ($r0_0_asOf IS NULL OR (coalesce(r.validFrom <= $r0_0_asOf, coalesce(f.startDate <= $r0_0_asOf, true) AND coalesce(o.startDate <= $r0_0_asOf, true)) AND coalesce(r.validTo >= $r0_0_asOf, coalesce(f.endDate >= $r0_0_asOf, true) AND coalesce(o.endDate >= $r0_0_asOf, true))))
          AND r.confidence IN $r0_0_confidences AND ($r0_0_includeRetracted OR r.retractedAt IS NULL) AND NOT o IN seen
                 RETURN o LIMIT $r0_0_limit
               }
               WITH DISTINCT o
               RETURN collect(o) AS reached
             }
             WITH s, seen, distances, cut, reached, $r0_0_limit - size(seen) AS room
             WITH s, seen + reached[..room] AS seen, reached[..room] AS frontier,
                  distances + [o IN reached[..room] | 1] AS distances, cut OR size(reached) > room AS cut
             CALL (seen) {
               UNWIND seen AS x
               WITH x WHERE COUNT { (x)--() } <= $r0_0_hubDegree
               MATCH (x)-[r:MEMBER_OF]-(y:Entity) WHERE y IN seen AND ($r0_0_asOf IS NULL OR (coalesce(r.validFrom <= $r0_0_asOf, coalesce(x.startDate <= $r0_0_asOf, true) AND coalesce(y.startDate <= $r0_0_asOf, true)) AND coalesce(r.validTo >= $r0_0_asOf, coalesce(x.endDate >= $r0_0_asOf, true) AND coalesce(y.endDate >= $r0_0_asOf, true))))
          AND r.confidence IN $r0_0_confidences AND ($r0_0_includeRetracted OR r.retractedAt IS NULL)
               WITH DISTINCT r LIMIT $r0_0_edgeLimit
               RETURN collect(r) AS edges
             }
             WITH {nodes: [n IN seen | [labels(n), n {.id, .name, .office}]], distances: distances,
                   edges: [r IN edges | [r {.id, .confidence, .allegation}, type(r), startNode(r).id, endNode(r).id]], cut: cut,
                   hubs: size([x IN seen WHERE COUNT { (x)--() } > $r0_0_hubDegree])} AS graph
        RETURN head(collect(graph)) AS var0
      }
      RETURN var0 AS v0"
    `);
  });

  it('reads a page and its total in the same query, and a search beside them', () => {
    const planned = plan('{ entities(first: 2, kind: STATE) { totalCount edges { node { name } } } search(text: "csto") { score entity { slug } } }');
    expect(planned?.statement?.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (e:Entity:State)
            WHERE e.name IS NOT NULL
             WITH e ORDER BY e.name ASC, e.id ASC LIMIT $r0_0_limit
        RETURN collect([labels(e), e.id, e.name]) AS var0
      }
      CALL () {
        MATCH (e:Entity:State)
        RETURN count(e) AS var1
      }
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_search', $r1_0_query) YIELD node, score
             WHERE $r1_0_labels IS NULL OR any(label IN labels(node) WHERE label IN $r1_0_labels)
             WITH node AS e, score ORDER BY score DESC, e.name ASC LIMIT $r1_0_limit
        RETURN collect([[labels(e), e.id, e.name], score]) AS var2
      }
      RETURN var0 AS v0, var1 AS v1, var2 AS v2"
    `);
  });
});

describe('a read of no graph data', () => {
  it('sends nothing to Neo4j: `{ __typename }` is answered from the schema', async () => {
    const planned = plan('{ __typename kind: __typename }');
    expect(planned?.statement).toBeNull();
    expect(await planned?.answer({}, reader)).toEqual({ __typename: 'Query', kind: 'Query' });
  });
});

describe('what it does not plan', () => {
  it('leaves mutations, unknown roots, history and unauthorised reads to the resolvers', () => {
    expect(plan('mutation { retractRelationship(id: "x", reason: "y") { __typename } }')).toBeNull();
    expect(plan('{ paths(from: "armenia", to: "russia") { length } }')).toBeNull();
    expect(plan('{ neighborhood(id: "armenia") { edges { citations { quote } } } }')).toBeNull();
    expect(plan('{ neighborhood(id: "armenia") { nodes { entity { ... on State { supports { slug } } } } } }')).toBeNull();
    expect(plan('{ entity(id: "armenia") { history { operation } } }')).toBeNull();
    expect(plan('{ entity(id: "armenia") { name } }', {}, { readsOpen: false, principal: null } as unknown as Context)).toBeNull();
    expect(plan('{ entities(first: 1000) { totalCount } }')).toBeNull();
  });
});
