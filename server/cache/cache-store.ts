/** One stored upstream answer (always a 200). */
export interface CachedAnswer {
  body: Uint8Array;
  contentType: string | null;
  /** When the upstream answered, in ms since the epoch. */
  fetchedAt: number;
  /** How long it counts as fresh; it may be served stale for as long again. */
  freshMs: number;
}

/**
 * Where answers live: this process's memory, or Redis shared by every instance. Both may
 * reject (Redis gone); the cache then asks the upstream instead.
 */
export interface CacheStore {
  get(key: string): Promise<CachedAnswer | null>;
  /** Stores with an expiry: the store drops the entry by itself after `ttlMs`. */
  set(key: string, answer: CachedAnswer, ttlMs: number): Promise<void>;
}
