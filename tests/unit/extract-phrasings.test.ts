/**
 * Phrasings of news copy read as relationships: allies, "both members of", "made up of", "signed
 * for", "asked X to help", "at the request of", "X said it had brokered", "accused X forces of
 * -ing", "blamed X for", a party's figure for its own losses. Each sentence is written for the test,
 * with other names than the corpus.
 */
import { describe, expect, it } from 'vitest';
import { draft, ends, rels } from './extract-helpers.js';

describe('allies', () => {
  it('reads "X, Y’s closest ally," and "X, an ally of Y," as X supporting Y', () => {
    const doc = draft(
      'Serbia, Russia’s closest ally in the Balkans, said nothing. Belarus, an ally of Russia, sent observers. Armenia’s main ally, France, called for calm.',
      '2024-05-10',
    );
    expect(ends(doc, 'SUPPORTS').sort()).toEqual(['belarus → russia', 'france → armenia', 'serbia → russia']);
    expect(rels(doc, 'SUPPORTS').every((r) => r.confidence === 'REPORTED_FACT')).toBe(true);
  });
});

describe('membership', () => {
  it('makes each of "A and B are both members of X" a member, and each part of a body "made up of" them', () => {
    const doc = draft(
      'Kazakhstan and Uzbekistan are both members of the Shanghai Cooperation Organisation. The Northern Front, made up of the Kachin Army (KA), the Shan Army (SA) and the Wa Army (WA), took the town.',
      '2024-05-10',
    );
    expect(ends(doc, 'MEMBER_OF')).toEqual(
      expect.arrayContaining([
        'kazakhstan → shanghai-cooperation-organisation',
        'uzbekistan → shanghai-cooperation-organisation',
        'kachin-army → northern-front',
        'shan-army → northern-front',
        'wa-army → northern-front',
      ]),
    );
  });
});

describe('agreements and their signatories', () => {
  it('makes "X signed for Y" a signature of both, on the agreement the report speaks of', () => {
    const doc = draft(
      'Peru’s government and the Shining Path signed a ceasefire agreement in Lima on Monday. Luis Quispe Mamani signed for the government.',
      '2024-05-14',
    );
    const deal = doc.entities.find((e) => e.kind === 'EVENT');
    expect(ends(doc, 'SIGNED')).toEqual(expect.arrayContaining([`luis-quispe-mamani → ${deal?.id}`, `government-of-peru → ${deal?.id}`]));
  });

  it('makes whoever "said it had brokered" a ceasefire its mediator', () => {
    const doc = draft('Turkey’s foreign ministry said it had brokered a ceasefire between Libya and Chad.', '2024-05-14');
    expect(ends(doc, 'MEDIATES')).toEqual([`ministry-of-foreign-affairs-of-turkiye → ${doc.entities.find((e) => e.kind === 'EVENT')?.id}`]);
  });
});

describe('requests for help', () => {
  it('reads "asked X to help" and "at the request of Y" as requests', () => {
    const doc = draft(
      'Chad asked France to help secure its border. Kenya, which sent 500 police officers to the capital in May at the request of Haiti’s government, will send more.',
      '2024-06-10',
    );
    expect(ends(doc, 'REQUESTS_HELP_FROM').sort()).toEqual(['chad → france', 'government-of-haiti → kenya']);
  });
});

describe('accusations', () => {
  it('reads "accused X forces of -ing" and "blamed X troops for -ing" with the allegation in the text’s words', () => {
    const doc = draft(
      'Georgia accused Russian forces of shelling its border posts with mortars. Russia’s government blamed Georgian troops for opening fire on a checkpoint.',
      '2024-05-10',
    );
    expect(rels(doc, 'ACCUSES').map((r) => [r.from, r.to, r.type === 'ACCUSES' ? r.allegation : ''])).toEqual([
      ['georgia', 'armed-forces-of-russia', 'shelling its border posts with mortars'],
      ['government-of-russia', 'armed-forces-of-georgia', 'opening fire on a checkpoint'],
    ]);
  });
});

describe('a party’s figure for its own losses', () => {
  it('is the party’s report, of its own dead', () => {
    const doc = draft(
      'Nigeria has already lost 30 soldiers in the fighting, President Bola Tinubu said. Niger later said it had lost four soldiers.',
      '2024-05-10',
    );
    const figures = rels(doc, 'REPORTS').map((r) => (r.type === 'REPORTS' ? [r.from, r.figure, r.whose] : []));
    expect(figures).toEqual([
      ['bola-tinubu', 30, 'nigeria'],
      ['niger', 4, 'niger'],
    ]);
  });
});

describe('fighting told by its verb', () => {
  it('is a clash, fought by the forces named before the verb', () => {
    const doc = draft('Ethiopian and Eritrean soldiers clashed near the town of Zalambessa on Friday, officials said.', '2024-05-13');
    const clash = doc.entities.find((e) => e.kind === 'EVENT');
    expect(clash).toMatchObject({ eventType: 'CLASH', start: '2024-05-10' });
    expect(ends(doc, 'PARTICIPATES_IN').sort()).toEqual([`armed-forces-of-eritrea → ${clash?.id}`, `armed-forces-of-ethiopia → ${clash?.id}`]);
  });

  it('makes a possessive the attacker of an attack', () => {
    const doc = draft('The talks collapsed after Serbia’s attack on the border post in March 2019.', '2024-05-13');
    expect(ends(doc, 'PARTICIPATES_IN')).toEqual([`serbia → ${doc.entities.find((e) => e.kind === 'EVENT')?.id}`]);
  });
});

describe('armed groups named before what they are', () => {
  it('reads "X gunmen", "X militants" and "the X group" as an armed group of no state, and not "the rebels"', () => {
    const doc = draft(
      'Al-Nusra gunmen stormed the prison. Iranian-backed Zaydi militants fired drones. The rebels withdrew, the Kurdish group said.',
      '2024-05-10',
    );
    const groups = doc.entities.filter((e) => e.kind === 'ORGANIZATION' && e.orgType === 'ARMED_FORCE').map((e) => e.id);
    expect(groups).toEqual(expect.arrayContaining(['al-nusra', 'zaydi']));
    expect(groups).not.toContain('the');
    expect(ends(doc, 'SUPPORTS')).toEqual(['iran → zaydi']);
  });
});

describe('a speaker who goes on', () => {
  it('is "It" at the start of the next sentence, and two sides exchanging fire accuse no one', () => {
    const doc = draft(
      'Greek and Turkish troops exchanged fire near the border post on Monday, the Greek army said. It accused Turkish forces of opening fire first.',
      '2024-05-14',
    );
    expect(rels(doc, 'ACCUSES').map((r) => `${r.from} → ${r.to}`)).toEqual(['armed-forces-of-greece → armed-forces-of-turkiye']);
  });
});

describe('statement verbs', () => {
  it('make what follows "urged", "welcomed", "called on" the speaker’s statement, and state nothing by themselves', () => {
    const doc = draft('Chile welcomed the truce between Peru and Bolivia and urged both sides to respect it.', '2024-05-10');
    const parties = rels(doc, 'PARTICIPATES_IN');
    expect(parties.map((r) => r.from).sort()).toEqual(['bolivia', 'peru']);
    expect(parties.every((r) => r.confidence === 'CLAIM' && r.citations[0]?.assertedBy === 'chile')).toBe(true);
    expect(rels(doc).filter((r) => r.from === 'chile' || r.to === 'chile')).toEqual([]);
  });
});
