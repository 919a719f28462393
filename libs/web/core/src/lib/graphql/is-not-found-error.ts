import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

const NOT_FOUND_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

/** An id the API does not know, or cannot read, means "not found" to a reader rather than a failure. */
export function isNotFoundError(error: ErrorLike | undefined): boolean {
  if (!error || !CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((graphqlError) => NOT_FOUND_CODES.has(String(graphqlError.extensions?.['code'])));
}
