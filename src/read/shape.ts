/**
 * The answer, from what one query read: the selection is walked again, now with each value's
 * runtime type (fields collected as graphql-js collects them), and the response built in its
 * order. Leaves are computed by the schema's own field resolvers on the records read, so a field's
 * logic keeps one home, and serialized by their own types; entities, relationship lists,
 * citations and sources come from the rows, never from a loader. Anything the rows cannot answer
 * throws Unplannable, and the operation goes to the resolvers instead.
 */
import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { toEntity, toRelationship, type CitationRecord, type EntityRecord, type RelationshipRecord } from '../graph/records.js';
import type { SourceRecord } from '../graph/sources.js';
import type { Context } from '../schema/builder.js';
import { LIST_FIELDS } from '../schema/names.js';
import { META, type CitationRow, type EntityRow } from './cypher.js';
import { fieldOf, objectTypeOf, Unplannable, type CitationNeeds, type EntityNeeds, type NeedsPlanner } from './needs.js';

export type Path = GraphQLResolveInfo['path'];
type Out = Record<string, unknown>;
/** A value now, or later only when a resolver really answers with a promise. */
export type PromiseOrValue<T> = T | Promise<T>;

/**
 * How a field is answered when not by its own resolver from the object's value: from its nodes,
 * its path and its definition (a relationship list from the rows, an entity from its row, …).
 */
export type Answer = (found: readonly FieldNode[], path: Path, field: GraphQLField<unknown, unknown>) => unknown;
/** Which fields of an object are answered otherwise than by their resolvers, by field name. */
export type Answers = (name: string) => Answer | undefined;
const byResolvers: Answers = () => undefined;

/** The path of a list's item. */
export const itemPath = (list: Path, index: number): Path => ({ prev: list, key: index, typename: undefined });

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * Fills an object or an array key by key; values that are promises are awaited together at the end.
 * Most answers have none, and completing them without a promise per field keeps a page of fifty
 * entities from allocating thousands of promises.
 */
class Filling<T extends Out | unknown[]> {
  private pending: Promise<unknown>[] | undefined;
  constructor(readonly into: T) {}
  set(key: string | number, value: unknown): void {
    const into = this.into as Record<string | number, unknown>;
    if (isThenable(value)) {
      into[key] = null;
      (this.pending ??= []).push(Promise.resolve(value).then((settled) => (into[key] = settled)));
    } else into[key] = value;
  }
  done(): PromiseOrValue<T> {
    return this.pending ? Promise.all(this.pending).then(() => this.into) : this.into;
  }
}

export function mapPromiseOrValue<T>(items: readonly T[], each: (item: T, index: number) => unknown): PromiseOrValue<unknown[]> {
  const filling = new Filling<unknown[]>(new Array(items.length));
  items.forEach((item, index) => filling.set(index, each(item, index)));
  return filling.done();
}

export class Shaper {
  private readonly listIndexes = new WeakMap<EntityNeeds, Map<string, number>>();
  private readonly records = new WeakMap<EntityRow, EntityRecord | undefined>();
  // A field node's arguments, and the list they ask for, are the same wherever it is met in one operation.
  private readonly argumentValues = new WeakMap<FieldNode, Record<string, unknown>>();
  private readonly listShapes = new WeakMap<FieldNode, ReturnType<NeedsPlanner['listOf']>>();

  constructor(
    private readonly planner: NeedsPlanner,
    private readonly context: Context,
    private readonly operation: OperationDefinitionNode,
  ) {}

  private args(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    let args = this.argumentValues.get(node);
    if (!args) this.argumentValues.set(node, (args = this.planner.args(field, node)));
    return args;
  }

  private listOf(definition: GraphQLField<unknown, unknown>, node: FieldNode): ReturnType<NeedsPlanner['listOf']> {
    let shape = this.listShapes.get(node);
    if (!shape) this.listShapes.set(node, (shape = this.planner.listOf(definition, this.args(definition, node))));
    return shape;
  }

  private listIndex(needs: EntityNeeds, key: string): number {
    let indexes = this.listIndexes.get(needs);
    if (!indexes) {
      indexes = new Map([...needs.lists.keys()].map((k, i) => [k, i]));
      this.listIndexes.set(needs, indexes);
    }
    const index = indexes.get(key);
    if (index === undefined) throw new Unplannable(`list ${key} was not read`);
    return index;
  }

  /** The info graphql-js would pass; the schema's resolvers read at most its path and field name. */
  private info(
    field: GraphQLField<unknown, unknown> | undefined,
    nodes: readonly FieldNode[],
    parentType: GraphQLObjectType | undefined,
    path: Path,
  ): GraphQLResolveInfo {
    return {
      fieldName: field?.name,
      fieldNodes: nodes,
      returnType: field?.type,
      parentType,
      path,
      schema: this.planner.schema,
      fragments: this.planner.fragments,
      rootValue: undefined,
      operation: this.operation,
      variableValues: this.planner.variables,
    } as unknown as GraphQLResolveInfo;
  }

  /** The object type a value of a field declared as `declared` is: that type, or the one its interface's resolveType names. */
  private runtimeType(declared: GraphQLOutputType, value: unknown, nodes: readonly FieldNode[], path: Path): GraphQLObjectType {
    const type = getNamedType(declared);
    if (isObjectType(type)) return type;
    if (!isAbstractType(type)) throw new Unplannable(`${type.name} is not an object`);
    const name = type.resolveType?.(value, this.context, this.info(undefined, nodes, undefined, path), type);
    const resolved = typeof name === 'string' ? this.planner.schema.getType(name) : undefined;
    if (!isObjectType(resolved)) throw new Unplannable(`no type for a value of ${type.name}`);
    return resolved;
  }

  /** An entity row as the record resolvers take, with only the properties this response asked for; made once per row (a far end is also its relationship's `to`). */
  private record(row: EntityRow): EntityRecord | undefined {
    if (this.records.has(row)) return this.records.get(row);
    // What is read beside the properties goes under keys no property can have (they start with `_`).
    const properties: Record<string, unknown> = {};
    for (const key in row) if (!key.startsWith('_')) properties[key] = row[key];
    const record = toEntity(properties, row[META.labels], true);
    this.records.set(row, record);
    return record;
  }

  /**
   * The one loop every planned object is shaped by: the fields `nodes` select of `type`, in their
   * order, `__typename` from the type, each field `answers` has an answer for by it, every other by
   * its own resolver from `value`.
   */
  object(type: GraphQLObjectType, value: unknown, nodes: readonly FieldNode[], path: Path, answers: Answers = byResolvers): PromiseOrValue<Out> {
    const out = new Filling<Out>({});
    for (const [key, found] of this.planner.fields(type, nodes)) {
      const name = (found[0] as FieldNode).name.value;
      if (name === '__typename') {
        out.set(key, type.name);
        continue;
      }
      const field = fieldOf(type, name);
      const at = { prev: path, key, typename: type.name };
      const answer = answers(name);
      out.set(key, answer ? answer(found, at, field) : this.leaf(field, value, found, type, at));
    }
    return out.done();
  }

  /** An entity in the response, of a field declared as `declared`, as `nodes` select it. */
  entity(
    row: EntityRow | null | undefined,
    declared: GraphQLOutputType,
    nodes: readonly FieldNode[],
    needs: EntityNeeds,
    path: Path,
  ): PromiseOrValue<Out | null> {
    const record = row ? this.record(row) : undefined;
    return record ? this.shapeEntity(record, row ?? undefined, declared, nodes, needs, path) : null;
  }

  /** An entity read as a record, with nothing beside it (a neighbourhood's node or an edge's end). */
  entityRecord(
    record: EntityRecord | undefined,
    declared: GraphQLOutputType,
    nodes: readonly FieldNode[],
    needs: EntityNeeds,
    path: Path,
  ): PromiseOrValue<Out | null> {
    return record ? this.shapeEntity(record, undefined, declared, nodes, needs, path) : null;
  }

  /** A relationship of any type read as a record, its ends among `ends` (a neighbourhood's edge). */
  relationship(
    record: RelationshipRecord,
    declared: GraphQLOutputType,
    ends: ReadonlyMap<string, EntityRecord>,
    nodes: readonly FieldNode[],
    endNeeds: EntityNeeds,
    path: Path,
  ): PromiseOrValue<Out> {
    return this.object(this.runtimeType(declared, record, nodes, path), record, nodes, path, (name) =>
      name === 'from' || name === 'to'
        ? (found, at, field) => {
            const end = ends.get(name === 'from' ? record.from : record.to);
            if (!end) throw new Unplannable('an end that was not read');
            return this.entityRecord(end, field.type, found, endNeeds, at);
          }
        : undefined,
    );
  }

  private shapeEntity(
    record: EntityRecord,
    row: EntityRow | undefined,
    declared: GraphQLOutputType,
    nodes: readonly FieldNode[],
    needs: EntityNeeds,
    path: Path,
  ): PromiseOrValue<Out> {
    return this.object(this.runtimeType(declared, record, nodes, path), record, nodes, path, (name) =>
      LIST_FIELDS.has(name)
        ? (found, at, field) => {
            if (!row) throw new Unplannable('a list beside a record');
            return this.list(row, record, needs, field, found, at);
          }
        : name === 'citations'
          ? (found, at, field) => this.citations(row?.[META.citations], field, found, needs.citations, at)
          : undefined,
    );
  }

  private list(
    nearRow: EntityRow,
    near: EntityRecord,
    nearNeeds: EntityNeeds,
    definition: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    path: Path,
  ): PromiseOrValue<unknown[]> {
    const { key, type, direction } = this.listOf(definition, nodes[0] as FieldNode);
    const list = nearNeeds.lists.get(key);
    if (!list) throw new Unplannable(`list ${key} was not planned`);
    const rows = nearRow[META.lists]?.[this.listIndex(nearNeeds, key)] ?? [];
    const objectType = objectTypeOf(definition);
    const far = direction === 'OUT' ? 'to' : 'from';
    return mapPromiseOrValue(rows, (item, index) => {
      const other = this.record(item[META.other]);
      if (!other) throw new Unplannable('an end without a kind');
      const out = direction === 'OUT';
      const relationship: RelationshipRecord = toRelationship({
        r: item[META.relationship],
        type,
        from: out ? near.id : other.id,
        to: out ? other.id : near.id,
      });
      relationship.other = other;
      return this.object(objectType, relationship, nodes, itemPath(path, index), (name): Answer | undefined =>
        name === 'from' || name === 'to'
          ? (found, at, field) =>
              name === far ? this.entity(item[META.other], field.type, found, list.other, at) : this.entity(nearRow, field.type, found, nearNeeds, at)
          : name === 'whose'
            ? (found, at, field) => (list.whose ? this.entity(item[META.whose], field.type, found, list.whose, at) : null)
            : name === 'citations'
              ? (found, at, field) => this.citations(item[META.citations], field, found, list.citations, at)
              : undefined,
      );
    });
  }

  private citations(
    rows: CitationRow[] | undefined,
    definition: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    needs: CitationNeeds | null,
    path: Path,
  ): PromiseOrValue<unknown[]> {
    if (!needs || !rows) throw new Unplannable('citations were not read');
    const citationType = objectTypeOf(definition);
    return mapPromiseOrValue(rows, (row, index) => {
      const record: CitationRecord = {
        id: row.c.id,
        about: row.c.about,
        quote: row.c.quote,
        note: row.c.note ?? null,
        sourceId: String(row.s.id),
        assertedById: (row.a?.id as string | undefined) ?? null,
        viaId: (row.v?.id as string | undefined) ?? null,
      };
      return this.object(citationType, record, nodes, itemPath(path, index), (name): Answer | undefined =>
        name === 'source'
          ? (found, at, field) => this.object(objectTypeOf(field), { id: String(row.s.id), properties: row.s } satisfies SourceRecord, found, at)
          : name === 'assertedBy'
            ? (found, at, field) => (needs.asserter ? this.entity(row.a, field.type, found, needs.asserter, at) : null)
            : name === 'via'
              ? (found, at, field) => (needs.via ? this.entity(row.v, field.type, found, needs.via, at) : null)
              : undefined,
      );
    });
  }

  /** A leaf, or a plain object of leaves, as its own resolver computes it and its own types serialize it. */
  leaf(
    field: GraphQLField<unknown, unknown>,
    source: unknown,
    nodes: readonly FieldNode[],
    parentType: GraphQLObjectType,
    path: Path,
  ): PromiseOrValue<unknown> {
    const resolve = field.resolve ?? defaultFieldResolver;
    const value = resolve(source, this.args(field, nodes[0] as FieldNode), this.context, this.info(field, nodes, parentType, path));
    return isThenable(value)
      ? Promise.resolve(value).then((settled) => this.complete(field.type, settled, nodes, path))
      : this.complete(field.type, value, nodes, path);
  }

  /** A value as graphql-js completes it; a null where none may be is left to the resolvers. */
  private complete(type: GraphQLOutputType, value: unknown, nodes: readonly FieldNode[], path: Path): PromiseOrValue<unknown> {
    if (isNonNullType(type)) {
      if (value === null || value === undefined || value instanceof Error) throw new Unplannable('null for a non-null field');
      return this.complete(type.ofType, value, nodes, path);
    }
    if (value === null || value === undefined) return null;
    if (isListType(type)) {
      if (!Array.isArray(value)) throw new Unplannable('not a list');
      return mapPromiseOrValue(value, (item, index) => this.complete(type.ofType, item, nodes, itemPath(path, index)));
    }
    if (isLeafType(type)) {
      const serialized = type.serialize(value);
      if (serialized === undefined) throw new Unplannable('not serializable');
      return serialized;
    }
    if (isObjectType(type)) return this.object(type, value, nodes, path);
    throw new Unplannable('an abstract value');
  }
}
