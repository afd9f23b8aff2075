/**
 * A relationship type's own properties are declared once, in the vocabulary: the import format, the
 * GraphQL object type, the inputs and the export columns each have every one of them, typed as
 * declared, and nothing the vocabulary does not declare.
 */
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  type GraphQLType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_FIELDS } from '../../src/export/fields.js';
import { relationshipSchema } from '../../src/model/format.js';
import { RELATIONSHIP_PROPERTIES, propertiesOf } from '../../src/model/properties.js';
import { RELATIONSHIP_TYPE_NAMES, VALUE_SETS, type PropertyValue } from '../../src/model/vocabulary.js';
import { schema } from '../../src/schema/index.js';
import { NAMES } from '../../src/schema/names.js';

/** The GraphQL type a declared value takes: the scalar's name, or the enum's values. */
function graphqlShape(type: GraphQLType): unknown {
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType)
    return named
      .getValues()
      .map((v) => v.name)
      .sort();
  return (named as GraphQLScalarType | GraphQLObjectType).name;
}
function declaredShape(value: PropertyValue): unknown {
  if (value.type === 'enum') return Object.keys(VALUE_SETS[value.of]).sort();
  if (value.type === 'number') return value.integer ? 'Int' : 'Float';
  if (value.type === 'entity') return 'Entity';
  return 'String';
}

const COMMON = new Set(['id', 'type', 'from', 'to', 'confidence', 'time', 'note', 'citations', 'evidence', 'review']);

describe.each(RELATIONSHIP_TYPE_NAMES)('%s', (type) => {
  const declared = propertiesOf(type);

  it('the import format reads exactly its declared properties, required as declared', () => {
    const option = relationshipSchema.options.find((o) => o.shape.type.value === type);
    const own = Object.entries(option?.shape ?? {}).filter(([key]) => !COMMON.has(key));
    expect(own.map(([key]) => key).sort()).toEqual(Object.keys(declared).sort());
    for (const [key, field] of own)
      expect({ key, optional: (field as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success }).toEqual({
        key,
        optional: !declared[key]?.required,
      });
  });

  it('its GraphQL object type has a field for each, of the declared type, non-null only when every relationship has it', () => {
    const object = schema.getType(NAMES[type].object) as GraphQLObjectType;
    const interfaceFields = new Set(object.getInterfaces().flatMap((i) => Object.keys(i.getFields())));
    const own = Object.values(object.getFields()).filter((field) => !interfaceFields.has(field.name));
    expect(own.map((field) => field.name).sort()).toEqual(Object.keys(declared).sort());
    for (const field of own) {
      const spec = declared[field.name]!;
      const nonNull = field.type instanceof GraphQLNonNull && !(spec.value.type === 'enum' && spec.value.list);
      expect({ field: field.name, type: graphqlShape(field.type), nonNull }).toEqual({
        field: field.name,
        type: declaredShape(spec.value),
        nonNull: Boolean(spec.required) && !(spec.value.type === 'number' && spec.value.nullable),
      });
    }
  });
});

describe('the properties that span the types', () => {
  it('are inputs of new relationships and patches, each typed as declared', () => {
    for (const name of ['RelationshipInput', 'RelationshipPatch']) {
      const fields = (schema.getType(name) as GraphQLInputObjectType).getFields();
      for (const property of RELATIONSHIP_PROPERTIES) {
        const field = fields[property.name];
        const expected = property.value.type === 'entity' ? 'ID' : declaredShape(property.value);
        expect({ input: name, property: property.name, type: field && graphqlShape(field.type), list: field?.type instanceof GraphQLList }).toEqual({
          input: name,
          property: property.name,
          type: expected,
          list: property.value.type === 'enum' && property.value.list === true,
        });
      }
    }
  });

  it('are export columns, in the vocabulary’s order, numbers typed as numbers', () => {
    const columns = RELATIONSHIP_FIELDS.filter((field) => RELATIONSHIP_PROPERTIES.some((p) => p.name === field.name));
    expect(columns.map((c) => c.name)).toEqual(RELATIONSHIP_PROPERTIES.map((p) => p.name));
    for (const property of RELATIONSHIP_PROPERTIES) {
      const column = columns.find((c) => c.name === property.name)!;
      const expected = property.value.type === 'number' ? (property.value.integer ? 'int' : 'double') : 'string';
      expect({ column: column.name, type: column.type }).toEqual({ column: property.name, type: expected });
    }
  });
});
