/**
 * Finding entities: one by id (with the relationship lists its selection asks for, in the same
 * query), a filtered page in name order with keyset cursors, and full-text search.
 */
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { countEntities, entityPage, entityWithLists, searchEntities, type EntityOrder, type EntityQuery, type NameCursor } from '../../graph/entities.js';
import type { EntityRecord } from '../../graph/records.js';
import { builder } from '../builder.js';
import { EntityKindEnum } from '../enums.js';
import { countArg } from '../arguments.js';
import { BOUNDS, textWithin, within } from '../bounds.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { listsSelected, nodesOfConnection, prefetch } from '../prefetch.js';
import { entityKeys, fieldsUnder } from '../selection.js';
import { Entity, slugFromId } from './ref.js';

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description:
      'One entity, by its global id or by its slug (e.g. `armenia`). Null when no entity has that id.',
    args: { id: t.arg.id({ required: true, description: 'A global id (from `Entity.id`) or a slug.' }) },
    resolve: async (_root, { id }, context, info) => {
      const slug = slugFromId(String(id));
      // With the relationship lists the selection asks for, read in the same query.
      const alongside = prefetch(context, listsSelected(info, info.fieldNodes));
      return alongside ? ((await entityWithLists(context.db, slug, alongside, entityKeys(info, info.fieldNodes))) ?? null) : slug;
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

builder.queryField('entities', (t) =>
  t.connection(
    {
      type: Entity,
      description: 'Entities, filtered and ordered, a page at a time (at most 100 per page).',
      args: {
        kind: t.arg({ type: EntityKindEnum, description: 'Only entities of this kind.' }),
        nameContains: t.arg.string({
          description: `Only entities whose name or an alias contains this text, ignoring case (at most ${BOUNDS.nameContains.max} characters).`,
          validate: textWithin(BOUNDS.nameContains),
        }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME_ASC', description: 'The order; by name A to Z by default.' }),
      },
      resolve: async (_root, args, context, info) => {
        const query: EntityQuery = { kind: args.kind, nameContains: args.nameContains };
        const order = args.orderBy ?? 'NAME_ASC';
        const nodes = nodesOfConnection(info);
        const alongside = prefetch(context, listsSelected(info, nodes));
        const connection = await resolveCursorConnection(
          { args, toCursor: (entity: EntityRecord) => encodeCursor({ name: entity.name, id: entity.id }) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            entityPage(context.db, query, order, {
              after: decodeCursor(after, isNameCursor, 'after'),
              before: decodeCursor(before, isNameCursor, 'before'),
              limit,
              inverted,
            }, alongside, entityKeys(info, nodes)),
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
      text: t.arg.string({ required: true, description: `What to look for, ${within(BOUNDS.searchText)} characters.`, validate: textWithin(BOUNDS.searchText) }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds.' }),
      first: countArg(t.arg, BOUNDS.searchResults, 'At most this many results'),
    },
    resolve: async (_root, { text, kinds, first }, context, info) => {
      const trimmed = text.trim();
      const limit = first ?? BOUNDS.searchResults.default;
      const found = fieldsUnder(info, info.fieldNodes).get('entity') ?? [];
      const alongside = prefetch(context, listsSelected(info, found));
      return searchEntities(context.db, trimmed, { kinds, limit, keys: entityKeys(info, found), alongside });
    },
  }),
);
