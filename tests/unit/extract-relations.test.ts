/**
 * Relationships as wire reports phrase them: active and passive voice, attribution (a party's claim,
 * an agency's report, an assessment), "blamed each other", relative clauses, and only kinds the
 * model allows.
 */
import { describe, expect, it } from 'vitest';
import { RULE_TABLES } from '../../src/extract/rules/index.js';
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from '../../src/model/vocabulary.js';
import { draft, ends, rels } from './extract-helpers.js';

describe('attribution and confidence', () => {
  it("makes a party's statement its claim", () => {
    const doc = draft('Armenia said on Tuesday that Azerbaijani forces were occupying parts of Armenian territory.', '2022-09-14');
    expect(rels(doc, 'OCCUPIES')[0]).toMatchObject({ from: 'armed-forces-of-azerbaijan', to: 'armenia', confidence: 'CLAIM' });
    expect(rels(doc, 'OCCUPIES')[0]?.citations[0]?.assertedBy).toBe('armenia');
  });

  it('relays through an agency what it reports ("writes AFP")', () => {
    const doc = draft('Russia backs Armenia, writes AFP.');
    const support = rels(doc, 'SUPPORTS')[0];
    expect(support).toMatchObject({ from: 'russia', to: 'armenia', confidence: 'REPORTED_FACT' });
    expect(support?.citations[0]).toMatchObject({ via: 'afp' });
  });

  it('makes "believes … may" an assessment of whoever believes it', () => {
    const doc = draft('The conflict between Armenia and Azerbaijan worsened. Reuters believes that Turkey may become involved in the conflict.');
    const involved = rels(doc, 'MAY_BECOME_INVOLVED_IN')[0];
    expect(involved).toMatchObject({ from: 'turkiye', confidence: 'ASSESSMENT' });
    expect(involved?.citations[0]?.assertedBy).toBe('reuters');
  });

  it('states as fact what the report says in its own voice', () => {
    const doc = draft('Armenia is a member of the Collective Security Treaty Organization.');
    expect(rels(doc, 'MEMBER_OF')[0]).toMatchObject({ confidence: 'REPORTED_FACT', to: 'collective-security-treaty-organization' });
  });
});

describe('voice and clause structure', () => {
  it('reads an accusation in the active and in the passive voice alike', () => {
    const active = draft('Azerbaijan accused Armenia of shelling its positions.');
    const passive = draft('Armenia was accused by Azerbaijan of shelling its positions.');
    expect(ends(active, 'ACCUSES')).toEqual(['azerbaijan → armenia']);
    expect(ends(passive, 'ACCUSES')).toEqual(['azerbaijan → armenia']);
    expect(rels(passive, 'ACCUSES')[0]).toMatchObject({ confidence: 'CLAIM', allegation: expect.stringContaining('shelling') });
  });

  it('makes "blamed each other" two accusations, each its own party’s claim', () => {
    const doc = draft('Armenia and Azerbaijan blamed each other for starting the fighting.');
    const accusations = rels(doc, 'ACCUSES');
    expect(accusations.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(['armenia → azerbaijan', 'azerbaijan → armenia']);
    for (const r of accusations) expect(r.citations[0]?.assertedBy).toBe(r.from);
  });

  it('reads who supports whom through relative clauses', () => {
    const doc = draft(
      'Russia, which supports Armenia, and Turkey, which is helping Azerbaijan militarily and politically, may become involved in the conflict.',
    );
    expect(ends(doc, 'SUPPORTS').sort()).toEqual(['russia → armenia', 'turkiye → azerbaijan']);
    expect(rels(doc, 'SUPPORTS').find((r) => r.from === 'turkiye')).toMatchObject({ forms: ['MILITARY', 'POLITICAL'] });
  });

  it('reads signatories, a guarantor and a mediator', () => {
    const doc = draft(
      'After six weeks of fighting, a ceasefire agreement was signed in 2020. The signatories of the document are Armenia, Azerbaijan and Russia as the guarantor. The deal was brokered by Russia.',
    );
    expect(
      ends(doc, 'SIGNED')
        .map((e) => e.split(' ')[0])
        .sort(),
    ).toEqual(['armenia', 'azerbaijan', 'russia']);
    expect(ends(doc, 'GUARANTEES')).toHaveLength(1);
    expect(rels(doc, 'SIGNED').find((r) => r.from === 'russia')).toMatchObject({ role: 'guarantor' });
  });

  it('reads the occupied area with its unit', () => {
    const doc = draft('Armenia announced on Wednesday that Azerbaijani forces were occupying 10 square kilometers of its territory.');
    expect(rels(doc, 'OCCUPIES')[0]).toMatchObject({ to: 'armenia', area: 10, areaUnit: 'km²' });
  });
});

describe('the model', () => {
  it('has one rule table for each relationship type, filed under its own type', () => {
    expect(RULE_TABLES.map((table) => table.type).sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('proposes only relationships whose ends the type allows', () => {
    const doc = draft(
      'Baku accused Yerevan of shelling. Moscow deployed troops to Nagorno-Karabakh, a disputed region. The Kremlin-backed alliance met in Moscow. Thousands of protesters in Yerevan demanded the resignation of Prime Minister Nikol Pashinyan.',
    );
    const kinds = new Map(doc.entities.map((e) => [e.id, e.kind]));
    expect(doc.relationships.length).toBeGreaterThan(2);
    for (const r of doc.relationships) {
      const spec = RELATIONSHIP_TYPES[r.type];
      expect(spec.from as readonly string[], `${r.id} from`).toContain(kinds.get(r.from));
      expect(spec.to as readonly string[], `${r.id} to`).toContain(kinds.get(r.to));
    }
  });
});
