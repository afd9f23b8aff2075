/**
 * The draft as a whole: it is a valid import document, its quotes are verbatim, its evidence points
 * at the words, everything is PROPOSED; and a second report drafted against the graph refers to
 * the graph's entities by id instead of proposing them again.
 */
import { describe, expect, it } from 'vitest';
import { corpusReports, seedReport } from '../../src/extract/corpus.js';
import { EXTRACTOR } from '../../src/extract/index.js';
import { parseDocument } from '../../src/model/parse.js';
import type { GraphLookup } from '../../src/graph/import-lookup.js';
import { validateDocument } from '../../src/import/validate.js';
import { draft, fixture, seedKnown } from './extract-helpers.js';

const SECOND = fixture('second-report-september-2022.txt');

describe('a draft', () => {
  const text = fixture('ministry-statement-september-2022.txt');
  const doc = draft(text, '2022-09-13');

  it('is a valid conflict-graph/v1 document, as JSON too', () => {
    expect(() => parseDocument(JSON.stringify(doc))).not.toThrow();
    expect(doc.draft).toMatchObject({ extractor: EXTRACTOR, createdAt: '2022-09-15T10:00:00.000Z', resolvedAgainstGraph: false });
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources[0]).toMatchObject({ language: 'en', text, published: { from: '2022-09-13' } });
  });

  it('quotes only whole sentences found verbatim in the text', () => {
    const quotes = [...doc.entities, ...doc.relationships].flatMap((item) => item.citations.map((c) => c.quote));
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) {
      expect(text).toContain(quote);
      expect(quote).toBe(quote.trim());
    }
  });

  it('points its evidence at the sentence and the words, with a rule and a score', () => {
    for (const item of [...doc.entities, ...doc.relationships]) {
      expect(item.review).toEqual({ state: 'PROPOSED' });
      expect(item.evidence?.length).toBe(item.citations.length);
      item.evidence?.forEach((evidence, index) => {
        expect(text.slice(evidence.sentence.start, evidence.sentence.end)).toBe(item.citations[index]?.quote);
        for (const mention of evidence.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(evidence.rule).toMatch(/^[a-z-]+\/[a-z-]+/);
        expect(evidence.score).toBeGreaterThan(0);
        expect(evidence.score).toBeLessThanOrEqual(1);
      });
    }
  });

  it('gives the same ids when drafted again', () => {
    const again = draft(text, '2022-09-13');
    expect(again.relationships.map((r) => r.id)).toEqual(doc.relationships.map((r) => r.id));
    expect(again.entities.map((e) => e.id)).toEqual(doc.entities.map((e) => e.id));
  });
});

describe('a second report on the same events, drafted against the graph', () => {
  const doc = draft(SECOND, '2022-09-15', seedKnown);
  const referenced = new Set(doc.relationships.flatMap((r) => [r.from, r.to]));

  it('refers to the graph’s entities by id and proposes none of them again', () => {
    expect(doc.draft?.resolvedAgainstGraph).toBe(true);
    for (const id of ['azerbaijan', 'armenia', 'ministry-of-defence-of-azerbaijan', 'september-2022-border-clashes']) expect(referenced).toContain(id);
    const known = new Set(seedKnown.map((e) => e.id));
    expect(doc.entities.filter((e) => known.has(e.id))).toEqual([]);
    expect(doc.entities.filter((e) => e.kind === 'STATE' && /azerbaijan/i.test(e.name))).toEqual([]);
  });

  it('reports its own death toll on the graph’s event, as the ministry’s claim', () => {
    const toll = doc.relationships.find((r) => r.type === 'REPORTS' && r.from === 'ministry-of-defence-of-azerbaijan');
    expect(toll).toMatchObject({ to: 'september-2022-border-clashes', figure: 80, qualifier: 'MORE_THAN', whose: 'azerbaijan', confidence: 'CLAIM' });
  });

  it('proposes new entities where drafting without the graph would', () => {
    const alone = draft(SECOND, '2022-09-15');
    expect(alone.draft?.resolvedAgainstGraph).toBe(false);
    expect(alone.entities.map((e) => e.id)).toContain('azerbaijan');
    expect(alone.entities.length).toBeGreaterThan(doc.entities.length);
  });
});

describe('every draft of the test reports', () => {
  const noGraph: GraphLookup = {
    entityKinds: async () => new Map(),
    sourceTexts: async () => new Map(),
    relationships: async () => ({ byId: new Map(), used: new Set<string>() }),
    pastEntities: async () => new Map(),
  };
  const seedGraph: GraphLookup = { ...noGraph, entityKinds: async (ids) => new Map(seedKnown.filter((e) => ids.includes(e.id)).map((e) => [e.id, e.kind])) };
  const reports = [seedReport(), ...corpusReports('dev')];

  it.each(reports.map((r) => [r.name, r] as const))('%s passes the importer’s validation as if all were accepted', async (_, report) => {
    const doc = draft(report.text, report.published);
    await expect(validateDocument(doc, () => undefined, noGraph)).resolves.toBeDefined();
  });

  it('passes it against the graph for the second report', async () => {
    const doc = draft(SECOND, '2022-09-15', seedKnown);
    await expect(validateDocument(doc, () => undefined, seedGraph)).resolves.toBeDefined();
  });
});
