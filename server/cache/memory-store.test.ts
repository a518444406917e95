import { describe, expect, it } from 'vitest';
import type { CachedAnswer } from './cache-store.ts';
import { createMemoryStore, entrySize } from './memory-store.ts';

function answerOf(bytes: number): CachedAnswer {
  return { body: new Uint8Array(bytes), contentType: 'application/json', fetchedAt: 0, freshMs: 60_000 };
}

describe('memory store', () => {
  it('holds at most its byte bound, dropping the least recently used first', async () => {
    const one = entrySize('k0', answerOf(10_000));
    const store = createMemoryStore(one * 3);
    for (const key of ['k0', 'k1', 'k2']) await store.set(key, answerOf(10_000), 60_000);
    expect(await store.get('k0')).not.toBeNull(); // k0 is now the most recently used
    await store.set('k3', answerOf(10_000), 60_000);
    expect(await store.get('k1')).toBeNull();
    for (const key of ['k0', 'k2', 'k3']) expect(await store.get(key), key).not.toBeNull();
    expect(store.bytes).toBeLessThanOrEqual(one * 3);
    expect(store.size).toBe(3);
  });

  it('counts bytes, not entries: one large answer pushes out several small ones', async () => {
    const store = createMemoryStore(64 * 1024);
    for (let index = 0; index < 10; index += 1) await store.set(`small-${index}`, answerOf(1000), 60_000);
    await store.set('large', answerOf(60 * 1024), 60_000);
    expect(await store.get('large')).not.toBeNull();
    expect(store.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(store.size).toBeLessThan(4);
  });

  it('never keeps an answer larger than the whole bound', async () => {
    const store = createMemoryStore(4096);
    await store.set('huge', answerOf(8192), 60_000);
    expect(await store.get('huge')).toBeNull();
    expect(store.bytes).toBe(0);
  });
});
