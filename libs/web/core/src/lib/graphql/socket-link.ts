import { ApolloLink } from '@apollo/client';
import { from, mergeMap, Observable } from 'rxjs';

/** The access token a subscription's socket presents, or null for an anonymous one. */
export type SocketToken = () => Promise<string | null>;

/** `ws:` or `wss:` URL of the API's GraphQL endpoint on this page's origin. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * Subscriptions over graphql-ws, loaded on the first subscription: pages that never subscribe do not
 * download the client. The socket opens while a subscription runs and closes soon after the last one,
 * presenting the person's token (when signed in) each time it connects.
 */
export function socketLink(url: () => string, token: SocketToken): ApolloLink {
  let loaded: Promise<ApolloLink> | null = null;
  const load = async (): Promise<ApolloLink> => {
    const [{ createClient }, { GraphQLWsLink }] = await Promise.all([
      // The client entry: the package's root also exports the server (parse, validate, execute).
      import('graphql-ws/client'),
      import('@apollo/client/link/subscriptions'),
    ]);
    const client = createClient({
      url: url(),
      lazy: true,
      lazyCloseTimeout: 3_000,
      // A ping now and then keeps proxies from closing a socket that is quiet between votes.
      keepAlive: 10_000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      connectionParams: async () => {
        const current = await token();
        return current ? { authorization: `Bearer ${current}` } : {};
      },
    });
    return new GraphQLWsLink(client);
  };
  return new ApolloLink((operation, forward): Observable<ApolloLink.Result> =>
    from((loaded ??= load())).pipe(mergeMap((link) => link.request(operation, forward))),
  );
}
