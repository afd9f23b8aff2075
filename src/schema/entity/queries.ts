/**
 * Finding entities: one by id, a filtered page in name order with keyset cursors, and full-text
 * search. These resolvers answer what the read planner (src/read/) does not plan; a planned
 * operation is answered by one query before they run.
 */
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { countEntities, entityPage, searchEntities, type EntityOrder, type EntityQuery, type NameCursor, type NamePage } from '../../graph/entities.js';
import type { EntityRecord } from '../../graph/records.js';
import { entitiesKnownAt } from '../../graph/known-at.js';
import { builder } from '../builder.js';
import { EntityKindEnum } from '../enums.js';
import { asKnownAtArg, boundedText, countArg } from '../arguments.js';
import { BOUNDS, within } from '../bounds.js';
import { decodeCursor, encodeCursor, oneEnd } from '../pagination.js';
import { Entity } from './ref.js';
import { slugFromId } from '../../model/global-ids.js';

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description:
      'One entity, by its global id or by its slug (e.g. `armenia`). Null when no entity has that id. With ' +
      '`asKnownAt`, the entity as the graph held it then, and everything read through it (its relationships, ' +
      'their far ends, citations) as they then stood.',
    args: {
      id: t.arg.id({ required: true, description: 'A global id (from `Entity.id`) or a slug.' }),
      asKnownAt: asKnownAtArg(t.arg),
    },
    // The entity loader reads it (with every other entity this response needs) in one query.
    resolve: async (_root, { id, asKnownAt }, context) => {
      if (!asKnownAt) return slugFromId(String(id));
      const [entity] = await entitiesKnownAt(context.db, [slugFromId(String(id))], asKnownAt);
      return entity ?? null;
    },
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

/** The arguments of a Relay connection, as Pothos passes them. */
export type ConnectionArgs = { first?: number | null; last?: number | null; after?: string | null; before?: string | null };

/**
 * A Relay connection of entities in name order: `read` reads the page the arguments ask for
 * (its cursors decoded, one more than asked to tell whether more follow); the edges, cursors and
 * page info are made here. The per-field resolver and the read planner both page this way.
 */
export function entityConnection<T extends { name: string; id: string }>(args: ConnectionArgs, read: (page: NamePage) => Promise<T[]>) {
  return resolveCursorConnection(
    { args: oneEnd(args), toCursor: (entity: T) => encodeCursor({ name: entity.name, id: entity.id }) },
    ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
      read({ after: decodeCursor(after, isNameCursor, 'after'), before: decodeCursor(before, isNameCursor, 'before'), limit, inverted }),
  );
}

builder.queryField('entities', (t) =>
  t.connection(
    {
      type: Entity,
      description: 'Entities, filtered and ordered, a page at a time (at most 100 per page).',
      args: {
        kind: t.arg({ type: EntityKindEnum, description: 'Only entities of this kind.' }),
        nameContains: t.arg.string({
          description: `Only entities whose name or an alias contains this text, ignoring case (at most ${BOUNDS.nameContains.max} characters).`,
          ...boundedText(BOUNDS.nameContains),
        }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME_ASC', description: 'The order; by name A to Z by default.' }),
      },
      resolve: async (_root, args, context) => {
        const query: EntityQuery = { kind: args.kind, nameContains: args.nameContains };
        const connection = await entityConnection<EntityRecord>(args, (page) => entityPage(context.db, query, args.orderBy ?? 'NAME_ASC', page));
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
      text: t.arg.string({ required: true, description: `What to look for, ${within(BOUNDS.searchText)} characters.`, ...boundedText(BOUNDS.searchText) }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds.' }),
      first: countArg(t.arg, BOUNDS.searchResults, 'At most this many results'),
    },
    resolve: (_root, { text, kinds, first }, context) => searchEntities(context.db, text.trim(), { kinds, limit: first ?? BOUNDS.searchResults.default }),
  }),
);
