/**
 * Errors a client can act on. They pass through yoga's masking with a code in `extensions`;
 * anything else is masked as "Unexpected error.".
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
} as const;

/** Bad input: names the argument or field at fault, so a client can point at it. */
export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}
