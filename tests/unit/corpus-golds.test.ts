/**
 * Every gold of the extraction corpus is a fair measure: a valid conflict-graph/v1 document whose
 * quotes are verbatim sentences of its report, whose relationships join entities of the gold, and
 * whose report says in its first line that it was written for the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shapeDocument } from '../../src/model/parse.js';
import { projectRoot } from '../../src/paths.js';

const CORPUS = join(projectRoot, 'tests', 'fixtures', 'corpus');
const sets = ['dev', 'heldout'].map((set) => ({ set, dir: join(CORPUS, set) }));
// A set not written yet (a fresh branch) has no folder: it has nothing to check.
const reports = sets.flatMap(({ set, dir }) =>
  (existsSync(dir) ? readdirSync(dir) : []).filter((file) => file.endsWith('.txt')).map((file) => ({ set, dir, name: file.replace(/\.txt$/, '') })),
);

describe.each(reports)('$set/$name', ({ dir, name }) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const gold = shapeDocument(JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')));

  it('says it is a test text written for the project', () => {
    expect(text.split('\n')[0]).toMatch(/^Test text written for the conflict-graph project/);
  });

  it('cites only verbatim sentences of its report', () => {
    const quotes = [...gold.entities, ...gold.relationships].flatMap((item) => item.citations.map((c) => c.quote));
    expect(quotes.filter((quote) => !text.includes(quote))).toEqual([]);
  });

  it('joins only entities it holds, with ids used once', () => {
    const ids = gold.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    const named = gold.relationships.flatMap((r) => [r.from, r.to, ...r.citations.flatMap((c) => [c.assertedBy, c.via])]);
    expect(named.filter((id): id is string => Boolean(id) && !known.has(id as string))).toEqual([]);
    expect(gold.sources.map((s) => s.id)).toEqual([name]);
  });
});
