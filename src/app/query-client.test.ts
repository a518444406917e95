import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getJson } from '../api/client';
import { retryDelay, shouldRetry } from '../api/retry';
import { costResponse } from '../api/schemas';
import type { SignInAgain } from '../api/sign-in-again';
import { server } from '../test/msw-server';
import { createQueryClient } from './query-client';

const costQuery = {
  queryKey: ['cost'],
  queryFn: () => getJson({ endpoint: 'tenant-cost', scope: { org: 'demo', userId: 'admin' }, params: {} }, costResponse),
};

function flow() {
  return { refused: vi.fn<SignInAgain['refused']>(), answered: vi.fn<SignInAgain['answered']>() };
}

describe('createQueryClient', () => {
  it('retries with the API’s policy and waits what retryDelay says (Retry-After included)', () => {
    const queries = createQueryClient().getDefaultOptions().queries;
    expect(queries?.retry).toBe(shouldRetry);
    expect(queries?.retryDelay).toBe(retryDelay);
  });

  it('starts signing in again when the sign-in gate says the session ended', async () => {
    server.use(
      http.get('*/tenant-cost/', () =>
        HttpResponse.json({ detail: 'Sign in to see this dashboard.' }, { status: 401, headers: { 'X-Auth-Refusal': 'sign-in' } }),
      ),
    );
    const signIn = flow();
    await createQueryClient(signIn).prefetchQuery(costQuery);
    expect(signIn.refused).toHaveBeenCalledTimes(1);
    expect(signIn.answered).not.toHaveBeenCalled();
  });

  it('leaves the analytics API’s own 401 and the gate’s 403 to the card', async () => {
    const signIn = flow();
    const client = createQueryClient(signIn);
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 })));
    await client.prefetchQuery(costQuery);
    server.use(
      http.get('*/tenant-cost/', () => HttpResponse.json({ detail: 'no access' }, { status: 403, headers: { 'X-Auth-Refusal': 'not-allowed' } })),
    );
    await client.prefetchQuery({ ...costQuery, queryKey: ['cost', 2] });
    expect(client.getQueryState(['cost'])?.status).toBe('error');
    expect(signIn.refused).not.toHaveBeenCalled();
  });

  it('says when a call was answered, so a later refusal may sign in again', async () => {
    server.use(http.get('*/tenant-cost/', () => HttpResponse.json({ total_cost: 2 })));
    const signIn = flow();
    await createQueryClient(signIn).prefetchQuery(costQuery);
    expect(signIn.answered).toHaveBeenCalledTimes(1);
  });
});
