/**
 * Every bounded argument of the API, declared once: each bound goes into the argument's validation
 * (the Pothos validation plugin, with zod) and into its description, so the two cannot disagree. A
 * value out of bounds is a BAD_USER_INPUT error naming the argument (builder.ts maps every
 * validation failure).
 */
import { z } from 'zod';
import type { GraphQLError } from 'graphql';
import { badInput } from './input-error.js';

export interface Bounds {
  min: number;
  max: number;
  /** The value when the argument is left out, for counts that have one. */
  default?: number;
}

/** Every bounded argument of the API, by what it bounds. */
export const BOUNDS = {
  /** Relay page sizes (`first`, `last`) on connections. */
  pageSize: { min: 0, max: 100 },
  /** A relationship list field of an entity. */
  listSize: { min: 1, max: 500, default: 100 },
  searchResults: { min: 1, max: 50, default: 10 },
  searchText: { min: 1, max: 200 },
  nameContains: { min: 0, max: 200 },
  history: { min: 1, max: 500, default: 50 },
  drafts: { min: 1, max: 100, default: 20 },
  neighborhoodDepth: { min: 1, max: 3, default: 1 },
  neighborhoodEntities: { min: 1, max: 500, default: 100 },
  pathLength: { min: 1, max: 6, default: 4 },
  paths: { min: 1, max: 100, default: 20 },
  timelineEvents: { min: 1, max: 500, default: 100 },
  rankedEntities: { min: 1, max: 100, default: 10 },
  /** Entities an export expands one step beside its centre (`expand`). */
  exportExpanded: { min: 0, max: 50 },
} as const satisfies Record<string, Bounds>;

/** `what, 1 to 50.` — the bound as a description says it. */
export const within = ({ min, max }: Bounds) => `${min} to ${max.toLocaleString('en')}`;

const betweenMessage = ({ min, max }: Bounds) => `must be between ${min} and ${max}`;

/** An integer within bounds; absent or null stays so (the argument's default applies). */
export const intWithin = (bounds: Bounds) =>
  z.number().int('must be a whole number').min(bounds.min, betweenMessage(bounds)).max(bounds.max, betweenMessage(bounds)).nullish();

/** The error a value out of an argument's bounds gets, worded as its validation words it; null when within. */
export function outOfBounds(argument: string, value: number, bounds: Bounds): GraphQLError | null {
  return value < bounds.min || value > bounds.max ? badInput(`"${argument}" ${betweenMessage(bounds)}`, argument) : null;
}

/** Text whose length, once trimmed, is within bounds. */
export const textWithin = ({ min, max }: Bounds) =>
  z
    .string()
    .refine((text) => min < 1 || text.trim().length > 0, 'must not be blank')
    .refine((text) => !text.trim().length || (text.trim().length >= min && text.trim().length <= max), `must be ${min} to ${max} characters`)
    .nullish();
