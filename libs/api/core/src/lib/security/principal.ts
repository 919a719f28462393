import type { Request } from 'express';
import type { ActorFacts, ResourceFacts } from '@canopy/domain';

/** Who a request acts as, once its access token has been checked. */
export interface Principal {
  userId: string;
  sessionId: string;
}

/** Finds the principal of a request (the identity feature registers the real one). */
export type Authenticator = (req: Request) => Promise<Principal | null>;

/** Adds what one feature knows about an actor (memberships, roles) to their facts. */
export type FactsContributor = (userId: string, facts: ActorFacts) => Promise<void>;

export type DenialListener = (denial: {
  userId: string | null;
  action: string;
  resource: ResourceFacts;
  ip: string | undefined;
}) => void;

/** What an id implies for the policy: the assembly an edition belongs to, the organization of a proposal. */
export type ResourceExpander = (id: string) => Promise<ResourceFacts>;
