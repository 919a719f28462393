import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { CanopyConfig } from '../config/canopy-config';
import { tooManyRequests } from '../graphql/graphql-errors';

export interface RateLimit {
  /** Attempts allowed within the window. */
  limit: number;
  windowSeconds: number;
}

/** Counts attempts per key in a fixed window; where the counts live is the store's business. */
export interface AttemptStore {
  /** Adds one attempt and returns the count in the current window and the seconds it has left. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; secondsLeft: number }>;
  reset(key: string): Promise<void>;
}

export class MemoryAttemptStore implements AttemptStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowSeconds: number) {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
      if (this.windows.size > 100_000) this.sweep(now);
    }
    window.count += 1;
    return { count: window.count, secondsLeft: Math.ceil((window.endsAt - now) / 1000) };
  }

  async reset(key: string) {
    this.windows.delete(key);
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/** Shared by every API instance: INCR and the window's expiry in one atomic script. */
export class RedisAttemptStore implements AttemptStore, OnApplicationShutdown {
  private static readonly SCRIPT = `
    local count = redis.call('INCR', KEYS[1])
    if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
    return { count, redis.call('TTL', KEYS[1]) }`;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(key: string, windowSeconds: number) {
    const [count, ttl] = (await this.redis.eval(
      RedisAttemptStore.SCRIPT,
      1,
      `${this.prefix}rate:${key}`,
      windowSeconds,
    )) as [number, number];
    return { count, secondsLeft: Math.max(1, ttl) };
  }

  async reset(key: string) {
    await this.redis.del(`${this.prefix}rate:${key}`);
  }

  async onApplicationShutdown() {
    await this.redis.quit();
  }
}

const ATTEMPT_STORE = Symbol('AttemptStore');

@Injectable()
export class RateLimiter {
  constructor(@Inject(ATTEMPT_STORE) private readonly store: AttemptStore) {}

  /** Counts one attempt against each key; throws TOO_MANY_REQUESTS (with when to retry) past a limit. */
  async consume(limits: { key: string; limit: RateLimit }[]): Promise<void> {
    for (const { key, limit } of limits) {
      const { count, secondsLeft } = await this.store.hit(key, limit.windowSeconds);
      if (count > limit.limit) throw tooManyRequests(secondsLeft);
    }
  }

  reset(key: string): Promise<void> {
    return this.store.reset(key);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: ATTEMPT_STORE,
      inject: [CanopyConfig],
      useFactory: (config: CanopyConfig): AttemptStore =>
        config.REDIS_URL
          ? new RedisAttemptStore(
              new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: true }),
              config.REDIS_KEY_PREFIX,
            )
          : new MemoryAttemptStore(),
    },
    RateLimiter,
  ],
  exports: [RateLimiter],
})
export class RateLimitModule {}
