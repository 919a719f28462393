import { inject, InjectionToken, Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { OperationTypeNode } from 'graphql';
import { cacheTypePolicies } from './cache-type-policies';
import { persistedQueriesLink } from './persisted-queries';
import { socketLink, SocketToken, socketUrl } from './socket-link';

/** Relative, so the web app talks to the API on its own origin (proxied in development). */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Links a feature puts in front of the HTTP link, in the order they are provided (`multi: true`): the
 * session adds its `Authorization` header and renews an expired token here. Core knows none of them.
 */
export const GRAPHQL_LINKS = new InjectionToken<readonly ApolloLink[]>('GRAPHQL_LINKS');

/** The token subscriptions present when their socket connects (the session provides it). */
export const GRAPHQL_SOCKET_TOKEN = new InjectionToken<SocketToken>('GRAPHQL_SOCKET_TOKEN');

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
}

/**
 * Apollo client for the Canopy API: queries and mutations over HTTP (through the features' links, then
 * as automatic persisted queries), subscriptions over graphql-ws on the same origin. Needs
 * `provideHttpClient()` among the providers.
 */
export function provideGraphql(): Provider {
  return provideApollo(() => {
    const token = inject(GRAPHQL_SOCKET_TOKEN, { optional: true }) ?? (async () => null);
    const persisted = persistedQueriesLink();
    const http = ApolloLink.from([
      ...(inject(GRAPHQL_LINKS, { optional: true }) ?? []),
      ...(persisted ? [persisted] : []),
      inject(HttpLink).create({ uri: GRAPHQL_ENDPOINT }),
    ]);
    return {
      link: ApolloLink.split(
        isSubscription,
        socketLink(() => socketUrl(location, GRAPHQL_ENDPOINT), token),
        http,
      ),
      cache: new InMemoryCache({ typePolicies: cacheTypePolicies }),
    };
  });
}
