/**
 * The own properties of entity kinds, as the vocabulary declares them (src/model/kinds.ts): one
 * kind's, all of them once with the kinds that have them (the GraphQL inputs, the export columns,
 * the store files span the kinds), and the stored properties each is kept as — the one place that
 * says how a composite value (a span, a moment, a point, a death toll) is laid out in the store.
 */
import { ENTITY_KINDS, ENTITY_KIND_SPECS, type EntityKind, type EntityKindSpec, type KindPropertySpec } from './vocabulary.js';

/** The own properties of an entity kind, by name. */
export const kindPropertiesOf = (kind: EntityKind): Readonly<Record<string, KindPropertySpec>> => (ENTITY_KIND_SPECS[kind] as EntityKindSpec).properties;

export type KindProperty = KindPropertySpec & { name: string; kinds: EntityKind[] };

/** A declaration as text, to compare two (a pattern by its source). */
const declared = (spec: object) => JSON.stringify(spec, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value));

/**
 * Every own property of any entity kind, once, in the vocabulary's order, with the kinds that have
 * it: the columns and input fields that span the kinds. A name means one thing wherever it is used.
 */
export const ENTITY_PROPERTIES: readonly KindProperty[] = (() => {
  const all = new Map<string, KindProperty>();
  for (const kind of ENTITY_KINDS) {
    for (const [name, spec] of Object.entries(kindPropertiesOf(kind))) {
      const known = all.get(name);
      if (known && declared({ ...known, name: undefined, kinds: undefined }) !== declared(spec)) {
        throw new Error(`the property "${name}" of ${kind} is declared unlike the same property of ${known.kinds.join(', ')}`);
      }
      if (known) known.kinds.push(kind);
      else all.set(name, { ...spec, name, kinds: [kind] });
    }
  }
  return [...all.values()];
})();

/** How Neo4j holds a stored property (in neo4j-admin's words, which the store files' headers use). */
export type StoredType = 'string' | 'string[]' | 'long' | 'double' | 'boolean' | 'date' | 'datetime';

/** A stored property: its key, its type, and whether sources can disagree on it (wording is not compared). */
export interface StoredKey {
  key: string;
  type: StoredType;
  compared: boolean;
}

/** The stored properties of a span of time (`prefix` `valid`, `published`, `term`): each end with its precision, and the note. */
export const spanKeys = (prefix: string, note = `${prefix}Note`) => ({
  from: `${prefix}From`,
  fromPrecision: `${prefix}FromPrecision`,
  to: `${prefix}To`,
  toPrecision: `${prefix}ToPrecision`,
  note,
});

/** The stored properties of a moment: the day, its precision and the time of day. */
export const momentKeys = (name: string) => ({ date: `${name}Date`, precision: `${name}Precision`, time: `${name}Time` });

/** The stored properties of a point: one per kind, so its degrees are plain `latitude` and `longitude`. */
export const pointKeys = (name: string) => ({ latitude: 'latitude', longitude: 'longitude', note: `${name}Note` });

/** The stored properties of a death toll: the figure under the property's own name. */
export const tollKeys = (name: string) => ({ figure: name, qualifier: `${name}Qualifier`, text: `${name}Text` });

/** The stored properties a kind's property is kept as, and the groups of them that say one thing together. */
export function storedKeysOf(name: string, spec: KindPropertySpec): { keys: StoredKey[]; groups: string[][] } {
  const compared = Boolean(spec.compared);
  const key = (k: string, type: StoredType, isCompared = compared): StoredKey => ({ key: k, type, compared: isCompared });
  const { value } = spec;
  switch (value.type) {
    case 'text':
    case 'enum':
      return { keys: [key(name, 'string')], groups: [] };
    case 'boolean':
      return { keys: [key(name, 'boolean')], groups: [] };
    case 'number':
      return { keys: [key(name, value.integer ? 'long' : 'double')], groups: [] };
    case 'span': {
      const k = spanKeys(name);
      return {
        keys: [key(k.from, 'date'), key(k.fromPrecision, 'string'), key(k.to, 'date'), key(k.toPrecision, 'string'), key(k.note, 'string', false)],
        groups: [
          [k.from, k.fromPrecision],
          [k.to, k.toPrecision],
        ],
      };
    }
    case 'moment': {
      const k = momentKeys(name);
      return { keys: [key(k.date, 'date'), key(k.precision, 'string'), key(k.time, 'datetime', false)], groups: [[k.date, k.precision, k.time]] };
    }
    case 'point': {
      const k = pointKeys(name);
      return { keys: [key(k.latitude, 'double'), key(k.longitude, 'double'), key(k.note, 'string', false)], groups: [[k.latitude, k.longitude, k.note]] };
    }
    case 'toll': {
      const k = tollKeys(name);
      return { keys: [key(k.figure, 'long'), key(k.qualifier, 'string'), key(k.text, 'string', false)], groups: [[k.figure, k.qualifier, k.text]] };
    }
  }
}

/** Every stored property of an entity kind's own, once, with its type: the store files' columns. */
export const ENTITY_STORED_KEYS: readonly StoredKey[] = [
  ...new Map(ENTITY_PROPERTIES.flatMap((property) => storedKeysOf(property.name, property).keys.map((k) => [k.key, k] as const))).values(),
];

/** The groups of stored entity properties that say one thing together: a date with its precision, a point with its reason. */
export const ENTITY_PROPERTY_GROUPS: readonly (readonly string[])[] = ENTITY_PROPERTIES.flatMap((property) => storedKeysOf(property.name, property).groups);

/** The stored values of each entity kind that sources can disagree on (names and words are not compared). */
export const COMPARED_ENTITY_KEYS = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    Object.entries(kindPropertiesOf(kind)).flatMap(([name, spec]) =>
      storedKeysOf(name, spec)
        .keys.filter((k) => k.compared)
        .map((k) => k.key),
    ),
  ]),
) as unknown as Record<EntityKind, readonly string[]>;
