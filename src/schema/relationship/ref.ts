/**
 * The Relationship interface's reference, loaded by id through one loader per request. Declared
 * apart from its fields, so the modules that name it (lists, mutations, exploration) need not load
 * each other.
 */
import { relationshipsById } from '../../graph/relationships.js';
import { builder, type Context } from '../builder.js';

export const Relationship = builder.loadableInterfaceRef('Relationship', {
  load: (ids: string[], context: Context) => relationshipsById(context.db, ids),
  sort: (relationship) => relationship.id,
});
