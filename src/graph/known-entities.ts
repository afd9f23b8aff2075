/**
 * The entities already in the graph, as the extractor needs them to recognise names in a new report:
 * id, kind, name, aliases and the properties the vocabulary marks for recognition: the subtype that
 * tells how a name may be used ("Azerbaijani forces" finds the armed forces of Azerbaijan by its
 * orgType), an event's dates; and the relationships among them a draft may state again.
 */
import type { Db } from './db.js';
import { ENTITY_PROPERTIES, momentKeys } from '../model/kind-properties.js';
import { RELATIONSHIP_TYPE_NAMES, type ENTITY_KIND_SPECS, type EntityKind } from '../model/vocabulary.js';
import { notRetracted } from './holds.js';
import { kindOfLabels } from './records.js';

/** The properties the vocabulary marks for recognition (an event's start and end as YYYY-MM-DD, to find it by its dates). */
type Recognized = {
  [K in EntityKind]: {
    [N in keyof (typeof ENTITY_KIND_SPECS)[K]['properties']]: (typeof ENTITY_KIND_SPECS)[K]['properties'][N] extends { recognition: true } ? N : never;
  }[keyof (typeof ENTITY_KIND_SPECS)[K]['properties']];
}[EntityKind];

export type KnownEntity = {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** For events, the states taking part in it: "both sides" in a report on it are these two. */
  parties?: string[];
} & Partial<Record<Recognized, string>>;

const RECOGNIZED = ENTITY_PROPERTIES.filter((property) => property.recognition);
const PROJECTION = RECOGNIZED.map(({ name, value }) => (value.type === 'moment' ? `${name}: toString(e.${momentKeys(name).date})` : `.${name}`)).join(', ');

export async function knownEntities(db: Db): Promise<KnownEntity[]> {
  const rows = await db.read<{ entity: Record<string, unknown>; labels: string[] }>(
    `MATCH (e:Entity)
     RETURN e {.id, .name, .aliases, ${PROJECTION},
               parties: [(s:State)-[r:PARTICIPATES_IN]->(e) WHERE ${notRetracted('r')} | s.id]} AS entity, labels(e) AS labels`,
  );
  return rows.flatMap(({ entity, labels }) => {
    const kind = kindOfLabels(labels);
    if (!kind) return [];
    const recognized = RECOGNIZED.flatMap(({ name }) => (typeof entity[name] === 'string' ? [[name, entity[name] as string]] : []));
    return [
      {
        id: String(entity.id),
        kind,
        name: String(entity.name ?? entity.id),
        aliases: Array.isArray(entity.aliases) ? entity.aliases.map(String) : [],
        ...Object.fromEntries(recognized),
        ...(Array.isArray(entity.parties) && entity.parties.length ? { parties: entity.parties.map(String).sort() } : {}),
      },
    ];
  });
}

/** Who takes part in each of the given events (not retracted): lets a dataset's row join the event it is an episode of. */
export async function eventParticipants(db: Db, events: readonly string[]): Promise<Map<string, string[]>> {
  if (!events.length) return new Map();
  const rows = await db.read<{ event: string; actors: string[] }>(
    `MATCH (a:Entity)-[r:PARTICIPATES_IN]->(e:Event) WHERE e.id IN $events AND ${notRetracted('r')}
     RETURN e.id AS event, collect(DISTINCT a.id) AS actors`,
    { events },
  );
  return new Map(rows.map((row) => [row.event, row.actors]));
}

/** The entities each region is PART_OF (not retracted), by the region's id: a dataset's place is the graph's only in its area. */
export async function regionAreas(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.read<{ region: string; areas: string[] }>(
    `MATCH (r:Region)-[p:PART_OF]->(w:Entity) WHERE p.retractedAt IS NULL
     RETURN r.id AS region, collect(w.id) AS areas`,
  );
  return new Map(rows.map((row) => [row.region, row.areas]));
}

/** A relationship the graph holds between entities a draft names, as the draft matcher compares it. */
export interface KnownRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  values: Record<string, unknown>;
}

/**
 * The relationships (not retracted) that join entities of `ids` to each other: what a draft naming
 * those entities may state again. Anchored on each id's index; a hub's other relationships are
 * filtered by the far end's id, never returned.
 */
export async function relationshipsAmong(db: Db, ids: readonly string[]): Promise<KnownRelationship[]> {
  if (!ids.length) return [];
  return db.read<KnownRelationship>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types AND ${notRetracted('r')}
     RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS values`,
    { ids, types: RELATIONSHIP_TYPE_NAMES },
  );
}

/** Which of the given relationship ids the graph uses (any type), so a drafted id never takes one. */
export async function relationshipIdsTaken(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.read<{ id: string }>(RELATIONSHIP_IDS, { ids });
  return new Set(rows.map((row) => row.id));
}

const RELATIONSHIP_IDS = RELATIONSHIP_TYPE_NAMES.map((type) => `MATCH ()-[r:${type}]->() WHERE r.id IN $ids RETURN r.id AS id`).join('\nUNION\n');
