import { describe, expect, it } from 'vitest';
import type { ProxyResult } from '../proxy.ts';
import type { CacheStore } from './cache-store.ts';
import { createMemoryStore } from './memory-store.ts';
import { createResponseCache, type CacheRequest } from './response-cache.ts';

const SETTINGS = { todaySeconds: 60, pastSeconds: 600 };

/** An upstream whose every answer is numbered, so a test sees which call a body came from. */
function countingUpstream(status = 200) {
  let calls = 0;
  const fetch = (): Promise<ProxyResult> => {
    calls += 1;
    return Promise.resolve({
      response: new Response(JSON.stringify({ call: calls }), { status, headers: { 'Content-Type': 'application/json' } }),
    });
  };
  return { fetch, calls: () => calls };
}

function setup(overrides: { settings?: typeof SETTINGS; store?: CacheStore } = {}) {
  let clock = Date.UTC(2026, 2, 10, 12);
  const cache = createResponseCache({
    settings: overrides.settings ?? SETTINGS,
    store: overrides.store ?? createMemoryStore(1024 * 1024),
    now: () => clock,
  });
  const tick = (seconds: number) => {
    clock += seconds * 1000;
  };
  return { cache, tick };
}

function request(fetch: CacheRequest['fetch'], overrides: Partial<CacheRequest> = {}): CacheRequest {
  return { key: 'https://up.test/x/?period=7d', freshness: 'today', bypass: false, fetch, ...overrides };
}

async function read(outcome: Promise<{ response: Response; cache: string }>) {
  const { response, cache } = await outcome;
  return { status: response.status, cache, header: response.headers.get('x-cache'), body: await response.json() };
}

describe('response cache', () => {
  it('answers a repeat from the store: miss, then hit, with the same body and content type', async () => {
    const { cache } = setup();
    const upstream = countingUpstream();
    expect(await read(cache.answer(request(upstream.fetch)))).toEqual({ status: 200, cache: 'miss', header: 'miss', body: { call: 1 } });
    const again = await cache.answer(request(upstream.fetch));
    expect(again.response.headers.get('content-type')).toBe('application/json');
    expect(again.response.headers.get('cache-control')).toBe('no-store');
    expect(await read(Promise.resolve(again))).toEqual({ status: 200, cache: 'hit', header: 'hit', body: { call: 1 } });
    expect(upstream.calls()).toBe(1);
  });

  it('keeps a range that includes today fresh for CACHE_TODAY_SECONDS, then serves it stale while one call renews it', async () => {
    const { cache, tick } = setup();
    const upstream = countingUpstream();
    await cache.answer(request(upstream.fetch));
    tick(59);
    expect((await read(cache.answer(request(upstream.fetch)))).cache).toBe('hit');
    tick(1);
    const stale = await Promise.all([1, 2, 3].map(() => read(cache.answer(request(upstream.fetch)))));
    expect(stale.map((answer) => [answer.cache, answer.body])).toEqual([
      ['stale', { call: 1 }],
      ['stale', { call: 1 }],
      ['stale', { call: 1 }],
    ]);
    await cache.settled();
    expect(upstream.calls()).toBe(2);
    expect(await read(cache.answer(request(upstream.fetch)))).toMatchObject({ cache: 'hit', body: { call: 2 } });
  });

  it('waits for the upstream once an entry is older than twice its freshness', async () => {
    const { cache, tick } = setup();
    const upstream = countingUpstream();
    await cache.answer(request(upstream.fetch));
    tick(119);
    expect((await read(cache.answer(request(upstream.fetch)))).cache).toBe('stale');
    await cache.settled();
    tick(120);
    expect(await read(cache.answer(request(upstream.fetch)))).toMatchObject({ cache: 'miss', body: { call: 3 } });
  });

  it('keeps a range wholly in the past fresh for CACHE_PAST_SECONDS', async () => {
    const { cache, tick } = setup();
    const upstream = countingUpstream();
    const past = () => request(upstream.fetch, { freshness: 'past' });
    await cache.answer(past());
    tick(599);
    expect((await read(cache.answer(past()))).cache).toBe('hit');
    tick(1);
    expect((await read(cache.answer(past()))).cache).toBe('stale');
    await cache.settled();
    tick(1200);
    expect((await read(cache.answer(past()))).cache).toBe('miss');
    expect(upstream.calls()).toBe(3);
  });

  it('caches nothing of a kind whose seconds are 0', async () => {
    const { cache } = setup({ settings: { todaySeconds: 0, pastSeconds: 600 } });
    const upstream = countingUpstream();
    for (let index = 0; index < 3; index += 1) expect((await read(cache.answer(request(upstream.fetch)))).cache).toBe('miss');
    expect(upstream.calls()).toBe(3);
    await cache.answer(request(upstream.fetch, { freshness: 'past' }));
    expect((await read(cache.answer(request(upstream.fetch, { freshness: 'past' })))).cache).toBe('hit');
  });

  it.each([400, 404, 429, 500, 502, 504])('never stores a %i answer', async (status) => {
    const { cache } = setup();
    const upstream = countingUpstream(status);
    expect((await cache.answer(request(upstream.fetch))).response.status).toBe(status);
    expect(await read(cache.answer(request(upstream.fetch)))).toMatchObject({ status, cache: 'miss', body: { call: 2 } });
  });

  it('coalesces 40 simultaneous identical requests into one upstream call, all given its answer', async () => {
    const { cache } = setup();
    let calls = 0;
    let release: (result: ProxyResult) => void = () => undefined;
    const fetch = () => {
      calls += 1;
      return new Promise<ProxyResult>((resolve) => {
        release = resolve;
      });
    };
    const answers = Array.from({ length: 40 }, () => read(cache.answer(request(fetch))));
    await new Promise((resolve) => setTimeout(resolve, 5));
    release({ response: Response.json({ total_cost: 3 }) });
    const all = await Promise.all(answers);
    expect(calls).toBe(1);
    expect(new Set(all.map((answer) => JSON.stringify(answer)))).toEqual(new Set([JSON.stringify({ status: 200, cache: 'miss', header: 'miss', body: { total_cost: 3 } })]));
  });

  it('gives all coalesced waiters the upstream’s error answer, and stores none of it', async () => {
    const { cache } = setup();
    const upstream = countingUpstream(502);
    const all = await Promise.all(Array.from({ length: 40 }, () => read(cache.answer(request(upstream.fetch)))));
    expect(upstream.calls()).toBe(1);
    expect(all).toEqual(all.map(() => expect.objectContaining({ status: 502, body: { call: 1 } })));
    await cache.answer(request(upstream.fetch));
    expect(upstream.calls()).toBe(2);
  });

  it('gives all coalesced waiters the error a failing upstream call throws', async () => {
    const { cache } = setup();
    let calls = 0;
    const broken = new Error('upstream call broke');
    const fetch = async (): Promise<ProxyResult> => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw broken;
    };
    const all = await Promise.allSettled(Array.from({ length: 40 }, () => cache.answer(request(fetch))));
    expect(calls).toBe(1);
    expect(all.every((result) => result.status === 'rejected' && result.reason === broken)).toBe(true);
    await expect(cache.answer(request(countingUpstream().fetch))).resolves.toMatchObject({ cache: 'miss' });
  });

  it('does not coalesce different keys', async () => {
    const { cache } = setup();
    const upstream = countingUpstream();
    await Promise.all([cache.answer(request(upstream.fetch, { key: 'a' })), cache.answer(request(upstream.fetch, { key: 'b' }))]);
    expect(upstream.calls()).toBe(2);
  });

  it('asks the upstream on bypass even over a fresh entry, and stores the fresh answer for the next viewer', async () => {
    const { cache } = setup();
    const upstream = countingUpstream();
    await cache.answer(request(upstream.fetch));
    expect(await read(cache.answer(request(upstream.fetch, { bypass: true })))).toMatchObject({ cache: 'bypass', header: 'bypass', body: { call: 2 } });
    expect(await read(cache.answer(request(upstream.fetch)))).toMatchObject({ cache: 'hit', body: { call: 2 } });
  });

  it('asks the upstream at once when the store fails, and still answers', async () => {
    const failing: CacheStore = {
      get: () => Promise.reject(new Error('Stream isn’t writeable')),
      set: () => Promise.reject(new Error('Stream isn’t writeable')),
    };
    const { cache } = setup({ store: failing });
    const upstream = countingUpstream();
    expect(await read(cache.answer(request(upstream.fetch)))).toMatchObject({ status: 200, cache: 'miss', body: { call: 1 } });
    expect(await read(cache.answer(request(upstream.fetch)))).toMatchObject({ status: 200, cache: 'miss', body: { call: 2 } });
  });

  it('serves an answer fetched before midnight for no longer than its own freshness', async () => {
    const { cache, tick } = setup();
    const upstream = countingUpstream();
    await cache.answer(request(upstream.fetch, { freshness: 'today' }));
    tick(61);
    // The same key now counts as past (its end date became yesterday), yet it was fetched as "today".
    expect((await read(cache.answer(request(upstream.fetch, { freshness: 'past' })))).cache).toBe('stale');
  });
});
