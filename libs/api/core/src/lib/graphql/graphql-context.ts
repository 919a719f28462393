import DataLoader, { BatchLoadFn } from 'dataloader';
import type { Request, Response } from 'express';
import type { ActorFacts } from '@canopy/domain';
import type { LazyActorFacts } from '../security/actor-facts';
import type { Principal } from '../security/principal';

/**
 * DataLoaders live for one request: each relation is fetched once per page, in one batch,
 * and nothing is cached across users.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: BatchLoadFn<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: LoaderRegistry;
  /** Looked up once per request, on first need. */
  principal?: Promise<Principal | null>;
  facts?: Promise<ActorFacts>;
  /** The actor's facts as the policy gathers them, contributor by contributor. */
  actor?: Promise<LazyActorFacts>;
}

/** Orders batch results like the keys DataLoader asked for, with null where nothing matched. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups batch results per key, keeping the order the rows came in. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  rows.forEach((row) => groups.get(keyOf(row))?.push(row));
  return keys.map((key) => groups.get(key) ?? []);
}
