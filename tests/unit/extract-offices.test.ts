/**
 * Titles read as offices: whose office a title names (its owner before it or after it), which titles
 * head what they are in, people named by an office in lowercase copy or by the verb they speak with,
 * and no office guessed from the state a story is filed from. Each sentence is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { draft, ends } from './extract-helpers.js';

describe('people named by their office', () => {
  const doc = draft(
    [
      'The UN special coordinator for Yemen, Jana Van der Berg-Holm, urged both sides to exercise restraint.',
      'Kofi Mensah, the AU’s envoy for the Sahel, condemned the attack.',
      'Police commissioner Abdi Farah Warsame said the siege was over.',
      'Egyptian President Ahmed Fathi al-Masri thanked Qatar’s emir, Sheikh Hamad bin Khalid Al Nuaimi, for his part in the talks.',
      'Indonesian foreign ministry spokeswoman Dewi Lestari said the talks would resume.',
      'Rahul Mehta accused Pakistan of shelling the town of Uri.',
    ].join(' '),
    '2024-05-10',
  );
  const people = doc.entities.filter((e) => e.kind === 'LEADER').map((e) => e.id);

  it('finds the people, with the particles and hyphens of their names and without their honorifics', () => {
    expect(people).toEqual(
      expect.arrayContaining([
        'jana-van-der-berg-holm',
        'kofi-mensah',
        'abdi-farah-warsame',
        'ahmed-fathi-al-masri',
        'hamad-bin-khalid-al-nuaimi',
        'dewi-lestari',
      ]),
    );
  });

  it('gives an office to the body its owner names, before or after the title', () => {
    expect(ends(doc, 'HOLDS_OFFICE_IN')).toEqual(
      expect.arrayContaining([
        'jana-van-der-berg-holm → united-nations',
        'kofi-mensah → african-union',
        'dewi-lestari → ministry-of-foreign-affairs-of-indonesia',
      ]),
    );
    expect(ends(doc, 'LEADS')).toEqual(expect.arrayContaining(['ahmed-fathi-al-masri → egypt', 'hamad-bin-khalid-al-nuaimi → qatar']));
  });

  it('reads a name that acts as a person’s', () => {
    expect(ends(doc, 'ACCUSES')).toContain('rahul-mehta → pakistan');
  });

  it('guesses no state for an office that is not a state’s own', () => {
    expect(ends(doc, 'HOLDS_OFFICE_IN').filter((e) => e.startsWith('abdi-farah-warsame') || e.startsWith('rahul-mehta'))).toEqual([]);
  });
});

describe('an office in a part of a body', () => {
  it('holds an office in the body, and heads nothing, when it heads a part of it', () => {
    const doc = draft('Peru’s government named a team. Luis Quispe Mamani, the head of the government’s negotiating team, signed the accord.', '2024-05-10');
    expect(ends(doc, 'LEADS')).toEqual([]);
    expect(ends(doc, 'HOLDS_OFFICE_IN')).toEqual(['luis-quispe-mamani → government-of-peru']);
  });
});

describe('an adviser to a leader', () => {
  it('holds an office in the government of the state the leader leads', () => {
    const doc = draft(
      'Nepalese Prime Minister Ram Bahadur Thapa spoke first. Hari Prasad Koirala, national security adviser to Prime Minister Ram Bahadur Thapa, briefed ministers.',
      '2024-05-10',
    );
    expect(ends(doc, 'HOLDS_OFFICE_IN')).toEqual(['hari-prasad-koirala → government-of-nepal']);
  });
});
