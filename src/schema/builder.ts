/**
 * The one Pothos builder: typed once with the request context and the plugins every module uses.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Db } from '../graph/db.js';

export interface Context {
  db: Db;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    idFieldOptions: { description: 'An opaque global id; pass it to `node(id:)` or `entity(id:)`.' },
    nodeTypeOptions: { description: 'An object with an opaque global id, fetchable through `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in a connection, for cursor pagination.' },
    nodeQueryOptions: { description: 'Fetches any object by its opaque global id.' },
    nodesQueryOptions: { description: 'Fetches several objects by their opaque global ids, in the order given.' },
  },
});

builder.queryType({ description: 'Read the conflict graph: entities, their relationships and the sources behind them.' });
