import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { from, mergeMap, Observable, of } from 'rxjs';
import { isUnauthenticated } from './unauthenticated-result';

/** What the link needs of the session (the `SessionService`). */
export interface SessionTokens {
  /** The token to send now, renewed first when about to run out; null when signed out. */
  validToken(): Promise<string | null>;
  /** A fresh token in place of `stale`; null (and signed out) when the session has ended. */
  renew(stale: string | null): Promise<string | null>;
  /** While the session is being restored from the refresh cookie, the token it ends with; else null. */
  restored(): Promise<string | null> | null;
}

/** Operations that manage the session themselves: they never wait for, nor trigger, a renewal. */
const SESSION_OPERATIONS = new Set(['Login', 'RefreshSession']);

function withToken(operation: ApolloLink.Operation, token: string | null): ApolloLink.Operation {
  if (token) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, Authorization: `Bearer ${token}` },
    }));
  }
  return operation;
}

/**
 * Sends `Authorization: Bearer <token>` while signed in. When the API answers UNAUTHENTICATED to a
 * request that carried a token (it expired, or the session was ended elsewhere), the session is renewed
 * once through the refresh cookie and the request sent again; if renewal fails, the person is signed
 * out and the original answer stands. The session is looked up per request: it uses Apollo itself.
 */
export function sessionLink(session: () => SessionTokens): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return forward(operation);
    const tokens = session();
    const restoring = tokens.restored();
    return from(tokens.validToken()).pipe(
      mergeMap((token): Observable<ApolloLink.Result> => {
        const sent = forward(withToken(operation, token));
        if (!token && restoring && operation.operationType === OperationTypeNode.QUERY) {
          // Asked before the session was back: a signed-in person is asked again with their token. A
          // refetch would not do it, since Apollo joins a refetch to the same query still in flight.
          return sent.pipe(
            mergeMap((result) =>
              from(restoring).pipe(
                mergeMap((restored) => (restored ? forward(withToken(operation, restored)) : of(result))),
              ),
            ),
          );
        }
        if (!token) return sent;
        return sent.pipe(
          mergeMap((result) => {
            if (!isUnauthenticated(result)) return of(result);
            return from(tokens.renew(token)).pipe(
              mergeMap((fresh) => (fresh ? forward(withToken(operation, fresh)) : of(result))),
            );
          }),
        );
      }),
    );
  });
}
