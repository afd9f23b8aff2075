/** Bounded arguments as fields declare them: the bound in the validation and in the description. */
import type { ArgBuilder } from '@pothos/core';
import type { Types } from './builder.js';
import { intWithin, textWithin, within, type Bounds } from './bounds.js';

/** An Int argument within bounds, with its default, described as `what, min to max (note).`. */
export function countArg(arg: ArgBuilder<Types>, bounds: Bounds & { default: number }, what: string, note?: string) {
  return arg.int({
    defaultValue: bounds.default,
    description: `${what}, ${within(bounds)}${note ? ` ${note}` : ''}.`,
    validate: intWithin(bounds),
    // Read by the check that runs before the cost limit (plugins/argument-bounds.ts) and by the read planner.
    extensions: { bounds },
  });
}

/** A String argument's check that its trimmed text is within bounds, and the bounds where the read planner reads them. */
export const boundedText = (bounds: Bounds) => ({ validate: textWithin(bounds), extensions: { bounds } });

/** What `asOf` means wherever it is taken (the rule is graph/holds.ts's). */
export const AS_OF_DESCRIPTION =
  'Only what held on this day: a relationship within its own dates, and on a side it gives no date, while both its ' +
  'ends exist (an event from its start to its end; every other entity always). Undated: any day.';

/** `asKnownAt`: a moment in record time, as the graph held it (not a date in the world: that is `asOf`). */
export function asKnownAtArg(arg: ArgBuilder<Types>) {
  return arg({
    type: 'DateTime',
    description:
      'The answer as the graph held it at this moment (record time, from the audit trail): before later imports, ' +
      'edits, retractions and merges. A fact retracted since shows as it stood; one recorded since does not show.',
  });
}
