import { Injectable } from '@nestjs/common';
import type { ActorFacts, ResourceFacts } from '@canopy/domain';
import type { ContributorEntry } from './actor-facts';
import { badUserInput } from '../graphql/graphql-errors';
import type { Authenticator, DenialListener, FactsContributor, ResourceExpander } from './principal';

const REMEMBERED_EXPANSIONS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where features plug into the one policy layer without the core knowing them: identity registers how
 * requests authenticate, features add the facts they own (organization roles, assembly roles), and the
 * audit feature listens for denials.
 */
@Injectable()
export class SecurityRegistry {
  authenticator: Authenticator = async () => null;
  readonly contributors: ContributorEntry[] = [];
  readonly denialListeners: DenialListener[] = [];
  private readonly expanders = new Map<keyof ResourceFacts, ResourceExpander>();

  setAuthenticator(authenticator: Authenticator): void {
    this.authenticator = authenticator;
  }

  /**
   * Adds what a feature knows of actors. Naming the facts it fills lets the policy ask it only for the
   * decisions that read them; without them it is asked on every request of a signed-in person.
   */
  addFactsContributor(contributor: FactsContributor, provides?: readonly (keyof ActorFacts)[]): void {
    this.contributors.push({ contribute: contributor, provides: provides ?? null });
  }

  onDenied(listener: DenialListener): void {
    this.denialListeners.push(listener);
  }

  /**
   * Teaches the policy what a resource id implies (a proposal → its organization and edition, an edition
   * → its assembly). Such facts never change, so each answer is remembered (a bounded number of them).
   */
  addResourceExpander(key: keyof ResourceFacts, expander: ResourceExpander): void {
    // Answers are remembered as they are asked, so the fields of a page asking at once share one lookup.
    const remembered = new Map<string, Promise<ResourceFacts>>();
    const forget = (id: string, asked: Promise<ResourceFacts>) => {
      if (remembered.get(id) === asked) remembered.delete(id);
    };
    this.expanders.set(key, (id) => {
      const hit = remembered.get(id);
      if (hit) return hit;
      const asked: Promise<ResourceFacts> = expander(id).then(
        (facts) => {
          // Unknown ids are asked again: the row may exist by the next request.
          if (!Object.keys(facts).length) forget(id, asked);
          return facts;
        },
        (error) => {
          forget(id, asked);
          throw error;
        },
      );
      if (remembered.size >= REMEMBERED_EXPANSIONS) remembered.clear();
      remembered.set(id, asked);
      return asked;
    });
  }

  /**
   * The resource with what its ids imply filled in, following chains (proposal → edition → assembly);
   * facts the caller named stay as they were.
   */
  async expand(resource: ResourceFacts): Promise<ResourceFacts> {
    // The policy runs before input validation: an id that cannot be one is refused here, unqueried.
    for (const key of this.expanders.keys()) {
      const id = resource[key];
      if (typeof id === 'string' && !UUID.test(id))
        throw badUserInput(key, 'must be an id this API gave out');
    }
    let facts: ResourceFacts = { ...resource };
    const applied = new Set<keyof ResourceFacts>();
    for (let progressed = true; progressed;) {
      progressed = false;
      for (const [key, expander] of this.expanders) {
        const id = facts[key];
        if (applied.has(key) || typeof id !== 'string') continue;
        applied.add(key);
        progressed = true;
        facts = { ...(await expander(id)), ...facts };
      }
    }
    return facts;
  }
}
