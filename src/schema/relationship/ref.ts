/**
 * The Relationship interface's reference, loaded by id through one loader per request. Declared
 * apart from its fields, so the modules that name it (lists, mutations, exploration) need not load
 * each other.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { relationshipsById } from '../../graph/relationships.js';
import { SLUG } from '../../model/names.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../model/vocabulary.js';
import { builder, type Context } from '../builder.js';
import { NAMES } from '../names.js';

export const Relationship = builder.loadableInterfaceRef('Relationship', {
  load: (ids: string[], context: Context) => relationshipsById(context.db, ids),
  sort: (relationship) => relationship.id,
});

/** A relationship's slug and, from a global id, its type; a bare slug is looked up in every type. */
export function relationshipRef(id: string): { slug: string; type?: RelationshipType } {
  if (SLUG.test(id)) return { slug: id };
  try {
    const { typename, id: slug } = decodeGlobalID(id);
    const type = RELATIONSHIP_TYPE_NAMES.find((name) => NAMES[name].object === typename);
    if (type) return { slug, type };
  } catch {
    // Not a global id: looked up as given, it finds nothing.
  }
  return { slug: id };
}
