import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createDemoApi } from './demo/demo-api.ts';
import { demoConfig, proxyConfig, recordingFetch, SECRET_KEY } from './test-support.ts';

// The split's path comes from the endpoint table like the others': these hold it to the same
// rules as tenant-cost, whose parameters it shares.
const PATH = '/api/ai-analytics/orgs/acme/users/admin/user-sentiment/';
const SPLIT = { sentiment_distribution: { positive: 65.25, negative: 12.5, neutral: 22.25 }, total_sentiments: 400 };

function proxyApp() {
  const recorder = recordingFetch(() => Response.json(SPLIT));
  const app = createApp({ config: proxyConfig(), fetchUpstream: recorder.fetchUpstream });
  return { app, calls: recorder.calls };
}

describe('user-sentiment through the proxy', () => {
  it('forwards start_date and end_date only, with the key, and passes the answer back', async () => {
    const { app, calls } = proxyApp();
    const response = await app.request(
      `${PATH}?period=7d&start_date=2026-11-01&mentor_id=m-1&end_date=2026-11-30&group_by=day&api_key=stolen`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(SPLIT);
    expect(calls.map((call) => call.url)).toEqual([
      `https://api.example.test/dm${PATH}?start_date=2026-11-01&end_date=2026-11-30`,
    ]);
    expect(calls[0]?.headers.get('authorization')).toBe(`Api-Token ${SECRET_KEY}`);
  });

  it('refuses a bad org, another method or a tricked path before asking upstream', async () => {
    const { app, calls } = proxyApp();
    expect((await app.request('/api/ai-analytics/orgs/ac%20me/users/admin/user-sentiment/?start_date=2026-11-01')).status).toBe(400);
    expect((await app.request(PATH, { method: 'POST' })).status).toBe(405);
    expect((await app.request('/api/ai-analytics/orgs/acme/users/admin/user-sentiment')).status).toBe(404);
    expect((await app.request('/api/ai-search/orgs/acme/users/admin/user-sentiment/')).status).toBe(404);
    expect(calls).toEqual([]);
  });

  it('passes an upstream failure on with its status', async () => {
    const recorder = recordingFetch(() => Response.json({ detail: 'Sentiment service exploded.' }, { status: 500 }));
    const app = createApp({ config: proxyConfig(), fetchUpstream: recorder.fetchUpstream });
    const response = await app.request(`${PATH}?start_date=2026-11-01&end_date=2026-11-30`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ detail: 'Sentiment service exploded.' });
  });
});

describe('user-sentiment in demo mode', () => {
  it('answers the split from the demo data, and a missing date as the API does', async () => {
    const app = createApp({ config: demoConfig(), demoApi: createDemoApi({ today: '2026-11-30' }) });
    const response = await app.request('/api/ai-analytics/orgs/demo/users/admin/user-sentiment/?start_date=2026-11-01&end_date=2026-11-30');
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ sentiment_distribution: expect.any(Object), total_sentiments: expect.any(Number) });
    const missing = await app.request('/api/ai-analytics/orgs/demo/users/admin/user-sentiment/?start_date=2026-11-01');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ end_date: ['This field is required.'] });
  });
});
