/**
 * The Cypher that src/graph/ composes, pinned without a database in the manner of the Neo4j GraphQL
 * Library's TCK: what a filter, a cursor, a projection or a list subquery becomes, query text and
 * parameters, so a change to a query shows in review. Run `vitest -u` after a deliberate change.
 */
import { describe, expect, it } from 'vitest';
import { entityPageStatement } from '../../src/graph/entities.js';
import { entityProperties, relationshipProperties } from '../../src/graph/projection.js';
import { existsAt, holds, holdsParams, notRetracted } from '../../src/graph/holds.js';
import { relationshipListsStatement, relationshipPageStatement, typeUnion } from '../../src/graph/relationships.js';
import { currentAt, isCurrent } from '../../src/graph/versions.js';

/** Query text with its indentation folded, so a snapshot reads as the query does. */
const tidy = (cypher: string) => cypher.replace(/\n\s+/g, '\n  ').trim();
const AS_OF = new Date('2021-06-01T00:00:00Z');

describe('what holds', () => {
  it('is its own span on each side it dates, its ends’ existence on a side it does not, a confidence at least the minimum, and not retracted', () => {
    expect(tidy(holds())).toMatchInlineSnapshot(`
      "($asOf IS NULL OR (coalesce(r.validFrom <= $asOf, coalesce(startNode(r).startDate <= $asOf, true) AND coalesce(endNode(r).startDate <= $asOf, true)) AND coalesce(r.validTo >= $asOf, coalesce(startNode(r).endDate >= $asOf, true) AND coalesce(endNode(r).endDate >= $asOf, true))))
        AND r.confidence IN $confidences AND ($includeRetracted OR r.retractedAt IS NULL)"
    `);
    expect(tidy(holds('x', 'request.', ['a', 'b']))).toMatchInlineSnapshot(`
      "(request.asOf IS NULL OR (coalesce(x.validFrom <= request.asOf, coalesce(a.startDate <= request.asOf, true) AND coalesce(b.startDate <= request.asOf, true)) AND coalesce(x.validTo >= request.asOf, coalesce(a.endDate >= request.asOf, true) AND coalesce(b.endDate >= request.asOf, true))))
        AND x.confidence IN request.confidences AND (request.includeRetracted OR x.retractedAt IS NULL)"
    `);
  });

  it('leaves retracted relationships out by the same predicate where time is left aside', () => {
    expect(notRetracted('x')).toBe('x.retractedAt IS NULL');
    expect(holds('x')).toContain(notRetracted('x'));
  });

  it('lets an entity exist unless it is an event that began after the day or ended before it', () => {
    expect(existsAt('e')).toMatchInlineSnapshot(`"($asOf IS NULL OR (coalesce(e.startDate <= $asOf, true) AND coalesce(e.endDate >= $asOf, true)))"`);
  });

  it('takes a calendar date and turns it into a Neo4j date itself, and a minimum into the levels above it', () => {
    const params = holdsParams({ asOf: AS_OF, minConfidence: 'CLAIM' });
    expect({ ...params, asOf: params.asOf?.toString() }).toMatchInlineSnapshot(`
      {
        "asOf": "2021-06-01",
        "confidences": [
          "CLAIM",
          "REPORTED_FACT",
        ],
        "includeRetracted": false,
      }
    `);
  });

  it('names only whitelisted relationship types in a type union', () => {
    expect(typeUnion(['SUPPORTS', 'ACCUSES'])).toMatchInlineSnapshot(`"SUPPORTS|ACCUSES"`);
    expect(typeUnion(['SUPPORTS', 'DROP_DATABASE' as never])).toMatchInlineSnapshot(`"SUPPORTS"`);
  });
});

describe('projections', () => {
  it('read every property with temporal values as strings, or only the keys asked for', () => {
    expect(entityProperties('e')).toMatchInlineSnapshot(
      `"e {.*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt), termFrom: toString(e.termFrom), termTo: toString(e.termTo), startDate: toString(e.startDate), endDate: toString(e.endDate), startTime: toString(e.startTime), endTime: toString(e.endTime)}"`,
    );
    expect(relationshipProperties('r', ['confidence', 'validFrom'])).toMatchInlineSnapshot(`"r {.id, .confidence, validFrom: toString(r.validFrom)}"`);
    // A key that is not a property name never reaches the query text.
    expect(entityProperties('e', ['name', 'x} RETURN 1 //'])).toMatchInlineSnapshot(`"e {.id, .name}"`);
  });
});

describe('cursors', () => {
  it('page relationships by id after a cursor, anchored on an end', () => {
    const { cypher, params } = relationshipPageStatement(
      { type: 'SUPPORTS', to: 'armenia', asOf: AS_OF },
      { after: 'russia-supports-armenia', limit: 10, inverted: false },
    );
    expect(tidy(cypher)).toMatchInlineSnapshot(`
      "MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity {id: $to}) WHERE ($asOf IS NULL OR (coalesce(r.validFrom <= $asOf, coalesce(a.startDate <= $asOf, true) AND coalesce(b.startDate <= $asOf, true)) AND coalesce(r.validTo >= $asOf, coalesce(a.endDate >= $asOf, true) AND coalesce(b.endDate >= $asOf, true))))
        AND r.confidence IN $confidences AND ($includeRetracted OR r.retractedAt IS NULL)
        AND ($after IS NULL OR r.id > $after) AND ($before IS NULL OR r.id < $before)
        RETURN r {.*, validFrom: toString(r.validFrom), validTo: toString(r.validTo), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), retractedAt: toString(r.retractedAt)} AS r, type(r) AS type, a.id AS from, b.id AS to
        ORDER BY r.id ASC LIMIT $limit"
    `);
    expect({ ...params, asOf: String(params.asOf), limit: String(params.limit) }).toMatchInlineSnapshot(`
      {
        "after": "russia-supports-armenia",
        "asOf": "2021-06-01",
        "before": null,
        "confidences": [
          "ASSESSMENT",
          "CLAIM",
          "REPORTED_FACT",
        ],
        "from": null,
        "includeRetracted": false,
        "limit": "10",
        "to": "armenia",
      }
    `);
  });

  it('page entities by name then id, read backwards for `last`', () => {
    const { cypher, params } = entityPageStatement(
      { kind: 'STATE', nameContains: null },
      'NAME_ASC',
      { before: { name: 'Russia', id: 'russia' }, limit: 2, inverted: true },
      ['name'],
    );
    expect(tidy(cypher)).toMatchInlineSnapshot(`
      "MATCH (e:Entity:State)
        WHERE e.name IS NOT NULL
        AND (e.name < $before.name OR (e.name = $before.name AND e.id < $before.id))
        WITH e ORDER BY e.name DESC, e.id DESC LIMIT $limit
        RETURN e {.id, .name} AS properties, labels(e) AS labels
        ORDER BY e.name DESC, e.id DESC"
    `);
    expect(params.before).toEqual({ name: 'Russia', id: 'russia' });
    expect(tidy(cypher)).toContain('ORDER BY e.name DESC, e.id DESC LIMIT $limit');
  });
});

describe('relationship list subqueries (the resolvers’ batched reads)', () => {
  it('read every list of a response in one query, a branch per type and side', () => {
    const { cypher, params } = relationshipListsStatement([
      { id: 'armenia', type: 'SUPPORTS', direction: 'IN', limit: 5 },
      { id: 'armenia', type: 'ACCUSES', direction: 'OUT', limit: 100, minConfidence: 'CLAIM' },
      { id: 'azerbaijan', type: 'SUPPORTS', direction: 'IN', limit: 5 },
    ]);
    expect(tidy(cypher)).toMatchInlineSnapshot(`
      "UNWIND $entities AS entity
        MATCH (e:Entity {id: entity.id})
        CALL (e, entity) {
        UNWIND entity.lists AS request
        CALL (e, request) {
        WITH e, request WHERE request.part = 'ACCUSES:OUT'
        MATCH (e)-[r:ACCUSES]->(o:Entity)
        WHERE (request.asOf IS NULL OR (coalesce(r.validFrom <= request.asOf, coalesce(e.startDate <= request.asOf, true) AND coalesce(o.startDate <= request.asOf, true)) AND coalesce(r.validTo >= request.asOf, coalesce(e.endDate >= request.asOf, true) AND coalesce(o.endDate >= request.asOf, true))))
        AND r.confidence IN request.confidences AND (request.includeRetracted OR r.retractedAt IS NULL)
        WITH request, r, o ORDER BY o.name, r.id
        WITH request, collect({r: r, o: o}) AS found
        UNWIND found[..request.limit] AS row
        WITH row.r AS r, row.o AS o
        CALL (r) {
        OPTIONAL MATCH (c:Citation {about: r.id})-[:CITES]->(s:Source)
        OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
        OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
        WITH c, s, asserter, relay ORDER BY s.id, c.id
        RETURN collect(CASE WHEN c IS NULL THEN null ELSE {
        id: c.id, about: c.about, quote: c.quote, note: c.note, sourceId: s.id,
        assertedById: asserter.id, viaId: relay.id,
        asserter: CASE WHEN asserter IS NULL THEN null ELSE {properties: asserter {.*, createdAt: toString(asserter.createdAt), updatedAt: toString(asserter.updatedAt), termFrom: toString(asserter.termFrom), termTo: toString(asserter.termTo), startDate: toString(asserter.startDate), endDate: toString(asserter.endDate), startTime: toString(asserter.startTime), endTime: toString(asserter.endTime)}, labels: labels(asserter)} END,
        relay: CASE WHEN relay IS NULL THEN null ELSE {properties: relay {.*, createdAt: toString(relay.createdAt), updatedAt: toString(relay.updatedAt), termFrom: toString(relay.termFrom), termTo: toString(relay.termTo), startDate: toString(relay.startDate), endDate: toString(relay.endDate), startTime: toString(relay.startTime), endTime: toString(relay.endTime)}, labels: labels(relay)} END
        } END) AS citations
        }
        RETURN r, o, citations
        UNION ALL
        WITH e, request WHERE request.part = 'SUPPORTS:IN'
        MATCH (e)<-[r:SUPPORTS]-(o:Entity)
        WHERE (request.asOf IS NULL OR (coalesce(r.validFrom <= request.asOf, coalesce(e.startDate <= request.asOf, true) AND coalesce(o.startDate <= request.asOf, true)) AND coalesce(r.validTo >= request.asOf, coalesce(e.endDate >= request.asOf, true) AND coalesce(o.endDate >= request.asOf, true))))
        AND r.confidence IN request.confidences AND (request.includeRetracted OR r.retractedAt IS NULL)
        WITH request, r, o ORDER BY o.name, r.id
        WITH request, collect({r: r, o: o}) AS found
        UNWIND found[..request.limit] AS row
        WITH row.r AS r, row.o AS o
        CALL (r) {
        OPTIONAL MATCH (c:Citation {about: r.id})-[:CITES]->(s:Source)
        OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
        OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
        WITH c, s, asserter, relay ORDER BY s.id, c.id
        RETURN collect(CASE WHEN c IS NULL THEN null ELSE {
        id: c.id, about: c.about, quote: c.quote, note: c.note, sourceId: s.id,
        assertedById: asserter.id, viaId: relay.id,
        asserter: CASE WHEN asserter IS NULL THEN null ELSE {properties: asserter {.*, createdAt: toString(asserter.createdAt), updatedAt: toString(asserter.updatedAt), termFrom: toString(asserter.termFrom), termTo: toString(asserter.termTo), startDate: toString(asserter.startDate), endDate: toString(asserter.endDate), startTime: toString(asserter.startTime), endTime: toString(asserter.endTime)}, labels: labels(asserter)} END,
        relay: CASE WHEN relay IS NULL THEN null ELSE {properties: relay {.*, createdAt: toString(relay.createdAt), updatedAt: toString(relay.updatedAt), termFrom: toString(relay.termFrom), termTo: toString(relay.termTo), startDate: toString(relay.startDate), endDate: toString(relay.endDate), startTime: toString(relay.startTime), endTime: toString(relay.endTime)}, labels: labels(relay)} END
        } END) AS citations
        }
        RETURN r, o, citations
        }
        RETURN collect({index: request.index, r: r {.*, validFrom: toString(r.validFrom), validTo: toString(r.validTo), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), retractedAt: toString(r.retractedAt)},
        o: o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt), termFrom: toString(o.termFrom), termTo: toString(o.termTo), startDate: toString(o.startDate), endDate: toString(o.endDate), startTime: toString(o.startTime), endTime: toString(o.endTime)}, labels: labels(o), citations: citations}) AS lists
        }
        RETURN entity.id AS id, lists"
    `);
    expect((params.entities as { id: string; lists: { part: string }[] }[]).map(({ id, lists }) => [id, lists.map((l) => l.part)])).toMatchInlineSnapshot(`
      [
        [
          "armenia",
          [
            "SUPPORTS:IN",
            "ACCUSES:OUT",
          ],
        ],
        [
          "azerbaijan",
          [
            "SUPPORTS:IN",
          ],
        ],
      ]
    `);
  });
});

describe('which version stands', () => {
  it('is the open one now, and the one open at the moment asked for', () => {
    expect(isCurrent('v')).toBe('v.knownUntil IS NULL');
    expect(currentAt('v')).toBe('v.knownFrom <= $knownAt AND (v.knownUntil IS NULL OR v.knownUntil > $knownAt)');
  });
});
