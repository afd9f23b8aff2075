/**
 * Phrasings that second reports on a clash use for each side's losses, their blame and the truces,
 * read off two later reports on the seed's clashes (tests/fixtures/joining/) and written here as
 * rules of news English with other names: "with X saying N of its servicemen had been killed", "N
 * members of its armed forces", "X puts its losses at N", "each side blames the other", a truce
 * "announced on Tuesday" after a war named in passing, and a mission of the graph named without a
 * date. Each sentence is written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { RelationshipInput } from '../../src/model/format.js';
import { draft, rels, seedKnown } from './extract-helpers.js';

const OPENING = 'Kyrgyzstan and Tajikistan clash on border\n\nFighting between Kyrgyzstan and Tajikistan erupted on Tuesday.';
const tolls = (text: string) =>
  rels(draft(`${OPENING} ${text}`, '2022-09-16'), 'REPORTS').map((r) => {
    const toll = r as Extract<RelationshipInput, { type: 'REPORTS' }>;
    return [toll.from, toll.figure, toll.whose];
  });

describe("a party's own losses", () => {
  it('reads "with X saying N of its servicemen had been killed" as the capital’s government giving its own state’s toll', () => {
    expect(tolls('The fighting went on, with Bishkek saying 24 of its servicemen had been killed.')).toEqual([['government-of-kyrgyzstan', 24, 'kyrgyzstan']]);
  });

  it('reads "N members of its armed forces had died" as the speaker’s own losses', () => {
    expect(tolls('Tajikistan said 35 members of its armed forces had died.')).toEqual([['tajikistan', 35, 'tajikistan']]);
  });

  it('reads "X puts its losses at N soldiers, Y said" as Y’s figure of X’s dead', () => {
    expect(tolls('Bishkek now puts its losses at 59 soldiers, Defence Minister Baktybek Bekbolotov said on Friday.')).toEqual([
      ['baktybek-bekbolotov', 59, 'kyrgyzstan'],
    ]);
  });
});

describe('blame both ways', () => {
  it('reads "each side blames the other for X" as two accusations between the two sides of the clash', () => {
    const doc = draft(`${OPENING} Each side blames the other for the escalation.`, '2022-09-16');
    expect(rels(doc, 'ACCUSES').map((r) => `${r.from} → ${r.to}`)).toEqual(['kyrgyzstan → tajikistan', 'tajikistan → kyrgyzstan']);
  });
});

describe('truces and missions', () => {
  it('dates a truce "announced by X on Tuesday morning" by that day, not by a war named in passing the sentence before', () => {
    const doc = draft(
      `${OPENING} It was the worst fighting since a brief war in 2021 that killed dozens. A truce announced by Moscow on Tuesday morning broke down within hours.`,
      '2022-09-16',
    );
    const truces = doc.entities.filter((e) => e.kind === 'EVENT' && e.eventType === 'CEASEFIRE');
    expect(truces.map((e) => (e.kind === 'EVENT' ? e.start : undefined))).toEqual(['2022-09-13']);
  });

  it('joins an undated mission named in a report of its month to the graph’s mission to the same place', () => {
    const doc = draft(
      'After the clashes\n\nThe Collective Security Treaty Organization, which Armenia asked for help, sent a fact-finding mission to Armenia rather than troops.',
      '2022-09-19',
      seedKnown,
    );
    expect(doc.entities.filter((e) => e.kind === 'EVENT' && e.eventType === 'MISSION')).toEqual([]);
  });

  it('gives "both sides" of the graph’s clash its two parties when the report names only one of them', () => {
    const doc = draft(
      'After the border war\n\nThe two days of fighting that began on September 13 left Armenia counting its dead, Defence Minister Suren Papikyan said. Each side blames the other for the escalation.',
      '2022-09-19',
      seedKnown,
    );
    expect(rels(doc, 'ACCUSES').map((r) => `${r.from} → ${r.to}`)).toEqual(['armenia → azerbaijan', 'azerbaijan → armenia']);
  });
});
