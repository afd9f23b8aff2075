/**
 * What reads return, shared by every query module: entities, relationships and citations as
 * records, and the conversions from rows. It sits below the modules that read them, so none of
 * them needs another.
 */
import { ENTITY_KINDS, KIND_LABELS, isRelationshipType, type EntityKind, type RelationshipType } from '../model/vocabulary.js';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  /** Every stored property, kind-specific ones included (ISO code, office, dates, …). */
  properties: Record<string, unknown>;
  /** Read with only the properties one response asked for: not to be cached for others. */
  partial?: true;
  /** Read as the graph held it at a past moment (`asKnownAt`), with its citations as they then were. */
  known?: { at: Date; citations: CitationRecord[] };
}

const KIND_BY_LABEL = new Map(ENTITY_KINDS.map((kind) => [KIND_LABELS[kind], kind]));

/** The entity kind a node's labels give; undefined for a node without a kind label. */
export function kindOfLabels(labels: readonly string[]): EntityKind | undefined {
  return labels.map((label) => KIND_BY_LABEL.get(label)).find((kind) => kind !== undefined);
}

/** An entity from its stored properties and labels; undefined for a node without a kind label. */
export function toEntity(properties: Record<string, unknown>, labels: readonly string[], partial = false): EntityRecord | undefined {
  const kind = kindOfLabels(labels);
  if (!kind) return undefined;
  return {
    id: String(properties.id),
    kind,
    name: String(properties.name ?? properties.id),
    aliases: Array.isArray(properties.aliases) ? properties.aliases.map(String) : [],
    description: typeof properties.description === 'string' ? properties.description : null,
    properties,
    ...(partial ? { partial: true as const } : {}),
  };
}

export interface CitationRecord {
  id: string;
  /** The id of the entity or relationship the citation is for. */
  about: string;
  quote: string;
  note: string | null;
  sourceId: string;
  assertedById: string | null;
  viaId: string | null;
  /** The entities themselves, when read with the citation. */
  asserter?: EntityRecord;
  relay?: EntityRecord;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  /** The entity at the far end, when read from the near one; spares a second lookup. */
  other?: EntityRecord;
  /** Its citations, when read with it, with the entities that assert or relay them. */
  citations?: CitationRecord[];
  /** Read as the graph held it at a past moment (`asKnownAt`), with both ends as they then were. */
  known?: { at: Date; from?: EntityRecord; to?: EntityRecord };
}

export function toRelationship(row: { r: Record<string, unknown>; type: string; from: string; to: string }): RelationshipRecord {
  if (!isRelationshipType(row.type)) throw new Error(`unexpected relationship type ${row.type}`);
  return { id: String(row.r.id), type: row.type, from: row.from, to: row.to, properties: row.r };
}

export interface CitationRow extends Omit<CitationRecord, 'asserter' | 'relay'> {
  asserter: { properties: Record<string, unknown>; labels: string[] } | null;
  relay: { properties: Record<string, unknown>; labels: string[] } | null;
}

/** A relationship read for a list: the list's index, the relationship, its far end, its citations. */
export interface ListRow {
  index: number;
  r: Record<string, unknown>;
  o: Record<string, unknown>;
  labels: string[];
  citations: CitationRow[] | null;
}
