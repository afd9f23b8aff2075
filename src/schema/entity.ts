/**
 * Entity: what every state, leader, organization, region and event has in common, the kind enum,
 * and the root fields that find entities: by id, as a paginated list, and by full-text search.
 */
import { decodeGlobalID, resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import {
  countEntities,
  entitiesById,
  entityPage,
  searchEntities,
  type EntityOrder,
  type EntityQuery,
  type EntityRecord,
  type NameCursor,
} from '../graph/entities.js';
import type { EntityKind } from '../graph/model.js';
import { builder, type Context } from './builder.js';
import { badInput } from './errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from './pagination.js';
import { Citation, loadCitations } from './source.js';

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kinds of entity the graph holds.',
  values: {
    STATE: { description: 'A sovereign state, or a de facto one (e.g. Armenia; the Nagorno-Karabakh Republic).' },
    LEADER: { description: 'A person, with the office they hold, e.g. a prime minister.' },
    ORGANIZATION: {
      description: 'A ministry, council, alliance, parliament, opposition group, news agency or force.',
    },
    REGION: { description: 'A city, disputed territory, border zone or other area.' },
    EVENT: { description: 'A war, clash, ceasefire, agreement, statement, protest or mission.' },
  } satisfies Record<EntityKind, unknown>,
});

export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], context: Context) => entitiesById(context.db, ids),
  sort: (entity) => entity.id,
  // Entities read along a relationship are cached, so asking for them again costs nothing.
  cacheResolved: (entity) => entity.id,
});

const optionalString = (entity: EntityRecord, key: string) => {
  const value = entity.properties[key];
  return typeof value === 'string' ? value : null;
};

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
    note: t.string({
      nullable: true,
      description: 'Curation notes: corrected translation slips, what the source leaves vague.',
      resolve: (e) => optionalString(e, 'note'),
    }),
    citations: t.field({
      type: [Citation],
      description: 'The sentences of the sources that name this entity.',
      resolve: (e, _args, context) => loadCitations(context, e.id),
    }),
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

const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How to order a list of entities.',
  values: {
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
  } satisfies Record<EntityOrder, unknown>,
});

const isNameCursor = (value: unknown): value is NameCursor =>
  typeof value === 'object' && value !== null && typeof (value as NameCursor).name === 'string' && typeof (value as NameCursor).id === 'string';

builder.queryField('entities', (t) =>
  t.connection(
    {
      type: Entity,
      description: 'Entities, filtered and ordered, a page at a time (at most 100 per page).',
      args: {
        kind: t.arg({ type: EntityKindEnum, description: 'Only entities of this kind.' }),
        nameContains: t.arg.string({ description: 'Only entities whose name or an alias contains this text, ignoring case.' }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME_ASC', description: 'The order; by name A to Z by default.' }),
      },
      resolve: async (_root, args, context) => {
        checkPageSize(args);
        if (args.nameContains !== null && args.nameContains !== undefined && args.nameContains.length > 200) {
          throw badInput('"nameContains" must be at most 200 characters', 'nameContains');
        }
        const query: EntityQuery = { kind: args.kind, nameContains: args.nameContains };
        const order = args.orderBy ?? 'NAME_ASC';
        const connection = await resolveCursorConnection(
          { args, toCursor: (entity: EntityRecord) => encodeCursor({ name: entity.name, id: entity.id }) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            entityPage(context.db, query, order, {
              after: decodeCursor(after, isNameCursor, 'after'),
              before: decodeCursor(before, isNameCursor, 'before'),
              limit,
              inverted,
            }),
        );
        return { ...connection, totalCount: () => countEntities(context.db, query) };
      },
    },
    {
      description: 'A page of entities.',
      fields: (tc) => ({
        totalCount: tc.int({
          description: 'How many entities match the filters, on all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { description: 'An entity in a page, with its cursor.' },
  ),
);

const SearchHit = builder.objectRef<{ entity: EntityRecord; score: number }>('SearchHit').implement({
  description: 'An entity that matches a search, with how well it matches.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The entity found.', resolve: (hit) => hit.entity }),
    score: t.exposeFloat('score', { description: 'Relevance: higher is better; comparable only within one search.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description:
      'Full-text search over names, aliases (transliterations, acronyms, other languages) and descriptions, best ' +
      'match first. Tolerates typos and finds prefixes; all words must match. The text is plain text: Lucene ' +
      'syntax such as `AND`, `*`, `"` or `~` is searched for literally.',
    args: {
      text: t.arg.string({ required: true, description: 'What to look for, 1 to 200 characters.' }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds.' }),
      first: t.arg.int({ defaultValue: 10, description: 'At most this many results, 1 to 50.' }),
    },
    resolve: async (_root, { text, kinds, first }, context) => {
      const trimmed = text.trim();
      if (!trimmed || trimmed.length > 200) throw badInput('"text" must be 1 to 200 characters', 'text');
      const limit = first ?? 10;
      if (limit < 1 || limit > 50) throw badInput('"first" must be between 1 and 50', 'first');
      return searchEntities(context.db, trimmed, { kinds, limit });
    },
  }),
);
