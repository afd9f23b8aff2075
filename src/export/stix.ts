/**
 * The graph as a STIX 2.1 bundle, as OpenCTI and MISP read it: states and organizations as
 * `identity` (class `organization`, or `group` for armed groups, protesters and other loose
 * groups), leaders as `identity` of class `individual` with their office as a role, regions as
 * `location` (with their point when known, else the country they are part of), events as
 * `incident`, sources as `report` (with `external_references` to their URL and the objects they are
 * cited for) and relationships as `relationship` — their type our type lower-cased and hyphenated
 * (custom types as the spec allows), `confidence` 0–100 from ours, `start_time`/`stop_time` from
 * the valid time and the quotes in `description`. Ids are uuidv5 of ours, so an export is the same
 * each time; each object also carries our item whole as `x_conflict_graph` (declared by an
 * extension definition, as the spec asks of custom properties), which src/import/stix.ts reads
 * back. Written: the bundle's maker and the extension, then relationships (after an outline of the
 * entities, so each end's type is known), entities and reports, a page at a time.
 */
import { createHash, randomUUID } from 'node:crypto';
import { partialDateString } from '../graph/dates.js';
import type { ExportReader, ExportedEntity } from '../graph/export.js';
import type { SourceRecord } from '../graph/sources.js';
import { entityInputOf, relationshipInputOf } from '../graph/as-input.js';
import type { Confidence, EntityKind } from '../model/vocabulary.js';
import { sourceInputOf } from './document.js';

/** The namespace of our uuidv5 ids (a fixed random UUID: ids are stable across exports and servers). */
const NAMESPACE = '6f1c9a52-3d0e-4b8a-9c57-2e4b7d1a8f30';

/** RFC 4122 version 5 (SHA-1, name-based) UUID of `name` in our namespace. */
export function uuidv5(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const STIX_TYPE: Record<EntityKind, 'identity' | 'location' | 'incident'> = {
  STATE: 'identity',
  LEADER: 'identity',
  ORGANIZATION: 'identity',
  REGION: 'location',
  EVENT: 'incident',
};
const GROUPS = new Set(['ARMED_GROUP', 'PROTEST_MOVEMENT', 'COLLECTIVE']);

export const stixEntityId = (kind: EntityKind, id: string) => `${STIX_TYPE[kind]}--${uuidv5(`entity:${id}`)}`;
export const stixRelationshipId = (type: string, id: string) => `relationship--${uuidv5(`relationship:${type}:${id}`)}`;
export const stixReportId = (id: string) => `report--${uuidv5(`source:${id}`)}`;
export const stixRelationshipType = (type: string) => type.toLowerCase().replace(/_/g, '-');

/** Our confidence on STIX's 0–100 scale, and back (the middle of each band). */
export const STIX_CONFIDENCE: Record<Confidence, number> = { REPORTED_FACT: 85, CLAIM: 50, ASSESSMENT: 30 };
export const confidenceOfStix = (value: number): Confidence => (value >= 70 ? 'REPORTED_FACT' : value >= 40 ? 'CLAIM' : 'ASSESSMENT');

/** A stored time as a STIX timestamp (UTC, milliseconds); `fallback` when there is none. */
const timestamp = (value: unknown, fallback: string) => {
  const date = typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : fallback;
};
const EPOCH = '1970-01-01T00:00:00.000Z';

/** A partial date's first or last instant: "2020" is 2020-01-01T00:00:00Z to 2020-12-31T23:59:59.999Z. */
export function instantOf(partial: string, end: boolean): string {
  const [year, month, day] = partial.split('-').map(Number) as [number, number?, number?];
  if (!end) return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)).toISOString();
  const next = day ? Date.UTC(year, (month as number) - 1, day + 1) : month ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  return new Date(next - 1).toISOString();
}

/** Who makes the bundle (an identity of class `system`) and the extension that declares `x_conflict_graph`. */
export const STIX_CREATOR = `identity--${uuidv5('conflict-graph:identity')}`;
export const STIX_EXTENSION = `extension-definition--${uuidv5('conflict-graph:extension')}`;
const META = { spec_version: '2.1', created: EPOCH, modified: EPOCH };
const PREAMBLE = [
  {
    type: 'identity',
    id: STIX_CREATOR,
    ...META,
    name: 'conflict-graph',
    identity_class: 'system',
    description: 'The knowledge-graph server that wrote this bundle.',
  },
  {
    type: 'extension-definition',
    id: STIX_EXTENSION,
    ...META,
    created_by_ref: STIX_CREATOR,
    name: 'conflict-graph item',
    description: 'x_conflict_graph holds the object as the conflict-graph/v1 import format gives it, so an import of the bundle gives back the same graph.',
    schema: 'The conflict-graph/v1 import format, described in the conflict-graph README and src/model/format.ts.',
    version: '1.0.0',
    extension_types: ['toplevel-property-extension'],
    extension_properties: ['x_conflict_graph'],
  },
];
const EXTENDED = { extensions: { [STIX_EXTENSION]: { extension_type: 'toplevel-property-extension' } } };

function common(type: string, id: string, properties: Record<string, unknown>) {
  const created = timestamp(properties.createdAt, EPOCH);
  return { type, spec_version: '2.1', id, created, modified: timestamp(properties.updatedAt, created), ...EXTENDED };
}

type Outline = Map<string, { kind: EntityKind; isoCode?: string }>;

function entityObject(item: ExportedEntity, countries: Map<string, string>): Record<string, unknown> {
  const { entity, citations } = item;
  const p = entity.properties;
  const input = entityInputOf(entity, citations);
  const base = {
    ...common(STIX_TYPE[entity.kind], stixEntityId(entity.kind, entity.id), p),
    name: entity.name,
    ...(entity.description ? { description: entity.description } : {}),
  };
  const extra: Record<string, unknown> = {};
  if (entity.kind === 'LEADER') Object.assign(extra, { identity_class: 'individual', ...(typeof p.office === 'string' ? { roles: [p.office] } : {}) });
  else if (entity.kind === 'STATE') extra.identity_class = 'organization';
  else if (entity.kind === 'ORGANIZATION') extra.identity_class = GROUPS.has(String(p.orgType)) ? 'group' : 'organization';
  else if (entity.kind === 'REGION') {
    const country = countries.get(entity.id);
    if (typeof p.latitude === 'number' && typeof p.longitude === 'number') Object.assign(extra, { latitude: p.latitude, longitude: p.longitude });
    if (country) extra.country = country;
    // A location needs a point, a country or a region: one with neither is only said to be somewhere unknown.
    if (extra.latitude === undefined && !country) extra.region = 'unknown';
  }
  return { ...base, ...extra, x_conflict_graph: input };
}

/** `objects` as the lines of the bundle's array, a comma before every one but the first. */
function lines(objects: Record<string, unknown>[], state: { first: boolean }): string {
  if (!objects.length) return '';
  const text = objects.map((o) => JSON.stringify(o)).join(',\n');
  const out = `${state.first ? '\n' : ',\n'}${text}`;
  state.first = false;
  return out;
}

function reportObject(source: SourceRecord, refs: string[]): Record<string, unknown> {
  const p = source.properties;
  const input = sourceInputOf(source);
  const published = partialDateString(p.publishedFrom, p.publishedFromPrecision);
  const publisher = typeof p.publisher === 'string' ? p.publisher : null;
  return {
    ...common('report', stixReportId(source.id), p),
    name: String(p.title ?? source.id),
    ...(typeof p.note === 'string' ? { description: p.note } : {}),
    published: published ? instantOf(published, false) : timestamp(p.createdAt, EPOCH),
    object_refs: refs,
    external_references: [{ source_name: publisher ?? 'conflict-graph', ...(typeof p.url === 'string' ? { url: p.url } : {}), external_id: source.id }],
    x_conflict_graph: input,
  };
}

export async function* stixBundle(reader: ExportReader): AsyncGenerator<string> {
  // The outline of the export's entities (kind, a state's ISO code), so relationships can name them.
  const outline: Outline = new Map();
  for await (const page of reader.entities()) {
    for (const { entity } of page) {
      outline.set(entity.id, { kind: entity.kind, ...(typeof entity.properties.isoCode === 'string' ? { isoCode: entity.properties.isoCode } : {}) });
    }
  }
  const refsBySource = new Map<string, Set<string>>();
  const cite = (citations: { sourceId: string }[], stixId: string) => {
    for (const c of citations) refsBySource.set(c.sourceId, (refsBySource.get(c.sourceId) ?? new Set()).add(stixId));
  };
  const named = new Set<string>();
  const countries = new Map<string, string>();
  const state = { first: true };
  yield `{"type": "bundle", "id": "bundle--${randomUUID()}", "objects": [`;
  yield lines(PREAMBLE, state);

  for await (const page of reader.relationships()) {
    const missing = [...new Set(page.flatMap(({ relationship: r }) => [r.from, r.to]))].filter((id) => !outline.has(id));
    if (missing.length) for (const { entity } of await reader.entitiesById(missing)) outline.set(entity.id, { kind: entity.kind });
    const objects = page.flatMap(({ relationship: r }) => {
      const from = outline.get(r.from);
      const to = outline.get(r.to);
      if (!from || !to) return [];
      named.add(r.from).add(r.to);
      const input = relationshipInputOf(r, r.citations);
      if (input.type === 'REPORTS' && input.whose) named.add(input.whose);
      for (const c of r.citations) for (const id of [c.assertedById, c.viaId]) if (id) named.add(id);
      if (r.type === 'PART_OF' && from.kind === 'REGION' && to.isoCode) countries.set(r.from, to.isoCode);
      const id = stixRelationshipId(r.type, r.id);
      cite(r.citations, id);
      const fromDate = input.time?.from;
      const toDate = input.time?.to;
      return [
        {
          ...common('relationship', id, r.properties),
          relationship_type: stixRelationshipType(r.type),
          source_ref: stixEntityId(from.kind, r.from),
          target_ref: stixEntityId(to.kind, r.to),
          description: [...new Set(r.citations.map((c) => c.quote))].join('\n'),
          confidence: STIX_CONFIDENCE[input.confidence],
          ...(fromDate ? { start_time: instantOf(fromDate, false) } : {}),
          ...(toDate ? { stop_time: instantOf(toDate, true) } : {}),
          x_conflict_graph: input,
        },
      ];
    });
    yield lines(objects, state);
  }

  const written = new Set<string>();
  const write = (page: ExportedEntity[]) =>
    page.map((item) => {
      written.add(item.entity.id);
      const object = entityObject(item, countries);
      cite(item.citations, String(object.id));
      for (const c of item.citations) for (const id of [c.assertedById, c.viaId]) if (id) named.add(id);
      return object;
    });
  for await (const page of reader.entities(named)) yield lines(write(page), state);
  // Entities named only by citations or figures (whose losses), and those their citations name.
  for (let missing = [...named].filter((id) => !written.has(id)); missing.length; missing = [...named].filter((id) => !written.has(id))) {
    const found = await reader.entitiesById(missing);
    if (!found.length) break;
    yield lines(write(found), state);
  }

  const sources = (await reader.sources([...refsBySource.keys()])).sort((a, b) => a.id.localeCompare(b.id));
  yield lines(
    sources.map((source) => reportObject(source, [...(refsBySource.get(source.id) ?? [])].sort())),
    state,
  );
  yield '\n]}\n';
}
