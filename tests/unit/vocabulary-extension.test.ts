/**
 * Adding a relationship type, or a property to one, is one edit to the vocabulary: with a vocabulary
 * that has one extra type (WITNESSES, with a property of its own) and one extra property on ACCUSES,
 * the import format reads them, the GraphQL schema has the type, its list fields and its inputs, the
 * export columns and the id constraints follow, and nothing else had to be written.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/model/vocabulary.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/vocabulary.js')>();
  const TEXT = { type: 'text' } as const;
  const RELATIONSHIP_TYPES = {
    ...original.RELATIONSHIP_TYPES,
    ACCUSES: {
      ...original.RELATIONSHIP_TYPES.ACCUSES,
      properties: { ...original.RELATIONSHIP_TYPES.ACCUSES.properties, motive: { value: TEXT, description: 'Why, the accuser says, it was done.' } },
    },
    WITNESSES: {
      phrase: 'witnesses',
      inverse: 'is witnessed by',
      graphql: { object: 'Witnessing', out: 'witnessed', in: 'witnesses' },
      description: 'Saw an event happen.',
      from: ['STATE', 'LEADER', 'ORGANIZATION'],
      to: ['EVENT'],
      properties: { vantage: { value: TEXT, required: true, description: 'Where it was seen from.' } },
    },
  };
  return {
    ...original,
    RELATIONSHIP_TYPES,
    RELATIONSHIP_TYPE_NAMES: Object.keys(RELATIONSHIP_TYPES),
    isRelationshipType: (value: string) => Object.hasOwn(RELATIONSHIP_TYPES, value),
  };
});

const { relationshipSchema } = await import('../../src/model/format.js');
const { schema } = await import('../../src/schema/index.js');
const { RELATIONSHIP_FIELDS } = await import('../../src/export/fields.js');
const { vocabularyConstraints } = await import('../../src/graph/migrations.js');
const { writeStoreFiles } = await import('../../src/import/offline.js');

const witnessing = { id: 'a-witnesses-b', type: 'WITNESSES', from: 'a', to: 'b', confidence: 'CLAIM', citations: [{ quote: 'A saw it.' }] };

describe('a vocabulary with one more type and one more property', () => {
  it('the import format reads the new type with its required property, and the new property of ACCUSES', () => {
    expect(relationshipSchema.safeParse({ ...witnessing, vantage: 'the hills' }).success).toBe(true);
    expect(relationshipSchema.safeParse(witnessing).success).toBe(false);
    const accusation = {
      id: 'a-accuses-b',
      type: 'ACCUSES',
      from: 'a',
      to: 'b',
      confidence: 'CLAIM',
      allegation: 'shelling',
      citations: [{ quote: 'A blamed B.' }],
    };
    expect(relationshipSchema.safeParse({ ...accusation, motive: 'revenge' }).success).toBe(true);
    expect(relationshipSchema.safeParse({ ...accusation, unknown: 'x' }).success).toBe(false);
  });

  it('the GraphQL schema has its object type, its list fields on both ends, its enum value and the inputs', () => {
    const sdl = printSchema(schema);
    expect(sdl).toMatch(/type Witnessing implements Node & Relationship \{[^}]*\bvantage: String!/);
    expect(sdl).toMatch(/type Accusation implements Node & Relationship \{[^}]*\bmotive: String\n/);
    expect(sdl).toMatch(/type State implements[^{]*\{[^}]*\n {2}witnessed\(/);
    expect(sdl).toMatch(/type Event implements[^{]*\{[^}]*\n {2}witnesses\(/);
    expect(sdl).not.toMatch(/type Region implements[^{]*\{[^}]*\n {2}witnessed\(/);
    expect(sdl).toMatch(/enum RelationshipType \{[^}]*\bWITNESSES\b/);
    expect(sdl).toMatch(/input RelationshipInput \{[^}]*\bvantage: String\n[^}]*\}/);
    expect(sdl).toMatch(/input RelationshipInput \{[^}]*\bmotive: String\n[^}]*\}/);
  });

  it('the exports have a column for each new property, and migrate makes the new type’s id constraint', () => {
    expect(RELATIONSHIP_FIELDS.map((field) => field.name)).toEqual(expect.arrayContaining(['vantage', 'motive']));
    expect(vocabularyConstraints().join('\n')).toMatch(/FOR \(\)-\[r:WITNESSES\]-\(\) REQUIRE r\.id IS UNIQUE/);
  });

  it('the bulk path writes the new type to a store file of its own, with a column for each new property', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vocabulary-extension-'));
    try {
      const text = 'Test text written for the conflict-graph project. A saw it. A blamed B out of revenge.';
      const document = {
        format: 'conflict-graph/v1',
        sources: [{ id: 'extension-test', title: 'A test', language: 'en', text }],
        entities: [
          { id: 'a', kind: 'STATE', name: 'A', citations: [{ quote: 'A saw it.' }] },
          { id: 'b', kind: 'STATE', name: 'B', citations: [{ quote: 'A blamed B out of revenge.' }] },
          { id: 'c', kind: 'EVENT', name: 'C', eventType: 'CLASH', citations: [{ quote: 'A saw it.' }] },
        ],
        relationships: [
          { ...witnessing, to: 'c', vantage: 'the hills' },
          {
            id: 'a-accuses-b',
            type: 'ACCUSES',
            from: 'a',
            to: 'b',
            confidence: 'CLAIM',
            allegation: 'blame',
            motive: 'revenge',
            citations: [{ quote: 'A blamed B out of revenge.' }],
          },
        ],
      };
      await writeStoreFiles([{ text: JSON.stringify(document) }], folder);
      const headers = (await readdir(folder)).filter((name) => name.startsWith('relationships-') && name.endsWith('.header'));
      const header = async (type: string) => readFile(join(folder, headers.find((name) => name.includes(type)) ?? 'missing'), 'utf8');
      expect(await header('witnesses')).toContain('vantage:string');
      expect(await header('accuses')).toContain('motive:string');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
