import type { Redis } from 'ioredis';

/**
 * Where automatic persisted queries are kept when several instances serve the API: in Redis, so a
 * query registered through one instance is found by the next request on any other. Entries expire
 * (Apollo sets a TTL), so documents registered by anyone cannot pile up.
 */
export class RedisPersistedQueryCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const ttl = options?.ttl ?? 24 * 3600;
    await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.round(ttl)));
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}
