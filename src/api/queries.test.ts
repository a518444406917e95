import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { REFRESH_HEADER, REFRESH_VALUE } from '../../shared/refresh-header';
import { dashboardRequests, requestTarget } from '../../shared/requests';
import { server } from '../test/msw-server';
import { viewQueries } from './queries';

const today = '2026-11-30';
const scope = { org: 'northwind-academy', userId: 'jane.doe+ops@example.edu' };
const ANSWERS: Record<string, JsonBodyType> = {
  'sentiment-count': [{ date: '2026-11-30T00:00:00Z', sentiment_count: 3 }],
  'user-sentiment': { sentiment_distribution: { positive: 50, negative: 25, neutral: 25 }, total_sentiments: 8 },
  'tenant-cost': { total_cost: 1.5 },
  'top-students-by-chat-messages': [{ username: 'ana', chat_message_count: 4 }],
};

describe('the browser calls the very URLs the server hints', () => {
  it('fetches exactly requestTarget for each of a view’s queries', async () => {
    const seen: string[] = [];
    server.use(
      http.get('*/api/ai-analytics/orgs/:org/users/:user/:endpoint/', ({ request, params }) => {
        const url = new URL(request.url);
        seen.push(`${url.pathname}${url.search}`);
        return HttpResponse.json(ANSWERS[String(params.endpoint)] ?? null);
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    for (const view of [
      { period: '7d' as const, range: { from: '2026-11-24', to: '2026-11-30' }, mentor: '5f0c6d8e-93a1-4b57-9d2e-0c4f1a7b3e21' },
      { period: 'custom' as const, range: { from: '2026-09-01', to: '2026-10-15' }, mentor: null },
    ]) {
      const queries = viewQueries(scope, view, today);
      await client.fetchQuery(queries.sentiment);
      await client.fetchQuery(queries.userSentiment);
      await client.fetchQuery(queries.cost);
      await client.fetchQuery(queries.topStudents);
      expect(seen.splice(0)).toEqual(dashboardRequests(scope, view, today).map(requestTarget));
    }
  });
});

describe('Refresh asks the server past its cache', () => {
  function recordRefreshHeaders(status = 200) {
    const headers: (string | null)[] = [];
    server.use(
      http.get('*/api/ai-analytics/orgs/:org/users/:user/tenant-cost/', ({ request }) => {
        headers.push(request.headers.get(REFRESH_HEADER));
        return HttpResponse.json(status === 200 ? { total_cost: 1 } : { detail: 'down' }, { status });
      }),
    );
    return headers;
  }
  const cost = () => viewQueries(scope, { period: '7d', range: { from: '2026-11-24', to: '2026-11-30' }, mentor: null }, today).cost;

  it('sends the header on the refetch an invalidation (Refresh, R, auto refresh) starts, and not on plain fetches', async () => {
    const headers = recordRefreshHeaders();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const observer = new QueryObserver(client, cost());
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    await client.refetchQueries({ queryKey: cost().queryKey });
    await client.invalidateQueries({ queryKey: ['analytics'], type: 'active' });
    await client.fetchQuery({ ...cost(), staleTime: 0 });
    unsubscribe();
    expect(headers).toEqual([null, null, REFRESH_VALUE, null]);
  });

  it('sends it on a Retry after an error, so a broken cached answer is not shown again', async () => {
    const headers = recordRefreshHeaders(500);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client.prefetchQuery(cost());
    expect(client.getQueryState(cost().queryKey)?.status).toBe('error');
    await client.prefetchQuery(cost());
    expect(headers).toEqual([null, REFRESH_VALUE]);
  });
});
