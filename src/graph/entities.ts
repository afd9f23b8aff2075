/**
 * Entities: the states, leaders, organizations, regions and events of a conflict. Each node has the
 * :Entity label, exactly one kind label from KIND_LABELS, and a stable slug `id`.
 */
import type { Db } from './db.js';
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from './model.js';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  /** Kind-specific properties as stored (ISO code, office, dates, …). */
  properties: Record<string, unknown>;
}

const ENTITIES_BY_ID = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e { .* } AS properties, [label IN labels(e) WHERE label IN $kindLabels][0] AS label`;

/** Loads entities by slug, in no particular order; missing ids are simply absent. */
export async function entitiesById(db: Db, ids: readonly string[]): Promise<EntityRecord[]> {
  const rows = await db.read<{ properties: Record<string, unknown>; label: string | null }>(ENTITIES_BY_ID, {
    ids,
    kindLabels: Object.values(KIND_LABELS),
  });
  return rows.flatMap(({ properties, label }) => {
    const kind = kindOfLabel(label);
    return kind ? [toEntity(kind, properties)] : [];
  });
}

function kindOfLabel(label: string | null): EntityKind | undefined {
  return ENTITY_KINDS.find((kind) => KIND_LABELS[kind] === label);
}

function toEntity(kind: EntityKind, properties: Record<string, unknown>): EntityRecord {
  return {
    id: String(properties.id),
    kind,
    name: String(properties.name ?? properties.id),
    aliases: Array.isArray(properties.aliases) ? properties.aliases.map(String) : [],
    description: typeof properties.description === 'string' ? properties.description : null,
    properties,
  };
}
