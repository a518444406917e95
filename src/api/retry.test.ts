import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../test/msw-server';
import { ApiError } from './api-error';
import { getJson } from './client';
import { MAX_RETRIES, retryDelay, shouldRetry } from './retry';
import { costResponse } from './schemas';

const status = (code: number, retryAfter: number | null = null) =>
  new ApiError({ kind: 'http', status: code, endpoint: 'x', message: '', retryAfter });
const kind = (name: 'network' | 'timeout' | 'shape' | 'implausible') => new ApiError({ kind: name, endpoint: 'x', message: '' });

describe('shouldRetry', () => {
  it('retries network errors, timeouts, 5xx and 429, at most twice', () => {
    for (const error of [kind('network'), kind('timeout'), status(500), status(502), status(503), status(504), status(429)]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(1, error)).toBe(true);
      expect(shouldRetry(MAX_RETRIES, error)).toBe(false);
    }
  });

  it('never retries another 4xx, a bad answer or an error that is not the API’s', () => {
    for (const code of [400, 401, 403, 404, 405, 408, 414]) expect(shouldRetry(0, status(code))).toBe(false);
    expect(shouldRetry(0, kind('shape'))).toBe(false);
    expect(shouldRetry(0, kind('implausible'))).toBe(false);
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
  });

  it('does not sit out a Retry-After longer than a minute', () => {
    expect(shouldRetry(0, status(429, 60))).toBe(true);
    expect(shouldRetry(0, status(429, 61))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially and honours Retry-After', () => {
    expect(retryDelay(0, status(500))).toBe(1000);
    expect(retryDelay(1, status(500))).toBe(2000);
    expect(retryDelay(0, status(429, 12))).toBe(12_000);
    expect(retryDelay(1, status(503, 3))).toBe(3000);
    expect(retryDelay(0, status(429, 0))).toBe(0);
  });
});

/** Wired as src/app/query-client.ts wires it (its own test checks that it does). */
function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay } } });
}

describe('the query client’s retries, on the clock', () => {
  afterEach(() => vi.useRealTimers());

  /** Answers with `failures` in turn, then a cost; records when each request came. */
  function serve(failures: (() => Response)[]) {
    const times: number[] = [];
    server.use(
      http.get('*/tenant-cost/', () => {
        times.push(Date.now());
        return failures[times.length - 1]?.() ?? HttpResponse.json({ total_cost: 4 });
      }),
    );
    return times;
  }

  function fetchCost(client: QueryClient) {
    return client.fetchQuery({
      queryKey: ['cost'],
      queryFn: ({ signal }) => getJson({ endpoint: 'tenant-cost', scope: { org: 'demo', userId: 'admin' }, params: {} }, costResponse, signal),
    });
  }

  it('waits exactly what Retry-After says before asking again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const start = Date.now();
    const times = serve([() => HttpResponse.json({ detail: 'Slow down.' }, { status: 429, headers: { 'Retry-After': '7' } })]);
    const result = fetchCost(createQueryClient());
    await vi.advanceTimersByTimeAsync(6_999);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ total_cost: 4 });
    expect(times.map((time) => time - start)).toEqual([0, 7_000]);
  });

  it('tries a 5xx three times, 1 s then 2 s apart, then gives up', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const start = Date.now();
    const fail = () => HttpResponse.json({ detail: 'boom' }, { status: 502 });
    const times = serve([fail, fail, fail]);
    const result = fetchCost(createQueryClient()).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toMatchObject({ kind: 'http', status: 502 });
    expect(times.map((time) => time - start)).toEqual([0, 1_000, 3_000]);
  });

  it('asks once on a 4xx', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const times = serve([() => HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 })]);
    const result = fetchCost(createQueryClient()).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toMatchObject({ status: 401 });
    expect(times).toHaveLength(1);
  });

  it('recovers when a dropped connection comes back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const times = serve([() => HttpResponse.error()]);
    const result = fetchCost(createQueryClient());
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual({ total_cost: 4 });
    expect(times).toHaveLength(2);
  });
});
