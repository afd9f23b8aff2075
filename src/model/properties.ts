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
      if (known && JSON.stringify([known.value, known.required, known.description]) !== JSON.stringify([spec.value, spec.required, spec.description])) {
        throw new Error(`the property "${name}" of ${type} is declared unlike the same property of ${known.types.join(', ')}`);
      }
      if (known) known.types.push(type);
      else all.set(name, { ...spec, name, types: [type] });
    }
  }
  return [...all.values()];
})();

/** The property of a type that says in free text what it is about (an accusation's allegation), if it has one. */
export const gistOf = (type: RelationshipType): string | undefined => Object.entries(propertiesOf(type)).find(([, spec]) => spec.gist)?.[0];
