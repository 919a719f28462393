import {
  EnvironmentProviders,
  inject,
  Injector,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { GRAPHQL_LINKS, GRAPHQL_SOCKET_TOKEN } from '@canopy/web/core';
import { sessionLink } from './session-link';
import { SessionService } from './session.service';

/**
 * Puts the session in front of the GraphQL client and starts restoring it from the refresh cookie.
 * Start-up does not wait for it: public pages render at once, and guards wait where it matters.
 */
export function provideSession(): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: GRAPHQL_LINKS,
      multi: true,
      useFactory: () => {
        const injector = inject(Injector);
        // Looked up on first use: the session service itself needs the Apollo client this link is part of.
        return sessionLink(() => injector.get(SessionService));
      },
    },
    {
      // Subscriptions connect with the token of the moment, renewed first when about to run out.
      provide: GRAPHQL_SOCKET_TOKEN,
      useFactory: () => {
        const injector = inject(Injector);
        return () => injector.get(SessionService).validToken();
      },
    },
    provideAppInitializer(() => {
      void inject(SessionService).restore();
    }),
  ]);
}
