/**
 * Errors a client can act on. They pass through yoga's masking with a code in `extensions`;
 * anything else is masked as "Unexpected error.".
 */
import { Conflict, InvalidInput, NotFound, type InputProblem } from '../errors.js';
import { builder } from './builder.js';

/* Typed mutation errors: each mutation's result is a union of its payload and these. */

export const MutationError = builder.interfaceRef<Error>('MutationError').implement({
  description: 'Why a mutation wrote nothing.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong, for people.' }) }),
});

const InputProblemRef = builder.objectRef<InputProblem>('InputProblem').implement({
  description: 'One thing wrong with the input.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Where, e.g. `input.citations[0].quote`.' }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
  }),
});

builder.objectType(InvalidInput, {
  name: 'ValidationError',
  description: 'The input is invalid; every problem is listed, each naming its field. Nothing was written.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof InvalidInput,
  fields: (t) => ({
    problems: t.field({ type: [InputProblemRef], description: 'Each problem and the field it is in.', resolve: (e) => e.problems }),
  }),
});

builder.objectType(NotFound, {
  name: 'NotFoundError',
  description: 'Something the mutation names does not exist. Nothing was written.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof NotFound,
  fields: (t) => ({ id: t.exposeString('id', { description: 'The id that matched nothing.' }) }),
});

builder.objectType(Conflict, {
  name: 'ConflictError',
  description: 'The mutation conflicts with what the graph holds (an id taken, provenance in the way). Nothing was written.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof Conflict,
  fields: () => ({}),
});

export const WRITE_ERRORS = [InvalidInput, NotFound, Conflict];
