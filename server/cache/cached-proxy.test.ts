import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { recordingFetch, SECRET_KEY, UPSTREAM_BASE } from '../test-support.ts';
import { createCachedProxy, wantsBypass, wantsOnlyCached } from './cached-proxy.ts';
import { createMemoryStore } from './memory-store.ts';
import { createResponseCache } from './response-cache.ts';

function setup(start = Date.UTC(2026, 2, 10, 23, 59, 0)) {
  let clock = start;
  const now = () => clock;
  const config = loadConfig({ IBL_API_BASE: UPSTREAM_BASE, IBL_API_KEY: SECRET_KEY });
  if (config.mode !== 'proxy') throw new Error('proxy config expected');
  const upstream = recordingFetch(() => Response.json({ total_cost: 3 }));
  const cache = createResponseCache({ settings: config.cache, store: createMemoryStore(config.cache.maxBytes), now });
  const proxy = createCachedProxy({
    proxy: { apiBase: config.apiBase, apiKey: SECRET_KEY, fetchUpstream: upstream.fetchUpstream, timeoutMs: 5000, maxUpstreamBytes: 1 << 20 },
    cache,
    now,
  });
  const ask = (endpoint: 'sentiment-count' | 'tenant-cost', search: string, bypass = false, onlyIfCached = false) =>
    proxy({ endpoint, org: 'acme', userId: 'admin', search }, { bypass, onlyIfCached });
  return { ask, calls: upstream.calls, tick: (seconds: number) => (clock += seconds * 1000) };
}

describe('cached proxy', () => {
  it('answers only-if-cached from the cache, and with a 504 and no upstream call when it has nothing', async () => {
    const { ask, calls } = setup();
    const missing = await ask('tenant-cost', '?start_date=2026-02-01&end_date=2026-03-01', false, true);
    expect(missing.response.status).toBe(504);
    expect(calls).toHaveLength(0);
    await ask('tenant-cost', '?start_date=2026-02-01&end_date=2026-03-01');
    const cached = await ask('tenant-cost', '?start_date=2026-02-01&end_date=2026-03-01', false, true);
    expect([cached.cache, cached.response.status]).toEqual(['hit', 200]);
    expect(await cached.response.json()).toEqual({ total_cost: 3 });
    expect(calls).toHaveLength(1);
  });

  it('reads only-if-cached among the other Cache-Control directives, in any case', () => {
    expect(wantsOnlyCached(new Headers({ 'Cache-Control': 'max-age=0, Only-If-Cached' }))).toBe(true);
    expect(wantsOnlyCached(new Headers({ 'Cache-Control': 'no-cache' }))).toBe(false);
    expect(wantsOnlyCached(new Headers())).toBe(false);
  });

  it('fetches the normalised URL and serves the same answer to a reordered or padded query', async () => {
    const { ask, calls } = setup();
    expect((await ask('tenant-cost', '?end_date=2026-03-01&start_date=2026-02-01&_=1')).cache).toBe('miss');
    expect(calls[0]?.url).toBe(`${UPSTREAM_BASE}/api/ai-analytics/orgs/acme/users/admin/tenant-cost/?start_date=2026-02-01&end_date=2026-03-01`);
    expect((await ask('tenant-cost', '?start_date=2026-02-01&end_date=2026-03-01')).cache).toBe('hit');
    expect(calls).toHaveLength(1);
  });

  it('never serves a cached "yesterday" after UTC midnight', async () => {
    const { ask, calls, tick } = setup(Date.UTC(2026, 2, 10, 23, 59, 30));
    await ask('sentiment-count', '?period=yesterday');
    expect((await ask('sentiment-count', '?period=yesterday')).cache).toBe('hit');
    tick(60); // 00:00:30 on the 11th: "yesterday" is another day now, though 600 s have not passed
    expect((await ask('sentiment-count', '?period=yesterday')).cache).toBe('miss');
    expect(calls).toHaveLength(2);
  });

  it('keeps a past range ten minutes and one reaching today one minute', async () => {
    const { ask, tick } = setup(Date.UTC(2026, 2, 10, 12));
    await ask('tenant-cost', '?start_date=2026-03-01&end_date=2026-03-09');
    await ask('tenant-cost', '?start_date=2026-03-01&end_date=2026-03-10');
    tick(61);
    expect((await ask('tenant-cost', '?start_date=2026-03-01&end_date=2026-03-09')).cache).toBe('hit');
    expect((await ask('tenant-cost', '?start_date=2026-03-01&end_date=2026-03-10')).cache).toBe('stale');
  });

  it('reads the bypass header only when it says 1', () => {
    expect(wantsBypass(new Headers({ 'X-Dashboard-Refresh': '1' }))).toBe(true);
    expect(wantsBypass(new Headers({ 'x-dashboard-refresh': ' 1 ' }))).toBe(true);
    expect(wantsBypass(new Headers({ 'X-Dashboard-Refresh': 'yes' }))).toBe(false);
    expect(wantsBypass(new Headers())).toBe(false);
  });
});
