/**
 * Connection arguments and cursors. Cursors are opaque to clients (base64url JSON of a keyset
 * position); a malformed one is a typed input error. Page sizes are bounded in bounds.ts.
 */
import { badInput } from './input-error.js';

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, isValid: (value: unknown) => value is T, arg: string): T | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // Falls through to the error below.
  }
  throw badInput(`"${arg}" is not a cursor from this connection`, arg);
}

/** A page is read from one end: `first` and `last` together would leave one of them ignored. */
export function oneEnd<T extends { first?: number | null; last?: number | null }>(args: T): T {
  if (args.first !== null && args.first !== undefined && args.last !== null && args.last !== undefined) {
    throw badInput('give "first" (from the start) or "last" (from the end), not both', 'last');
  }
  return args;
}
