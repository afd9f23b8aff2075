/**
 * Frames of news copy added in the round on generalising (December 2026): borders told by their
 * length or a neighbour, control told by a held/run compound or a retaking, support welcomed or
 * received, requests of a capital or a council, heads told by a clause, mediation told by a
 * compound. Each sentence is written for the test, with other names than the corpus.
 */
import { describe, expect, it } from 'vitest';
import { draft, ends } from './extract-helpers.js';

describe('borders', () => {
  it('reads "shares a N-km border with", "the border between A and B", "A’s border with B"', () => {
    const doc = draft('Benin, which shares a 700-km border with Togo, closed its frontier. About half of the 800-km border between Chad and Niger is unmarked. Ghana’s border with Burkina Faso stayed open.', '2024-05-10');
    expect(ends(doc, 'BORDERS').sort()).toEqual(['benin → togo', 'chad → niger', 'ghana → burkina-faso']);
  });

  it('reads "X, a neighbour of both A and B" and "X, a region on the Y-ian border"', () => {
    const doc = draft('Argentina, a neighbour of both Chile and Bolivia, called for calm. Rebels recruited children in Kayes, a region on the Senegalese border.', '2024-05-10');
    expect(ends(doc, 'BORDERS').sort()).toEqual(['argentina → bolivia', 'argentina → chile', 'kayes → senegal']);
  });
});

describe('control', () => {
  it('reads "the X-held town of Y", "X, who have held Y", and "Y, the last city in Z held by X"', () => {
    const doc = draft(
      'The Rapid Support Forces (RSF) attacked again. The RSF-held town of Nyala was shelled on Monday. The M23 rebels, who have held the city of Goma since 2025, fired rockets. Kadugli, the last city in Kordofan held by the Sudanese Armed Forces, was shelled.',
      '2026-05-10',
    );
    expect(ends(doc, 'CONTROLS').sort()).toEqual(['armed-forces-of-sudan → kadugli', 'm23 → goma', 'rapid-support-forces → nyala']);
  });

  it('makes whoever retakes a place hold it, but not whoever tries to', () => {
    expect(ends(draft('The Malian army retook the town of Kidal in November.', '2024-05-10'), 'CONTROLS')).toEqual(['armed-forces-of-mali → kidal']);
    expect(ends(draft('The Malian army tried to retake the town of Kidal in November.', '2024-05-10'), 'CONTROLS')).toEqual([]);
  });
});

describe('support', () => {
  it('makes each party whose support is welcomed a supporter of who welcomes it', () => {
    const doc = draft('Ecuador welcomed the firm support of Peru, Chile and the European Union.', '2024-05-10');
    expect(ends(doc, 'SUPPORTS').sort()).toEqual(['chile → ecuador', 'european-union → ecuador', 'peru → ecuador']);
  });

  it('makes whoever a party receives weapons or money from its supporter', () => {
    const doc = draft('The attacks would not be possible without the weapons and money the M23 rebels receive from Rwanda. The M23 rebels have also received drones and rifles from Uganda.', '2024-05-10');
    expect(ends(doc, 'SUPPORTS').sort()).toEqual(['rwanda → m23', 'uganda → m23']);
  });
});

describe('requests for help', () => {
  it('reads a capital asked for troops and a council asked to take up the matter, not a call to act', () => {
    const doc = draft('The Malian government may ask Moscow for more troops. Peru has asked the United Nations Security Council to take up the matter, and called on Chile to act responsibly.', '2024-05-10');
    expect(ends(doc, 'REQUESTS_HELP_FROM').sort()).toEqual(['mali → russia', 'peru → un-security-council']);
  });
});

describe('heads told by a clause', () => {
  it('reads "X, who chairs Y" and "Y, under the command of General X"', () => {
    const doc = draft('Anwar Ibrahim, who chairs ASEAN this year, called for calm. The Sudanese Armed Forces, under the command of General Amin Koko, will defend Kadugli.', '2024-05-10');
    expect(ends(doc, 'LEADS').sort()).toEqual(['amin-koko → armed-forces-of-sudan', 'anwar-ibrahim → association-of-southeast-asian-nations']);
  });

  it('reads "Y, which … and whose leader, X, …" as X leading Y, not another body the clause names', () => {
    const doc = draft('The Shan State Army, which the African Union has condemned and whose leader, Sai Hla Tun, spoke on Monday, refused.', '2024-05-10');
    expect(ends(doc, 'LEADS')).toEqual(['sai-hla-tun → shan-state-army']);
  });
});

describe('mediation', () => {
  it('reads "after X-brokered talks" and "X, which had mediated it"', () => {
    const truce = draft('Sudan’s army and rebels agree truce after Egypt-brokered talks', '2024-05-10');
    expect(ends(truce, 'MEDIATES')).toEqual([`egypt → ${truce.entities.find((e) => e.kind === 'EVENT')?.id}`]);
    const deal = draft('In January, the junta ended the 2019 peace agreement with the rebels, accusing Chad, which had mediated it, of "hostile acts".', '2024-05-10');
    expect(ends(deal, 'MEDIATES')).toEqual([`chad → ${deal.entities.find((e) => e.kind === 'EVENT')?.id}`]);
  });
});
