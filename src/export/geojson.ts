/**
 * GeoJSON (RFC 7946), as QGIS and kepler.gl read it: a FeatureCollection with a Point Feature per
 * entity of the export that has coordinates (regions, and events the data places at one point),
 * `[longitude, latitude]` in WGS84, and as properties its id, kind, name, type, description, an
 * event's start and end with their precision, and why the point is right. Written a page at a time.
 */
import type { ExportReader, ExportedEntity } from '../graph/export.js';
import { ENTITY_FIELDS } from './fields.js';

const FIELD = new Map(ENTITY_FIELDS.map((field) => [field.name, field]));
const value = (name: string, item: ExportedEntity) => FIELD.get(name)?.value(item) ?? null;

function featureOf(item: ExportedEntity): object | null {
  const latitude = value('latitude', item);
  const longitude = value('longitude', item);
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  const { entity } = item;
  return {
    type: 'Feature',
    id: entity.id,
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      type: value('regionType', item) ?? value('eventType', item),
      description: entity.description,
      start: value('start', item),
      startPrecision: value('startPrecision', item),
      end: value('end', item),
      endPrecision: value('endPrecision', item),
      coordinatesNote: value('coordinatesNote', item),
    },
  };
}

export async function* geojson(reader: ExportReader): AsyncGenerator<string> {
  yield '{"type": "FeatureCollection", "features": [';
  let first = true;
  for await (const page of reader.entities()) {
    const features = page.flatMap((item) => featureOf(item) ?? []);
    if (!features.length) continue;
    yield `${first ? '\n' : ',\n'}${features.map((feature) => JSON.stringify(feature)).join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}
