/**
 * Every mutation through the endpoint on the real Neo4j: its success, each of its validation
 * failures (with the database unchanged afterwards), idempotency, the audit trail, merge keeping
 * every relationship and citation, deletion's guards, and a live update after a write.
 */
import type { Driver } from 'neo4j-driver';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { graphql, graphqlData, snapshot } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
const ADMIN = 'admin-key-0123456789abcdef';
const SOURCE = 'armenia-azerbaijan-2022-09';

it.override('serverConfig', {
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR},admin-bot:admin:${ADMIN}`) },
});

type Result = Record<string, { __typename: string; message?: string; problems?: { field: string; message: string }[] } & Record<string, unknown>>;

/** Runs a mutation that must succeed, as the editor unless a token is given. */
function mutate(server: Server, query: string, variables: Record<string, unknown> = {}, token = EDITOR): Promise<Result> {
  return graphqlData<Result>(server, query, variables, token);
}

/** Runs a mutation that must fail with the given typed error, and checks that it wrote nothing. */
async function refused(server: Server, driver: Driver, query: string, variables: Record<string, unknown>, typename: string, token = EDITOR) {
  const before = await snapshot(driver);
  const data = await mutate(server, query, variables, token);
  const [result] = Object.values(data);
  expect(result?.__typename, JSON.stringify(result)).toBe(typename);
  expect(await snapshot(driver)).toEqual(before);
  return result as { message: string; problems?: { field: string; message: string }[] };
}

const ERRORS = `... on MutationError { message } ... on ValidationError { problems { field message } }`;

const CREATE_ENTITY = `mutation($input: EntityInput!, $key: String) {
  createEntity(input: $input, idempotencyKey: $key) {
    __typename ${ERRORS}
    ... on EntityPayload { outcome entity { slug name kind createdBy ... on Region { regionType } } }
  }
}`;

const city = (extra: Record<string, unknown> = {}) => ({
  id: 'gyumri',
  kind: 'REGION',
  regionType: 'CITY',
  name: 'Gyumri',
  citations: [{ source: SOURCE, quote: 'other Armenian cities' }],
  ...extra,
});

describe('createEntity', () => {
  it('creates an entity, recorded with who created it; the same call again changes nothing', async ({ server, driver }) => {
    const first = await mutate(server, CREATE_ENTITY, { input: city() });
    expect(first.createEntity).toMatchObject({
      outcome: 'CREATED',
      entity: { slug: 'gyumri', kind: 'REGION', regionType: 'CITY', createdBy: 'api-key:editor-bot' },
    });
    const before = await snapshot(driver);
    expect((await mutate(server, CREATE_ENTITY, { input: city() })).createEntity).toMatchObject({ outcome: 'UNCHANGED' });
    expect(await snapshot(driver)).toEqual(before);
  });

  it('makes the id from the name when none is given', async ({ server }) => {
    const { createEntity } = await mutate(server, CREATE_ENTITY, { input: city({ id: null, name: 'Vanadzor (test)' }) });
    expect(createEntity).toMatchObject({ entity: { slug: 'vanadzor-test' } });
  });

  it('refuses a different entity under a taken id', async ({ server, driver }) => {
    const error = await refused(server, driver, CREATE_ENTITY, { input: city({ name: 'Leninakan' }) }, 'ConflictError');
    expect(error.message).toMatch(/already exists; use updateEntity/);
  });

  it('names the field for each invalid input, and writes nothing', async ({ server, driver }) => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [city({ id: 'x1', citations: [{ source: SOURCE, quote: 'a sentence the source never wrote' }] }), 'input.citations[0].quote', /does not occur verbatim/],
      [city({ id: 'x2', citations: [{ source: 'no-such-source', quote: 'x' }] }), 'input.citations[0].source', /unknown source "no-such-source"/],
      [city({ id: 'x3', citations: [] }), 'input.citations', /at least one citation/],
      [city({ id: 'x4', orgType: 'MINISTRY' }), 'input.orgType', /does not apply/],
      [
        city({ id: 'x5', kind: 'EVENT', regionType: null, eventType: 'PROTEST', start: '2022-09-15', end: '2022-09-14' }),
        'input.end',
        /ends \(2022-09-14\) before it starts/,
      ],
      [city({ id: 'x6', kind: 'EVENT', regionType: null, eventType: 'PROTEST', start: '2022-13-01' }), 'input.start', /date/],
      [city({ id: 'Not A Slug' }), 'input.id', /slug/],
    ];
    for (const [input, field, message] of cases) {
      const error = await refused(server, driver, CREATE_ENTITY, { input }, 'ValidationError');
      expect(error.problems, field).toContainEqual({ field, message: expect.stringMatching(message) });
    }
  });
});

const UPDATE_ENTITY = `mutation($id: ID!, $patch: EntityPatch!) {
  updateEntity(id: $id, patch: $patch) {
    __typename ${ERRORS}
    ... on EntityPayload { outcome entity { slug name description note aliases updatedBy citations { quote } } }
  }
}`;

describe('updateEntity', () => {
  it('changes the fields given, clears those set to null, keeps the rest, and adds citations', async ({ server }) => {
    await mutate(server, UPDATE_ENTITY, { id: 'gyumri', patch: { note: 'to be cleared' } });
    const { updateEntity } = await mutate(server, UPDATE_ENTITY, {
      id: 'gyumri',
      patch: { description: 'Second city of Armenia.', note: null, addCitations: [{ source: SOURCE, quote: 'in other Armenian cities' }] },
    });
    expect(updateEntity).toMatchObject({
      outcome: 'UPDATED',
      entity: { name: 'Gyumri', description: 'Second city of Armenia.', note: null, updatedBy: 'api-key:editor-bot' },
    });
    expect((updateEntity?.entity as { citations: unknown[] }).citations).toHaveLength(2);
  });

  it('says which entity does not exist, and validates the result like a creation', async ({ server, driver }) => {
    const missing = await refused(server, driver, UPDATE_ENTITY, { id: 'atlantis', patch: { name: 'Atlantis' } }, 'NotFoundError');
    expect(missing.message).toBe('No entity has the id "atlantis".');
    const invalid = await refused(
      server,
      driver,
      UPDATE_ENTITY,
      { id: 'gyumri', patch: { addCitations: [{ source: SOURCE, quote: 'not in the text' }] } },
      'ValidationError',
    );
    expect(invalid.problems?.[0]?.field).toBe('input.citations[2].quote');
  });
});

const ADD_SOURCE = `mutation($input: SourceInput!) {
  addSource(input: $input) { __typename ${ERRORS} ... on SourcePayload { outcome source { slug title } } }
}`;
const TEST_TEXT = 'Armenia said Gyumri was quiet. Azerbaijan denied shelling Gyumri.';
const testSource = (extra: Record<string, unknown> = {}) => ({ id: 'test-wire-report', title: 'Test wire report', language: 'en', text: TEST_TEXT, ...extra });

describe('addSource', () => {
  it('adds a source once; a repeat is unchanged, a different text under its id a conflict', async ({ server, driver }) => {
    expect((await mutate(server, ADD_SOURCE, { input: testSource() })).addSource).toMatchObject({ outcome: 'CREATED', source: { slug: 'test-wire-report' } });
    expect((await mutate(server, ADD_SOURCE, { input: testSource() })).addSource).toMatchObject({ outcome: 'UNCHANGED' });
    await refused(server, driver, ADD_SOURCE, { input: testSource({ text: 'Something else.' }) }, 'ConflictError');
    const error = await refused(server, driver, ADD_SOURCE, { input: testSource({ id: 'another', language: 'English' }) }, 'ValidationError');
    expect(error.problems?.[0]?.field).toBe('input.language');
  });
});

const ADD_RELATIONSHIP = `mutation($input: RelationshipInput!, $key: String) {
  addRelationship(input: $input, idempotencyKey: $key) {
    __typename ${ERRORS}
    ... on RelationshipPayload { outcome relationship { slug type confidence createdBy from { slug } to { slug } citations { quote assertedBy { slug } } ... on Accusation { allegation } } }
  }
}`;
const accusation = (extra: Record<string, unknown> = {}) => ({
  type: 'ACCUSES',
  from: 'azerbaijan',
  to: 'armenia',
  confidence: 'CLAIM',
  allegation: 'lying about Gyumri',
  time: { from: '2022-09-14' },
  citations: [{ source: 'test-wire-report', quote: 'Azerbaijan denied shelling Gyumri.', assertedBy: 'azerbaijan' }],
  ...extra,
});

describe('addRelationship', () => {
  it('adds a cited relationship, with a stable id so a repeat changes nothing', async ({ server }) => {
    const first = await mutate(server, ADD_RELATIONSHIP, { input: accusation() });
    expect(first.addRelationship).toMatchObject({
      outcome: 'CREATED',
      relationship: { type: 'ACCUSES', confidence: 'CLAIM', allegation: 'lying about Gyumri', from: { slug: 'azerbaijan' }, createdBy: 'api-key:editor-bot' },
    });
    const again = await mutate(server, ADD_RELATIONSHIP, { input: accusation() });
    expect(again.addRelationship).toMatchObject({ outcome: 'UNCHANGED' });
    expect((again.addRelationship?.relationship as { slug: string }).slug).toBe((first.addRelationship?.relationship as { slug: string }).slug);
  });

  it('names the field for each invalid input, and writes nothing', async ({ server, driver }) => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [accusation({ citations: [] }), 'input.citations', /at least one citation/],
      [accusation({ to: 'atlantis' }), 'input.to', /unknown entity "atlantis"/],
      [accusation({ type: 'LEADS', from: 'yerevan', allegation: null, office: 'mayor' }), 'input.from', /a REGION cannot be the source of LEADS/],
      [accusation({ time: { from: '2022-09-14', to: '2022-09-01' } }), 'input.time.to', /ends \(2022-09-01\) before it begins/],
      [
        accusation({ citations: [{ source: 'test-wire-report', quote: 'Azerbaijan admitted everything.' }] }),
        'input.citations[0].quote',
        /does not occur verbatim/,
      ],
      [accusation({ allegation: null }), 'input.allegation', /expected string/],
      [
        accusation({ citations: [{ source: 'test-wire-report', quote: 'Azerbaijan denied shelling Gyumri.', assertedBy: 'nobody' }] }),
        'input.citations[0].assertedBy',
        /unknown entity "nobody"/,
      ],
    ];
    for (const [input, field, message] of cases) {
      const error = await refused(server, driver, ADD_RELATIONSHIP, { input }, 'ValidationError');
      expect(error.problems, field).toContainEqual({ field, message: expect.stringMatching(message) });
    }
  });

  it('rejects a confidence outside the scale at the protocol level, naming the argument', async ({ server, driver }) => {
    const before = await snapshot(driver);
    const response = await graphql(server, ADD_RELATIONSHIP, { input: accusation({ confidence: 'CERTAIN' }) }, EDITOR);
    expect(response.errors?.[0]?.message).toMatch(/"CERTAIN".*Confidence/);
    expect(await snapshot(driver)).toEqual(before);
  });
});

const UPDATE_RELATIONSHIP = `mutation($id: ID!, $patch: RelationshipPatch!) {
  updateRelationship(id: $id, patch: $patch) {
    __typename ${ERRORS}
    ... on RelationshipPayload { outcome relationship { confidence note ... on Accusation { allegation } citations { quote } } }
  }
}`;
const RETRACT = `mutation($id: ID!, $reason: String!) {
  retractRelationship(id: $id, reason: $reason) {
    __typename ${ERRORS}
    ... on RelationshipPayload { outcome relationship { slug retracted retractedBy retractionReason } }
  }
}`;

describe('updating and retracting relationships', () => {
  it('changes what the patch names', async ({ server, driver }) => {
    const { updateRelationship } = await mutate(server, UPDATE_RELATIONSHIP, {
      id: 'turkey-supports-azerbaijan',
      patch: { note: 'Checked against a second source.' },
    });
    expect(updateRelationship).toMatchObject({ outcome: 'UPDATED', relationship: { confidence: 'REPORTED_FACT', note: 'Checked against a second source.' } });
    await refused(server, driver, UPDATE_RELATIONSHIP, { id: 'no-such-relationship', patch: { note: 'x' } }, 'NotFoundError');
    const invalid = await refused(
      server,
      driver,
      UPDATE_RELATIONSHIP,
      { id: 'turkey-supports-azerbaijan', patch: { time: { from: '2023', to: '2021' } } },
      'ValidationError',
    );
    expect(invalid.problems?.[0]?.field).toBe('input.time.to');
  });

  it('retracts: kept and marked, no longer counted, shown when asked for; twice changes nothing', async ({ server, driver }) => {
    const { retractRelationship } = await mutate(server, RETRACT, { id: 'russia-supports-armenia', reason: 'Test: the source withdrew it.' });
    expect(retractRelationship).toMatchObject({
      outcome: 'UPDATED',
      relationship: { retracted: true, retractedBy: 'api-key:editor-bot', retractionReason: 'Test: the source withdrew it.' },
    });
    const { data } = await graphql<{ entity: { supportedBy: unknown[] }; all: { totalCount: number }; kept: { totalCount: number } }>(
      server,
      `
        {
          entity(id: "armenia") {
            ... on State {
              supportedBy {
                from {
                  slug
                }
              }
            }
          }
          all: relationships(type: SUPPORTS, to: "armenia") {
            totalCount
          }
          kept: relationships(type: SUPPORTS, to: "armenia", includeRetracted: true) {
            totalCount
          }
        }
      `,
    );
    expect(data?.entity.supportedBy).toEqual([]);
    expect(data?.all.totalCount).toBe(0);
    expect(data?.kept.totalCount).toBe(1);
    expect((await mutate(server, RETRACT, { id: 'russia-supports-armenia', reason: 'again' })).retractRelationship).toMatchObject({ outcome: 'UNCHANGED' });
    await refused(server, driver, UPDATE_RELATIONSHIP, { id: 'russia-supports-armenia', patch: { note: 'x' } }, 'ConflictError');
  });
});

const IMPORT = `mutation($document: String!, $key: String) {
  importDocument(document: $document, idempotencyKey: $key) {
    __typename
    ... on ImportPayload { created updated unchanged items { kind id outcome } }
    ... on ImportRejectedError { message problems { line path item message } }
  }
}`;

function reportDocument(quote = 'Armenia said Gyumri was quiet.') {
  return JSON.stringify(
    {
      format: 'conflict-graph/v1',
      sources: [{ id: 'test-wire-report', title: 'Test wire report', language: 'en', text: TEST_TEXT }],
      relationships: [
        {
          id: 'armenia-reports-gyumri-quiet',
          type: 'REPORTS',
          from: 'armenia',
          to: 'september-2022-border-clashes',
          confidence: 'CLAIM',
          category: 'INJURIES',
          figure: 0,
          figureText: 'quiet',
          qualifier: 'VAGUE',
          unit: 'people injured in Gyumri',
          citations: [{ quote, assertedBy: 'armenia' }],
        },
      ],
    },
    null,
    2,
  );
}

describe('importDocument', () => {
  it('imports all or nothing with a report per item; again, everything is unchanged', async ({ server, driver }) => {
    const first = await mutate(server, IMPORT, { document: reportDocument() });
    expect(first.importDocument).toMatchObject({ __typename: 'ImportPayload', created: 2 });
    expect(first.importDocument?.items).toContainEqual({ kind: 'RELATIONSHIP', id: 'armenia-reports-gyumri-quiet', outcome: 'CREATED' });
    const before = await snapshot(driver);
    const second = await mutate(server, IMPORT, { document: reportDocument() });
    expect(second.importDocument).toMatchObject({ created: 0, updated: 0 });
    expect(await snapshot(driver)).toEqual(before);
  });

  it('rejects a document with a line-numbered problem per item, and writes nothing', async ({ server, driver }) => {
    const document = reportDocument('Armenia said Gyumri was burning.');
    const rejected = (await refused(server, driver, IMPORT, { document }, 'ImportRejectedError')) as unknown as {
      problems: { line: number; path: string; item: string }[];
    };
    expect(rejected.problems).toEqual([
      expect.objectContaining({
        path: 'relationships[0].citations[0].quote',
        item: 'armenia-reports-gyumri-quiet',
        line: document.split('\n').findIndex((line) => line.includes('was burning')) + 1,
      }),
    ]);
    const broken = (await refused(server, driver, IMPORT, { document: '{ "format": ' }, 'ImportRejectedError')) as unknown as { problems: { line: number }[] };
    expect(broken.problems[0]?.line).toBe(1);
  });

  it('with an idempotency key, does the work once and answers a retry with the first result', async ({ server, driver }) => {
    const document = reportDocument().replace('armenia-reports-gyumri-quiet', 'armenia-reports-gyumri-quiet-2');
    const first = await mutate(server, IMPORT, { document, key: 'import-once-123' });
    const before = await snapshot(driver);
    const retry = await mutate(server, IMPORT, { document, key: 'import-once-123' });
    expect(retry.importDocument).toEqual(first.importDocument);
    expect(await snapshot(driver)).toEqual(before);
    const misuse = await mutate(server, CREATE_ENTITY, { input: city({ id: 'another-city' }), key: 'import-once-123' });
    expect(misuse.createEntity).toMatchObject({ __typename: 'ConflictError', message: expect.stringMatching(/already used for IMPORT/) });
  });
});

const MERGE = `mutation($survivor: ID!, $duplicate: ID!) {
  mergeEntities(survivor: $survivor, duplicate: $duplicate) {
    __typename ${ERRORS}
    ... on MergePayload { mergedId relationshipsMoved relationshipsRetracted citationsMoved survivor { slug aliases mergedFrom } }
  }
}`;

describe('mergeEntities', () => {
  const counts = async (driver: Driver) => {
    const { records } = await driver.executeQuery(`
      MATCH (c:Citation) WITH count(c) AS citations
      MATCH (:Entity)-[r]->(:Entity) RETURN citations, count(r) AS relationships`);
    return records[0]?.toObject() as { citations: number; relationships: number };
  };

  it('moves every relationship, citation, asserted quote and name of the duplicate to the survivor', async ({ server, driver }) => {
    // A duplicate of the CSTO, as a second report might name it, with a relationship each way and
    // a citation it asserts.
    await mutate(server, ADD_SOURCE, {
      input: testSource({ id: 'test-odkb-report', text: 'The ODKB alliance said it would send observers. Armenia asked the ODKB alliance for help.' }),
    });
    await mutate(server, CREATE_ENTITY, {
      input: {
        id: 'odkb-alliance',
        kind: 'ORGANIZATION',
        orgType: 'ALLIANCE',
        name: 'ODKB alliance',
        aliases: ['ODKB bloc'],
        citations: [{ source: 'test-odkb-report', quote: 'The ODKB alliance' }],
      },
    });
    await mutate(server, ADD_RELATIONSHIP, {
      input: {
        id: 'armenia-asks-odkb',
        type: 'REQUESTS_HELP_FROM',
        from: 'armenia',
        to: 'odkb-alliance',
        confidence: 'REPORTED_FACT',
        citations: [{ source: 'test-odkb-report', quote: 'Armenia asked the ODKB alliance for help.' }],
      },
    });
    await mutate(server, ADD_RELATIONSHIP, {
      input: {
        id: 'odkb-mission',
        type: 'PARTICIPATES_IN',
        from: 'odkb-alliance',
        to: 'csto-observation-mission-2022',
        confidence: 'CLAIM',
        citations: [{ source: 'test-odkb-report', quote: 'The ODKB alliance said it would send observers.', assertedBy: 'odkb-alliance' }],
      },
    });
    await mutate(server, ADD_RELATIONSHIP, {
      input: {
        id: 'odkb-member-of-csto',
        type: 'MEMBER_OF',
        from: 'odkb-alliance',
        to: 'csto',
        confidence: 'ASSESSMENT',
        citations: [{ source: 'test-odkb-report', quote: 'The ODKB alliance' }],
      },
    });
    const before = await counts(driver);
    const { records } = await driver.executeQuery("MATCH (:Entity {id: 'csto'})-[r]-(:Entity) RETURN count(r) AS n");
    const cstoBefore = records[0]?.get('n') as number;

    const { mergeEntities } = await mutate(server, MERGE, { survivor: 'csto', duplicate: 'odkb-alliance' }, ADMIN);
    expect(mergeEntities).toMatchObject({
      __typename: 'MergePayload',
      mergedId: 'odkb-alliance',
      relationshipsRetracted: ['odkb-member-of-csto'],
      citationsMoved: 1,
      survivor: { slug: 'csto', mergedFrom: ['odkb-alliance'] },
    });
    expect((mergeEntities?.relationshipsMoved as string[]).sort()).toEqual(['armenia-asks-odkb', 'odkb-member-of-csto', 'odkb-mission']);
    expect((mergeEntities?.survivor as { aliases: string[] }).aliases).toEqual(expect.arrayContaining(['ODKB', 'ODKB alliance', 'ODKB bloc']));

    expect(await counts(driver)).toEqual(before);
    const after = await driver.executeQuery("MATCH (:Entity {id: 'csto'})-[r]-(:Entity) RETURN count(r) AS n");
    // Two relationships join the CSTO; the one that joined the two now joins it to itself (counted once).
    expect(after.records[0]?.get('n')).toBe(cstoBefore + 2);
    const gone = await driver.executeQuery("MATCH (e:Entity {id: 'odkb-alliance'}) RETURN count(e) AS n");
    expect(gone.records[0]?.get('n')).toBe(0);
    const asserted = await graphql<{ relationships: { edges: { node: { citations: { assertedBy: { slug: string } }[] } }[] } }>(
      server,
      '{ relationships(from: "csto", type: PARTICIPATES_IN) { edges { node { citations { assertedBy { slug } } } } } }',
    );
    expect(asserted.data?.relationships.edges.flatMap((e) => e.node.citations.map((c) => c.assertedBy?.slug))).toContain('csto');
  });

  it('refuses to merge entities of different kinds', async ({ server, driver }) => {
    const error = await refused(server, driver, MERGE, { survivor: 'armenia', duplicate: 'yerevan' }, 'ConflictError', ADMIN);
    expect(error.message).toMatch(/only entities of the same kind merge/);
  });
});

const DELETE = `mutation($id: ID!, $cascade: Boolean) {
  deleteEntity(id: $id, cascade: $cascade) { __typename ${ERRORS} ... on DeletePayload { deletedId relationshipsDeleted } }
}`;

describe('deleteEntity', () => {
  it('deletes an entity nothing else refers to', async ({ server, driver }) => {
    expect((await mutate(server, DELETE, { id: 'vanadzor-test' }, ADMIN)).deleteEntity).toMatchObject({ deletedId: 'vanadzor-test', relationshipsDeleted: [] });
    await refused(server, driver, DELETE, { id: 'vanadzor-test' }, 'NotFoundError', ADMIN);
  });

  it('needs cascade when relationships touch it, and then deletes them too', async ({ server, driver }) => {
    await mutate(server, ADD_RELATIONSHIP, {
      input: {
        id: 'gyumri-part-of-armenia',
        type: 'PART_OF',
        from: 'gyumri',
        to: 'armenia',
        confidence: 'REPORTED_FACT',
        citations: [{ source: SOURCE, quote: 'other Armenian cities' }],
      },
    });
    const error = await refused(server, driver, DELETE, { id: 'gyumri' }, 'ConflictError', ADMIN);
    expect(error.message).toMatch(/1 relationship\(s\) touch Gyumri; pass cascade: true/);
    const { deleteEntity } = await mutate(server, DELETE, { id: 'gyumri', cascade: true }, ADMIN);
    expect(deleteEntity).toMatchObject({ deletedId: 'gyumri', relationshipsDeleted: ['gyumri-part-of-armenia'] });
    const left = await driver.executeQuery("MATCH (c:Citation) WHERE c.about IN ['gyumri', 'gyumri-part-of-armenia'] RETURN count(c) AS n");
    expect(left.records[0]?.get('n')).toBe(0);
  });

  it('refuses, even with cascade, to delete an entity that provenance names', async ({ server, driver }) => {
    const error = await refused(server, driver, DELETE, { id: 'reuters', cascade: true }, 'ConflictError', ADMIN);
    expect(error.message).toMatch(/Merge it into another entity instead/);
  });
});

describe('the audit trail', () => {
  it('records who changed what and when, per entity, newest first', async ({ server }) => {
    const { data } = await graphql<{ entity: { history: { by: string; operation: string; targetId: string; summary: string; at: string }[] } }>(
      server,
      '{ entity(id: "csto") { history { at by operation targetId summary } } }',
    );
    const history = data?.entity.history ?? [];
    expect(history[0]).toMatchObject({ by: 'api-key:admin-bot', operation: 'MERGE_ENTITIES', targetId: 'csto' });
    expect(history.map((c) => c.operation)).toEqual(expect.arrayContaining(['ADD_RELATIONSHIP', 'IMPORT']));
    expect(history.find((c) => c.operation === 'IMPORT')?.by).toBe('seed');
    const times = history.map((c) => c.at);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('relationshipsChanged', () => {
  it.beforeEach(async ({ driver }) => {
    await driver.executeQuery("MATCH ()-[r:PROTESTS_AGAINST {id: 'test-protest'}]->() DELETE r");
  });

  it('tells a subscriber when a relationship touching the entity is written', async ({ server }) => {
    const response = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription { relationshipsChanged(entity: "nikol-pashinyan") { change type relationshipId by relationship { slug } } }',
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // Read from the start, as an HTTP client would: the stream only subscribes once it is read.
    const received = (async () => {
      let text = '';
      const deadline = Date.now() + 5_000;
      while (!text.includes('"relationshipsChanged"') && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await mutate(server, ADD_RELATIONSHIP, {
      input: {
        id: 'test-protest',
        type: 'PROTESTS_AGAINST',
        from: 'armenian-opposition',
        to: 'nikol-pashinyan',
        confidence: 'CLAIM',
        citations: [{ source: SOURCE, quote: 'Some of the opposition considered this statement' }],
      },
    });
    const text = await received;
    await reader.cancel();
    const event = JSON.parse(
      text
        .split('\n')
        .find((line) => line.startsWith('data:') && line.includes('relationshipsChanged'))!
        .slice(5),
    );
    expect(event.data.relationshipsChanged).toEqual({
      change: 'CREATED',
      type: 'PROTESTS_AGAINST',
      relationshipId: 'test-protest',
      by: 'api-key:editor-bot',
      relationship: { slug: 'test-protest' },
    });
  });
});
