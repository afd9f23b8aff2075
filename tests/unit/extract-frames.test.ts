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
    const doc = draft(
      'Benin, which shares a 700-km border with Togo, closed its frontier. About half of the 800-km border between Chad and Niger is unmarked. Ghana’s border with Burkina Faso stayed open.',
      '2024-05-10',
    );
    expect(ends(doc, 'BORDERS').sort()).toEqual(['benin → togo', 'chad → niger', 'ghana → burkina-faso']);
  });

  it('reads "X, a neighbour of both A and B" and "X, a region on the Y-ian border"', () => {
    const doc = draft(
      'Argentina, a neighbour of both Chile and Bolivia, called for calm. Rebels recruited children in Kayes, a region on the Senegalese border.',
      '2024-05-10',
    );
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
});

describe('support', () => {
  it('makes each party whose support is welcomed a supporter of who welcomes it', () => {
    const doc = draft('Ecuador welcomed the firm support of Peru, Chile and the European Union.', '2024-05-10');
    expect(ends(doc, 'SUPPORTS').sort()).toEqual(['chile → ecuador', 'european-union → ecuador', 'peru → ecuador']);
  });

  it('makes whoever a party receives weapons or money from its supporter', () => {
    const doc = draft(
      'The attacks would not be possible without the weapons and money the M23 rebels receive from Rwanda. The M23 rebels have also received drones and rifles from Uganda.',
      '2024-05-10',
    );
    expect(ends(doc, 'SUPPORTS').sort()).toEqual(['rwanda → m23', 'uganda → m23']);
  });
});

describe('requests for help', () => {
  it('reads a capital asked for troops and a council asked to take up the matter, not a call to act', () => {
    const doc = draft(
      'The Malian government may ask Moscow for more troops. Peru has asked the United Nations Security Council to take up the matter, and called on Chile to act responsibly.',
      '2024-05-10',
    );
    expect(ends(doc, 'REQUESTS_HELP_FROM').sort()).toEqual(['mali → russia', 'peru → un-security-council']);
  });
});

describe('heads told by a clause', () => {
  it('reads "X, who chairs Y" and "Y, under the command of General X"', () => {
    const doc = draft(
      'Anwar Ibrahim, who chairs ASEAN this year, called for calm. The Sudanese Armed Forces, under the command of General Amin Koko, will defend Kadugli.',
      '2024-05-10',
    );
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
    const deal = draft(
      'In January, the junta ended the 2019 peace agreement with the rebels, accusing Chad, which had mediated it, of "hostile acts".',
      '2024-05-10',
    );
    expect(ends(deal, 'MEDIATES')).toEqual([`chad → ${deal.entities.find((e) => e.kind === 'EVENT')?.id}`]);
  });
});

describe('areas told by direction or by their noun', () => {
  it('makes "southern X" a part of X, but a village placed "in southern X" only a part of X', () => {
    const area = draft('Drones struck southern Syria on Monday.', '2024-05-10');
    expect(area.entities.find((e) => e.id === 'southern-syria')?.kind).toBe('REGION');
    expect(ends(area, 'PART_OF')).toEqual(['southern-syria → syria']);
    const village = draft('The drone was launched from near the village of Kafr Tal in southern Syria on Monday.', '2024-05-10');
    expect(ends(village, 'PART_OF')).toEqual(['kafr-tal → syria']);
  });

  it('reads "the north of X" as northern X, and not a capitalised "Northern …" name', () => {
    expect(draft('The truce holds in the north of Chad.', '2024-05-10').entities.map((e) => e.id)).toContain('northern-chad');
    expect(draft('Voters in Northern Chad Province went to the polls.', '2024-05-10').entities.map((e) => e.id)).not.toContain('northern-chad');
  });

  it('names "X province" and "Y district" as areas, and a town in one part of it', () => {
    const doc = draft('Rebels attacked the Angolan town of Cuito in Bié province on Friday, and 5,000 people fled Cunhinga district.', '2024-05-10');
    expect(doc.entities.filter((e) => e.kind === 'REGION').map((e) => e.name)).toEqual(expect.arrayContaining(['Bié province', 'Cunhinga district']));
    expect(ends(doc, 'PART_OF')).toContain('cuito → bie-province');
  });
});

describe('names and pronouns', () => {
  it('keeps a number word that opens a name after "the" ("the Three Brotherhood Alliance")', () => {
    const doc = draft('The Four Rivers Alliance, made up of the Kachin Army (KA) and the Wa Army (WA), launched an offensive.', '2024-05-10');
    expect(ends(doc, 'MEMBER_OF').sort()).toEqual(['kachin-army → four-rivers-alliance', 'wa-army → four-rivers-alliance']);
  });

  it('reads an opening "Its spokesman, X," as the office of the speaker before, not the last body named', () => {
    const doc = draft(
      'Oman’s foreign ministry said the deal had been reached after talks mediated by Egypt and the United States. Its spokesman, Salim al-Harthi, said the pause would start soon.',
      '2024-05-10',
    );
    expect(ends(doc, 'HOLDS_OFFICE_IN')).toEqual(['salim-al-harthi → ministry-of-foreign-affairs-of-oman']);
  });
});

describe('who speaks, who is spoken of', () => {
  it('makes an opening "He" the person who spoke the sentence before, and nobody when that speaker was not made out', () => {
    const named = draft('Police chief Amos Kiprono said the force would stay. He accused the M23 rebels of killing civilians.', '2024-05-10');
    expect(ends(named, 'ACCUSES')).toEqual(['amos-kiprono → m23']);
    const unnamed = draft(
      'Kenyan President William Ruto spoke on Monday. A gang leader who calls himself "Bravo" said his fighters would resist. He accused the M23 rebels of killing civilians.',
      '2024-05-10',
    );
    expect(ends(unnamed, 'ACCUSES')).toEqual([]);
  });

  it('reads the subject of a clause after a verb of saying, not the speaker', () => {
    const doc = draft('Kenya’s president, who heads the East African Community, said Somalia had asked Ethiopia for help.', '2024-05-10');
    expect(ends(doc, 'REQUESTS_HELP_FROM')).toEqual(['somalia → ethiopia']);
  });

  it('reads "his government" as the government of the person’s state', () => {
    const doc = draft('Chad’s foreign minister, Abdoulaye Saleh, said his government had asked France to help restrain the rebels.', '2024-05-10');
    expect(doc.entities.map((e) => e.id)).toContain('government-of-chad');
    expect(ends(doc, 'REQUESTS_HELP_FROM')).toEqual(['chad → france']);
  });

  it('does not take a continent named in passing for "the region", nor for where an event happened', () => {
    const place = draft(
      'The ambush at Kouri, near the Nigerien border, in late July was the worst defeat Russian troops have suffered in Africa.',
      '2024-09-10',
    );
    expect(ends(place, 'LOCATED_IN').filter((e) => e.endsWith('→ africa'))).toEqual([]);
    const doc = draft('Cobasna holds one of the largest depots in Europe. Ukraine, which borders the region, closed its side.', '2024-05-10');
    expect(ends(doc, 'BORDERS')).not.toContain('ukraine → europe');
  });

  it('reads "X’s military intelligence agency" as no armed force, and a rebel army named after its state as no part of it', () => {
    const spy = draft('A spokesman for Ukraine’s military intelligence agency, Andriy Yusov, spoke on Monday.', '2024-05-10');
    expect(spy.entities.map((e) => e.id)).not.toContain('armed-forces-of-ukraine');
    const rebels = draft('The Chad National Liberation Army (CNLA) took the town.', '2024-05-10');
    expect(ends(rebels, 'PART_OF')).toEqual([]);
  });
});

describe('accusations and tolls', () => {
  it('reads "X, elected …, has accused Y of …" and a condemnation of "the Y rebels’ attack"', () => {
    const doc = draft(
      'Russia denied it. President Ana Ruiz, elected in 2020 on a pledge to join the European Union, has accused Moscow of trying to destabilise Peru. Olusegun Obasanjo, the AU’s envoy for the Sahel, condemned the M23 rebels’ "cowardly" attack.',
      '2024-05-10',
    );
    expect(ends(doc, 'ACCUSES').sort()).toEqual(['ana-ruiz → russia', 'olusegun-obasanjo → m23']);
  });

  it('counts citizens among the dead a party gives', () => {
    const doc = draft(
      'BAMAKO, Sept 17 (Reuters) - Malian President Assimi Goita said on Saturday that 24 Malian citizens had been killed in three days of fighting near Kidal.',
      '2024-09-17',
    );
    expect(ends(doc, 'REPORTS')).toHaveLength(1);
    expect(doc.relationships.find((r) => r.type === 'REPORTS')?.from).toBe('assimi-goita');
  });
});

// Third round (2026-12-07): phrasings read off the development set's misses, each tested here on
// sentences written for it with other names.
describe('a border told without its states', () => {
  it('makes "the disputed border", "the two countries’ border" and "the border between A and B" a border zone of two states', () => {
    const doc = draft(
      'Peruvian and Ecuadorian troops clashed on the disputed border on Monday, Peru said. Ecuador accused Peru of moving troops along the two countries’ border. About half of the 1,500-km border between Peru and Ecuador is unmarked.',
      '2024-05-10',
    );
    const zones = doc.entities.filter((e) => e.kind === 'REGION' && e.regionType === 'BORDER_ZONE');
    expect(zones.map((e) => e.name)).toEqual(['Ecuador–Peru border']);
    expect(ends(doc, 'BORDERS')).toEqual(['peru → ecuador']);
  });

  it('does not read "the border" as a modifier, "the border with X", or one state’s side of it', () => {
    const doc = draft(
      'Peru and Ecuador traded accusations on Monday. Peruvian border guards closed the border crossing. Ecuador sent troops to the border with Colombia and to the Peruvian border.',
      '2024-05-10',
    );
    expect(doc.entities.filter((e) => e.kind === 'REGION' && e.regionType === 'BORDER_ZONE')).toEqual([]);
    // The report's two states are not taken for the border's when they share none.
    const apart = draft('Iran and the United States traded threats on Monday. Iranian forces moved towards the border, the United States said.', '2024-05-10');
    expect(apart.entities.filter((e) => e.kind === 'REGION' && e.regionType === 'BORDER_ZONE')).toEqual([]);
  });
});

describe('a body named in full with its acronym', () => {
  it('makes "Full Name (ACR)" an organization named by both, whatever its head noun', () => {
    const doc = draft(
      'Chad welcomed the firm support of the Economic Community of Central African States (ECCAS). Fighters of the Popular Front for the Liberation of Azawad (FPLA) attacked the town of Menaka, and the United Nations Stabilization Mission in Haiti (MINUSTAH) was cited as a model.',
      '2024-05-10',
    );
    const orgs = Object.fromEntries(doc.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => [e.id, e]));
    expect(orgs['economic-community-of-central-african-states']).toMatchObject({ orgType: 'ALLIANCE', aliases: ['ECCAS'] });
    expect(orgs['popular-front-for-the-liberation-of-azawad']).toMatchObject({ orgType: 'ARMED_FORCE', aliases: ['FPLA'] });
    expect(orgs['united-nations-stabilization-mission-in-haiti']).toMatchObject({ orgType: 'PEACEKEEPING_FORCE', aliases: ['MINUSTAH'] });
    expect(ends(doc, 'SUPPORTS')).toEqual(['economic-community-of-central-african-states → chad']);
  });

  it('reads a hyphenated acronym as one name, and leaves a state’s own bodies to the rules for them', () => {
    const doc = draft(
      'Rebels of the Movement for the Salvation of Azawad (MSA-AFP) took the town of Menaka. The National Police of Peru (PNP) arrested two men.',
      '2024-05-10',
    );
    const ids = doc.entities.map((e) => e.id);
    expect(ids).toContain('movement-for-the-salvation-of-azawad');
    expect(ids).not.toContain('afp');
    expect(ids).toContain('police-of-peru');
    expect(ids.filter((id) => id.includes('national-police'))).toEqual([]);
  });
});

describe('an attack told as an attack', () => {
  it('names a clash told by an attack’s word by that word, and places an attack on "the X-ian town of Y" in Y', () => {
    const doc = draft(
      'NIAMEY, May 7 (Reuters) - JNIM militants attacked the Nigerien town of Tillia on Monday, killing 12 people, officials said.',
      '2024-05-07',
    );
    const event = doc.entities.find((e) => e.kind === 'EVENT');
    expect(event?.name).toMatch(/\battack$/);
    expect(ends(doc, 'LOCATED_IN')).toContain(`${event?.id} → tillia`);
    const strike = draft('A drone strike on a market in Kidal killed eight people on Sunday, the army said.', '2024-05-07');
    expect(strike.entities.find((e) => e.kind === 'EVENT')?.name).toMatch(/\bstrike$/);
  });

  it('keeps "clashes" for fighting told as fighting', () => {
    const doc = draft('Heavy fighting broke out near Kidal on Sunday, the army said.', '2024-05-07');
    expect(doc.entities.find((e) => e.kind === 'EVENT')?.name).toMatch(/\bclashes$/);
  });
});

describe('a group the text says is one', () => {
  it('reads "X, an ally of Y," and "X, Y’s affiliate in Z," as groups, with the support and the membership they state', () => {
    const doc = draft(
      'Kataib Sayyid, an ally of Harakat Nujaba, fired rockets at the base on Monday. Boko Haram, al-Mourabitoun’s affiliate in West Africa, said its fighters had carried out the attack.',
      '2024-05-10',
    );
    const groups = doc.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.id);
    expect(groups).toEqual(expect.arrayContaining(['kataib-sayyid', 'harakat-nujaba', 'boko-haram', 'al-mourabitoun']));
    expect(ends(doc, 'SUPPORTS')).toEqual(['kataib-sayyid → harakat-nujaba']);
    expect(ends(doc, 'MEMBER_OF')).toEqual(['boko-haram → al-mourabitoun']);
  });

  it('reads "X, an armed group …" as a group, but no person, place or state in apposition', () => {
    const doc = draft(
      'Ansar Wilayat, an armed group that holds parts of the north, denied it. Ana Ruiz, an ally of the president, said Peru would respond. Meanwhile, an ally of Peru spoke.',
      '2024-05-10',
    );
    const orgs = doc.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.id);
    expect(orgs).toEqual(['ansar-wilayat']);
  });
});
