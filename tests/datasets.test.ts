/**
 * Event datasets through the real CLI (`npm run import -- --format acled|ucdp-ged`) into a real
 * Neo4j holding the article: actors land on the seed's entities (the dataset's names kept as
 * aliases), places have coordinates, every item is cited by the row's text verbatim, a dataset's
 * figure that differs from a report's shows in `contested`, and a file with bad rows or missing
 * columns is rejected with its lines and writes nothing. The files are test data written for the
 * project (tests/fixtures/datasets/README.md).
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { describe, expect } from 'vitest';
import { importDocumentText } from '../src/import/index.js';
import { readDay } from '../src/import/dataset-file.js';
import { readActorName } from '../src/import/resolve.js';
import { projectRoot } from '../src/paths.js';
import { it } from './fixture.js';
import { runScript, snapshot, testConnection } from './helpers.js';

const fixtures = join(projectRoot, 'tests/fixtures/datasets');
const ACLED_FILE = join(fixtures, 'acled-armenia-azerbaijan-2022-09.csv');
const UCDP_FILE = join(fixtures, 'ucdp-ged-armenia-azerbaijan-2022-09.csv');

function runImport(...args: string[]) {
  const { uri, user, password } = testConnection();
  return runScript('import', args, { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
}

async function rows<T>(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params);
  return records.map((record) => record.toObject() as T);
}

describe('reading dataset values', () => {
  it('reads the date forms ACLED has used, and refuses others', () => {
    expect(readDay('2022-09-13')).toBe('2022-09-13');
    expect(readDay('2022-09-13 00:00:00.000')).toBe('2022-09-13');
    expect(readDay('13 September 2022')).toBe('2022-09-13');
    expect(readDay('3 Sep 2022')).toBe('2022-09-03');
    expect(readDay('13-09-2022')).toBe('2022-09-13');
    expect(readDay('Sept 13th 2022')).toBeUndefined();
    expect(readDay('31-02-2022')).toBeUndefined();
  });

  it('reads ACLED actor names without their years and countries in brackets', () => {
    expect(readActorName('Military Forces of Azerbaijan (2003-)').variants).toContain('Armed Forces of Azerbaijan');
    expect(readActorName('Protesters (Armenia)')).toEqual(
      expect.objectContaining({ base: 'Protesters', country: 'Armenia', variants: expect.arrayContaining(['Protesters in Armenia']) }),
    );
    expect(readActorName('Police Forces of Armenia (2018-2021)').base).toBe('Police Forces of Armenia');
  });
});

describe('npm run import -- --format acled', () => {
  it('imports the rows onto the seed’s entities, reporting matches and new entities', async ({ driver }) => {
    const run = await runImport('--format', 'acled', ACLED_FILE);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/imported 5 rows/);
    expect(run.output).toContain("matched: “Military Forces of Azerbaijan (2003-)” is the graph's armed-forces-of-azerbaijan");
    expect(run.output).toContain("matched: “Military Forces of Armenia (2018-)” is the graph's armed-forces-of-armenia");
    expect(run.output).toContain("matched: “Protesters (Armenia)” is the graph's armenian-protesters");
    expect(run.output).toContain('new: “Civilians (Armenia)” matched nothing in the graph: created as civilians-armenia');
    // The graph's protesters are those of its 14 September protests; those of Gyumri on the 20th are the dataset's own.
    expect(run.output).toMatch(/new: “Protesters \(Armenia\)” not the graph’s group of that name: .* created as protesters-armenia/);

    // No entity of ACLED's name: the graph's armed forces carry it as an alias.
    expect(await rows(driver, "MATCH (e:Entity) WHERE e.name STARTS WITH 'Military Forces' RETURN e.id AS id")).toEqual([]);
    const [forces] = await rows<{ aliases: string[] }>(driver, "MATCH (e:Entity {id: 'armed-forces-of-azerbaijan'}) RETURN e.aliases AS aliases");
    expect(forces?.aliases).toContain('Military Forces of Azerbaijan (2003-)');
    const participants = await rows<{ actor: string; role: string }>(
      driver,
      "MATCH (a:Entity)-[r:PARTICIPATES_IN]->(:Event {id: 'acled-event-arm9001'}) RETURN a.id AS actor, r.role AS role ORDER BY actor",
    );
    expect(participants).toEqual([
      { actor: 'armed-forces-of-armenia', role: 'actor 2 (ACLED)' },
      { actor: 'armed-forces-of-azerbaijan', role: 'actor 1 (ACLED)' },
    ]);
  });

  it('joins each row’s event to the graph’s event it is an episode of (same type and days, a shared actor)', async ({ driver }) => {
    const joined = await rows<{ row: string; whole: string; confidence: string }>(
      driver,
      "MATCH (e:Event)-[r:PART_OF]->(w:Event) WHERE e.id STARTS WITH 'acled-event-' RETURN e.id AS row, w.id AS whole, r.confidence AS confidence ORDER BY row",
    );
    expect(joined).toEqual([
      { row: 'acled-event-arm9001', whole: 'september-2022-border-clashes', confidence: 'ASSESSMENT' },
      { row: 'acled-event-arm9002', whole: 'september-2022-border-clashes', confidence: 'ASSESSMENT' },
      { row: 'acled-event-arm9003', whole: 'armenian-protests-2022-09-14', confidence: 'ASSESSMENT' },
      { row: 'acled-event-aze9001', whole: 'september-2022-border-clashes', confidence: 'ASSESSMENT' },
    ]);
  });

  it('gives every row’s event and place coordinates, places within admin areas and countries', async ({ driver }) => {
    const events = await rows<{ id: string; latitude: number | null; place: string; start: string }>(
      driver,
      "MATCH (e:Event)-[:LOCATED_IN]->(p:Region) WHERE e.id STARTS WITH 'acled-event-' RETURN e.id AS id, e.latitude AS latitude, p.id AS place, toString(e.startDate) AS start ORDER BY id",
    );
    expect(events.map((e) => [e.id, e.place, e.start])).toEqual([
      ['acled-event-arm9001', 'jermuk', '2022-09-13'],
      ['acled-event-arm9002', 'goris', '2022-09-13'],
      ['acled-event-arm9003', 'yerevan', '2022-09-14'],
      ['acled-event-arm9004', 'gyumri', '2022-09-20'],
      ['acled-event-aze9001', 'kalbajar', '2022-09-13'],
    ]);
    expect(events.every((e) => typeof e.latitude === 'number')).toBe(true);
    const chain = await rows<{ path: string[] }>(driver, "MATCH p = (:Region {id: 'jermuk'})-[:PART_OF*2]->(:State) RETURN [n IN nodes(p) | n.id] AS path");
    expect(chain).toEqual([{ path: ['jermuk', 'vayots-dzor', 'armenia'] }]);
    const [jermuk] = await rows<{ note: string; latitude: number }>(
      driver,
      "MATCH (r:Region {id: 'jermuk'}) RETURN r.coordinatesNote AS note, r.latitude AS latitude",
    );
    expect(jermuk?.latitude).toBeCloseTo(39.8411);
  });

  it('cites every item of a row by the row’s notes, verbatim, from the row as its source', async ({ driver }) => {
    const [source] = await rows<{ text: string; publisher: string }>(
      driver,
      "MATCH (s:Source {id: 'acled-arm9002'}) RETURN s.text AS text, s.publisher AS publisher",
    );
    expect(source?.publisher).toBe('Armenpress');
    expect(source?.text).toContain('houses were damaged.\nNo casualties were reported.');
    const quotes = await rows<{ quote: string; text: string }>(
      driver,
      'MATCH (c:Citation)-[:CITES]->(s:Source) WHERE s.id STARTS WITH "acled-" RETURN c.quote AS quote, s.text AS text',
    );
    expect(quotes.length).toBeGreaterThan(10);
    expect(quotes.every((q) => q.quote === q.text)).toBe(true);
    const [figure] = await rows<{ figure: number; confidence: string; reporter: string }>(
      driver,
      "MATCH (m:Entity)-[r:REPORTS]->(:Event {id: 'acled-event-arm9001'}) RETURN r.figure AS figure, r.confidence AS confidence, m.id AS reporter",
    );
    expect(figure).toEqual({ figure: 12, confidence: 'ASSESSMENT', reporter: 'acled' });
  });

  it('changes nothing when the same file is imported again', async ({ driver }) => {
    const before = await snapshot(driver);
    const run = await runImport('--format', 'acled', ACLED_FILE);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/entities: 0 created, 0 updated/);
    const after = await snapshot(driver);
    expect(
      after.nodes.filter((n) => !before.nodes.includes(n)),
      run.output,
    ).toEqual([]);
  });

  it('shows a report’s figure that differs from the dataset’s in contested, each with its source', async ({ db, data }) => {
    const text = 'Armenia’s defence ministry said four people were killed near Jermuk on Tuesday.';
    const report = {
      format: 'conflict-graph/v1',
      sources: [{ id: 'test-report-jermuk', title: 'A test report on Jermuk', language: 'en', text }],
      relationships: [
        {
          id: 'mod-armenia-reports-jermuk-deaths',
          type: 'REPORTS',
          from: 'ministry-of-defence-of-armenia',
          to: 'acled-event-arm9001',
          confidence: 'CLAIM',
          category: 'DEATHS',
          figure: 4,
          figureText: 'four people',
          qualifier: 'EXACT',
          unit: 'people killed',
          citations: [{ quote: text }],
        },
      ],
    };
    await importDocumentText(db, JSON.stringify(report));
    const result = await data<{ contested: { conflictingFigures: { figures: { figure: number; sources: { slug: string }[] }[] }[] } }>(
      `{ contested(entity: "acled-event-arm9001") { conflictingFigures { figures { figure sources { slug } } } } }`,
    );
    const figures = result.contested.conflictingFigures.flatMap((c) => c.figures.map((f) => [f.figure, f.sources.map((s) => s.slug)]));
    expect(figures).toEqual(
      expect.arrayContaining([
        [12, ['acled-arm9001']],
        [4, ['test-report-jermuk']],
      ]),
    );
  });

  it('rejects a file with bad rows, each with its line, and writes nothing', async ({ driver }) => {
    const before = await snapshot(driver);
    const file = join(fixtures, 'acled-bad-rows.csv');
    const run = await runImport('--format', 'acled', file);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${file}:2: latitude: “139.8411” is not a latitude from -90 to 90`);
    expect(run.output).toContain(`${file}:3: event_date: “Sept 13th 2022” is not a date in a known form`);
    expect(run.output).toContain(`${file}:4: fatalities: “about ten” is not a whole number`);
    expect(run.output).not.toContain(':5:');
    expect(await snapshot(driver)).toEqual(before);
  });

  it('names the columns a file lacks, and writes nothing', async ({ driver }) => {
    const before = await snapshot(driver);
    const file = join(fixtures, 'acled-missing-columns.csv');
    const run = await runImport('--format', 'acled', file);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${file}:1: not an ACLED export file: it lacks the columns sub_event_type, assoc_actor_1, inter1, actor2`);
    expect(await snapshot(driver)).toEqual(before);
  });
});

describe('npm run import -- --format ucdp-ged', () => {
  it('imports the rows with sides resolved and low/best/high deaths', async ({ driver }) => {
    const run = await runImport('--format', 'ucdp-ged', UCDP_FILE);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/imported 2 rows/);
    const sides = await rows<{ actor: string }>(
      driver,
      "MATCH (a:Entity)-[:PARTICIPATES_IN]->(:Event {id: 'ucdp-ged-event-990001'}) RETURN a.id AS actor ORDER BY actor",
    );
    expect(sides.map((s) => s.actor)).toEqual(['government-of-armenia', 'government-of-azerbaijan']);
    const figures = await rows<{ figure: number; text: string; qualifier: string; whose: string | null }>(
      driver,
      "MATCH (:Entity {id: 'ucdp'})-[r:REPORTS]->(:Event {id: 'ucdp-ged-event-990001'}) RETURN r.figure AS figure, r.figureText AS text, r.qualifier AS qualifier, r.whose AS whose ORDER BY figure",
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        { figure: 36, text: 'best estimate 36 deaths (low 30, high 50)', qualifier: 'APPROXIMATE', whose: null },
        { figure: 15, text: '15 deaths of Government of Armenia', qualifier: 'APPROXIMATE', whose: 'government-of-armenia' },
      ]),
    );
    const [place] = await rows<{ id: string }>(driver, "MATCH (:Event {id: 'ucdp-ged-event-990001'})-[:LOCATED_IN]->(p:Region) RETURN p.id AS id");
    expect(place?.id).toBe('jermuk-town');
  });
});
