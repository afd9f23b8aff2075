/**
 * Coordinates on places (Region, Event) in the import format: WGS84 degrees with a reason, bad
 * values refused with their line like any other problem of form; stored as floats with their note,
 * stated together; and read back into the format (what an update and the JSON export start from).
 */
import { describe, expect, it } from 'vitest';
import { ImportRejected, parseDocument } from '../../src/model/parse.js';
import { entityProps, statedProps } from '../../src/graph/stored.js';
import { entityInputOf } from '../../src/graph/as-input.js';
import type { EntityInput } from '../../src/model/format.js';

const place = (coordinates: unknown, kind: 'REGION' | 'STATE' = 'REGION') =>
  JSON.stringify(
    {
      format: 'conflict-graph/v1',
      sources: [{ id: 'coordinates-test', title: 'A test', language: 'en', text: 'Test text written for the conflict-graph project about Alphaville.' }],
      entities: [
        { id: 'alphaville', kind, ...(kind === 'REGION' ? { regionType: 'CITY' } : {}), name: 'Alphaville', coordinates, citations: [{ quote: 'Alphaville' }] },
      ],
    },
    null,
    2,
  );

function problems(text: string) {
  try {
    parseDocument(text, 'place.json');
  } catch (error) {
    if (error instanceof ImportRejected) return error.problems;
    throw error;
  }
  return [];
}
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('coordinates in the import format', () => {
  it('are taken on a region with latitude, longitude and a reason', () => {
    const { document } = parseDocument(place({ latitude: 40.18111, longitude: 44.51361, note: 'GeoNames 616052' }));
    expect((document.entities[0] as EntityInput & { coordinates: unknown }).coordinates).toEqual({
      latitude: 40.18111,
      longitude: 44.51361,
      note: 'GeoNames 616052',
    });
  });

  it('refuse values off the globe, a missing reason and a string for a number, each at its line', () => {
    const text = place({ latitude: 91, longitude: '44.5' });
    expect(problems(text)).toEqual([
      { line: lineOf(text, '"coordinates"'), path: 'entities[0].coordinates.note', message: expect.stringMatching(/expected string/) },
      { line: lineOf(text, '"latitude"'), path: 'entities[0].coordinates.latitude', message: 'a latitude from -90 to 90' },
      { line: lineOf(text, '"longitude"'), path: 'entities[0].coordinates.longitude', message: expect.stringMatching(/expected number/) },
    ]);
    expect(problems(place({ latitude: 0, longitude: -180.5, note: 'x' }))).toMatchObject([
      { path: 'entities[0].coordinates.longitude', message: 'a longitude from -180 to 180' },
    ]);
  });

  it('belong to places: a state has none', () => {
    const text = place({ latitude: 40, longitude: 45, note: 'x' }, 'STATE');
    expect(problems(text)).toEqual([{ line: lineOf(text, '"coordinates"'), path: 'entities[0].coordinates', message: 'unknown field (a typo?)' }]);
  });
});

describe('stored coordinates', () => {
  const region: EntityInput = {
    id: 'alphaville',
    kind: 'REGION',
    regionType: 'CITY',
    name: 'Alphaville',
    aliases: [],
    coordinates: { latitude: 40, longitude: 45, note: 'GeoNames 1' },
    citations: [{ quote: 'Alphaville' }],
  };

  it('are floats even when whole, with their note, stated together', () => {
    const props = entityProps(region);
    expect(props).toMatchObject({ latitude: 40, longitude: 45, coordinatesNote: 'GeoNames 1' });
    expect(typeof props.latitude).toBe('number');
    const without = entityProps({ ...region, coordinates: undefined } as EntityInput);
    expect(Object.keys(statedProps(without))).not.toContain('latitude');
  });

  it('read back into the format as they were given', () => {
    const stored = {
      id: 'alphaville',
      kind: 'REGION' as const,
      name: 'Alphaville',
      aliases: [],
      description: null,
      properties: { regionType: 'CITY', latitude: 40, longitude: 45, coordinatesNote: 'GeoNames 1' },
    };
    expect(entityInputOf(stored, [])).toMatchObject({ coordinates: { latitude: 40, longitude: 45, note: 'GeoNames 1' } });
    expect(entityInputOf({ ...stored, properties: { regionType: 'CITY' } }, [])).not.toHaveProperty('coordinates');
  });
});
