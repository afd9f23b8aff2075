/**
 * The typed GraphQL API answering analysts' questions from the article's data, through the real
 * endpoint on the real Neo4j: who supports whom, who accuses whom of what and on whose word, the
 * 2020 agreement, the occupation claim, the casualty figures, search, pagination and batching.
 */
import { describe, expect } from 'vitest';
import { luceneQuery } from '../src/graph/entities.js';
import type { Server } from '../src/server.js';
import { it, type Data } from './fixture.js';
import { graphql } from './helpers.js';

it.override('serverConfig', { reportQueryCount: true });

type Named = { name: string };
type Cited = { citations: { quote: string; assertedBy: Named | null; via: Named | null; source: { title: string } }[] };

describe('who supports whom', () => {
  it('Russia supports Armenia and Turkey supports Azerbaijan, militarily and politically, with the sentence', async ({ data }) => {
    const result = await data<Record<string, { supportedBy: ({ from: Named; forms: string[] } & Cited)[] }>>(`{
      armenia: entity(id: "armenia") { ... on State { supportedBy { from { name } forms citations { quote via { name } source { title } } } } }
      azerbaijan: entity(id: "azerbaijan") { ... on State { supportedBy { from { name } forms citations { quote via { name } } } } }
    }`);
    expect(result.armenia?.supportedBy.map((s) => s.from.name)).toEqual(['Russia']);
    expect(result.azerbaijan?.supportedBy.map((s) => s.from.name)).toEqual(['Turkey']);
    expect(result.azerbaijan?.supportedBy[0]?.forms.sort()).toEqual(['MILITARY', 'POLITICAL']);
    const citation = result.armenia?.supportedBy[0]?.citations[0];
    expect(citation?.quote).toContain('Russia, which supports Armenia');
    expect(citation?.via?.name).toBe('Reuters');
    expect(citation?.source.title).toMatch(/^Armenia – Azerbaijan/);
  });

  it('reads the same relationship from both ends', async ({ data }) => {
    const result = await data<{ entity: { supports: { to: Named }[] } }>('{ entity(id: "russia") { ... on State { supports { to { name } } } } }');
    expect(result.entity.supports.map((s) => s.to.name)).toEqual(['Armenia']);
  });
});

describe('what Armenia accuses Azerbaijan of', () => {
  it('lists each allegation with its quoted sentence and who asserts it', async ({ data }) => {
    const result = await data<{
      relationships: { totalCount: number; edges: { node: { allegation: string; confidence: string } & Cited }[] };
    }>(`{
      relationships(type: ACCUSES, from: "armenia", to: "azerbaijan") {
        totalCount
        edges { node { confidence ... on Accusation { allegation } citations { quote assertedBy { name } } } }
      }
    }`);
    const accusations = result.relationships.edges.map(({ node }) => node);
    expect(result.relationships.totalCount).toBe(accusations.length);
    expect(accusations.map((a) => a.allegation).sort()).toEqual(['shelling border towns', 'starting the fighting']);
    for (const accusation of accusations) {
      expect(accusation.confidence).toBe('CLAIM');
      expect(accusation.citations[0]?.assertedBy?.name).toBe('Armenia');
    }
    const shelling = accusations.find((a) => a.allegation === 'shelling border towns');
    expect(shelling?.citations[0]?.quote).toMatch(/^Armenia accused Azerbaijan of shelling border towns/);
  });

  it('shows the accusation the other way too: contested, not settled', async ({ data }) => {
    const result = await data<{ entity: { accusedBy: { from: Named; allegation: string }[] } }>(
      '{ entity(id: "armenia") { ... on State { accusedBy { from { name } ... on Accusation { allegation } } } } }',
    );
    expect(result.entity.accusedBy.map((a) => `${a.from.name}: ${a.allegation}`)).toContain('Azerbaijan: starting the fighting');
  });
});

describe('the 2020 ceasefire agreement', () => {
  it('was signed by Armenia, Azerbaijan and Russia, and is guaranteed by Russia', async ({ data }) => {
    const result = await data<{
      entity: { name: string; startDate: string; startPrecision: string; signatories: { from: Named; role: string }[]; guaranteedBy: { from: Named }[] };
    }>(`{
      entity(id: "ceasefire-agreement-2020") {
        name
        ... on Event { startDate startPrecision signatories { from { name } ... on Signature { role } } guaranteedBy { from { name } } }
      }
    }`);
    expect(result.entity.signatories.map((s) => s.from.name).sort()).toEqual(['Armenia', 'Azerbaijan', 'Russia']);
    expect(result.entity.signatories.find((s) => s.from.name === 'Russia')?.role).toBe('guarantor');
    expect(result.entity.guaranteedBy.map((g) => g.from.name)).toEqual(['Russia']);
    expect(result.entity).toMatchObject({ startDate: '2020-01-01', startPrecision: 'YEAR' });
  });
});

describe('the occupied territory', () => {
  it('is 10 km² of Armenia, said to be occupied by Azerbaijani forces, on Armenia’s word', async ({ data }) => {
    const result = await data<{
      relationships: { edges: { node: { from: Named; to: Named; area: number; areaUnit: string; confidence: string } & Cited }[] };
    }>(`{
      relationships(type: OCCUPIES) {
        edges { node { from { name } to { name } confidence ... on Occupation { area areaUnit } citations { quote assertedBy { name } } } }
      }
    }`);
    const [occupation] = result.relationships.edges.map(({ node }) => node);
    expect(occupation).toMatchObject({
      from: { name: 'Armed Forces of Azerbaijan' },
      to: { name: 'Armenia' },
      area: 10,
      areaUnit: 'km²',
      confidence: 'CLAIM',
    });
    expect(occupation?.citations.map((c) => c.assertedBy?.name).sort()).toEqual(['Armenia', 'Nikol Pashinyan']);
  });
});

describe('the casualty figures', () => {
  it('each side reported for the September 2022 clashes, with whose losses and who reported them', async ({ data }) => {
    const result = await data<{
      entity: { reportedFigures: { from: Named; category: string; figure: number | null; figureText: string; unit: string; whose: Named | null }[] };
    }>(`{
      entity(id: "september-2022-border-clashes") {
        ... on Event { reportedFigures { from { name } ... on FigureReport { category figure figureText unit whose { name } } } }
      }
    }`);
    const deaths = result.entity.reportedFigures.filter((f) => f.category === 'DEATHS');
    expect(deaths.map((f) => [f.whose?.name, f.figure, f.from.name]).sort()).toEqual([
      ['Armenia', 105, 'Government of Armenia'],
      ['Azerbaijan', 71, 'Ministry of Defence of Azerbaijan'],
    ]);
    const displaced = result.entity.reportedFigures.find((f) => f.category === 'DISPLACEMENT');
    expect(displaced).toMatchObject({ figure: null, figureText: 'hundreds of Armenian civilians', from: { name: 'Agence France-Presse' } });
  });
});

describe('search', () => {
  type Hits = { search: { score: number; entity: { __typename: string; name: string; office?: string } }[] };
  const search = (data: Data, text: string, extra = '') =>
    data<Hits>(`query($text: String!) { search(text: $text${extra}) { score entity { __typename name ... on Leader { office } } } }`, { text });

  it('finds the CSTO by its Russian acronym ODKB', async ({ data }) => {
    const { search: hits } = await search(data, 'ODKB');
    expect(hits[0]?.entity.name).toBe('Collective Security Treaty Organization');
  });

  it('finds the Security Council secretary by the source’s spelling "Grigorjan", and by a typo', async ({ data }) => {
    for (const text of ['Grigorjan', 'Grigorian', 'grigor']) {
      const { search: hits } = await search(data, text);
      expect(hits[0]?.entity, text).toMatchObject({ name: 'Armen Grigoryan', office: 'Secretary of the Security Council of Armenia' });
    }
  });

  it('ranks by relevance and filters by kind', async ({ data }) => {
    const { search: hits } = await search(data, 'Armenia', ', kinds: [STATE]');
    expect(hits.every((hit) => hit.entity.__typename === 'State')).toBe(true);
    expect(hits[0]?.entity.name).toBe('Armenia');
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats Lucene syntax as text: no errors, no syntax effects', async ({ server, data }) => {
    for (const text of ['AND', 'OR NOT', '*', '"', '~', 'Armenia AND', 'Russia~', 'csto*', '(', ']', 'a:b', '\\', '/regex/']) {
      const response = await graphql(server, 'query($text: String!) { search(text: $text) { entity { name } } }', { text });
      expect(response.errors, `${text}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    }
    // A lone "*" is not a wildcard matching everything.
    const { search: star } = await search(data, '*');
    expect(star).toEqual([]);
  });

  it('gives each hit its own score when a matching node has no kind label', async ({ driver, data }) => {
    // A node only half-made (no kind label) ranks among the hits but is no entity: it must drop out
    // without shifting the scores of the hits after it.
    await driver.executeQuery("CREATE (:Entity {id: 'armenia-unlabelled', name: 'Armenia Armenia Armenia'})");
    try {
      const { search: hits } = await data<{ search: { score: number; entity: { slug: string } }[] }>(
        '{ search(text: "Armenia", first: 20) { score entity { slug } } }',
      );
      const { records } = await driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score RETURN node.id AS id, score",
        { query: luceneQuery('Armenia') },
      );
      const scoreOf = new Map(records.map((record) => [record.get('id') as string, record.get('score') as number]));
      // It ranks above other hits, so a hit after it would take the wrong score if paired by position.
      const ranked = records.map((record) => record.get('id') as string);
      expect(ranked.indexOf('armenia-unlabelled')).toBeGreaterThanOrEqual(0);
      expect(ranked.indexOf('armenia-unlabelled')).toBeLessThan(ranked.length - 1);
      expect(hits.map((hit) => hit.entity.slug)).not.toContain('armenia-unlabelled');
      expect(hits.length).toBeGreaterThan(2);
      for (const hit of hits) expect(hit.score, hit.entity.slug).toBe(scoreOf.get(hit.entity.slug));
    } finally {
      await driver.executeQuery("MATCH (n {id: 'armenia-unlabelled'}) DETACH DELETE n");
    }
  });

  it('rejects empty or oversized text with a typed error', async ({ server }) => {
    for (const text of ['   ', 'x'.repeat(201)]) {
      const response = await graphql(server, 'query($text: String!) { search(text: $text) { score } }', { text });
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    }
  });
});

describe('asOf and minConfidence', () => {
  it('show who controlled what before and after the 2020 war', async ({ data }) => {
    const controls = (asOf: string) =>
      data<{ azerbaijan: { controls: { to: Named }[] }; republic: { controls: { to: Named }[] } }>(
        `query($asOf: Date) {
          azerbaijan: entity(id: "azerbaijan") { ... on State { controls(asOf: $asOf) { to { name } } } }
          republic: entity(id: "nagorno-karabakh-republic") { ... on State { controls(asOf: $asOf) { to { name } } } }
        }`,
        { asOf },
      );
    const before = await controls('2019-06-01');
    expect(before.azerbaijan.controls).toEqual([]);
    expect(before.republic.controls.map((c) => c.to.name)).toEqual(['Nagorno-Karabakh']);
    const after = await controls('2021-06-01');
    expect(after.azerbaijan.controls.map((c) => c.to.name).sort()).toEqual([
      'Regions adjacent to Nagorno-Karabakh',
      'Territory captured by Azerbaijan in 2020',
    ]);
    const early = await controls('1990-01-01');
    expect(early.republic.controls).toEqual([]);
  });

  it('leaves out claims and assessments when only reported facts are asked for', async ({ data }) => {
    const result = await data<{ all: { totalCount: number }; facts: { totalCount: number; edges: { node: { confidence: string } }[] } }>(`{
      all: relationships(type: ACCUSES) { totalCount }
      facts: relationships(type: ACCUSES, minConfidence: REPORTED_FACT) { totalCount edges { node { confidence } } }
    }`);
    expect(result.all.totalCount).toBeGreaterThan(0);
    expect(result.facts.totalCount).toBe(0);
  });
});

describe('pagination', () => {
  type Page = {
    entities: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string; startCursor: string };
      edges: { cursor: string; node: { slug: string; name: string } }[];
    };
  };
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $order: EntityOrder) {
    entities(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { cursor node { slug name } }
    }
  }`;

  it('walks every entity forwards and backwards without gaps or repeats', async ({ driver, data }) => {
    const { records } = await driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id ORDER BY e.name, e.id');
    const all = records.map((record) => record.get('id') as string);

    const forward: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const { entities } = await data<Page>(PAGE, { first: 7, after });
      expect(entities.totalCount).toBe(all.length);
      forward.push(...entities.edges.map((edge) => edge.node.slug));
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);

    const backward: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const { entities } = await data<Page>(PAGE, { last: 9, before });
      backward.unshift(...entities.edges.map((edge) => edge.node.slug));
      if (!entities.pageInfo.hasPreviousPage) break;
      before = entities.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
  });

  it('walks relationships by id, and filters entities by kind and name', async ({ data }) => {
    const ids: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (let pages = 0; pages < 30; pages++) {
      const { relationships } = await data<{
        relationships: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { slug: string } }[] };
      }>('query($after: String) { relationships(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } }', {
        after,
      });
      total = relationships.totalCount;
      ids.push(...relationships.edges.map((edge) => edge.node.slug));
      if (!relationships.pageInfo.hasNextPage) break;
      after = relationships.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    expect(ids).toEqual([...ids].sort());

    const { entities } = await data<{ entities: { edges: { node: { name: string } }[] } }>(
      '{ entities(kind: STATE, nameContains: "arme", orderBy: NAME_DESC) { edges { node { name } } } }',
    );
    expect(entities.edges.map((edge) => edge.node.name)).toEqual(['Armenia']);
  });

  it('rejects a forged cursor and an oversized page with typed errors', async ({ server }) => {
    const forged = await graphql(server, '{ entities(first: 5, after: "not-a-cursor") { totalCount } }');
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    const huge = await graphql(server, '{ entities(first: 1000) { totalCount } }');
    expect(huge.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});

describe('batching', () => {
  const PAGE_WITH_RELATIONSHIPS = `query($first: Int, $kind: EntityKind) {
    entities(first: $first, kind: $kind) {
      edges { node {
        name
        citations { quote source { title } }
        ... on State {
          supports { to { name } citations { quote assertedBy { name } } }
          accusedBy { from { name } citations { quote assertedBy { name } via { name } } }
          memberOf { to { name } }
        }
        ... on Organization { partOf { to { name } citations { quote } } members { from { name } } }
        ... on Event { participants { from { name } } reportedFigures { from { name } citations { quote } } }
      } }
    }
  }`;

  async function queriesFor(server: Server, variables: Record<string, unknown>) {
    const response = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PAGE_WITH_RELATIONSHIPS, variables }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data: { entities: { edges: unknown[] } };
      extensions: { neo4jQueries: number; neo4jQueryLog: string[] };
    };
    expect(body.errors).toBeUndefined();
    return { count: body.extensions.neo4jQueries, log: body.extensions.neo4jQueryLog, size: body.data.entities.edges.length };
  }

  it('costs the same number of Neo4j queries for a page of 1 state or of all of them', async ({ server }) => {
    const one = await queriesFor(server, { first: 1, kind: 'STATE' });
    const all = await queriesFor(server, { first: 50, kind: 'STATE' });
    expect(one.size).toBe(1);
    expect(all.size).toBeGreaterThan(4);
    expect(all.count, all.log.join('\n')).toBe(one.count);
  });

  it('stays within a bound set by the query, not the page, for 50 entities of every kind', async ({ server, driver }) => {
    const { records } = await driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS n');
    const page = await queriesFor(server, { first: 50 });
    expect(page.size).toBe(records[0]?.get('n'));
    // Planned: the page, all seven relationship fields, their citations and the entities' own, in one query.
    expect(page.count, page.log.join('\n')).toBe(1);
  });

  it('reads an entity with the lists it asks for in one query, honouring each alias and its arguments', async ({ server }) => {
    const selection = `... on State {
      all: accusedBy { slug confidence from { name } }
      one: accusedBy(first: 1) { slug }
      facts: accusedBy(minConfidence: REPORTED_FACT) { slug }
      supportedBy { from { name ... on State { isoCode } } citations { quote assertedBy { name } } }
    }`;
    const request = async (query: string, variables: Record<string, unknown>) => {
      const response = await server.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { errors?: unknown; data: Record<string, unknown>; extensions: { neo4jQueries: number } };
    };
    const bySlug = await request(`query($id: ID!) { entity(id: $id) { id ${selection} } }`, { id: 'armenia' });
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.extensions.neo4jQueries).toBe(1);
    const entity = bySlug.data.entity as { id: string; all: unknown[]; one: unknown[]; facts: { slug: string }[] };
    expect(entity.all.length).toBeGreaterThan(1);
    expect(entity.one).toHaveLength(1);
    expect(entity.facts.length).toBeLessThan(entity.all.length);
    // node(id:) reads the same lists through the batched loaders instead: the answers must match.
    const byNode = await request(`query($id: ID!) { entity: node(id: $id) { id ${selection} } }`, { id: entity.id });
    expect(byNode.errors).toBeUndefined();
    expect(byNode.extensions.neo4jQueries).toBeGreaterThan(1);
    expect(byNode.data.entity).toEqual(entity);
  });

  it('reads search hits with the lists they ask for in one query', async ({ server }) => {
    const response = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "Armenia", kinds: [STATE]) { entity { slug ... on State { supportedBy { from { name } } } } } }' }),
    });
    const body = (await response.json()) as {
      data: { search: { entity: { slug: string; supportedBy: { from: Named }[] } }[] };
      extensions: { neo4jQueries: number };
    };
    const armenia = body.data.search.find((hit) => hit.entity.slug === 'armenia');
    expect(armenia?.entity.supportedBy.map((s) => s.from.name)).toEqual(['Russia']);
    expect(body.extensions.neo4jQueries).toBe(1);
  });
});

describe('node(id:)', () => {
  it('refetches relationships and sources by their global ids', async ({ data }) => {
    const { relationships } = await data<{ relationships: { edges: { node: { id: string; slug: string; citations: { source: { id: string } }[] } }[] } }>(
      '{ relationships(type: GUARANTEES) { edges { node { id slug citations { source { id } } } } } }',
    );
    const edge = relationships.edges[0]?.node;
    const result = await data<{ relationship: { __typename: string; slug: string }; source: { __typename: string; slug: string } }>(
      'query($r: ID!, $s: ID!) { relationship: node(id: $r) { __typename ... on Relationship { slug } } source: node(id: $s) { __typename ... on Source { slug } } }',
      { r: edge?.id, s: edge?.citations[0]?.source.id },
    );
    expect(result.relationship).toEqual({ __typename: 'Guarantee', slug: edge?.slug });
    expect(result.source).toEqual({ __typename: 'Source', slug: 'armenia-azerbaijan-2022-09' });
  });
});
