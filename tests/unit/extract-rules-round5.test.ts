/**
 * Relationships of the fifth round on unseen text (December 2026): who takes part in an attack or a
 * truce in ordinary news sentences. Each sentence is written for the conflict-graph project's tests,
 * with other names than the corpus.
 */
import { describe, expect, it } from 'vitest';
import { draft, rels } from './extract-helpers.js';

const participants = (doc: ReturnType<typeof draft>) =>
  rels(doc, 'PARTICIPATES_IN').map((r) => `${r.from} → ${doc.entities.find((e) => e.id === r.to)?.kind === 'EVENT' ? 'event' : r.to}`);

describe('participants of ordinary sentences', () => {
  it('reads whose attack it is from "carried out by" and "launched"', () => {
    const one = draft(
      'The Ministry of Foreign Affairs condemns the attacks carried out since Monday by the Janjaweed Militia on the Kalma camp.',
      '2024-05-10',
    );
    expect(participants(one)).toContain('janjaweed-militia → event');
    const two = draft(
      'The Northern Freedom Alliance, made up of the Kachin Independence Army (KIA) and the Arakan Army, launched an offensive in Sagaing on Monday.',
      '2024-05-10',
    );
    expect(participants(two)).toContain('northern-freedom-alliance → event');
  });

  it('takes a group that says its fighters carried out an attack, not one that denies it', () => {
    const said = draft('The Mahdi Army said in a statement that its fighters had carried out the attack on the convoy.', '2024-05-10');
    expect(participants(said)).toContain('mahdi-army → event');
    const denied = draft('A missile strike hit a market in Sloviansk on Friday. Belarus denied that its forces had carried out the attack.', '2024-05-10');
    expect(participants(denied).filter((p) => /belarus/.test(p))).toEqual([]);
  });

  it('makes the one blamed for a strike its attacker', () => {
    const doc = draft('A drone strike hit a market in Kharkiv on Saturday. Ukraine blamed Belarus for the strike.', '2024-05-10');
    expect(participants(doc)).toEqual(['belarus → event']);
  });

  it('does not read the words after "the campaign" as the campaign’s modifiers', () => {
    const doc = draft('Turkey launched the campaign after the Revolutionary Front attack on Ankara that day.', '2024-05-10');
    expect(participants(doc).filter((p) => p.startsWith('turkey'))).toEqual([]);
  });

  it('makes the named side of a truce agreed with a described one a party', () => {
    const doc = draft(
      'LAGOS, May 3 (AFP) - Nigeria’s military and a coalition of four armed groups have agreed to an immediate ceasefire in Borno, officials said.',
      '2024-05-04',
    );
    expect(participants(doc)).toContain('armed-forces-of-nigeria → event');
  });
});

describe('condemnations of what a named party did', () => {
  it('reads "condemns the shelling of … by Y" and "the attacks carried out … by the Y militia" as accusations of Y', () => {
    const doc = draft(
      'Statement of the Ministry of Foreign Affairs of the Republic of Chad\n\nThe Ministry of Foreign Affairs strongly condemns the attacks carried out since Monday by the terrorist Janjaweed Militia on the Dar es Salam camp. The Ministry of Defence of Niger condemned the shelling of homes and schools in Diffa by Nigeria.',
      '2024-05-10',
    );
    const accusations = rels(doc, 'ACCUSES').map((r) => `${r.from} → ${r.to}`);
    expect(accusations).toEqual(expect.arrayContaining(['ministry-of-foreign-affairs-of-chad → janjaweed-militia', 'ministry-of-defence-of-niger → nigeria']));
    expect(doc.entities.map((e) => e.id)).not.toContain('ministry-of-foreign-affairs');
  });

  it('does not take a body named bare for one named in full when two states have one', () => {
    const doc = draft(
      'The Ministry of Foreign Affairs of Chad and the Ministry of Foreign Affairs of Niger met in Niamey. Calm returned to Diffa on Monday, the Ministry of Foreign Affairs said.',
      '2024-05-10',
    );
    expect(doc.entities.map((e) => e.id)).toContain('ministry-of-foreign-affairs');
    // The end of a body's name before "said" is no person ("Foreign Affairs").
    expect(doc.entities.filter((e) => e.kind === 'LEADER')).toEqual([]);
  });
});

describe('where an attack took place', () => {
  it('places an attack "on the town of X" and a clash "on" a border, not an attack "on southern Y"', () => {
    const town = draft('A rebel attack on the town of Kibati in March 2021 killed dozens of people.', '2024-05-10');
    expect(rels(town, 'LOCATED_IN').map((r) => r.to)).toContain('kibati');
    const border = draft('Ethiopian and Eritrean soldiers clashed on the disputed border between Ethiopia and Eritrea on Friday, Ethiopia said.', '2024-05-10');
    expect(rels(border, 'LOCATED_IN').map((r) => r.to)).toContain('eritrea-ethiopia-border');
    const side = draft("The Polisario Front's attack on southern Morocco on Monday killed four people.", '2024-05-10');
    expect(rels(side, 'LOCATED_IN')).toEqual([]);
  });
});

describe('parts of states and regions', () => {
  it('reads "the Y-ian state of X", "the X sector of …" and "X, the capital of Y state"', () => {
    const doc = draft(
      'Indian and Chinese soldiers clashed at Naku La in the Naku La sector of the Indian state of Sikkim on Friday. Shells hit the Afghan district of Spin Boldak. Aid reached Geneina, the capital of West Darfur state.',
      '2024-05-10',
    );
    const parts = rels(doc, 'PART_OF').map((r) => `${r.from} → ${r.to}`);
    expect(parts).toEqual(expect.arrayContaining(['naku-la → sikkim', 'sikkim → india', 'spin-boldak → afghanistan', 'geneina → west-darfur-state']));
  });
});

describe('support told by fighting beside', () => {
  it('reads "X has fought alongside the Y army" as military support', () => {
    const doc = draft('Iran has fought alongside the Syrian army since 2013, officials said.', '2024-05-10');
    const support = rels(doc, 'SUPPORTS');
    expect(support.map((r) => `${r.from} → ${r.to}`)).toContain('iran → armed-forces-of-syria');
  });
});
