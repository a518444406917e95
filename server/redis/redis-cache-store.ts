import type { Redis } from 'ioredis';
import * as v from 'valibot';
import type { CacheStore, CachedAnswer } from '../cache/cache-store.ts';
import { readStored } from './stored-json.ts';

const PREFIX = 'ibl-dashboard:cache:';

const storedSchema = v.object({
  contentType: v.nullable(v.string()),
  fetchedAt: v.number(),
  freshMs: v.number(),
  body: v.string(),
});
type Stored = v.InferOutput<typeof storedSchema>;

/** An entry written by another version, or damaged, counts as absent. */
function decode(text: string | null): CachedAnswer | null {
  const stored = readStored(storedSchema, text);
  return stored === null ? null : { ...stored, body: new Uint8Array(Buffer.from(stored.body, 'base64')) };
}

/**
 * Answers shared by every instance. Each entry carries its expiry (PX), so Redis drops it by
 * itself; with `maxmemory` and `allkeys-lru` it also drops the least recently used first.
 */
export function createRedisCacheStore(client: Redis): CacheStore {
  return {
    async get(key) {
      return decode(await client.get(PREFIX + key));
    },
    async set(key, answer, ttlMs) {
      const stored: Stored = {
        contentType: answer.contentType,
        fetchedAt: answer.fetchedAt,
        freshMs: answer.freshMs,
        body: Buffer.from(answer.body).toString('base64'),
      };
      await client.set(PREFIX + key, JSON.stringify(stored), 'PX', Math.max(1, Math.ceil(ttlMs)));
    },
  };
}
