/** Listing the sources the graph cites. */
import { allSources } from '../../graph/sources.js';
import { builder } from '../builder.js';
import { Source } from './types.js';

builder.queryFields((t) => ({
  sources: t.field({
    type: [Source],
    description: 'Every source in the graph, by id.',
    resolve: (_root, _args, context) => allSources(context.db),
  }),
}));
