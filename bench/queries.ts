/**
 * The benchmark's query mix, each question asked three ways: of this server (GraphQL over HTTP),
 * by hand-written Cypher through neo4j-driver (the floor), and of the Neo4j GraphQL Library peer
 * where it can express it. Each way's answer is brought to one normal form, so the benchmark can
 * check that all three agree before it times any of them.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { Db } from '../src/graph/db.js';
import { luceneQuery } from '../src/graph/entities.js';
import { neighborhood, shortestPaths } from '../src/graph/explore.js';
import { KIND_LABELS, type EntityKind, type RelationshipType } from '../src/model/vocabulary.js';
import { fieldStem } from './peer.js';

export interface Params {
  /** A state, for its profile and as one end of paths. */
  id: string;
  /** The other end of paths. */
  other: string;
  /** Where a neighbourhood starts. */
  start: string;
  text: string;
  from: string;
  to: string;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes vary by query

export interface BenchQuery {
  name: string;
  ours: (p: Params) => GraphQLRequest;
  oursAnswer: (data: Json) => unknown;
  floor: (driver: Driver, p: Params) => Promise<unknown>;
  peer?: { request: (p: Params) => GraphQLRequest; answer: (data: Json) => unknown; note?: string };
  /** Why the peer cannot ask it, when it cannot. */
  peerCannot?: string;
}

/**
 * A hand-written read, sent the way the server sends its reads: one auto-commit query (one round
 * trip), so the floor and the server differ only in what they do, not in how they talk to Neo4j.
 */
async function floorRead(driver: Driver, query: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    return await session.run(query, params);
  } finally {
    await session.close();
  }
}
const byKey = <T extends { key: string }>(items: T[]) => [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const dateText = (value: unknown) => (value === null || value === undefined ? null : String(value));
const labelOf = (kind: string) => KIND_LABELS[kind as EntityKind] ?? kind;

// Entity by id: the typed relationships a profile page shows for a state, with their citations.
const PROFILE: { type: RelationshipType; direction: 'OUT' | 'IN'; field: string }[] = [
  { type: 'SUPPORTS', direction: 'OUT', field: 'supports' },
  { type: 'SUPPORTS', direction: 'IN', field: 'supportedBy' },
  { type: 'ACCUSES', direction: 'OUT', field: 'accuses' },
  { type: 'ACCUSES', direction: 'IN', field: 'accusedBy' },
  { type: 'MEMBER_OF', direction: 'OUT', field: 'memberOf' },
  { type: 'PARTICIPATES_IN', direction: 'OUT', field: 'events' },
];
const PROFILE_TYPES = [...new Set(PROFILE.map((p) => p.type))];

interface ProfileRelationship {
  type: string;
  direction: string;
  id: string;
  other: string;
  otherName: string;
  confidence: string;
  validFrom: unknown;
  validTo: unknown;
  citations: { quote: string; assertedBy: string | null }[];
}

function profileAnswer(entity: { id: string; name: string; kind: string } | undefined, relationships: ProfileRelationship[]) {
  if (!entity) return null;
  return {
    ...entity,
    kind: labelOf(entity.kind),
    relationships: byKey(
      relationships.map((r) => ({
        key: `${r.type}|${r.direction}|${r.id}`,
        other: r.other,
        otherName: r.otherName,
        confidence: r.confidence,
        validFrom: dateText(r.validFrom),
        validTo: dateText(r.validTo),
        citations: r.citations.map((c) => `${c.quote}|${c.assertedBy ?? ''}`).sort(),
      })),
    ),
  };
}

const entityProfile: BenchQuery = {
  name: 'entity by id, typed relationships and citations',
  ours: (p) => ({
    query: `query Profile($id: ID!) { entity(id: $id) { slug name kind ... on State {
      ${PROFILE.map(({ field, direction }) => `${field} { ...R ${direction === 'OUT' ? 'to' : 'from'} { slug name } }`).join('\n      ')}
    } } }
    fragment R on Relationship { slug confidence validFrom validTo citations { quote assertedBy { slug } } }`,
    variables: { id: p.id },
  }),
  oursAnswer: (data) =>
    data.entity &&
    profileAnswer(
      { id: data.entity.slug, name: data.entity.name, kind: data.entity.kind },
      PROFILE.flatMap(({ type, direction, field }) =>
        (data.entity[field] as Json[]).map((r) => {
          const other = direction === 'OUT' ? r.to : r.from;
          return {
            type,
            direction,
            id: r.slug,
            other: other.slug,
            otherName: other.name,
            confidence: r.confidence,
            validFrom: r.validFrom,
            validTo: r.validTo,
            citations: (r.citations as Json[]).map((c) => ({ quote: c.quote, assertedBy: c.assertedBy?.slug ?? null })),
          };
        }),
      ),
    ),
  floor: async (driver, p) => {
    const { records } = await floorRead(
      driver,
      `MATCH (e:Entity {id: $id})
       OPTIONAL CALL (e) {
         MATCH (e)-[r:SUPPORTS|ACCUSES|MEMBER_OF|PARTICIPATES_IN]->(o:Entity) WHERE r.retractedAt IS NULL
         RETURN r, o, 'OUT' AS direction
         UNION ALL
         MATCH (e)<-[r:SUPPORTS|ACCUSES]-(o:Entity) WHERE r.retractedAt IS NULL
         RETURN r, o, 'IN' AS direction
       }
       WITH e, collect(CASE WHEN r IS NULL THEN null ELSE {
         type: type(r), direction: direction, id: r.id, other: o.id, otherName: o.name, confidence: r.confidence,
         validFrom: r.validFrom, validTo: r.validTo,
         citations: COLLECT { MATCH (c:Citation {about: r.id}) OPTIONAL MATCH (c)-[:ASSERTED_BY]->(a:Entity)
                              RETURN {quote: c.quote, assertedBy: a.id} }
       } END) AS relationships
       RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS kind, relationships`,
      { id: p.id },
    );
    const row = records[0]?.toObject();
    return row && profileAnswer({ id: row.id, name: row.name, kind: row.kind }, row.relationships);
  },
  peer: {
    request: (p) => ({
      query: `query Profile($id: ID!, $types: [String!]!) { entities(where: { id: { eq: $id } }) { id name kind
        ${PROFILE.map(({ type, direction }) => `${fieldStem(type)}${direction === 'OUT' ? 'Out' : 'In'}Connection { edges { properties { id confidence validFrom validTo } node { id name } } }`).join('\n        ')}
        relationshipCitations(types: $types) { about quote assertedBy { id } }
      } }`,
      variables: { id: p.id, types: PROFILE_TYPES },
    }),
    answer: (data) => {
      const entity = data.entities[0];
      if (!entity) return null;
      const citations = new Map<string, { quote: string; assertedBy: string | null }[]>();
      for (const c of entity.relationshipCitations as Json[]) {
        citations.set(c.about, [...(citations.get(c.about) ?? []), { quote: c.quote, assertedBy: c.assertedBy[0]?.id ?? null }]);
      }
      return profileAnswer(
        { id: entity.id, name: entity.name, kind: entity.kind },
        PROFILE.flatMap(({ type, direction }) =>
          (entity[`${fieldStem(type)}${direction === 'OUT' ? 'Out' : 'In'}Connection`].edges as Json[]).map((edge) => ({
            type,
            direction,
            id: edge.properties.id,
            other: edge.node.id,
            otherName: edge.node.name,
            confidence: edge.properties.confidence,
            validFrom: edge.properties.validFrom,
            validTo: edge.properties.validTo,
            citations: citations.get(edge.properties.id) ?? [],
          })),
        ),
      );
    },
    note: 'relationship citations through a @cypher field on the entity, joined by relationship id in the client',
  },
};

// A page of 50 states in name order, each with whom it supports and who accuses it.
const pageAnswer = (rows: { id: string; name: string; supports: string[]; accusedBy: string[] }[]) =>
  rows.map((row) => ({ ...row, supports: [...row.supports].sort(), accusedBy: [...row.accusedBy].sort() }));

const entityPage: BenchQuery = {
  name: 'page of 50 entities with relationships',
  ours: () => ({
    query: `query Page { entities(first: 50, kind: STATE) { edges { node { slug name ... on State {
      supports { slug to { slug } } accusedBy { slug from { slug } } } } } } }`,
    variables: {},
  }),
  oursAnswer: (data) =>
    pageAnswer(
      (data.entities.edges as Json[]).map(({ node }) => ({
        id: node.slug,
        name: node.name,
        supports: (node.supports as Json[]).map((r) => `${r.slug}>${r.to.slug}`),
        accusedBy: (node.accusedBy as Json[]).map((r) => `${r.slug}<${r.from.slug}`),
      })),
    ),
  floor: async (driver) => {
    const { records } = await floorRead(
      driver,
      `MATCH (e:Entity:State) WITH e ORDER BY e.name, e.id LIMIT 50
       RETURN e.id AS id, e.name AS name,
              COLLECT { MATCH (e)-[r:SUPPORTS]->(o:Entity) WHERE r.retractedAt IS NULL RETURN r.id + '>' + o.id } AS supports,
              COLLECT { MATCH (e)<-[r:ACCUSES]-(o:Entity) WHERE r.retractedAt IS NULL RETURN r.id + '<' + o.id } AS accusedBy`,
      {},
    );
    return pageAnswer(records.map((record) => record.toObject() as never));
  },
  peer: {
    request: () => ({
      query: `query Page { states(limit: 50, sort: [{ name: ASC }, { id: ASC }]) { id name
        supportsOutConnection { edges { properties { id } node { id } } }
        accusesInConnection { edges { properties { id } node { id } } } } }`,
      variables: {},
    }),
    answer: (data) =>
      pageAnswer(
        (data.states as Json[]).map((state) => ({
          id: state.id,
          name: state.name,
          supports: (state.supportsOutConnection.edges as Json[]).map((e) => `${e.properties.id}>${e.node.id}`),
          accusedBy: (state.accusesInConnection.edges as Json[]).map((e) => `${e.properties.id}<${e.node.id}`),
        })),
      ),
  },
};

// Full-text search: the same Lucene query (exact, prefix and fuzzy terms) over the same index.
const searchAnswer = (hits: { id: string; name: string; kind: string; score: number }[]) =>
  hits.map((hit) => `${hit.id}|${hit.name}|${labelOf(hit.kind)}|${hit.score.toFixed(4)}`);

const search: BenchQuery = {
  name: 'full-text search',
  ours: (p) => ({
    query: 'query Search($text: String!) { search(text: $text, first: 10) { score entity { slug name kind } } }',
    variables: { text: p.text },
  }),
  oursAnswer: (data) =>
    searchAnswer((data.search as Json[]).map((hit) => ({ id: hit.entity.slug, name: hit.entity.name, kind: hit.entity.kind, score: hit.score }))),
  floor: async (driver, p) => {
    const { records } = await floorRead(
      driver,
      `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
       RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS kind, score
       ORDER BY score DESC, node.name ASC LIMIT 10`,
      { query: luceneQuery(p.text) },
    );
    return searchAnswer(records.map((record) => record.toObject() as never));
  },
  peer: {
    request: (p) => ({
      query: `query Search($phrase: String!) { searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }, { node: { name: ASC } }]) {
        edges { score node { id name kind } } } }`,
      variables: { phrase: luceneQuery(p.text) },
    }),
    answer: (data) =>
      searchAnswer((data.searchEntities.edges as Json[]).map((edge) => ({ id: edge.node.id, name: edge.node.name, kind: edge.node.kind, score: edge.score }))),
    note: 'the client builds the Lucene query (typo tolerance, prefixes, escaping) itself and passes it as `phrase`',
  },
};

// The neighbourhood within two steps, capped at 100 entities and 400 relationships.
const graphAnswer = (
  graph: { truncated: boolean; nodes: { id: string; distance: number }[]; edges: { type: string; id: string; from: string; to: string }[] } | null,
) =>
  graph && {
    truncated: graph.truncated,
    nodes: graph.nodes.map((n) => `${n.id}@${n.distance}`).sort(),
    edges: graph.edges.map((e) => `${e.type}|${e.id}|${e.from}|${e.to}`).sort(),
  };

const neighbourhood: BenchQuery = {
  name: 'neighbourhood, depth 2',
  ours: (p) => ({
    query: `query Neighbourhood($id: ID!) { neighborhood(id: $id, depth: 2) { truncated
      nodes { distance entity { slug name kind } } edges { slug type confidence from { slug } to { slug } } } }`,
    variables: { id: p.start },
  }),
  oursAnswer: (data) =>
    graphAnswer(
      data.neighborhood && {
        truncated: data.neighborhood.truncated,
        nodes: (data.neighborhood.nodes as Json[]).map((n) => ({ id: n.entity.slug, distance: n.distance })),
        edges: (data.neighborhood.edges as Json[]).map((e) => ({ type: e.type, id: e.slug, from: e.from.slug, to: e.to.slug })),
      },
    ),
  // The floor is the same bounded breadth-first Cypher the data layer sends, with no GraphQL around
  // it, reading only the ids its answer holds.
  floor: async (driver, p) => {
    const graph = await neighborhood(new Db(driver), p.start, { depth: 2, limit: 100, edgeLimit: 400, direction: 'BOTH' }, { entity: [], relationship: [] });
    return graphAnswer(
      graph && {
        truncated: graph.truncated,
        nodes: graph.nodes.map((n) => ({ id: n.entity.id, distance: n.distance })),
        edges: graph.edges,
      },
    );
  },
  peerCannot: 'no traversal of unknown depth over every relationship type: it would take a @cypher field, that is, the hand-written Cypher of the floor',
};

// All shortest paths between two entities, up to 4 steps, at most 20 of them.
const pathsAnswer = (paths: { nodes: string[]; types: string[] }[]) => paths.map((p) => `${p.nodes.join('>')}|${p.types.join(',')}`).sort();

const paths: BenchQuery = {
  name: 'shortest paths',
  ours: (p) => ({
    query: 'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { slug name } edges { slug type } } }',
    variables: { from: p.id, to: p.other },
  }),
  oursAnswer: (data) =>
    pathsAnswer((data.paths as Json[]).map((path) => ({ nodes: (path.nodes as Json[]).map((n) => n.slug), types: (path.edges as Json[]).map((e) => e.type) }))),
  floor: async (driver, p) => {
    const found = await shortestPaths(new Db(driver), p.id, p.other, { maxLength: 4, limit: 20 });
    return pathsAnswer(found.map((path) => ({ nodes: path.nodes.map((n) => n.id), types: path.edges.map((e) => e.type) })));
  },
  peerCannot: 'no shortest-path query: it would take a @cypher field, that is, the hand-written Cypher of the floor',
};

// Events that overlap one year, in time order.
const timelineAnswer = (events: { id: string; startDate: unknown; endDate: unknown }[]) =>
  events.map((e) => `${e.id}|${dateText(e.startDate)}|${dateText(e.endDate)}`);

const timeline: BenchQuery = {
  name: 'timeline',
  ours: (p) => ({
    query: 'query Timeline($from: Date!, $to: Date!) { timeline(from: $from, to: $to, first: 100) { slug name startDate endDate } }',
    variables: { from: p.from, to: p.to },
  }),
  oursAnswer: (data) => timelineAnswer((data.timeline as Json[]).map((e) => ({ id: e.slug, startDate: e.startDate, endDate: e.endDate }))),
  floor: async (driver, p) => {
    const { records } = await floorRead(
      driver,
      `MATCH (e:Event)
       WHERE coalesce(e.endDate, e.startDate) >= date($from) AND e.startDate <= date($to)
       RETURN e.id AS id, e.startDate AS startDate, e.endDate AS endDate
       ORDER BY e.startDate, CASE WHEN e.status = 'ONGOING' THEN 1 ELSE 0 END DESC,
                coalesce(e.endDate, e.startDate) DESC, e.startTime, e.name
       LIMIT 100`,
      { from: p.from, to: p.to },
    );
    return timelineAnswer(records.map((record) => record.toObject() as never));
  },
  peer: {
    request: (p) => ({
      query: `query Timeline($from: Date!, $to: Date!) {
        events(where: { startDate: { lte: $to }, endDate: { gte: $from } }, sort: [{ startDate: ASC }, { endDate: DESC }, { name: ASC }], limit: 100) {
          id name startDate endDate } }`,
      variables: { from: p.from, to: p.to },
    }),
    answer: (data) => timelineAnswer((data.events as Json[]).map((e) => ({ id: e.id, startDate: e.startDate, endDate: e.endDate }))),
    note: 'the same order only because every synthetic event has an end date and no status (ongoing events first, then the longer, needs a computed sort)',
  },
};

export const BENCH_QUERIES: BenchQuery[] = [entityProfile, entityPage, search, neighbourhood, paths, timeline];
