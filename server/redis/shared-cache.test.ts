import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { COST_PATH, proxyConfig, recordingFetch } from '../test-support.ts';
import { listen, type Listening } from './loopback-instances.ts';
import { connectRedis, type RedisConnection } from './redis-connection.ts';
import { startRedisServer, type RedisTestServer } from './redis-test-server.ts';

// Two instances on loopback, one real Redis: an answer fetched through one is served by the
// other, and the dashboard keeps answering while Redis is gone.

interface Instance extends Listening {
  lines: string[];
  connection: RedisConnection;
}

let redis: RedisTestServer;
const instances: Instance[] = [];
const upstream = recordingFetch((url) => Response.json({ total_cost: 3, url }));

beforeAll(async () => {
  redis = await startRedisServer();
  for (let index = 0; index < 2; index += 1) {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const connection = connectRedis(redis.url, log, { maxReconnectDelayMs: 100 });
    await connection.ready();
    const app = createApp({ config: proxyConfig({ REDIS_URL: redis.url }), fetchUpstream: upstream.fetchUpstream, log, redis: connection });
    instances.push({ ...(await listen(app)), lines, connection });
  }
});

afterAll(async () => {
  for (const instance of instances) {
    await instance.close();
    await instance.connection.close();
  }
  await redis.stop();
});

const get = (instance: Instance | undefined, path: string) => fetch(`${instance?.url ?? ''}${path}`);
const [first, second] = [() => instances[0], () => instances[1]];

describe('the response cache shared through Redis', () => {
  it('serves on one instance what the other fetched', async () => {
    const path = `${COST_PATH}?start_date=2026-02-01&end_date=2026-02-28`;
    const before = upstream.calls.length;
    expect((await get(first(), path)).headers.get('x-cache')).toBe('miss');
    const other = await get(second(), path);
    expect(other.headers.get('x-cache')).toBe('hit');
    expect(await other.json()).toEqual({ total_cost: 3, url: expect.stringContaining('start_date=2026-02-01') });
    expect(upstream.calls.length - before).toBe(1);
    expect(second()?.lines.at(-1)).toMatch(/ 200 \d+ms cache:hit$/);
  });

  it('keeps both answering from the upstream while Redis is gone, says so once, and shares again once it is back', async () => {
    const path = `${COST_PATH}?start_date=2026-03-01&end_date=2026-03-31`;
    await redis.stop();
    await expect.poll(() => instances.every((instance) => !instance.connection.available)).toBe(true);
    const before = upstream.calls.length;
    for (let round = 0; round < 3; round += 1) {
      for (const instance of instances) {
        const started = performance.now();
        const answer = await get(instance, path);
        expect(performance.now() - started).toBeLessThan(500);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('x-cache')).toBe('miss');
      }
    }
    expect(upstream.calls.length - before).toBe(6);
    for (const instance of instances) {
      expect(instance.lines.filter((line) => line.startsWith('Redis unavailable'))).toHaveLength(1);
    }

    await redis.start();
    for (const instance of instances) await instance.connection.ready();
    for (const instance of instances) {
      expect(instance.lines.filter((line) => line.startsWith('Redis is back'))).toHaveLength(1);
    }
    expect((await get(first(), path)).headers.get('x-cache')).toBe('miss');
    expect((await get(second(), path)).headers.get('x-cache')).toBe('hit');
  });
});
