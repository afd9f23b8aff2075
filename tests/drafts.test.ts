/**
 * From a report's text to the graph over GraphQL, against the real Neo4j holding the article: draft
 * a second report about the same September 2022 events, review it, import what was accepted. It
 * joins the graph (no second Azerbaijan), and its different death toll shows in `contested` beside
 * the article's, each with its source. Review follows references, refuses stale revisions, keeps
 * every change in the history; bad input gets typed errors and stores nothing; readers cannot draft.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { projectRoot } from '../src/paths.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { graphql, testServer } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
const READER = 'reader-key-0123456789abcdef';
it.override('serverConfig', {
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR},reader-bot:reader:${READER}`) },
});
const report = (name: string) => readFile(join(projectRoot, 'tests', 'fixtures', 'corpus', 'dev', `${name}.txt`), 'utf8');

interface DraftShape {
  id: string;
  revision: number;
  status: string;
  entities: { id: string; kind: string; name: string; state: string }[];
  relationships: {
    id: string;
    type: string;
    state: string;
    json: string;
    from: { id: string; drafted: boolean };
    to: { id: string; drafted: boolean };
    evidence: { sentence: { text: string }; rule: string }[];
  }[];
  counts: { proposed: number; accepted: number; rejected: number; edited: number };
}
const DRAFT_FIELDS = `id revision status
  entities { id kind name state }
  relationships { id type state json from { id drafted } to { id drafted } evidence { sentence { text } rule } }
  counts { proposed accepted rejected edited }`;

async function draftReport(server: Server, text: string, published: string, extra: Record<string, unknown> = {}) {
  return graphql<{ draftReport: DraftShape & { __typename: string; code?: string; message?: string } }>(
    server,
    `mutation($input: DraftReportInput!) { draftReport(input: $input) {
       __typename ... on Draft { ${DRAFT_FIELDS} } ... on ExtractionError { code message } } }`,
    { input: { text, published, ...extra } },
    EDITOR,
  );
}

const REVIEW = `mutation($draft: String!, $items: [String!]!, $state: ReviewState!, $revision: Int) {
  reviewDraftItems(draft: $draft, items: $items, state: $state, revision: $revision) {
    __typename ... on Draft { ${DRAFT_FIELDS} } ... on MutationError { message } } }`;

const draftCount = async (driver: Driver) => (await driver.executeQuery('MATCH (d:Draft) RETURN count(d) AS n')).records[0]?.get('n') as number;

describe('a second report about the same events', () => {
  let draft: DraftShape;

  it('is drafted against the graph: known entities referenced by id, never drafted again', async ({ server }) => {
    const response = await draftReport(server, await report('second-report-september-2022'), '2022-09-15', { title: 'Azerbaijan raises death toll' });
    expect(response.data?.draftReport.__typename).toBe('Draft');
    const { __typename: _typename, ...drafted } = response.data?.draftReport as DraftShape & { __typename: string };
    draft = drafted;
    expect(draft.status).toBe('OPEN');
    expect(draft.entities.map((e) => e.name)).not.toContain('Azerbaijan');
    expect(draft.entities.map((e) => e.id)).not.toContain('azerbaijan');
    const ends = draft.relationships.flatMap((r) => [r.from, r.to]);
    expect(ends).toContainEqual({ id: 'azerbaijan', drafted: false });
    expect(ends).toContainEqual({ id: 'september-2022-border-clashes', drafted: false });
    expect(draft.relationships.every((r) => r.state === 'PROPOSED' && r.evidence.length > 0)).toBe(true);
    expect(draft.counts.proposed).toBe(draft.entities.length + draft.relationships.length);
  });

  it('is kept in the graph: a colleague reads it back through another server', async () => {
    const other = testServer({ auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) } });
    try {
      const response = await graphql<{ drafts: { id: string; title: string }[]; draft: DraftShape }>(
        other,
        `query($id: String!) { drafts(status: OPEN) { id title } draft(id: $id) { ${DRAFT_FIELDS} } }`,
        { id: draft.id },
        EDITOR,
      );
      expect(response.data?.drafts).toContainEqual({ id: draft.id, title: 'Azerbaijan raises death toll' });
      expect(response.data?.draft).toEqual(draft);
    } finally {
      await other.dispose();
    }
  });

  it('refuses a change over a newer revision', async ({ server }) => {
    const stale = await graphql<{ reviewDraftItems: { __typename: string; message: string } }>(
      server,
      REVIEW,
      { draft: draft.id, items: [draft.relationships[0]?.id], state: 'REJECTED', revision: draft.revision - 1 },
      EDITOR,
    );
    expect(stale.data?.reviewDraftItems.__typename).toBe('ConflictError');
  });

  it('accepting a relationship accepts the drafted entities it needs; rejecting an entity rejects what needs it', async ({ data }) => {
    const needing = draft.relationships.find((r) => r.from.drafted || r.to.drafted);
    if (needing) {
      const accepted = await data<{ reviewDraftItems: DraftShape }>(
        REVIEW,
        { draft: draft.id, items: [needing.id], state: 'ACCEPTED', revision: draft.revision },
        EDITOR,
      );
      const drafted = [needing.from, needing.to].filter((end) => end.drafted).map((end) => end.id);
      for (const id of drafted) expect(accepted.reviewDraftItems.entities.find((e) => e.id === id)?.state).toBe('ACCEPTED');
      const rejected = await data<{ reviewDraftItems: DraftShape }>(REVIEW, { draft: draft.id, items: drafted, state: 'REJECTED' }, EDITOR);
      expect(rejected.reviewDraftItems.relationships.find((r) => r.id === needing.id)?.state).toBe('REJECTED');
    }
    // Every item back to PROPOSED, for the import below.
    const all = [...draft.entities, ...draft.relationships].map((item) => item.id);
    draft = (await data<{ reviewDraftItems: DraftShape }>(REVIEW, { draft: draft.id, items: all, state: 'PROPOSED' }, EDITOR)).reviewDraftItems;
    expect(draft.counts.proposed).toBe(all.length);
  });

  it('rejects an edit that makes an item invalid, naming the field, and changes nothing', async ({ server }) => {
    const item = draft.relationships[0] as DraftShape['relationships'][number];
    const broken = { ...JSON.parse(item.json), confidence: 'CERTAIN' };
    const response = await graphql<{ editDraftItem: { __typename: string; problems: { field: string }[] } }>(
      server,
      `
        mutation ($draft: String!, $item: String!, $json: String!) {
          editDraftItem(draft: $draft, item: $item, json: $json) {
            __typename
            ... on ValidationError {
              problems {
                field
                message
              }
            }
          }
        }
      `,
      { draft: draft.id, item: item.id, json: JSON.stringify(broken) },
      EDITOR,
    );
    expect(response.data?.editDraftItem).toMatchObject({ __typename: 'ValidationError', problems: [{ field: 'item.confidence' }] });
    const after = await graphql<{ draft: { revision: number } }>(server, 'query($id: String!) { draft(id: $id) { revision } }', { id: draft.id }, EDITOR);
    expect(after.data?.draft.revision).toBe(draft.revision);
  });

  it('imports only what was accepted, and the other death toll shows as contested, with both sources', async ({ driver, data }) => {
    const reports = draft.relationships.filter((r) => r.type === 'REPORTS');
    const accepted = draft.relationships.filter((r) => r.type === 'REPORTS' || r.type === 'ACCUSES').map((r) => r.id);
    expect(reports.length).toBeGreaterThan(0);
    await data(REVIEW, { draft: draft.id, items: accepted, state: 'ACCEPTED' }, EDITOR);
    const imported = await data<{ importDraft: { draft: { status: string; history: { action: string }[] }; skippedRelationships: string[] } }>(
      `mutation($draft: String!) { importDraft(draft: $draft) { __typename
         ... on ImportDraftPayload { draft { status history { action } } skippedRelationships items { id outcome } } } }`,
      { draft: draft.id },
      EDITOR,
    );
    expect(imported.importDraft.draft.status).toBe('IMPORTED');
    expect(imported.importDraft.draft.history.map((h) => h.action)).toEqual(expect.arrayContaining(['DRAFTED', 'ACCEPTED', 'IMPORTED']));
    expect(imported.importDraft.skippedRelationships.length).toBe(draft.relationships.length - accepted.length);

    const { records } = await driver.executeQuery("MATCH (e:Entity) WHERE toLower(e.name) = 'azerbaijan' RETURN count(e) AS n");
    expect(records[0]?.get('n')).toBe(1);

    // The same ministry's later toll is its revision of the first: both figures, each with its source.
    const contested = await data<{
      contested: { conflictingFigures: { whose: { slug: string } | null; figures: { figure: number; revision: boolean; sources: { title: string }[] }[] }[] };
    }>(
      '{ contested(entity: "september-2022-border-clashes") { conflictingFigures { whose { slug } figures { figure revision sources { title } } } } }',
      {},
      EDITOR,
    );
    const azerbaijani = contested.contested.conflictingFigures.find((c) => c.whose?.slug === 'azerbaijan');
    expect(azerbaijani?.figures.map((f) => [f.figure, f.revision])).toEqual([
      [71, false],
      [80, true],
    ]);
    const titles = azerbaijani?.figures.flatMap((f) => f.sources.map((s) => s.title));
    expect(titles).toEqual(['Armenia – Azerbaijan. There are fights going on. The parties report the losses', 'Azerbaijan raises death toll']);
  });
});

describe('bad input to drafting', () => {
  it('gets a typed error for each way a text cannot be drafted, and stores nothing', async ({ server, driver }) => {
    const before = await draftCount(driver);
    const cases: [string, string][] = [
      ['   \n ', 'EMPTY_TEXT'],
      ['Armenia accused Azerbaijan of shelling. '.repeat(6_000), 'TEXT_TOO_LONG'],
      [
        'Le ministère arménien de la Défense a déclaré mercredi que les forces azerbaïdjanaises avaient bombardé plusieurs villes ' +
          'frontalières pendant la nuit, faisant de nombreuses victimes parmi les soldats et les civils de la région.',
        'UNSUPPORTED_LANGUAGE',
      ],
      ['<html><body><p>Armenia accused Azerbaijan of shelling border towns on Tuesday.</p></body></html>', 'NOT_PLAIN_TEXT'],
      ['Good evening', 'NOTHING_FOUND'],
    ];
    for (const [text, code] of cases) {
      const response = await draftReport(server, text, '2022-09-14');
      expect(response.data?.draftReport, code).toMatchObject({ __typename: 'ExtractionError', code });
    }
    expect(await draftCount(driver)).toBe(before);
  });

  it('is for editors: a reader cannot draft', async ({ server }) => {
    const response = await graphql(
      server,
      'mutation { draftReport(input: { text: "Armenia accused Azerbaijan of shelling border towns.", published: "2022-09-14" }) { __typename } }',
      {},
      READER,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
