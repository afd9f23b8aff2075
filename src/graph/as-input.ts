/**
 * An entity or relationship as stored, in the import format: the base an update is applied to (so
 * it goes through the same validation as an import) and what the JSON and STIX exports write.
 */
import type { CitationInput, EntityInput, RelationshipInput, TimeSpanInput } from '../model/format.js';
import { kindPropertiesOf, momentKeys, pointKeys, spanKeys, tollKeys } from '../model/kind-properties.js';
import { withoutNulls } from '../model/values.js';
import type { KindPropertySpec } from '../model/vocabulary.js';
import { isoString, partialDateString } from './dates.js';
import type { CitationRecord, EntityRecord, RelationshipRecord } from './records.js';

const AUDIT_KEYS = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'retractedAt', 'retractedBy', 'retractionReason'];

function span(props: Record<string, unknown>, keys: ReturnType<typeof spanKeys>): TimeSpanInput | undefined {
  const from = partialDateString(props[keys.from], props[keys.fromPrecision]);
  const to = partialDateString(props[keys.to], props[keys.toPrecision]);
  const note = props[keys.note] as string | undefined;
  if (!from && !to && !note) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(note ? { note } : {}) };
}

/** An entity kind's own property as the format gives it, from its stored properties; absent when it has none. */
function kindValue(p: Record<string, unknown>, name: string, spec: KindPropertySpec): unknown {
  switch (spec.value.type) {
    case 'span':
      return span(p, spanKeys(name));
    case 'moment': {
      const keys = momentKeys(name);
      return isoString(p[keys.time]) ?? partialDateString(p[keys.date], p[keys.precision]) ?? undefined;
    }
    case 'point': {
      // A place's stored point, with its reason.
      const keys = pointKeys(name);
      const [latitude, longitude] = [p[keys.latitude], p[keys.longitude]];
      return typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude, note: String(p[keys.note]) } : undefined;
    }
    case 'toll': {
      const keys = tollKeys(name);
      return typeof p[keys.figure] === 'number' ? { figure: p[keys.figure], qualifier: p[keys.qualifier], text: p[keys.text] } : undefined;
    }
    default:
      return p[name] ?? spec.default;
  }
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
  const own = Object.entries(kindPropertiesOf(entity.kind)).map(([name, spec]) => [name, kindValue(p, name, spec)]);
  return withoutNulls({ ...common, kind: entity.kind, ...Object.fromEntries(own) }) as EntityInput;
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
    time: span(p, spanKeys('valid', 'timeNote')),
    ...specific,
    citations: citationInputs(citations),
  });
  // A figure given only in words is stored as no figure, but the format asks for it as null.
  return (relationship.type === 'REPORTS' ? { ...input, figure: typeof p.figure === 'number' ? p.figure : null } : input) as RelationshipInput;
}
