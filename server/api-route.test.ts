import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_NAMES, ENDPOINTS, endpointPath } from '../shared/endpoints.ts';
import { apiRoutes, endpointRoute, isApiPath, isSuspiciousTarget, rawTarget } from './api-route.ts';
import { jsonResponse } from './json-response.ts';
import type { ProxyTarget } from './proxy.ts';

function recordingApi() {
  const targets: ProxyTarget[] = [];
  const api = apiRoutes((target) => {
    targets.push(target);
    return { response: jsonResponse(200, { endpoint: target.endpoint }) };
  });
  return { api, targets };
}

describe('apiRoutes', () => {
  it('routes every endpoint of the table, with decoded org and user and the query as sent', async () => {
    const { api, targets } = recordingApi();
    for (const endpoint of ENDPOINT_NAMES) {
      const response = await api.request(`${endpointPath(endpoint, 'acme', 'jane@acme.edu')}?a=1&b=%2F`);
      expect(response.status, endpoint).toBe(200);
      expect(await response.json()).toEqual({ endpoint });
    }
    expect(targets).toEqual(ENDPOINT_NAMES.map((endpoint) => ({ endpoint, org: 'acme', userId: 'jane@acme.edu', search: '?a=1&b=%2F' })));
  });

  it('takes each endpoint under its own service only', () => {
    for (const endpoint of ENDPOINT_NAMES) {
      expect(endpointRoute(endpoint)).toBe(`/api/${ENDPOINTS[endpoint].service}/orgs/:org/users/:user/${endpoint}/`);
    }
  });

  it.each([
    '/api',
    '/api/',
    '/api/ai-analytics/orgs/a/users/b/sentiment-count',
    '/api/ai-analytics/orgs/a/users/b/no-such-endpoint/',
    '/api/ai-analytics/orgs/a/users/b/sentiment-count/extra/',
    '/api/ai-analytics/orgs/a/users/b//sentiment-count/',
    '/api/ai-analytics/orgs//users/b/sentiment-count/',
    '/api/AI-analytics/orgs/a/users/b/sentiment-count/',
    '/api/other-service/orgs/a/users/b/sentiment-count/',
    '/api/core/users/',
  ])('answers %s with a JSON 404', async (path) => {
    const { api, targets } = recordingApi();
    const response = await api.request(path);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Not found.' });
    expect(targets).toHaveLength(0);
  });

  it.each([
    ['/api/ai-analytics/orgs/a%2fb/users/b/sentiment-count/', 'org'],
    ['/api/ai-analytics/orgs/a%5cb/users/b/sentiment-count/', 'org'],
    ['/api/ai-analytics/orgs/a%20b/users/b/sentiment-count/', 'org'],
    ['/api/ai-analytics/orgs/a%252fb/users/b/sentiment-count/', 'org'],
    ['/api/ai-analytics/orgs/%E0%A4%A/users/b/sentiment-count/', 'org'],
    ['/api/ai-analytics/orgs/.hidden/users/b/sentiment-count/', 'org'],
    ['/api/ai-analytics/orgs/-acme/users/b/tenant-cost/', 'org'],
    [`/api/ai-analytics/orgs/${'a'.repeat(129)}/users/b/sentiment-count/`, 'org'],
    ['/api/ai-analytics/orgs/a/users/..%2f..%2fadmin/sentiment-count/', 'user'],
    ['/api/ai-analytics/orgs/a/users/%3Cscript%3E/tenant-cost/', 'user'],
    ['/api/ai-analytics/orgs/a/users/%25/tenant-cost/', 'user'],
  ])('refuses the identifiers in %s', async (path, which) => {
    const { api, targets } = recordingApi();
    const response = await api.request(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ detail: `Invalid ${which}: use letters, digits and . _ @ + - only.` });
    expect(targets).toHaveLength(0);
  });

  it('answers other methods 405 with Allow, and HEAD like GET', async () => {
    const { api, targets } = recordingApi();
    const path = endpointPath('tenant-cost', 'acme', 'admin');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const response = await api.request(path, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(await response.json()).toEqual({ detail: 'Method not allowed.' });
    }
    expect(targets).toHaveLength(0);
    const head = await api.request(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(targets).toHaveLength(1);
  });

  it('answers a query string over 8 KB with 414, one at the limit normally', async () => {
    const { api, targets } = recordingApi();
    const path = endpointPath('sentiment-count', 'acme', 'admin');
    expect((await api.request(`${path}?${'a'.repeat(8 * 1024)}`)).status).toBe(200);
    const over = await api.request(`${path}?${'a'.repeat(8 * 1024 + 1)}`);
    expect(over.status).toBe(414);
    expect(await over.json()).toEqual({ detail: 'The query string is longer than 8 KB.' });
    expect(targets).toHaveLength(1);
  });
});

describe('isSuspiciousTarget', () => {
  it.each([
    '/api/ai-analytics/orgs/a/users/b/../x/sentiment-count/',
    '/api/ai-analytics/orgs/a/users/b/%2e%2e/sentiment-count/',
    '/api/ai-analytics/orgs/a/users/b/.%2E/sentiment-count/',
    '/api/ai-analytics/orgs/a/users/./b/sentiment-count/',
    '/api//ai-analytics/orgs/a/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/a%2Fb/users/b/sentiment-count/',
    '/api/ai-analytics/orgs/a%00b/users/b/sentiment-count/',
    '/api/ai-analytics\\orgs/a/users/b/sentiment-count/',
  ])('flags %s', (target) => {
    expect(isSuspiciousTarget(target)).toBe(true);
  });

  it('accepts an ordinary target whose query holds dots and slashes', () => {
    expect(isSuspiciousTarget('/api/ai-analytics/orgs/a.b/users/c/tenant-cost/?x=../..//&y=%2f')).toBe(false);
  });
});

describe('rawTarget', () => {
  it('is the target of the Node request, when there is one', () => {
    const incoming = new IncomingMessage(new Socket());
    incoming.url = '/api/x/../y?z=1';
    expect(rawTarget({ incoming })).toBe('/api/x/../y?z=1');
    expect(rawTarget(undefined)).toBeNull();
    expect(rawTarget({ incoming: { url: '/forged' } })).toBeNull();
  });
});

describe('isApiPath', () => {
  it('covers /api and everything under it only', () => {
    expect(isApiPath('/api')).toBe(true);
    expect(isApiPath('/api/anything')).toBe(true);
    expect(isApiPath('/apix')).toBe(false);
    expect(isApiPath('/')).toBe(false);
  });
});
