/**
 * A client's id for an entity: the Relay global id the API gives (of any entity kind), or a bare
 * slug, both taken by the API's arguments and the export endpoints' parameters.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { SLUG } from './names.js';
import { ENTITY_KINDS, ENTITY_KIND_SPECS } from './vocabulary.js';

const ENTITY_OBJECTS: readonly string[] = ENTITY_KINDS.map((kind) => ENTITY_KIND_SPECS[kind].graphql.object);

/** Accepts a global id of any entity kind, or a bare slug. */
export function slugFromId(id: string): string {
  if (SLUG.test(id)) return id;
  try {
    const { typename, id: slug } = decodeGlobalID(id);
    if (ENTITY_OBJECTS.includes(typename)) return slug;
  } catch {
    // Not a global id: fall through and look it up as given, which finds nothing.
  }
  return id;
}
