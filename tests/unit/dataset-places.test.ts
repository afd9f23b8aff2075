/**
 * A dataset's places resolved onto the graph's regions (src/import/resolve.ts): towns of one name
 * in different admin areas are different places, when the file is first imported and when it is
 * imported again (the graph then holds both, each PART_OF its area); a region the graph places in no
 * other area (the article's Yerevan) is found by name.
 */
import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/graph/known-entities.js';
import { DatasetResolver } from '../../src/import/resolve.js';

const region = (id: string, name: string): KnownEntity => ({ id, kind: 'REGION', name, aliases: [], regionType: 'CITY' });
const state = (id: string, name: string): KnownEntity => ({ id, kind: 'STATE', name, aliases: [] });

describe('a dataset place resolved onto the graph', () => {
  it('gives two towns of one name in different areas two ids, and finds each in its own area on the next import', () => {
    const first = new DatasetResolver([state('sudan', 'Sudan')]);
    const north = first.region('Temho', { key: 'Sudan/North', id: 'north' }, 'CITY');
    const south = first.region('Temho', { key: 'Sudan/South', id: 'south' }, 'CITY');
    expect(north.id).not.toBe(south.id);
    expect([north.known, south.known]).toEqual([false, false]);

    // The graph after the first import: both towns, each PART_OF its area.
    const again = new DatasetResolver([
      state('sudan', 'Sudan'),
      region('north', 'North'),
      region('south', 'South'),
      region(north.id, 'Temho'),
      region(south.id, 'Temho'),
    ]);
    again.areas = new Map([
      [north.id, ['north']],
      [south.id, ['south']],
      ['north', ['sudan']],
      ['south', ['sudan']],
    ]);
    expect(again.region('Temho', { key: 'Sudan/South', id: 'south' }, 'CITY')).toEqual(expect.objectContaining({ id: south.id, known: true }));
    expect(again.region('Temho', { key: 'Sudan/North', id: 'north' }, 'CITY')).toEqual(expect.objectContaining({ id: north.id, known: true }));
  });

  it('finds a region the graph places in no other area by its name, and not one placed in another area', () => {
    const resolver = new DatasetResolver([state('armenia', 'Armenia'), region('yerevan', 'Yerevan'), region('shirak', 'Shirak'), region('gyumri', 'Gyumri')]);
    resolver.areas = new Map([
      ['yerevan', ['armenia']],
      ['gyumri', ['shirak']],
    ]);
    expect(resolver.region('Yerevan', { key: 'Armenia/Kotayk', id: 'kotayk' }, 'CITY')).toEqual(expect.objectContaining({ id: 'yerevan', known: true }));
    expect(resolver.region('Gyumri', { key: 'Armenia/Lori', id: 'lori' }, 'CITY')).toEqual(expect.objectContaining({ id: 'gyumri-town', known: false }));
  });
});
