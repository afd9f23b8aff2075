/**
 * The one Pothos builder: typed once with the request context, the scalars and the plugins every
 * module uses.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { Db } from '../graph/db.js';

export interface Context {
  db: Db;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    // Inputs arrive as JS Dates (UTC midnight for Date); outputs may be ISO strings from Neo4j.
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
  };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    idFieldOptions: { description: 'An opaque global id; `node(id:)` fetches the object by it.' },
    nodeTypeOptions: { description: 'An object with an opaque global id, fetchable through `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in a connection, for cursor pagination.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its opaque global id.',
      args: { id: { description: 'A global id, as found in any `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches several objects by their opaque global ids, in the order given.',
      args: { ids: { description: 'Global ids, as found in `id` fields.' } },
    },
    cursorFieldOptions: { description: 'An opaque cursor: pass it as `after` or `before` to page on from here.' },
    nodeFieldOptions: { description: 'The item at this position.' },
    edgesFieldOptions: { description: 'The items of this page, with their cursors.' },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page.' },
    firstArgOptions: { description: 'Return at most this many items from the start (at most 100).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: { description: 'Return at most this many items from the end (at most 100).' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
  },
});

/** The builder's type parameters, for refs declared outside a builder call. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar date, `YYYY-MM-DD` (RFC 3339 full-date).',
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant, as an RFC 3339 date-time in UTC, e.g. `2022-09-14T16:00:00.000Z`.',
});

builder.queryType({ description: 'Read the conflict graph: entities, their relationships and the sources behind them.' });
