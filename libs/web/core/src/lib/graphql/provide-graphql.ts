import { inject, InjectionToken, Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { cacheTypePolicies } from './cache-type-policies';

/** Relative, so the web app talks to the API on its own origin (proxied in development). */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Links a feature puts in front of the HTTP link, in the order they are provided (`multi: true`): the
 * session adds its `Authorization` header and renews an expired token here. Core knows none of them.
 */
export const GRAPHQL_LINKS = new InjectionToken<readonly ApolloLink[]>('GRAPHQL_LINKS');

/** Apollo client for the Canopy API. Needs `provideHttpClient()` among the application providers. */
export function provideGraphql(): Provider {
  return provideApollo(() => ({
    link: ApolloLink.from([
      ...(inject(GRAPHQL_LINKS, { optional: true }) ?? []),
      inject(HttpLink).create({ uri: GRAPHQL_ENDPOINT }),
    ]),
    cache: new InMemoryCache({ typePolicies: cacheTypePolicies }),
  }));
}
