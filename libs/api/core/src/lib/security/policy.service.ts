import { Injectable } from '@nestjs/common';
import { Action, ActorFacts, ANONYMOUS, can, ResourceFacts } from '@canopy/domain';
import { forbidden, unauthenticated } from '../graphql/graphql-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { Principal } from './principal';
import { SecurityRegistry } from './security-registry';

/** Answers can(actor, action, resource) for a request; principal and facts are looked up once per request. */
@Injectable()
export class PolicyService {
  constructor(private readonly registry: SecurityRegistry) {}

  principal(context: GraphQLContext): Promise<Principal | null> {
    context.principal ??= this.registry.authenticator(context.req);
    return context.principal;
  }

  /**
   * From here on the request acts as a session it has just opened (login, refresh), so the answer
   * may show the person their own private fields.
   */
  actAs(context: GraphQLContext, principal: Principal): void {
    context.principal = Promise.resolve(principal);
    context.facts = undefined;
  }

  facts(context: GraphQLContext): Promise<ActorFacts> {
    context.facts ??= this.loadFacts(context);
    return context.facts;
  }

  async can(context: GraphQLContext, action: Action, resource: ResourceFacts = {}): Promise<boolean> {
    return can(await this.facts(context), action, await this.registry.expand(resource));
  }

  /** Throws UNAUTHENTICATED for someone not signed in, FORBIDDEN otherwise, and tells the listeners. */
  async assert(context: GraphQLContext, action: Action, given: ResourceFacts = {}): Promise<Principal> {
    const facts = await this.facts(context);
    const resource = await this.registry.expand(given);
    const principal = await this.principal(context);
    if (can(facts, action, resource) && principal) return principal;
    if (can(facts, action, resource) && !principal) throw unauthenticated();
    this.registry.denialListeners.forEach((listener) =>
      listener({ userId: facts.userId, action, resource, ip: context.req.ip }),
    );
    throw principal ? forbidden() : unauthenticated();
  }

  /** The signed-in principal, or UNAUTHENTICATED. */
  async requirePrincipal(context: GraphQLContext): Promise<Principal> {
    const principal = await this.principal(context);
    if (!principal) throw unauthenticated();
    return principal;
  }

  private async loadFacts(context: GraphQLContext): Promise<ActorFacts> {
    const principal = await this.principal(context);
    if (!principal) return ANONYMOUS;
    const facts: ActorFacts = { ...ANONYMOUS, userId: principal.userId };
    // Contributors fill disjoint parts of the facts, so they may run together.
    await Promise.all(
      this.registry.contributors.map((contribute) => contribute(principal.userId, facts, principal)),
    );
    return facts;
  }
}
