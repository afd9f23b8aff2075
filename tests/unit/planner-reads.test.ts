/**
 * The read planner trusts what each field declares it reads (its `reads` extension, builder.ts):
 * this pins that the declarations are complete (every field of an entity, a relationship, a source
 * or a citation declares one, or is structure the planner reads itself, or is left to the
 * resolvers by name), true (a resolver touches no stored property it does not declare, and every
 * one it declares), and used (the planned query reads each declared property).
 */
import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { NeedsPlanner } from '../../src/read/needs.js';
import { planRead } from '../../src/read/plan.js';
import type { Context } from '../../src/schema/builder.js';
import { schema } from '../../src/schema/index.js';
import { LIST_FIELDS } from '../../src/schema/names.js';

const reader = { readsOpen: true, principal: null } as unknown as Context;

const objectsOf = (name: string): GraphQLObjectType[] => {
  const type = schema.getType(name);
  if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
  return isObjectType(type) ? [type] : [];
};
const ENTITY_KINDS = objectsOf('Entity');
const RELATIONSHIP_TYPES = objectsOf('Relationship');
const TYPES = [...ENTITY_KINDS, ...RELATIONSHIP_TYPES, ...objectsOf('Source'), ...objectsOf('Citation')];

// Fields the planner reads as structure (needs.ts), and those it leaves to the resolvers: each is read by a query of its own.
const STRUCTURE = new Set([...LIST_FIELDS.keys(), 'citations', 'from', 'to', 'whose', 'source', 'assertedBy', 'via']);
const OWN_QUERY = ['history', 'sources', 'statements'];
// What the planner always reads of each (cypher.ts), besides what fields declare.
const ALWAYS: Record<string, readonly string[]> = { entity: ['id', 'name'], relationship: ['id'], Source: ['id'], Citation: ['id', 'about'] };
const always = (type: GraphQLObjectType) =>
  ALWAYS[ENTITY_KINDS.includes(type) ? 'entity' : RELATIONSHIP_TYPES.includes(type) ? 'relationship' : type.name] ?? [];

const declaring = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter((field): field is GraphQLField<unknown, unknown> & { extensions: { reads: readonly string[] } } =>
    Boolean(field.extensions.reads),
  );

/**
 * A record whose stored properties note when they are read: `properties.x`, and the record's own
 * fields that toEntity and the citation rows copy from the stored property of the same name
 * (name, aliases, description, quote, note). What a record holds beside its properties is not.
 */
function recording(value: unknown, read: Set<string>) {
  const structural = new Set([
    'kind',
    'type',
    'from',
    'to',
    'known',
    'other',
    'citations',
    'partial',
    'sourceId',
    'assertedById',
    'viaId',
    'asserter',
    'relay',
    'then',
  ]);
  const properties = new Proxy({}, { get: (_, key) => (typeof key === 'string' && read.add(key), value) });
  return new Proxy({ kind: 'EVENT', type: 'REPORTS', from: 'a', to: 'b' } as Record<string, unknown>, {
    get: (target, key) => {
      if (key === 'properties') return properties;
      if (typeof key !== 'string' || structural.has(key)) return target[key as string];
      read.add(key);
      return value;
    },
  });
}

/** The stored properties a field's resolver reads, over values of several types (its branches differ by type). */
function readBy(field: GraphQLField<unknown, unknown>): Set<string> {
  const read = new Set<string>();
  for (const value of [undefined, 7, 'text', true, false, ['text'], '2022-09-14']) {
    try {
      const answer = (field.resolve ?? defaultFieldResolver)(recording(value, read), {}, reader, { fieldName: field.name, path: { key: field.name } } as never);
      if (answer instanceof Promise) answer.catch(() => undefined);
    } catch {
      // A value of the wrong type for this field: the reads before it count.
    }
  }
  return read;
}

/** A query that selects `field` of `type` and nothing else that reads a property. */
function selecting(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  const leaf = isObjectType(getNamedType(field.type)) ? `${field.name} { __typename }` : field.name;
  if (ENTITY_KINDS.includes(type)) return `{ entity(id: "x") { ... on ${type.name} { ${leaf} } } }`;
  if (type.name === 'Citation') return `{ entity(id: "x") { citations { ${leaf} } } }`;
  if (type.name === 'Source') return `{ entity(id: "x") { citations { source { ${leaf} } } } }`;
  for (const kind of ENTITY_KINDS) {
    const list = Object.values(kind.getFields()).find((candidate) => LIST_FIELDS.has(candidate.name) && getNamedType(candidate.type) === type);
    if (list) return `{ entity(id: "x") { ... on ${kind.name} { ${list.name} { ${leaf} } } } }`;
  }
  throw new Error(`no list field lists ${type.name}`);
}

const planned = (query: string) =>
  planRead(new NeedsPlanner(schema, {}, {}), parse(query).definitions[0] as OperationDefinitionNode, reader)?.statement?.cypher;

describe('what a field reads', () => {
  it('is declared by every field the planner answers from its record; the rest are structure or read by a query of their own', () => {
    expect(ENTITY_KINDS.length).toBe(5);
    expect(RELATIONSHIP_TYPES.length).toBeGreaterThan(20);
    const undeclared = new Set<string>();
    for (const type of TYPES) {
      for (const field of Object.values(type.getFields())) if (!field.extensions.reads && !STRUCTURE.has(field.name)) undeclared.add(field.name);
    }
    expect([...undeclared].sort()).toEqual(OWN_QUERY);
  });

  it('is what the field’s resolver reads of its record, no more and no less', () => {
    const wrong: Record<string, { declared: string[]; read: string[] }> = {};
    for (const type of TYPES) {
      for (const field of declaring(type)) {
        const read = [...readBy(field)].filter((key) => !always(type).includes(key)).sort();
        const declared = field.extensions.reads
          .filter((key) => !always(type).includes(key))
          .slice()
          .sort();
        if (JSON.stringify(read) !== JSON.stringify(declared)) wrong[`${type.name}.${field.name}`] = { declared, read };
      }
    }
    expect(wrong).toEqual({});
  });

  it('is read by the planned query', () => {
    const unread: string[] = [];
    for (const type of TYPES) {
      for (const field of declaring(type)) {
        const cypher = planned(selecting(type, field));
        if (!cypher) unread.push(`${type.name}.${field.name}: not planned`);
        for (const key of field.extensions.reads) if (!cypher?.match(new RegExp(`\\.${key}\\b`))) unread.push(`${type.name}.${field.name}: ${key}`);
      }
    }
    expect(unread).toEqual([]);
  });
});
