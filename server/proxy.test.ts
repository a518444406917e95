import { describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from './app.ts';
import { timeoutMessage } from './proxy.ts';
import { COST_PATH, proxyConfig, recordingFetch, SECRET_KEY, SENTIMENT_PATH, TOP_PATH } from './test-support.ts';

function proxyApp(overrides: Partial<AppOptions> = {}) {
  const recorder = recordingFetch();
  const lines: string[] = [];
  const app = createApp({
    config: proxyConfig(),
    fetchUpstream: recorder.fetchUpstream,
    log: (line) => lines.push(line),
    ...overrides,
  });
  return { app, calls: recorder.calls, lines };
}

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

/** A fetch that never answers but does honour its abort signal, as the real one does. */
const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('proxy mode', () => {
  it('forwards to the base path with the key, Accept and the query string', async () => {
    const { app, calls } = proxyApp();
    const response = await app.request(`${COST_PATH}?start_date=2024-01-01&end_date=2024-01-31`);
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe(
      'https://api.example.test/dm/api/ai-analytics/orgs/acme/users/admin/tenant-cost/?start_date=2024-01-01&end_date=2024-01-31',
    );
    expect(call?.headers.get('authorization')).toBe(`Api-Token ${SECRET_KEY}`);
    expect(call?.headers.get('accept')).toBe('application/json');
    expect(call?.init?.method).toBe('GET');
    expect(call?.init?.redirect).toBe('manual');
    expect(call?.init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('re-encodes the validated org and user and keeps a path without a query string bare', async () => {
    const { app, calls } = proxyApp();
    await app.request('/api/ai-analytics/orgs/acme/users/jane%40acme.edu/top-students-by-chat-messages/');
    expect(calls[0]?.url).toBe(
      'https://api.example.test/dm/api/ai-analytics/orgs/acme/users/jane%40acme.edu/top-students-by-chat-messages/',
    );
  });

  it('works with a base URL without a path prefix', async () => {
    const { app, calls } = proxyApp({ config: proxyConfig({ IBL_API_BASE: 'https://base.manager.iblai.app/' }) });
    await app.request(`${SENTIMENT_PATH}?period=7d`);
    expect(calls[0]?.url).toBe(`https://base.manager.iblai.app${SENTIMENT_PATH}?period=7d`);
  });

  it('never forwards the client headers', async () => {
    const { app, calls } = proxyApp();
    await app.request(TOP_PATH, {
      headers: {
        Cookie: 'sessionid=abc',
        Authorization: 'Token user-token',
        'X-Forwarded-For': '10.0.0.1',
        'X-Custom': 'yes',
        Accept: 'text/html',
      },
    });
    const headers = calls[0]?.headers;
    expect(headers && [...headers.keys()].sort()).toEqual(['accept', 'authorization']);
    expect(headers?.get('authorization')).toBe(`Api-Token ${SECRET_KEY}`);
    expect(headers?.get('accept')).toBe('application/json');
  });

  it.each([
    [404, { detail: 'Organization not found' }],
    [500, { error: 'upstream exploded' }],
    [400, { start_date: ['This field is required.'] }],
    [401, { detail: 'Invalid token.' }],
  ])('passes status %i and body through', async (status, body) => {
    const { app } = proxyApp({ fetchUpstream: async () => Response.json(body, { status }) });
    const response = await app.request(COST_PATH);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(body);
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it("passes the upstream content type but no other upstream header", async () => {
    const { app } = proxyApp({
      fetchUpstream: async () =>
        new Response('<h1>Bad gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html', 'Set-Cookie': 'tracking=1', 'X-Upstream': 'yes' },
        }),
    });
    const response = await app.request(SENTIMENT_PATH);
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('<h1>Bad gateway</h1>');
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-upstream')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    [429, '7', '7'],
    [503, 'Wed, 21 Oct 2026 07:28:00 GMT', 'Wed, 21 Oct 2026 07:28:00 GMT'],
    [429, 'soon<script>', null],
    [500, '7', null],
  ])('passes Retry-After on a %i when well formed (%s)', async (status, sent, passed) => {
    const { app } = proxyApp({
      fetchUpstream: async () => Response.json({ detail: 'slow down' }, { status, headers: { 'Retry-After': sent } }),
    });
    const response = await app.request(SENTIMENT_PATH);
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after')).toBe(passed);
  });

  it.each([301, 302, 307, 308])('does not follow a %i redirect', async (status) => {
    const { app } = proxyApp({
      fetchUpstream: async () => new Response(null, { status, headers: { Location: 'https://evil.example/steal' } }),
    });
    const response = await app.request(SENTIMENT_PATH);
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.json()).toEqual({ detail: expect.stringContaining('redirect') });
  });

  it('caps the upstream body size, declared or streamed', async () => {
    const big = 'x'.repeat(200);
    const declared = proxyApp({ maxUpstreamBytes: 100, fetchUpstream: async () => new Response(big) });
    const streamed = proxyApp({
      maxUpstreamBytes: 100,
      fetchUpstream: async () => new Response(streamOf([big.slice(0, 60), big.slice(60)])),
    });
    for (const { app } of [declared, streamed]) {
      const response = await app.request(SENTIMENT_PATH);
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ detail: "The analytics API's answer is larger than 100 bytes." });
    }
    const fits = proxyApp({ maxUpstreamBytes: 100, fetchUpstream: async () => new Response(streamOf(['[1,', '2]'])) });
    expect(await (await fits.app.request(SENTIMENT_PATH)).json()).toEqual([1, 2]);
  });

  it('states the default cap in MB', async () => {
    const { app } = proxyApp({ fetchUpstream: async () => new Response('x'.repeat(5 * 1024 * 1024 + 1)) });
    expect(await (await app.request(SENTIMENT_PATH)).json()).toEqual({
      detail: "The analytics API's answer is larger than 5 MB.",
    });
  });

  it('answers 504 when upstream does not answer in time', async () => {
    const { app, lines } = proxyApp({ timeoutMs: 20, fetchUpstream: hangingFetch });
    const response = await app.request(SENTIMENT_PATH);
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ detail: 'The analytics API did not answer within 0.02 s.' });
    expect(lines[0]).toMatch(/ 504 \d+ms upstream:timeout cache:miss$/);
  });

  it('answers 504 even when the upstream fetch ignores its abort signal', async () => {
    const { app } = proxyApp({ timeoutMs: 20, fetchUpstream: () => new Promise<Response>(() => undefined) });
    expect((await app.request(SENTIMENT_PATH)).status).toBe(504);
  });

  it('answers 504 when the body stalls after the headers', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('[{"date":'));
      },
    });
    const { app } = proxyApp({ timeoutMs: 20, fetchUpstream: async () => new Response(stalled) });
    expect((await app.request(SENTIMENT_PATH)).status).toBe(504);
  });

  it('words the default timeout as 30 s', () => {
    expect(timeoutMessage(30_000)).toBe('The analytics API did not answer within 30 s.');
  });

  it('answers 502 naming only the host when upstream cannot be reached', async () => {
    const { app, lines } = proxyApp({
      fetchUpstream: async () => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
      },
    });
    const response = await app.request(SENTIMENT_PATH);
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ detail: 'Cannot reach the analytics API at api.example.test.' });
    expect(lines[0]).toMatch(/ 502 \d+ms upstream:unreachable cache:miss$/);
  });

  it('answers 502 when the connection breaks mid-body', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('[{'));
        controller.error(new Error('socket hang up'));
      },
    });
    const { app } = proxyApp({ fetchUpstream: async () => new Response(broken) });
    const response = await app.request(SENTIMENT_PATH);
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ detail: 'The analytics API at api.example.test broke off its answer.' });
  });

  it('answers HEAD by asking upstream with GET and dropping the body', async () => {
    const { app, calls } = proxyApp();
    const response = await app.request(SENTIMENT_PATH, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(calls[0]?.init?.method).toBe('GET');
  });

  it('keeps the key out of every answer and every log line', async () => {
    const upstreamAnswers: Array<typeof fetch> = [
      async () => Response.json([]),
      async () => Response.json({ detail: 'Invalid token.' }, { status: 401 }),
      async () => new Response(null, { status: 302, headers: { Location: '/login' } }),
      async () => {
        throw new TypeError('fetch failed');
      },
      hangingFetch,
      async () => new Response('x'.repeat(300)),
    ];
    const texts: string[] = [];
    const lines: string[] = [];
    for (const fetchUpstream of upstreamAnswers) {
      const app = createApp({
        config: proxyConfig(),
        fetchUpstream,
        timeoutMs: 20,
        maxUpstreamBytes: 200,
        log: (line) => lines.push(line),
        clientDir: '/nonexistent',
      });
      for (const path of [SENTIMENT_PATH, '/api/nope', '/healthz', '/', '/api/ai-analytics/orgs/a%2fb/users/c/tenant-cost/']) {
        const response = await app.request(path, { headers: { Accept: 'text/html' } });
        texts.push(await response.text(), JSON.stringify([...response.headers]));
      }
      texts.push(JSON.stringify([...(await app.request(SENTIMENT_PATH, { method: 'DELETE' })).headers]));
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of [...texts, ...lines]) {
      expect(text).not.toContain(SECRET_KEY);
      expect(text).not.toContain('Api-Token');
    }
  });
});
