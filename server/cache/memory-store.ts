import { LRUCache } from 'lru-cache';
import type { CacheStore, CachedAnswer } from './cache-store.ts';

// Keys are counted as UTF-16 (2 bytes a character), plus room for the entry's own fields.
const ENTRY_OVERHEAD_BYTES = 256;

/** An entry's footprint as the memory bound counts it. */
export function entrySize(key: string, answer: CachedAnswer): number {
  return answer.body.byteLength + (answer.contentType?.length ?? 0) * 2 + key.length * 2 + ENTRY_OVERHEAD_BYTES;
}

/** Answers in this process, at most `maxBytes` of them; the least recently used go first. */
export function createMemoryStore(maxBytes: number): CacheStore & { readonly bytes: number; readonly size: number } {
  const entries = new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => entrySize(key, answer),
  });
  return {
    get: (key) => Promise.resolve(entries.get(key) ?? null),
    set: (key, answer, ttlMs) => {
      entries.set(key, answer, { ttl: ttlMs });
      return Promise.resolve();
    },
    get bytes() {
      return entries.calculatedSize;
    },
    get size() {
      return entries.size;
    },
  };
}
