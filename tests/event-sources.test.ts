/**
 * Sources side by side (`Event.sources`) on the real Neo4j through the endpoint: the article, then a
 * second short test report (a test text written for the project) giving a different toll for the
 * September 2022 clashes; both reports listed, the 71 against the 80 marked as a conflict, the
 * unchanged 105 as agreement, the repeated accusation as corroborated, and the import of the second
 * report leaving the event itself as it was.
 */
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { importFile } from '../src/import/index.js';
import { projectRoot } from '../src/paths.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { graphql } from './helpers.js';

const SECOND = join(projectRoot, 'tests', 'fixtures', 'sources-view', 'second-toll-september-2022.json');

const SOURCES = `{
  entity(id: "september-2022-border-clashes") {
    description
    ... on Event {
      sources {
        conflicts
        reports { source { slug title } mentions { quote } statements { slug type } }
        comparisons { kind topic agreement claims { source { slug } says figure when confidence statedBy { slug } quotes } }
      }
    }
  }
}`;
type Claim = { source: { slug: string }; says: string; figure: number | null; statedBy: { slug: string } | null; quotes: string[] };
type Answer = {
  entity: {
    description: string;
    sources: {
      conflicts: number;
      reports: { source: { slug: string }; mentions: { quote: string }[]; statements: { slug: string; type: string }[] }[];
      comparisons: { kind: string; topic: string; agreement: string; claims: Claim[] }[];
    };
  };
};

async function ask(server: Server): Promise<Answer['entity']> {
  const response = await graphql<Answer>(server, SOURCES);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return (response.data as Answer).entity;
}

let before: Answer['entity'];
// The fixture's database holds the article; the second report comes after the answer it gives alone.
it.beforeAll(async ({ db, server }) => {
  before = await ask(server);
  await importFile(db, SECOND, 'import:second-toll-september-2022.json');
});

describe('Event.sources', () => {
  it('with one report, lists it with what it states, and nothing conflicts between sources', () => {
    expect(before.sources.reports.map((r) => r.source.slug)).toEqual(['armenia-azerbaijan-2022-09']);
    expect(before.sources.conflicts).toBe(0);
    expect(before.sources.comparisons.every((c) => c.agreement === 'SINGLE_SOURCE')).toBe(true);
    expect(before.sources.reports[0]?.statements.map((s) => s.slug)).toContain('ministry-of-defence-of-azerbaijan-reports-deaths');
  });

  it('puts a second report beside the first: the 71 against the 80 marked as a conflict, each with its quote', async ({ server }) => {
    const after = await ask(server);
    expect(after.description).toBe(before.description);
    expect(after.sources.reports.map((r) => r.source.slug)).toEqual(['armenia-azerbaijan-2022-09', 'test-second-toll-2022-09-16']);
    expect(after.sources.reports[1]?.mentions.map((m) => m.quote)).toEqual(['The clashes began on the night of 12 to 13 September.']);
    const toll = after.sources.comparisons.find((c) => c.kind === 'FIGURE' && c.topic === 'Deaths: soldiers killed (Azerbaijan)');
    expect(toll?.agreement).toBe('CONFLICT');
    expect(toll?.claims.map((c) => [c.source.slug, c.figure, c.statedBy?.slug])).toEqual([
      ['armenia-azerbaijan-2022-09', 71, 'ministry-of-defence-of-azerbaijan'],
      ['test-second-toll-2022-09-16', 80, 'ministry-of-defence-of-azerbaijan'],
    ]);
    expect(toll?.claims[1]?.quotes[0]).toMatch(/80 Azerbaijani soldiers had been killed/);
    expect(toll?.claims[0]?.says).toBe('71 Azerbaijani soldiers (soldiers killed, exact), per Ministry of Defence of Azerbaijan');
    // Conflicts come first.
    expect(after.sources.comparisons[0]?.agreement).toBe('CONFLICT');
    expect(after.sources.conflicts).toBe(1);
  });

  it('marks where the reports agree: the same 105, and the same accusation from both', async ({ server }) => {
    const after = await ask(server);
    const armenian = after.sources.comparisons.find((c) => c.topic === 'Deaths: soldiers killed (Armenia)');
    expect(armenian?.agreement).toBe('AGREE');
    expect(armenian?.claims.map((c) => c.figure)).toEqual([105, 105]);
    const accusation = after.sources.comparisons.find((c) => c.kind === 'ACCUSATION' && c.topic === 'Armenia accuses Azerbaijan');
    expect(accusation?.agreement).toBe('AGREE');
    expect(new Set(accusation?.claims.map((c) => c.source.slug))).toEqual(new Set(['armenia-azerbaijan-2022-09', 'test-second-toll-2022-09-16']));
    const alone = after.sources.comparisons.filter((c) => c.agreement === 'SINGLE_SOURCE');
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every((c) => new Set(c.claims.map((claim) => claim.source.slug)).size === 1)).toBe(true);
  });
});
