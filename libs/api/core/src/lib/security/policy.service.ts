import { Injectable } from '@nestjs/common';
import { Action, ActorFacts, ANONYMOUS, can, ResourceFacts } from '@canopy/domain';
import { forbidden, unauthenticated } from '../graphql/graphql-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { LazyActorFacts } from './actor-facts';
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
    context.actor = undefined;
  }

  /** Everything known of the actor (every feature asked), for code that reads facts itself. */
  facts(context: GraphQLContext): Promise<ActorFacts> {
    context.facts ??= this.actor(context).then((actor) => actor.all());
    return context.facts;
  }

  /** One fact about the actor, gathering only what it needs (their verification level, say). */
  async fact<K extends keyof ActorFacts>(context: GraphQLContext, key: K): Promise<ActorFacts[K]> {
    return (await this.actor(context)).read(key);
  }

  async can(context: GraphQLContext, action: Action, resource: ResourceFacts = {}): Promise<boolean> {
    const expanded = await this.registry.expand(resource);
    return (await this.actor(context)).decide((facts) => can(facts, action, expanded));
  }

  /** Throws UNAUTHENTICATED for someone not signed in, FORBIDDEN otherwise, and tells the listeners. */
  async assert(context: GraphQLContext, action: Action, given: ResourceFacts = {}): Promise<Principal> {
    const resource = await this.registry.expand(given);
    const principal = await this.principal(context);
    const allowed = await (await this.actor(context)).decide((facts) => can(facts, action, resource));
    if (allowed && principal) return principal;
    if (allowed && !principal) throw unauthenticated();
    this.registry.denialListeners.forEach((listener) =>
      listener({ userId: principal?.userId ?? null, action, resource, ip: context.req.ip }),
    );
    throw principal ? forbidden() : unauthenticated();
  }

  /** The signed-in principal, or UNAUTHENTICATED. */
  async requirePrincipal(context: GraphQLContext): Promise<Principal> {
    const principal = await this.principal(context);
    if (!principal) throw unauthenticated();
    return principal;
  }

  /** The request's actor, its facts gathered as decisions need them. */
  private actor(context: GraphQLContext): Promise<LazyActorFacts> {
    context.actor ??= this.principal(context).then(
      (principal) =>
        new LazyActorFacts(
          principal ? { ...ANONYMOUS, userId: principal.userId } : ANONYMOUS,
          this.registry.contributors,
          principal,
        ),
    );
    return context.actor;
  }
}
