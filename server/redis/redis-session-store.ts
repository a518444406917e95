import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import * as v from 'valibot';
import type { Session, SessionStore } from '../auth/session-store.ts';
import { readStored } from './stored-json.ts';

const PREFIX = 'ibl-dashboard:session:';

const sessionSchema = v.object({
  id: v.string(),
  subject: v.string(),
  email: v.nullable(v.string()),
  emailVerified: v.boolean(),
  name: v.nullable(v.string()),
  groups: v.array(v.string()),
  allowed: v.boolean(),
  createdAt: v.number(),
  lastSeenAt: v.number(),
  idToken: v.optional(v.string()),
});

// The id is the cookie's secret part: Redis holds only its hash, so a dump of Redis signs nobody in.
function keyOf(id: string): string {
  return PREFIX + createHash('sha256').update(id).digest('base64url');
}

/**
 * Sessions shared by every instance, each with its own expiry. Commands fail at once while
 * Redis is gone (the connection queues nothing), so the auth middleware answers 503.
 */
export class RedisSessionStore implements SessionStore {
  readonly #client: Redis;

  constructor(client: Redis) {
    this.#client = client;
  }

  async get(id: string): Promise<Session | null> {
    const session = readStored(sessionSchema, await this.#client.get(keyOf(id)));
    return session !== null && session.id === id ? session : null;
  }

  async set(session: Session, ttlSeconds: number): Promise<void> {
    await this.#client.set(keyOf(session.id), JSON.stringify(session), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async delete(id: string): Promise<void> {
    await this.#client.del(keyOf(id));
  }
}
