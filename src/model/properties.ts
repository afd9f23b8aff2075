/**
 * The own properties of relationship types, as the vocabulary declares them (src/model/vocabulary.ts):
 * one type's, and all of them once with the types that have them, for the surfaces that span the
 * types (the GraphQL inputs, the export columns, the store files).
 */
import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES, type PropertySpec, type RelationshipType, type RelationshipTypeSpec } from './vocabulary.js';

/** The own properties of a relationship type, by name. */
export const propertiesOf = (type: RelationshipType): Readonly<Record<string, PropertySpec>> =>
  (RELATIONSHIP_TYPES[type] as RelationshipTypeSpec).properties ?? {};

/**
 * Every own property of any relationship type, once, in the vocabulary's order, with the types that
 * have it: the columns and input fields that span the types. A name means one thing wherever it is used.
 */
export const RELATIONSHIP_PROPERTIES: readonly (PropertySpec & { name: string; types: RelationshipType[] })[] = (() => {
  const all = new Map<string, PropertySpec & { name: string; types: RelationshipType[] }>();
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    for (const [name, spec] of Object.entries(propertiesOf(type))) {
      const known = all.get(name);
      if (
        known &&
        JSON.stringify([known.value, known.required, known.group, known.description]) !==
          JSON.stringify([spec.value, spec.required, spec.group, spec.description])
      ) {
        throw new Error(`the property "${name}" of ${type} is declared unlike the same property of ${known.types.join(', ')}`);
      }
      if (known) known.types.push(type);
      else all.set(name, { ...spec, name, types: [type] });
    }
  }
  return [...all.values()];
})();

// Each type's gist property, found once.
const GISTS = new Map(
  RELATIONSHIP_TYPE_NAMES.flatMap((type) => Object.entries(propertiesOf(type)).flatMap(([name, spec]) => (spec.gist ? [[type, name] as const] : []))),
);

/** The property of a type that says in free text what it is about (what an accusation alleges), if it has one. */
export const gistOf = (type: RelationshipType): string | undefined => GISTS.get(type);

/** The groups of properties that say one thing together (a figure with its words and unit), as the vocabulary declares them. */
export const PROPERTY_GROUPS: readonly (readonly string[])[] = [
  ...RELATIONSHIP_PROPERTIES.reduce((groups, property) => {
    if (property.group) groups.set(property.group, [...(groups.get(property.group) ?? []), property.name]);
    return groups;
  }, new Map<string, string[]>()).values(),
];

/** Relationship properties that are measures, not counts: stored as floats even when whole (a figure of 71). */
export const MEASURES: readonly string[] = RELATIONSHIP_PROPERTIES.filter((p) => p.value.type === 'number' && !p.value.integer).map((p) => p.name);
