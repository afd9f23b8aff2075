/**
 * Relationships as a filtered Relay connection, ordered by id, with keyset cursors and a total
 * count; and one relationship by id. Both may be read as the graph held them at a past moment.
 */
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { RelationshipRecord } from '../../graph/records.js';
import { countRelationships, relationshipPage, type RelationshipQuery } from '../../graph/relationships.js';
import { countRelationshipsKnownAt, relationshipPageKnownAt, relationshipsKnownAt } from '../../graph/known-at.js';
import { AS_OF_DESCRIPTION, asKnownAtArg } from '../arguments.js';
import { builder } from '../builder.js';
import { requireEntities } from '../entity/ref.js';
import { slugFromId } from '../../model/global-ids.js';
import { ConfidenceEnum, RelationshipTypeEnum } from '../enums.js';
import { decodeCursor, encodeCursor, oneEnd } from '../pagination.js';
import { Relationship, relationshipRef } from './ref.js';

const isIdCursor = (value: unknown): value is { id: string } => typeof value === 'object' && value !== null && typeof (value as { id: string }).id === 'string';

builder.queryField('relationships', (t) =>
  t.connection(
    {
      type: Relationship,
      description: 'Relationships, filtered, ordered by id, a page at a time (at most 100 per page).',
      args: {
        type: t.arg({ type: RelationshipTypeEnum, description: 'Only relationships of this type.' }),
        from: t.arg.id({ description: 'Only relationships from this entity (global id or slug).' }),
        to: t.arg.id({ description: 'Only relationships to this entity (global id or slug).' }),
        asOf: t.arg({ type: 'Date', description: AS_OF_DESCRIPTION }),
        minConfidence: t.arg({ type: ConfidenceEnum, description: 'Only what the source stands behind at least this firmly.' }),
        includeRetracted: t.arg.boolean({ defaultValue: false, description: 'Also retracted relationships (kept for the record).' }),
        asKnownAt: asKnownAtArg(t.arg),
      },
      resolve: async (_root, args, context) => {
        const query: RelationshipQuery = {
          type: args.type,
          from: args.from ? slugFromId(String(args.from)) : null,
          to: args.to ? slugFromId(String(args.to)) : null,
          asOf: args.asOf ?? null,
          minConfidence: args.minConfidence,
          includeRetracted: args.includeRetracted,
        };
        const connection = await resolveCursorConnection(
          { args: oneEnd(args), toCursor: (r: RelationshipRecord) => encodeCursor({ id: r.id }) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
            const page = { after: decodeCursor(after, isIdCursor, 'after')?.id, before: decodeCursor(before, isIdCursor, 'before')?.id, limit, inverted };
            return args.asKnownAt ? relationshipPageKnownAt(context.db, query, page, args.asKnownAt) : relationshipPage(context.db, query, page);
          },
        );
        const { asKnownAt } = args;
        if (!asKnownAt && !connection.edges.length) await requireEntities(context, { from: query.from, to: query.to });
        return {
          ...connection,
          totalCount: () => (asKnownAt ? countRelationshipsKnownAt(context.db, query, asKnownAt) : countRelationships(context.db, query)),
        };
      },
    },
    {
      description: 'A page of relationships.',
      fields: (tc) => ({
        totalCount: tc.int({
          description: 'How many relationships match the filters, on all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { description: 'A relationship in a page, with its cursor.' },
  ),
);

builder.queryField('relationship', (t) =>
  t.field({
    type: Relationship,
    nullable: true,
    description:
      'One relationship, by its global id or its slug; retracted ones too (see `retracted`). With `asKnownAt`, as ' +
      'the graph held it then: before a later edit or retraction, with its ends and citations as they then stood. ' +
      'Null when none has that id (then).',
    args: { id: t.arg.id({ required: true, description: 'A global id (from `Relationship.id`) or a slug.' }), asKnownAt: asKnownAtArg(t.arg) },
    resolve: async (_root, { id, asKnownAt }, context) => {
      const { slug, type } = relationshipRef(String(id));
      const found = asKnownAt ? await relationshipsKnownAt(context.db, [slug], asKnownAt) : await Relationship.getDataloader(context).loadMany([slug]);
      return found.find((r): r is RelationshipRecord => !(r instanceof Error) && r !== null && (!type || r.type === type)) ?? null;
    },
  }),
);
