/**
 * An entity kind's own properties in the API, as the vocabulary declares them (src/model/kinds.ts):
 * a field on the kind's object type for each simple one (text, a number, a yes or no, a value of a
 * set), and an input field for each on the entity mutations. A composite one (a term, an event's
 * start and end, its death toll, a point) is read through fields written for it in its kind's module
 * (src/schema/leader.ts, src/schema/event.ts, src/schema/coordinates.ts); its input is its shape's.
 */
import type { ObjectRef } from '@pothos/core';
import type { EntityRecord } from '../../graph/records.js';
import { ENTITY_PROPERTIES, kindPropertiesOf, type KindProperty } from '../../model/kind-properties.js';
import type { EntityKind, FIGURE_QUALIFIERS, KindPropertySpec, KindPropertyValue } from '../../model/vocabulary.js';
import { builder, reads, type Types } from '../builder.js';
import { CoordinatesInputRef } from '../coordinates.js';
import { FigureQualifierEnum, VALUE_SET_ENUMS } from '../enums.js';
import { TimeSpanInputRef } from '../inputs.js';

const DeathTollInput = builder.inputType('DeathTollInput', {
  description: 'A death toll the source gives for an event on its own authority.',
  fields: (t) => ({
    figure: t.int({ required: true, description: 'The number.' }),
    qualifier: t.field({ type: FigureQualifierEnum, required: true, description: 'Exact, approximate or a lower bound.' }),
    text: t.string({ required: true, description: 'The words of the source; they must occur in one of the quotes.' }),
  }),
});

type Value = keyof typeof FIGURE_QUALIFIERS;

/**
 * A kind's own simple property as a field: non-null when every entity of the kind has it or it has
 * a default (what it is when left out, answered for an entity stored without it).
 */
function kindField(t: PothosSchemaTypes.ObjectFieldBuilder<Types, EntityRecord>, name: string, spec: KindPropertySpec & { value: SimpleValue }) {
  const { description, value } = spec;
  const extensions = reads(name);
  const stored = (entity: EntityRecord) => entity.properties[name] ?? spec.default ?? null;
  const nullable = !spec.required && spec.default === undefined;
  switch (value.type) {
    case 'text':
      return nullable
        ? t.string({ nullable: true, description, extensions, resolve: (e) => (typeof stored(e) === 'string' ? (stored(e) as string) : null) })
        : t.string({ description, extensions, resolve: (e) => String(stored(e) ?? '') });
    case 'boolean':
      return nullable
        ? t.boolean({ nullable: true, description, extensions, resolve: (e) => (typeof stored(e) === 'boolean' ? (stored(e) as boolean) : null) })
        : t.boolean({ description, extensions, resolve: (e) => stored(e) === true });
    case 'number':
      return value.integer
        ? t.int({ nullable: true, description, extensions, resolve: (e) => (typeof stored(e) === 'number' ? (stored(e) as number) : null) })
        : t.float({ nullable: true, description, extensions, resolve: (e) => (typeof stored(e) === 'number' ? (stored(e) as number) : null) });
    case 'enum': {
      const type = VALUE_SET_ENUMS[value.of] as typeof FigureQualifierEnum;
      return nullable
        ? t.field({ type, nullable: true, description, extensions, resolve: (e) => stored(e) as Value | null })
        : t.field({ type, description, extensions, resolve: (e) => stored(e) as Value });
    }
  }
}

/** A property read through a field of its own name, as stored. */
const isSimple = (spec: KindPropertySpec): spec is KindPropertySpec & { value: SimpleValue } => SIMPLE.includes(spec.value.type);
const SIMPLE: readonly KindPropertyValue['type'][] = ['text', 'boolean', 'number', 'enum'];
type SimpleValue = Extract<KindPropertyValue, { type: 'text' | 'boolean' | 'number' | 'enum' }>;

/** Adds a field for each simple property the vocabulary declares for `kind` to its object type. */
export function kindFields(ref: ObjectRef<Types, EntityRecord>, kind: EntityKind): void {
  builder.objectFields(ref, (t) =>
    Object.fromEntries(Object.entries(kindPropertiesOf(kind)).flatMap(([name, spec]) => (isSimple(spec) ? [[name, kindField(t, name, spec)]] : []))),
  );
}

/** A kind's own property as an input field, described with the kinds that have it (none required: which apply depends on the kind). */
function kindInput(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, property: KindProperty) {
  const description = `${property.kinds.join(', ')}: ${property.description}`;
  const { value } = property;
  switch (value.type) {
    case 'text':
    case 'moment':
      return t.string({ description });
    case 'boolean':
      return t.boolean({ description });
    case 'number':
      return value.integer ? t.int({ description }) : t.float({ description });
    case 'enum':
      return t.field({ type: VALUE_SET_ENUMS[value.of] as typeof FigureQualifierEnum, description });
    case 'span':
      return t.field({ type: TimeSpanInputRef, description });
    case 'point':
      return t.field({ type: CoordinatesInputRef, description });
    case 'toll':
      return t.field({ type: DeathTollInput, description });
  }
}

/** The input fields of every kind's own properties, for a new entity and a patch. */
export const kindInputs = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) =>
  Object.fromEntries(ENTITY_PROPERTIES.map((property) => [property.name, kindInput(t, property)]));

/** The properties whose input is an object of its own (a term, a point, a death toll), whose nulls are dropped too. */
export const NESTED_INPUTS: readonly string[] = ENTITY_PROPERTIES.filter((p) => ['span', 'point', 'toll'].includes(p.value.type)).map((p) => p.name);
