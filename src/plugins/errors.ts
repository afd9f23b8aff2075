/**
 * What a client sees when something fails. Errors the API raises on purpose (bad input,
 * authentication, limits) pass with their code; database failures become DATABASE_UNAVAILABLE or
 * TIMEOUT; anything else is masked as "Unexpected error." and logged, with the request id a client
 * can quote to an operator. No stack trace, Cypher text or driver internals ever reach a client.
 */
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { bookmarkRefused } from './bookmarks.js';

/** The codes a client can handle, in `errors[].extensions.code`. The README lists them. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'An argument is invalid; `extensions.field` names it.',
  BAD_REQUEST: 'The HTTP request is not one the server takes: not GraphQL, or a bookmark header it did not issue.',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not fit the schema (unknown field, wrong variable type, …).',
  QUERY_TOO_COMPLEX: 'The query exceeds a limit: depth, cost, aliases, directives, tokens or batch size.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the server accepts.',
  UNAUTHENTICATED: 'No valid token: missing where one is required, or malformed, expired, or unknown.',
  FORBIDDEN: 'The token’s role does not allow this.',
  RATE_LIMITED: 'Too many requests for the caller’s quota (HTTP 429); retry after `Retry-After` seconds.',
  TIMEOUT: 'The request took too long and was cancelled. A mutation’s outcome is then unknown: retry it with its idempotency key.',
  DATABASE_UNAVAILABLE: 'Neo4j cannot be reached; retry shortly.',
  INTERNAL_SERVER_ERROR: 'Something unexpected failed; the server log has it under the request id.',
} as const;

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  // A server that has not caught up with a client's bookmark in time.
  'Neo.TransientError.Transaction.BookmarkTimeout',
]);
/** A bookmark the client sent back that Neo4j does not know: the client's mistake, not ours. */
const BAD_BOOKMARK = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);

function neo4jCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** The error thrown where it happened, beneath graphql-js's wrapping. */
function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** Raised as a GraphQLError all the way down: on purpose, with a message meant for clients. */
function raisedOnPurpose(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && (!error.originalError || raisedOnPurpose(error.originalError));
}

export function isTimeout(error: unknown): boolean {
  const code = neo4jCode(error);
  return (
    code.includes('TransactionTimedOut') ||
    code === 'Neo.ClientError.Transaction.LockClientStopped' ||
    code.endsWith('Transaction.Terminated') ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  );
}

/** The function yoga masks errors with. */
export function maskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const located = error instanceof GraphQLError ? error : null;
    const original = originalOf(error);
    if (raisedOnPurpose(error)) {
      // Pothos rejects malformed arguments (a global id that is not one) without a code: it is bad input.
      if (original instanceof GraphQLError && original.name === 'PothosValidationError' && !error.extensions.code) {
        return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { code: 'BAD_USER_INPUT' } });
      }
      return error;
    }
    const rebuild = (text: string, code: keyof typeof ERROR_CODES, status?: number) =>
      new GraphQLError(text, {
        nodes: located?.nodes,
        path: located?.path,
        extensions: { code, ...(status ? { http: { status } } : {}) },
      });
    if (BAD_BOOKMARK.has(neo4jCode(original))) {
      logger.warn({ err: original }, 'bookmark refused by Neo4j');
      const refused = bookmarkRefused();
      return new GraphQLError(refused.message, { nodes: located?.nodes, path: located?.path, extensions: refused.extensions });
    }
    if (UNAVAILABLE.has(neo4jCode(original))) {
      logger.warn({ err: original }, 'database unavailable');
      return rebuild('The database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE');
    }
    if (isTimeout(original)) {
      logger.warn({ err: original }, 'request timed out');
      return rebuild('The request took too long and was cancelled.', 'TIMEOUT');
    }
    logger.error({ err: original }, 'unexpected error');
    return rebuild(message, 'INTERNAL_SERVER_ERROR');
  };
}
