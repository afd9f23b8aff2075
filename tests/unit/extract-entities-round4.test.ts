/**
 * Entities of the fourth round on unseen text (December 2026): the ways news copy names places,
 * people and bodies that the earlier rules missed. Each sentence is written for the test, with other
 * names than the corpus.
 */
import { describe, expect, it } from 'vitest';
import { draft } from './extract-helpers.js';

const named = (doc: ReturnType<typeof draft>, kind?: string) =>
  doc.entities.filter((e) => !kind || e.kind === kind).map((e) => `${e.name}${'regionType' in e && e.regionType ? ` (${e.regionType})` : ''}`);

describe('named sites', () => {
  it('names a crossing, a border post, a temple, a river and camps with their noun', () => {
    const doc = draft(
      'Trucks queued at the Kerem Shalom crossing on Monday. Gunmen attacked the Karamyk border post overnight. Troops exchanged fire near the old Prasat Ta Krabey temple, the army said. Fighting spread along the Ruzizi river. Raiders burned the Kalma and Otash camps near Nyala.',
      '2024-05-10',
    );
    expect(named(doc, 'REGION')).toEqual(
      expect.arrayContaining([
        'Kerem Shalom crossing (BORDER_ZONE)',
        'Karamyk border post (BORDER_ZONE)',
        'Prasat Ta Krabey temple (AREA)',
        'Ruzizi river (AREA)',
        'Kalma camp (AREA)',
        'Otash camp (AREA)',
      ]),
    );
  });

  it('takes a capitalised Hotel, but not "a Kabul hotel" nor a group’s camps', () => {
    const doc = draft('Gunmen stormed the Sahafi Hotel in Kabul, police said. A Kabul hotel was closed. Wagner camps were moved.', '2024-05-10');
    const regions = named(doc, 'REGION');
    expect(regions).toContain('Sahafi Hotel (AREA)');
    expect(regions.filter((n) => /hotel|camp/i.test(n))).toEqual(['Sahafi Hotel (AREA)']);
  });
});
