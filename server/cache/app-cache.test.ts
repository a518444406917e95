import { describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../app.ts';
import { COST_PATH, demoConfig, proxyConfig, recordingFetch, SENTIMENT_PATH } from '../test-support.ts';
import type { CacheStore } from './cache-store.ts';
import { createMemoryStore } from './memory-store.ts';
import { createResponseCache } from './response-cache.ts';

const COST = `${COST_PATH}?start_date=2026-01-01&end_date=2026-01-31`;

function proxyApp(overrides: Partial<AppOptions> = {}, status = 200) {
  let served = 0;
  const recorder = recordingFetch(() => {
    served += 1;
    return Response.json(status === 200 ? { total_cost: served } : { detail: 'Cost service exploded.' }, { status });
  });
  const lines: string[] = [];
  const app = createApp({ config: proxyConfig(), fetchUpstream: recorder.fetchUpstream, log: (line) => lines.push(line), ...overrides });
  return { app, calls: recorder.calls, lines };
}

async function read(response: Response) {
  return { status: response.status, cache: response.headers.get('x-cache'), body: await response.json() };
}

describe('the response cache in the app (proxy mode)', () => {
  it('says miss, then hit, on the response and in the log line', async () => {
    const { app, calls, lines } = proxyApp();
    expect(await read(await app.request(COST))).toEqual({ status: 200, cache: 'miss', body: { total_cost: 1 } });
    expect(await read(await app.request(COST))).toEqual({ status: 200, cache: 'hit', body: { total_cost: 1 } });
    expect(calls).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^GET ${COST_PATH} 200 \\d+ms cache:miss$`));
    expect(lines[1]).toMatch(new RegExp(`^GET ${COST_PATH} 200 \\d+ms cache:hit$`));
  });

  it('keys by the URL alone: other cookies, tokens or headers get the same answer', async () => {
    const { app, calls } = proxyApp();
    await app.request(COST, { headers: { Cookie: 'ibl_session=a' } });
    const other = await app.request(COST, { headers: { Cookie: 'ibl_session=b', Authorization: 'Token x', 'Accept-Language': 'de' } });
    expect(other.headers.get('x-cache')).toBe('hit');
    expect(calls).toHaveLength(1);
  });

  it('forwards and keys the normalised query: unknown parameters neither go upstream nor split the cache', async () => {
    const { app, calls } = proxyApp();
    await app.request(`${COST_PATH}?end_date=2026-01-31&_=1&start_date=2026-01-01`);
    expect((await app.request(COST)).headers.get('x-cache')).toBe('hit');
    expect(calls[0]?.url).toBe(`https://api.example.test/dm${COST}`);
  });

  it('asks afresh for X-Dashboard-Refresh: 1 and keeps the fresh answer for the next viewer', async () => {
    const { app, calls, lines } = proxyApp();
    await app.request(COST);
    expect(await read(await app.request(COST, { headers: { 'X-Dashboard-Refresh': '1' } }))).toEqual({
      status: 200,
      cache: 'bypass',
      body: { total_cost: 2 },
    });
    expect(lines[1]).toMatch(/ cache:bypass$/);
    expect(await read(await app.request(COST))).toMatchObject({ cache: 'hit', body: { total_cost: 2 } });
    expect(calls).toHaveLength(2);
  });

  it('never stores an error: the next request asks again', async () => {
    const { app, calls } = proxyApp({}, 500);
    expect((await app.request(COST)).status).toBe(500);
    expect(await read(await app.request(COST))).toMatchObject({ status: 500, cache: 'miss' });
    expect(calls).toHaveLength(2);
  });

  it('sends 40 simultaneous identical requests upstream once, and answers all 40', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const recorder = recordingFetch(async () => {
      await gate;
      return Response.json({ total_cost: 7 });
    });
    const app = createApp({ config: proxyConfig(), fetchUpstream: recorder.fetchUpstream });
    const answers = Array.from({ length: 40 }, () => app.request(COST));
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const all = await Promise.all((await Promise.all(answers)).map(read));
    expect(recorder.calls).toHaveLength(1);
    expect(all).toEqual(all.map(() => ({ status: 200, cache: 'miss', body: { total_cost: 7 } })));
  });

  it('serves a stale answer at once and renews it in the background', async () => {
    let clock = Date.UTC(2026, 2, 10, 12); // the range lies wholly in the past: 600 s fresh
    const responseCache = createResponseCache({ settings: { todaySeconds: 60, pastSeconds: 600 }, store: createMemoryStore(1 << 20), now: () => clock });
    const { app, calls } = proxyApp({ responseCache });
    await app.request(COST);
    clock += 601_000;
    expect(await read(await app.request(COST))).toMatchObject({ cache: 'stale', body: { total_cost: 1 } });
    await responseCache.settled();
    expect(calls).toHaveLength(2);
    expect(await read(await app.request(COST))).toMatchObject({ cache: 'hit', body: { total_cost: 2 } });
  });

  it('turns off with CACHE_TODAY_SECONDS=0 and CACHE_PAST_SECONDS=0', async () => {
    const { app, calls } = proxyApp({ config: proxyConfig({ CACHE_TODAY_SECONDS: '0', CACHE_PAST_SECONDS: '0' }) });
    await app.request(COST);
    expect((await app.request(COST)).headers.get('x-cache')).toBe('miss');
    expect(calls).toHaveLength(2);
  });

  it('is not in demo mode: no X-Cache, no cache in the log line', async () => {
    const lines: string[] = [];
    const app = createApp({ config: demoConfig(), log: (line) => lines.push(line) });
    const response = await app.request(`/api/ai-analytics/orgs/demo/users/admin/sentiment-count/?period=7d`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-cache')).toBeNull();
    expect(lines[0]).not.toContain('cache:');
  });

  it('is never read for a request the routes refuse (bad org, wrong method, too long a query)', async () => {
    let reads = 0;
    const store: CacheStore = {
      get: () => {
        reads += 1;
        return Promise.resolve(null);
      },
      set: () => Promise.resolve(),
    };
    const { app, calls } = proxyApp({ responseCache: createResponseCache({ settings: { todaySeconds: 60, pastSeconds: 600 }, store }) });
    expect((await app.request('/api/ai-analytics/orgs/ac%20me/users/admin/tenant-cost/')).status).toBe(400);
    expect((await app.request(SENTIMENT_PATH, { method: 'POST' })).status).toBe(405);
    expect((await app.request(`${SENTIMENT_PATH}?${'a'.repeat(8 * 1024 + 1)}`)).status).toBe(414);
    expect(reads).toBe(0);
    expect(calls).toHaveLength(0);
  });
});
