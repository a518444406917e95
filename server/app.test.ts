import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { DemoRequest, DemoResponse } from './demo/demo-api.ts';
import { COST_PATH, demoConfig, EXPECTED_CSP, proxyConfig, recordingFetch, SENTIMENT_PATH, TOP_PATH } from './test-support.ts';

function stubDemoApi(): { demoApi: (request: DemoRequest) => DemoResponse; requests: DemoRequest[] } {
  const requests: DemoRequest[] = [];
  return {
    requests,
    demoApi: (request) => {
      requests.push(request);
      return { status: 200, body: { endpoint: request.endpoint, org: request.org } };
    },
  };
}

describe('GET /healthz', () => {
  it('reports demo mode', async () => {
    const app = createApp({ config: demoConfig(), demoApi: stubDemoApi().demoApi });
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', mode: 'demo' });
  });

  it('reports proxy mode without calling upstream', async () => {
    const { fetchUpstream, calls } = recordingFetch();
    const app = createApp({ config: proxyConfig(), fetchUpstream });
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok', mode: 'proxy' });
    expect(calls).toHaveLength(0);
  });
});

describe('demo mode', () => {
  it('answers each endpoint from the demo API with the decoded org, user and query', async () => {
    const { demoApi, requests } = stubDemoApi();
    const app = createApp({ config: demoConfig(), demoApi });
    for (const path of [SENTIMENT_PATH, COST_PATH, TOP_PATH]) {
      const response = await app.request(`${path}?period=30d&start_date=2024-01-01`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(requests.map((request) => request.endpoint)).toEqual([
      'sentiment-count',
      'tenant-cost',
      'top-students-by-chat-messages',
    ]);
    expect(requests[0]?.query.get('period')).toBe('30d');

    await app.request('/api/ai-analytics/orgs/acme/users/jane%40acme.edu/tenant-cost/');
    expect(requests.at(-1)).toMatchObject({ org: 'acme', userId: 'jane@acme.edu' });
  });

  it('passes the demo API status through', async () => {
    const app = createApp({
      config: demoConfig(),
      demoApi: () => ({ status: 400, body: { period: ['"1y" is not a valid choice.'] } }),
    });
    const response = await app.request(`${SENTIMENT_PATH}?period=1y`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ period: ['"1y" is not a valid choice.'] });
  });

  it('creates the real demo API when none is injected', async () => {
    const app = createApp({ config: demoConfig() });
    const response = await app.request('/api/ai-analytics/orgs/demo/users/admin/tenant-cost/?start_date=2024-01-01&end_date=2024-01-31');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ total_cost: expect.any(Number) });
    const unknown = await app.request('/api/ai-analytics/orgs/no-such-org/users/admin/sentiment-count/');
    expect(unknown.status).toBe(404);
  });

  it('answers HEAD like GET without a body', async () => {
    const app = createApp({ config: demoConfig(), demoApi: stubDemoApi().demoApi });
    const response = await app.request(SENTIMENT_PATH, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe('');
  });

  it('turns a failing demo API into a JSON 500', async () => {
    const lines: string[] = [];
    const app = createApp({
      config: demoConfig(),
      demoApi: () => {
        throw new Error('broken');
      },
      log: (line) => lines.push(line),
    });
    const response = await app.request(SENTIMENT_PATH);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ detail: 'Internal server error.' });
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(lines).toHaveLength(1);
  });
});

describe('routing of /api', () => {
  const modes = [
    ['demo', () => demoConfig()],
    ['proxy', () => proxyConfig()],
  ] as const;

  it.each(modes)('answers other /api paths 404 without upstream or demo calls (%s)', async (_mode, config) => {
    const { fetchUpstream, calls } = recordingFetch();
    const { demoApi, requests } = stubDemoApi();
    const app = createApp({ config: config(), fetchUpstream, demoApi });
    for (const path of [
      '/api',
      '/api/',
      '/api/ai-analytics/orgs/acme/users/admin/no-such-endpoint/',
      '/api/ai-search/orgs/acme/users/admin/sentiment-count/',
      '/api/ai-analytics/orgs/acme/users/admin/sentiment-count',
      '/api/ai-analytics/orgs/acme/users/admin/sentiment-count/more/',
      '/api/ai-analytics/orgs/acme/sentiment-count/',
      '/api/ai-analytics/orgs/acme/users//sentiment-count/',
      '/api/core/users/',
    ]) {
      const response = await app.request(path);
      expect([404, 400], path).toContain(response.status);
      expect(await response.json(), path).toHaveProperty('detail');
    }
    const notFound = await app.request('/api/core/users/');
    expect(await notFound.json()).toEqual({ detail: 'Not found.' });
    expect(calls).toHaveLength(0);
    expect(requests).toHaveLength(0);
  });

  it.each(modes)('answers other methods 405 with Allow (%s)', async (_mode, config) => {
    const { fetchUpstream, calls } = recordingFetch();
    const app = createApp({ config: config(), fetchUpstream, demoApi: stubDemoApi().demoApi });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const response = await app.request(SENTIMENT_PATH, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
    expect(calls).toHaveLength(0);
  });

  it.each(modes)('rejects bad org and user characters with 400 (%s)', async (_mode, config) => {
    const { fetchUpstream, calls } = recordingFetch();
    const { demoApi, requests } = stubDemoApi();
    const app = createApp({ config: config(), fetchUpstream, demoApi });
    for (const path of [
      '/api/ai-analytics/orgs/ac%20me/users/admin/sentiment-count/',
      '/api/ai-analytics/orgs/acme/users/ad%2Fmin/sentiment-count/',
      '/api/ai-analytics/orgs/..%2f..%2fx/users/admin/sentiment-count/',
      '/api/ai-analytics/orgs/acme/users/%3Cscript%3E/tenant-cost/',
      '/api/ai-analytics/orgs/-acme/users/admin/tenant-cost/',
      '/api/ai-analytics/orgs/acme/users/%25/tenant-cost/',
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ detail: expect.stringMatching(/^Invalid (org|user)/) });
    }
    expect(calls).toHaveLength(0);
    expect(requests).toHaveLength(0);
  });

  it.each(modes)('answers query strings over 8 KB with 414 (%s)', async (_mode, config) => {
    const { fetchUpstream, calls } = recordingFetch();
    const app = createApp({ config: config(), fetchUpstream, demoApi: stubDemoApi().demoApi });
    const atLimit = await app.request(`${SENTIMENT_PATH}?${'a'.repeat(8 * 1024)}`);
    expect(atLimit.status).toBe(200);
    const over = await app.request(`${SENTIMENT_PATH}?${'a'.repeat(8 * 1024 + 1)}`);
    expect(over.status).toBe(414);
    expect(calls.length).toBeLessThanOrEqual(1);
  });

  it('writes one access log line per API request, without the query values', async () => {
    const lines: string[] = [];
    const app = createApp({ config: demoConfig(), demoApi: stubDemoApi().demoApi, log: (line) => lines.push(line) });
    await app.request(`${SENTIMENT_PATH}?period=secret-filter`);
    await app.request('/api/nope');
    await app.request('/healthz');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^GET ${SENTIMENT_PATH} 200 \\d+ms$`));
    expect(lines[1]).toMatch(/^GET \/api\/nope 404 \d+ms$/);
    expect(lines.join('\n')).not.toContain('secret-filter');
  });
});

describe('security headers', () => {
  it('are on API, health, error and page answers', async () => {
    const app = createApp({
      config: demoConfig(),
      demoApi: () => {
        throw new Error('broken');
      },
      clientDir: '/nonexistent',
    });
    for (const [path, method, status] of [
      [SENTIMENT_PATH, 'GET', 500],
      [SENTIMENT_PATH, 'POST', 405],
      ['/api/nope', 'GET', 404],
      ['/api/ai-analytics/orgs/a%20b/users/admin/sentiment-count/', 'GET', 400],
      ['/healthz', 'GET', 200],
      ['/', 'GET', 503],
      ['/', 'DELETE', 405],
      ['/assets/missing.js', 'GET', 404],
    ] as const) {
      const response = await app.request(path, { method });
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(response.headers.get('content-security-policy'), path).toBe(EXPECTED_CSP);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });
});
