import { Injectable } from '@nestjs/common';
import type { Authenticator, DenialListener, FactsContributor } from './principal';

/**
 * Where features plug into the one policy layer without the core knowing them: identity registers how
 * requests authenticate, features add the facts they own (organization roles, assembly roles), and the
 * audit feature listens for denials.
 */
@Injectable()
export class SecurityRegistry {
  authenticator: Authenticator = async () => null;
  readonly contributors: FactsContributor[] = [];
  readonly denialListeners: DenialListener[] = [];

  setAuthenticator(authenticator: Authenticator): void {
    this.authenticator = authenticator;
  }

  addFactsContributor(contributor: FactsContributor): void {
    this.contributors.push(contributor);
  }

  onDenied(listener: DenialListener): void {
    this.denialListeners.push(listener);
  }
}
