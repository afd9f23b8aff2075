/**
 * Where a place is, for maps: the point of a Region or an Event (WGS84 decimal degrees, as the
 * import format's `coordinates` gives them) with why it is right, as fields to read and as the
 * input the entity mutations take.
 */
import type { ObjectRef } from '@pothos/core';
import type { EntityRecord } from '../graph/records.js';
import { builder, reads, type Types } from './builder.js';

const number = (entity: EntityRecord, key: string) => {
  const value = entity.properties[key];
  return typeof value === 'number' ? value : null;
};

/** Adds `latitude`, `longitude` and `coordinatesNote` to a kind that can be placed on a map; `where` opens their descriptions. */
export function coordinateFields(ref: ObjectRef<Types, EntityRecord>, where: string): void {
  builder.objectFields(ref, (t) => ({
    latitude: t.float({
      nullable: true,
      description: `${where}: degrees north (negative: south), WGS84 decimal degrees; null when no one point places it.`,
      extensions: reads('latitude'),
      resolve: (entity) => number(entity, 'latitude'),
    }),
    longitude: t.float({
      nullable: true,
      description: `${where}: degrees east (negative: west), WGS84 decimal degrees; null when no one point places it.`,
      extensions: reads('longitude'),
      resolve: (entity) => number(entity, 'longitude'),
    }),
    coordinatesNote: t.string({
      nullable: true,
      description: 'Why the coordinates are right: the gazetteer entry they come from, or the place that gives them.',
      extensions: reads('coordinatesNote'),
      resolve: (entity) => (typeof entity.properties.coordinatesNote === 'string' ? entity.properties.coordinatesNote : null),
    }),
  }));
}

export const CoordinatesInputRef = builder.inputType('CoordinatesInput', {
  description: 'A point on the map, in WGS84 decimal degrees, and why it is right.',
  fields: (t) => ({
    latitude: t.float({ required: true, description: 'Degrees north (negative: south), -90 to 90.' }),
    longitude: t.float({ required: true, description: 'Degrees east (negative: west), -180 to 180.' }),
    note: t.string({ required: true, description: 'Why: e.g. "GeoNames 616052: Yerevan, AM, population 1,093,485".' }),
  }),
});
