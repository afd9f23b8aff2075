/**
 * True time through the endpoint on the article's data (the rule is src/graph/holds.ts's): an
 * event exists from its start to its end; a relationship holds within its own dates and, on a side
 * it does not date, while both its ends exist. Checked on neighbourhoods (live and as known at a
 * moment), relationship lists (planned, by the resolvers and as known), `relationships`, paths,
 * timelines, contested, counts and profiles. The exports' asOf is in exports.test.ts.
 */
import { describe, expect } from 'vitest';
import { importDocumentText } from '../src/import/index.js';
import { it, type Data } from './fixture.js';

type Node = { distance: number; entity: { __typename: string; slug: string; startDate?: string | null } };
type Edge = { type: string; from: { slug: string }; to: { slug: string } };
type Graph = { nodes: Node[]; edges: Edge[] };

const NEIGHBORHOOD = `query($id: ID!, $asOf: Date, $depth: Int, $asKnownAt: DateTime) {
  neighborhood(id: $id, depth: $depth, limit: 150, asOf: $asOf, asKnownAt: $asKnownAt) {
    nodes { distance entity { __typename slug ... on Event { startDate } } }
    edges { type from { slug } to { slug } }
  }
}`;

async function neighbourhood(data: Data, asOf: string, { depth = 2, asKnownAt }: { depth?: number; asKnownAt?: string } = {}): Promise<Graph> {
  return (await data<{ neighborhood: Graph }>(NEIGHBORHOOD, { id: 'armenia', asOf, depth, asKnownAt })).neighborhood;
}
const slugs = (graph: Graph) => graph.nodes.map((node) => node.entity.slug).sort();
const edges = (graph: Graph) => graph.edges.map((e) => `${e.from.slug} ${e.type} ${e.to.slug}`).sort();

describe('as of 1990, Armenia’s neighbourhood', () => {
  it('holds no event that began later, and no relationship to one', async ({ data }) => {
    const graph = await neighbourhood(data, '1990-01-01');
    const events = graph.nodes.filter((node) => node.entity.__typename === 'Event');
    expect(events.map((node) => node.entity.slug).sort()).toEqual(['first-nagorno-karabakh-war', 'nagorno-karabakh-conflict']);
    for (const { entity } of events) expect(entity.startDate! <= '1990-01-01').toBe(true);
    const later = [
      'september-2022-border-clashes',
      'september-2022-ceasefire',
      'csto-observation-mission-2022',
      'pashinyan-statement-2022-09-14',
      'second-nagorno-karabakh-war',
    ];
    for (const slug of later) {
      expect(slugs(graph)).not.toContain(slug);
      expect(graph.edges.filter((e) => e.from.slug === slug || e.to.slug === slug)).toEqual([]);
    }
  });

  it('still holds undated relationships between entities that always exist', async ({ data }) => {
    const graph = await neighbourhood(data, '1990-01-01', { depth: 1 });
    expect(edges(graph)).toEqual(
      expect.arrayContaining(['armenia MEMBER_OF csto', 'yerevan PART_OF armenia', 'armenia PARTICIPATES_IN nagorno-karabakh-conflict']),
    );
  });

  it('is the same read from the versions as known now', async ({ data }) => {
    const live = await neighbourhood(data, '1990-01-01');
    const known = await neighbourhood(data, '1990-01-01', { asKnownAt: new Date().toISOString() });
    expect(slugs(known)).toEqual(slugs(live));
    expect(edges(known)).toEqual(edges(live));
  });
});

describe('in September 2022', () => {
  const aroundArmenia = async (data: Data, asOf: string) => slugs(await neighbourhood(data, asOf, { depth: 1 }));

  it('the clashes are there from 13 September; the 14 September ceasefire is not, until the 14th', async ({ data }) => {
    const before = await aroundArmenia(data, '2022-09-13');
    expect(before).toContain('september-2022-border-clashes');
    expect(before).not.toContain('september-2022-ceasefire');
    const on = await aroundArmenia(data, '2022-09-14');
    expect(on).toEqual(expect.arrayContaining(['september-2022-border-clashes', 'september-2022-ceasefire']));
  });

  it('the clashes are over after the 14th, the ceasefire goes on', async ({ data }) => {
    const after = await aroundArmenia(data, '2022-09-15');
    expect(after).not.toContain('september-2022-border-clashes');
    expect(after).toContain('september-2022-ceasefire');
  });
});

describe('every reader of asOf follows the rule', () => {
  const LISTS = `... on State { events(asOf: $asOf) { to { slug } } memberOf(asOf: $asOf) { to { slug } } }`;
  const listed = (state: { events: { to: { slug: string } }[]; memberOf: { to: { slug: string } }[] }) => ({
    events: state.events.map((r) => r.to.slug).sort(),
    memberOf: state.memberOf.map((r) => r.to.slug),
  });

  it('relationship lists: planned, by the resolvers and as known now answer alike', async ({ data }) => {
    type Lists = { events: { to: { slug: string } }[]; memberOf: { to: { slug: string } }[] };
    const asOf = '1990-01-01';
    const planned = await data<{ entity: Lists & { id: string } }>(`query($asOf: Date) { entity(id: "armenia") { id ${LISTS} } }`, { asOf });
    expect(listed(planned.entity)).toEqual({ events: ['nagorno-karabakh-conflict'], memberOf: ['csto'] });
    // `node` is answered by the per-field resolvers, not the planner.
    const resolved = await data<{ node: Lists }>(`query($id: ID!, $asOf: Date) { node(id: $id) { ${LISTS} } }`, { id: planned.entity.id, asOf });
    expect(listed(resolved.node)).toEqual(listed(planned.entity));
    const known = await data<{ entity: Lists }>(`query($asOf: Date, $at: DateTime) { entity(id: "armenia", asKnownAt: $at) { ${LISTS} } }`, {
      asOf,
      at: new Date().toISOString(),
    });
    expect(listed(known.entity)).toEqual(listed(planned.entity));
  });

  it('relationships, paths, contested, counts and profiles leave out what did not exist yet', async ({ data }) => {
    const result = await data<{
      relationships: { totalCount: number; edges: { node: { to: { slug: string } } }[] };
      paths: unknown[];
      contested: { mutualAccusations: unknown[] };
      relationshipCounts: { type: string }[];
      mostConnected: { entity: { slug: string } }[];
      profile: { events: { to: { slug: string } }[] };
    }>(`{
      relationships(from: "armenia", type: PARTICIPATES_IN, asOf: "1990-01-01") { totalCount edges { node { to { slug } } } }
      paths(from: "armenia", to: "september-2022-border-clashes", asOf: "1990-01-01") { length }
      contested(asOf: "1990-01-01") { mutualAccusations { a { slug } } }
      relationshipCounts(asOf: "1990-01-01") { type }
      mostConnected(kinds: [EVENT], asOf: "1990-01-01") { entity { slug } }
      profile(id: "armenia", asOf: "1990-01-01") { events { to { slug } } }
    }`);
    expect(result.relationships.edges.map((e) => e.node.to.slug)).toEqual(['nagorno-karabakh-conflict']);
    expect(result.relationships.totalCount).toBe(1);
    expect(result.paths).toEqual([]);
    expect(result.contested.mutualAccusations).toEqual([]);
    const types = result.relationshipCounts.map((c) => c.type);
    expect(types).toContain('MEMBER_OF');
    for (const type of ['ENDS', 'REPORTS', 'ACCUSES', 'SIGNED']) expect(types).not.toContain(type);
    expect(result.mostConnected.map((c) => c.entity.slug).sort()).toEqual(['first-nagorno-karabakh-war', 'nagorno-karabakh-conflict']);
    expect(result.profile.events.map((r) => r.to.slug)).toEqual(['nagorno-karabakh-conflict']);

    const then = await data<{ contested: { mutualAccusations: { a: { slug: string }; b: { slug: string } }[] } }>(
      '{ contested(asOf: "2022-09-13") { mutualAccusations { a { slug } b { slug } } } }',
    );
    expect(then.contested.mutualAccusations.map((m) => [m.a.slug, m.b.slug])).toEqual([['armenia', 'azerbaijan']]);
  });

  it('timelines: only the events that exist that day, linked by what holds that day, live and as known', async ({ data }) => {
    const TIMELINE = `query($entity: ID, $asOf: Date, $at: DateTime) { timeline(entity: $entity, asOf: $asOf, asKnownAt: $at) { slug startDate } }`;
    type Timeline = { timeline: { slug: string; startDate: string | null }[] };
    const all = await data<Timeline>(TIMELINE, { asOf: '1990-01-01' });
    expect(all.timeline.map((e) => e.slug)).toEqual(expect.arrayContaining(['nagorno-karabakh-conflict', 'first-nagorno-karabakh-war']));
    expect(all.timeline.filter((e) => e.startDate !== null && e.startDate > '1990-01-01')).toEqual([]);
    const armenia = await data<Timeline>(TIMELINE, { entity: 'armenia', asOf: '1990-01-01' });
    expect(armenia.timeline.map((e) => e.slug)).toEqual(['nagorno-karabakh-conflict']);
    const known = await data<Timeline>(TIMELINE, { entity: 'armenia', asOf: '1990-01-01', at: new Date().toISOString() });
    expect(known.timeline).toEqual(armenia.timeline);
    const september = await data<Timeline>(TIMELINE, { entity: 'armenia', asOf: '2022-09-13' });
    expect(september.timeline.map((e) => e.slug)).toContain('september-2022-border-clashes');
    expect(september.timeline.map((e) => e.slug)).not.toContain('september-2022-ceasefire');
  });
});

describe('a relationship’s own dates', () => {
  const TEXT =
    'This is a test text written for the conflict-graph project. Armenia fought at Jermuk on 13 September. ' +
    'Russia offered to mediate from 20 September. Turkey mediated on 20 and 21 September.';
  const DOCUMENT = {
    format: 'conflict-graph/v1',
    sources: [{ id: 'test-jermuk-time', title: 'Test report on Jermuk', language: 'en', published: { from: '2022-09-22' }, text: TEXT }],
    entities: [
      {
        id: 'jermuk-fighting-test',
        kind: 'EVENT',
        eventType: 'CLASH',
        name: 'Fighting at Jermuk (test)',
        start: '2022-09-13',
        end: '2022-09-13',
        citations: [{ quote: 'Armenia fought at Jermuk on 13 September.' }],
      },
    ],
    relationships: [
      {
        id: 'armenia-fights-at-jermuk-test',
        type: 'PARTICIPATES_IN',
        from: 'armenia',
        to: 'jermuk-fighting-test',
        confidence: 'REPORTED_FACT',
        citations: [{ quote: 'Armenia fought at Jermuk on 13 September.' }],
      },
      {
        id: 'russia-mediates-jermuk-test',
        type: 'MEDIATES',
        from: 'russia',
        to: 'jermuk-fighting-test',
        confidence: 'REPORTED_FACT',
        time: { from: '2022-09-20' },
        citations: [{ quote: 'Russia offered to mediate from 20 September.' }],
      },
      {
        id: 'turkey-mediates-jermuk-test',
        type: 'MEDIATES',
        from: 'turkey',
        to: 'jermuk-fighting-test',
        confidence: 'REPORTED_FACT',
        time: { from: '2022-09-20', to: '2022-09-21' },
        citations: [{ quote: 'Turkey mediated on 20 and 21 September.' }],
      },
    ],
  };
  const holding = async (data: Data, asOf: string) =>
    (
      await data<{ relationships: { edges: { node: { slug: string } }[] } }>(
        'query($asOf: Date) { relationships(to: "jermuk-fighting-test", asOf: $asOf) { edges { node { slug } } } }',
        { asOf },
      )
    ).relationships.edges.map((e) => e.node.slug);

  it('win where they are given; an open side still ends with the event', async ({ db, data }) => {
    await importDocumentText(db, JSON.stringify(DOCUMENT), { file: 'jermuk-time.json' });
    expect(await holding(data, '2022-09-13')).toEqual(['armenia-fights-at-jermuk-test']);
    // A week later the fighting is over: the undated participation and Russia's open-ended offer
    // end with it; Turkey's mediation, dated both ways by the source, holds on its own dates.
    expect(await holding(data, '2022-09-20')).toEqual(['turkey-mediates-jermuk-test']);
    expect(await holding(data, '2022-09-22')).toEqual([]);
  });
});
