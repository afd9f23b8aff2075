/**
 * A second report joins the graph through review, against the real Neo4j holding the article,
 * over the real endpoint: what the graph already holds is matched and shown beside the draft with
 * a suggested choice; a reviewer corroborates, contests or replaces (a stale revision or a reader
 * is refused, and nothing is written); the import counts new, corroborated and contested items and
 * changes no value of the article's; a reviewer adds what the draft missed from the report's own
 * sentence; a link teaches the graph a name the next draft resolves; a draft file opens for review.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { projectRoot } from '../src/paths.js';
import { it } from './fixture.js';
import { graphql, testServer } from './helpers.js';

const EDITOR = 'editor-key-for-joining-0123456789';
const COLLEAGUE = 'colleague-key-for-joining-0123456789';
const READER = 'reader-key-for-joining-0123456789';
it.override('serverConfig', {
  auth: {
    readsRequireToken: false,
    rolesClaim: 'roles',
    apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR},colleague:editor:${COLLEAGUE},reader-bot:reader:${READER}`),
  },
});

type Item = Record<string, unknown>;
const DRAFT = `id revision
  entities { id name state linkedTo { id } }
  relationships { id type state choice suggestedChoice differsFromGraph
    inGraph { slug statements { answers source { slug } } } }`;
interface Draft {
  id: string;
  revision: number;
  entities: Item[];
  relationships: {
    id: string;
    type: string;
    state: string;
    choice: string | null;
    suggestedChoice: string | null;
    differsFromGraph: string[];
    inGraph: Item | null;
  }[];
}
const AS_DRAFT = `__typename ... on Draft { ${DRAFT} } ... on MutationError { message }`;

const wire = () => readFile(join(projectRoot, 'tests', 'fixtures', 'joining', 'wire-afp-armenia-azerbaijan-2022-09-13.txt'), 'utf8');

/** Every stored property of the article's items, by id: what no later source may change. */
async function articleValues(driver: import('neo4j-driver').Driver): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS p UNION ALL MATCH (e:Entity) RETURN e.id AS id, properties(e) AS p',
  );
  return new Map(records.map((record) => [record.get('id') as string, JSON.stringify(record.get('p'))]));
}

describe('a second report, drafted against the graph', () => {
  let draft: Draft;
  let before: Map<string, string>;

  it('is matched to what the graph holds, shown beside it with a suggested choice', async ({ data, driver }) => {
    before = await articleValues(driver);
    const { draftReport } = await data<{ draftReport: Draft }>(
      `mutation($input: DraftReportInput!) { draftReport(input: $input) { ${AS_DRAFT} } }`,
      { input: { text: await wire(), published: '2022-09-13', title: 'Dozens killed in Armenia-Azerbaijan border clashes' } },
      EDITOR,
    );
    draft = draftReport;
    const held = draft.relationships.find((r) => r.id === 'armed-forces-of-armenia-part-of-armenia');
    expect(held).toMatchObject({
      suggestedChoice: 'CORROBORATE',
      differsFromGraph: [],
      inGraph: { slug: 'armed-forces-of-armenia-part-of-armenia', statements: [{ answers: true, source: { slug: 'armenia-azerbaijan-2022-09' } }] },
    });
    expect(draft.relationships.filter((r) => r.inGraph === null).every((r) => r.suggestedChoice === null)).toBe(true);
  });

  it('refuses a choice over a colleague’s newer one, and any choice from a reader, writing nothing', async ({ server }) => {
    const choose = (token: string, choice: string, revision: number) =>
      graphql<{ chooseForDraftItems: Item }>(
        server,
        `mutation($draft: String!, $items: [String!]!, $choice: ReviewChoice!, $revision: Int) {
           chooseForDraftItems(draft: $draft, items: $items, choice: $choice, revision: $revision) { ${AS_DRAFT} } }`,
        { draft: draft.id, items: ['armed-forces-of-armenia-part-of-armenia'], choice, revision },
        token,
      );
    const first = await choose(EDITOR, 'CONTEST', draft.revision);
    expect(first.data?.chooseForDraftItems.__typename).toBe('Draft');
    const stale = await choose(COLLEAGUE, 'REPLACE', draft.revision);
    expect(stale.data?.chooseForDraftItems, JSON.stringify(stale)).toMatchObject({ __typename: 'ConflictError' });
    const reader = await choose(READER, 'REPLACE', draft.revision + 1);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const now = await graphql<{ draft: Draft }>(server, `query($id: String!) { draft(id: $id) { ${DRAFT} } }`, { id: draft.id }, EDITOR);
    expect(now.data?.draft.revision).toBe(draft.revision + 1);
    expect(now.data?.draft.relationships.find((r) => r.id === 'armed-forces-of-armenia-part-of-armenia')?.choice).toBe('CONTEST');
    draft = now.data?.draft as Draft;
  });

  it('takes what the extractor missed from the report’s own sentence', async ({ data }) => {
    const missed = {
      id: 'nikol-pashinyan-reports-armenian-soldiers-killed',
      type: 'REPORTS',
      from: 'nikol-pashinyan',
      to: 'september-2022-border-clashes',
      confidence: 'CLAIM',
      category: 'DEATHS',
      figure: 49,
      figureText: 'At least 49 Armenian soldiers',
      qualifier: 'MORE_THAN',
      unit: 'soldiers killed',
      whose: 'armenia',
      citations: [
        {
          quote:
            'YEREVAN, Sept 13 (AFP) - At least 49 Armenian soldiers were killed in overnight fighting on the border with Azerbaijan, Prime Minister Nikol Pashinyan told parliament on Tuesday, in the deadliest flare-up between the two former Soviet neighbours since their 2020 war.',
          assertedBy: 'nikol-pashinyan',
        },
      ],
    };
    const { addDraftItem } = await data<{ addDraftItem: Draft }>(
      `mutation($draft: String!, $json: String!, $revision: Int) { addDraftItem(draft: $draft, json: $json, revision: $revision) { ${AS_DRAFT} } }`,
      { draft: draft.id, json: JSON.stringify(missed), revision: draft.revision },
      EDITOR,
    );
    expect(addDraftItem.relationships.find((r) => r.id === missed.id)?.state).toBe('EDITED');
    draft = addDraftItem;
  });

  it('imports what was accepted, counting new, corroborated and contested items, and changes no value of the article', async ({ data, driver }) => {
    const rest = draft.relationships.filter((r) => r.state === 'PROPOSED').map((r) => r.id);
    await data(
      `mutation($draft: String!, $items: [String!]!) { reviewDraftItems(draft: $draft, items: $items, state: ACCEPTED) { ${AS_DRAFT} } }`,
      { draft: draft.id, items: rest },
      EDITOR,
    );
    const { importDraft } = await data<{ importDraft: { created: number; corroborated: number; contested: number; items: { id: string; outcome: string }[] } }>(
      `mutation($draft: String!) { importDraft(draft: $draft) { ... on ImportDraftPayload { created corroborated contested items { id outcome } } } }`,
      { draft: draft.id },
      EDITOR,
    );
    const outcome = Object.fromEntries(importDraft.items.map((i) => [i.id, i.outcome]));
    // Chosen as a contest, but it states the graph's own values: the outcome tells what was written.
    expect(outcome['armed-forces-of-armenia-part-of-armenia']).toBe('CORROBORATED');
    expect(outcome['nikol-pashinyan-reports-armenian-soldiers-killed']).toBe('CREATED');
    expect(importDraft.created).toBeGreaterThan(0);
    expect(importDraft.contested + importDraft.corroborated).toBeGreaterThan(0);
    const after = await articleValues(driver);
    expect([...before].filter(([id, value]) => after.get(id) !== value).map(([id]) => id)).toEqual([]);
  });

  it('shows the report’s toll against the article’s in contested, each with its source', async ({ data }) => {
    const { contested } = await data<{
      contested: { conflictingFigures: { whose: { slug: string } | null; figures: { figure: number; sources: { slug: string }[] }[] }[] };
    }>(`{ contested(entity: "september-2022-border-clashes") { conflictingFigures { whose { slug } figures { figure sources { slug } } } } }`);
    const armenian = contested.conflictingFigures.find((c) => c.whose?.slug === 'armenia');
    expect(armenian?.figures.map((f) => [f.figure, f.sources.map((s) => s.slug)])).toEqual(
      expect.arrayContaining([
        [105, ['armenia-azerbaijan-2022-09']],
        [49, [expect.stringMatching(/^dozens-killed-in-armenia-azerbaijan-border-clashes/)]],
      ]),
    );
  });
});

describe('linking a drafted entity to the graph', () => {
  const TEXT = 'Test text written for the conflict-graph project.\n\nThe Yerevan cabinet accused Azerbaijan of shelling border towns.';
  const drafted = {
    format: 'conflict-graph/v1',
    draft: { extractor: 'test', createdAt: new Date().toISOString(), resolvedAgainstGraph: true },
    sources: [{ id: 'yerevan-cabinet-note-2022-09-15', title: 'A note on the cabinet', language: 'en', published: { from: '2022-09-15' }, text: TEXT }],
    entities: [
      {
        id: 'yerevan-cabinet',
        kind: 'ORGANIZATION',
        orgType: 'GOVERNMENT',
        name: 'Yerevan cabinet',
        citations: [{ quote: 'The Yerevan cabinet accused Azerbaijan of shelling border towns.' }],
        review: { state: 'PROPOSED' },
      },
    ],
    relationships: [],
  };

  it('teaches the graph the name, so the next draft resolves it', async ({ data }) => {
    const { openDraft } = await data<{ openDraft: Draft }>(
      `mutation($d: String!) { openDraft(document: $d) { ${AS_DRAFT} } }`,
      { d: JSON.stringify(drafted) },
      EDITOR,
    );
    const linked = await data<{ linkDraftEntity: Draft }>(
      `mutation($draft: String!) { linkDraftEntity(draft: $draft, entity: "yerevan-cabinet", to: "government-of-armenia") { ${AS_DRAFT} } }`,
      { draft: openDraft.id },
      EDITOR,
    );
    expect(linked.linkDraftEntity.entities[0]).toMatchObject({ state: 'REJECTED', linkedTo: { id: expect.any(String) } });
    await data(`mutation($draft: String!) { importDraft(draft: $draft) { __typename } }`, { draft: openDraft.id }, EDITOR);
    const { entity } = await data<{ entity: { aliases: string[] } }>('{ entity(id: "government-of-armenia") { aliases } }');
    expect(entity.aliases).toContain('Yerevan cabinet');

    const { draftReport } = await data<{ draftReport: { relationships: { type: string; from: { id: string } }[] } }>(
      `mutation($input: DraftReportInput!) { draftReport(input: $input) { ... on Draft { relationships { type from { id } } } } }`,
      { input: { text: 'The Yerevan cabinet accused Azerbaijan of shelling villages on Friday.', published: '2022-09-17' } },
      EDITOR,
    );
    expect(draftReport.relationships).toContainEqual({ type: 'ACCUSES', from: { id: 'government-of-armenia' } });
  });

  it('opens only a draft, and refuses a plain document naming what is wrong', async ({ server }) => {
    const { draft: _draft, ...plain } = drafted;
    const plainDocument = { ...plain, entities: plain.entities.map(({ review: _review, ...e }) => e) };
    const refused = await graphql<{ openDraft: Item }>(
      server,
      `
        mutation ($d: String!) {
          openDraft(document: $d) {
            __typename
            ... on ImportRejectedError {
              problems {
                path
                message
              }
            }
          }
        }
      `,
      { d: JSON.stringify(plainDocument) },
      EDITOR,
    );
    expect(refused.data?.openDraft).toMatchObject({ __typename: 'ImportRejectedError', problems: [{ path: 'draft' }] });
  });
});

describe('tokens', () => {
  it('tell a server with no keys from an unknown key', async () => {
    const bare = testServer({ auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: [] } });
    const keyed = testServer({ auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`x:editor:${EDITOR}`) } });
    try {
      const none = await graphql(bare, '{ __typename }', {}, 'some-key-nobody-issued-0123');
      const unknown = await graphql(keyed, '{ __typename }', {}, 'some-key-nobody-issued-0123');
      expect(none.errors?.[0]?.message).toMatch(/has no API keys.*npm start makes a local editor token/);
      expect(unknown.errors?.[0]?.message).toBe('Unknown API key.');
    } finally {
      await bare.dispose();
      await keyed.dispose();
    }
  });
});
