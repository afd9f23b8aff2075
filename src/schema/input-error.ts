/** The error for bad input: BAD_USER_INPUT, naming the argument or field at fault so a client can point at it. */
import { GraphQLError } from 'graphql';

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}
