/**
 * A STIX 2.1 bundle read into a conflict-graph/v1 document for the normal importer. An object our
 * export wrote (src/export/stix.ts) carries our item whole as `x_conflict_graph`, which is taken as
 * it is, so an export imported into an empty graph gives it back. Any other bundle's (OpenCTI's,
 * MISP's) objects are mapped: `identity` to a leader (class `individual`, its first role as the
 * office) or an organization, `location` to a region (with its point), `incident` to an event,
 * `relationship` to ours when its type is one of ours lower-cased and hyphenated (or `located-at`),
 * its `confidence` back to ours; what has no counterpart is skipped and counted. Such objects are
 * cited by the bundle itself: a source whose text is one line per object, in the bundle's words.
 */
import { basename } from 'node:path';
import type { EntityInput, ImportDocument, RelationshipInput, SourceInput } from '../model/format.js';
import { FORMAT } from '../model/format.js';
import { slugify } from '../model/names.js';
import { propertiesOf } from '../model/properties.js';
import { isRelationshipType, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../model/vocabulary.js';
import { confidenceOfStix, STIX_CREATOR } from '../export/stix.js';
import { ImportRejected } from '../model/parse.js';

type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixDocument {
  document: ImportDocument;
  /** Objects with no counterpart in the graph's model, by STIX type. */
  skipped: Record<string, number>;
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A foreign relationship type as ours: `participates-in` is PARTICIPATES_IN; `located-at` is LOCATED_IN. */
function relationshipTypeOf(stixType: string): RelationshipType | undefined {
  const ours = stixType === 'located-at' ? 'LOCATED_IN' : stixType.toUpperCase().replace(/-/g, '_');
  return isRelationshipType(ours) ? ours : undefined;
}

export function stixToDocument(text: string, file = 'bundle'): StixDocument {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    throw new ImportRejected([{ path: '', message: 'invalid JSON' }], file);
  }
  const objects = (bundle as { objects?: unknown }).objects;
  if ((bundle as { type?: unknown }).type !== 'bundle' || !Array.isArray(objects)) {
    throw new ImportRejected([{ path: 'type', message: 'not a STIX bundle (an object with "type": "bundle" and "objects")' }], file);
  }
  const sources: SourceInput[] = [];
  const entities: EntityInput[] = [];
  const relationships: RelationshipInput[] = [];
  const skipped: Record<string, number> = {};
  const skip = (type: string) => (skipped[type] = (skipped[type] ?? 0) + 1);

  // The bundle as the source of what has no citations of ours: a line per object, quoted by each.
  const bundleSource = `stix-${slugify(basename(file).replace(/\.json$/i, '')) || 'bundle'}`;
  const lines: string[] = [];
  const cite = (line: string) => {
    lines.push(line);
    return [{ source: bundleSource, quote: line, note: 'As the STIX bundle states it.' }];
  };
  const ids = new Map<string, { id: string; kind: EntityKind; name: string }>();
  const taken = new Set<string>();
  const idFor = (name: string, kind: EntityKind) => {
    let id = slugify(name) || kind.toLowerCase();
    if (taken.has(id)) id = `${id}-${kind.toLowerCase()}`;
    for (let n = 2; taken.has(id); n++) id = `${slugify(name)}-${n}`;
    taken.add(id);
    return id;
  };

  // What describes the bundle (its maker, extension and marking definitions) is no part of the graph.
  const META = new Set(['extension-definition', 'marking-definition', 'language-content']);
  const list = objects.filter(
    (o): o is StixObject =>
      typeof o === 'object' &&
      o !== null &&
      typeof (o as StixObject).type === 'string' &&
      !META.has((o as StixObject).type) &&
      (o as StixObject).id !== STIX_CREATOR,
  );
  for (const object of list) {
    const ours = object.x_conflict_graph as Record<string, unknown> | undefined;
    if (ours && object.type === 'report') sources.push(ours as SourceInput);
    else if (ours && object.type === 'relationship') relationships.push(ours as RelationshipInput);
    else if (ours && ['identity', 'location', 'incident'].includes(object.type)) {
      const entity = ours as EntityInput;
      entities.push(entity);
      taken.add(entity.id);
      ids.set(object.id, { id: entity.id, kind: entity.kind, name: entity.name });
    }
  }
  for (const object of list) {
    if (object.x_conflict_graph) continue;
    const name = str(object.name);
    const description = str(object.description);
    if (object.type === 'report') {
      sources.push({ id: `stix-${slugify(name ?? object.id)}`, title: name ?? object.id, language: 'en', text: description ?? name ?? object.id });
      continue;
    }
    if (!['identity', 'location', 'incident'].includes(object.type) || !name) {
      if (object.type !== 'relationship') skip(object.type);
      continue;
    }
    const words = `${object.type} “${name}”${description ? `: ${description}` : ''}`;
    const base = { name, aliases: [] as string[], ...(description ? { description } : {}), citations: cite(words) };
    let entity: EntityInput;
    if (object.type === 'identity' && object.identity_class === 'individual') {
      const roles = Array.isArray(object.roles) ? object.roles.map(str).filter(Boolean) : [];
      entity = { ...base, id: idFor(name, 'LEADER'), kind: 'LEADER', office: roles[0] ?? 'not given in the STIX bundle' };
    } else if (object.type === 'identity') {
      const sectors = Array.isArray(object.sectors) ? object.sectors : [];
      const orgType = sectors.includes('defense') ? 'ARMED_FORCE' : sectors.some((s) => String(s).startsWith('government')) ? 'GOVERNMENT' : 'COLLECTIVE';
      entity = { ...base, id: idFor(name, 'ORGANIZATION'), kind: 'ORGANIZATION', orgType };
    } else if (object.type === 'location') {
      const [latitude, longitude] = [object.latitude, object.longitude];
      const point =
        typeof latitude === 'number' && typeof longitude === 'number' ? { coordinates: { latitude, longitude, note: 'From the STIX bundle.' } } : {};
      entity = { ...base, id: idFor(name, 'REGION'), kind: 'REGION', regionType: str(object.city) ? 'CITY' : 'AREA', ...point };
    } else {
      entity = { ...base, id: idFor(name, 'EVENT'), kind: 'EVENT', eventType: 'INCIDENT' };
    }
    entities.push(entity);
    ids.set(object.id, { id: entity.id, kind: entity.kind, name });
  }
  for (const object of list) {
    if (object.type !== 'relationship' || object.x_conflict_graph) continue;
    const type = relationshipTypeOf(String(object.relationship_type ?? ''));
    const from = ids.get(String(object.source_ref));
    const to = ids.get(String(object.target_ref));
    const spec = type ? RELATIONSHIP_TYPES[type] : undefined;
    // A required value other than text (a figure's category and number) is not in a STIX relationship, and is not guessed.
    const needs = type ? Object.entries(propertiesOf(type)).filter(([, property]) => property.required) : [];
    if (
      !type ||
      !spec ||
      !from ||
      !to ||
      needs.some(([, property]) => property.value.type !== 'text') ||
      !(spec.from as readonly string[]).includes(from.kind) ||
      !(spec.to as readonly string[]).includes(to.kind)
    ) {
      skip(`relationship (${String(object.relationship_type)})`);
      continue;
    }
    const description = str(object.description);
    const words = description ?? `${from.name} ${spec.phrase} ${to.name}`;
    const confidence = typeof object.confidence === 'number' ? confidenceOfStix(object.confidence) : 'REPORTED_FACT';
    const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : undefined);
    const [start, stop] = [day(object.start_time), day(object.stop_time)];
    const time = start || stop ? { time: { ...(start ? { from: start } : {}), ...(stop ? { to: stop } : {}) } } : {};
    // Required text: what it is about from the description, anything else said to be missing.
    const extra = Object.fromEntries(needs.map(([name, property]) => [name, (property.gist && description) || 'not given in the STIX bundle']));
    relationships.push({
      id: slugify(`${from.id} ${spec.phrase} ${to.id}`),
      type,
      from: from.id,
      to: to.id,
      confidence,
      ...time,
      ...extra,
      citations: cite(words),
    } as RelationshipInput);
  }
  if (lines.length) {
    sources.push({
      id: bundleSource,
      title: `STIX bundle ${basename(file)}`,
      language: 'en',
      note: 'The objects of a STIX 2.1 bundle, one line each, as the bundle states them.',
      text: lines.join('\n'),
    });
  }
  return { document: { format: FORMAT, sources, entities, relationships }, skipped };
}
