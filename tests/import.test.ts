/**
 * The importer against the real Neo4j: the article loads whole and cited, a second import changes
 * nothing, and an invalid document is rejected with line numbers and writes nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Db } from '../src/graph/db.js';
import { recordVersions } from '../src/graph/versions.js';
import { ImportRejected, importDocumentText, importFile } from '../src/import/index.js';
import { parseDocument } from '../src/model/parse.js';
import { seedFiles, seedIfEmpty } from '../src/import/seed.js';
import { projectRoot } from '../src/paths.js';
import { it } from './fixture.js';
import { snapshot, testConnection } from './helpers.js';

const [seedFile] = (await seedFiles()) as [string];
const seed = parseDocument(await readFile(seedFile, 'utf8')).document;

// The article is what this file imports, into the empty graph it starts from.
it.override('article', false);

async function one<T>(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<T> {
  const { records } = await driver.executeQuery(query, params);
  return records[0]?.get(0) as T;
}

describe('importing the article', () => {
  it('loads into an empty database through the seed, and only into an empty one', async ({ db }) => {
    const [first] = await seedIfEmpty(db);
    expect(first?.file).toBe(seedFile);
    expect(first?.report.entities.every((item) => item.outcome === 'created')).toBe(true);
    expect(await seedIfEmpty(db)).toEqual([]);
  });

  it('holds every entity and relationship of the document', async ({ driver }) => {
    expect(await one<number>(driver, 'MATCH (e:Entity) RETURN count(e)')).toBe(seed.entities.length);
    expect(await one<number>(driver, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(seed.relationships.length);
    const kinds = await one<[string, number][]>(
      driver,
      "MATCH (e:Entity) WITH [l IN labels(e) WHERE l <> 'Entity'][0] AS kind, count(*) AS n RETURN collect([kind, n])",
    );
    const expected: Record<string, number> = {};
    for (const { kind } of seed.entities) {
      const label = kind.charAt(0) + kind.slice(1).toLowerCase();
      expected[label] = (expected[label] ?? 0) + 1;
    }
    expect(Object.fromEntries(kinds)).toEqual(expected);
  });

  it('cites every entity and relationship, each quote verbatim from the stored source text', async ({ driver }) => {
    expect(await one<string[]>(driver, 'MATCH (e:Entity) WHERE NOT EXISTS { MATCH (c:Citation {about: e.id}) } RETURN collect(e.id)')).toEqual([]);
    expect(await one<string[]>(driver, 'MATCH (:Entity)-[r]->(:Entity) WHERE NOT EXISTS { MATCH (c:Citation {about: r.id}) } RETURN collect(r.id)')).toEqual(
      [],
    );
    expect(await one<string[]>(driver, 'MATCH (c:Citation)-[:CITES]->(s:Source) WHERE NOT s.text CONTAINS c.quote RETURN collect(c.id)')).toEqual([]);
    expect(await one<number>(driver, 'MATCH (c:Citation) WHERE NOT (c)-[:CITES]->(:Source) RETURN count(c)')).toBe(0);
  });

  it('stores the source with its full text and a hash of it', async ({ driver }) => {
    const text = await readFile(join(projectRoot, 'cypher', 'seed', 'armenia-azerbaijan-2022-09.txt'), 'utf8');
    const source = await one<Record<string, unknown>>(driver, "MATCH (s:Source {id: 'armenia-azerbaijan-2022-09'}) RETURN properties(s)");
    expect(source.text).toBe(text);
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source).toMatchObject({ language: 'en', originalLanguage: 'pl' });
    // The text names no publisher; nothing is made up for it.
    expect(source.publisher).toBeUndefined();
  });

  it('keeps contested facts contested: mutual accusations, and occupation as Armenia’s claim', async ({ driver }) => {
    const accusations = await one<string[]>(
      driver,
      `MATCH (a:State)-[r:ACCUSES {allegation: 'starting the fighting'}]->(b:State)
       RETURN collect(a.id + '>' + b.id + ':' + r.confidence)`,
    );
    expect(accusations.sort()).toEqual(['armenia>azerbaijan:CLAIM', 'azerbaijan>armenia:CLAIM']);
    const occupation = await one<Record<string, unknown>>(
      driver,
      `MATCH (a)-[r:OCCUPIES]->(b) MATCH (c:Citation {about: r.id})-[:ASSERTED_BY]->(who)
       WITH a, r, b, collect(who.id) AS asserters
       RETURN {from: a.id, to: b.id, confidence: r.confidence, area: r.area, asserters: asserters}`,
    );
    expect(occupation).toMatchObject({ from: 'armed-forces-of-azerbaijan', to: 'armenia', confidence: 'CLAIM', area: 10 });
    expect(occupation.asserters).toContain('armenia');
  });

  it('resolves dates: the ceasefire at 20:00 Yerevan time, the 2020 war to the year', async ({ driver }) => {
    const ceasefire = await one<Record<string, unknown>>(
      driver,
      "MATCH (e:Event {id: 'september-2022-ceasefire'}) RETURN {time: toString(e.startTime), date: toString(e.startDate), precision: e.startPrecision}",
    );
    expect(ceasefire).toEqual({ time: '2022-09-14T20:00:00+04:00', date: '2022-09-14', precision: 'DAY' });
    const war = await one<Record<string, unknown>>(
      driver,
      "MATCH (e:Event {id: 'second-nagorno-karabakh-war'}) RETURN {from: toString(e.startDate), to: toString(e.endDate), precision: e.startPrecision, deaths: e.deaths}",
    );
    expect(war).toEqual({ from: '2020-01-01', to: '2020-12-31', precision: 'YEAR', deaths: 6600 });
  });

  it('gives each item it creates the version that recording it from the graph gives', async ({ driver, db }) => {
    const versions = async (label: 'EntityVersion' | 'RelationshipVersion') =>
      one<Record<string, unknown>[]>(driver, `MATCH (v:${label}) WHERE v.knownUntil IS NULL WITH v ORDER BY v.id RETURN collect(properties(v))`);
    const created = { entities: await versions('EntityVersion'), relationships: await versions('RelationshipVersion') };
    const relationships = seed.relationships.map(({ type, id, from, to }) => ({ type, id, from, to }));
    await db.writeTransaction((tx) => recordVersions(tx, { entities: seed.entities.map((e) => e.id), relationships }));
    const recorded = { entities: await versions('EntityVersion'), relationships: await versions('RelationshipVersion') };
    // Every value as text (dates, integers), keys in one order; knownFrom is when each was written.
    const comparable = (all: Record<string, unknown>[]) =>
      all.map(({ knownFrom: _from, ...rest }) =>
        Object.keys(rest)
          .sort()
          .map((key) => [key, Array.isArray(rest[key]) ? rest[key] : String(rest[key])]),
      );
    expect(created.entities).toHaveLength(seed.entities.length);
    expect(created.relationships).toHaveLength(seed.relationships.length);
    expect(comparable(recorded.entities)).toEqual(comparable(created.entities));
    expect(comparable(recorded.relationships)).toEqual(comparable(created.relationships));
  });

  it('changes nothing when the same file is imported again', async ({ driver, db }) => {
    const before = await snapshot(driver);
    const report = await importFile(db, seedFile);
    const outcomes = [...report.sources, ...report.entities, ...report.relationships, ...report.citations];
    expect(new Set(outcomes.map((item) => item.outcome))).toEqual(new Set(['unchanged']));
    expect(await snapshot(driver)).toEqual(before);
  });

  it('enforces unique ids in the database itself', async ({ driver }) => {
    await expect(driver.executeQuery("CREATE (:Entity:Region {id: 'armenia', name: 'Armenia'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    await expect(
      driver.executeQuery("MATCH (a:Entity {id: 'turkey'}), (b:Entity {id: 'armenia'}) CREATE (a)-[:SUPPORTS {id: 'russia-supports-armenia'}]->(b)"),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });
});

const SOURCE_TEXT = 'Ruritania accused Borduria of shelling. Talks are planned in Zenda.';

/** A small document; `mutate` edits its JSON text so a problem lands on a known line. */
function fixture(): string {
  return JSON.stringify(
    {
      format: 'conflict-graph/v1',
      sources: [{ id: 'fixture-source', title: 'Fixture', language: 'en', text: SOURCE_TEXT }],
      entities: [
        { id: 'ruritania', kind: 'STATE', name: 'Ruritania', citations: [{ quote: 'Ruritania accused Borduria' }] },
        { id: 'borduria', kind: 'STATE', name: 'Borduria', citations: [{ quote: 'Borduria of shelling' }] },
        { id: 'zenda', kind: 'REGION', regionType: 'CITY', name: 'Zenda', citations: [{ quote: 'in Zenda' }] },
      ],
      relationships: [
        {
          id: 'ruritania-accuses-borduria',
          type: 'ACCUSES',
          from: 'ruritania',
          to: 'borduria',
          confidence: 'CLAIM',
          allegation: 'shelling',
          time: { from: '2022-09-13', to: '2022-09-14' },
          citations: [{ quote: 'Ruritania accused Borduria of shelling.', assertedBy: 'ruritania' }],
        },
      ],
    },
    null,
    2,
  );
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture does not contain ${needle}`);
  return text.slice(0, index).split('\n').length;
}

async function rejection(db: Db, text: string): Promise<ImportRejected> {
  const before = await snapshot(db.driver);
  const error = await importDocumentText(db, text, { file: 'fixture.json' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportRejected);
  expect(await snapshot(db.driver)).toEqual(before);
  return error as ImportRejected;
}

describe('an invalid document', () => {
  it('is accepted when valid (the fixture itself), so the failures below are the edits', async ({ driver, db }) => {
    const report = await importDocumentText(db, fixture());
    expect(report.relationships).toEqual([{ id: 'ruritania-accuses-borduria', outcome: 'created' }]);
    await driver.executeQuery("MATCH (n) WHERE n.id IN ['ruritania', 'borduria', 'zenda', 'fixture-source'] DETACH DELETE n");
    await driver.executeQuery('MATCH (c:Citation) WHERE NOT (c)-[:CITES]->() DELETE c');
  });

  it('with broken JSON is rejected with the line of the error', async ({ db }) => {
    const text = fixture().replace('"name": "Borduria",', '"name": "Borduria"');
    const error = await rejection(db, text);
    expect(error.problems[0]).toMatchObject({ line: lineOf(text, '"citations": [\n        {\n          "quote": "Borduria') });
    expect(error.message).toMatch(/^fixture\.json was rejected; nothing was written/);
  });

  it('reports every problem at once, each with its line and path, and writes nothing', async ({ db }) => {
    const text = fixture()
      .replace('"regionType": "CITY"', '"regionType": "VILLAGE"')
      .replace('"to": "borduria"', '"to": "atlantis"')
      .replace('"Ruritania accused Borduria of shelling."', '"Ruritania accused Borduria of invasion."')
      .replace('"to": "2022-09-14"', '"to": "2022-09-01"');
    const error = await rejection(db, text);
    const byPath = Object.fromEntries(error.problems.map((problem) => [problem.path, problem]));
    expect(byPath['entities[2].regionType']).toMatchObject({ line: lineOf(text, '"VILLAGE"') });
    expect(byPath['entities[2].regionType']?.message).toMatch(/CITY/);
    // Schema errors stop before the graph checks; fix the enum and the rest is found together.
    const second = await rejection(db, text.replace('"VILLAGE"', '"CITY"'));
    const paths = Object.fromEntries(second.problems.map((problem) => [problem.path, problem]));
    expect(paths['relationships[0].to']).toMatchObject({ line: lineOf(text, '"atlantis"'), message: expect.stringMatching(/unknown entity "atlantis"/) });
    expect(paths['relationships[0].citations[0].quote']).toMatchObject({
      line: lineOf(text, 'of invasion'),
      message: 'the quote does not occur verbatim in source "fixture-source"',
    });
    expect(paths['relationships[0].time.to']?.message).toMatch(/ends \(2022-09-01\) before it begins \(2022-09-13\)/);
    expect(second.message).toMatch(new RegExp(`fixture\\.json:${lineOf(text, '"atlantis"')}: relationships\\[0\\]\\.to: unknown entity`));
  });

  it('may not join kinds its relationship type does not allow: a Region cannot lead a State', async ({ db }) => {
    const text = fixture()
      .replace('"type": "ACCUSES"', '"type": "LEADS"')
      .replace('"allegation": "shelling"', '"office": "mayor"')
      .replace('"from": "ruritania"', '"from": "zenda"');
    const error = await rejection(db, text);
    expect(error.problems).toContainEqual(
      expect.objectContaining({
        path: 'relationships[0].from',
        message: 'a REGION cannot be the source of LEADS (allowed: LEADER)',
        line: lineOf(text, '"from": "zenda"'),
      }),
    );
    expect(error.problems).toHaveLength(1);

    const controls = fixture().replace('"type": "ACCUSES"', '"type": "CONTROLS"').replace(',\n      "allegation": "shelling"', '');
    expect((await rejection(db, controls)).problems).toEqual([
      expect.objectContaining({ path: 'relationships[0].to', message: 'a STATE cannot be the target of CONTROLS (allowed: REGION)' }),
    ]);
  });

  it('may not change the kind of an entity already in the graph', async ({ db }) => {
    const text = fixture()
      .replace('"id": "ruritania",\n      "kind": "STATE"', '"id": "armenia",\n      "kind": "STATE"')
      .replace('"id": "zenda"', '"id": "russia"');
    const error = await rejection(db, text);
    expect(error.problems).toContainEqual(
      expect.objectContaining({ path: 'entities[2].kind', message: '"russia" already exists as STATE; an entity\'s kind cannot change' }),
    );
  });

  it('needs at least one citation for every item', async ({ db }) => {
    const text = fixture().replace(/"citations": \[\s*\{\s*"quote": "in Zenda"\s*\}\s*\]/, '"citations": []');
    const error = await rejection(db, text);
    expect(error.problems).toEqual([
      expect.objectContaining({ path: 'entities[2].citations', message: 'at least one citation (source + verbatim quote) is required' }),
    ]);
  });
});

describe('npm run import', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'conflict-graph-import-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  function runImport(...files: string[]) {
    const { uri, user, password } = testConnection();
    return new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/import.ts', ...files], {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => resolve({ code, output }));
    });
  }

  it('imports a file and reports what it created, or why it rejected one', async () => {
    const good = join(directory, 'good.json');
    const bad = join(directory, 'bad.json');
    await writeFile(good, fixture());
    await writeFile(bad, fixture().replace('"confidence": "CLAIM"', '"confidence": "RUMOUR"'));

    const ok = await runImport(good);
    expect(ok.code, ok.output).toBe(0);
    expect(ok.output).toMatch(/relationships: 1 created, 0 updated, 0 unchanged/);

    const rejected = await runImport(bad);
    expect(rejected.code).toBe(1);
    expect(rejected.output).toContain(`${bad}:${lineOf(fixture(), '"confidence": "CLAIM"')}: relationships[0].confidence:`);
  });

  it('says in one line that a draft with nothing accepted wrote nothing, and exits 0', async ({ driver }) => {
    const draft = JSON.parse(fixture());
    draft.draft = { extractor: 'test', createdAt: new Date().toISOString(), resolvedAgainstGraph: false };
    draft.sources[0].id = 'unreviewed-source';
    for (const item of [...draft.entities, ...draft.relationships]) item.review = { state: 'PROPOSED' };
    const file = join(directory, 'unreviewed.json');
    await writeFile(file, JSON.stringify(draft, null, 2));
    const before = await snapshot(driver);
    const run = await runImport(file);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(
      /unreviewed\.json: nothing was written, since no item of the draft was accepted in review \(3 entities and 1 relationships not accepted\)/,
    );
    expect(await snapshot(driver)).toEqual(before);
  });
});
