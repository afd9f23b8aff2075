/**
 * The curated article (cypher/seed/): every fact is cited with a sentence that occurs verbatim in
 * the source, and the model, and the import schema agree on the relationship types.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationshipSchema, type ImportDocument } from '../../src/model/format.js';
import { parseDocument } from '../../src/model/parse.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/vocabulary.js';
import { paths } from '../../src/paths.js';
import { seedFiles } from '../../src/import/seed.js';

const [seedFile] = await seedFiles();
const { document } = parseDocument(await readFile(seedFile as string, 'utf8'), seedFile);
const source = document.sources[0] as ImportDocument['sources'][number];
const sourceText = await readFile(join(paths.seed, source.textFile as string), 'utf8');
const items = [...document.entities, ...document.relationships];

describe('the seed document', () => {
  it('holds one source whose text is the article', () => {
    expect(document.sources).toHaveLength(1);
    expect(sourceText.startsWith(source.title)).toBe(true);
  });

  it('cites every entity and every relationship at least once', () => {
    const uncited = items.filter((item) => item.citations.length === 0).map((item) => item.id);
    expect(uncited).toEqual([]);
  });

  it('quotes only sentences that occur verbatim in the source', () => {
    const quotes = items.flatMap((item) => item.citations.map((citation) => ({ id: item.id, quote: citation.quote })));
    expect(quotes.length).toBeGreaterThan(items.length - 1);
    expect(quotes.filter(({ quote }) => !sourceText.includes(quote))).toEqual([]);
  });

  it('names every state, organization and region the article names', () => {
    // Spot checks against the text: each of these names appears in it and must be in the graph.
    const named = ['Armenia', 'Azerbaijan', 'Russia', 'Turkey', 'Yerevan', 'Baku', 'Nagorno-Karabakh', 'AFP', 'Reuters', 'EPA'];
    const findable = (name: string) => document.entities.some((entity) => entity.name === name || entity.aliases.includes(name));
    for (const name of named) {
      expect(sourceText).toContain(name);
      expect(findable(name), name).toBe(true);
    }
  });
});

describe('relationship types', () => {
  it('are the same in the model and in the import schema', () => {
    const inSchema = relationshipSchema.options.map((option) => option.shape.type.value).sort();
    expect(inSchema).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });
});
