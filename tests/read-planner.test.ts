/**
 * The read planner (src/read/) answers a read with ONE Cypher query, and its answers are exactly
 * the resolvers' answers: every query of a corpus (the explorer's, GraphiQL's example, the query
 * mix, fragments, aliases, variables, directives, interfaces, nested lists) is sent to a server
 * with the planner and to one without it, on the same data, and the two responses compared whole.
 * What the planner does not plan is answered by the resolvers, with a query count pinned here.
 */
import { afterAll, describe, expect } from 'vitest';
import { QUERY_MIX } from '../src/scripts/query-mix.js';
import { EXAMPLE_QUERY } from '../src/schema/example.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { testServer } from './helpers.js';

// The fixture's server plans its reads; one beside it, with the planner off, answers by the resolvers.
it.override('serverConfig', { reportQueryCount: true });
const resolved = testServer({ reportQueryCount: true, readPlanner: false });
afterAll(() => resolved.dispose());

async function ask(server: Server, query: string, variables?: Record<string, unknown>) {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[]; extensions: { neo4jQueries: number } };
}

const CORPUS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  ...QUERY_MIX.filter((q) =>
    ['entity with relationships and citations', 'page of entities with relationships', 'search', 'timeline', 'neighbourhood depth 2'].includes(q.name),
  ),
  {
    name: 'a timeline of one entity, by kind',
    query:
      '{ timeline(entity: "armenia", kinds: [CLASH, WAR], first: 5) { name eventType startDate endPrecision participants { from { name } } locatedIn { to { name } } } }',
  },
  { name: 'GraphiQL example (relationships connection is not planned: resolvers)', query: EXAMPLE_QUERY },
  {
    name: 'aliases, the same list twice with other arguments, __typename and ids',
    query: `{ a: entity(id: "azerbaijan") { __typename id slug name
      ... on State { now: controls { to { name } } before: controls(asOf: "2019-06-01") { __typename id slug to { name } validFrom validFromPrecision } } }
      b: entity(id: "nikol-pashinyan") { ... on Leader { office leads { to { name } office } } } }`,
  },
  {
    name: 'named fragments, variables, @include and @skip, interfaces',
    query: `query Q($id: ID!, $withCitations: Boolean!, $skipNames: Boolean!) {
      entity(id: $id) { ...Basic ... on State { accusedBy(minConfidence: CLAIM) { ...Edge } } } }
      fragment Basic on Entity { name @skip(if: $skipNames) kind aliases description createdBy }
      fragment Edge on Relationship { type confidence from { ...Basic } citations @include(if: $withCitations) { quote note source { title slug publishedFrom } assertedBy { name } via { name } } ... on Accusation { allegation } }`,
    variables: { id: 'armenia', withCitations: true, skipNames: false },
  },
  {
    name: 'nested lists to depth three, figures with whose, events with dates',
    query: `{ entity(id: "september-2022-border-clashes") { name ... on Event { eventType status startDate endDate startPrecision deathToll { __typename figure qualifier text }
      reportedFigures { from { name } ... on FigureReport { figure figureText qualifier unit category whose { name kind } } }
      participants(first: 3) { from { name ... on State { memberOf { to { name ... on Organization { orgType members { from { name } } } } } } } } } } }`,
  },
  {
    name: 'a page backwards with cursors, filtered by kind and name',
    query: `{ entities(last: 3, kind: ORGANIZATION, nameContains: "of", orderBy: NAME_DESC) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name ... on Organization { orgType } } } } }`,
  },
  {
    name: 'search filtered by kind, entity citations',
    query: '{ search(text: "Grigorian", kinds: [LEADER], first: 3) { score entity { name citations { quote source { title } } } } }',
  },
  {
    name: "the explorer's neighbourhood, filtered by type, day and confidence",
    query: `query N($id: ID!) { neighborhood(id: $id, depth: 2, asOf: "2022-09-14", limit: 30, types: [ACCUSES, SUPPORTS, MEMBER_OF, PARTICIPATES_IN], minConfidence: CLAIM) {
      truncated nodes { distance entity { id slug name kind } } edges { id slug type confidence from { slug } to { slug } } } }`,
    variables: { id: 'armenia' },
  },
  {
    name: 'a neighbourhood with fragments on both interfaces, aliases and typenames, one way only',
    query: `{ n: neighborhood(id: "nikol-pashinyan", depth: 3, direction: OUT) { __typename cut: truncated
      nodes { __typename steps: distance entity { __typename name description ... on Leader { office } ... on Event { eventType startDate status } } }
      edges { __typename type validFrom validFromPrecision retracted from { name aliases } to { name ... on State { isoCode } }
        ... on Accusation { allegation } ... on FigureReport { figure qualifier unit } } } }`,
  },
  { name: 'a neighbourhood of nothing is null', query: '{ neighborhood(id: "atlantis") { truncated nodes { distance } } }' },
  { name: 'a missing entity is null', query: '{ entity(id: "atlantis") { name } }' },
  { name: 'only __typename', query: '{ __typename entity(id: "csto") { __typename } }' },
];

describe('a planned read', () => {
  it.for(CORPUS.map((q) => [q.name, q] as const))('%s: answers exactly as the resolvers do', async ([, { query, variables }], { server: planned }) => {
    const [mine, theirs] = await Promise.all([ask(planned, query, variables), ask(resolved, query, variables)]);
    expect(mine.errors, JSON.stringify(mine.errors)).toBeUndefined();
    expect(mine.data).toEqual(theirs.data);
    expect(JSON.stringify(mine.data)).toBe(JSON.stringify(theirs.data));
  });

  it('costs one query however much it reads', async ({ server: planned }) => {
    for (const { name, query, variables } of CORPUS.filter(
      (q) => !q.name.startsWith('GraphiQL') && !q.name.includes('missing') && !q.name.includes('__typename'),
    )) {
      const { extensions } = await ask(planned, query, variables);
      expect(extensions.neo4jQueries, name).toBe(1);
    }
  });

  it('answers a query asked again with other variables from those variables, not the statement of the first', async ({ server: planned }) => {
    const query = 'query P($id: ID!) { entity(id: $id) { name ... on State { memberOf { to { name } } } } }';
    for (const id of ['armenia', 'russia', 'armenia', 'russia']) {
      const [mine, theirs] = await Promise.all([ask(planned, query, { id }), ask(resolved, query, { id })]);
      expect(mine.data, id).toEqual(theirs.data);
      expect(mine.extensions.neo4jQueries, id).toBe(1);
    }
  });

  it('sends nothing to Neo4j when no field reads the graph', async ({ server: planned }) => {
    const { data, extensions } = await ask(planned, '{ __typename }');
    expect(data).toEqual({ __typename: 'Query' });
    expect(extensions.neo4jQueries).toBe(0);
  });
});

describe('what the planner does not plan', () => {
  it('is answered by the resolvers, batched: an entity with its history and its lists', async ({ server: planned }) => {
    const query = '{ entity(id: "armenia") { name history { operation } ... on State { supportedBy { from { name } } memberOf { to { name } } } } }';
    const [mine, theirs] = await Promise.all([ask(planned, query), ask(resolved, query)]);
    expect(mine.data).toEqual(theirs.data);
    // The entity, its history, and both lists in one batched query.
    expect(mine.extensions.neo4jQueries).toBe(3);
  });

  it('is answered by the resolvers: a neighbourhood whose edges show their citations', async ({ server: planned }) => {
    const query = '{ neighborhood(id: "csto") { nodes { entity { name } } edges { type citations { quote } } } }';
    const [mine, theirs] = await Promise.all([ask(planned, query), ask(resolved, query)]);
    expect(mine.data).toEqual(theirs.data);
    // The neighbourhood, then its edges' citations in one batch.
    expect(mine.extensions.neo4jQueries).toBe(2);
  });

  it('leaves bad arguments to the resolvers, which reject them with a typed error', async ({ server: planned }) => {
    const { errors } = await ask(planned, '{ entities(first: 1000) { totalCount } }');
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});
