/**
 * Six second reports on the seed's clashes (tests/fixtures/joining/), each drafted against the graph
 * over the real endpoint, accepted whole and imported one after another, as an analyst who trusts
 * the drafts would: afterwards no stored value of the article changed, the graph holds one clash
 * (each report's fighting joined it), contested shows each side's tolls against the article's with
 * every figure's own sources, and no report made a mutual accusation between any states but the
 * clash's two parties.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { projectRoot } from '../src/paths.js';
import { it } from './fixture.js';

const EDITOR = 'editor-key-for-second-reports-0123456789';
it.override('serverConfig', { auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) } });

const DIR = join(projectRoot, 'tests', 'fixtures', 'joining');
const CLASH = 'september-2022-border-clashes';

/** Every stored property of every item, by id. */
async function storedValues(driver: import('neo4j-driver').Driver): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS p UNION ALL MATCH (e:Entity) RETURN e.id AS id, properties(e) AS p',
  );
  return new Map(records.map((record) => [record.get('id') as string, JSON.stringify(record.get('p'))]));
}

describe('six second reports on the clashes, each accepted whole and imported', () => {
  let before: Map<string, string>;

  // Six drafts and imports in turn: minutes, not seconds, on a busy 2-core machine.
  it('import one after another', { timeout: 180_000 }, async ({ data, driver }) => {
    before = await storedValues(driver);
    const reports = (await readdir(DIR)).filter((file) => file.endsWith('.txt')).sort((a, b) => (a.slice(-14) < b.slice(-14) ? -1 : 1));
    expect(reports).toHaveLength(6);
    for (const file of reports) {
      const text = await readFile(join(DIR, file), 'utf8');
      const published = /(\d{4}-\d{2}-\d{2})\.txt$/.exec(file)?.[1] as string;
      const { draftReport } = await data<{
        draftReport: { id: string; entities: { id: string; state: string }[]; relationships: { id: string; state: string }[] };
      }>(
        `mutation($input: DraftReportInput!) { draftReport(input: $input) { ... on Draft { id entities { id state } relationships { id state } } } }`,
        { input: { text, published, title: file.replace(/\.txt$/, '') } },
        EDITOR,
      );
      const items = [...draftReport.entities, ...draftReport.relationships].filter((i) => i.state === 'PROPOSED').map((i) => i.id);
      await data(
        `mutation($draft: String!, $items: [String!]!) { reviewDraftItems(draft: $draft, items: $items, state: ACCEPTED) { __typename } }`,
        {
          draft: draftReport.id,
          items,
        },
        EDITOR,
      );
      const { importDraft } = await data<{ importDraft: { __typename: string } }>(
        `mutation($draft: String!) { importDraft(draft: $draft) { __typename } }`,
        { draft: draftReport.id },
        EDITOR,
      );
      expect(importDraft.__typename, file).toBe('ImportDraftPayload');
    }
  });

  it('changed no stored value of the article', async ({ driver }) => {
    const after = await storedValues(driver);
    expect([...before].filter(([id, value]) => after.get(id) !== value).map(([id]) => id)).toEqual([]);
  });

  it('holds one clash of September 2022: every report’s fighting joined the article’s', async ({ data }) => {
    const { timeline } = await data<{ timeline: { slug: string; eventType: string }[] }>(
      '{ timeline(from: "2022-09-01", to: "2022-09-30") { slug eventType } }',
    );
    expect(timeline.filter((e) => e.eventType === 'CLASH' || e.eventType === 'WAR').map((e) => e.slug)).toEqual([CLASH]);
  });

  it('shows each side’s tolls against the article’s in contested, every figure with its own sources', async ({ data }) => {
    const { contested } = await data<{
      contested: { conflictingFigures: { whose: { slug: string } | null; figures: { figure: number; sources: { slug: string }[] }[] }[] };
    }>(`{ contested(entity: "${CLASH}") { conflictingFigures { whose { slug } figures { figure sources { slug } } } } }`);
    const figures = (whose: string) =>
      new Map(
        contested.conflictingFigures
          .filter((c) => c.whose?.slug === whose)
          .flatMap((c) => c.figures)
          .map((f) => [f.figure, f.sources.map((s) => s.slug)]),
      );
    const armenian = figures('armenia');
    expect(armenian.get(105)).toContain('armenia-azerbaijan-2022-09');
    expect(armenian.get(49)?.length).toBeGreaterThan(0);
    expect(armenian.get(49)).not.toContain('armenia-azerbaijan-2022-09');
    const azerbaijani = figures('azerbaijan');
    expect(azerbaijani.get(71)).toContain('armenia-azerbaijan-2022-09');
    expect(azerbaijani.get(50)?.length).toBeGreaterThan(0);
  });

  it('made no mutual accusation between any states but the clash’s two parties', async ({ data }) => {
    const { contested } = await data<{ contested: { mutualAccusations: { a: { slug: string }; b: { slug: string } }[] } }>(
      '{ contested { mutualAccusations { a { slug } b { slug } } } }',
    );
    for (const { a, b } of contested.mutualAccusations) expect([a.slug, b.slug].sort()).toEqual(['armenia', 'azerbaijan']);
  });
});
