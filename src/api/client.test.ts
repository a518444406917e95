import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerText, hang } from '../test/api-handlers';
import { server } from '../test/msw-server';
import { ApiError, isSessionEnded } from './api-error';
import { CLIENT_TIMEOUT_MS, getJson, parseRetryAfter } from './client';
import { costResponse, topStudentsResponse } from './schemas';

const scope = { org: 'demo', userId: 'admin@example.com' };
const schema = v.object({ total_cost: v.number() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const cost = () => getJson({ endpoint: 'tenant-cost', scope: scope, params: {} }, costResponse);

afterEach(() => {
  vi.useRealTimers();
});

describe('getJson', () => {
  it('calls the path with its trailing slash and only the given parameters', async () => {
    let seen = '';
    server.use(
      http.get('*/api/ai-analytics/orgs/:org/users/:user/tenant-cost/', ({ request }) => {
        seen = request.url;
        return HttpResponse.json({ total_cost: 1 });
      }),
    );
    await expect(getJson({ endpoint: 'tenant-cost', scope: scope, params: { start_date: '2026-11-01', end_date: null } }, schema)).resolves.toEqual({
      total_cost: 1,
    });
    expect(new URL(seen).pathname).toBe('/api/ai-analytics/orgs/demo/users/admin%40example.com/tenant-cost/');
    expect(new URL(seen).search).toBe('?start_date=2026-11-01');
  });

  it('turns an error status into an ApiError with the body’s message and Retry-After', async () => {
    server.use(
      http.get('*/tenant-cost/', () => HttpResponse.json({ detail: 'Request was throttled.' }, { status: 429, headers: { 'Retry-After': '7' } })),
    );
    expect(await failure(cost())).toMatchObject({
      kind: 'http',
      status: 429,
      retryAfter: 7,
      message: 'Request was throttled.',
      htmlPage: false,
    });
  });

  it('names the status of an HTML error page or an empty error body, and says it was a page', async () => {
    server.use(answerText('tenant-cost', '<html><body><h1>502 Bad Gateway</h1></body></html>', 502));
    expect(await failure(cost())).toMatchObject({ kind: 'http', status: 502, message: 'Bad Gateway', htmlPage: true });
    server.use(http.get('*/tenant-cost/', () => new HttpResponse(null, { status: 503 })));
    expect(await failure(cost())).toMatchObject({ kind: 'http', status: 503, message: 'Service Unavailable', htmlPage: false });
  });

  it('tells the sign-in gate’s refusals from the analytics API’s own 401', async () => {
    server.use(
      http.get('*/tenant-cost/', () =>
        HttpResponse.json({ detail: 'Sign in to see this dashboard.' }, { status: 401, headers: { 'X-Auth-Refusal': 'sign-in' } }),
      ),
    );
    const gate = await failure(cost());
    expect(gate).toMatchObject({ status: 401, authRefusal: 'sign-in', message: 'Sign in to see this dashboard.' });
    expect(isSessionEnded(gate)).toBe(true);
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 })));
    const upstream = await failure(cost());
    expect(upstream).toMatchObject({ status: 401, authRefusal: null });
    expect(isSessionEnded(upstream)).toBe(false);
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({}, { status: 401, headers: { 'X-Auth-Refusal': 'bogus' } })));
    expect(await failure(cost())).toMatchObject({ authRefusal: null });
  });

  it('clips a huge error message', async () => {
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({ detail: 'x'.repeat(100_000) }, { status: 500 })));
    expect((await failure(cost())).message).toHaveLength(301);
  });

  it.each([
    ['an HTML page', '<!doctype html><title>Sign in</title>', 'text/html', 'an HTML page instead of JSON'],
    ['broken JSON', '{"total_cost": ', 'application/json', 'the body is not valid JSON'],
    ['an empty body', '', 'application/json', 'the answer was empty'],
  ])('reports %s with status 200 as a shape error', async (_, body, contentType, message) => {
    server.use(answerText('tenant-cost', body, 200, contentType));
    expect(await failure(cost())).toMatchObject({ kind: 'shape', message });
  });

  it('tells a wrong shape from an impossible value', async () => {
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({ total: 5 })));
    expect(await failure(cost())).toMatchObject({ kind: 'shape', message: 'total_cost: expected number' });
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({ total_cost: 1e15 })));
    expect(await failure(cost())).toMatchObject({ kind: 'implausible', message: expect.stringMatching(/^total_cost: \$1,000,000,000,000,000\.00 is more than \$10,000,000\.00/) });
    server.use(
      http.get('*/top-students-by-chat-messages/', () => HttpResponse.json([{ username: 'a', chat_message_count: -2 }])),
    );
    expect(await failure(getJson({ endpoint: 'top-students-by-chat-messages', scope: scope, params: {} }, topStudentsResponse))).toMatchObject({
      kind: 'implausible',
      message: '[0].chat_message_count: -2 is not a possible count',
    });
  });

  it('reports a refused connection, and one dropped in the middle of the body, as network errors', async () => {
    server.use(http.get('*/tenant-cost/', () => HttpResponse.error()));
    expect(await failure(cost())).toMatchObject({ kind: 'network', message: 'the connection failed or was dropped' });
    server.use(
      http.get(
        '*/tenant-cost/',
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"total_cost": 1'));
                controller.error(new Error('socket hang up'));
              },
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    );
    expect(await failure(cost())).toMatchObject({ kind: 'network' });
  });

  it('gives up after 35 s without an answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(hang('tenant-cost'));
    const pending = failure(cost());
    await vi.advanceTimersByTimeAsync(CLIENT_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ kind: 'timeout', message: 'no answer within 35 s' });
  });

  it('leaves no timer behind once the answer is in', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({ total_cost: 2 })));
    await expect(cost()).resolves.toEqual({ total_cost: 2 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with the abort reason, not an ApiError, when the caller cancels', async () => {
    server.use(hang('tenant-cost'));
    const controller = new AbortController();
    const pending = getJson({ endpoint: 'tenant-cost', scope: scope, params: {} }, costResponse, controller.signal);
    const reason = new DOMException('superseded', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    const already = new AbortController();
    already.abort(reason);
    await expect(getJson({ endpoint: 'tenant-cost', scope: scope, params: {} }, costResponse, already.signal)).rejects.toBe(reason);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds or an HTTP date, capped at 5 minutes', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter(' 12 ')).toBe(12);
    expect(parseRetryAfter('86400')).toBe(300);
    expect(parseRetryAfter('Mon, 30 Nov 2026 10:00:30 GMT', Date.parse('2026-11-30T10:00:00Z'))).toBe(30);
    expect(parseRetryAfter('Mon, 30 Nov 2026 09:00:00 GMT', Date.parse('2026-11-30T10:00:00Z'))).toBe(0);
  });

  it('ignores what is neither', () => {
    for (const value of ['soon', '-5', '1.5', '', null]) expect(parseRetryAfter(value)).toBeNull();
  });
});
