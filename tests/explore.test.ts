/**
 * Exploration through the endpoint, on the article's data: shortest paths, the timeline, contested
 * claims, neighbourhoods with their caps, summaries and profiles, and asOf throughout.
 */
import { describe, expect } from 'vitest';
import { timelineMatch } from '../src/graph/explore.js';
import { importDocumentText } from '../src/import/index.js';
import { it } from './fixture.js';
import { graphql } from './helpers.js';

type Named = { slug: string; name: string };

describe('paths', () => {
  const PATHS = `query($from: ID!, $to: ID!, $min: Confidence, $types: [RelationshipType!]) {
    paths(from: $from, to: $to, minConfidence: $min, types: $types) {
      length nodes { slug name } edges { type from { slug } to { slug } confidence }
    }
  }`;
  type Paths = { paths: { length: number; nodes: Named[]; edges: { type: string; from: { slug: string }; to: { slug: string } }[] }[] };
  const describePath = (path: Paths['paths'][number]) => path.nodes.map((n) => n.slug).join(' > ');

  it('finds every shortest path between Turkey and Russia, as alternating nodes and edges', async ({ data }) => {
    const { paths } = await data<Paths>(PATHS, { from: 'turkey', to: 'russia' });
    expect(paths.length).toBeGreaterThan(0);
    const lengths = new Set(paths.map((p) => p.length));
    expect(lengths.size).toBe(1);
    for (const path of paths) {
      expect(path.nodes[0]?.slug).toBe('turkey');
      expect(path.nodes.at(-1)?.slug).toBe('russia');
      expect(path.nodes).toHaveLength(path.edges.length + 1);
      path.edges.forEach((edge, i) => {
        const ends = [edge.from.slug, edge.to.slug].sort();
        expect(ends).toEqual([path.nodes[i]?.slug, path.nodes[i + 1]?.slug].sort());
      });
    }
    // Reuters' view links them through the conflict both may become involved in.
    expect(paths.map(describePath)).toContain('turkey > nagorno-karabakh-conflict > russia');
  });

  it('finds all the longer shortest paths when assessments are left out', async ({ data }) => {
    const { paths } = await data<Paths>(PATHS, { from: 'turkey', to: 'russia', min: 'REPORTED_FACT' });
    expect(new Set(paths.map((p) => p.length))).toEqual(new Set([3]));
    expect(paths.map(describePath)).toEqual(
      expect.arrayContaining(['turkey > azerbaijan > ceasefire-agreement-2020 > russia', 'turkey > azerbaijan > nagorno-karabakh > russia']),
    );
    // Two paths may pass the same entities by different relationships (Russia signed and guarantees).
    const withEdges = paths.map((path) => `${describePath(path)} (${path.edges.map((e) => e.type).join(', ')})`);
    expect(withEdges).toEqual(
      expect.arrayContaining([
        'turkey > azerbaijan > ceasefire-agreement-2020 > russia (SUPPORTS, SIGNED, SIGNED)',
        'turkey > azerbaijan > ceasefire-agreement-2020 > russia (SUPPORTS, SIGNED, GUARANTEES)',
      ]),
    );
    expect(new Set(withEdges).size).toBe(withEdges.length);
  });

  it('answers an empty list when no path of the allowed types exists, and refuses a path to itself', async ({ server, data }) => {
    const { paths } = await data<Paths>(PATHS, { from: 'turkey', to: 'russia', types: ['OCCUPIES'] });
    expect(paths).toEqual([]);
    const same = await graphql(server, '{ paths(from: "turkey", to: "turkey") { length } }');
    expect(same.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    const long = await graphql(server, '{ paths(from: "turkey", to: "russia", maxLength: 7) { length } }');
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'maxLength' } });
  });
});

describe('timeline', () => {
  type Timeline = { timeline: { slug: string; startDate: string | null; endDate: string | null; eventType: string }[] };

  it('lists the events from 1988 to 2022 in time order', async ({ data }) => {
    const { timeline } = await data<Timeline>('{ timeline(from: "1988-01-01", to: "2022-12-31") { slug startDate endDate eventType } }');
    const slugs = timeline.map((e) => e.slug);
    expect(slugs.slice(0, 4)).toEqual(['nagorno-karabakh-conflict', 'first-nagorno-karabakh-war', 'second-nagorno-karabakh-war', 'ceasefire-agreement-2020']);
    expect(slugs.indexOf('september-2022-border-clashes')).toBeLessThan(slugs.indexOf('september-2022-ceasefire'));
    expect(slugs.at(-1)).toBe('csto-observation-mission-2022');
    const starts = timeline.map((e) => e.startDate as string);
    expect(starts).toEqual([...starts].sort());
    // The proposed treaty has no date: it cannot fall inside a date range.
    expect(slugs).not.toContain('armenia-azerbaijan-peace-treaty');
  });

  it('narrows to an entity, a range and event types, with participants and figures one field away', async ({ data }) => {
    const result = await data<{ timeline: { slug: string; participants: { from: Named }[]; reportedFigures: { figure: number | null }[] }[] }>(`{
      timeline(entity: "azerbaijan", from: "2022-01-01", kinds: [CLASH, CEASEFIRE]) {
        slug participants { from { slug name } } reportedFigures { ... on FigureReport { figure } }
      }
    }`);
    expect(result.timeline.map((e) => e.slug)).toEqual(['september-2022-border-clashes', 'september-2022-ceasefire']);
    expect(result.timeline[0]?.participants.map((p) => p.from.slug)).toContain('azerbaijan');
    expect(result.timeline[0]?.reportedFigures.map((f) => f.figure)).toEqual(expect.arrayContaining([71, 105]));
  });

  it('with an end date, reads the events that begin by then from the start-date index, in its order, not every event', async ({ driver }) => {
    const { cypher, params } = timelineMatch({ from: new Date('2022-01-01'), to: new Date('2022-12-31'), limit: 20 });
    const { summary } = await driver.executeQuery(`EXPLAIN ${cypher} RETURN e.id AS id`, params);
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      operators.push(`${plan.operatorType.split('@')[0]} ${String(plan.arguments.Details ?? '')}`);
      plan.children.forEach((child) => walk(child as typeof plan));
    };
    walk(summary.plan as unknown as Parameters<typeof walk>[0]);
    expect(operators.some((op) => /^NodeIndexSeekByRange RANGE INDEX e:Event\(startDate\)/.test(op))).toBe(true);
    expect(operators.some((op) => op.startsWith('NodeByLabelScan'))).toBe(false);
    expect(operators.some((op) => /^(Sort|Top) /.test(op))).toBe(false);
  });
});

describe('contested', () => {
  it('shows the mutual accusations of Armenia and Azerbaijan, each side with its citation', async ({ data }) => {
    const result = await data<{
      contested: {
        mutualAccusations: {
          a: Named;
          b: Named;
          aAccusesB: { allegation: string; citations: { quote: string; assertedBy: Named }[] }[];
          bAccusesA: { allegation: string; citations: { quote: string; assertedBy: Named }[] }[];
        }[];
      };
    }>(`{
      contested(entity: "armenia") {
        mutualAccusations {
          a { slug name } b { slug name }
          aAccusesB { allegation citations { quote assertedBy { slug name } } }
          bAccusesA { allegation citations { quote assertedBy { slug name } } }
        }
      }
    }`);
    const [pair] = result.contested.mutualAccusations;
    expect([pair?.a.slug, pair?.b.slug]).toEqual(['armenia', 'azerbaijan']);
    expect(pair?.aAccusesB.map((a) => a.allegation).sort()).toEqual(['shelling border towns', 'starting the fighting']);
    expect(pair?.bAccusesA.map((a) => a.allegation)).toContain('starting the fighting');
    expect(pair?.aAccusesB.every((a) => a.citations.every((c) => c.assertedBy.slug === 'armenia'))).toBe(true);
    expect(pair?.bAccusesA.every((a) => a.citations.every((c) => c.assertedBy.slug === 'azerbaijan'))).toBe(true);
  });

  it('shows figures that differ between reporters for the same thing, once a second report disagrees', async ({ driver, data, db }) => {
    const before = await data<{ contested: { conflictingFigures: unknown[] } }>('{ contested { conflictingFigures { unit } } }');
    expect(before.contested.conflictingFigures).toEqual([]);

    // A made-up second report, for this test only: it disputes the Azerbaijani ministry's figure.
    const quote = 'Armenia said 200 Azerbaijani soldiers were killed.';
    await importDocumentText(
      db,
      JSON.stringify({
        format: 'conflict-graph/v1',
        sources: [{ id: 'test-disputing-report', title: 'Test report', language: 'en', text: quote }],
        relationships: [
          {
            id: 'test-armenia-reports-azerbaijani-deaths',
            type: 'REPORTS',
            from: 'government-of-armenia',
            to: 'september-2022-border-clashes',
            confidence: 'CLAIM',
            category: 'DEATHS',
            figure: 200,
            figureText: '200 Azerbaijani soldiers',
            qualifier: 'EXACT',
            unit: 'Soldiers killed',
            whose: 'azerbaijan',
            citations: [{ quote, assertedBy: 'armenia' }],
          },
        ],
      }),
    );
    const after = await data<{
      contested: {
        conflictingFigures: {
          event: Named;
          whose: Named;
          unit: string;
          reports: { figure: number; from: Named; citations: { source: { slug: string } }[] }[];
        }[];
      };
    }>(
      '{ contested { conflictingFigures { event { slug name } whose { slug name } unit reports { ... on FigureReport { figure } from { slug name } citations { source { slug } } } } } }',
    );
    const [conflict] = after.contested.conflictingFigures;
    expect(conflict).toMatchObject({ event: { slug: 'september-2022-border-clashes' }, whose: { slug: 'azerbaijan' }, unit: 'soldiers killed' });
    expect(conflict?.reports.map((r) => [r.from.slug, r.figure]).sort()).toEqual([
      ['government-of-armenia', 200],
      ['ministry-of-defence-of-azerbaijan', 71],
    ]);
    await driver.executeQuery("MATCH ()-[r:REPORTS {id: 'test-armenia-reports-azerbaijani-deaths'}]->() DELETE r");
    await driver.executeQuery("MATCH (c:Citation) WHERE c.about = 'test-armenia-reports-azerbaijani-deaths' DETACH DELETE c");
    await driver.executeQuery("MATCH (s:Source {id: 'test-disputing-report'}) DETACH DELETE s");
  });
});

describe('neighborhood', () => {
  type Graph = {
    neighborhood: {
      truncated: boolean;
      nodes: { distance: number; entity: Named & { __typename: string } }[];
      edges: { type: string; from: { slug: string }; to: { slug: string }; citations: { quote: string }[] }[];
    };
  };
  const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int, $asOf: Date, $types: [RelationshipType!]) {
    neighborhood(id: $id, depth: $depth, limit: $limit, asOf: $asOf, types: $types) {
      truncated
      nodes { distance entity { __typename slug name } }
      edges { type from { slug } to { slug } citations { quote } }
    }
  }`;

  it('of the CSTO at depth 2: members, and what the members are tied to, with edges among them', async ({ data }) => {
    const { neighborhood } = await data<Graph>(NEIGHBORHOOD, { id: 'csto', depth: 2 });
    const at = (distance: number) => neighborhood.nodes.filter((n) => n.distance === distance).map((n) => n.entity.slug);
    expect(at(0)).toEqual(['csto']);
    expect(at(1).sort()).toEqual(['armenia', 'csto-observation-mission-2022', 'russia']);
    expect(at(2)).toEqual(expect.arrayContaining(['azerbaijan', 'nikol-pashinyan', 'nagorno-karabakh-conflict', 'yerevan']));
    expect(at(2)).not.toContain('turkey');
    expect(neighborhood.truncated).toBe(false);
    const slugs = new Set(neighborhood.nodes.map((n) => n.entity.slug));
    for (const edge of neighborhood.edges) {
      expect(slugs.has(edge.from.slug) && slugs.has(edge.to.slug)).toBe(true);
      expect(edge.citations.length).toBeGreaterThan(0);
    }
    expect(neighborhood.edges.map((e) => `${e.from.slug} ${e.type} ${e.to.slug}`)).toEqual(
      expect.arrayContaining(['armenia MEMBER_OF csto', 'russia SUPPORTS armenia', 'armenia REQUESTS_HELP_FROM csto']),
    );
  });

  it('stops at its caps and says so', async ({ server, data }) => {
    const { neighborhood } = await data<Graph>(NEIGHBORHOOD, { id: 'armenia', depth: 3, limit: 5 });
    expect(neighborhood.nodes).toHaveLength(5);
    expect(neighborhood.truncated).toBe(true);
    const deep = await graphql(server, '{ neighborhood(id: "armenia", depth: 4) { truncated } }');
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'depth' } });
    const wide = await graphql(server, '{ neighborhood(id: "armenia", limit: 501) { truncated } }');
    expect(wide.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'limit' } });
  });

  it('shows who controlled Nagorno-Karabakh’s surroundings before and after the 2020 war', async ({ data }) => {
    const controllers = async (asOf: string) => {
      const { neighborhood } = await data<Graph>(NEIGHBORHOOD, { id: 'azerbaijan', asOf, types: ['CONTROLS'] });
      return neighborhood.edges.map((e) => e.to.slug).sort();
    };
    expect(await controllers('2019-01-01')).toEqual([]);
    expect(await controllers('2021-01-01')).toEqual(['regions-adjacent-to-nagorno-karabakh', 'territory-captured-by-azerbaijan-in-2020']);
  });

  it('is null for an unknown entity', async ({ data }) => {
    expect((await data<{ neighborhood: null }>(NEIGHBORHOOD, { id: 'atlantis' })).neighborhood).toBeNull();
  });
});

describe('summaries', () => {
  it('count relationships by type, most first', async ({ driver, data }) => {
    const { relationshipCounts } = await data<{ relationshipCounts: { type: string; count: number }[] }>('{ relationshipCounts { type count } }');
    const { records } = await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(r) AS count');
    const expected = Object.fromEntries(records.map((r) => [r.get('type'), r.get('count')]));
    expect(Object.fromEntries(relationshipCounts.map((c) => [c.type, c.count]))).toEqual(expected);
    const counts = relationshipCounts.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('rank the most connected entities, by any or chosen types and kinds', async ({ driver, data }) => {
    const { mostConnected } = await data<{ mostConnected: { degree: number; entity: Named }[] }>(
      '{ mostConnected(first: 3, kinds: [STATE]) { degree entity { slug name } } }',
    );
    expect(mostConnected.map((c) => c.entity.slug)).toEqual(['armenia', 'azerbaijan', 'russia']);
    const { records } = await driver.executeQuery("MATCH (:Entity {id: 'armenia'})-[r]-(:Entity) RETURN count(r) AS n");
    expect(mostConnected[0]?.degree).toBe(records[0]?.get('n'));

    const accusers = await data<{ mostConnected: { degree: number; entity: Named }[] }>(
      '{ mostConnected(types: [ACCUSES], asOf: "2022-09-14") { degree entity { slug } } }',
    );
    expect(accusers.mostConnected[0]).toMatchObject({ entity: { slug: 'armenia' }, degree: 4 });
  });

  it('profile an entity in one call', async ({ data }) => {
    const { profile } = await data<{
      profile: {
        entity: Named;
        supportedBy: { from: Named }[];
        accuses: { allegation: string; to: Named }[];
        accusedBy: { from: Named }[];
        memberOf: { to: Named }[];
        events: { to: Named }[];
        leaders: { from: Named }[];
      };
    }>(`{
      profile(id: "armenia") {
        entity { slug name }
        supportedBy { from { slug name } }
        accuses { ... on Accusation { allegation } to { slug name } }
        accusedBy { from { slug name } }
        memberOf { to { slug name } }
        events { to { slug name } }
        leaders { from { slug name } }
      }
    }`);
    expect(profile.supportedBy.map((r) => r.from.name)).toEqual(['Russia']);
    expect(profile.accuses.map((r) => r.allegation).sort()).toEqual(['shelling border towns', 'starting the fighting']);
    expect(profile.memberOf.map((r) => r.to.slug)).toEqual(['csto']);
    expect(profile.leaders.map((r) => r.from.name)).toEqual(['Nikol Pashinyan']);
    expect(profile.events.map((r) => r.to.slug)).toEqual(expect.arrayContaining(['september-2022-border-clashes', 'nagorno-karabakh-conflict']));
    expect((await data<{ profile: null }>('{ profile(id: "atlantis") { entity { name } } }')).profile).toBeNull();
  });
});
