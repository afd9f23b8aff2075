/**
 * What a selection needs read, before anything is read: for an entity, which of its properties,
 * its citations, and which relationship lists (each with what of the relationships, the entities at
 * their far ends, whose losses, their citations); for a list, the same again, to any depth. Fields
 * are collected as graphql-js collects them (fragments, aliases, variables, `@include`/`@skip`),
 * for every type an abstract field may turn out to be, so what is read covers any runtime type.
 * What a field reads is what it declares where it is defined (its `reads` extension, builder.ts),
 * or, for the fields that are structure (relationship lists, citations, a relationship's ends, a
 * figure's party), what this module reads for them. A selection holding something this module cannot
 * plan throws Unplannable; the operation is then answered by the per-field resolvers.
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
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { Direction } from '../graph/relationships.js';
import type { Confidence, RelationshipType } from '../model/vocabulary.js';
import { intWithin, textWithin, type Bounds } from '../schema/bounds.js';
import { LIST_FIELDS } from '../schema/names.js';

/** Raised when a selection holds a field the planner does not read itself. */
export class Unplannable extends Error {}

/** Stored properties to read. */
export type KeySet = Set<string>;

export interface EntityNeeds {
  keys: KeySet;
  citations: CitationNeeds | null;
  /** By list key (type, side and arguments), so two fields asking for the same list read it once. */
  lists: Map<string, ListNeeds>;
}

/** Which list a list field asks for: everything that changes what it holds. */
export interface ListShape {
  type: RelationshipType;
  direction: Direction;
  asOf: Date | null;
  minConfidence: Confidence | null;
  limit: number;
}

export interface ListNeeds extends ListShape {
  key: string;
  relationship: KeySet;
  /** The entity at the far end. */
  other: EntityNeeds;
  /** The party whose losses a figure counts (REPORTS). */
  whose: EntityNeeds | null;
  citations: CitationNeeds | null;
}

export interface CitationNeeds {
  /** The citation's own properties. */
  keys: KeySet;
  source: KeySet | null;
  asserter: EntityNeeds | null;
  via: EntityNeeds | null;
}

/** A field the planner reads as structure rather than by what it declares: given its definition and nodes. */
type Structure = (definition: GraphQLField<unknown, unknown>, found: readonly FieldNode[]) => void;

export const emptyEntityNeeds = (): EntityNeeds => ({ keys: new Set(['id', 'name']), citations: null, lists: new Map() });

/** The list a list field asks for, named by everything that changes what it holds. */
export function listKey(list: ListShape): string {
  return [list.type, list.direction, list.asOf?.toISOString() ?? '', list.minConfidence ?? '', list.limit].join(':');
}

/** A field of `type`, or Unplannable when it has none of that name. */
export function fieldOf(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> {
  const field = type.getFields()[name];
  if (!field) throw new Unplannable(`${type.name}.${name}`);
  return field;
}

/** The object type of a field's values (through lists and non-nulls), or Unplannable for an abstract or leaf one. */
export function objectTypeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) throw new Unplannable(`${field.name} is not an object type`);
  return type;
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

  /** The nodes, under every response key, that select the field `name` of `type`. */
  selecting(type: GraphQLObjectType, nodes: readonly FieldNode[], name: string): FieldNode[] {
    return [...this.fields(type, nodes).values()].filter((found) => found[0]?.name.value === name).flat();
  }

  /**
   * Arguments of a field as graphql-js would pass them. Invalid ones, and values outside the bounds
   * the argument declares (`extensions.bounds`, bounds.ts), are left to the field's own validation.
   */
  args(definition: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, this.variables);
    } catch {
      throw new Unplannable('arguments');
    }
    for (const argument of definition.args) {
      const bounds = argument.extensions.bounds as Bounds | undefined;
      const value = values[argument.name];
      if (bounds && !(typeof value === 'string' ? textWithin(bounds) : intWithin(bounds)).safeParse(value).success) {
        throw new Unplannable(`${argument.name} out of bounds`);
      }
    }
    return values;
  }

  /** A count argument's value, or when it is null the default the argument declares (bounds.ts's, through countArg). */
  count(definition: GraphQLField<unknown, unknown>, args: Record<string, unknown>, name: string): number {
    const value = args[name] ?? definition.args.find((argument) => argument.name === name)?.defaultValue;
    if (typeof value !== 'number') throw new Unplannable(`no ${name}`);
    return value;
  }

  /** The list a list field asks for with these arguments. */
  listOf(definition: GraphQLField<unknown, unknown>, args: Record<string, unknown>): ListShape & { key: string } {
    const listed = LIST_FIELDS.get(definition.name);
    if (!listed) throw new Unplannable(`${definition.name} is no list field`);
    const shape = {
      ...listed,
      asOf: (args.asOf as Date | null | undefined) ?? null,
      minConfidence: (args.minConfidence as Confidence | null | undefined) ?? null,
      limit: this.count(definition, args, 'first'),
    };
    return { ...shape, key: listKey(shape) };
  }

  /**
   * The one walk over a selection: each field `nodes` select of `type`, once per response key.
   * `__typename` reads nothing; a field `structure` has a reader for is read by it; any other
   * must declare what it reads and be answered by its resolver alone, and its keys go to `keys`.
   */
  private visit(type: GraphQLObjectType, nodes: readonly FieldNode[], keys: KeySet, structure: (name: string) => Structure | undefined): void {
    for (const [, found] of this.fields(type, nodes)) {
      const name = (found[0] as FieldNode).name.value;
      if (name === '__typename') continue;
      const definition = fieldOf(type, name);
      const read = structure(name);
      if (read) read(definition, found);
      else for (const key of this.declared(type, definition, found)) keys.add(key);
    }
  }

  /** The stored keys a field reads, as it declares them; Unplannable for one that declares none (history) or needs more than its record. */
  private declared(type: GraphQLObjectType, definition: GraphQLField<unknown, unknown>, found: readonly FieldNode[]): readonly string[] {
    const reads = definition.extensions.reads;
    if (!reads || !(isLeafType(getNamedType(definition.type)) || this.plain(definition, found))) throw new Unplannable(`${type.name}.${definition.name}`);
    return reads;
  }

  /** The object types a value of `declared` may be: itself, or every type of an interface. */
  private possible(declared: GraphQLOutputType): readonly GraphQLObjectType[] {
    const type = getNamedType(declared);
    if (isAbstractType(type)) return this.schema.getPossibleTypes(type);
    if (isObjectType(type)) return [type];
    throw new Unplannable(`${type.name} is not an object`);
  }

  /**
   * Adds what `nodes` (fields whose value is an entity, declared as `declared`) need to `needs`, for
   * every kind the entity may be: any kind for a field of type Entity, only events for one of type Event.
   */
  entity(nodes: readonly FieldNode[], needs: EntityNeeds, declared: GraphQLOutputType): EntityNeeds {
    const structure = (name: string): Structure | undefined =>
      LIST_FIELDS.has(name)
        ? (definition, found) => found.forEach((node) => this.list(definition, node, needs))
        : name === 'citations'
          ? (definition, found) => void (needs.citations = this.citations(definition, found, needs.citations))
          : undefined;
    for (const type of this.possible(declared)) this.visit(type, nodes, needs.keys, structure);
    return needs;
  }

  /**
   * Whether a field's value is a plain object its resolver makes from what was read (no entity, no
   * relationship, nothing a loader fetches): an object type whose selected fields are all leaves or
   * plain objects again.
   */
  private plain(definition: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[]): boolean {
    const type = getNamedType(definition.type);
    if (!isObjectType(type) || type.getInterfaces().length) return false;
    return [...this.fields(type, nodes)].every(([, found]) => {
      const name = (found[0] as FieldNode).name.value;
      const field = type.getFields()[name];
      return name === '__typename' || (field !== undefined && (isLeafType(getNamedType(field.type)) || this.plain(field, found)));
    });
  }

  private list(definition: GraphQLField<unknown, unknown>, node: FieldNode, near: EntityNeeds): void {
    const { key, ...shape } = this.listOf(definition, this.args(definition, node));
    let list = near.lists.get(key);
    if (!list) {
      list = { ...shape, key, relationship: new Set(['id']), other: emptyEntityNeeds(), whose: null, citations: null };
      near.lists.set(key, list);
    }
    const mine = list;
    const far = shape.direction === 'OUT' ? 'to' : 'from';
    this.visit(objectTypeOf(definition), [node], list.relationship, (name): Structure | undefined =>
      name === 'from' || name === 'to'
        ? (end, found) => void this.entity(found, name === far ? mine.other : near, end.type)
        : name === 'whose'
          ? (whose, found) => void (mine.whose = this.entity(found, mine.whose ?? emptyEntityNeeds(), whose.type))
          : name === 'citations'
            ? (citations, found) => void (mine.citations = this.citations(citations, found, mine.citations))
            : undefined,
    );
  }

  /**
   * What relationships of any type (a neighbourhood's edges, declared as `declared`) need of their
   * own properties; what their ends need is added to `ends`. Citations and whose losses are not
   * read beside them: those fields leave the read to the resolvers.
   */
  edges(nodes: readonly FieldNode[], ends: EntityNeeds, declared: GraphQLOutputType): KeySet {
    const keys: KeySet = new Set(['id']);
    const structure = (name: string): Structure | undefined =>
      name === 'from' || name === 'to' ? (end, found) => void this.entity(found, ends, end.type) : undefined;
    for (const type of this.possible(declared)) this.visit(type, nodes, keys, structure);
    return keys;
  }

  private citations(definition: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], into: CitationNeeds | null): CitationNeeds {
    const needs = into ?? { keys: new Set<string>(), source: null, asserter: null, via: null };
    this.visit(objectTypeOf(definition), nodes, needs.keys, (name): Structure | undefined =>
      name === 'source'
        ? (source, found) => this.visit(objectTypeOf(source), found, (needs.source ??= new Set(['id'])), () => undefined)
        : name === 'assertedBy'
          ? (entity, found) => void (needs.asserter = this.entity(found, needs.asserter ?? emptyEntityNeeds(), entity.type))
          : name === 'via'
            ? (entity, found) => void (needs.via = this.entity(found, needs.via ?? emptyEntityNeeds(), entity.type))
            : undefined,
    );
    return needs;
  }
}
