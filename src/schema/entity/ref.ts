/**
 * The Entity interface's reference, loaded by slug through one loader per request, and how a
 * client's id (a global id of any kind, or a slug) becomes a slug. Declared apart from its fields,
 * so the types its fields name (Citation) can name it back without a loop.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { entitiesById } from '../../graph/entities.js';
import { KIND_LABELS } from '../../model/vocabulary.js';
import { SLUG } from '../../model/names.js';
import { builder, type Context } from '../builder.js';

export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], context: Context) => entitiesById(context.db, ids),
  sort: (entity) => entity.id,
  // Entities read along a relationship are cached, so asking for them again costs nothing; one
  // read with only the properties a selection needed goes under a key no lookup uses.
  // One read as the graph held it at a past moment goes under a key of its own likewise.
  cacheResolved: (entity) =>
    entity.known ? `known:${entity.known.at.toISOString()}:${entity.id}` : entity.partial ? `partial:${entity.id}` : entity.id,
});

/** Accepts a global id of any entity kind, or a bare slug. */
export function slugFromId(id: string): string {
  if (SLUG.test(id)) return id;
  try {
    const { typename, id: slug } = decodeGlobalID(id);
    if (Object.values(KIND_LABELS).includes(typename)) return slug;
  } catch {
    // Not a global id: fall through and look it up as given, which finds nothing.
  }
  return id;
}
