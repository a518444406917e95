import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../test/msw-server';
import { viewQueries } from './queries';
import { dashboardRequests, requestTarget, sentimentRequest } from './requests';

const today = '2026-11-30';
const scope = { org: 'northwind-academy', userId: 'jane.doe+ops@example.edu' };
const ANSWERS: Record<string, JsonBodyType> = {
  'sentiment-count': [{ date: '2026-11-30T00:00:00Z', sentiment_count: 3 }],
  'tenant-cost': { total_cost: 1.5 },
  'top-students-by-chat-messages': [{ username: 'ana', chat_message_count: 4 }],
};

describe('dashboardRequests', () => {
  it('builds the three calls of a view, parameters in a fixed order, empty ones left off', () => {
    const targets = dashboardRequests(scope, { period: '30d', range: { from: '2026-11-01', to: '2026-11-30' }, mentor: null }, today).map(
      requestTarget,
    );
    const base = '/api/ai-analytics/orgs/northwind-academy/users/jane.doe%2Bops%40example.edu';
    expect(targets).toEqual([
      `${base}/sentiment-count/?period=30d`,
      `${base}/tenant-cost/?start_date=2026-11-01&end_date=2026-11-30`,
      `${base}/top-students-by-chat-messages/?start_date=2026-11-01&end_date=2026-11-30`,
    ]);
  });

  it('asks sentiment for the covering preset of a custom range, and top students for the mentor', () => {
    const view = { period: 'custom' as const, range: { from: '2026-11-20', to: '2026-11-25' }, mentor: 'mentor python/lab' };
    const [sentiment, , students] = dashboardRequests(scope, view, today).map(requestTarget);
    expect(sentimentRequest(view.period, view.range, today).preset).toBe('30d');
    expect(sentiment).toMatch(/\/sentiment-count\/\?period=30d$/);
    expect(students).toMatch(/\/top-students-by-chat-messages\/\?mentor_id=mentor\+python%2Flab&start_date=2026-11-20&end_date=2026-11-25$/);
  });
});

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
      await client.fetchQuery(queries.cost);
      await client.fetchQuery(queries.topStudents);
      expect(seen.splice(0)).toEqual(dashboardRequests(scope, view, today).map(requestTarget));
    }
  });
});
