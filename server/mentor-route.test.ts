import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { demoConfig, proxyConfig, recordingFetch, SECRET_KEY, UPSTREAM_BASE } from './test-support.ts';

const PATH = '/api/ai-search/orgs/acme/users/admin/my-mentors/';
const PAGE = { count: 1, next: null, previous: null, current_page: 1, total_pages: 1, results: [] };

function proxied(answer?: (url: string) => Response | Promise<Response>) {
  const { fetchUpstream, calls } = recordingFetch(answer ?? (() => Response.json(PAGE)));
  return { app: createApp({ config: proxyConfig(), fetchUpstream, timeoutMs: 50, maxUpstreamBytes: 1024 }), calls };
}

describe('the mentor search path', () => {
  it('goes upstream to ai-search with the key added here, and only query, limit, offset and unique_id', async () => {
    const { app, calls } = proxied();
    const response = await app.request(
      `${PATH}?query=Phys%20Pal&category=science&limit=12&offset=24&featured=true&unique_id=42424242-4242-4242-8242-424242424242&page_size=900`,
      { headers: { Cookie: 'session=abc', Authorization: 'Bearer from-browser' } },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(PAGE);
    expect(calls).toHaveLength(1);
    const url = new URL(calls[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${UPSTREAM_BASE}${PATH}`);
    expect([...url.searchParams.keys()].sort()).toEqual(['limit', 'offset', 'query', 'unique_id']);
    expect(url.searchParams.get('query')).toBe('Phys Pal');
    expect(calls[0]?.headers.get('authorization')).toBe(`Api-Token ${SECRET_KEY}`);
    expect(calls[0]?.headers.get('cookie')).toBeNull();
  });

  it('gets what the other paths get: identifier checks, GET only, a timeout and a size cap', async () => {
    const { app, calls } = proxied();
    expect((await app.request('/api/ai-search/orgs/ac%2Fme/users/admin/my-mentors/')).status).toBe(400);
    expect((await app.request(PATH, { method: 'POST' })).status).toBe(405);
    expect((await app.request('/api/ai-search/orgs/acme/users/admin/my-mentor/')).status).toBe(404);
    expect((await app.request('/api/ai-analytics/orgs/acme/users/admin/my-mentors/')).status).toBe(404);
    expect(calls).toHaveLength(0);

    const slow = proxied(() => new Promise<Response>(() => undefined));
    expect((await slow.app.request(PATH)).status).toBe(504);
    const huge = proxied(() => Response.json({ ...PAGE, padding: 'x'.repeat(5000) }));
    const answer = await huge.app.request(PATH);
    expect(answer.status).toBe(502);
    expect(await answer.text()).not.toContain(SECRET_KEY);
  });

  it('is answered from the demo data in demo mode', async () => {
    const app = createApp({ config: demoConfig() });
    const response = await app.request('/api/ai-search/orgs/demo/users/admin/my-mentors/?query=phys');
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ count: 3, results: [{ name: 'Physics Lab Partner' }, { name: 'Physics Pal' }, { name: 'Physiology Tutor' }] });
  });
});
