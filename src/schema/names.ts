/**
 * The GraphQL names of the relationship types (declared in the vocabulary): each type's object type,
 * and its list fields on the entity at either end. Kept apart so that the read planner (src/read/) can read them without the types.
 */
import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES, type RelationshipType, type RelationshipTypeSpec } from '../model/vocabulary.js';
import type { Direction } from '../graph/relationships.js';

/** GraphQL names for each type, as the vocabulary declares them: its object type, and its fields on the source and target side. */
export const NAMES: Record<RelationshipType, RelationshipTypeSpec['graphql']> = Object.fromEntries(
  RELATIONSHIP_TYPE_NAMES.map((type) => [type, (RELATIONSHIP_TYPES[type] as RelationshipTypeSpec).graphql]),
) as Record<RelationshipType, RelationshipTypeSpec['graphql']>;

/** Each relationship list field of an entity: which type it lists, from which side. */
export const LIST_FIELDS: ReadonlyMap<string, { type: RelationshipType; direction: Direction }> = new Map(
  RELATIONSHIP_TYPE_NAMES.flatMap((type): [string, { type: RelationshipType; direction: Direction }][] => [
    [NAMES[type].out, { type, direction: 'OUT' }],
    [NAMES[type].in, { type, direction: 'IN' }],
  ]),
);

/** The names of all relationship list fields: entity fields that read no stored property. */
export const RELATIONSHIP_FIELD_NAMES: ReadonlySet<string> = new Set(LIST_FIELDS.keys());
