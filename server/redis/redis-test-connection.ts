import { afterAll, beforeAll } from 'vitest';
import { connectRedis, type RedisConnection } from './redis-connection.ts';
import { startRedisServer, type RedisTestServer } from './redis-test-server.ts';

/** Test support: a real redis-server for the file's tests, and one connection to it; both closed after. */
export function useRedisConnection(): { connection: () => RedisConnection; url: () => string } {
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
  return { connection: () => connection, url: () => redis.url };
}
