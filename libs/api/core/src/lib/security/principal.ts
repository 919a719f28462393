import type { Request } from 'express';
import type { ActorFacts, ResourceFacts } from '@canopy/domain';

/** Who a request acts as, once its access token has been checked. */
export interface Principal {
  userId: string;
  sessionId: string;
  /**
   * Facts the authenticator learned from the rows it read to check the session (the account's own),
   * so the feature that contributes them need not read them again.
   */
  known?: Partial<ActorFacts>;
}

/** Finds the principal of a request (the identity feature registers the real one). */
export type Authenticator = (req: Request) => Promise<Principal | null>;

/** Adds what one feature knows about an actor (memberships, roles) to their facts. */
export type FactsContributor = (userId: string, facts: ActorFacts, principal?: Principal) => Promise<void>;

export type DenialListener = (denial: {
  userId: string | null;
  action: string;
  resource: ResourceFacts;
  ip: string | undefined;
}) => void;

/** What an id implies for the policy: the assembly an edition belongs to, the organization of a proposal. */
export type ResourceExpander = (id: string) => Promise<ResourceFacts>;
