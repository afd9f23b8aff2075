/**
 * The one Pothos builder: typed once with the request context, the scalars and the plugins every
 * module uses, and with the `reads` extension a field declares for the read planner.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { forbidden, unauthenticated, type Principal } from '../auth.js';
import type { ChangeEvents } from '../events.js';
import type { RequestBookmarks } from '../graph/bookmarks.js';
import type { Db } from '../graph/db.js';
import { BOUNDS, intWithin, within } from './bounds.js';
import { badInput } from './input-error.js';

declare module 'graphql' {
  interface GraphQLFieldExtensions<_TSource, _TContext, _TArgs> {
    /**
     * The stored properties of its record (an entity's, a relationship's, a source's, a citation's)
     * the field's resolver reads, besides the id and name always read: the read planner (src/read/)
     * reads these for it and no more. Declare it with `reads(…)` on every field answered from its
     * record; a field without it is left to the resolvers, unless the planner reads it as structure
     * (relationship lists, citations, a relationship's ends).
     */
    reads?: readonly string[];
  }
}

/** A field's `extensions`: the stored properties its resolver reads (none: only the id or name). */
export const reads = (...keys: string[]) => ({ reads: keys });

export interface Context {
  db: Db;
  /** Who is calling; null without a token. */
  principal: Principal | null;
  /** Whether anyone may read (else a reader token is needed). */
  readsOpen: boolean;
  events: ChangeEvents;
  /** The Neo4j bookmarks the request reads after, and answers with when it wrote. */
  bookmarks: RequestBookmarks;
  /** Aborted when the request is given up (see useRequestTimeout); the Db stops with it. */
  abort: AbortController;
}

/** Who a write is recorded as, in the audit trail. */
export function actorOf(context: Context): string {
  return context.principal?.id ?? 'anonymous';
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  AuthScopes: { read: boolean; editor: boolean; admin: boolean };
  Scalars: {
    // Inputs arrive as JS Dates (UTC midnight for Date); outputs may be ISO strings from Neo4j.
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
  };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ErrorsPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Checked once per request, from the principal the context authenticated.
    authScopes: (context) => ({
      read: context.readsOpen || Boolean(context.principal?.roles.has('reader')),
      editor: Boolean(context.principal?.roles.has('editor')),
      admin: Boolean(context.principal?.roles.has('admin')),
    }),
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, context, info) =>
      context.principal
        ? forbidden(`${info.fieldName}: your token's role does not allow this (reads need reader, writes editor, merge and delete admin).`)
        : unauthenticated(`${info.fieldName}: authentication required: send "Authorization: Bearer <token>".`),
  },
  validation: {
    // An argument out of bounds (arguments.ts) is bad input, naming the argument: `"first" must be between 1 and 50`.
    validationError: ({ issues }) => {
      const [issue] = issues;
      const path = (issue?.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment));
      const field = path.join('.');
      return badInput(field ? `"${field}" ${issue?.message ?? 'is invalid'}` : (issue?.message ?? 'invalid input'), field || undefined);
    },
  },
  errors: {
    directResult: true,
    defaultUnionOptions: { description: 'What the mutation wrote, or a typed error saying why it wrote nothing.' },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    idFieldOptions: { description: 'An opaque global id; `node(id:)` fetches the object by it.', extensions: reads() },
    nodeTypeOptions: { description: 'An object with an opaque global id, fetchable through `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in a connection, for cursor pagination.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its opaque global id; null when nothing has it.',
      args: { id: { description: 'A global id, as found in any `id` field.' } },
      // A well-formed id of a type that is not a node here (another API's, say) finds nothing.
      resolve: (_root, { id }, _context, info, resolveNode) => (isNodeType(info.schema, id.typename) ? resolveNode(id) : null),
    },
    nodesQueryOptions: {
      description: 'Fetches several objects by their opaque global ids, in the order given; null for each that nothing has.',
      args: { ids: { description: 'Global ids, as found in `id` fields.' } },
      resolve: async (_root, { ids }, _context, info, resolveNodes) => {
        const known = ids.filter((id) => isNodeType(info.schema, id.typename));
        const found = await resolveNodes(known);
        return ids.map((id) => (known.includes(id) ? found[known.indexOf(id)] : null));
      },
    },
    cursorFieldOptions: { description: 'An opaque cursor: pass it as `after` or `before` to page on from here.' },
    nodeFieldOptions: { description: 'The item at this position.' },
    edgesFieldOptions: { description: 'The items of this page, with their cursors.' },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page.' },
    firstArgOptions: {
      description: `Return at most this many items from the start (${within(BOUNDS.pageSize)}).`,
      validate: intWithin(BOUNDS.pageSize),
      extensions: { bounds: BOUNDS.pageSize },
    },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: {
      description: `Return at most this many items from the end (${within(BOUNDS.pageSize)}).`,
      validate: intWithin(BOUNDS.pageSize),
      extensions: { bounds: BOUNDS.pageSize },
    },
    beforeArgOptions: { description: 'Return items before this cursor.' },
  },
});

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

/** The builder's type parameters, for refs declared outside a builder call. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar date, `YYYY-MM-DD` (RFC 3339 full-date).',
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant, as an RFC 3339 date-time in UTC, e.g. `2022-09-14T16:00:00.000Z`.',
});

builder.queryType({
  description: 'Read the conflict graph: entities, their relationships and the sources behind them.',
  authScopes: { read: true },
});
builder.mutationType({
  description: 'Change the graph: entities, relationships, sources, imports. Needs an editor token (merge and delete: admin).',
});
builder.subscriptionType({
  description: 'Live updates, over server-sent events.',
  authScopes: { read: true },
});
