/**
 * Adding a property to an entity kind is one edit to the vocabulary: with a vocabulary whose REGION
 * has one more text property (`population`, compared between sources), the import format reads it,
 * the Region type has its field and the entity inputs theirs, the export has its column, the store
 * files a column holding it, an entity stored with it reads back into the format with it, and
 * sources' values of it are compared — and nothing else had to be written.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/model/vocabulary.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/vocabulary.js')>();
  const { REGION } = original.ENTITY_KIND_SPECS;
  const population = { value: { type: 'text' }, compared: true, description: 'How many people live there, as the source gives it.' } as const;
  return { ...original, ENTITY_KIND_SPECS: { ...original.ENTITY_KIND_SPECS, REGION: { ...REGION, properties: { ...REGION.properties, population } } } };
});

const { entitySchema } = await import('../../src/model/format.js');
const { COMPARED_ENTITY_KEYS } = await import('../../src/model/statements.js');
const { schema } = await import('../../src/schema/index.js');
const { ENTITY_FIELDS } = await import('../../src/export/fields.js');
const { entityProps } = await import('../../src/graph/stored.js');
const { entityInputOf } = await import('../../src/graph/as-input.js');
const { writeStoreFiles } = await import('../../src/import/offline.js');

const town = { id: 'town', kind: 'REGION', name: 'Town', regionType: 'CITY', citations: [{ quote: 'Town has some 5,000 people.' }] } as const;

describe('a vocabulary whose REGION has one more property', () => {
  it('the import format reads it, optional as declared, and still nothing undeclared', () => {
    expect(entitySchema.safeParse({ ...town, population: 'about five thousand' }).success).toBe(true);
    expect(entitySchema.safeParse(town).success).toBe(true);
    expect(entitySchema.safeParse({ ...town, population: '' }).success).toBe(false);
    expect(entitySchema.safeParse({ ...town, kind: 'STATE', population: 'about five thousand' }).success).toBe(false);
    expect(entitySchema.safeParse({ ...town, unknown: 'x' }).success).toBe(false);
  });

  it('the GraphQL schema has its field on Region only, and its input on new entities and patches', () => {
    const sdl = printSchema(schema);
    expect(sdl).toMatch(/type Region implements[^{]*\{[^}]*\n {2}population: String\n/);
    expect(sdl).not.toMatch(/type State implements[^{]*\{[^}]*\n {2}population: /);
    expect(sdl).toMatch(/input EntityInput \{[^}]*"""REGION: How many people live there, as the source gives it\."""\n {2}population: String\n/);
    expect(sdl).toMatch(/input EntityPatch \{[^}]*\n {2}population: String\n/);
  });

  it('the exports have its column, it is stored and read back, and sources’ values of it are compared', () => {
    expect(ENTITY_FIELDS.find((field) => field.name === 'population')).toMatchObject({ type: 'string', description: expect.stringMatching(/^REGION: /) });
    const parsed = entitySchema.parse({ ...town, population: 'about five thousand' });
    const properties = entityProps(parsed);
    expect(properties.population).toBe('about five thousand');
    const record = { id: 'town', kind: 'REGION', name: 'Town', aliases: [], description: null, properties } as const;
    expect(entityInputOf(record as never, [])).toMatchObject({ kind: 'REGION', population: 'about five thousand' });
    expect(COMPARED_ENTITY_KEYS.REGION).toContain('population');
    expect(COMPARED_ENTITY_KEYS.STATE).not.toContain('population');
  });

  it('the bulk path writes it in a column of the entity store files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kind-extension-'));
    try {
      const text = 'Test text written for the conflict-graph project. Town has some 5,000 people.';
      const document = {
        format: 'conflict-graph/v1',
        sources: [{ id: 'kind-extension-test', title: 'A test', language: 'en', text }],
        entities: [{ ...town, population: 'about five thousand' }],
      };
      await writeStoreFiles([{ text: JSON.stringify(document) }], folder);
      const header = (await readFile(join(folder, 'entities-region.csv.header'), 'utf8')).trim().split(',');
      const row = (await readFile(join(folder, 'entities-region.csv'), 'utf8')).trim().split(',');
      expect(header).toContain('population:string');
      expect(row[header.indexOf('population:string')]).toBe('about five thousand');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
