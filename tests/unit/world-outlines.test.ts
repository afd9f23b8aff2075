/**
 * The country outlines the explorer's map draws (src/explorer/world.ts): a ring simplified keeps
 * its ends and its corners and drops what lies on a line; the world built from world-countries is
 * every country, small enough to send, in GeoJSON the map reads.
 */
import { describe, expect, it } from 'vitest';
import { simplifyRing, worldOutlines } from '../../src/explorer/world.js';

describe('simplifyRing', () => {
  it('drops points on the line between their neighbours and keeps the corners', () => {
    const square: [number, number][] = [
      [0, 0],
      [0.5, 0.001],
      [1, 0],
      [1, 1],
      [0.5, 1.002],
      [0, 1],
      [0, 0],
    ];
    expect(simplifyRing(square)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('rounds to two decimals and leaves a ring of four points as it is', () => {
    expect(
      simplifyRing([
        [0.123, 0.456],
        [1.001, 0],
        [1, 1],
        [0.123, 0.456],
      ]),
    ).toEqual([
      [0.12, 0.46],
      [1, 0],
      [1, 1],
      [0.12, 0.46],
    ]);
  });
});

describe('worldOutlines', () => {
  it('is every country as one FeatureCollection of MultiPolygons, under a megabyte', async () => {
    const text = await worldOutlines();
    expect(text.length).toBeLessThan(1_000_000);
    const world = JSON.parse(text) as { type: string; features: { properties: { id: string }; geometry: { type: string; coordinates: number[][][][] } }[] };
    expect(world.type).toBe('FeatureCollection');
    expect(world.features.length).toBeGreaterThan(200);
    const ids = world.features.map((feature) => feature.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['arm', 'aze', 'geo', 'tur', 'rus']));
    for (const feature of world.features) {
      expect(feature.geometry.type).toBe('MultiPolygon');
      for (const polygon of feature.geometry.coordinates) expect(polygon[0]!.length).toBeGreaterThanOrEqual(4);
    }
    expect(await worldOutlines()).toBe(text);
  });
});
