/**
 * What a client selected, read ahead of resolving it, so a resolver can fetch in one query exactly
 * what the fields below it will need.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Keys } from '../graph/projection.js';
import type { ListProjection } from '../graph/relationships.js';
import { RELATIONSHIP_FIELD_NAMES } from './names.js';

/** The fields selected under the given ones, by name, through fragments of any type (a superset is harmless). */
export function fieldsUnder(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.set(selection.name.value, [...(fields.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}

// The stored properties each entity field reads; a field not listed here reads them all.
const ENTITY_FIELD_KEYS: Record<string, readonly string[]> = {
  __typename: [], id: [], slug: [], kind: [], name: [], citations: [], history: [],
  aliases: ['aliases'], description: ['description'], note: ['note'], mergedFrom: ['mergedFrom'],
  createdAt: ['createdAt'], createdBy: ['createdBy'], updatedAt: ['updatedAt'], updatedBy: ['updatedBy'],
  isoCode: ['isoCode'], recognized: ['recognized'], office: ['office'], orgType: ['orgType'], regionType: ['regionType'],
  eventType: ['eventType'], status: ['status'], startDate: ['startDate'], endDate: ['endDate'],
};
// Fields of relationships that read no property of their own, or another than their name.
const RELATIONSHIP_FIELD_KEYS: Record<string, readonly string[]> = {
  __typename: [], id: [], slug: [], type: [], from: [], to: [], citations: [], retracted: ['retractedAt'],
};

/** The entity properties a selection reads (relationship lists read none). */
export function entityKeys(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Keys {
  const keys: string[] = [];
  for (const name of fieldsUnder(info, nodes).keys()) {
    if (RELATIONSHIP_FIELD_NAMES.has(name)) continue;
    const known = ENTITY_FIELD_KEYS[name];
    if (!known) return 'all';
    keys.push(...known);
  }
  return keys;
}

/**
 * What a relationship list field needs read, from what the client selected under it (`nodes`, the
 * field's own by default): the relationships' own properties, those of the entities at the far
 * end, and whether (and with what of the entities they name) their citations.
 */
export function listProjection(info: GraphQLResolveInfo, nodes: readonly FieldNode[] = info.fieldNodes): ListProjection {
  const fields = fieldsUnder(info, nodes);
  const relationship = [...fields.keys()].flatMap((name) => RELATIONSHIP_FIELD_KEYS[name] ?? [name]);
  const ends = [...(fields.get('to') ?? []), ...(fields.get('from') ?? [])];
  const citations = fields.get('citations');
  let citationEntities: Keys | null = null;
  if (citations) {
    const named = fieldsUnder(info, citations);
    citationEntities = entityKeys(info, [...(named.get('assertedBy') ?? []), ...(named.get('via') ?? [])]);
  }
  return { relationship, other: entityKeys(info, ends), citationEntities };
}
