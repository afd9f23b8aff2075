/** Bounded arguments as fields declare them: the bound in the validation and in the description. */
import type { ArgBuilder } from '@pothos/core';
import type { Types } from './builder.js';
import { intWithin, within, type Bounds } from './bounds.js';

/** An Int argument within bounds, with its default, described as `what, min to max (note).`. */
export function countArg(arg: ArgBuilder<Types>, bounds: Bounds & { default: number }, what: string, note?: string) {
  return arg.int({
    defaultValue: bounds.default,
    description: `${what}, ${within(bounds)}${note ? ` ${note}` : ''}.`,
    validate: intWithin(bounds),
  });
}
