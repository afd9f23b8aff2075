/**
 * Store files for neo4j-admin: documents validated in order, each against the ones before it,
 * written with the same stored properties, citations, audit records and versions as the
 * transactional writer, and the migrations recorded as schema-only; CSV quoting that survives
 * quotes, commas and new lines, and lists of empty strings; the files with line breaks named; and
 * refusals the caller turns into a transactional import. (That neo4j-admin builds the same graph from them is tested against a real
 * Neo4j in tests/bulk-import.test.ts.)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../src/model/parse.js';
import { NotBulkImportable, writeStoreFiles } from '../../src/import/offline.js';

const TEXT = 'Test text written for the conflict-graph project. Alpha, "the first", said:\nBeta accused Alpha of raids.';
const document = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'conflict-graph/v1',
    sources: [{ id: 'store-test', title: 'A test', language: 'en', text: TEXT }],
    entities: [
      { id: 'alpha', kind: 'STATE', name: 'Alpha', aliases: ['The "First"', 'A, B'], citations: [{ quote: 'Alpha, "the first", said:\nBeta' }] },
      { id: 'beta', kind: 'STATE', name: 'Beta', citations: [{ quote: 'Beta accused Alpha of raids.' }] },
    ],
    relationships: [
      {
        id: 'beta-accuses-alpha',
        type: 'ACCUSES',
        from: 'beta',
        to: 'alpha',
        confidence: 'CLAIM',
        allegation: 'raids',
        time: { from: '2022-09' },
        citations: [{ quote: 'Beta accused Alpha of raids.', assertedBy: 'beta' }],
      },
    ],
    ...extra,
  });

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

// Validated in this thread (a small import), and on a worker that validates ahead of the writing (a large one).
describe.each([
  ['validated in this thread', {}],
  ['validated on a worker', { validateAheadFrom: 0 }],
] as const)('store files, %s', (_, options) => {
  it('hold every item once, quoted so commas, quotes and new lines survive, with typed headers', async () => {
    folder = await mkdtemp(join(tmpdir(), 'store-files-'));
    const { files, reports } = await writeStoreFiles([{ text: document() }], folder, options);
    expect(files.counts).toEqual({ entities: 2, relationships: 1, citations: 3, sources: 1 });
    expect(reports[0]?.relationships).toEqual([{ id: 'beta-accuses-alpha', outcome: 'created' }]);
    const states = await readFile(join(folder, 'entities-state.csv'), 'utf8');
    expect(states).toContain('alpha,Alpha,"The ""First""\u001fA, B"');
    const citations = await readFile(join(folder, 'citations.csv'), 'utf8');
    expect(citations).toContain('"Alpha, ""the first"", said:\nBeta"');
    const header = await readFile(join(folder, 'relationships-accuses.csv.header'), 'utf8');
    expect(header).toMatch(/^:START_ID\(Entity\),:END_ID\(Entity\),:TYPE,id:string,confidence:string,.*validFrom:date,.*createdAt:datetime/);
    const accusations = await readFile(join(folder, 'relationships-accuses.csv'), 'utf8');
    expect(accusations).toMatch(/^beta,alpha,ACCUSES,beta-accuses-alpha,CLAIM,,2022-09-01,MONTH,/);
    // Each value in its column, whatever the columns' order (no cell of this row holds a comma).
    const cells = accusations.trim().split(',');
    const column = (name: string) => cells[header.trim().split(',').indexOf(name)];
    expect([column('allegation:string'), column('validFromPrecision:string'), column('createdBy:string')]).toEqual(['raids', 'MONTH', 'import:document']);
    expect((await readFile(join(folder, 'asserted-by.csv'), 'utf8')).trim().split('\n')).toEqual([expect.stringMatching(/^[0-9a-f]{24},beta,ASSERTED_BY$/)]);
    expect(await readFile(join(folder, 'changes.csv'), 'utf8')).toMatch(
      /import:document,IMPORT,DOCUMENT,store-test,"1 sources created, 2 entities created, 1 relationships created, 3 citations created"/,
    );
    expect(files.arguments).toContain(`--nodes=Entity:State=${join(folder, 'entities-state.csv.header')},${join(folder, 'entities-state.csv')}`);
    expect(files.multiline.sort()).toEqual([join(folder, 'citations.csv'), join(folder, 'entity-versions.csv'), join(folder, 'sources.csv')]);
  });

  it("name for multi-line parsing an item's file and its versions' when the item's own value holds a line break", async () => {
    folder = await mkdtemp(join(tmpdir(), 'store-files-'));
    const text = document();
    const parsed = JSON.parse(text) as { entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
    (parsed.relationships[0] as Record<string, unknown>).note = 'Said twice:\nonce in the morning';
    const { files } = await writeStoreFiles([{ text: JSON.stringify(parsed) }], folder, options);
    expect(files.multiline).toEqual(expect.arrayContaining([join(folder, 'relationships-accuses.csv'), join(folder, 'relationship-versions.csv')]));
    expect(files.multiline).not.toContain(join(folder, 'entities-state.csv'));
    expect(await readFile(join(folder, 'relationship-versions.csv'), 'utf8')).toContain('"Said twice:\nonce in the morning"');
  });

  it('hold a current version of each item with its citations as lists, and every migration as schema-only', async () => {
    folder = await mkdtemp(join(tmpdir(), 'store-files-'));
    await writeStoreFiles([{ text: document() }], folder, options);
    const header = (await readFile(join(folder, 'relationship-versions.csv.header'), 'utf8')).trim().split(',');
    const row = (await readFile(join(folder, 'relationship-versions.csv'), 'utf8')).trim();
    expect(header.slice(0, 2)).toEqual(['id:string', 'confidence:string']);
    expect(header).toEqual(
      expect.arrayContaining(['relType:string', 'startId:string', 'endId:string', 'knownFrom:datetime', 'citationAssertedBy:string[]', 'citationVia:string[]']),
    );
    expect(row).toMatch(/^beta-accuses-alpha,CLAIM,/);
    // One citation, asserted by beta, relayed by no one, without a note: [''] is written " " (neo4j-admin trims it to '').
    expect(row).toMatch(/,ACCUSES,beta,alpha,[^,]+,"[0-9a-f]{24}","store-test","Beta accused Alpha of raids.","beta"," "," "$/);
    expect(
      (await readFile(join(folder, 'entity-versions.csv'), 'utf8'))
        .trim()
        .split('\n')
        .filter((line) => /^(alpha|beta),/.test(line)),
    ).toHaveLength(2);
    const migrations = await readFile(join(folder, 'migrations.csv'), 'utf8');
    expect(migrations).toMatch(/^0001_entities_and_sources,[0-9a-f]{64},true$/m);
  });

  it('validate each document against the ones before it, as the graph would', async () => {
    folder = await mkdtemp(join(tmpdir(), 'store-files-'));
    const second = JSON.stringify({
      format: 'conflict-graph/v1',
      sources: [{ id: 'store-test-2', title: 'Another test', language: 'en', text: 'Alpha supports Beta.' }],
      relationships: [
        { id: 'alpha-supports-beta', type: 'SUPPORTS', from: 'alpha', to: 'beta', confidence: 'REPORTED_FACT', citations: [{ quote: 'Alpha supports Beta.' }] },
      ],
    });
    const { files } = await writeStoreFiles([{ text: document() }, { text: second }], folder, options);
    expect(files.counts.relationships).toBe(2);
    const refused = writeStoreFiles([{ text: second }], await mkdtemp(join(tmpdir(), 'store-files-')), options);
    await expect(refused).rejects.toThrow(/unknown entity "alpha"/);
    // Validated on a worker too, the refusal reaches the caller as the importer's own error, its problems located.
    await expect(refused).rejects.toBeInstanceOf(ImportRejected);
    await expect(refused).rejects.toHaveProperty(['problems', 0, 'line']);
  });

  it('refuse a document that changes an earlier one, and a list element holding the delimiter', async () => {
    folder = await mkdtemp(join(tmpdir(), 'store-files-'));
    await expect(writeStoreFiles([{ text: document() }, { text: document() }], folder, options)).rejects.toBeInstanceOf(NotBulkImportable);
    const piped = document().replace('"A, B"', '"A\\u001fB"');
    await expect(writeStoreFiles([{ text: piped }], await mkdtemp(join(folder, 'piped-')), options)).rejects.toBeInstanceOf(NotBulkImportable);
  });
});
