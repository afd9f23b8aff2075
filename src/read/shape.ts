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
import { KIND_LABELS } from '../model/vocabulary.js';
import type { Context } from '../schema/builder.js';
import { BOUNDS } from '../schema/bounds.js';
import { LIST_FIELDS, NAMES } from '../schema/names.js';
import { META } from './cypher.js';
import { listKey, Unplannable, type CitationNeeds, type EntityNeeds, type ListNeeds, type NeedsPlanner } from './needs.js';

/** An entity as the planned query returns it: its properties, and what cypher.ts put beside them. */
export type EntityRow = Record<string, unknown> & {
  [META.labels]: string[];
  [META.citations]?: CitationRow[];
  [META.lists]?: ListItemRow[][];
};
interface ListItemRow {
  [META.relationship]: Record<string, unknown>;
  [META.other]: EntityRow;
  [META.citations]?: CitationRow[];
  [META.whose]?: EntityRow | null;
}
interface CitationRow {
  c: { id: string; about: string; quote: string; note: string | null };
  s: Record<string, unknown>;
  a: EntityRow | null;
  v: EntityRow | null;
}

type Path = GraphQLResolveInfo['path'];
type Out = Record<string, unknown>;
/** A value now, or later only when a resolver really answers with a promise. */
type PromiseOrValue<T> = T | Promise<T>;

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

function mapPromiseOrValue<T>(items: readonly T[], each: (item: T, index: number) => unknown): PromiseOrValue<unknown[]> {
  const filling = new Filling<unknown[]>(new Array(items.length));
  items.forEach((item, index) => filling.set(index, each(item, index)));
  return filling.done();
}

export class Shaper {
  private readonly listIndexes = new WeakMap<EntityNeeds, Map<string, number>>();
  // A field node's arguments are the same wherever it is met in one operation.
  private readonly argumentValues = new WeakMap<FieldNode, Record<string, unknown>>();

  constructor(
    private readonly planner: NeedsPlanner,
    private readonly context: Context,
    private readonly operation: OperationDefinitionNode,
  ) {}

  private type(name: string): GraphQLObjectType {
    return this.planner.schema.getType(name) as GraphQLObjectType;
  }

  private args(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    let args = this.argumentValues.get(node);
    if (!args) this.argumentValues.set(node, (args = this.planner.args(field, node)));
    return args;
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

  /** An entity row as the record resolvers take (only some properties when not all were read). */
  private record(row: EntityRow, needs: EntityNeeds): EntityRecord | undefined {
    const { [META.labels]: labels, [META.citations]: _citations, [META.lists]: _lists, ...properties } = row;
    return toEntity(properties, labels, needs.keys !== 'all');
  }

  /** An entity in the response, as `nodes` select it. */
  entity(row: EntityRow | null | undefined, nodes: readonly FieldNode[], needs: EntityNeeds, path: Path): PromiseOrValue<Out | null> {
    if (!row) return null;
    const record = this.record(row, needs);
    if (!record) return null;
    return this.shapeEntity(record, row, nodes, needs, path);
  }

  /** An entity read as a record, with nothing beside it (a neighbourhood's node or an edge's end). */
  entityRecord(record: EntityRecord | undefined, nodes: readonly FieldNode[], needs: EntityNeeds, path: Path): PromiseOrValue<Out | null> {
    return record ? this.shapeEntity(record, undefined, nodes, needs, path) : null;
  }

  /** A relationship of any type read as a record, its ends among `ends` (a neighbourhood's edge). */
  relationship(record: RelationshipRecord, ends: ReadonlyMap<string, EntityRecord>, nodes: readonly FieldNode[], endNeeds: EntityNeeds, path: Path): PromiseOrValue<Out> {
    const type = this.type(NAMES[record.type].object);
    const out = new Filling<Out>({});
    for (const [key, found] of this.planner.fields(type, nodes)) {
      const at = { prev: path, key, typename: type.name };
      const name = (found[0] as FieldNode).name.value;
      const field = type.getFields()[name];
      if (name === '__typename') out.set(key, type.name);
      else if (!field) throw new Unplannable(name);
      else if (name === 'from' || name === 'to') {
        const end = ends.get(name === 'from' ? record.from : record.to);
        if (!end) throw new Unplannable('an end that was not read');
        out.set(key, this.entityRecord(end, found, endNeeds, at));
      } else out.set(key, this.leaf(field, record, found, type, at));
    }
    return out.done();
  }

  private shapeEntity(record: EntityRecord, row: EntityRow | undefined, nodes: readonly FieldNode[], needs: EntityNeeds, path: Path): PromiseOrValue<Out> {
    const type = this.type(KIND_LABELS[record.kind]);
    const out = new Filling<Out>({});
    for (const [key, found] of this.planner.fields(type, nodes)) {
      const at = { prev: path, key, typename: type.name };
      const name = (found[0] as FieldNode).name.value;
      const definition = type.getFields()[name];
      if (name === '__typename') out.set(key, type.name);
      else if (!definition) throw new Unplannable(name);
      else if (LIST_FIELDS.has(name)) {
        if (!row) throw new Unplannable('a list beside a record');
        out.set(key, this.list(row, record, needs, definition, found, at));
      } else if (name === 'citations') out.set(key, this.citations(row?.[META.citations], found, needs.citations, at));
      else out.set(key, this.leaf(definition, record, found, type, at));
    }
    return out.done();
  }

  private list(
    nearRow: EntityRow,
    near: EntityRecord,
    nearNeeds: EntityNeeds,
    definition: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    path: Path,
  ): PromiseOrValue<unknown[]> {
    const { type, direction } = LIST_FIELDS.get(definition.name) as Pick<ListNeeds, 'type' | 'direction'>;
    const args = this.args(definition, nodes[0] as FieldNode) as { asOf?: Date | null; minConfidence?: ListNeeds['minConfidence']; first?: number | null };
    const key = listKey({ type, direction, asOf: args.asOf ?? null, minConfidence: args.minConfidence ?? null, limit: args.first ?? BOUNDS.listSize.default });
    const list = nearNeeds.lists.get(key);
    if (!list) throw new Unplannable(`list ${key} was not planned`);
    const rows = nearRow[META.lists]?.[this.listIndex(nearNeeds, key)] ?? [];
    const objectType = this.type(NAMES[type].object);
    const far = direction === 'OUT' ? 'to' : 'from';
    const fields = this.planner.fields(objectType, nodes);
    return mapPromiseOrValue(rows, (item, index) => {
      const other = this.record(item[META.other], list.other);
      if (!other) throw new Unplannable('an end without a kind');
      const out = direction === 'OUT';
      const relationship: RelationshipRecord = {
        ...toRelationship({ r: item[META.relationship], type, from: out ? near.id : other.id, to: out ? other.id : near.id }),
        other,
      };
      const result = new Filling<Out>({});
      const itemPath = { prev: path, key: index, typename: undefined };
      for (const [responseKey, found] of fields) {
        const at = { prev: itemPath, key: responseKey, typename: objectType.name };
        const name = (found[0] as FieldNode).name.value;
        const field = objectType.getFields()[name];
        if (name === '__typename') result.set(responseKey, objectType.name);
        else if (!field) throw new Unplannable(name);
        else if (name === 'from' || name === 'to') {
          result.set(responseKey, name === far ? this.entity(item[META.other], found, list.other, at) : this.entity(nearRow, found, nearNeeds, at));
        } else if (name === 'whose') {
          result.set(responseKey, list.whose ? this.entity(item[META.whose], found, list.whose, at) : null);
        } else if (name === 'citations') result.set(responseKey, this.citations(item[META.citations], found, list.citations, at));
        else result.set(responseKey, this.leaf(field, relationship, found, objectType, at));
      }
      return result.done();
    });
  }

  private citations(rows: CitationRow[] | undefined, nodes: readonly FieldNode[], needs: CitationNeeds | null, path: Path): PromiseOrValue<unknown[]> {
    if (!needs || !rows) throw new Unplannable('citations were not read');
    const citationType = this.type('Citation');
    const sourceType = this.type('Source');
    const fields = this.planner.fields(citationType, nodes);
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
      const out = new Filling<Out>({});
      const itemPath = { prev: path, key: index, typename: undefined };
      for (const [key, found] of fields) {
        const at = { prev: itemPath, key, typename: citationType.name };
        const name = (found[0] as FieldNode).name.value;
        const field = citationType.getFields()[name];
        if (name === '__typename') out.set(key, citationType.name);
        else if (!field) throw new Unplannable(name);
        else if (name === 'source') out.set(key, this.object(sourceType, { id: String(row.s.id), properties: row.s } satisfies SourceRecord, found, at));
        else if (name === 'assertedBy') out.set(key, needs.asserter ? this.entity(row.a, found, needs.asserter, at) : null);
        else if (name === 'via') out.set(key, needs.via ? this.entity(row.v, found, needs.via, at) : null);
        else out.set(key, this.leaf(field, record, found, citationType, at));
      }
      return out.done();
    });
  }

  /** An object whose every selected field its resolvers compute from it (a source, a page's info, a death toll). */
  object(type: GraphQLObjectType, source: unknown, nodes: readonly FieldNode[], path: Path): PromiseOrValue<Out> {
    const out = new Filling<Out>({});
    for (const [key, found] of this.planner.fields(type, nodes)) {
      const name = (found[0] as FieldNode).name.value;
      const field = type.getFields()[name];
      if (name === '__typename') out.set(key, type.name);
      else if (!field) throw new Unplannable(name);
      else out.set(key, this.leaf(field, source, found, type, { prev: path, key, typename: type.name }));
    }
    return out.done();
  }

  /** A leaf, or a plain object of leaves, as its own resolver computes it and its own types serialize it. */
  leaf(field: GraphQLField<unknown, unknown>, source: unknown, nodes: readonly FieldNode[], parentType: GraphQLObjectType, path: Path): PromiseOrValue<unknown> {
    const resolve = field.resolve ?? defaultFieldResolver;
    // The info graphql-js would pass; the schema's resolvers read at most its path and field name.
    const info = {
      fieldName: field.name,
      fieldNodes: nodes,
      returnType: field.type,
      parentType,
      path,
      schema: this.planner.schema,
      fragments: this.planner.fragments,
      rootValue: undefined,
      operation: this.operation,
      variableValues: this.planner.variables,
    } as unknown as GraphQLResolveInfo;
    const value = resolve(source, this.args(field, nodes[0] as FieldNode), this.context, info);
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
      return mapPromiseOrValue(value, (item, index) => this.complete(type.ofType, item, nodes, { prev: path, key: index, typename: undefined }));
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
