import { Injectable } from '@nestjs/common';
import type { ResourceFacts } from '@canopy/domain';
import type { Authenticator, DenialListener, FactsContributor, ResourceExpander } from './principal';

const REMEMBERED_EXPANSIONS = 10_000;

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
  private readonly expanders = new Map<keyof ResourceFacts, ResourceExpander>();

  setAuthenticator(authenticator: Authenticator): void {
    this.authenticator = authenticator;
  }

  addFactsContributor(contributor: FactsContributor): void {
    this.contributors.push(contributor);
  }

  onDenied(listener: DenialListener): void {
    this.denialListeners.push(listener);
  }

  /**
   * Teaches the policy what a resource id implies (a proposal → its organization and edition, an edition
   * → its assembly). Such facts never change, so each answer is remembered (a bounded number of them).
   */
  addResourceExpander(key: keyof ResourceFacts, expander: ResourceExpander): void {
    const remembered = new Map<string, ResourceFacts>();
    this.expanders.set(key, async (id) => {
      const hit = remembered.get(id);
      if (hit) return hit;
      const facts = await expander(id);
      // Unknown ids are asked again: the row may exist by the next request.
      if (Object.keys(facts).length) {
        if (remembered.size >= REMEMBERED_EXPANSIONS) remembered.clear();
        remembered.set(id, facts);
      }
      return facts;
    });
  }

  /**
   * The resource with what its ids imply filled in, following chains (proposal → edition → assembly);
   * facts the caller named stay as they were.
   */
  async expand(resource: ResourceFacts): Promise<ResourceFacts> {
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
