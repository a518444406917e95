import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { proxyConfig, recordingFetch, SENTIMENT_PATH, type UpstreamCall } from './test-support.ts';

/** Real sockets: fetch and Request normalise paths, so only a raw request shows what a client can send. */
let server: ServerType;
let port = 0;
let calls: UpstreamCall[] = [];

beforeAll(async () => {
  const recorder = recordingFetch();
  calls = recorder.calls;
  const app = createApp({ config: proxyConfig(), fetchUpstream: recorder.fetchUpstream, clientDir: '/nonexistent' });
  port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve(info.port));
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function rawRequest(path: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { Connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('over a real socket', () => {
  it('forwards a plain request', async () => {
    const before = calls.length;
    const response = await rawRequest(`${SENTIMENT_PATH}?period=7d`);
    expect(response.status).toBe(200);
    expect(calls.length).toBe(before + 1);
  });

  it.each([
    '/api/ai-analytics/orgs/acme/users/admin/../admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users/x/%2e%2e/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users/x/.%2E/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/./users/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users//admin/sentiment-count/',
    '//api/ai-analytics/orgs/acme/users/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme/users/a%2fb/sentiment-count/',
    '/api/ai-analytics/orgs/acme%5c..%5cx/users/admin/sentiment-count/',
    '/api/ai-analytics/orgs/acme\\..\\x/users/admin/sentiment-count/',
    '/api/x/../ai-analytics/orgs/acme/users/admin/sentiment-count/',
  ])('refuses %s without contacting upstream', async (path) => {
    const before = calls.length;
    const response = await rawRequest(path);
    expect([400, 404], response.body).toContain(response.status);
    expect(calls.length).toBe(before);
  });

  it('answers HEAD with headers only', async () => {
    const response = await rawRequest(SENTIMENT_PATH, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.body).toBe('');
  });
});
