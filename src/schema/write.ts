/**
 * What every mutation shares: one managed transaction (retried on transient errors, so the work is
 * idempotent) under an optional idempotency key, with the caller recorded in the audit trail; the
 * idempotency-key argument; the `{ thing, outcome }` payload; a patch applied to what is stored.
 * Import-format problems become a ValidationError naming GraphQL input fields.
 */
import type { TypeParam } from '@pothos/core';
import type { ManagedTransaction } from 'neo4j-driver';
import { InvalidInput } from '../errors.js';
import type { Audit } from '../graph/audit.js';
import type { Outcome } from '../graph/import-report.js';
import { idempotent } from '../graph/writes.js';
import { applyDocument, type ImportResult } from '../import/index.js';
import { ImportRejected, shapeDocument } from '../model/parse.js';
import { FORMAT } from '../model/format.js';
import { actorOf, builder, type Context, type Types } from './builder.js';
import { WriteOutcomeEnum } from './enums.js';

export async function write<T>(
  context: Context,
  operation: string,
  idempotencyKey: string | null | undefined,
  work: (tx: ManagedTransaction, audit: Audit) => Promise<T>,
): Promise<T> {
  const audit = { actor: actorOf(context), operation };
  try {
    return await context.db.writeTransaction((tx) => idempotent(tx, idempotencyKey, operation, audit, () => work(tx, audit)));
  } catch (error) {
    if (error instanceof ImportRejected) throw asInvalidInput(error);
    throw error;
  }
}

/** `entities[0].citations[1].quote` in the import format is `input.citations[1].quote` here. */
export function asInvalidInput(error: ImportRejected, prefix = 'input'): InvalidInput {
  return new InvalidInput(
    error.problems.map((problem) => ({
      field: problem.path.replace(/^(entities|relationships|sources)\[0\]/, prefix) || prefix,
      message: problem.message === 'unknown field (a typo?)' ? 'does not apply here' : problem.message,
    })),
  );
}

export type WriteOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

/** The importer's outcome of an item, as the API names it. */
export const outcomeOf = (outcome: Outcome | undefined): WriteOutcome => (outcome ?? 'unchanged').toUpperCase() as WriteOutcome;

export const idempotencyKeyArg = (t: PothosSchemaTypes.MutationFieldBuilder<Types, Types['Root']>) =>
  t.arg.string({ description: 'Makes a retried call safe: the second call with a key returns the first one’s result.' });

/**
 * The payload of a mutation that writes one thing: the thing as it now is (loaded by its id through
 * `type`'s loader) and whether it was created, changed or already so.
 */
export function writePayload(name: string, { field, type, noun }: { field: string; type: TypeParam<Types>; noun: string }) {
  return builder.objectRef<{ id: string; outcome: WriteOutcome }>(name).implement({
    description: `The ${noun} written.`,
    fields: (t) => ({
      // A loadable type takes the id and loads the thing as it now is.
      [field]: t.field({ type, description: `The ${noun}, as it now is.`, resolve: (p) => p.id as never }),
      outcome: t.field({ type: WriteOutcomeEnum, description: 'Whether it was created, changed or already so.', resolve: (p) => p.outcome }),
    }),
  });
}

/**
 * A patch applied to an item as stored (in the import format): a field left out stays, a field set
 * to null is cleared, and `addCitations` are added to the citations it has.
 */
export function applyPatch(base: Record<string, unknown>, patch: Record<string, unknown>, addCitations: readonly unknown[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  merged.citations = [...((base.citations as unknown[] | undefined) ?? []), ...addCitations];
  return merged;
}

/**
 * Validates and writes the items of one mutation (an entity, a relationship, a source) as an import
 * would, except that each is written whole: what it leaves out is removed (a patch was applied to
 * what is stored), where an import only adds.
 */
export function applyItems(
  tx: ManagedTransaction,
  items: { entities?: unknown[]; relationships?: unknown[]; sources?: unknown[] },
  audit: Audit,
): Promise<ImportResult> {
  return applyDocument(tx, shapeDocument({ format: FORMAT, ...items }), () => undefined, audit, { mode: 'replace' });
}
