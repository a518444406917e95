import { describe, expect, it } from 'vitest';
import { createRedisCacheStore } from './redis-cache-store.ts';
import { useRedisConnection } from './redis-test-connection.ts';

const redis = useRedisConnection();

describe('Redis cache store', () => {
  it('keeps body, content type and fetched-at, with an expiry on every entry', async () => {
    const store = createRedisCacheStore(redis.connection().client);
    const body = new TextEncoder().encode('{"total_cost":3}');
    await store.set('https://up.test/a/', { body, contentType: 'application/json', fetchedAt: 123, freshMs: 60_000 }, 120_000);
    const stored = await store.get('https://up.test/a/');
    expect(stored).toEqual({ body, contentType: 'application/json', fetchedAt: 123, freshMs: 60_000 });
    const keys = await redis.connection().client.keys('ibl-dashboard:cache:*');
    expect(keys).toEqual(['ibl-dashboard:cache:https://up.test/a/']);
    const ttl = await redis.connection().client.pttl(keys[0] ?? '');
    expect(ttl).toBeGreaterThan(110_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  it('lets Redis drop an entry when its expiry passes', async () => {
    const store = createRedisCacheStore(redis.connection().client);
    await store.set('short', { body: new Uint8Array([1]), contentType: null, fetchedAt: 1, freshMs: 10 }, 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.get('short')).toBeNull();
  });

  it('reads an absent or damaged entry as absent', async () => {
    const store = createRedisCacheStore(redis.connection().client);
    expect(await store.get('never-set')).toBeNull();
    await redis.connection().client.set('ibl-dashboard:cache:damaged', '{"body":42}');
    expect(await store.get('damaged')).toBeNull();
  });
});
