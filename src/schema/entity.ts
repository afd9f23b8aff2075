/**
 * Entity: what every state, leader, organization, region and event has in common, the kind enum,
 * and the root field that reads one entity.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { entitiesById, type EntityRecord } from '../graph/entities.js';
import type { EntityKind } from '../graph/model.js';
import { builder } from './builder.js';

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kinds of entity the graph holds.',
  values: {
    STATE: { description: 'A sovereign state, e.g. Armenia.' },
    LEADER: { description: 'A person, with the office they hold, e.g. a prime minister.' },
    ORGANIZATION: {
      description: 'A ministry, council, alliance, parliament, opposition group, news agency or force.',
    },
    REGION: { description: 'A city, disputed territory, border zone or other area.' },
    EVENT: { description: 'A war, clash, ceasefire, agreement, statement, protest or mission.' },
  } satisfies Record<EntityKind, unknown>,
});

export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], context) => entitiesById(context.db, ids),
  sort: (entity) => entity.id,
});

Entity.implement({
  description: 'Something that acts or is acted upon in a conflict. Every entity is a Node.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => typeNames[entity.kind],
  fields: (t) => ({
    slug: t.exposeString('id', {
      description: 'The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds.',
    }),
    kind: t.field({ type: EntityKindEnum, description: 'What kind of entity this is.', resolve: (e) => e.kind }),
    name: t.exposeString('name', { description: 'The usual English name.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names: transliterations, acronyms and names in other languages.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'A short description.' }),
  }),
});

const typeNames: Record<EntityKind, string> = {
  STATE: 'State',
  LEADER: 'Leader',
  ORGANIZATION: 'Organization',
  REGION: 'Region',
  EVENT: 'Event',
};

/**
 * Declares the object type of one entity kind: a Node that implements Entity and loads through the
 * shared entity loader, so mixed lists of kinds still cost one query. Kind modules add their fields.
 */
export function entityKindType(kind: EntityKind, description: string) {
  const ref = builder.objectRef<EntityRecord>(typeNames[kind]);
  builder.node(ref, {
    description,
    interfaces: [Entity],
    id: { resolve: (entity) => entity.id },
    loadMany: async (ids, context) => {
      const loaded = await Entity.getDataloader(context).loadMany(ids);
      return loaded.map((entity) => (entity instanceof Error || entity?.kind !== kind ? null : entity));
    },
    isTypeOf: (value) => (value as EntityRecord).kind === kind,
    fields: () => ({}),
  });
  return ref;
}

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description:
      'One entity, by its global id or by its slug (e.g. `armenia`). Null when no entity has that id.',
    args: { id: t.arg.id({ required: true, description: 'A global id (from `Entity.id`) or a slug.' }) },
    resolve: (_root, { id }) => slugFromId(String(id)),
  }),
);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Accepts a global id of any entity kind, or a bare slug. */
export function slugFromId(id: string): string {
  if (SLUG.test(id)) return id;
  try {
    const { typename, id: slug } = decodeGlobalID(id);
    if (Object.values(typeNames).includes(typename)) return slug;
  } catch {
    // Not a global id: fall through and look it up as given, which finds nothing.
  }
  return id;
}
