import { describe, expect, it } from 'vitest';
import type { Session } from '../auth/session-store.ts';
import { RedisSessionStore } from './redis-session-store.ts';
import { connectRedis } from './redis-connection.ts';
import { useRedisConnection } from './redis-test-connection.ts';

const redis = useRedisConnection();

function session(id: string): Session {
  return {
    id,
    subject: 'sub-alice',
    email: 'alice@school.example',
    emailVerified: true,
    name: 'Alice Example',
    groups: ['analytics-admins'],
    allowed: true,
    createdAt: 1_700_000_000_000,
    lastSeenAt: 1_700_000_100_000,
    idToken: 'header.payload.signature',
  };
}

describe('RedisSessionStore', () => {
  it('stores, reads and deletes a session, with its TTL, under a hash of its id', async () => {
    const store = new RedisSessionStore(redis.connection().client);
    await store.set(session('secret-session-id-1'), 3600);
    expect(await store.get('secret-session-id-1')).toEqual(session('secret-session-id-1'));
    const keys = await redis.connection().client.keys('ibl-dashboard:session:*');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('secret-session-id-1');
    const ttl = await redis.connection().client.ttl(keys[0] ?? '');
    expect(ttl).toBeGreaterThan(3590);
    expect(ttl).toBeLessThanOrEqual(3600);
    await store.delete('secret-session-id-1');
    expect(await store.get('secret-session-id-1')).toBeNull();
  });

  it('forgets a session when its TTL passes', async () => {
    const store = new RedisSessionStore(redis.connection().client);
    await store.set(session('short-lived'), 1);
    expect(await store.get('short-lived')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await store.get('short-lived')).toBeNull();
  });

  it('is shared: a session written through one connection is read through another', async () => {
    const other = connectRedis(redis.url(), () => undefined);
    try {
      await other.ready();
      await new RedisSessionStore(redis.connection().client).set(session('shared-id'), 60);
      expect(await new RedisSessionStore(other.client).get('shared-id')).toMatchObject({ email: 'alice@school.example' });
    } finally {
      await other.close();
    }
  });
});
