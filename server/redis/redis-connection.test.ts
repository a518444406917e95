import { afterEach, describe, expect, it } from 'vitest';
import { createResponseCache } from '../cache/response-cache.ts';
import { createRedisCacheStore } from './redis-cache-store.ts';
import { connectRedis, type RedisConnection } from './redis-connection.ts';
import { startRedisServer, type RedisTestServer } from './redis-test-server.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ redis: RedisTestServer; connection: RedisConnection; lines: string[] }> {
  const redis = await startRedisServer();
  cleanups.push(() => redis.stop());
  const lines: string[] = [];
  const connection = connectRedis(redis.url, (line) => lines.push(line), { maxReconnectDelayMs: 100 });
  cleanups.push(() => connection.close());
  await connection.ready();
  return { redis, connection, lines };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work().catch(() => undefined);
  return performance.now() - started;
}

describe('Redis connection', () => {
  it('fails commands at once while Redis is gone, says so once, and once again when it is back', async () => {
    const { redis, connection, lines } = await setup();
    expect(lines).toEqual([]);
    await redis.stop();
    await expect.poll(() => connection.available).toBe(false);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(connection.client.get('any')).rejects.toThrow();
      expect(await elapsed(() => connection.client.get('any'))).toBeLessThan(50);
    }
    await pause(600); // several reconnection attempts fail meanwhile
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Redis unavailable \([\w ]+\): /);

    await redis.start();
    await connection.ready();
    expect(await connection.client.set('k', 'v')).toBe('OK');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('Redis is back: cache and sessions are shared again.');
  });

  it('says once that Redis is unavailable when it is not there at start, and keeps trying', async () => {
    const lines: string[] = [];
    const redis = await startRedisServer();
    await redis.stop();
    const connection = connectRedis(redis.url, (line) => lines.push(line), { maxReconnectDelayMs: 100 });
    cleanups.push(() => connection.close());
    await expect.poll(() => lines.length).toBe(1);
    expect(await elapsed(() => connection.client.get('any'))).toBeLessThan(50);
    await pause(400);
    expect(lines).toHaveLength(1);
    await redis.start();
    cleanups.push(() => redis.stop());
    await connection.ready();
    expect(lines).toEqual([expect.stringMatching(/^Redis unavailable/), 'Redis is back: cache and sessions are shared again.']);
  });

  it('leaves the cache answering from the upstream, without waiting, while Redis is gone', async () => {
    const { redis, connection } = await setup();
    let calls = 0;
    const cache = createResponseCache({ settings: { todaySeconds: 60, pastSeconds: 600 }, store: createRedisCacheStore(connection.client) });
    const ask = () =>
      cache.answer({
        key: 'k',
        freshness: 'today',
        bypass: false,
        fetch: () => {
          calls += 1;
          return Promise.resolve({ response: Response.json({ call: calls }) });
        },
      });
    expect((await ask()).cache).toBe('miss');
    expect((await ask()).cache).toBe('hit');
    await redis.stop();
    await expect.poll(() => connection.available).toBe(false);
    const started = performance.now();
    const during = await ask();
    // Well under the 500 ms command timeout: the command failed at once instead of waiting in a queue.
    expect(performance.now() - started).toBeLessThan(250);
    expect(during.cache).toBe('miss');
    expect(await during.response.json()).toEqual({ call: 2 });
  });
});
