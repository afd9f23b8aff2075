/**
 * Lookahead for relationship lists. A resolver that finds entities (`entity`, `entities`) reads, in
 * the same query, the relationship lists its selection goes on to ask for, and leaves them here for
 * the list fields to take: a profile, or a page of entities with their relationships, costs one
 * round trip instead of one per level. What a list field cannot find here it loads as usual.
 */
import { createContextCache } from '@pothos/core';
import { getArgumentValues, isObjectType, type FieldNode, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Confidence } from '../model/vocabulary.js';
import { covers, listsAlongside, unionProjections, type ListProjection, type RelationshipList } from '../graph/relationships.js';
import { BOUNDS } from './bounds.js';
import { LIST_FIELDS } from './names.js';
import { fieldsUnder, listProjection } from './selection.js';
import { type ListsAlongside, type RelationshipRecord } from '../graph/records.js';

/** A list a selection asks for, with what it reads. */
export interface PlannedList extends RelationshipList {
  projection: ListProjection;
}

/** Names one list of one entity: its type, side and filter. */
export function listKey(list: RelationshipList, id: string): string {
  return JSON.stringify([list.type, list.direction, id, list.asOf?.toISOString() ?? null, list.minConfidence ?? null, list.limit]);
}

const store = createContextCache(() => new Map<string, { projection: ListProjection; records: RelationshipRecord[] }>());

/** The list read ahead for this entity and filter, when what was read covers what the field needs. */
export function takePrefetched(context: object, list: PlannedList, id: string): RelationshipRecord[] | undefined {
  const found = store(context).get(listKey(list, id));
  return found && covers(found.projection, list.projection) ? found.records : undefined;
}

// A field definition for each list field name, for its arguments; every kind declares the same ones.
const definitions = new WeakMap<GraphQLSchema, Map<string, GraphQLField<unknown, unknown>>>();
function listFieldDefinition(schema: GraphQLSchema, name: string): GraphQLField<unknown, unknown> | undefined {
  let byName = definitions.get(schema);
  if (!byName) {
    byName = new Map();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const [field, definition] of Object.entries(type.getFields())) {
        if (LIST_FIELDS.has(field) && !byName.has(field)) byName.set(field, definition);
      }
    }
    definitions.set(schema, byName);
  }
  return byName.get(name);
}

/**
 * The relationship lists selected directly under `nodes` (through fragments of any kind: a list a
 * kind does not have is simply read empty), with their arguments and what they read. A list with
 * arguments its field will reject is left for the field to reject.
 */
export function listsSelected(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): PlannedList[] {
  const planned = new Map<string, PlannedList[]>();
  for (const [name, fieldNodes] of fieldsUnder(info, nodes)) {
    const list = LIST_FIELDS.get(name);
    const definition = list && listFieldDefinition(info.schema, name);
    if (!list || !definition) continue;
    for (const node of fieldNodes) {
      let args: { asOf?: Date | null; minConfidence?: Confidence | null; first?: number | null };
      try {
        args = getArgumentValues(definition, node, info.variableValues);
      } catch {
        continue;
      }
      const limit = args.first ?? BOUNDS.listSize.default;
      if (limit < BOUNDS.listSize.min || limit > BOUNDS.listSize.max) continue;
      const entry: PlannedList = {
        ...list,
        asOf: args.asOf ?? null,
        minConfidence: args.minConfidence ?? null,
        limit,
        projection: listProjection(info, [node]),
      };
      const key = listKey(entry, '');
      planned.set(key, [...(planned.get(key) ?? []), entry]);
    }
  }
  return [...planned.values()].map((same) => ({ ...same[0]!, projection: unionProjections(same.map((list) => list.projection)) }));
}

/** The entity fields selected under a connection's `edges { node }`. */
export function nodesOfConnection(info: GraphQLResolveInfo): FieldNode[] {
  const edges = fieldsUnder(info, info.fieldNodes).get('edges') ?? [];
  return fieldsUnder(info, edges).get('node') ?? [];
}

/** What to read alongside the entities a resolver finds, so the planned lists wait here; none when none are planned. */
export function prefetch(context: object, lists: readonly PlannedList[]): ListsAlongside | undefined {
  if (!lists.length) return undefined;
  const projection = unionProjections(lists.map((list) => list.projection));
  return listsAlongside(lists, projection, (id, records) => {
    lists.forEach((list, index) => store(context).set(listKey(list, id), { projection, records: records[index] ?? [] }));
  });
}
