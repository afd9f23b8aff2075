/**
 * The eighth round (December 2026): dates told by a month alone, and a year in an event's name.
 * Each text is written for the conflict-graph project's tests, with other names than the corpus.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/time.js';
import { draft, ends } from './extract-helpers.js';

const read = (sentence: string, published: string) => findTimes(sentence, published, 'UTC').map(({ text, from, precision }) => ({ text, from, precision }));

describe('a month with no year', () => {
  it('is this year’s month after a word that makes it a date ("in late June", "since mid-March")', () => {
    expect(read('The raid on Kayes in late June was the deadliest this year.', '2024-08-20')).toEqual([{ text: 'June', from: '2024-06', precision: 'MONTH' }]);
    expect(read('Shelling has not stopped since mid-March.', '2024-08-20')).toEqual([{ text: 'March', from: '2024-03', precision: 'MONTH' }]);
  });

  it('is last year’s when it comes after the report, unless the verb looks ahead', () => {
    expect(read('Talks in Lome broke down in October.', '2024-08-20')[0]).toMatchObject({ from: '2023-10' });
    expect(read('Talks in Lome will resume in October.', '2024-08-20')[0]).toMatchObject({ from: '2024-10' });
  });

  it('leaves "May" alone where it is the verb, and a month with its day or year to their own readings', () => {
    expect(read('May the talks succeed, the envoy said.', '2024-08-20')).toEqual([]);
    expect(read('They met in March 2023 and again on March 3.', '2024-08-20').map((t) => t.text)).toEqual(['March 2023', 'March 3']);
  });

  it('dates the event it is said of', () => {
    const doc = draft('The siege of Kayes in late June was the army’s heaviest defeat.', '2024-08-20');
    expect(doc.entities.find((e) => e.kind === 'EVENT')).toMatchObject({ start: '2024-06' });
  });
});

describe('a year in an event’s name', () => {
  it('dates the event, not the day the sentence is about ("On Monday, X left the 2012 Y peace agreement")', () => {
    const doc = draft('On Monday, the junta left the 2012 Lome peace agreement with the rebels.', '2024-08-20');
    expect(doc.entities.filter((e) => e.kind === 'EVENT').map((e) => e.start)).toEqual(['2012']);
  });
});

describe('figures given side by side', () => {
  it('reads each figure of a list, with its own unit and whose losses', () => {
    const doc = draft(
      'Rebels of the Northern Liberation Front said they had killed 12 Chadian soldiers and 30 Sudanese fighters in two days of fighting near Tine.',
      '2024-05-10',
    );
    const figures = doc.relationships.filter((r) => r.type === 'REPORTS').map((r) => [r.figure, r.unit, r.whose]);
    expect(figures).toEqual(
      expect.arrayContaining([
        [12, 'soldiers killed', 'chad'],
        [30, 'fighters killed', 'sudan'],
      ]),
    );
  });

  it('reads the wounded after the dead', () => {
    const doc = draft('Chad’s army said on Monday that the clashes near Tine killed five soldiers and wounded 12 civilians.', '2024-05-10');
    const figures = doc.relationships.filter((r) => r.type === 'REPORTS').map((r) => [r.category, r.figure]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['DEATHS', 5],
        ['INJURIES', 12],
      ]),
    );
  });
});

describe('who holds an office, and who speaks', () => {
  it('takes an ambassador "to" a body for whoever sent them, not the body', () => {
    const doc = draft('Ghana’s ambassador to the UN, Kwame Mensah, accused Togo of shelling border villages.', '2024-05-10');
    expect(ends(doc, 'HOLDS_OFFICE_IN')).toEqual(['kwame-mensah → ghana']);
  });

  it('gives an accusation to the person in apposition, not to the possessive before the title', () => {
    const doc = draft('Ghana’s ambassador to the UN, Kwame Mensah, accused Togo of shelling border villages.', '2024-05-10');
    expect(ends(doc, 'ACCUSES')).toEqual(['kwame-mensah → togo']);
  });

  it('reads a chief of staff as the head of the force', () => {
    const doc = draft('Ghana’s army chief of staff, Kwame Mensah, said the operation had achieved its goals.', '2024-05-10');
    expect(ends(doc, 'LEADS')).toEqual(['kwame-mensah → armed-forces-of-ghana']);
    expect(ends(doc, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('membership told by leaving', () => {
  it('reads the states that leave a body, or withdraw from it, as its members', () => {
    const doc = draft('Chad, Sudan and Libya will leave the Economic Community of Central African States (ECCAS) next year.', '2024-05-10');
    expect(ends(doc, 'MEMBER_OF').sort()).toEqual(['chad', 'libya', 'sudan'].map((state) => `${state} → economic-community-of-central-african-states`));
    expect(
      ends(draft('Gabon’s withdrawal from the Economic Community of Central African States (ECCAS) surprised diplomats.', '2024-05-10'), 'MEMBER_OF'),
    ).toEqual(['gabon → economic-community-of-central-african-states']);
  });

  it('does not read a force leaving a place as membership', () => {
    expect(ends(draft('Chadian troops will leave Abeche next year.', '2024-05-10'), 'MEMBER_OF')).toEqual([]);
  });
});

describe('names', () => {
  it('reads a captain or an admiral before a name as a person with a rank', () => {
    const doc = draft('Captain Moussa Diallo and Admiral Pierre Ndong signed the accord in Libreville.', '2024-05-10');
    expect(doc.entities.filter((e) => e.kind === 'LEADER').map((e) => e.id)).toEqual(['moussa-diallo', 'pierre-ndong']);
  });

  it('takes a name whose acronym spells its initials for a body, even where it reads like a person’s, and one with fighters for an armed one', () => {
    const doc = draft('Fighting broke out on Monday when fighters of Harakat Ansar al-Din wal-Jihad (HADJ) attacked an army post near Menaka.', '2024-05-10');
    expect(doc.entities.find((e) => e.kind === 'ORGANIZATION')).toMatchObject({
      name: 'Harakat Ansar al-Din wal-Jihad',
      orgType: 'ARMED_FORCE',
      aliases: ['HADJ'],
    });
  });
});

describe('places told by an apposition', () => {
  it('puts a town in the state whose adjective the apposition gives ("X, a Congolese town")', () => {
    expect(ends(draft('Shells fell in Bukavu, a Congolese town on the lake, on Monday.', '2025-01-28'), 'PART_OF')).toContain('bukavu → dr-congo');
  });

  it('does not read whose people a region is as whose land it is ("an Armenian separatist region")', () => {
    const doc = draft('They fought over Artsakh, an Armenian separatist region inside Azerbaijan.', '2022-09-14');
    expect(ends(doc, 'PART_OF').filter((end) => end.endsWith('→ armenia'))).toEqual([]);
  });
});

describe('several accusers', () => {
  it('gives each of a list its accusation ("X and the Y accuse Z of …")', () => {
    const doc = draft('Uganda and the African Union accuse Sudan of arming the rebels, a charge Khartoum denies.', '2025-01-28');
    expect(ends(doc, 'ACCUSES').sort()).toEqual(['african-union → sudan', 'uganda → sudan']);
  });
});

describe('a state’s diplomatic protest', () => {
  it('is a protest against the state it is lodged with, and no street protest', () => {
    const doc = draft('Laos has lodged a formal protest with Thailand through diplomatic channels.', '2024-10-03');
    expect(ends(doc, 'PROTESTS_AGAINST')).toEqual(['laos → thailand']);
    expect(doc.entities.filter((e) => e.kind === 'EVENT')).toEqual([]);
  });
});

describe('membership told in apposition', () => {
  it('reads "X, a NATO ally" and "X, a member of NATO" as membership of the alliance', () => {
    expect(ends(draft('Drone debris fell in Latvia, a NATO ally, on Monday.', '2024-05-10'), 'MEMBER_OF')).toEqual(['latvia → nato']);
    expect(ends(draft('Lithuania, a member of NATO, closed two crossings.', '2024-05-10'), 'MEMBER_OF')).toEqual(['lithuania → nato']);
  });

  it('does not read an ally of a state as a member of anything', () => {
    expect(ends(draft('Belarus, a Russian ally, closed two crossings.', '2024-05-10'), 'MEMBER_OF')).toEqual([]);
  });
});

describe('an attack one side blames on another', () => {
  it('makes the one blamed its attacker as the accuser’s claim, not as a fact', () => {
    const doc = draft('Kinshasa blames Rwanda for the strike on the Goma airport on Monday.', '2025-01-28');
    const attacker = doc.relationships.find((r) => r.type === 'PARTICIPATES_IN' && r.from === 'rwanda');
    expect(attacker).toMatchObject({ confidence: 'CLAIM' });
    expect(attacker?.citations.map((c) => c.assertedBy)).toEqual(['dr-congo']);
  });
});

describe('an agreement signed', () => {
  it('takes the date its clause gives before the signing, not an earlier one of the sentence', () => {
    const doc = draft('They had formed an alliance in September 2023, and in July their leaders signed a treaty in Bamako.', '2024-12-16');
    expect(doc.entities.find((e) => e.kind === 'EVENT')).toMatchObject({ start: '2024-07' });
  });

  it('keeps the noun the text gives it ("treaty"), not the type’s', () => {
    const doc = draft('In July the three leaders signed a treaty in Bamako.', '2024-12-16');
    expect(doc.entities.find((e) => e.kind === 'EVENT')?.name).toMatch(/treaty$/);
  });
});

describe('names of groups', () => {
  it('keeps every word of a group’s name before what it is ("the Red Dawn guerrilla group")', () => {
    const doc = draft('The army blamed a faction of the Red Dawn guerrilla group for the ambush on Monday.', '2024-05-10');
    expect(doc.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.id)).toContain('red-dawn');
  });

  it('keeps "of X" in a name given with its acronym, and does not make the party X’s body', () => {
    const doc = draft('The attack was carried out by the Revolutionary Workers Party of Bolivia (RWPB), the army said.', '2024-05-10');
    expect(doc.entities.find((e) => e.kind === 'ORGANIZATION')).toMatchObject({ id: 'revolutionary-workers-party-of-bolivia', aliases: ['RWPB'] });
    expect(ends(doc, 'PART_OF')).not.toContain('revolutionary-workers-party-of-bolivia → bolivia');
  });
});

describe('an attack and the one it answers', () => {
  const text =
    'Pakistan launched dozens of drones at India late on Saturday, its first direct attack on Indian territory. Pakistan’s army said the operation was retaliation for the 2 May strike on a base in Lahore.';

  it('keeps an attack whose name gives its day apart from one days later ("the 2 May strike")', () => {
    const events = draft(text, '2025-05-11').entities.filter((e) => e.kind === 'EVENT');
    expect(events.map((e) => e.start).sort()).toEqual(['2025-05-02', '2025-05-10']);
  });

  it('makes the one who fired and the one fired at parties to the attack the apposition names', () => {
    const doc = draft(text, '2025-05-11');
    const attack = doc.entities.find((e) => e.kind === 'EVENT' && e.start === '2025-05-10')!;
    expect(
      ends(doc, 'PARTICIPATES_IN')
        .filter((end) => end.endsWith(attack.id))
        .sort(),
    ).toEqual([`india → ${attack.id}`, `pakistan → ${attack.id}`]);
  });
});

describe('towns a group seized', () => {
  it('reads "towns including A and B" as towns, and what a clause’s armed group seized as held by it', () => {
    const doc = draft('The offensive the ADF rebels began in March went on, seizing towns including Beni and Oicha last week.', '2025-01-28');
    expect(ends(doc, 'CONTROLS').sort()).toEqual(['adf → beni', 'adf → oicha']);
  });

  it('takes "the rebels" for the group last named as rebels, not the last group named', () => {
    const doc = draft(
      'ADF rebels took control of Beni on Monday. Uganda says it is fighting the LRA, a militia based in the forest. The assault caps an offensive the rebels began in March, seizing towns including Oicha.',
      '2025-01-28',
    );
    expect(ends(doc, 'CONTROLS')).toContain('adf → oicha');
    expect(ends(doc, 'CONTROLS')).not.toContain('lra → oicha');
  });
});

describe('an earlier event told after "since … when"', () => {
  it('dates the event of the "when" clause by the time after "since"', () => {
    const doc = draft(
      'Gunmen killed three soldiers near Tumaco on Saturday. It was the deadliest attack since March, when five police officers were killed in an ambush near Barbacoas.',
      '2024-09-04',
    );
    expect(doc.entities.filter((e) => e.kind === 'EVENT').map((e) => e.start)).toContain('2024-03');
  });
});

describe('whose attack it is', () => {
  it('reads "the attack was carried out by X", also by a party that fights', () => {
    const doc = draft('The army said the attack near Tumaco on Saturday was carried out by the Revolutionary Workers Party (RWP).', '2024-09-04');
    expect(ends(doc, 'PARTICIPATES_IN')).toEqual([expect.stringMatching(/^revolutionary-workers-party → /)]);
  });
});

describe('a command of a state’s forces', () => {
  it('is one body, "the Joint Command of the Armed Forces", not a command and a stateless "Armed Forces"', () => {
    const doc = draft('Four soldiers were killed, Chile’s Joint Command of the Armed Forces said on Monday.', '2024-09-04');
    const bodies = doc.entities.filter((e) => e.kind === 'ORGANIZATION');
    expect(bodies).toEqual([expect.objectContaining({ name: 'Joint Command of the Armed Forces', aliases: ['Joint Command'] })]);
  });
});

describe('a chief of staff with a rank', () => {
  it('reads "X’s armed forces chief of staff, Major General Y" as Y, who heads the force', () => {
    const doc = draft('Ghana’s armed forces chief of staff, Major General Kwame Mensah, said the operation had ended.', '2024-05-10');
    expect(doc.entities.filter((e) => e.kind === 'LEADER').map((e) => e.id)).toEqual(['kwame-mensah']);
    expect(ends(doc, 'LEADS')).toEqual(['kwame-mensah → armed-forces-of-ghana']);
  });
});

describe('places named by what they are', () => {
  it('reads heights, plateaus, archipelagos and air bases as places', () => {
    const doc = draft('Rockets hit the Golan Heights and the Nevatim Air Base overnight.', '2024-04-14');
    expect(
      doc.entities
        .filter((e) => e.kind === 'REGION')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['golan-heights', 'nevatim-air-base']);
  });

  it('reads "the X-ian-occupied Y" as X occupying Y', () => {
    const doc = draft('Rockets hit positions in the Moroccan-occupied Tindouf Plateau overnight.', '2024-04-14');
    expect(ends(doc, 'OCCUPIES')).toEqual(['morocco → tindouf-plateau']);
  });
});

describe('a group described as a state’s ally', () => {
  it('reads "X, Iran’s ally in Lebanon," as a group that supports the state', () => {
    const doc = draft('Ansarullah, Syria’s ally in Lebanon, said it had fired rockets overnight.', '2024-04-14');
    expect(doc.entities.find((e) => e.kind === 'ORGANIZATION')).toMatchObject({ id: 'ansarullah' });
    expect(ends(doc, 'SUPPORTS')).toEqual(['ansarullah → syria']);
  });
});

describe('a junta', () => {
  it('is the government of the state it is named with ("the junta in Bamako", "Niger’s military junta"), and "the junta" after it', () => {
    expect(draft('The junta in Bamako said two people were injured in Gao.', '2024-05-10').entities.map((e) => e.id)).toContain('government-of-mali');
    const doc = draft('Niger’s military junta expelled the French ambassador on Monday. The junta accused France of interference.', '2024-05-10');
    expect(ends(doc, 'ACCUSES')).toEqual(['government-of-niger → france']);
  });
});

describe('support a party pledges', () => {
  it('reads "X reaffirmed its unwavering support for Y" and "its ironclad commitment to Y’s security" as X backing Y', () => {
    expect(ends(draft('Poland reaffirmed its unwavering support for Lithuania on Monday.', '2024-05-10'), 'SUPPORTS')).toEqual(['poland → lithuania']);
    expect(ends(draft('Canada pledged its “ironclad” commitment to Latvia’s security.', '2024-05-10'), 'SUPPORTS')).toEqual(['canada → latvia']);
  });
});

describe('a body asked to act', () => {
  it('reads a council asked to impose sanctions or to designate a group as asked for help, "the council" being the one named', () => {
    const doc = draft(
      'Benin’s foreign minister, Olushegun Bakari, told an emergency session of the UN Security Council on Sunday that Niger was arming the rebels, and urged the council to impose sanctions on Niamey.',
      '2025-01-28',
    );
    expect(ends(doc, 'REQUESTS_HELP_FROM')).toEqual(['olushegun-bakari → un-security-council']);
  });

  it('does not read a state urged to act as asked for help', () => {
    expect(ends(draft('Benin urged Niger to impose sanctions on the smugglers.', '2025-01-28'), 'REQUESTS_HELP_FROM')).toEqual([]);
  });
});

describe('a group’s stronghold', () => {
  it('is held by the group named there ("X, an M23 stronghold"), not by a group "the rebels" may stand for', () => {
    const doc = draft('M23 rebels attacked Sake on Monday. Fighting raged in Masisi, an M23 stronghold, on Tuesday.', '2024-08-20');
    expect(ends(doc, 'CONTROLS')).toEqual(['m23 → masisi']);
    expect(ends(draft('Fighting raged in Masisi, the rebels’ stronghold, on Tuesday.', '2024-08-20'), 'CONTROLS')).toEqual([]);
  });
});

describe('a group named in the plural, holding a capital', () => {
  it('reads "the Houthis" as the Houthi group, and "who have held Yemen’s capital, Sanaa," as holding it', () => {
    const doc = draft(
      'Ansari militants fired drones on Monday. The Ansaris, who have held Yemen’s capital, Sanaa, since 2014, say they target ships.',
      '2024-01-12',
    );
    expect(ends(doc, 'CONTROLS')).toEqual(['ansari → sanaa']);
  });
});

describe('troops sent to "the province"', () => {
  const text =
    'Insurgents attacked the town of Ancuabe in Niassa province on Wednesday, near Lalane district. Tanzania, which sent 500 soldiers to the province in July 2021, will send more troops.';

  it('reads a relative clause’s sending and "the province" as the province named last', () => {
    expect(ends(draft(text, '2024-02-23'), 'DEPLOYS_TO')).toEqual(['tanzania → niassa-province']);
  });

  it('names a group told by its creed with the words together ("Islamist insurgents"), not by the creed alone', () => {
    const doc = draft('Islamist insurgents attacked the town of Ancuabe on Wednesday.', '2024-02-23');
    expect(doc.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.name)).toEqual(['Islamist insurgents']);
  });
});
