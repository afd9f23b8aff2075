/**
 * The Entity interface's reference, loaded by slug through one loader per request (a client's id
 * becomes a slug by src/model/global-ids.ts). Declared apart from its fields,
 * so the types its fields name (Citation) can name it back without a loop.
 */
import { entitiesById } from '../../graph/entities.js';
import { builder, type Context } from '../builder.js';
import { badInput } from '../input-error.js';

export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], context: Context) => entitiesById(context.db, ids),
  sort: (entity) => entity.id,
  // Entities read along a relationship are cached, so asking for them again costs nothing; one
  // read with only the properties a selection needed goes under a key no lookup uses.
  // One read as the graph held it at a past moment goes under a key of its own likewise.
  cacheResolved: (entity) => (entity.known ? `known:${entity.known.at.toISOString()}:${entity.id}` : entity.partial ? `partial:${entity.id}` : entity.id),
});

/**
 * Refuses, as bad input naming the argument, an entity id no entity has. Asked when an answer came
 * back empty, so that "nothing" and "no such entity" read differently at no cost to other answers.
 */
export async function requireEntities(context: Context, ids: Record<string, string | null | undefined>): Promise<void> {
  const loader = Entity.getDataloader(context);
  for (const [arg, id] of Object.entries(ids)) {
    if (!id) continue;
    const found = await loader.load(id).then(
      (entity) => Boolean(entity),
      () => false,
    );
    if (!found) throw badInput(`no entity has the id "${id}"`, arg);
  }
}
