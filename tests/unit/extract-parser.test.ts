/**
 * The optional dependency-parse backbone (src/extract/parser/) on CoreNLP output stored from real
 * runs of Stanford CoreNLP 4.5.10 on sentences written for these tests (tests/fixtures/corenlp/, each
 * with its note): the JSON read into a ParsedText, the tagged names that become mentions (and the
 * ones the project's data overrules), and the dependency frames drafted where the surface rules
 * found nothing. No jars are needed: nothing here starts CoreNLP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../src/extract/index.js';
import { fromCoreNlp, type ParsedText } from '../../src/extract/parser/parsed.js';
import { specOf } from '../../src/extract/parser/mentions.js';
import { projectRoot } from '../../src/paths.js';

interface Fixture {
  note: string;
  text: string;
  published: string;
  corenlp: unknown;
}
const load = (name: string) => JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'corenlp', `${name}.json`), 'utf8')) as Fixture;
const accusation = load('accusation');
const frames = load('frames');

const draft = (f: Fixture, parse?: ParsedText) => draftFromText({ text: f.text, published: f.published, now: new Date(0), ...(parse ? { parse } : {}) });
const lines = (doc: ReturnType<typeof draft>) =>
  doc.relationships.map((r) => `${r.type} ${r.from} → ${r.to} (${(r.evidence ?? []).map((e) => e.rule).join(', ')})`);

describe('CoreNLP JSON → ParsedText', () => {
  it('keeps sentences, tokens and tagged names at their offsets in the text', () => {
    expect(accusation.note).toMatch(/^Test text written for the conflict-graph project/);
    const parsed = fromCoreNlp(accusation.corenlp);
    expect(parsed.docDate).toBe('2022-09-14');
    expect(parsed.sentences.map((s) => accusation.text.slice(s.start, s.end))).toMatchInlineSnapshot(`
      [
        "Test text written for the conflict-graph project.",
        "Armenia, which has backed the rebels since 2019, on Monday accused Azerbaijan of shelling the town of Goris.",
        "Goris and Sotk were hit.",
      ]
    `);
    for (const s of parsed.sentences) {
      for (const t of s.tokens) expect(accusation.text.slice(t.start, t.end)).toBe(t.word);
      for (const m of s.mentions) expect(accusation.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(parsed.sentences[1]?.mentions).toMatchInlineSnapshot(`
      [
        {
          "confidence": 0.993,
          "end": 57,
          "first": 1,
          "last": 1,
          "ner": "COUNTRY",
          "start": 50,
          "text": "Armenia",
        },
        {
          "confidence": 0.958,
          "end": 97,
          "first": 9,
          "last": 9,
          "ner": "DATE",
          "start": 93,
          "text": "2019",
        },
        {
          "confidence": 0.998,
          "end": 108,
          "first": 12,
          "last": 12,
          "ner": "DATE",
          "start": 102,
          "text": "Monday",
        },
        {
          "confidence": 0.989,
          "end": 127,
          "first": 14,
          "last": 14,
          "ner": "COUNTRY",
          "start": 117,
          "text": "Azerbaijan",
        },
        {
          "confidence": 0.607,
          "end": 157,
          "first": 20,
          "last": 20,
          "ner": "CITY",
          "start": 152,
          "text": "Goris",
        },
      ]
    `);
    expect(parsed.sentences[2]?.mentions).toMatchInlineSnapshot(`
      [
        {
          "confidence": 0.995,
          "end": 164,
          "first": 1,
          "last": 1,
          "ner": "PERSON",
          "start": 159,
          "text": "Goris",
        },
      ]
    `);
  });

  it('keeps the enhanced++ edges, with the preposition in the relation and subjects shared across conjunctions', () => {
    const parsed = fromCoreNlp(accusation.corenlp);
    const s = parsed.sentences[2];
    const word = (i: number) => s?.tokens[i - 1]?.word ?? 'ROOT';
    expect(s?.edges.map((e) => `${e.relation}(${word(e.head)}, ${word(e.dependent)})`)).toMatchInlineSnapshot(`
      [
        "ROOT(ROOT, hit)",
        "nsubj:pass(hit, Goris)",
        "cc(Sotk, and)",
        "conj:and(Goris, Sotk)",
        "nsubj:pass(hit, Sotk)",
        "aux:pass(hit, were)",
        "punct(hit, .)",
      ]
    `);
  });

  it('refuses what is not a parsed document', () => {
    expect(() => fromCoreNlp({ text: 'no sentences' })).toThrow(/not a CoreNLP JSON document/);
    const noDeps = { sentences: [{ index: 0, tokens: [{ index: 1, word: 'Hi', characterOffsetBegin: 0, characterOffsetEnd: 2 }] }] };
    expect(() => fromCoreNlp(noDeps)).toThrow(/no enhanced\+\+ dependencies/);
  });
});

describe('tagged names as mentions', () => {
  const tag = (text: string, ner: string, confidence?: number) =>
    specOf({ text, ner, start: 0, end: text.length, first: 1, last: 1, ...(confidence ? { confidence } : {}) });

  it('keeps people, organizations and places, and drops what the project’s data overrules', () => {
    expect(tag('Jonas Velkar', 'PERSON', 1)).toMatchObject({ kind: 'LEADER', id: 'jonas-velkar' });
    expect(tag('Northern Shield Brigade', 'ORGANIZATION', 0.99)).toMatchObject({ kind: 'ORGANIZATION', orgType: 'ARMED_GROUP' });
    expect(tag('Kisumu', 'CITY', 0.99)).toMatchObject({ kind: 'REGION', regionType: 'CITY' });
    // A capital is the gazetteer's (it stands for its state).
    expect(tag('Port-au-Prince', 'CITY', 0.99)).toBeUndefined();
    expect(tag('Lachin', 'LOCATION', 0.92)).toMatchObject({ kind: 'REGION' });
    // CoreNLP tags towns it does not know as people (here "Goris", 0.995): GeoNames knows the town.
    expect(tag('Goris', 'PERSON', 0.995)).toBeUndefined();
    expect(tag('Armenia', 'COUNTRY', 0.99)).toBeUndefined();
    expect(tag('Africa', 'LOCATION', 0.99)).toBeUndefined();
    expect(tag('Monday', 'DATE', 0.99)).toBeUndefined();
  });

  it('adds a place the rules did not find, and nothing where they found one', () => {
    const without = draft(frames).entities.map((e) => `${e.kind} ${e.id}`);
    const withParse = draft(frames, fromCoreNlp(frames.corenlp)).entities.map((e) => `${e.kind} ${e.id}`);
    expect(withParse.filter((e) => !without.includes(e))).toMatchInlineSnapshot(`
      [
        "REGION lachin",
      ]
    `);
    expect(without.filter((e) => !withParse.includes(e))).toEqual([]);
  });
});

describe('dependency frames', () => {
  it('drafts what the surface rules miss, and nothing for a negated verb, an attempt or a verb the parser misread', () => {
    const parse = fromCoreNlp(frames.corenlp);
    expect(lines(draft(frames))).toMatchInlineSnapshot(`
      [
        "SUPPORTS northern-shield-brigade → mali (supports/alongside)",
        "HOLDS_OFFICE_IN jonas-velkar → northern-shield-brigade (holds-office-in/title)",
      ]
    `);
    // "the group had fought alongside Mali": SUPPORTS, which the surface rules read too since the fifth round
    // (supports/alongside), so the parse adds nothing for it; "did not sign": no SIGNED; "tried to seize": no OCCUPIES;
    // "Kenya, after weeks of talks …, deployed": CoreNLP read "deployed" as an adjective, so nothing.
    expect(lines(draft(frames, parse))).toMatchInlineSnapshot(`
      [
        "SUPPORTS northern-shield-brigade → mali (supports/alongside)",
        "HOLDS_OFFICE_IN jonas-velkar → northern-shield-brigade (holds-office-in/title)",
      ]
    `);
  });

  it('drafts the negated verb and the attempt once the parse no longer says so', () => {
    // The same parse with "not" and "tried to" cut out: the checks above are what kept them out.
    const parse = fromCoreNlp(frames.corenlp);
    for (const s of parse.sentences) {
      const word = (i: number) => s.tokens[i - 1]?.lemma;
      s.edges = s.edges.filter((e) => !(e.relation === 'advmod' && word(e.dependent) === 'not') && !(e.relation === 'xcomp' && word(e.head) === 'try'));
    }
    expect(lines(draft(frames, parse)).filter((l) => l.includes('parser/'))).toMatchInlineSnapshot(`
      [
        "SIGNED moldova → march-2024-moldova-agreement (parser/signed/sign)",
        "OCCUPIES armenia → lachin (parser/occupies/seize)",
      ]
    `);
  });
});
