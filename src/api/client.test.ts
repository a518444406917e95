import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { server } from '../test/msw-server';
import { ApiError } from './api-error';
import { getJson, parseRetryAfter } from './client';
import { describeError } from './describe-error';
import { retryDelay, shouldRetry } from './retry';

const scope = { org: 'demo', userId: 'admin@example.com' };
const schema = z.object({ total_cost: z.number() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('getJson', () => {
  it('calls the path with its trailing slash and only the given parameters', async () => {
    let seen = '';
    server.use(
      http.get('*/api/ai-analytics/orgs/:org/users/:user/tenant-cost/', ({ request }) => {
        seen = request.url;
        return HttpResponse.json({ total_cost: 1 });
      }),
    );
    await expect(getJson('tenant-cost', scope, { start_date: '2026-11-01', end_date: null }, schema)).resolves.toEqual({
      total_cost: 1,
    });
    expect(new URL(seen).pathname).toBe('/api/ai-analytics/orgs/demo/users/admin%40example.com/tenant-cost/');
    expect(new URL(seen).search).toBe('?start_date=2026-11-01');
  });

  it('turns an error status into an ApiError with the body’s message and Retry-After', async () => {
    server.use(
      http.get('*/tenant-cost/', () => HttpResponse.json({ detail: 'Request was throttled.' }, { status: 429, headers: { 'Retry-After': '7' } })),
    );
    const error = await failure(getJson('tenant-cost', scope, {}, schema));
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfter: 7, message: 'Request was throttled.' });
    expect(describeError(error, scope)).toBe('The analytics API is rate limiting requests; retrying in 7 s.');
  });

  it('reports a body that is not JSON, and a network failure', async () => {
    server.use(http.get('*/tenant-cost/', () => new HttpResponse('{"total_cost": ', { headers: { 'Content-Type': 'application/json' } })));
    expect(await failure(getJson('tenant-cost', scope, {}, schema))).toMatchObject({ kind: 'shape', message: 'the body is not JSON' });
    server.use(http.get('*/tenant-cost/', () => HttpResponse.error()));
    expect(await failure(getJson('tenant-cost', scope, {}, schema))).toMatchObject({ kind: 'network' });
  });
});

describe('describeError', () => {
  const http401 = new ApiError({ kind: 'http', status: 401, endpoint: 'tenant-cost', message: 'Invalid token.' });
  const http403 = new ApiError({ kind: 'http', status: 403, endpoint: 'tenant-cost', message: 'Forbidden' });
  const http404 = new ApiError({ kind: 'http', status: 404, endpoint: 'tenant-cost', message: 'Not found.' });

  it('says what to do for each kind of failure', () => {
    expect(describeError(http401, scope)).toMatch(/key was refused.*Check IBL_API_KEY/);
    expect(describeError(http403, scope)).toMatch(/lacks analytics rights for org “demo”/);
    expect(describeError(http404, { org: 'acme' })).toMatch(/org “acme” was not found/);
    expect(describeError(new ApiError({ kind: 'timeout', endpoint: 'x', message: '' }), scope)).toMatch(/within 30 s/);
    expect(describeError(new Error('render'), scope)).toMatch(/Something went wrong/);
  });
});

describe('retry policy', () => {
  const status = (code: number, retryAfter: number | null = null) =>
    new ApiError({ kind: 'http', status: code, endpoint: 'x', message: '', retryAfter });

  it('retries network errors, timeouts, 5xx and 429 at most twice, never other 4xx', () => {
    expect(shouldRetry(0, new ApiError({ kind: 'network', endpoint: 'x', message: '' }))).toBe(true);
    expect(shouldRetry(0, status(503))).toBe(true);
    expect(shouldRetry(1, status(500))).toBe(true);
    expect(shouldRetry(2, status(500))).toBe(false);
    expect(shouldRetry(0, status(429))).toBe(true);
    for (const code of [400, 401, 403, 404]) expect(shouldRetry(0, status(code))).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'shape', endpoint: 'x', message: '' }))).toBe(false);
  });

  it('backs off exponentially and honours Retry-After', () => {
    expect(retryDelay(0, status(500))).toBe(1000);
    expect(retryDelay(1, status(500))).toBe(2000);
    expect(retryDelay(0, status(429, 12))).toBe(12_000);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter('Mon, 30 Nov 2026 10:00:30 GMT', Date.parse('2026-11-30T10:00:00Z'))).toBe(30);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
