import type { ActorFacts } from '@canopy/domain';
import type { FactsContributor, Principal } from './principal';

/** A feature's contributor of facts, and the facts it fills (null: unknown, so always asked). */
export interface ContributorEntry {
  contribute: FactsContributor;
  provides: readonly (keyof ActorFacts)[] | null;
}

class MissingFacts {
  constructor(readonly entry: ContributorEntry) {}
}

/**
 * One request's facts about its actor, gathered as the policy needs them: a contributor that says which
 * facts it fills is asked only when a rule reads one of them. Casting a vote needs only what the
 * session's own row tells; moderating asks for assembly roles, and so on.
 */
export class LazyActorFacts {
  private readonly loaded = new Map<ContributorEntry, Promise<void>>();
  /** Contributors that have finished: what they fill may be read. */
  private readonly done = new Set<ContributorEntry>();
  private readonly providers = new Map<keyof ActorFacts, ContributorEntry>();

  constructor(
    readonly facts: ActorFacts,
    private readonly entries: readonly ContributorEntry[],
    private readonly principal: Principal | null,
  ) {
    for (const entry of entries) entry.provides?.forEach((key) => this.providers.set(key, entry));
    // Contributors that do not say what they fill are asked at once, as before.
    if (principal) entries.filter((entry) => !entry.provides).forEach((entry) => void this.load(entry));
  }

  /** Every contributor asked: the whole picture, for code that reads facts itself. */
  async all(): Promise<ActorFacts> {
    if (this.principal) await Promise.all(this.entries.map((entry) => this.load(entry)));
    return this.facts;
  }

  /** One fact, asking only the contributor that fills it. */
  read<K extends keyof ActorFacts>(key: K): Promise<ActorFacts[K]> {
    return this.decide((facts) => facts[key]);
  }

  /** Runs a pure decision over the facts, asking the contributors of each fact it reads first. */
  async decide<T>(rule: (facts: ActorFacts) => T): Promise<T> {
    await Promise.all(this.loaded.values());
    for (;;) {
      const view = new Proxy(this.facts, {
        get: (target, key) => {
          const entry = this.providers.get(key as keyof ActorFacts);
          if (entry && this.principal && !this.done.has(entry)) throw new MissingFacts(entry);
          return target[key as keyof ActorFacts];
        },
      });
      try {
        return rule(view);
      } catch (error) {
        if (!(error instanceof MissingFacts)) throw error;
        await this.load(error.entry);
      }
    }
  }

  private load(entry: ContributorEntry): Promise<void> {
    let loading = this.loaded.get(entry);
    if (!loading && this.principal) {
      loading = entry
        .contribute(this.principal.userId, this.facts, this.principal)
        .then(() => void this.done.add(entry));
      this.loaded.set(entry, loading);
    }
    return loading ?? Promise.resolve();
  }
}
