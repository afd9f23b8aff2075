/**
 * An import only adds, against the real Neo4j through the real endpoint: importing a document again
 * keeps what an analyst edited since (values it leaves out, aliases), a value it states replaces the
 * stored one (the old stays readable as known before), an id merged into another entity is read as
 * the survivor, an old draft naming an entity deleted since is refused with a typed problem, and a
 * draft with nothing accepted writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { createDraft } from '../src/graph/drafts.js';
import { NothingAccepted, importDocumentText } from '../src/import/index.js';
import { it } from './fixture.js';
import { snapshot } from './helpers.js';

const EDITOR = 'editor-key-for-reimport-0123456789';
const ADMIN = 'admin-key-for-reimport-0123456789';
it.override('article', false);
it.override('serverConfig', {
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR},admin-bot:admin:${ADMIN}`) },
});

const TEXT =
  'Georgia said talks on Tuesday in Tbilisi were calm. Tskhinvali was quiet. The European Union sent observers to Tbilisi. ' +
  'The clashes began on 13 September 2022.';

type Item = Record<string, unknown>;
const georgia = (extra: Item = {}): Item => ({ id: 'georgia', kind: 'STATE', name: 'Georgia', citations: [{ quote: 'Georgia said talks' }], ...extra });
const tbilisi: Item = { id: 'tbilisi', kind: 'REGION', regionType: 'CITY', name: 'Tbilisi', citations: [{ quote: 'talks on Tuesday in Tbilisi' }] };
const tskhinvali: Item = {
  id: 'tskhinvali',
  kind: 'REGION',
  regionType: 'CITY',
  name: 'Tskhinvali',
  description: 'A city.',
  citations: [{ quote: 'Tskhinvali was quiet' }],
};
const eu: Item = {
  id: 'the-european-union',
  kind: 'ORGANIZATION',
  orgType: 'ALLIANCE',
  name: 'The European Union',
  citations: [{ quote: 'The European Union sent observers' }],
};
const clashes: Item = {
  id: 'clashes',
  kind: 'EVENT',
  eventType: 'CLASH',
  name: 'Clashes',
  start: '2022-09-13',
  citations: [{ quote: 'The clashes began on 13 September 2022' }],
};
const located = (from: string): Item => ({
  id: `${from}-located-in-georgia`,
  type: 'LOCATED_IN',
  from,
  to: 'georgia',
  confidence: 'REPORTED_FACT',
  time: { from: '2022-09' },
  citations: [{ quote: from === 'tbilisi' ? 'talks on Tuesday in Tbilisi' : 'Tskhinvali was quiet' }],
});

function document(entities: Item[], relationships: Item[] = [], extra: Item = {}): string {
  const source = { id: 'reimport-source', title: 'Reimport', language: 'en', text: TEXT };
  return JSON.stringify({ format: 'conflict-graph/v1', sources: [source], entities, relationships, ...extra }, null, 2);
}

/** The same items as a draft made now, every item in the given review state. */
function draft(entities: Item[], relationships: Item[], state = 'ACCEPTED'): string {
  const review = { state, by: 'editor-bot', at: new Date().toISOString() };
  return document(
    entities.map((e) => ({ ...e, review })),
    relationships.map((r) => ({ ...r, review })),
    {
      draft: { extractor: 'test', createdAt: new Date().toISOString(), resolvedAgainstGraph: true },
    },
  );
}

async function entity(driver: import('neo4j-driver').Driver, id: string): Promise<Record<string, unknown> | undefined> {
  const { records } = await driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN properties(e) AS p', { id });
  return records[0]?.get('p');
}

describe('importing a document again', () => {
  it('keeps what an analyst edited since: fields the document leaves out, and aliases (new ones added after)', async ({ db, driver, data }) => {
    await importDocumentText(db, document([georgia(), clashes]));
    await data(
      'mutation { updateEntity(id: "georgia", patch: { aliases: ["Sakartvelo"], description: "Curated by an analyst.", recognized: false }) { __typename } }',
      {},
      EDITOR,
    );
    const again = await importDocumentText(db, document([georgia(), clashes]));
    expect(again.entities).toEqual([
      { id: 'georgia', outcome: 'unchanged' },
      { id: 'clashes', outcome: 'unchanged' },
    ]);
    expect(await entity(driver, 'georgia')).toMatchObject({ aliases: ['Sakartvelo'], description: 'Curated by an analyst.', recognized: false });

    const more = await importDocumentText(db, document([georgia({ aliases: ['Gruzia', 'Sakartvelo', 'Georgia'] })]));
    expect(more.entities).toEqual([{ id: 'georgia', outcome: 'updated' }]);
    expect(await entity(driver, 'georgia')).toMatchObject({ aliases: ['Sakartvelo', 'Gruzia'], description: 'Curated by an analyst.' });
  });

  it('changes nothing when the same file is imported twice', async ({ db, driver }) => {
    const text = document([georgia({ aliases: ['Gruzia'] }), tbilisi, clashes], [located('tbilisi')]);
    await importDocumentText(db, text);
    const before = await snapshot(driver);
    const report = await importDocumentText(db, text);
    const outcomes = [...report.sources, ...report.entities, ...report.relationships, ...report.citations];
    expect(new Set(outcomes.map((item) => item.outcome))).toEqual(new Set(['unchanged']));
    expect(await snapshot(driver)).toEqual(before);
  });

  it('replaces a value it states differently, and the old one stays readable as known before', async ({ db, driver, data }) => {
    const before = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await importDocumentText(
      db,
      document([
        { ...tbilisi, description: 'The capital of Georgia.' },
        { ...clashes, start: '2022-09-12T22:00:00+04:00' },
      ]),
    );
    expect(report.entities).toEqual([
      { id: 'tbilisi', outcome: 'updated' },
      { id: 'clashes', outcome: 'updated' },
    ]);
    // A date given without a time clears the time stored with the old date.
    await importDocumentText(db, document([{ ...clashes, start: '2022-09-14' }]));
    expect(await entity(driver, 'clashes')).toMatchObject({ startPrecision: 'DAY' });
    expect((await entity(driver, 'clashes'))?.startTime).toBeUndefined();
    const read = await data<{ now: { description: string }; then: { description: string | null } }>(
      'query($at: DateTime) { now: entity(id: "tbilisi") { description } then: entity(id: "tbilisi", asKnownAt: $at) { description } }',
      { at: before.toISOString() },
    );
    expect(read).toEqual({ now: { description: 'The capital of Georgia.' }, then: { description: null } });
  });
});

describe('an id merged into another entity', () => {
  it('is read as the survivor, as a relationship end and as an entity item, and the report says so', async ({ db, driver, data }) => {
    await importDocumentText(db, document([georgia(), tbilisi, tskhinvali], [located('tskhinvali')]));
    await data('mutation { mergeEntities(survivor: "tbilisi", duplicate: "tskhinvali") { __typename } }', {}, ADMIN);
    const report = await importDocumentText(db, document([georgia(), tbilisi, tskhinvali], [located('tskhinvali')]));
    expect(report.redirected).toEqual([{ id: 'tskhinvali', to: 'tbilisi' }]);
    expect(await entity(driver, 'tskhinvali')).toBeUndefined();
    const survivor = await entity(driver, 'tbilisi');
    expect(survivor).toMatchObject({ name: 'Tbilisi', aliases: ['Tskhinvali'], mergedFrom: ['tskhinvali'] });
    const { records } = await driver.executeQuery("MATCH (a)-[r:LOCATED_IN {id: 'tskhinvali-located-in-georgia'}]->(b) RETURN a.id AS a, b.id AS b");
    expect(records.map((r) => [r.get('a'), r.get('b')])).toEqual([['tbilisi', 'georgia']]);
    // Nothing new was said: no second citation of the same sentence, nothing written.
    expect(report.relationships).toEqual([{ id: 'tskhinvali-located-in-georgia', outcome: 'unchanged' }]);
    expect(new Set([...report.entities, ...report.citations].map((item) => item.outcome))).toEqual(new Set(['unchanged']));
  });
});

describe('importing an old draft', () => {
  it('is refused, with a typed problem per item naming who deleted what and when, while an entity it names was deleted since', async ({ db, driver, data }) => {
    const id = randomUUID();
    const items = [georgia(), eu];
    const relationships = [
      {
        id: 'eu-located-in-georgia',
        type: 'LOCATED_IN',
        from: 'the-european-union',
        to: 'georgia',
        confidence: 'CLAIM',
        citations: [{ quote: 'The European Union sent observers' }],
      },
    ];
    await db.writeTransaction((tx) => createDraft(tx, { id, title: 'Old draft', document: draft(items, []), by: 'editor-bot' }));
    await importDocumentText(db, document(items));
    await data('mutation { deleteEntity(id: "the-european-union", cascade: true) { __typename } }', {}, ADMIN);
    const before = await snapshot(driver);
    const refused = await data<{ importDraft: { __typename: string; problems: Record<string, unknown>[] } }>(
      `mutation($draft: String!) { importDraft(draft: $draft) { __typename
         ... on ImportRejectedError { problems { code path item deletedEntity deletedBy deletedAt message } } } }`,
      { draft: id },
      EDITOR,
    );
    expect(refused.importDraft.__typename).toBe('ImportRejectedError');
    expect(refused.importDraft.problems).toEqual([
      expect.objectContaining({
        code: 'ENTITY_DELETED',
        path: 'entities[1].id',
        item: 'the-european-union',
        deletedEntity: 'the-european-union',
        deletedBy: 'api-key:admin-bot',
      }),
    ]);
    expect(refused.importDraft.problems[0]?.message).toMatch(/deleted by api-key:admin-bot at .*after this draft was made.*reject this item, or link it/);
    expect(await snapshot(driver)).toEqual(before);
    // A plain document may still bring the id back: that is an explicit act.
    const plain = await importDocumentText(db, document(items, relationships));
    expect(plain.entities).toContainEqual({ id: 'the-european-union', outcome: 'created' });
  });

  it('writes nothing when nothing of it was accepted, and says so', async ({ db, driver, data }) => {
    const id = randomUUID();
    const text = draft([{ ...georgia(), id: 'abkhazia', name: 'Abkhazia' }], [], 'PROPOSED');
    const before = await snapshot(driver);
    const error = await importDocumentText(db, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NothingAccepted);
    expect((error as Error).message).toMatch(/nothing was written, since no item of the draft was accepted/);
    await db.writeTransaction((tx) => createDraft(tx, { id, title: 'Nothing accepted', document: text, by: 'editor-bot' }));
    const afterDraft = await snapshot(driver);
    const response = await data<{ importDraft: { __typename: string; skippedEntities: string[] } }>(
      'mutation($draft: String!) { importDraft(draft: $draft) { __typename ... on NothingAcceptedError { skippedEntities } } }',
      { draft: id },
      EDITOR,
    );
    expect(response.importDraft).toEqual({ __typename: 'NothingAcceptedError', skippedEntities: ['abkhazia'] });
    expect(await snapshot(driver)).toEqual(afterDraft);
    expect(afterDraft.nodes.length).toBe(before.nodes.length + 2);
  });
});
