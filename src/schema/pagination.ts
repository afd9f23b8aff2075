/**
 * Connection arguments and cursors. Cursors are opaque to clients (base64url JSON of a keyset
 * position); a malformed one, or a page size past the limit, is a typed input error.
 */
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

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

/** Rejects page sizes the connection will not serve, rather than silently truncating them. */
export function checkPageSize(args: { first?: number | null; last?: number | null }): void {
  for (const arg of ['first', 'last'] as const) {
    const value = args[arg];
    if (value !== null && value !== undefined && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`"${arg}" must be between 0 and ${MAX_PAGE_SIZE}`, arg);
    }
  }
}
