import type { ApolloLink } from '@apollo/client';

/** True when the API refused an operation because its access token is missing, expired or revoked. */
export function isUnauthenticated(result: ApolloLink.Result): boolean {
  const errors = 'errors' in result ? result.errors : undefined;
  return !!errors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');
}
