import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
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
      { period: '7d' as const, range: { from: '2026-11-24', to: '2026-11-30' }, mentor: 'mentor-algebra-coach' },
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
