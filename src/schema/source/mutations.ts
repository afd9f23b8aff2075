/** Adding a source to cite, with its full text, validated as an import is. */
import { Conflict } from '../../errors.js';
import { withoutNulls } from '../../model/values.js';
import { builder } from '../builder.js';
import { WRITE_ERRORS } from '../errors.js';
import { TimeSpanInputRef } from '../inputs.js';
import { applyItems, idempotencyKeyArg, outcomeOf, write, writePayload } from '../write.js';
import { Source } from './types.js';

const SourcePayload = writePayload('SourcePayload', { field: 'source', type: Source, noun: 'source' });

builder.mutationField('addSource', (t) =>
  t.field({
    type: SourcePayload,
    description:
      'Adds a document to cite. Its full text is required: every quote is checked against it. Adding the same ' +
      'source again changes nothing; a different one under a taken id is a conflict. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: WRITE_ERRORS },
    args: {
      input: t.arg({
        required: true,
        description: 'The source.',
        type: builder.inputType('SourceInput', {
          description: 'A document: its id, title, language and full text.',
          fields: (f) => ({
            id: f.id({ required: true, description: 'A stable slug, e.g. `reuters-2022-09-14-clashes`.' }),
            title: f.string({ required: true, description: 'The title as published.' }),
            publisher: f.string({ description: 'Who published it.' }),
            url: f.string({ description: 'Where it was published.' }),
            published: f.field({ type: TimeSpanInputRef, description: 'When it was published (a range if unsure).' }),
            language: f.string({ required: true, description: 'ISO 639-1 code of the text, e.g. `en`.' }),
            originalLanguage: f.string({ description: 'ISO 639-1 code of the original, if this is a translation.' }),
            note: f.string({ description: 'Curation notes.' }),
            text: f.string({ required: true, description: 'The full text.' }),
          }),
        }),
      }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const source = withoutNulls({ ...input, id: String(input.id), published: input.published ? withoutNulls(input.published) : null });
      return write(context, 'ADD_SOURCE', idempotencyKey, async (tx, audit) => {
        const outcome = (await applyItems(tx, { sources: [source] }, audit)).sources[0]?.outcome;
        if (outcome === 'updated') throw new Conflict(`A different source already has the id "${source.id}".`);
        return { id: source.id, outcome: outcomeOf(outcome) };
      });
    },
  }),
);
