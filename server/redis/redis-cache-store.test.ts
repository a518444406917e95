import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCacheStore } from './redis-cache-store.ts';
import { connectRedis, type RedisConnection } from './redis-connection.ts';
import { startRedisServer, type RedisTestServer } from './redis-test-server.ts';

let redis: RedisTestServer;
let connection: RedisConnection;

beforeAll(async () => {
  redis = await startRedisServer();
  connection = connectRedis(redis.url, () => undefined);
  await connection.ready();
});

afterAll(async () => {
  await connection.close();
  await redis.stop();
});

describe('Redis cache store', () => {
  it('keeps body, content type and fetched-at, with an expiry on every entry', async () => {
    const store = createRedisCacheStore(connection.client);
    const body = new TextEncoder().encode('{"total_cost":3}');
    await store.set('https://up.test/a/', { body, contentType: 'application/json', fetchedAt: 123, freshMs: 60_000 }, 120_000);
    const stored = await store.get('https://up.test/a/');
    expect(stored).toEqual({ body, contentType: 'application/json', fetchedAt: 123, freshMs: 60_000 });
    const keys = await connection.client.keys('ibl-dashboard:cache:*');
    expect(keys).toEqual(['ibl-dashboard:cache:https://up.test/a/']);
    const ttl = await connection.client.pttl(keys[0] ?? '');
    expect(ttl).toBeGreaterThan(110_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  it('lets Redis drop an entry when its expiry passes', async () => {
    const store = createRedisCacheStore(connection.client);
    await store.set('short', { body: new Uint8Array([1]), contentType: null, fetchedAt: 1, freshMs: 10 }, 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.get('short')).toBeNull();
  });

  it('reads an absent or damaged entry as absent', async () => {
    const store = createRedisCacheStore(connection.client);
    expect(await store.get('never-set')).toBeNull();
    await connection.client.set('ibl-dashboard:cache:damaged', '{"body":42}');
    expect(await store.get('damaged')).toBeNull();
  });
});
