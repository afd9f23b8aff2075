/**
 * The states' names and adjectives: world-countries with the table of current forms, so that
 * "Kyrgyz President X" and "Tajik forces" name their states, and no form of the table names two.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMS, STATES, stateByDemonym, stateByIso, stateByName } from '../../src/extract/gazetteer.js';
import { draft, ends } from './extract-helpers.js';

describe('the table of current forms', () => {
  it.each([
    ['Kyrgyz', 'KG'],
    ['Tajik', 'TJ'],
    ['Uzbek', 'UZ'],
    ['Emirati', 'AE'],
    ['Congolese', 'CD'],
    ['Ivorian', 'CI'],
    ['Philippine', 'PH'],
    ['Filipino', 'PH'],
    ['Saudi', 'SA'],
    ['Azeri', 'AZ'],
    ['Palestinian', 'PS'],
    ['Kirghiz', 'KG'],
    ['Tadzhik', 'TJ'],
  ])('reads "%s" as the adjective of %s', (form, iso) => {
    expect(stateByDemonym(form)?.isoCode).toBe(iso);
  });

  it('names a state after its current adjective', () => {
    expect(stateByIso('KG')?.demonym).toBe('Kyrgyz');
    expect(stateByIso('TJ')?.demonym).toBe('Tajik');
  });

  it('reads names world-countries keeps only as codes or not at all', () => {
    expect(stateByName('Britain')?.isoCode).toBe('GB');
    expect(stateByName('UK')?.isoCode).toBe('GB');
    expect(stateByName('US')?.isoCode).toBe('US');
  });

  it('holds only states the gazetteer knows, and no adjective of the table is another state’s', () => {
    const known = new Set(STATES.map((s) => s.isoCode));
    for (const [iso, forms] of Object.entries(CURRENT_FORMS)) {
      expect(known).toContain(iso);
      for (const form of forms.adjectives ?? []) expect(stateByDemonym(form)?.isoCode).toBe(iso);
    }
  });
});

describe('drafting with the current forms', () => {
  const doc = draft(
    'DUSHANBE, Sept 17 (Reuters) - Kyrgyz President Sadyr Japarov accused Tajik forces of shelling the town of Batken. Tajik President Emomali Rahmon said Kyrgyz troops opened fire first.',
    '2022-09-17',
  );

  it('gives each president the state his adjective names, not the state the story is filed from', () => {
    expect(ends(doc, 'LEADS').sort()).toEqual(['emomali-rahmon → tajikistan', 'sadyr-japarov → kyrgyzstan']);
  });

  it('reads the forces of each state', () => {
    expect(ends(doc, 'ACCUSES')).toEqual(['sadyr-japarov → armed-forces-of-tajikistan']);
    expect(ends(doc, 'PART_OF')).toEqual(expect.arrayContaining(['armed-forces-of-tajikistan → tajikistan', 'armed-forces-of-kyrgyzstan → kyrgyzstan']));
  });

  it('reads each of two adjectives that share their noun as a state’s forces', () => {
    const both = draft('Thai and Cambodian troops exchanged fire near the temple on Thursday.', '2025-07-24');
    expect(both.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['armed-forces-of-thailand', 'armed-forces-of-cambodia']));
  });
});
