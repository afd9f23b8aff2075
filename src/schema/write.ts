/**
 * How every mutation writes: one managed transaction (retried on transient errors, so the work is
 * idempotent), under an optional idempotency key, with the caller recorded in the audit trail.
 * Import-format problems become a ValidationError naming GraphQL input fields.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { InvalidInput } from '../errors.js';
import type { Audit } from '../graph/import.js';
import { idempotent } from '../graph/writes.js';
import { ImportRejected } from '../import/parse.js';
import { actorOf, type Context } from './builder.js';

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

/** A slug from a name: "Nikol Pashinyan" → "nikol-pashinyan". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
