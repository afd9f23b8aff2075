/**
 * Statements per source, against the real Neo4j through the real endpoint: a second source stating
 * what the seed states keeps its own values beside the seed's and changes none of them; the
 * disagreements show in `contested`, each side with its source; figures compare by what they count
 * (troops and soldiers alike), a later figure of the same reporter being a revision; only an
 * explicit act (an edit, a reviewer's REPLACE) changes what an item answers, and the values it
 * replaced stay as their sources' statements.
 */
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { importDocumentText } from '../src/import/index.js';
import { it } from './fixture.js';
import { csvRows } from './helpers.js';

const EDITOR = 'editor-key-for-statements-0123456789';
it.override('serverConfig', {
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) },
});

const SECOND =
  'Test text written for the conflict-graph project: a wire-style second report on the seed\u2019s events.\n\n' +
  'At least 49 Armenian troops were killed, Prime Minister Nikol Pashinyan said. ' +
  'The government in Yerevan later put the toll at 135 soldiers. ' +
  'Armen Grigoryan, secretary of the Security Council, said the country would ask for help. ' +
  'Azerbaijan took part in the 2020 war as a party. ' +
  'Azerbaijan\u2019s defence ministry said 71 of its soldiers had died.';

type Item = Record<string, unknown>;
const cite = (quote: string, assertedBy?: string) => [{ quote, ...(assertedBy ? { assertedBy } : {}) }];
const RELATIONSHIPS: Item[] = [
  {
    id: 'nikol-pashinyan-reports-armenian-deaths',
    type: 'REPORTS',
    from: 'nikol-pashinyan',
    to: 'september-2022-border-clashes',
    confidence: 'CLAIM',
    category: 'DEATHS',
    figure: 49,
    figureText: 'At least 49 Armenian troops',
    qualifier: 'MORE_THAN',
    unit: 'troops killed',
    whose: 'armenia',
    time: { from: '2022-09-13' },
    citations: cite('At least 49 Armenian troops were killed, Prime Minister Nikol Pashinyan said.', 'nikol-pashinyan'),
  },
  {
    id: 'government-of-armenia-reports-deaths',
    type: 'REPORTS',
    from: 'government-of-armenia',
    to: 'september-2022-border-clashes',
    confidence: 'CLAIM',
    category: 'DEATHS',
    figure: 135,
    figureText: '135 soldiers',
    qualifier: 'EXACT',
    unit: 'soldiers killed',
    whose: 'armenia',
    time: { from: '2022-09-16' },
    citations: cite('The government in Yerevan later put the toll at 135 soldiers.', 'government-of-armenia'),
  },
  {
    id: 'armen-grigoryan-holds-office-in-security-council-of-armenia',
    type: 'HOLDS_OFFICE_IN',
    from: 'armen-grigoryan',
    to: 'security-council-of-armenia',
    confidence: 'CLAIM',
    office: 'Secretary',
    citations: cite('Armen Grigoryan, secretary of the Security Council, said the country would ask for help.', 'armen-grigoryan'),
  },
  {
    id: 'azerbaijan-participates-in-second-nagorno-karabakh-war',
    type: 'PARTICIPATES_IN',
    from: 'azerbaijan',
    to: 'second-nagorno-karabakh-war',
    confidence: 'REPORTED_FACT',
    role: 'party',
    time: { from: '2020', to: '2020' },
    citations: cite('Azerbaijan took part in the 2020 war as a party.'),
  },
  {
    id: 'ministry-of-defence-of-azerbaijan-reports-deaths',
    type: 'REPORTS',
    from: 'ministry-of-defence-of-azerbaijan',
    to: 'september-2022-border-clashes',
    confidence: 'CLAIM',
    category: 'DEATHS',
    figure: 71,
    figureText: '71 of its soldiers',
    qualifier: 'EXACT',
    unit: 'soldiers killed',
    whose: 'azerbaijan',
    time: { from: '2022-09-14', to: '2022-09-14' },
    citations: cite('Azerbaijan\u2019s defence ministry said 71 of its soldiers had died.', 'ministry-of-defence-of-azerbaijan'),
  },
];

const document = (relationships: Item[] = RELATIONSHIPS, sourceId = 'second-source-2022-09-16') =>
  JSON.stringify({
    format: 'conflict-graph/v1',
    sources: [{ id: sourceId, title: 'A second report', language: 'en', published: { from: '2022-09-16' }, text: SECOND }],
    relationships,
  });

/** Every stored property of the seed's relationships and entities, by id (what no later source may change). */
async function seedValues(driver: import('neo4j-driver').Driver): Promise<Map<string, unknown>> {
  const { records } = await driver.executeQuery(
    'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS p UNION ALL MATCH (e:Entity) RETURN e.id AS id, properties(e) AS p',
  );
  return new Map(records.map((record) => [record.get('id') as string, JSON.stringify(record.get('p'))]));
}

const STATEMENTS = `query ($id: ID!) { relationship(id: $id) { confidence statements {
  source { slug } answers confidence differs values { field value differs } citations { quote } } } }`;

describe('a second source', () => {
  it('adds its own statements and changes no stored value of the seed', async ({ db, driver }) => {
    const before = await seedValues(driver);
    const result = await importDocumentText(db, document());
    const outcome = Object.fromEntries(result.relationships.map((r) => [r.id, r.outcome]));
    expect(outcome).toEqual({
      'nikol-pashinyan-reports-armenian-deaths': 'created',
      'government-of-armenia-reports-deaths': 'contested',
      'armen-grigoryan-holds-office-in-security-council-of-armenia': 'contested',
      'azerbaijan-participates-in-second-nagorno-karabakh-war': 'contested',
      'ministry-of-defence-of-azerbaijan-reports-deaths': 'corroborated',
    });
    const after = await seedValues(driver);
    const changed = [...before].filter(([id, value]) => after.get(id) !== value).map(([id]) => id);
    expect(changed).toEqual([]);
  });

  it('keeps each source’s values, the seed’s answering', async ({ data }) => {
    const { relationship: node } = await data<{ relationship: { confidence: string; statements: Item[] } }>(STATEMENTS, {
      id: 'armen-grigoryan-holds-office-in-security-council-of-armenia',
    });
    expect(node.confidence).toBe('REPORTED_FACT');
    expect(node.statements.map((s) => [(s.source as Item).slug, s.answers, s.confidence, s.differs])).toEqual([
      ['armenia-azerbaijan-2022-09', true, 'REPORTED_FACT', []],
      ['second-source-2022-09-16', false, 'CLAIM', ['confidence']],
    ]);
    expect((node.statements[1]?.citations as Item[]).map((c) => c.quote)).toEqual([
      'Armen Grigoryan, secretary of the Security Council, said the country would ask for help.',
    ]);
  });

  it('changes nothing when imported again', async ({ db }) => {
    const again = await importDocumentText(db, document());
    expect(new Set([...again.relationships, ...again.citations, ...again.sources].map((r) => r.outcome))).toEqual(new Set(['unchanged']));
  });
});

describe('contested', () => {
  it('compares figures by what they count, with each figure’s source, a later one of the same reporter a revision', async ({ data }) => {
    const { contested } = await data<{ contested: { conflictingFigures: Item[] } }>(`{ contested(entity: "september-2022-border-clashes") {
      conflictingFigures { category whose { id } victims figures { figure reporter { id } revision answers sources { slug } citations { quote } } } } }`);
    const armenian = contested.conflictingFigures.find((c) => (c.whose as Item | null)?.id === Buffer.from('State:armenia').toString('base64'));
    expect(armenian).toMatchObject({ category: 'DEATHS', victims: 'MILITARY' });
    const figures = (armenian?.figures as Item[]).map((f) => [f.figure, (f.sources as Item[]).map((s) => s.slug), f.revision, f.answers]);
    expect(figures).toEqual([
      [105, ['armenia-azerbaijan-2022-09'], false, true],
      [135, ['second-source-2022-09-16'], true, false],
      [49, ['second-source-2022-09-16'], false, true],
    ]);
    // Azerbaijan's 71 is stated by both sources alike: no conflict.
    expect(contested.conflictingFigures.filter((c) => (c.whose as Item | null)?.id === Buffer.from('State:azerbaijan').toString('base64'))).toEqual([]);
  });

  it('lists values two sources state differently, each with its sources', async ({ data }) => {
    const { contested } = await data<{ contested: { disagreements: Item[] } }>(`{ contested(entity: "azerbaijan") {
      disagreements { relationship { slug } field values { value answers sources { slug } } } } }`);
    expect(contested.disagreements).toContainEqual({
      relationship: { slug: 'azerbaijan-participates-in-second-nagorno-karabakh-war' },
      field: 'role',
      values: [
        { value: 'attacker, seeking to regain control of Nagorno-Karabakh', answers: true, sources: [{ slug: 'armenia-azerbaijan-2022-09' }] },
        { value: 'party', answers: false, sources: [{ slug: 'second-source-2022-09-16' }] },
      ],
    });
  });
});

describe('GET /export/statements.csv', () => {
  it('gives each source’s value beside the answer, a row per value, so a spreadsheet shows both sides', async ({ server }) => {
    const [header, ...rows] = (await csvRows(await server.fetch('http://localhost/export/statements.csv'))) as [string[], ...string[][]];
    expect(header).toEqual(['itemId', 'itemType', 'type', 'property', 'value', 'sourceId', 'answers', 'recordedAt']);
    const said = (item: string, property: string) => rows.filter((row) => row[0] === item && row[3] === property).map((row) => [row[5], row[4], row[6]]);
    expect(said('azerbaijan-participates-in-second-nagorno-karabakh-war', 'role')).toEqual([
      ['armenia-azerbaijan-2022-09', 'attacker, seeking to regain control of Nagorno-Karabakh', 'true'],
      ['second-source-2022-09-16', 'party', 'false'],
    ]);
    expect(said('armen-grigoryan-holds-office-in-security-council-of-armenia', 'confidence')).toEqual([
      ['armenia-azerbaijan-2022-09', 'REPORTED_FACT', 'true'],
      ['second-source-2022-09-16', 'CLAIM', 'false'],
    ]);
    expect(said('azerbaijan-participates-in-second-nagorno-karabakh-war', 'validFrom')).toContainEqual(['second-source-2022-09-16', '2020', 'false']);
  });
});

describe('only an explicit act changes an answer', () => {
  it('an edit answers with the editor’s values, and the sources keep theirs', async ({ data }) => {
    await data(
      `mutation { updateRelationship(id: "armen-grigoryan-holds-office-in-security-council-of-armenia", patch: { office: "Secretary of the Security Council" }) { __typename } }`,
      {},
      EDITOR,
    );
    const { relationship: node } = await data<{ relationship: { statements: Item[] } }>(STATEMENTS, {
      id: 'armen-grigoryan-holds-office-in-security-council-of-armenia',
    });
    const statements = node.statements.map((s) => [(s.source as Item).slug, s.answers, (s.values as Item[]).find((v) => v.field === 'office')?.value]);
    expect(statements.sort()).toEqual([
      ['armenia-azerbaijan-2022-09', false, 'Secretary'],
      ['second-source-2022-09-16', false, 'Secretary'],
    ]);
  });

  it('a reviewer’s REPLACE answers with the report’s values; the replaced ones stay the seed’s statement', async ({ db, driver }) => {
    const replaced = {
      ...(RELATIONSHIPS[3] as Item),
      role: 'party to the war',
      review: { state: 'ACCEPTED', match: 'azerbaijan-participates-in-second-nagorno-karabakh-war', choice: 'REPLACE' },
    };
    const draft = JSON.parse(document([replaced], 'third-source-2022-09-17')) as Item;
    draft.draft = { extractor: 'test', createdAt: new Date().toISOString(), resolvedAgainstGraph: true };
    const result = await importDocumentText(db, JSON.stringify(draft));
    expect(result.relationships).toEqual([{ id: 'azerbaijan-participates-in-second-nagorno-karabakh-war', outcome: 'replaced' }]);
    const { records } = await driver.executeQuery(
      `MATCH ()-[r:PARTICIPATES_IN {id: 'azerbaijan-participates-in-second-nagorno-karabakh-war'}]->()
       RETURN r.role AS role, COLLECT { MATCH (st:Statement {about: r.id}) RETURN st.source + ': ' + st.role ORDER BY st.source } AS statements`,
    );
    expect(records[0]?.get('role')).toBe('party to the war');
    expect(records[0]?.get('statements')).toEqual([
      'armenia-azerbaijan-2022-09: attacker, seeking to regain control of Nagorno-Karabakh',
      'second-source-2022-09-16: party',
    ]);
  });

  it('a draft matched to an item retracted since is refused with MATCH_GONE, and nothing is written', async ({ db, data, driver }) => {
    await data(`mutation { retractRelationship(id: "ministry-of-defence-of-azerbaijan-reports-deaths", reason: "test") { __typename } }`, {}, EDITOR);
    const stale = { ...(RELATIONSHIPS[4] as Item), review: { state: 'ACCEPTED', match: 'ministry-of-defence-of-azerbaijan-reports-deaths' } };
    const draft = JSON.parse(document([stale], 'fourth-source-2022-09-18')) as Item;
    draft.draft = { extractor: 'test', createdAt: new Date().toISOString(), resolvedAgainstGraph: true };
    await expect(importDocumentText(db, JSON.stringify(draft))).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'MATCH_GONE' })] });
    const { records } = await driver.executeQuery(`MATCH (s:Source {id: 'fourth-source-2022-09-18'}) RETURN count(s) AS n`);
    expect(records[0]?.get('n')).toBe(0);
  });
});
