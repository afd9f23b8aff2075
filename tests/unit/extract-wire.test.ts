/**
 * Constructions of wire copy the first unseen reports showed the extractor missing: a lowercase
 * office owned by a state ("X's interior minister, Y") after "according to", an attack told in the
 * passive, "N of the attackers", a village "in northern X". Each sentence here is written for the
 * test, in other words and with other names than the reports.
 */
import { describe, expect, it } from 'vitest';
import { draft, rels } from './extract-helpers.js';

describe('a named official after "according to"', () => {
  const doc = draft('Clashes broke out near the border on Monday. Two soldiers were wounded, according to Georgia’s defence minister, Juansher Burchuladze.', '2023-05-10');

  it('finds the person, the office and the state that owns it', () => {
    expect(doc.entities.find((e) => e.id === 'juansher-burchuladze')).toMatchObject({ kind: 'LEADER' });
    expect(rels(doc, 'HOLDS_OFFICE_IN')[0]).toMatchObject({ from: 'juansher-burchuladze', to: 'georgia', office: 'Defence minister' });
  });

  it('makes the figure his claim', () => {
    const report = rels(doc, 'REPORTS')[0];
    expect(report).toMatchObject({ from: 'juansher-burchuladze', category: 'INJURIES', figure: 2, confidence: 'CLAIM' });
    expect(report?.citations[0]?.assertedBy).toBe('juansher-burchuladze');
  });
});
