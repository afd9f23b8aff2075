/**
 * What a selection needs read, before anything is read: for an entity, which of its properties,
 * its citations, and which relationship lists (each with what of the relationships, the entities at
 * their far ends, whose losses, their citations); for a list, the same again, to any depth. Fields
 * are collected as graphql-js collects them (fragments, aliases, variables, `@include`/`@skip`),
 * for every type an abstract field may turn out to be, so what is read covers any runtime type.
 * A selection holding something this module cannot plan throws Unplannable; the operation is then
 * answered by the per-field resolvers.
 */
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { Direction } from '../graph/relationships.js';
import type { Confidence, RelationshipType } from '../model/vocabulary.js';
import { BOUNDS } from '../schema/bounds.js';
import { LIST_FIELDS } from '../schema/names.js';

/** Raised when a selection holds a field the planner does not read itself. */
export class Unplannable extends Error {}

/** Stored properties to read: a set of keys, or every one. */
export type KeySet = Set<string> | 'all';

export interface EntityNeeds {
  keys: KeySet;
  citations: CitationNeeds | null;
  /** By list key (type, side and arguments), so two fields asking for the same list read it once. */
  lists: Map<string, ListNeeds>;
}

export interface ListNeeds {
  key: string;
  type: RelationshipType;
  direction: Direction;
  asOf: Date | null;
  minConfidence: Confidence | null;
  limit: number;
  relationship: KeySet;
  /** The entity at the far end. */
  other: EntityNeeds;
  /** The party whose losses a figure counts (REPORTS). */
  whose: EntityNeeds | null;
  citations: CitationNeeds | null;
}

export interface CitationNeeds {
  source: KeySet | null;
  asserter: EntityNeeds | null;
  via: EntityNeeds | null;
}

/** Types the planner reads itself; a resolver returning one of them would need a loader. */
const PLANNED_TYPES = new Set(['Citation', 'Source', 'Change']);

export const emptyEntityNeeds = (): EntityNeeds => ({ keys: new Set(['id', 'name']), citations: null, lists: new Map() });

// The stored properties each entity field reads; a field not listed reads them all.
const ENTITY_FIELD_KEYS: Record<string, readonly string[]> = {
  __typename: [], id: [], slug: [], kind: [], name: [],
  aliases: ['aliases'], description: ['description'], note: ['note'], mergedFrom: ['mergedFrom'],
  createdAt: ['createdAt'], createdBy: ['createdBy'], updatedAt: ['updatedAt'], updatedBy: ['updatedBy'],
  isoCode: ['isoCode'], recognized: ['recognized'], office: ['office'], orgType: ['orgType'], regionType: ['regionType'],
  eventType: ['eventType'], status: ['status'],
  startDate: ['startDate'], startPrecision: ['startPrecision'], startTime: ['startTime'], startTimeLocal: ['startTime'],
  endDate: ['endDate'], endPrecision: ['endPrecision'], dateNote: ['dateNote'],
  termFrom: ['termFrom'], termFromPrecision: ['termFromPrecision'], termTo: ['termTo'], termToPrecision: ['termToPrecision'],
  latitude: ['latitude'], longitude: ['longitude'], coordinatesNote: ['coordinatesNote'],
};
// Relationship fields that read no property, or another than their name.
const RELATIONSHIP_FIELD_KEYS: Record<string, readonly string[]> = {
  __typename: [], id: [], slug: [], type: [], retracted: ['retractedAt'],
};
const SOURCE_FIELD_KEYS: Record<string, readonly string[]> = { __typename: [], id: [], slug: [] };

const addKeys = (set: KeySet, keys: readonly string[] | undefined): KeySet => {
  if (set === 'all' || keys === undefined) return 'all';
  for (const key of keys) set.add(key);
  return set;
};

/** The list a list field asks for, named by everything that changes what it holds. */
export function listKey(list: Pick<ListNeeds, 'type' | 'direction' | 'asOf' | 'minConfidence' | 'limit'>): string {
  return [list.type, list.direction, list.asOf?.toISOString() ?? '', list.minConfidence ?? '', list.limit].join(':');
}

export class NeedsPlanner {
  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Record<string, FragmentDefinitionNode>,
    readonly variables: Record<string, unknown>,
  ) {}

  // Collected once per selection and type: a page of fifty entities collects each selection once.
  private readonly collected = new WeakMap<readonly FieldNode[], Map<GraphQLObjectType, Map<string, readonly FieldNode[]>>>();

  /** The fields of `nodes` for one runtime type, by response key. */
  fields(type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
    let byType = this.collected.get(nodes);
    if (!byType) this.collected.set(nodes, (byType = new Map()));
    const known = byType.get(type);
    if (known) return known;
    const merged = new Map<string, FieldNode[]>();
    byType.set(type, merged);
    for (const node of nodes) {
      if (!node.selectionSet) continue;
      for (const [key, found] of collectFields(this.schema, this.fragments, this.variables, type, node.selectionSet as SelectionSetNode)) {
        merged.set(key, [...(merged.get(key) ?? []), ...found]);
      }
    }
    return merged;
  }

  /** Arguments of a field as graphql-js would pass them; invalid ones are left for the resolvers to reject. */
  args(definition: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(definition, node, this.variables);
    } catch {
      throw new Unplannable('arguments');
    }
  }

  /**
   * Adds what `nodes` (fields whose value is an entity) need to `needs`, for every kind the entity
   * may be: any kind for a field of type Entity, only events for a field of type Event.
   */
  entity(nodes: readonly FieldNode[], needs: EntityNeeds, typeName = 'Entity'): EntityNeeds {
    const declared = this.schema.getType(typeName);
    if (!declared || !(isObjectType(declared) || isAbstractType(declared))) throw new Unplannable(`no ${typeName} type`);
    const types = isAbstractType(declared) ? this.schema.getPossibleTypes(declared) : [declared];
    for (const type of types) {
      for (const [, found] of this.fields(type, nodes)) {
        const name = (found[0] as FieldNode).name.value;
        if (name === '__typename') continue;
        const definition = type.getFields()[name];
        if (!definition) throw new Unplannable(name);
        if (LIST_FIELDS.has(name)) {
          for (const node of found) this.list(name, definition, node, needs);
        } else if (name === 'citations') {
          needs.citations = this.citations(found, needs.citations);
        } else if (isLeafType(getNamedType(definition.type))) {
          needs.keys = addKeys(needs.keys, ENTITY_FIELD_KEYS[name]);
        } else if (this.plain(definition, found)) {
          // An object its resolver makes from the entity's properties (a death toll).
          needs.keys = 'all';
        } else {
          // history and anything else that reads more than the entity's node.
          throw new Unplannable(`${type.name}.${name}`);
        }
      }
    }
    return needs;
  }

  /**
   * Whether a field's value is a plain object its resolver makes from what was read (no entity, no
   * relationship, nothing a loader fetches): an object type whose selected fields are all leaves or
   * plain objects again.
   */
  plain(definition: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[]): boolean {
    const type = getNamedType(definition.type);
    if (!isObjectType(type) || PLANNED_TYPES.has(type.name) || type.getInterfaces().length) return false;
    return [...this.fields(type, nodes)].every(([, found]) => {
      const name = (found[0] as FieldNode).name.value;
      const field = type.getFields()[name];
      return name === '__typename' || (field !== undefined && (isLeafType(getNamedType(field.type)) || this.plain(field, found)));
    });
  }

  private list(name: string, definition: GraphQLField<unknown, unknown>, node: FieldNode, near: EntityNeeds): void {
    const { type, direction } = LIST_FIELDS.get(name) as { type: RelationshipType; direction: Direction };
    const args = this.args(definition, node) as { asOf?: Date | null; minConfidence?: Confidence | null; first?: number | null };
    const limit = args.first ?? BOUNDS.listSize.default;
    if (!Number.isInteger(limit) || limit < BOUNDS.listSize.min || limit > BOUNDS.listSize.max) throw new Unplannable('first');
    const shape = { type, direction, asOf: args.asOf ?? null, minConfidence: args.minConfidence ?? null, limit };
    const key = listKey(shape);
    let list = near.lists.get(key);
    if (!list) {
      list = { ...shape, key, relationship: new Set(['id']), other: emptyEntityNeeds(), whose: null, citations: null };
      near.lists.set(key, list);
    }
    const itemType = getNamedType(definition.type) as GraphQLObjectType;
    const far = direction === 'OUT' ? 'to' : 'from';
    for (const [, found] of this.fields(itemType, [node])) {
      const field = (found[0] as FieldNode).name.value;
      if (field === 'from' || field === 'to') this.entity(found, field === far ? list.other : near);
      else if (field === 'whose') list.whose = this.entity(found, list.whose ?? emptyEntityNeeds());
      else if (field === 'citations') list.citations = this.citations(found, list.citations);
      else list.relationship = this.relationshipLeaf(itemType, field, found, list.relationship);
    }
  }

  /** A relationship's leaf or plain-object field, as the properties it reads. */
  private relationshipLeaf(type: GraphQLObjectType, field: string, found: readonly FieldNode[], keys: KeySet): KeySet {
    if (field === '__typename') return keys;
    const definition = type.getFields()[field];
    if (!definition) throw new Unplannable(field);
    if (isLeafType(getNamedType(definition.type))) return addKeys(keys, RELATIONSHIP_FIELD_KEYS[field] ?? [field]);
    if (this.plain(definition, found)) return 'all';
    throw new Unplannable(`${type.name}.${field}`);
  }

  /**
   * What relationships of any type (a neighbourhood's edges) need of their own properties; what
   * their ends need is added to `ends`. Citations and whose losses are not read beside them.
   */
  edges(nodes: readonly FieldNode[], ends: EntityNeeds): KeySet {
    let keys: KeySet = new Set(['id']);
    for (const type of this.schema.getPossibleTypes(this.schema.getType('Relationship') as GraphQLInterfaceType)) {
      for (const [, found] of this.fields(type, nodes)) {
        const field = (found[0] as FieldNode).name.value;
        if (field === 'from' || field === 'to') this.entity(found, ends);
        else if (field === 'whose' || field === 'citations') throw new Unplannable(`${type.name}.${field}`);
        else keys = this.relationshipLeaf(type, field, found, keys);
      }
    }
    return keys;
  }

  private citations(nodes: readonly FieldNode[], into: CitationNeeds | null): CitationNeeds {
    const needs = into ?? { source: null, asserter: null, via: null };
    const citation = this.schema.getType('Citation') as GraphQLObjectType;
    const source = this.schema.getType('Source') as GraphQLObjectType;
    for (const [, found] of this.fields(citation, nodes)) {
      const name = (found[0] as FieldNode).name.value;
      if (name === 'source') {
        let keys: KeySet = needs.source ?? new Set(['id']);
        for (const [, sourceFields] of this.fields(source, found)) {
          const sourceField = (sourceFields[0] as FieldNode).name.value;
          keys = addKeys(keys, SOURCE_FIELD_KEYS[sourceField] ?? [sourceField]);
        }
        needs.source = keys;
      } else if (name === 'assertedBy') needs.asserter = this.entity(found, needs.asserter ?? emptyEntityNeeds());
      else if (name === 'via') needs.via = this.entity(found, needs.via ?? emptyEntityNeeds());
      else if (!['quote', 'note', '__typename'].includes(name)) throw new Unplannable(`Citation.${name}`);
    }
    return needs;
  }
}
