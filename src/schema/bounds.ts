/**
 * Every bounded argument of the API (declared once, in src/model/bounds.ts): each bound goes into the argument's validation
 * (the Pothos validation plugin, with zod) and into its description, so the two cannot disagree. A
 * value out of bounds is a BAD_USER_INPUT error naming the argument (builder.ts maps every
 * validation failure).
 */
import { z } from 'zod';
import type { GraphQLError } from 'graphql';
import { badInput } from './input-error.js';
import type { Bounds } from '../model/bounds.js';

export { BOUNDS, within, type Bounds } from '../model/bounds.js';

const betweenMessage = ({ min, max }: Bounds) => `must be between ${min} and ${max}`;

/**
 * One schema per bounds, made on first use: the read planner checks arguments on every request, and
 * building a zod schema costs more than checking a value with it.
 */
function once<Schema>(made: WeakMap<Bounds, Schema>, bounds: Bounds, make: (bounds: Bounds) => Schema): Schema {
  let schema = made.get(bounds);
  if (!schema) made.set(bounds, (schema = make(bounds)));
  return schema;
}

const intSchemas = new WeakMap<Bounds, z.ZodType>();
const textSchemas = new WeakMap<Bounds, z.ZodType>();

/** An integer within bounds; absent or null stays so (the argument's default applies). */
export const intWithin = (bounds: Bounds) =>
  once(intSchemas, bounds, () =>
    z.number().int('must be a whole number').min(bounds.min, betweenMessage(bounds)).max(bounds.max, betweenMessage(bounds)).nullish(),
  );

/** The error a value out of an argument's bounds gets, worded as its validation words it; null when within. */
export function outOfBounds(argument: string, value: number, bounds: Bounds): GraphQLError | null {
  return value < bounds.min || value > bounds.max ? badInput(`"${argument}" ${betweenMessage(bounds)}`, argument) : null;
}

/** Text whose length, once trimmed, is within bounds. */
export const textWithin = (bounds: Bounds) =>
  once(textSchemas, bounds, ({ min, max }) =>
    z
      .string()
      .refine((text) => min < 1 || text.trim().length > 0, 'must not be blank')
      .refine((text) => !text.trim().length || (text.trim().length >= min && text.trim().length <= max), `must be ${min} to ${max} characters`)
      .nullish(),
  );
