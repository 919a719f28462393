import { Redis } from 'ioredis';
import { AttemptStore, MemoryAttemptStore, RateLimiter, RedisAttemptStore } from '@canopy/api/core';

/** The store the API would use here: Redis when REDIS_URL is set (shared by every instance), else memory. */
function configuredStore(): { store: AttemptStore; kind: string; close: () => Promise<void> } {
  const url = process.env['REDIS_URL'];
  if (!url) return { store: new MemoryAttemptStore(), kind: 'memory', close: async () => undefined };
  const redis = new Redis(url);
  return {
    store: new RedisAttemptStore(redis, `canopy-test-${process.pid}-${Date.now()}:`),
    kind: 'redis',
    close: async () => void (await redis.quit()),
  };
}

describe('rate limits', () => {
  const { store, kind, close } = configuredStore();
  const limiter = new RateLimiter(store);
  const key = `test:${kind}:${Date.now()}`;

  afterAll(close);

  it(`allow up to the limit and then say when to retry (${kind} store)`, async () => {
    const limit = { key, limit: { limit: 3, windowSeconds: 60 } };
    for (let i = 0; i < 3; i++) await expect(limiter.consume([limit])).resolves.toBeUndefined();
    await expect(limiter.consume([limit])).rejects.toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
    });
    await limiter.reset(key);
    await expect(limiter.consume([limit])).resolves.toBeUndefined();
  });

  it(`count each key on its own (${kind} store)`, async () => {
    const a = { key: `${key}:a`, limit: { limit: 1, windowSeconds: 60 } };
    const b = { key: `${key}:b`, limit: { limit: 1, windowSeconds: 60 } };
    await limiter.consume([a]);
    await expect(limiter.consume([b])).resolves.toBeUndefined();
    await expect(limiter.consume([a])).rejects.toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
  });
});
