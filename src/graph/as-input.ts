/**
 * An entity or relationship as stored, in the import format: the base an update is applied to (so
 * it goes through the same validation as an import) and what the JSON and STIX exports write.
 */
import type { CitationInput, CoordinatesInput, EntityInput, RelationshipInput, TimeSpanInput } from '../model/format.js';
import { withoutNulls } from '../model/values.js';
import { isoString, partialDateString } from './dates.js';
import type { CitationRecord, EntityRecord, RelationshipRecord } from './records.js';

const AUDIT_KEYS = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'retractedAt', 'retractedBy', 'retractionReason'];

function span(props: Record<string, unknown>, prefix: 'valid' | 'term', noteKey: string): TimeSpanInput | undefined {
  const from = partialDateString(props[`${prefix}From`], props[`${prefix}FromPrecision`]);
  const to = partialDateString(props[`${prefix}To`], props[`${prefix}ToPrecision`]);
  const note = props[noteKey] as string | undefined;
  if (!from && !to && !note) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(note ? { note } : {}) };
}

/** A place's stored point, with its reason; undefined when it has none. */
function coordinatesOf(props: Record<string, unknown>): CoordinatesInput | undefined {
  const { latitude, longitude, coordinatesNote } = props;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  return { latitude, longitude, note: String(coordinatesNote) };
}

function citationInputs(citations: CitationRecord[]): CitationInput[] {
  return citations.map((c) => ({
    source: c.sourceId,
    quote: c.quote,
    ...(c.assertedById ? { assertedBy: c.assertedById } : {}),
    ...(c.viaId ? { via: c.viaId } : {}),
    ...(c.note ? { note: c.note } : {}),
  }));
}

/** An entity as stored, in the import format: the base an update is applied to. */
export function entityInputOf(entity: EntityRecord, citations: CitationRecord[]): EntityInput {
  const p = entity.properties;
  const common = {
    id: entity.id,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description ?? undefined,
    note: p.note as string | undefined,
    citations: citationInputs(citations),
  };
  const eventDate = (prefix: 'start' | 'end') => isoString(p[`${prefix}Time`]) ?? partialDateString(p[`${prefix}Date`], p[`${prefix}Precision`]) ?? undefined;
  switch (entity.kind) {
    case 'STATE':
      return withoutNulls({ ...common, kind: 'STATE', isoCode: p.isoCode, recognized: p.recognized !== false }) as EntityInput;
    case 'LEADER':
      return withoutNulls({ ...common, kind: 'LEADER', office: p.office, term: span(p, 'term', 'termNote') }) as EntityInput;
    case 'ORGANIZATION':
      return withoutNulls({ ...common, kind: 'ORGANIZATION', orgType: p.orgType }) as EntityInput;
    case 'REGION':
      return withoutNulls({ ...common, kind: 'REGION', regionType: p.regionType, coordinates: coordinatesOf(p) }) as EntityInput;
    case 'EVENT':
      return withoutNulls({
        ...common,
        kind: 'EVENT',
        eventType: p.eventType,
        status: p.status,
        start: eventDate('start'),
        end: eventDate('end'),
        dateNote: p.dateNote,
        coordinates: coordinatesOf(p),
        deaths: typeof p.deaths === 'number' ? { figure: p.deaths, qualifier: p.deathsQualifier, text: p.deathsText } : undefined,
      }) as EntityInput;
  }
}

const COMMON_RELATIONSHIP_KEYS = new Set([
  'id',
  'confidence',
  'note',
  'validFrom',
  'validFromPrecision',
  'validTo',
  'validToPrecision',
  'timeNote',
  ...AUDIT_KEYS,
]);

/** A relationship as stored, in the import format. */
export function relationshipInputOf(relationship: RelationshipRecord, citations: CitationRecord[]): RelationshipInput {
  const p = relationship.properties;
  const specific = Object.fromEntries(Object.entries(p).filter(([key]) => !COMMON_RELATIONSHIP_KEYS.has(key)));
  const input = withoutNulls({
    id: relationship.id,
    type: relationship.type,
    from: relationship.from,
    to: relationship.to,
    confidence: p.confidence,
    note: p.note,
    time: span(p, 'valid', 'timeNote'),
    ...specific,
    citations: citationInputs(citations),
  });
  // A figure given only in words is stored as no figure, but the format asks for it as null.
  return (relationship.type === 'REPORTS' ? { ...input, figure: typeof p.figure === 'number' ? p.figure : null } : input) as RelationshipInput;
}
