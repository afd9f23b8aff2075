/**
 * An entity kind's own properties are declared once, in the vocabulary: the import format reads
 * exactly them, required as declared; the kind's GraphQL type has a field for each simple one, of
 * its declared type; the entity inputs and the export columns have each of them.
 */
import { GraphQLEnumType, GraphQLNonNull, getNamedType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS } from '../../src/export/fields.js';
import { entitySchema } from '../../src/model/format.js';
import { ENTITY_PROPERTIES, kindPropertiesOf, storedKeysOf } from '../../src/model/kind-properties.js';
import { ENTITY_KINDS, ENTITY_KIND_SPECS, VALUE_SETS, type KindPropertyValue } from '../../src/model/vocabulary.js';
import { schema } from '../../src/schema/index.js';

const COMMON = new Set(['id', 'kind', 'name', 'aliases', 'description', 'note', 'citations', 'evidence', 'review']);
const SCALARS: Partial<Record<KindPropertyValue['type'], string>> = { text: 'String', boolean: 'Boolean', number: 'Float' };

describe.each(ENTITY_KINDS)('%s', (kind) => {
  const declared = kindPropertiesOf(kind);

  it('the import format reads exactly its declared properties, required as declared', () => {
    const option = entitySchema.options.find((o) => o.shape.kind.value === kind);
    const leftOut = (field: unknown) => ((field as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success ? 'optional' : 'required');
    const read = Object.entries(option?.shape ?? {}).filter(([key]) => !COMMON.has(key));
    expect(Object.fromEntries(read.map(([key, field]) => [key, leftOut(field)]))).toEqual(
      Object.fromEntries(Object.entries(declared).map(([key, spec]) => [key, spec.required ? 'required' : 'optional'])),
    );
  });

  it('its GraphQL type has a field for each simple property, of the declared type, non-null when it has one always', () => {
    const fields = (schema.getType(ENTITY_KIND_SPECS[kind].graphql.object) as GraphQLObjectType).getFields();
    for (const [name, spec] of Object.entries(declared)) {
      const scalar = spec.value.type === 'number' && spec.value.integer ? 'Int' : SCALARS[spec.value.type];
      if (spec.value.type !== 'enum' && !scalar) continue;
      const field = fields[name];
      const named = field && getNamedType(field.type);
      const shape =
        named instanceof GraphQLEnumType
          ? named
              .getValues()
              .map((v) => v.name)
              .sort()
          : named?.name;
      expect({ name, shape, nonNull: field?.type instanceof GraphQLNonNull }).toEqual({
        name,
        shape: spec.value.type === 'enum' ? Object.keys(VALUE_SETS[spec.value.of]).sort() : scalar,
        nonNull: Boolean(spec.required) || spec.default !== undefined,
      });
    }
  });
});

describe('the properties that span the kinds', () => {
  it('are inputs of new entities and patches, and have their export columns', () => {
    for (const name of ['EntityInput', 'EntityPatch']) {
      const fields = (schema.getType(name) as GraphQLInputObjectType).getFields();
      expect(ENTITY_PROPERTIES.filter((property) => !fields[property.name]).map((property) => property.name)).toEqual([]);
    }
    const columns = new Set(ENTITY_FIELDS.map((field) => field.name));
    for (const property of ENTITY_PROPERTIES) {
      const stored = storedKeysOf(property.name, property).keys.map((k) => k.key);
      expect({ property: property.name, exported: columns.has(property.name) || stored.some((key) => columns.has(key)) }).toEqual({
        property: property.name,
        exported: true,
      });
    }
  });
});
